package io.github.sfperm.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.common.JsonFiles;
import io.github.sfperm.diagnose.DeployFailure.Scope;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * Reads the result of a deployment, offline, in the shapes Salesforce's tools write it:
 *
 * <ul>
 *   <li>the JSON of {@code sf project deploy start|validate|report|resume --json}: {@code result.details
 *       .componentFailures} (one object or an array, verbatim from the Metadata API), {@code result.details
 *       .runTestResult.failures}, {@code result.files} entries with {@code state: Failed}; and the top-level error
 *       ({@code name}, {@code message}) when the deployment failed before any component;
 *   <li>the same {@code result} under {@code sfdx force:mdapi:deploy --json} and {@code sfdx force:source:deploy
 *       --json} (plugin-source: {@code result.deployedSource} entries with {@code state: Failed});
 *   <li>the older {@code force:source:deploy --json}: {@code result} (or {@code data}) a list of {@code {error,
 *       fullName, type, filePath}};
 *   <li>the Metadata API's {@code DeployResult} XML ({@code checkDeployStatus}), bare or in its SOAP envelope.
 * </ul>
 *
 * A file in none of these shapes is an {@link InputException} naming it.
 */
public final class DeployResultReader {

    private DeployResultReader() {}

    public static DeployResult read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(
                    "the deployment result file does not exist: save it with sf project deploy start ... --json"
                            + " > deploy-result.json || true, and set <deployResult> (-Dsfperm.deployResult) to it",
                    file);
        }
        return startsWithAngleBracket(file) ? readXml(file) : readJson(file);
    }

    private static boolean startsWithAngleBracket(Path file) throws InputException {
        try (InputStream in = InputFiles.open(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                if (b == '<') {
                    return true;
                }
                // blanks and a UTF-8 byte order mark may come first
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0x80) == 0) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        }
    }

    // ---- JSON

    private static DeployResult readJson(Path file) throws InputException {
        JsonNode root = JsonFiles.read(file);
        List<JsonNode> outputs = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(outputs::add);
        } else {
            outputs.add(root);
        }
        Set<DeployFailure> failures = new LinkedHashSet<>();
        String shape = null;
        for (JsonNode output : outputs) {
            if (!output.isObject() || !(output.has("status") || output.has("result"))) {
                continue;
            }
            JsonNode result = output.path("result");
            int before = failures.size();
            if (result.isArray() || output.path("data").isArray()) {
                shape = shape == null ? "sfdx-legacy-json" : shape;
                legacyErrors(result.isArray() ? result : output.path("data"), failures);
            }
            if (result.isObject()) {
                shape = shape == null ? "sf-json" : shape;
                resultObject(result, failures);
            }
            if (failures.size() == before && output.path("status").asInt(0) != 0 && output.hasNonNull("message")) {
                shape = shape == null ? "sf-json" : shape;
                failures.add(new DeployFailure(
                        Scope.DEPLOYMENT,
                        "",
                        errorName(output.path("name").asText("")),
                        "",
                        0,
                        0,
                        output.path("message").asText(""),
                        false));
            }
        }
        if (shape == null) {
            throw new InputException(
                    "is not the result of a deployment: expected the JSON of sf project deploy start|validate|report"
                            + " --json (an object with \"status\" and \"result\"), of sfdx force:source:deploy or"
                            + " force:mdapi:deploy --json, or the Metadata API's DeployResult XML",
                    file);
        }
        return new DeployResult(shape, new ArrayList<>(failures));
    }

    /** {@code sf:INSUFFICIENT_ACCESS} and {@code INSUFFICIENT_ACCESS} alike. */
    private static String errorName(String name) {
        return name.startsWith("sf:") ? name.substring(3) : name;
    }

    private static void resultObject(JsonNode result, Set<DeployFailure> failures) {
        JsonNode details = result.path("details");
        int before = failures.size();
        for (JsonNode failure : list(details.path("componentFailures"))) {
            failures.add(componentFailure(
                    text(failure, "componentType"),
                    text(failure, "fullName"),
                    text(failure, "fileName"),
                    number(failure, "lineNumber"),
                    number(failure, "columnNumber"),
                    text(failure, "problem"),
                    bool(failure, "deleted")));
        }
        if (failures.size() == before) {
            // no componentFailures: the per-file view of sf (files) or of plugin-source (deployedSource)
            for (String key : List.of("files", "deployedSource")) {
                for (JsonNode file : list(result.path(key))) {
                    if ("Failed".equalsIgnoreCase(text(file, "state"))) {
                        failures.add(componentFailure(
                                text(file, "type"),
                                text(file, "fullName"),
                                text(file, "filePath"),
                                number(file, "lineNumber"),
                                number(file, "columnNumber"),
                                text(file, "error"),
                                false));
                    }
                }
            }
        }
        for (JsonNode test : list(details.path("runTestResult").path("failures"))) {
            String name = text(test, "name");
            String namespace = text(test, "namespace");
            String className = namespace.isEmpty() ? name : namespace + "__" + name;
            String method = text(test, "methodName");
            failures.add(testFailure(className, method, text(test, "message"), text(test, "stackTrace")));
        }
        if (failures.size() == before) {
            String message = text(result, "errorMessage");
            if (!message.isEmpty()) {
                failures.add(new DeployFailure(
                        Scope.DEPLOYMENT, "", text(result, "errorStatusCode"), "", 0, 0, message, false));
            }
        }
    }

    private static void legacyErrors(JsonNode errors, Set<DeployFailure> failures) {
        for (JsonNode error : errors) {
            if (error.isObject() && error.has("error")) {
                failures.add(componentFailure(
                        text(error, "type"),
                        text(error, "fullName"),
                        text(error, "filePath"),
                        number(error, "lineNumber"),
                        number(error, "columnNumber"),
                        text(error, "error"),
                        false));
            }
        }
    }

    private static DeployFailure componentFailure(
            String type, String fullName, String file, int line, int column, String problem, boolean deleted) {
        return new DeployFailure(
                Scope.COMPONENT, type, fullName, "N/A".equals(file) ? "" : file, line, column, problem, deleted);
    }

    /** One object or an array of them, as the Metadata API's lists are rendered in JSON. */
    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject()) {
            items.add(node);
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
    }

    /** A number, or a number in a string ({@code "12"}) as older outputs write it; 0 when neither. */
    private static int number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.canConvertToInt()) {
            return Math.max(0, value.asInt());
        }
        try {
            return Math.max(0, Integer.parseInt(text(node, field)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean bool(JsonNode node, String field) {
        return node.path(field).asBoolean(false) || "true".equalsIgnoreCase(text(node, field));
    }

    private static String joined(String message, String stackTrace) {
        return stackTrace.isEmpty() ? message : message + " (" + stackTrace.replaceAll("\\s+", " ") + ")";
    }

    // ---- XML

    private static DeployResult readXml(Path file) throws InputException {
        Document document = SecureXml.read(file);
        Element result = deployResult(document.getRootElement());
        if (result == null) {
            throw new InputException(
                    "is not the result of a deployment: expected the Metadata API's DeployResult (an element with"
                            + " <details>, <status> or <success>, bare or in a checkDeployStatusResponse), or the JSON"
                            + " of sf project deploy start --json",
                    file);
        }
        List<DeployFailure> failures = new ArrayList<>();
        Element details = child(result, "details");
        if (details != null) {
            for (Element failure : children(details, "componentFailures")) {
                failures.add(componentFailure(
                        childText(failure, "componentType"),
                        childText(failure, "fullName"),
                        childText(failure, "fileName"),
                        parse(childText(failure, "lineNumber")),
                        parse(childText(failure, "columnNumber")),
                        childText(failure, "problem"),
                        "true".equals(childText(failure, "deleted"))));
            }
            Element tests = child(details, "runTestResult");
            if (tests != null) {
                for (Element test : children(tests, "failures")) {
                    String name = childText(test, "name");
                    String method = childText(test, "methodName");
                    failures.add(testFailure(name, method, childText(test, "message"), childText(test, "stackTrace")));
                }
            }
        }
        if (failures.isEmpty() && !childText(result, "errorMessage").isEmpty()) {
            failures.add(new DeployFailure(
                    Scope.DEPLOYMENT,
                    "",
                    childText(result, "errorStatusCode"),
                    "",
                    0,
                    0,
                    childText(result, "errorMessage"),
                    false));
        }
        return new DeployResult("metadata-api-xml", failures);
    }

    /** The DeployResult element: the root, or the {@code result} inside a SOAP envelope's response. */
    private static Element deployResult(Element element) {
        if (child(element, "details") != null
                || child(element, "success") != null
                || (child(element, "status") != null && child(element, "id") != null)) {
            return element;
        }
        for (Element child : element.elements()) {
            Element found = deployResult(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Element child : parent.elements()) {
            if (child.getName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        return parent.elements().stream()
                .filter(child -> child.getName().equals(name))
                .toList();
    }

    private static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : child.getTextTrim();
    }

    private static int parse(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A failed Apex test of the deployment's test run: its class (and method), message and stack trace. */
    private static DeployFailure testFailure(String className, String method, String message, String stackTrace) {
        return new DeployFailure(
                Scope.TEST,
                "ApexClass",
                method.isEmpty() ? className : className + "." + method,
                "",
                0,
                0,
                joined(message, stackTrace),
                false);
    }
}
