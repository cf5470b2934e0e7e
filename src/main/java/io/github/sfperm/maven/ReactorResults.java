package io.github.sfperm.maven;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * The results of {@code check} in every module of a reactor build, kept in the build session (not in a static), so
 * that one line can end the log naming the failing modules. In a parallel build ({@code -T}) modules finish in any
 * order: the line is printed by whichever module completes the set of modules that run {@code check}, exactly once,
 * and lists them in reactor order, so that it is the same line however the build was scheduled.
 */
final class ReactorResults {

    /**
     * One module's outcome.
     *
     * @param module the module's name (its artifactId)
     * @param errors ERROR findings, or -1 when the module could not be checked (an input error)
     * @param warnings WARN findings
     * @param skipped whether {@code sfperm.skip} skipped the module: not counted, but no longer waited for
     */
    record ModuleResult(String module, long errors, long warnings, boolean skipped) {

        static ModuleResult checked(String module, long errors, long warnings) {
            return new ModuleResult(module, errors, warnings, false);
        }

        static ModuleResult inputError(String module) {
            return new ModuleResult(module, -1, 0, false);
        }

        static ModuleResult skipped(String module) {
            return new ModuleResult(module, 0, 0, true);
        }
    }

    private static final String KEY = ReactorResults.class.getName();
    private static final String PRINTED = KEY + ".printed";

    private ReactorResults() {}

    static void record(MavenSession session, MavenProject project, ModuleResult result) {
        if (session.getRepositorySession() != null) {
            results(session).put(project.getId(), result);
        }
    }

    /**
     * The reactor summary, when {@code session} builds several modules that run {@code check} and every one of them
     * has now recorded its result: {@code sfperm: reactor: 3 modules checked; failing: app-a (2 errors), app-c (1
     * error)}. Empty otherwise, and for every caller after the first that sees the set complete.
     */
    static Optional<String> summaryIfComplete(MavenSession session, PluginDescriptor plugin) {
        List<MavenProject> projects = session.getProjects();
        if (session.getRepositorySession() == null || projects == null || plugin == null) {
            return Optional.empty();
        }
        List<MavenProject> checking =
                projects.stream().filter(p -> runsCheck(session, p, plugin)).toList();
        Map<String, ModuleResult> results = results(session);
        // the last module to record sees the set complete; were two to see it at once, the compare-and-set picks one
        if (checking.size() < 2
                || !checking.stream().allMatch(p -> results.containsKey(p.getId()))
                || !session.getRepositorySession().getData().set(PRINTED, null, Boolean.TRUE)) {
            return Optional.empty();
        }
        List<ModuleResult> inOrder = checking.stream()
                .map(p -> results.get(p.getId()))
                .filter(r -> !r.skipped())
                .toList();
        long checked = inOrder.stream().filter(r -> r.errors() >= 0).count();
        List<String> failing = inOrder.stream()
                .filter(r -> r.errors() != 0)
                .map(r -> r.module()
                        + (r.errors() < 0
                                ? " (input error)"
                                : " (" + r.errors() + " error" + (r.errors() == 1 ? "" : "s") + ")"))
                .toList();
        return Optional.of("sfperm: reactor: " + checked + " module" + (checked == 1 ? "" : "s") + " checked; "
                + (failing.isEmpty() ? "none failing" : "failing: " + String.join(", ", failing)));
    }

    /**
     * Whether {@code project} runs this plugin's {@code check}: bound in its build, or asked for on the command line
     * ({@code sfperm:check}, {@code io.github.sfperm:sfperm-maven-plugin:check}, with or without a version).
     */
    static boolean runsCheck(MavenSession session, MavenProject project, PluginDescriptor plugin) {
        String coordinates = plugin.getGroupId() + ":" + plugin.getArtifactId() + ":";
        for (String goal : session.getGoals()) {
            if (goal.equals(plugin.getGoalPrefix() + ":check")
                    || goal.startsWith(coordinates) && goal.endsWith(":check")) {
                return true;
            }
        }
        Plugin bound = project.getPlugin(plugin.getGroupId() + ":" + plugin.getArtifactId());
        return bound != null
                && bound.getExecutions().stream().anyMatch(e -> e.getGoals().contains("check"));
    }

    /**
     * The map every module records into, created by the first: {@code SessionData.set(key, null, value)} is a
     * compare-and-set, in the resolver of every Maven since 3.1 ({@code computeIfAbsent} came with Maven 3.9), so that
     * modules running at once under {@code -T} still share one map.
     */
    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, ModuleResult> results(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        Object map = data.get(KEY);
        if (map == null) {
            data.set(KEY, null, new ConcurrentHashMap<String, ModuleResult>());
            map = data.get(KEY);
        }
        return (ConcurrentMap<String, ModuleResult>) map;
    }
}
