package io.github.sfperm.xml;

import org.dom4j.DocumentFactory;
import org.dom4j.Element;
import org.dom4j.QName;
import org.xml.sax.Locator;

/** Creates {@link LocatedElement}s, taking the line from the SAX locator of the parse in progress. One per thread
 * ({@link SecureXml}). */
final class LocatingDocumentFactory extends DocumentFactory {

    private static final long serialVersionUID = 1L;

    private transient Locator locator;

    void locator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public Element createElement(QName qname) {
        return new LocatedElement(qname, locator == null ? 0 : locator.getLineNumber());
    }
}
