package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tree of 10,000 components is read whole. The time is printed, not asserted: speed is measured by the benchmark
 * ({@code ./mvnw -Pbenchmark verify}, docs/performance.md), since a timing assertion fails on a busy machine.
 */
class SourceTreePerformanceTest {

    @Test
    void readsTenThousandComponents(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Path classes = Files.createDirectories(dir.resolve("force-app/main/default/classes"));
        Path fields = Files.createDirectories(dir.resolve("force-app/main/default/objects/Big__c/fields"));
        Files.writeString(
                dir.resolve("force-app/main/default/objects/Big__c/Big__c.object-meta.xml"),
                "<CustomObject><label>Big</label></CustomObject>");
        for (int i = 0; i < 6000; i++) {
            Files.writeString(classes.resolve("C" + i + ".cls"), "");
            Files.writeString(classes.resolve("C" + i + ".cls-meta.xml"), "<ApexClass/>");
        }
        for (int i = 0; i < 3999; i++) {
            Files.writeString(fields.resolve("F" + i + "__c.field-meta.xml"), "<CustomField/>");
        }
        SourceTreeReader.read(dir); // warm up
        long best = Long.MAX_VALUE;
        SourceTree tree = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            tree = SourceTreeReader.read(dir);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("read %d components in %d ms%n", tree.components().size(), best / 1_000_000);
        assertThat(tree.components()).hasSize(10_000);
    }
}
