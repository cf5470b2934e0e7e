package io.github.sfperm.xml;

import org.dom4j.QName;
import org.dom4j.tree.DefaultElement;

/** A dom4j element that remembers the line its start tag was read on. */
final class LocatedElement extends DefaultElement {

    private static final long serialVersionUID = 1L;

    private final int line;

    LocatedElement(QName name, int line) {
        super(name);
        this.line = line;
    }

    int line() {
        return line;
    }
}
