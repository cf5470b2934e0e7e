package io.github.sfperm.maven;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The results of {@code check} in every module of a reactor build, kept in the build session (not in a static), so
 * that the last module can end the log with one line naming the failing modules.
 */
final class ReactorResults {

    /** One module's outcome. */
    record ModuleResult(String module, long errors, long warnings) {}

    private static final String KEY = ReactorResults.class.getName();

    private ReactorResults() {}

    static void record(MavenSession session, MavenProject project, ModuleResult result) {
        if (session.getRepositorySession() != null) {
            results(session).put(project.getId(), result);
        }
    }

    /**
     * The reactor summary, when {@code project} is the last module of a multi-module build:
     * {@code sfperm: reactor: 3 modules checked; failing: app-a (2 errors), app-c (1 error)}.
     */
    static Optional<String> summaryIfLast(MavenSession session, MavenProject project) {
        List<MavenProject> projects = session.getProjects();
        if (session.getRepositorySession() == null || projects == null || projects.size() < 2
                || !projects.get(projects.size() - 1).getId().equals(project.getId())) {
            return Optional.empty();
        }
        Map<String, ModuleResult> results = results(session);
        List<ModuleResult> inOrder = projects.stream().map(p -> results.get(p.getId())).filter(r -> r != null).toList();
        List<String> failing = inOrder.stream().filter(r -> r.errors() > 0)
                .map(r -> r.module() + " (" + r.errors() + " error" + (r.errors() == 1 ? "" : "s") + ")").toList();
        return Optional.of("sfperm: reactor: " + inOrder.size() + " module" + (inOrder.size() == 1 ? "" : "s")
                + " checked; " + (failing.isEmpty() ? "none failing" : "failing: " + String.join(", ", failing)));
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, ModuleResult> results(MavenSession session) {
        return (ConcurrentMap<String, ModuleResult>) session.getRepositorySession().getData()
                .computeIfAbsent(KEY, ConcurrentHashMap::new);
    }
}
