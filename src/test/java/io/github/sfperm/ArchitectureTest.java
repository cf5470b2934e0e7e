package io.github.sfperm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the code: Maven stays in the Mojo package; dependencies between packages point one way. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/sfperm");

    /** Packages each package must not import (STYLE.md). */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "xml",
                    List.of(
                            "deploy",
                            "source",
                            "registry",
                            "deployer",
                            "catalogue",
                            "check",
                            "report",
                            "engine",
                            "maven"),
            "common",
                    List.of(
                            "xml",
                            "deploy",
                            "source",
                            "registry",
                            "deployer",
                            "catalogue",
                            "check",
                            "report",
                            "engine",
                            "maven"),
            "registry", List.of("source", "deployer", "catalogue", "check", "report", "engine", "maven"),
            "deploy", List.of("source", "deployer", "catalogue", "check", "report", "engine", "maven"),
            "source", List.of("deployer", "catalogue", "check", "report", "engine", "maven"),
            "catalogue", List.of("source", "deployer", "check", "report", "engine", "maven"),
            "deployer", List.of("source", "check", "report", "engine", "maven"),
            "check", List.of("source", "report", "engine", "maven"),
            "report", List.of("engine", "maven"),
            "engine", List.of("maven"));

    /** The diagnose engine sits beside the check engine: it uses it, and the reports use it, not the other way. */
    private static final Map<String, List<String>> FORBIDDEN_AROUND_DIAGNOSE = Map.of(
            "diagnose", List.of("report", "maven"),
            "engine", List.of("diagnose"),
            "check", List.of("diagnose"),
            "source", List.of("diagnose"),
            "catalogue", List.of("diagnose"));

    @Test
    void onlyTheMojoPackageImportsMaven() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("maven")))
                    .filter(f -> read(f).contains("import org.apache.maven."))
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void dependenciesBetweenPackagesPointOneWay() throws IOException {
        Map<String, List<String>> rules = new java.util.HashMap<>(FORBIDDEN);
        FORBIDDEN_AROUND_DIAGNOSE.forEach((pkg, forbidden) -> rules.merge(
                pkg,
                forbidden,
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        for (Map.Entry<String, List<String>> rule : rules.entrySet()) {
            Path dir = MAIN.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = read(file);
                    for (String forbidden : rule.getValue()) {
                        assertThat(source)
                                .as("%s must not depend on package %s", file, forbidden)
                                .doesNotContain("import io.github.sfperm." + forbidden + ".");
                    }
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
