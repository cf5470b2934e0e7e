package io.github.sfperm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The validators the report tests hold the reports to. */
final class Validators {

    static final Path JSON_SCHEMA = Path.of("docs/sfperm-report.schema.json");
    static final Path DIAGNOSIS_SCHEMA = Path.of("docs/sfperm-diagnosis.schema.json");
    static final Path JUNIT_XSD = Path.of("src/test/resources/report/junit-ci.xsd");

    private static Schema jsonSchema;
    private static javax.xml.validation.Schema junitSchema;

    private Validators() {}

    /** The errors of {@code report} against {@code docs/sfperm-report.schema.json}; empty when it is valid. */
    static synchronized List<String> jsonSchemaErrors(JsonNode report) {
        if (jsonSchema == null) {
            try {
                JsonNode schema = new ObjectMapper().readTree(Files.readString(JSON_SCHEMA));
                jsonSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jsonSchema.validate(report).stream().map(Error::toString).toList();
    }

    /** The errors of {@code document} against the JSON schema in {@code schemaFile}; empty when it is valid. */
    static List<String> jsonSchemaErrors(JsonNode document, Path schemaFile) {
        try {
            JsonNode schema = new ObjectMapper().readTree(Files.readString(schemaFile));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema)
                    .validate(document)
                    .stream()
                    .map(Error::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates {@code xml} against {@code junit-ci.xsd}. */
    static synchronized void validateJunit(String xml) throws SAXException, IOException {
        if (junitSchema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            junitSchema = factory.newSchema(JUNIT_XSD.toFile());
        }
        Validator validator = junitSchema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    /**
     * Runs Microsoft's SARIF validator ({@code npx --yes @microsoft/sarif-multitool validate}) on {@code files} in
     * {@code dir} and returns what it printed, one entry per line; empty when npx is not on the PATH, or the validator
     * could not be fetched or did not finish in five minutes. The validator exits 0 even when a file has errors:
     * read its lines ({@code file(line,col): error CODE: ...}).
     */
    static Optional<List<String>> sarifMultitool(Path dir, String... files) throws IOException, InterruptedException {
        Optional<Path> npx = onPath("npx");
        if (npx.isEmpty()) {
            return Optional.empty();
        }
        List<String> command =
                new ArrayList<>(List.of(npx.get().toString(), "--yes", "@microsoft/sarif-multitool", "validate"));
        command.addAll(List.of(files));
        Path log = Files.createTempFile(dir, "sarif-multitool", ".log");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return output.contains("files scanned") ? Optional.of(List.of(output.split("\\R"))) : Optional.empty();
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
