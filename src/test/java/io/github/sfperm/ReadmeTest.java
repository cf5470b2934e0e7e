package io.github.sfperm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.xml.SecureXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;

/** The README's configuration reference must not drift from the plugin descriptor. */
class ReadmeTest {

    @Test
    void everyEditableParameterOfEveryGoalIsDocumentedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Element plugin = SecureXml.read(Path.of("target/classes/META-INF/maven/plugin.xml"))
                .getRootElement();
        List<String> missing = new ArrayList<>();
        for (Element mojo : plugin.element("mojos").elements("mojo")) {
            String goal = mojo.elementText("goal");
            if (goal.equals("help")) {
                continue;
            }
            for (Element parameter : mojo.element("parameters").elements("parameter")) {
                String name = parameter.elementText("name");
                if ("true".equals(parameter.elementText("editable")) && !readme.contains("| `" + name + "` |")) {
                    missing.add(goal + ":" + name);
                }
            }
        }
        assertThat(missing).as("parameters missing from the README tables").isEmpty();
    }

    @Test
    void theExampleUsesThisVersionOfThePlugin() throws Exception {
        Element pom = SecureXml.read(Path.of("pom.xml")).getRootElement();
        String version = pom.elementText("version");
        assertThat(Files.readString(Path.of("examples/dreamhouse/pom.xml")))
                .contains("<version>" + version + "</version>");
        assertThat(Files.readString(Path.of("README.md"))).contains("<version>" + version + "</version>");
    }
}
