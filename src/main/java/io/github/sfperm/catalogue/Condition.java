package io.github.sfperm.catalogue;

import java.util.List;
import java.util.Objects;
import org.dom4j.Element;

/**
 * When a rule applies, judged on the file of the component being deployed: the file has an element at {@code path}
 * (local names from the root element, joined by {@code /}: {@code SecuritySettings/networkAccess}) and, when
 * {@code value} is not empty, one such element whose trimmed text is {@code value}
 * ({@code EmailTemplate/type} = {@code html}).
 *
 * @param path the element path, starting with the root element's name
 * @param value the text the element must have; empty for any
 */
public record Condition(String path, String value) {

    public Condition {
        Objects.requireNonNull(path, "path");
        value = value == null ? "" : value.trim();
    }

    /** The path's local names. */
    public List<String> steps() {
        return List.of(path.split("/"));
    }

    /** Whether the document whose root is {@code root} meets this condition. Namespaces are ignored. */
    public boolean holds(Element root) {
        List<String> steps = steps();
        if (!root.getName().equals(steps.get(0))) {
            return false;
        }
        return holds(root, steps, 1);
    }

    private boolean holds(Element element, List<String> steps, int next) {
        if (next == steps.size()) {
            return value.isEmpty() || element.getTextTrim().equals(value);
        }
        for (Element child : element.elements()) {
            if (child.getName().equals(steps.get(next)) && holds(child, steps, next + 1)) {
                return true;
            }
        }
        return false;
    }

    /** In words, for findings and documentation: {@code <SecuritySettings/networkAccess>} or {@code <EmailTemplate/type> = html}. */
    public String describe() {
        return "<" + path + ">" + (value.isEmpty() ? "" : " = " + value);
    }
}
