package io.github.sfperm.engine;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.RefusedDeletions;
import io.github.sfperm.check.PayloadRules;
import io.github.sfperm.common.InputException;
import io.github.sfperm.references.ReferenceData;
import io.github.sfperm.report.Reports;
import io.github.sfperm.source.SourceTreeReader;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, on a second thread, what a check needs only later, while the first thread reads the manifests and the source
 * tree: the built-in catalogue and the other built-in data (read once per JVM, then shared), Jackson's streaming parser and
 * generator (read {@code sfdx-project.json}, write the JSON reports), the {@code .forceignore}
 * matcher (RE2/J) and dom4j's writer (the JUnit report). In a JVM that has just started, as
 * Maven's has, loading them takes longer than checking thousands of components. Nothing is computed that the check
 * would not compute itself, in the same way: it finds the catalogue read and those classes loaded, and its output is
 * the same with or without the warm-up. Anything that goes wrong here is left for the check to meet and report. Once
 * per JVM.
 */
final class Warmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {}

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(Warmup::run, "sfperm-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Catalogue.builtIn(); // read once per JVM: the check finds it read
        } catch (InputException | RuntimeException | LinkageError e) {
            // the check meets it again, and reports it
        }
        try {
            // the other built-in data, read once per JVM: the check finds them read
            RefusedDeletions.builtIn();
            ReferenceData.builtIn();
            PayloadRules.builtIn();
        } catch (InputException | RuntimeException | LinkageError e) {
            // the check meets it again, and reports it
        }
        try {
            Reports.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // the check meets it again, and reports it
        }
        try {
            SourceTreeReader.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // the check meets it again, and reports it
        }
    }
}
