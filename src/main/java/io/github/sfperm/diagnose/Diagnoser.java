package io.github.sfperm.diagnose;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.FixPlanner;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.diagnose.DeployFailure.Scope;
import io.github.sfperm.diagnose.Diagnosis.Verdict;
import io.github.sfperm.source.SourceComponent;
import io.github.sfperm.source.SourceTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains each failure of a deployment: the first pattern that matches its message gives the cause (refined by what
 * the project says: a deletion, what the configured deployer lacks), what the message names and the fix; the source
 * tree and the manifests give the file and line; the check with today's configuration says whether sfperm would have
 * caught it.
 */
public final class Diagnoser {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    /**
     * What sfperm knows of the project.
     *
     * @param baseDir the project directory: paths are shown relative to it
     * @param resultFile the deployment result read
     * @param tree the source tree, when there is one
     * @param plan what sfperm's check would check (manifests or source tree), when it could be read
     * @param check the check with today's configuration, when it could run
     * @param checkUnavailable why there is no check, when there is none
     * @param catalogue the catalogue in force
     * @param held what the configured deployer effectively holds, when a deployer is configured
     * @param licenceAllows whether the deployer's licence allows a permission
     */
    public record Project(
            Path baseDir,
            Path resultFile,
            Optional<SourceTree> tree,
            Optional<DeploymentPlan> plan,
            Optional<CheckResult> check,
            String checkUnavailable,
            Catalogue catalogue,
            Optional<Set<String>> held,
            Predicate<String> licenceAllows) {}

    private final List<MessagePattern> patterns;
    private final Project project;

    public Diagnoser(List<MessagePattern> patterns, Project project) {
        this.patterns = List.copyOf(patterns);
        this.project = project;
    }

    /** Every failure explained, in the order of the result. */
    public List<Diagnosis> diagnose(List<DeployFailure> failures) {
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (DeployFailure failure : failures) {
            diagnoses.add(diagnose(failure));
        }
        return diagnoses;
    }

    /** The first pattern that matches the failure, and its match. */
    public Optional<Map.Entry<MessagePattern, Matcher>> match(DeployFailure failure) {
        for (MessagePattern pattern : patterns) {
            if (!pattern.appliesTo(failure.type())) {
                continue;
            }
            Matcher matcher = pattern.message().matcher(failure.problem());
            if (matcher.find()) {
                return Optional.of(Map.entry(pattern, matcher));
            }
        }
        return Optional.empty();
    }

    Diagnosis diagnose(DeployFailure failure) {
        Optional<Origin> origin = origin(failure);
        Optional<Map.Entry<MessagePattern, Matcher>> match = match(failure);
        if (match.isEmpty()) {
            Location location = location(failure, origin, Optional.empty());
            return new Diagnosis(
                    failure,
                    Cause.UNKNOWN_CAUSE,
                    "",
                    "",
                    Map.of(),
                    location.text(),
                    location.inProject(),
                    "Salesforce says: " + oneLine(failure.problem()),
                    "no pattern knows this message: once its cause is known, add a pattern in a pattern file"
                            + " (diagnosePatternFiles)",
                    Set.of(),
                    verdict(failure, Cause.UNKNOWN_CAUSE, Optional.empty(), false));
        }
        MessagePattern pattern = match.get().getKey();
        Map<String, String> named = new TreeMap<>();
        for (String group : PatternFileReader.groups(pattern.message())) {
            String value = match.get().getValue().group(group);
            if (value != null && !value.isBlank()) {
                named.put(group, value.trim());
            }
        }
        boolean deleted = failure.deleted() || deletedInPlan(failure);
        Operation operation = deleted ? Operation.DELETE : Operation.DEPLOY;
        Requirement requirement = pattern.requires().orElseGet(() -> requirement(failure, operation));
        Optional<Requirement> unmet = project.held().flatMap(requirement::unmet);
        Cause cause = pattern.cause();
        if (pattern.whenDeleted().isPresent() && deleted) {
            cause = pattern.whenDeleted().get();
        } else if (pattern.whenDeployerLacks().isPresent() && unmet.isPresent()) {
            cause = pattern.whenDeployerLacks().get();
        }
        Requirement gap = unmet.orElse(requirement);
        Set<String> grant = cause == Cause.MISSING_PERMISSION ? grant(gap) : Set.of();
        Location location = location(failure, origin, pattern.locate().map(named::get));

        Map<String, String> values = new LinkedHashMap<>();
        PatternFileReader.groups(pattern.message()).forEach(group -> values.put(group, ""));
        values.putAll(named);
        values.put("type", diagnosisType(failure));
        values.put("fullName", failure.fullName().isEmpty() ? "-" : failure.fullName());
        values.put("requires", requirement.render());
        values.put("unmet", gap.render());
        values.put("xml", xml(grant));
        values.put("file", location.file());
        values.put("line", String.valueOf(location.line()));
        return new Diagnosis(
                failure,
                cause,
                pattern.id(),
                pattern.definedAt().display(project.baseDir()),
                named,
                location.text(),
                location.inProject(),
                fill(pattern.explain(cause), values),
                fill(pattern.fix(cause), values),
                grant,
                verdict(failure, cause, Optional.of(requirement), unmet.isPresent()));
    }

    private static String diagnosisType(DeployFailure failure) {
        return failure.scope() == Scope.DEPLOYMENT ? "the deployment" : failure.type();
    }

    // ---- what the deploying user needs

    /**
     * What the catalogue requires for the failed component: the rules of its type; the base rules when its type has
     * none, or for the whole deployment.
     */
    private Requirement requirement(DeployFailure failure, Operation operation) {
        List<Requirement> parts = new ArrayList<>();
        if (failure.scope() != Scope.DEPLOYMENT) {
            for (Rule rule : project.catalogue().rulesFor(failure.type(), operation)) {
                parts.add(rule.requires());
            }
        }
        if (parts.isEmpty()) {
            for (Rule rule : project.catalogue().baseRules(operation)) {
                parts.add(rule.requires());
            }
        }
        return parts.isEmpty() ? Requirement.NONE : Requirement.allOf(parts);
    }

    /** The least privileged permissions that meet {@code gap}, as the check's fix chooses them. */
    private Set<String> grant(Requirement gap) {
        Finding finding = new Finding(
                Kind.MISSING_PERMISSION, Level.ERROR, "diagnose", null, null, gap, gap, null, "", "diagnose");
        FixPlanner.Policy policy = new FixPlanner.Policy(
                project.catalogue()::withImplied,
                project.catalogue()::dependencies,
                project.licenceAllows(),
                project.catalogue()::isBroad);
        return new TreeSet<>(FixPlanner.plan(List.of(finding), project.held().orElse(Set.of()), policy));
    }

    private static String xml(Set<String> permissions) {
        StringBuilder xml = new StringBuilder();
        for (String permission : permissions) {
            xml.append("<userPermissions><enabled>true</enabled><name>")
                    .append(permission)
                    .append("</name></userPermissions>");
        }
        return xml.toString();
    }

    // ---- where

    /** The component of the failure in the project: its file in the source tree, else its line in a manifest. */
    private Optional<Origin> origin(DeployFailure failure) {
        if (failure.scope() == Scope.DEPLOYMENT) {
            return Optional.empty();
        }
        String member = failure.scope() == Scope.TEST ? failure.fullName().split("\\.", 2)[0] : failure.fullName();
        Optional<SourceComponent> source = project.tree().flatMap(t -> t.component(failure.type(), member));
        if (source.isPresent()
                && failure.scope() == Scope.TEST
                && source.get().content().isPresent()) {
            // the class itself, at the line of the test method's stack frame
            Matcher frame = Pattern.compile("Class\\." + Pattern.quote(failure.fullName()) + ": line (\\d+)")
                    .matcher(failure.problem());
            return Optional.of(
                    new Origin(source.get().content().get(), frame.find() ? Integer.parseInt(frame.group(1)) : 0));
        }
        if (source.isPresent()) {
            return Optional.of(new Origin(source.get().file(), source.get().line()));
        }
        return planned(failure.type(), member).map(Component::origin);
    }

    private Optional<Component> planned(String type, String member) {
        return project.plan()
                .flatMap(plan -> plan.components().stream()
                        .filter(c -> c.type().equals(type) && c.member().equals(member))
                        .findFirst());
    }

    private boolean deletedInPlan(DeployFailure failure) {
        return project.plan()
                .map(plan -> plan.components().stream()
                        .anyMatch(c -> c.operation() == Operation.DELETE
                                && c.type().equals(failure.type())
                                && c.member().equals(failure.fullName())))
                .orElse(false);
    }

    private record Location(String file, int line, boolean inProject) {
        String text() {
            return file + ":" + line;
        }
    }

    private Location location(DeployFailure failure, Optional<Origin> origin, Optional<String> token) {
        Path base = project.baseDir();
        if (origin.isPresent()) {
            Path file = origin.get().file();
            int line = token.flatMap(t -> lineOf(file, t)).orElse(origin.get().line());
            return new Location(DisplayPath.of(base, file), Math.max(1, line), true);
        }
        Optional<Path> named = projectFile(failure.fileName());
        if (named.isPresent()) {
            int line = token.flatMap(t -> lineOf(named.get(), t)).orElse(failure.line());
            return new Location(DisplayPath.of(base, named.get()), Math.max(1, line), true);
        }
        if (!failure.fileName().isEmpty()) {
            Path given = Path.of(failure.fileName().replace('\\', '/'));
            // a path of the machine that deployed says nothing here: its name is enough
            String shown = given.isAbsolute() && given.getFileName() != null
                    ? given.getFileName().toString()
                    : failure.fileName().replace('\\', '/');
            return new Location(shown, Math.max(1, failure.line()), false);
        }
        return new Location(DisplayPath.of(base, project.resultFile()), 1, false);
    }

    /**
     * The file of the project that a path of the result names: as it is, relative to the project; or, for a path of
     * the machine that deployed, its longest tail that exists in the project.
     */
    private Optional<Path> projectFile(String fileName) {
        if (fileName.isEmpty()) {
            return Optional.empty();
        }
        Path given;
        try {
            given = Path.of(fileName.replace('\\', '/'));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        Path base = project.baseDir();
        int names = given.getNameCount();
        for (int i = 0; i < names; i++) {
            Path candidate = base.resolve(given.subpath(i, names).toString()).normalize();
            if (candidate.startsWith(base) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first line of {@code file} that names {@code token} as an element's text, else that contains it. */
    static Optional<Integer> lineOf(Path file, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        int first = 0;
        try (InputStream in = InputFiles.open(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.contains(">" + token + "<")) {
                    return Optional.of(number);
                }
                if (first == 0 && line.contains(token)) {
                    first = number;
                }
            }
        } catch (IOException | InputException e) {
            return Optional.empty();
        }
        return first == 0 ? Optional.empty() : Optional.of(first);
    }

    // ---- would check have caught it

    private Verdict verdict(
            DeployFailure failure, Cause cause, Optional<Requirement> requirement, boolean deployerLacks) {
        if (project.check().isEmpty()) {
            return new Verdict(Verdict.Status.UNKNOWN, project.checkUnavailable());
        }
        CheckResult check = project.check().get();
        String member = failure.scope() == Scope.TEST ? failure.fullName().split("\\.", 2)[0] : failure.fullName();
        List<Finding> reported = new ArrayList<>(check.findings());
        reported.addAll(check.baselined());
        for (Finding finding : reported) {
            if (cause.findingKinds().contains(finding.kind().name())
                    && concerns(finding, failure, member, requirement)) {
                return new Verdict(
                        Verdict.Status.CAUGHT,
                        "it reports " + finding.kind() + " (" + finding.ruleId() + ") at "
                                + (finding.origin() == null
                                        ? "-"
                                        : finding.origin().display(project.baseDir())));
            }
        }
        for (var suppressed : check.suppressed()) {
            Finding finding = suppressed.finding();
            if (cause.findingKinds().contains(finding.kind().name())
                    && concerns(finding, failure, member, requirement)) {
                return new Verdict(
                        Verdict.Status.CAUGHT,
                        "it reports " + finding.kind() + " (" + finding.ruleId() + "), but the allowlist accepts"
                                + " it");
            }
        }
        return new Verdict(Verdict.Status.NOT_CAUGHT, whyNot(failure, cause, member, requirement, deployerLacks));
    }

    /**
     * Whether a finding of check is about the failure: about its component; for the whole deployment, a gap in what
     * the deployment as a whole needs.
     */
    private static boolean concerns(
            Finding finding, DeployFailure failure, String member, Optional<Requirement> requirement) {
        if (failure.scope() == Scope.DEPLOYMENT) {
            return requirement
                    .map(r -> finding.unmetPermissions().stream().anyMatch(r.permissions()::contains))
                    .orElse(true);
        }
        Component component = finding.component();
        return component != null
                && component.type().equals(failure.type())
                && component.member().equals(member);
    }

    private String whyNot(
            DeployFailure failure,
            Cause cause,
            String member,
            Optional<Requirement> requirement,
            boolean deployerLacks) {
        if (failure.scope() == Scope.TEST) {
            return "check does not run Apex tests";
        }
        if (!cause.uncaught().isEmpty()) {
            return cause.uncaught();
        }
        if (failure.scope() == Scope.COMPONENT
                && planned(failure.type(), member).isEmpty()) {
            return failure.type() + " " + member + " is not in what check read (the manifest, or the source tree)";
        }
        return switch (cause) {
            case MISSING_PERMISSION -> {
                if (failure.scope() == Scope.COMPONENT
                        && project.catalogue()
                                .rulesFor(failure.type(), Operation.DEPLOY)
                                .isEmpty()) {
                    yield "the catalogue has no rule for " + failure.type() + ": worth a rule file (ruleFiles)";
                }
                yield deployerLacks
                        ? "check reports no gap for it"
                        : "the configured <deployer> holds "
                                + requirement.map(Requirement::render).orElse("what the catalogue requires")
                                + ": the deploying user in the org holds less than <deployer> declares, or the rule"
                                + " is incomplete (a rule file can add what is missing)";
            }
            case PAYLOAD_UNKNOWN_PERMISSION ->
                "the permission exists in Salesforce but not in the target org (a"
                        + " feature of the org, which cannot be seen offline)";
            case PAYLOAD_MISSING_DEPENDENCY ->
                "the catalogue does not know this dependency: worth a dependsOn fact" + " in a rule file";
            case PAYLOAD_MISSING_REFERENCE ->
                java.util.Set.of("PermissionSet", "MutingPermissionSet", "Profile", "PermissionSetGroup")
                                .contains(failure.type())
                        ? "check reports only custom components that neither the deployment nor the source tree"
                                + " holds; a standard or managed-package component depends on the org's features and"
                                + " installed packages, which cannot be seen offline"
                        : "check compares with the project only the components that permission sets, profiles and"
                                + " permission set groups name, not those a " + failure.type() + " names";
            case PAYLOAD_LICENSE ->
                "the licence of the permission set or of its users is not declared"
                        + " (<license>, <licensePermissions>)";
            default -> "check reports nothing for it";
        };
    }

    // ---- text

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(text, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(text);
        return oneLine(text.toString().replaceAll(" +([,;:)])", "$1"));
    }

    private static String oneLine(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}
