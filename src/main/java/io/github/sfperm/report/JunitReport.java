package io.github.sfperm.report;

import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.Printable;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.xml.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/**
 * A JUnit XML report of a check, in the shape Jenkins, GitLab and Azure DevOps read: {@code <testsuites>} holding
 * one {@code <testsuite>} for the module, and in it one {@code <testcase classname="Flow" name="Lead_Router
 * (deploy)">} per component checked, in the order of the deployment plan. A component with an ERROR finding fails
 * ({@code <failure type="MISSING_PERMISSION">}, every error's line and source in the text); one whose only gaps are
 * allowlisted is {@code <skipped>}; warnings and notes go to {@code <system-out>} and do not fail. A finding without
 * a component (allowlist hygiene) is a test case of its own, {@code classname} its kind. Times are 0: the report is
 * the same, byte for byte, for the same result.
 */
public final class JunitReport {

    private JunitReport() {}

    public static String render(CheckResult result, ReportContext context) {
        return XmlOutput.render(document(result, context), INDENT);
    }

    /** {@link #render} straight to {@code out}, for large reports; {@code out} stays open. */
    public static void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        XmlOutput.write(document(result, context), INDENT, out);
    }

    private static final String INDENT = "  ";

    private static Document document(CheckResult result, ReportContext context) {
        Map<Component.Id, Case> cases = new LinkedHashMap<>();
        for (Component component : result.plan().components()) {
            cases.put(component.id(), new Case(component));
        }
        List<Case> loose = new ArrayList<>();
        for (Finding finding : result.findings()) {
            caseOf(finding, cases, loose).findings.add(finding);
        }
        for (Allowlist.Suppressed suppressed : result.suppressed()) {
            caseOf(suppressed.finding(), cases, loose).suppressed.add(suppressed);
        }
        List<Case> all = new ArrayList<>(cases.values());
        all.addAll(loose);

        long failures = all.stream().filter(Case::fails).count();
        long skipped = all.stream().filter(Case::skipped).count();
        String tests = Integer.toString(all.size());

        Document document = DocumentHelper.createDocument();
        Element suites = document.addElement("testsuites")
                .addAttribute("name", "sfperm")
                .addAttribute("tests", tests)
                .addAttribute("failures", Long.toString(failures))
                .addAttribute("errors", "0")
                .addAttribute("time", "0");
        Element suite = suites.addElement("testsuite")
                .addAttribute(
                        "name",
                        attribute(context.moduleName().isEmpty() ? "sfperm" : "sfperm: " + context.moduleName()))
                .addAttribute("tests", tests)
                .addAttribute("failures", Long.toString(failures))
                .addAttribute("errors", "0")
                .addAttribute("skipped", Long.toString(skipped))
                .addAttribute("time", "0");
        Element properties = suite.addElement("properties");
        property(properties, "sfperm.version", context.pluginVersion());
        property(properties, "sfperm.catalogueVersion", result.catalogue().version());
        property(properties, "sfperm.registryVersion", context.registryVersion());
        property(properties, "sfperm.gate", Messages.gate(result, context.failOnViolation()));
        for (Case testCase : all) {
            testCase.write(suite, context);
        }
        suite.addElement("system-out").addText(text(Messages.summary(result)));
        return document;
    }

    private static Case caseOf(Finding finding, Map<Component.Id, Case> cases, List<Case> loose) {
        Component component = finding.component();
        if (component != null) {
            return cases.computeIfAbsent(component.id(), key -> new Case(component));
        }
        Case single = new Case(null);
        loose.add(single);
        return single;
    }

    private static void property(Element properties, String name, String value) {
        if (!value.isEmpty()) {
            properties.addElement("property").addAttribute("name", name).addAttribute("value", attribute(value));
        }
    }

    /** A component's test case, or a finding's own when it has no component. */
    private static final class Case {
        final Component component;
        final List<Finding> findings = new ArrayList<>();
        final List<Allowlist.Suppressed> suppressed = new ArrayList<>();

        Case(Component component) {
            this.component = component;
        }

        private List<Finding> errors;

        List<Finding> errors() {
            if (errors == null) { // asked three times per case: worked out once, when every finding is in
                errors = findings.stream().filter(f -> f.level() == Level.ERROR).toList();
            }
            return errors;
        }

        boolean fails() {
            return !errors().isEmpty();
        }

        boolean skipped() {
            return !fails() && !suppressed.isEmpty();
        }

        void write(Element suite, ReportContext context) {
            Element testCase = suite.addElement("testcase");
            if (component != null) {
                testCase.addAttribute("classname", attribute(component.type()))
                        .addAttribute(
                                "name",
                                attribute(component.member() + " ("
                                        + component.operation().label() + ")"));
            } else {
                Finding only = findings.isEmpty() ? suppressed.get(0).finding() : findings.get(0);
                testCase.addAttribute("classname", only.kind().name()).addAttribute("name", attribute(only.message()));
            }
            testCase.addAttribute("time", "0");
            List<String> out = new ArrayList<>();
            List<Finding> errors = errors();
            if (!errors.isEmpty()) {
                List<String> text = new ArrayList<>();
                errors.forEach(f -> text.addAll(Messages.details(f, context.baseDir())));
                testCase.addElement("failure")
                        .addAttribute(
                                "message",
                                attribute(errors.stream().map(Finding::message).collect(Collectors.joining("; "))))
                        .addAttribute("type", errors.get(0).kind().name())
                        .addText(text(String.join("\n", text)));
            } else if (!suppressed.isEmpty()) {
                testCase.addElement("skipped")
                        .addAttribute(
                                "message",
                                attribute("allowlisted by "
                                        + suppressed.stream()
                                                .map(s -> Messages.allowlistReason(s.entry()))
                                                .collect(Collectors.joining("; "))));
            }
            findings.stream()
                    .filter(f -> f.level() != Level.ERROR)
                    .forEach(f -> out.addAll(Messages.details(f, context.baseDir())));
            suppressed.forEach(s -> out.add(Messages.allowlisted(s, context.baseDir())));
            if (!out.isEmpty()) {
                testCase.addElement("system-out").addText(text(String.join("\n", out)));
            }
        }
    }

    /** An attribute value on one printable line: parsers would turn a line break into a space anyway. */
    private static String attribute(String value) {
        String text = text(value);
        boolean oneLine = text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
        return Printable.oneLine(oneLine ? text : text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    /** Text without the characters XML 1.0 cannot carry at all (escaping is dom4j's job). */
    private static String text(String value) {
        if (isXmlText(value)) {
            return value;
        }
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints()
                .forEach(c -> text.appendCodePoint(
                        c == 0x9
                                        || c == 0xA
                                        || c == 0xD
                                        || (c >= 0x20 && c <= 0xD7FF)
                                        || (c >= 0xE000 && c <= 0xFFFD)
                                        || (c >= 0x10000 && c <= 0x10FFFF)
                                ? c
                                : 0xFFFD));
        return text.toString();
    }

    /** Whether every character of {@code value} is one XML 1.0 carries (surrogates sent the slow way). */
    private static boolean isXmlText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))) {
                return false;
            }
        }
        return true;
    }
}
