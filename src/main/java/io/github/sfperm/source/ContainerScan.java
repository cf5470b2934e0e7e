package io.github.sfperm.source;

import io.github.sfperm.xml.ShallowElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.ext.DefaultHandler2;

/**
 * What the source-tree reader needs to know of a metadata file, gathered in one SAX pass without building a document
 * (the reader looks at thousands of object files, and at label files with thousands of labels): the root element's
 * name, whether the root holds nothing at all (no child element, no text), and, for the child elements of the root it
 * is asked about ({@code <labels>}), each one's line and the text of the elements that name it
 * ({@code <fullName>}). Texts are trimmed and their inner whitespace collapsed, as dom4j's {@code getTextTrim} does;
 * only an element's own text counts, not that of elements inside it. One instance per file.
 */
final class ContainerScan extends DefaultHandler2 {

    /**
     * A child element of the root: the line its start tag is on and, for each naming element asked for that it holds,
     * the text of the first one (an empty string when that one has no text).
     */
    record Child(int line, Map<String, String> names) {}

    private final Map<String, Set<String>> wanted;
    private final Map<String, List<Child>> children = new HashMap<>();
    private Locator locator;
    private int depth;
    private String root;
    private boolean rootHasElements;
    private boolean rootHasText;

    // the child of the root being read, when it is one asked about
    private String childName;
    private int childLine;
    private Set<String> childNames;
    private Map<String, String> childTexts;

    // the naming element being read inside it
    private String nameElement;
    private StringBuilder nameText;

    /** @param wanted for each child element of the root to report ({@code labels}), the elements naming it */
    ContainerScan(Map<String, Set<String>> wanted) {
        this.wanted = wanted;
    }

    /** The local name of the root element. */
    String root() {
        return root;
    }

    /** Whether the root element has neither child elements nor text (whitespace aside), as an empty object file. */
    boolean rootIsEmpty() {
        return !rootHasElements && !rootHasText;
    }

    /** The child elements of the root called {@code name}, in document order. */
    List<Child> children(String name) {
        return children.getOrDefault(name, List.of());
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (depth == 1) {
            root = name;
        } else if (depth == 2) {
            rootHasElements = true;
            childNames = wanted.get(name);
            if (childNames != null) {
                childName = name;
                childLine = locator == null ? 0 : locator.getLineNumber();
                childTexts = new HashMap<>();
            }
        } else if (depth == 3 && childNames != null && childNames.contains(name) && !childTexts.containsKey(name)) {
            nameElement = name;
            nameText = new StringBuilder();
            childTexts.put(name, ""); // the first element of that name counts, even when it has no text
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depth == 1 && !rootHasText) {
            for (int i = start; i < start + length; i++) {
                if (!isWhitespace(ch[i])) {
                    rootHasText = true;
                    break;
                }
            }
        } else if (depth == 3 && nameText != null) {
            nameText.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == 3 && nameText != null) {
            childTexts.put(nameElement, textTrim(nameText));
            nameText = null;
            nameElement = null;
        } else if (depth == 2 && childNames != null) {
            children.computeIfAbsent(childName, n -> new ArrayList<>()).add(new Child(childLine, childTexts));
            childNames = null;
            childTexts = null;
        }
        depth--;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** dom4j's {@code getTextTrim}: the words of {@code text}, one space between each. */
    static String textTrim(CharSequence text) {
        return ShallowElement.textTrim(text);
    }
}
