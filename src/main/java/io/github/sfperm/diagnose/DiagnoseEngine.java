package io.github.sfperm.diagnose;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerLoader;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.source.SourceTree;
import io.github.sfperm.source.SourceTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs {@code sfperm:diagnose} from a request: reads the deployment's result and the patterns, runs the check with
 * today's configuration (what it would have said), and explains every failure. Knows nothing of Maven.
 */
public final class DiagnoseEngine {

    /**
     * What to diagnose.
     *
     * @param check the check request of today's configuration (project, manifests, deployer, rule files)
     * @param resultFile the saved result of the failed deployment
     * @param patternFiles the user's pattern files, tried before the built-in patterns
     */
    public record Request(CheckRequest check, Path resultFile, List<Path> patternFiles) {

        public Request {
            patternFiles = List.copyOf(patternFiles);
        }
    }

    /**
     * What {@code diagnose} found.
     *
     * @param resultFile the result file read
     * @param shape the shape it was read as
     * @param diagnoses every failure explained, sorted by location
     * @param checkNote why the check with today's configuration could not run; empty when it ran
     * @param patternCount how many patterns were in force
     */
    public record Outcome(
            Path resultFile, String shape, List<Diagnosis> diagnoses, String checkNote, int patternCount) {

        public Outcome {
            diagnoses = List.copyOf(diagnoses);
        }

        /** How many failures a pattern explains (every cause but {@link Cause#UNKNOWN_CAUSE}). */
        public long explained() {
            return diagnoses.stream()
                    .filter(d -> d.cause() != Cause.UNKNOWN_CAUSE)
                    .count();
        }
    }

    /** Only a result that cannot be read, or a configuration that cannot be (patterns, rule files), is an error. */
    public Outcome diagnose(Request request) throws InputException {
        CheckRequest check = request.check();
        DeployResult result = DeployResultReader.read(request.resultFile());
        List<MessagePattern> patterns = PatternFileReader.inForce(request.patternFiles());
        Catalogue catalogue = Catalogue.withUserFiles(check.ruleFiles());

        Optional<SourceTree> tree;
        try {
            tree = SourceTreeReader.readIfPresent(check.projectDir());
        } catch (InputException e) {
            tree = Optional.empty();
        }
        Optional<CheckResult> checked = Optional.empty();
        Optional<DeploymentPlan> plan = Optional.empty();
        Optional<Set<String>> held = Optional.empty();
        Predicate<String> licenceAllows = p -> true;
        String note = "";
        CheckEngine engine = new CheckEngine();
        if (check.deployer().isEmpty()) {
            note = "no <deployer> is configured, so sfperm cannot tell what the deploying user holds";
            try {
                plan = Optional.of(engine.needs(check).plan());
            } catch (InputException e) {
                // the plan only helps locate components and deletions
            }
        } else {
            try {
                CheckResult result0 = engine.check(check);
                checked = Optional.of(result0);
                plan = Optional.of(result0.plan());
                held = Optional.of(result0.effectivePermissions());
                licenceAllows = result0.deployer()::licenceAllows;
            } catch (InputException e) {
                note = e.describe(check.baseDir());
                try {
                    Deployer deployer =
                            new DeployerLoader(check.baseDir(), List.of(check.projectDir())).load(check.deployer());
                    held = Optional.of(catalogue.withImplied(deployer.permissions()));
                    licenceAllows = deployer::licenceAllows;
                } catch (InputException ignored) {
                    // the deployer itself cannot be read: the note says why check could not run
                }
            }
        }
        Diagnoser.Project project = new Diagnoser.Project(
                check.baseDir(), request.resultFile(), tree, plan, checked, note, catalogue, held, licenceAllows);
        List<Diagnosis> diagnoses = new ArrayList<>(new Diagnoser(patterns, project).diagnose(result.failures()));
        diagnoses.sort(ORDER);
        return new Outcome(request.resultFile(), result.shape(), diagnoses, note, patterns.size());
    }

    /** By file, then line (as a number), type, name and message: the same input, the same order. */
    static final Comparator<Diagnosis> ORDER = Comparator.<Diagnosis, String>comparing(d -> file(d.location()))
            .thenComparingInt(d -> line(d.location()))
            .thenComparing(Diagnosis::typeLabel)
            .thenComparing(Diagnosis::nameLabel)
            .thenComparing(d -> d.failure().problem());

    private static String file(String location) {
        int colon = location.lastIndexOf(':');
        return colon < 0 ? location : location.substring(0, colon);
    }

    private static int line(String location) {
        int colon = location.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(location.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
