package io.github.sfperm.xml;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Loads the XML schemas bundled with the plugin, with external access switched off. */
public final class Schemas {

    private Schemas() {}

    /** The schema at a classpath resource; a missing or broken resource is a packaging bug, not a user error. */
    public static Schema load(Class<?> owner, String resource) {
        URL url = owner.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing plugin resource " + resource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance(); // the JDK's own (W3C XML Schema)
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("plugin resource " + resource + " is not a valid schema", e);
        }
    }
}
