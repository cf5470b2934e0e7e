package io.github.sfperm.check;

import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.xml.Schemas;
import io.github.sfperm.xml.SecureXml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.validation.Schema;
import org.dom4j.Element;

/** Reads a shared allowlist file (schema {@code sfperm-allowlist-1.xsd}, namespace {@value #NAMESPACE}). */
public final class AllowlistFileReader {

    public static final String NAMESPACE = "https://sfperm.github.io/schema/allowlist/1";

    private static final class SchemaHolder {
        static final Schema SCHEMA =
                Schemas.load(AllowlistFileReader.class, "/io/github/sfperm/check/sfperm-allowlist-1.xsd");
    }

    private AllowlistFileReader() {}

    /** The entries of {@code file}; {@code base} names the file in entry names. */
    public static List<AllowlistEntry> read(Path file, Path base) throws InputException {
        Element root;
        try {
            root = SecureXml.read(file, SchemaHolder.SCHEMA).getRootElement();
        } catch (InputException e) {
            if (e.problem().contains("cvc-elt.1")) {
                throw new InputException(
                        "not an sfperm allowlist file: the root element must be <allowlist xmlns=\"" + NAMESPACE
                                + "\"> (" + e.problem() + ")",
                        file,
                        e.line(),
                        e.column(),
                        e);
            }
            throw e;
        }
        List<AllowlistEntry> entries = new ArrayList<>();
        String where = " of " + DisplayPath.of(base, file);
        int index = 0;
        for (Element entry : root.elements("entry")) {
            index++;
            Origin origin = new Origin(file, SecureXml.line(entry));
            entries.add(AllowlistEntry.of(
                    "allowlist entry " + index + where,
                    entry.elementText("type"),
                    entry.elementText("member"),
                    entry.elementText("permission"),
                    entry.elementText("ruleId"),
                    entry.elementText("reason"),
                    entry.elementText("until"),
                    origin,
                    file));
        }
        return entries;
    }
}
