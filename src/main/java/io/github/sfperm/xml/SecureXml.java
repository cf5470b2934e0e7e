package io.github.sfperm.xml;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.io.SAXReader;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The one XML reader of sfperm. Every XML file the plugin reads (manifests, permission sets, profiles, rule files,
 * allowlists) goes through here, because those files come from pull requests and are hostile input:
 *
 * <ul>
 *   <li>a DOCTYPE is refused, so no DTD, no external entity and no entity expansion (billion laughs) can happen;
 *   <li>external entities and external DTDs are switched off as well, and any entity resolution fails;
 *   <li>XInclude is off; element depth is bounded; files larger than {@link InputFiles#MAX_BYTES} are not read;
 *   <li>every element remembers the line it starts on ({@link #line(Element)});
 *   <li>every parse error becomes an {@link InputException} naming the file, line and column.
 * </ul>
 */
public final class SecureXml {

    /** Deeper than any real Salesforce metadata file; a bound against stack exhaustion. */
    static final int MAX_ELEMENT_DEPTH = 256;

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String MAX_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private SecureXml() {}

    /** Reads and parses {@code file}. */
    public static Document read(Path file) throws InputException {
        return read(file, null);
    }

    /** Reads and parses {@code file}, validating it against {@code schema} when that is not null. */
    public static Document read(Path file, Schema schema) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException("is a directory, but an XML file was expected here", file);
        }
        try (InputStream in = InputFiles.open(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            return parse(source, file, schema);
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        }
    }

    /**
     * Parses {@code file} without building a document, for a file that is looked at once and not kept (the source-tree
     * reader reads thousands): {@code handler} receives the SAX events, a {@link Locator} first. The same
     * hardened parser, the same refusals and the same error messages as {@link #read(Path)}; the whole file is parsed,
     * so a file that is not well-formed is an error here too.
     */
    public static void scan(Path file, DefaultHandler2 handler) throws InputException {
        try (InputStream in = InputFiles.open(file)) {
            scan(new InputSource(in), file, handler);
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        }
    }

    /**
     * Reads {@code file} into {@link ShallowElement}s down to {@code depth} levels (1: the root alone), without a
     * dom4j document: for files read once, of which only the top levels matter. The whole file is parsed (an error
     * anywhere is an error), with the same hardening and messages as {@link #read(Path)}.
     */
    public static ShallowElement readShallow(Path file, int depth) throws InputException {
        ShallowReader reader = new ShallowReader(depth);
        scan(file, reader);
        return reader.root;
    }

    /** {@link #readShallow} of a stream (not closed); {@code name} only names it in messages. */
    public static ShallowElement readShallow(InputStream in, Path name, int depth) throws InputException {
        ShallowReader reader = new ShallowReader(depth);
        scan(new InputSource(in), name, reader);
        return reader.root;
    }

    /** {@link #readShallow} of XML held in memory; {@code file} only names it in messages. */
    public static ShallowElement parseShallow(String xml, Path file, int depth) throws InputException {
        ShallowReader reader = new ShallowReader(depth);
        scan(new InputSource(new StringReader(xml)), file, reader);
        return reader.root;
    }

    /** Builds {@link ShallowElement}s from SAX events, down to a depth. */
    private static final class ShallowReader extends DefaultHandler2 {
        private final int maxDepth;
        private final ArrayList<ShallowElement> open = new ArrayList<>();
        // the own text of each open element, beside it; null until some arrives
        // (a String while it came in one piece, as it mostly does; a StringBuilder when it comes in more)
        private final ArrayList<CharSequence> texts = new ArrayList<>();
        private Locator locator;
        private int depth;
        ShallowElement root;

        ShallowReader(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (depth > maxDepth) {
                return;
            }
            ShallowElement element = new ShallowElement(
                    localName == null || localName.isEmpty() ? qName : localName,
                    locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.get(open.size() - 1).add(element);
            }
            open.add(element);
            texts.add(null);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (depth <= maxDepth && !open.isEmpty()) {
                int top = texts.size() - 1;
                CharSequence text = texts.get(top);
                if (text == null) {
                    texts.set(top, new String(ch, start, length));
                } else if (text instanceof StringBuilder builder) {
                    builder.append(ch, start, length);
                } else {
                    texts.set(top, new StringBuilder(text).append(ch, start, length));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth <= maxDepth) {
                int top = open.size() - 1;
                ShallowElement element = open.remove(top);
                CharSequence text = texts.remove(top);
                if (text != null) {
                    element.text(text);
                }
            }
            depth--;
        }
    }

    /** {@link #scan(Path, DefaultHandler2)} of the bytes of a file already read; {@code file} names it in messages. */
    public static void scan(byte[] bytes, Path file, DefaultHandler2 handler) throws InputException {
        scan(new InputSource(new ByteArrayInputStream(bytes)), file, handler);
    }

    private static void scan(InputSource source, Path file, DefaultHandler2 handler) throws InputException {
        XMLReader reader = newXmlReader(null);
        reader.setContentHandler(handler);
        reader.setDTDHandler(handler);
        reader.setErrorHandler(STRICT);
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        try {
            // the reader is shared with dom4j, which leaves its own lexical handler set: replace it for this parse
            reader.setProperty(LEXICAL_HANDLER, handler);
            reader.parse(source);
        } catch (SAXParseException spe) {
            throw new InputException(explain(spe.getMessage()), file, spe.getLineNumber(), spe.getColumnNumber(), spe);
        } catch (SAXException e) {
            Throwable cause = e.getException() != null ? e.getException() : e;
            if (cause instanceof IOException io) {
                throw new InputException("file cannot be read: " + io.getMessage(), file, io);
            }
            throw new InputException("is not well-formed XML: " + explain(cause.getMessage()), file, cause);
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        } finally {
            // the per-thread reader must not keep the handler (and what it collected) alive
            reader.setContentHandler(NO_EVENTS);
            reader.setDTDHandler(NO_EVENTS);
            try {
                reader.setProperty(LEXICAL_HANDLER, NO_EVENTS);
            } catch (SAXException e) {
                // cannot happen: it was set above
            }
        }
    }

    private static final DefaultHandler2 NO_EVENTS = new DefaultHandler2();

    /**
     * Parses a stream (a plugin resource, say); {@code name} only names it in messages. The stream is not closed.
     */
    public static Document read(InputStream in, Path name, Schema schema) throws InputException {
        InputSource source = new InputSource(in);
        source.setSystemId(name.toUri().toString());
        return parse(source, name, schema);
    }

    /** Parses XML held in memory; {@code file} only names it in messages. */
    public static Document parse(String xml, Path file) throws InputException {
        return parse(new InputSource(new StringReader(xml)), file, null);
    }

    /** The 1-based line on which {@code element} starts, or 0 when it was not read by this class. */
    public static int line(Element element) {
        return element instanceof LocatedElement located ? located.line() : 0;
    }

    /**
     * The document factory of this thread. One per thread, not one per parse: every dom4j {@code DocumentFactory}
     * registers thread-local caches that outlive it, so a factory per parse leaked memory with every file read (found
     * by fuzzing the rule-file reader: 70 KB per rule file, 2 KB per other document).
     */
    private static final ThreadLocal<LocatingDocumentFactory> FACTORY =
            ThreadLocal.withInitial(LocatingDocumentFactory::new);

    private static Document parse(InputSource source, Path file, Schema schema) throws InputException {
        LocatingDocumentFactory factory = FACTORY.get();
        SAXReader reader = new LocatingSaxReader(newXmlReader(schema), factory);
        reader.setDocumentFactory(factory);
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        reader.setErrorHandler(STRICT);
        reader.setStripWhitespaceText(false);
        reader.setMergeAdjacentText(true);
        try {
            return reader.read(source);
        } catch (DocumentException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof SAXParseException spe) {
                throw new InputException(
                        explain(spe.getMessage()), file, spe.getLineNumber(), spe.getColumnNumber(), spe);
            }
            if (cause instanceof IOException io) {
                throw new InputException("file cannot be read: " + io.getMessage(), file, io);
            }
            throw new InputException("is not well-formed XML: " + explain(cause.getMessage()), file, cause);
        } finally {
            factory.locator(null); // the locator holds its parser
        }
    }

    /**
     * The hardened reader of this thread, for files without a schema: building a parser costs far more than parsing a
     * metadata file, and the source-tree reader parses one file per object. A SAX reader may parse any number of
     * documents one after the other; every parse sets its handlers afresh.
     */
    private static final ThreadLocal<XMLReader> PLAIN_READER = new ThreadLocal<>();

    private static XMLReader newXmlReader(Schema schema) throws InputException {
        if (schema != null) {
            return createXmlReader(schema);
        }
        XMLReader reader = PLAIN_READER.get();
        if (reader == null) {
            reader = createXmlReader(null);
            PLAIN_READER.set(reader);
        }
        return reader;
    }

    private static XMLReader createXmlReader(Schema schema) throws InputException {
        try {
            SAXParserFactory spf = SAXParserFactory.newDefaultInstance(); // the JDK's own: no service lookup
            spf.setNamespaceAware(true);
            spf.setValidating(false);
            spf.setXIncludeAware(false);
            spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            spf.setFeature(DISALLOW_DOCTYPE, true);
            spf.setFeature(EXTERNAL_GENERAL, false);
            spf.setFeature(EXTERNAL_PARAMETER, false);
            spf.setFeature(LOAD_EXTERNAL_DTD, false);
            if (schema != null) {
                spf.setSchema(schema);
            }
            XMLReader xmlReader = spf.newSAXParser().getXMLReader();
            try {
                xmlReader.setProperty(MAX_DEPTH, String.valueOf(MAX_ELEMENT_DEPTH));
            } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                // a parser other than the JDK's: the DOCTYPE ban above still holds
            }
            return xmlReader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
    }

    /** Turns the parser's wording into a sentence a Salesforce developer can act on. */
    static String explain(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        if (message.contains("DOCTYPE is disallowed")) {
            return "a DOCTYPE declaration is not allowed: sfperm never reads DTDs or external entities"
                    + " (Salesforce metadata has none); remove the <!DOCTYPE ...> declaration";
        }
        if (message.contains("[xX][mM][lL]")) {
            return "the XML declaration <?xml ...?> must be the very first thing in the file; move it above any"
                    + " comment or blank line (Salesforce's own tooling rejects this file too)";
        }
        if (message.contains("Premature end of file")) {
            return "the file is empty or ends before its root element is closed";
        }
        if (message.contains("must start and end within the same entity")) {
            return "the file ends before its root element is closed: it is cut short, or an element is not closed";
        }
        if (message.contains("JAXP00010005")) {
            return "a name (of an element, attribute or entity) is longer than 1,000 characters; this is not Salesforce"
                    + " metadata";
        }
        if (message.contains("JAXP00010002")) {
            return "an element has more than 10,000 attributes; this is not Salesforce metadata";
        }
        if (message.contains("maxElementDepth") || message.contains("element depth")) {
            return "elements are nested deeper than " + MAX_ELEMENT_DEPTH + " levels; this is not Salesforce metadata";
        }
        if (message.startsWith("cvc-")) {
            return "does not follow the schema: " + message;
        }
        if (message.contains("Invalid byte") && message.contains("UTF-8")) {
            return "the file is not valid UTF-8 (" + message + "); save it as UTF-8";
        }
        return message;
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not stop a parse
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
