package io.github.sfperm.xml;

import org.dom4j.io.SAXContentHandler;
import org.dom4j.io.SAXReader;
import org.xml.sax.Locator;
import org.xml.sax.XMLReader;

/** A {@link SAXReader} that hands the SAX {@link Locator} to its {@link LocatingDocumentFactory}. */
final class LocatingSaxReader extends SAXReader {

    private final LocatingDocumentFactory factory;

    LocatingSaxReader(XMLReader reader, LocatingDocumentFactory factory) {
        super(reader);
        this.factory = factory;
    }

    @Override
    protected SAXContentHandler createContentHandler(XMLReader reader) {
        return new SAXContentHandler(getDocumentFactory(), getDispatchHandler()) {
            @Override
            public void setDocumentLocator(Locator documentLocator) {
                super.setDocumentLocator(documentLocator);
                factory.locator(documentLocator);
            }
        };
    }
}
