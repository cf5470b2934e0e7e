package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Kind;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.Printable;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.report.ConsoleLine;
import io.github.sfperm.report.ConsoleReport;
import io.github.sfperm.report.Format;
import io.github.sfperm.report.GithubAnnotations;
import io.github.sfperm.report.ReportContext;
import io.github.sfperm.report.Reports;
import io.github.sfperm.source.ManifestWriter;
import io.github.sfperm.source.SourceTreeReader;
import io.github.sfperm.testing.Files2;
import io.github.sfperm.testing.TreeHash;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input, end to end: files from a pull request are read by {@link CheckEngine} and the results
 * rendered as the plugin renders them (build log, every report format, GitHub annotations). Whatever the input, the
 * outcome is a result or an {@link InputException} naming the file (and, for XML, line and column); it comes within
 * a bounded time; nothing outside the project is read (a secret beside the project never shows up in any output);
 * nothing outside {@code target/} is written; and every line a person reads is one line, printable and bounded.
 */
class HostileInputTest {

    /** Only a hang guard: every case takes well under a second or two. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    /** Part of every secret's content and name: it must never show up in an output. */
    private static final String SECRET = "Secret4242";

    private static final String CLASSES = "force-app/main/default/classes/";
    private static final String DEPLOYER = "force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml";

    @TempDir
    Path dir;

    private Path project;
    private Path outside;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void projectBesideASecret() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("outside"));
        // names outside say Hidden, contents say SECRET: a content that shows up was read
        Files2.write(outside, "secret.txt", "the content of " + SECRET);
        Files2.write(outside, "secret.xml", Files2.packageXml("ApexClass:" + SECRET));
        Files2.write(outside, "Hidden.permissionset-meta.xml", Files2.permissionSet(SECRET));
        Files2.write(outside, "classes/Hidden.cls", "// " + SECRET);
        Files2.write(outside, "classes/Hidden.cls-meta.xml", "<ApexClass><!-- " + SECRET + " --></ApexClass>");
        Files2.write(outside, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"" + SECRET + "\"}]}");
        Files.createDirectories(outside.resolve(SECRET));
        Files2.write(outside, "forceignore", "**/" + SECRET + "\n");

        Files2.write(
                project,
                "sfdx-project.json",
                "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}],"
                        + " \"sourceApiVersion\": \"62.0\"}\n");
        Files2.write(project, CLASSES + "Hello.cls", "public class Hello {}\n");
        Files2.write(
                project,
                CLASSES + "Hello.cls-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<ApexClass xmlns=\"http://soap.sforce.com/2006/04/metadata\"><apiVersion>62.0</apiVersion>"
                        + "<status>Active</status></ApexClass>\n");
        Files2.write(
                project,
                DEPLOYER,
                Files2.permissionSet("ApiEnabled", "ModifyMetadata", "CustomizeApplication", "ViewSetup", "ViewRoles"));
        Files2.write(project, "manifest/package.xml", Files2.packageXml("ApexClass:Hello"));

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<r>" + SECRET + "</r>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.stop(0);
        // let @TempDir clean up whatever a test made unreadable
        try (var files = Files.walk(dir)) {
            files.filter(p -> !Files.isSymbolicLink(p)).forEach(p -> p.toFile().setReadable(true));
        }
    }

    // ------------------------------------------------------------------------------------------------ XML: entities

    @Test
    void aDoctypeWithAnExternalFileEntityIsRefusedAndTheFileNeverRead() {
        manifest("<?xml version=\"1.0\"?>\n<!DOCTYPE Package [<!ENTITY x SYSTEM \""
                + outside.resolve("secret.txt").toUri()
                + "\">]>\n<Package><types><members>&x;</members><name>ApexClass</name></types></Package>\n");
        assertRefused("manifest/package.xml:2:", "a DOCTYPE declaration is not allowed");
    }

    @Test
    void aDoctypeWithAnExternalHttpEntityIsRefusedWithoutAnyRequest() {
        manifest("<?xml version=\"1.0\"?>\n<!DOCTYPE Package [<!ENTITY x SYSTEM \"" + url() + "\">]>\n"
                + "<Package><types><members>&x;</members><name>ApexClass</name></types></Package>\n");
        assertRefused("manifest/package.xml:2:", "a DOCTYPE declaration is not allowed");
        assertThat(requests).hasValue(0);
    }

    @Test
    void anExternalDtdIsNeverFetched() {
        manifest("<?xml version=\"1.0\"?>\n<!DOCTYPE Package SYSTEM \"" + url() + "\">\n<Package/>\n");
        assertRefused("manifest/package.xml:2:", "a DOCTYPE declaration is not allowed");
        assertThat(requests).hasValue(0);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        manifest("<?xml version=\"1.0\"?>\n<!DOCTYPE Package [" + entities + "]>\n"
                + "<Package><types><members>&l10;</members><name>ApexClass</name></types></Package>\n");
        assertRefused("manifest/package.xml:2:", "a DOCTYPE declaration is not allowed");
    }

    @Test
    void aParameterEntityIsRefused() {
        manifest("<?xml version=\"1.0\"?>\n<!DOCTYPE Package [<!ENTITY % p SYSTEM \"" + url()
                + "\"> %p;]>\n<Package/>\n");
        assertRefused("manifest/package.xml:2:", "a DOCTYPE declaration is not allowed");
        assertThat(requests).hasValue(0);
    }

    @Test
    void xincludeIsNotProcessedSoTheIncludedFileIsNeverRead() {
        manifest("<?xml version=\"1.0\"?>\n<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\""
                + " xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
                + "  <xi:include href=\"" + outside.resolve("secret.xml").toUri() + "\" parse=\"xml\"/>\n"
                + "  <xi:include href=\"" + url() + "\"/>\n"
                + "  <types><members>Hello</members><name>ApexClass</name></types>\n</Package>\n");
        CheckResult result = assertChecked();
        assertThat(members(result)).containsExactly("ApexClass Hello");
        assertThat(requests).hasValue(0);
    }

    @Test
    void aSchemaLocationInARuleFileIsNeverFetched() {
        Path rules = Files2.write(
                project,
                "rules/ours.xml",
                "<?xml version=\"1.0\"?>\n"
                        + "<rules xmlns=\"https://sfperm.github.io/schema/rules/1\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"https://sfperm.github.io/schema/rules/1 " + url() + "\">\n"
                        + "  <rule id=\"ours\" operation=\"both\" confidence=\"inferred\"><type>ApexClass</type>"
                        + "<requires>ViewSetup</requires></rule>\n</rules>\n");
        Outcome outcome = check(b -> b.ruleFiles(List.of(rules)));
        assertSafe(outcome);
        assertThat(outcome.error()).isNull();
        assertThat(requests).hasValue(0);
    }

    @Test
    void aDoctypeInARuleFileOrAnAllowlistFileIsRefused() {
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE rules [<!ENTITY x SYSTEM \""
                + outside.resolve("secret.txt").toUri() + "\">]>\n";
        Path rules = Files2.write(
                project,
                "rules/ours.xml",
                doctype + "<rules xmlns=\"https://sfperm.github.io/schema/rules/1\">" + "&x;</rules>\n");
        assertRefused(check(b -> b.ruleFiles(List.of(rules))), "rules/ours.xml:2:", "DOCTYPE");
        Path allowlist = Files2.write(
                project,
                "allowlist.xml",
                doctype + "<allowlist xmlns=\"https://sfperm.github.io/schema/allowlist/1\">&x;</allowlist>\n");
        assertRefused(check(b -> b.allowlistFile(Optional.of(allowlist))), "allowlist.xml:2:", "DOCTYPE");
    }

    // ------------------------------------------------------------------------------------------------ XML: broken

    @Test
    void malformedXmlNamesFileLineAndColumn() {
        manifest("<?xml version=\"1.0\"?>\n<Package>\n  <types>\n    <members>Hello</members>\n</Package>\n");
        assertRefused("manifest/package.xml:5:", "must be terminated by the matching end-tag \"</types>\"");
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarly() {
        String whole = Files2.packageXml("ApexClass:Hello,World");
        manifest(whole.substring(0, whole.length() / 2));
        assertRefused("manifest/package.xml:", "ends before its root element is closed");
    }

    @Test
    void aWrongRootElementIsNamed() {
        manifest(
                "<?xml version=\"1.0\"?>\n<Packages><types><members>Hello</members><name>ApexClass</name></types></Packages>\n");
        assertRefused("manifest/package.xml:2", "a manifest's root element is <Package>");
    }

    @Test
    void aWrongOrMissingNamespaceIsReadAsSalesforceToolingDoes() {
        manifest("<?xml version=\"1.0\"?>\n<Package xmlns=\"urn:not-salesforce\"><types><members>Hello</members>"
                + "<name>ApexClass</name></types></Package>\n");
        assertThat(members(assertChecked())).containsExactly("ApexClass Hello");
        manifest("<?xml version=\"1.0\"?>\n<Package><types><members>Hello</members><name>ApexClass</name></types>"
                + "</Package>\n");
        assertThat(members(assertChecked())).containsExactly("ApexClass Hello");
    }

    @Test
    void unknownElementsAreIgnored() {
        manifest("<?xml version=\"1.0\"?>\n<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                + "  <fullName>x</fullName><surprise a=\"b\"><deep>1</deep></surprise>\n"
                + "  <types><members>Hello</members><name>ApexClass</name><colour>red</colour></types>\n"
                + "  <version>62.0</version>\n</Package>\n");
        assertThat(members(assertChecked())).containsExactly("ApexClass Hello");
        Files2.write(
                project,
                DEPLOYER,
                Files2.permissionSet("ApiEnabled", "ModifyMetadata", "CustomizeApplication", "ViewSetup", "ViewRoles")
                        .replace("<label>", "<unexpected><userPermissions/></unexpected><label>"));
        assertThat(members(assertChecked())).containsExactly("ApexClass Hello");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        byte[] body = Files2.packageXml("ApexClass:Hello").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(project.resolve("manifest/package.xml"), withBom);
        assertThat(members(assertChecked())).containsExactly("ApexClass Hello");
    }

    @Test
    void utf16IsAccepted() throws IOException {
        Files.write(
                project.resolve("manifest/package.xml"),
                Files2.packageXml("ApexClass:Hello").replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16));
        assertThat(members(assertChecked())).containsExactly("ApexClass Hello");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
        byte[] latin1 = Files2.packageXml("ApexClass:Hélène").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(project.resolve("manifest/package.xml"), latin1);
        assertRefused("manifest/package.xml:4:", "the file is not valid UTF-8");
    }

    @Test
    void aCommentBeforeTheXmlDeclarationIsRefusedAsSalesforceDoes() {
        manifest("<!-- generated -->\n" + Files2.packageXml("ApexClass:Hello"));
        assertRefused("manifest/package.xml:2:", "the XML declaration <?xml ...?> must be the very first thing");
    }

    @Test
    void anEmptyFileIsNamed() {
        manifest("");
        assertRefused("manifest/package.xml:1:", "the file is empty");
    }

    @Test
    void elementsNestedTooDeeplyAreRefused() {
        manifest("<?xml version=\"1.0\"?>\n<Package>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</Package>\n");
        assertRefused("manifest/package.xml:2:", "nested deeper than");
    }

    @Test
    void aFiftyMegabyteManifestIsRefusedBeforeItIsParsed() throws IOException {
        Path file = project.resolve("manifest/package.xml");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Package><types>\n");
            for (long written = 0; written < 50L * 1024 * 1024; written += 40) {
                out.write("<members>Class_00000000000000</members>\n");
            }
            out.write("<name>ApexClass</name></types></Package>\n");
        }
        assertRefused("manifest/package.xml: ", "larger than");
    }

    @Test
    void aHundredThousandMembersOfOneTypeAreAllChecked() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<Package><types>\n");
        for (int i = 0; i < 100_000; i++) {
            xml.append("<members>Class").append(i).append("</members>\n");
        }
        manifest(xml.append("<name>ApexClass</name></types></Package>\n").toString());
        Files2.write(project, DEPLOYER, Files2.permissionSet("ApiEnabled", "AuthorApex", "ViewSetup", "ViewRoles"));
        CheckResult result = assertChecked();
        assertThat(result.plan().components()).hasSize(100_000);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void tenThousandGapsAreAllReportedInEveryFormat() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<Package><types>\n");
        for (int i = 0; i < 10_000; i++) {
            xml.append("<members>Class").append(i).append("</members>\n");
        }
        manifest(xml.append("<name>ApexClass</name></types></Package>\n").toString());
        Outcome outcome = check(b -> b);
        assertSafe(outcome);
        assertThat(outcome.result().findings())
                .filteredOn(f -> f.kind() == Kind.MISSING_PERMISSION)
                .hasSize(10_000);
        assertThat(outcome.reports()).hasSize(Format.values().length);
    }

    // ------------------------------------------------------------------------------------------------ odd members

    @Test
    void memberNamesThatLookLikePathsAreNamesAndNeverOpened() {
        Files2.write(
                project,
                "manifest/package.xml",
                Files2.packageXml(
                        "ApexClass:../../outside/classes/Hidden,/etc/passwd",
                        "PermissionSet:../../outside/Hidden,../outside/Hidden,/etc/passwd"));
        CheckResult result = assertChecked();
        assertThat(members(result)).contains("ApexClass /etc/passwd", "PermissionSet ../../outside/Hidden");
        assertThat(result.findings()).noneMatch(f -> f.kind().name().startsWith("PAYLOAD"));
    }

    @Test
    void controlCharactersInAMemberNeverBreakALine() {
        manifest("<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n<Package><types>"
                + "<members>Evil&#x1b;[31mRed&#x7;&#x85;Next\u2028Line\u202eReversed&#x0;</members>"
                + "<name>ApexClass</name></types></Package>\n");
        Outcome outcome = check(b -> b);
        assertSafe(outcome);
        if (outcome.error() == null) {
            assertThat(outcome.console()).anyMatch(line -> line.contains("Evil\\u001b[31mRed\\u0007"));
        }
    }

    @Test
    void aNewLineInAMemberCannotForgeALogLineOrAnAnnotation() {
        manifest("<?xml version=\"1.0\"?>\n<Package><types><members>A&#13;&#10;::error::forged&#10;[INFO] all good"
                + "</members><name>ApexClass</name></types></Package>\n");
        Outcome outcome = check(b -> b);
        assertSafe(outcome);
        assertThat(outcome.console())
                .noneMatch(line -> line.startsWith("::error::forged") || line.startsWith("[INFO]"));
    }

    @Test
    void aVeryLongMemberOrTypeNameKeepsEveryLineBounded() {
        String longName = "A".repeat(1_000_000);
        Files2.write(project, "manifest/package.xml", Files2.packageXml("ApexClass:" + longName, longName + ":X"));
        Outcome outcome = check(b -> b);
        assertSafe(outcome);
        assertThat(outcome.error()).isNull();
        assertThat(outcome.console()).anyMatch(line -> line.contains("characters omitted"));
    }

    @Test
    void aWildcardInADestructiveManifestIsAnError() {
        Files2.write(project, "manifest/destructiveChanges.xml", Files2.packageXml("ApexClass:*"));
        assertRefused("manifest/destructiveChanges.xml:4: ", "a wildcard (*) is not allowed in a destructive manifest");
    }

    @Test
    void duplicateMembersAndTypesAreCheckedOnceAtTheirFirstLine() {
        manifest("<?xml version=\"1.0\"?>\n<Package>\n<types><members>Hello</members><members>Hello</members>"
                + "<name>ApexClass</name></types>\n<types><members>Hello</members><members>World</members>"
                + "<name>ApexClass</name></types>\n</Package>\n");
        CheckResult result = assertChecked();
        assertThat(members(result)).containsExactly("ApexClass Hello", "ApexClass World");
        assertThat(result.plan().components().get(0).origin().line()).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------------------------ source tree

    @Test
    void aSymbolicLinkLoopInTheSourceTreeEndsAndIsReported() throws IOException {
        noManifest();
        link(project.resolve(CLASSES + "loop"), project.resolve("force-app"));
        CheckResult result = assertChecked();
        assertThat(members(result)).contains("ApexClass Hello");
        assertThat(result.findings())
                .anyMatch(f -> f.kind() == Kind.UNCLAIMED_FILE && f.message().contains("loop"));
    }

    @Test
    void symbolicLinksThatFanOutAreReadInLinearTime() throws IOException {
        // two links to the next level at each of 40 levels: 2^40 paths if every link were followed
        noManifest();
        for (int i = 0; i < 40; i++) {
            Files.createDirectories(project.resolve("force-app/fan/d" + (i + 1)));
            link(project.resolve("force-app/fan/d" + i + "/x"), Path.of("../d" + (i + 1)));
            link(project.resolve("force-app/fan/d" + i + "/y"), Path.of("../d" + (i + 1)));
        }
        Files2.write(project, "force-app/fan/d40/classes/Deep.cls", "");
        Files2.write(project, "force-app/fan/d40/classes/Deep.cls-meta.xml", "<ApexClass/>");
        CheckResult result = assertChecked();
        assertThat(members(result)).contains("ApexClass Deep", "ApexClass Hello");
    }

    @Test
    void aVeryDeepDirectoryTreeIsRead() throws IOException {
        noManifest();
        Path deep = project.resolve("force-app/main/default/classes" + "/d".repeat(500));
        try {
            Files.createDirectories(deep);
        } catch (IOException e) {
            assumeTrue(false, "the file system does not take such paths: " + e.getMessage());
        }
        Files2.write(deep, "Deep.cls", "");
        Files2.write(deep, "Deep.cls-meta.xml", "<ApexClass/>");
        assertThat(members(assertChecked())).contains("ApexClass Deep");
    }

    @Test
    void aSymbolicLinkOutOfTheProjectIsNeitherFollowedNorShown() throws IOException {
        noManifest();
        link(project.resolve(CLASSES + "Linked.cls-meta.xml"), outside.resolve("classes/Hidden.cls-meta.xml"));
        link(project.resolve(CLASSES + "Linked.cls"), outside.resolve("classes/Hidden.cls"));
        link(project.resolve("force-app/main/more"), outside.resolve("classes"));
        CheckResult result = assertChecked();
        assertThat(members(result)).containsExactly("ApexClass Hello", "PermissionSet CI_Deployer");
        assertThat(result.findings())
                .filteredOn(f -> f.kind() == Kind.UNCLAIMED_FILE)
                .hasSize(3)
                .allMatch(f -> f.message().contains("outside the project: not followed"));
    }

    @Test
    void aPackageDirectoryLinkedOutOfTheProjectIsRefused() throws IOException {
        noManifest();
        Files2.write(project, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"linked\"}]}");
        link(project.resolve("linked"), outside.resolve("classes"));
        assertRefused("sfdx-project.json: ", "outside the project");
    }

    @Test
    void aMetadataApiTypeFolderLinkedOutOfTheProjectIsNotFollowed() throws IOException {
        noManifest();
        Files.delete(project.resolve("sfdx-project.json"));
        Files2.write(project, "src/package.xml", Files2.packageXml("ApexClass:*"));
        link(project.resolve("src/classes"), outside.resolve("classes"));
        CheckResult result = assertChecked();
        assertThat(members(result)).isEmpty();
        assertThat(result.findings()).anyMatch(f -> f.kind() == Kind.EMPTY_WILDCARD);
    }

    @Test
    void aManifestLinkedOutOfTheProjectIsRefused() throws IOException {
        Files.delete(project.resolve("manifest/package.xml"));
        link(project.resolve("manifest/package.xml"), outside.resolve("secret.xml"));
        assertRefused("manifest/package.xml: ", "symbolic link");
    }

    @Test
    void aDestructiveManifestLinkedOutOfTheProjectIsRefused() throws IOException {
        link(project.resolve("manifest/destructiveChanges.xml"), outside.resolve("secret.xml"));
        assertRefused("manifest/destructiveChanges.xml: ", "symbolic link");
    }

    @Test
    void projectFilesLinkedOutOfTheProjectAreRefused() throws IOException {
        noManifest();
        Files.delete(project.resolve("sfdx-project.json"));
        link(project.resolve("sfdx-project.json"), outside.resolve("sfdx-project.json"));
        assertRefused("sfdx-project.json: ", "symbolic link");
        Files.delete(project.resolve("sfdx-project.json"));
        Files2.write(project, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        link(project.resolve(".forceignore"), outside.resolve("forceignore"));
        assertRefused(".forceignore: ", "symbolic link");
    }

    @Test
    void aDeployerFileLinkedOutOfTheProjectIsRefused() throws IOException {
        Files.delete(project.resolve(DEPLOYER));
        link(project.resolve(DEPLOYER), outside.resolve("Hidden.permissionset-meta.xml"));
        assertRefused(DEPLOYER + ": ", "symbolic link");
    }

    @Test
    void aPermissionSetGroupMemberNamedLikeAPathIsNotFoundAndNeverOpened() {
        Path group = Files2.write(
                project,
                "force-app/main/default/permissionsetgroups/G.permissionsetgroup-meta.xml",
                "<?xml version=\"1.0\"?>\n<PermissionSetGroup xmlns=\"http://soap.sforce.com/2006/04/metadata\">"
                        + "<label>G</label><permissionSets>../../../../outside/Hidden</permissionSets>"
                        + "</PermissionSetGroup>\n");
        Outcome outcome = check(b ->
                b.deployer(new DeployerSpec(List.of(), List.of(group), Optional.empty(), List.of(), Optional.empty())));
        assertSafe(outcome);
        assertThat(outcome.error()).isNotNull();
        assertThat(outcome.error().describe(project)).contains("was found under");
    }

    @Test
    void hostileFileNamesInTheSourceTreeStayOnOneLine() throws IOException {
        noManifest();
        try {
            Files2.write(project, CLASSES + "Evil\n::error::forged\u001b.cls", "");
            Files2.write(project, CLASSES + "Evil\n::error::forged\u001b.cls-meta.xml", "<ApexClass/>");
            Files2.write(project, CLASSES + "Odd\r[INFO] BUILD SUCCESS.txt", "");
        } catch (java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            assumeTrue(false, "the file system does not take such names: " + e.getMessage());
        }
        Outcome outcome = check(b -> b);
        assertSafe(outcome);
        assertThat(outcome.error()).isNull();
    }

    @Test
    void theManifestGoalNeverWritesAManifestThatDoesNotParse() throws IOException {
        noManifest();
        try {
            Files2.write(project, CLASSES + "Bell\u0007.cls", "");
            Files2.write(project, CLASSES + "Bell\u0007.cls-meta.xml", "<ApexClass/>");
        } catch (java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            assumeTrue(false, "the file system does not take such names: " + e.getMessage());
        }
        Path out = project.resolve("target/sfperm/package.xml");
        String before = TreeHash.of(project);
        InputException error = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                ManifestWriter.write(SourceTreeReader.read(project), "62.0", out);
                return null;
            } catch (InputException e) {
                return e;
            }
        });
        assertThat(TreeHash.of(project)).isEqualTo(before);
        assertThat(error)
                .as("a clear error rather than a manifest that does not parse")
                .isNotNull();
        assertThat(out).doesNotExist();
        assertThat(error.describe(project))
                .isEqualTo(
                        "target/sfperm/package.xml: cannot list ApexClass Bell\\u0007:"
                                + " its name holds U+0007, which no manifest can carry (XML 1.0); rename the file in the source tree");
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path manifest = project.resolve("manifest/package.xml");
        try {
            Files.setPosixFilePermissions(manifest, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(manifest), "running as root: chmod 000 does not deny reading");
        assertRefused("manifest/package.xml: ", "permission denied");
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsNamed() throws IOException {
        Files.createDirectories(project.resolve("manifest/odd.xml"));
        assertRefused(
                check(b -> b.manifest(Optional.of(project.resolve("manifest/odd.xml")))),
                "manifest/odd.xml: ",
                "directory");
        Path psDirectory = Files.createDirectories(project.resolve("ci/Deployer.permissionset-meta.xml"));
        assertRefused(
                check(b -> b.deployer(DeployerSpec.of(List.of(psDirectory)))),
                "ci/Deployer.permissionset-meta.xml: ",
                "directory");
    }

    @Test
    void aDirectoryNamedLikeAMetadataFileInTheSourceTreeIsNoCrash() throws IOException {
        noManifest();
        Files.createDirectories(project.resolve(CLASSES + "Odd.cls-meta.xml"));
        Files.createDirectories(project.resolve("force-app/main/default/objects/Account/Account.object-meta.xml"));
        assertSafe(check(b -> b));
    }

    @Test
    void aMissingPackageDirectoryIsNamed() {
        noManifest();
        Files2.write(project, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"nowhere\"}]}");
        assertRefused("sfdx-project.json: ", "\"nowhere\" does not exist");
    }

    @Test
    void invalidJsonInSfdxProjectNamesLineAndColumn() {
        noManifest();
        Files2.write(
                project,
                "sfdx-project.json",
                "{\n  \"packageDirectories\": [\n    {\"path\": \"force-app\",}\n  ]\n}\n");
        assertRefused("sfdx-project.json:3:", "is not valid JSON");
    }

    @Test
    void sfdxProjectWithAByteOrderMarkIsRead() throws IOException {
        noManifest();
        byte[] json = "\uFEFF{\"packageDirectories\": [{\"path\": \"force-app\"}]}".getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("sfdx-project.json"), json);
        assertThat(members(assertChecked())).contains("ApexClass Hello");
    }

    @Test
    void sfdxProjectThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        noManifest();
        Files.write(
                project.resolve("sfdx-project.json"),
                "{\n\"packageDirectories\": [{\"path\": \"force-app\"}],\n\"name\": \"Hélène\"}"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("sfdx-project.json:3:", "UTF-8");
    }

    @Test
    void deeplyNestedOrHugeJsonIsRefused() {
        noManifest();
        Files2.write(project, "sfdx-project.json", "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertRefused("sfdx-project.json: ", "is not valid JSON: Document nesting depth");
        Files2.write(
                project,
                "sfdx-project.json",
                "{\"packageDirectories\": [{\"path\": \"force-app\"}], \"x\": 1" + "0".repeat(100_000) + "}");
        assertRefused("sfdx-project.json: ", "is not valid JSON: Number value length");
    }

    @Test
    void packageDirectoriesOutsideTheProjectAreRefused() {
        noManifest();
        Files2.write(project, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"../outside\"}]}");
        assertRefused("sfdx-project.json: ", "points outside the project");
        Files2.write(project, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"/etc\"}]}");
        assertRefused("sfdx-project.json: ", "points outside the project");
        Files2.write(project, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force\\u0000app\"}]}");
        assertRefused("sfdx-project.json: ", "is not a valid path");
    }

    @Test
    void aForceIgnorePatternJavaScriptRefusesIgnoresNothingAsForTheSalesforceCli() {
        noManifest();
        // node-ignore throws on [~-!], and SDR then ignores no file: sfperm reads the file the same way, no error
        Files2.write(project, ".forceignore", "# ours\n**/jsconfig.json\nclasses/[~-!]\nclasses/[z-a\n");
        assertChecked();
    }

    @Test
    void aForceIgnorePatternThatWouldTakeHoursToMatchIsMatchedInLinearTime() throws IOException {
        noManifest();
        Files2.write(project, ".forceignore", "**/jsconfig.json\n" + "*a".repeat(20) + "*b\n");
        Files2.write(project, CLASSES + "a".repeat(200) + ".cls", "");
        Files2.write(
                project,
                CLASSES + "a".repeat(200) + ".cls-meta.xml",
                "<ApexClass xmlns=\"http://soap.sforce.com/2006/04/metadata\"><apiVersion>62.0</apiVersion></ApexClass>");
        assertThat(assertChecked().findings())
                .anyMatch(f -> f.component() != null && f.component().member().equals("a".repeat(200)));
    }

    @Test
    void anAllowlistPatternThatWouldTakeHoursToMatchIsMatchedInLinearTime() {
        Files2.write(project, "manifest/package.xml", Files2.packageXml("ApexClass:" + "a".repeat(5_000)));
        Path allowlist = Files2.write(
                project,
                "allowlist.xml",
                "<?xml version=\"1.0\"?>\n"
                        + "<allowlist xmlns=\"https://sfperm.github.io/schema/allowlist/1\"><entry><member>"
                        + "*a".repeat(40)
                        + "*b</member><reason>a pattern from the pull request</reason></entry></allowlist>\n");
        Outcome outcome = check(b -> b.allowlistFile(Optional.of(allowlist)));
        assertSafe(outcome);
        assertThat(outcome.result().suppressed()).isEmpty();
        assertThat(outcome.result().findings()).anyMatch(f -> f.kind() == Kind.ALLOWLIST_UNUSED);
    }

    @Test
    void aForceIgnoreOfBinaryGarbageIsNoCrash() throws IOException {
        noManifest();
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(project.resolve(".forceignore"), garbage);
        assertSafe(check(b -> b));
    }

    // ------------------------------------------------------------------------------------------------ harness

    private CheckResult assertChecked() {
        Outcome outcome = check(b -> b);
        assertSafe(outcome);
        if (outcome.error() != null) {
            fail("expected a result, got: " + outcome.error().describe(project));
        }
        return outcome.result();
    }

    private void assertRefused(String location, String problem) {
        assertRefused(check(b -> b), location, problem);
    }

    private void assertRefused(Outcome outcome, String location, String problem) {
        assertSafe(outcome);
        assertThat(outcome.error()).as("an InputException").isNotNull();
        String message = outcome.error().describe(project);
        assertThat(message).startsWith(location).contains(problem);
    }

    private Outcome check(UnaryOperator<CheckRequest.Builder> options) {
        String projectBefore = TreeHash.of(project);
        String outsideBefore = TreeHash.of(outside);
        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> run(options));
        assertThat(TreeHash.of(project)).as("nothing written outside target/").isEqualTo(projectBefore);
        assertThat(TreeHash.of(outside))
                .as("nothing written outside the project")
                .isEqualTo(outsideBefore);
        return outcome;
    }

    private Outcome run(UnaryOperator<CheckRequest.Builder> options) throws IOException {
        CheckRequest request = options.apply(CheckRequest.builder(project)
                        .deployer(DeployerSpec.of(List.of(project.resolve(DEPLOYER))))
                        .today(LocalDate.of(2026, 11, 28)))
                .build();
        CheckResult result;
        try {
            result = new CheckEngine().check(request);
        } catch (InputException e) {
            return new Outcome(null, e, List.of(e.describe(project)), List.of());
        }
        List<String> console = new ArrayList<>(ConsoleReport.lines(result, project).stream()
                .map(ConsoleLine::text)
                .toList());
        ReportContext context = ReportContext.of(project, "0.0.0-test", "hostile");
        console.addAll(GithubAnnotations.lines(result, context));
        Path out = project.resolve("target/sfperm");
        List<String> reports = new ArrayList<>();
        for (Path file : Reports.write(result, context, out, EnumSet.allOf(Format.class))) {
            reports.add(file.getFileName() + "\n" + Files.readString(file));
        }
        return new Outcome(result, null, console, reports);
    }

    /** Whatever the outcome: no secret, no absolute path outside the project, every line one printable line. */
    private void assertSafe(Outcome outcome) {
        for (String line : outcome.console()) {
            assertThat(line).doesNotContainIgnoringCase(SECRET).doesNotContain(outside.toString());
            assertThat(line.length()).as("a bounded line").isLessThanOrEqualTo(Printable.MAX_LENGTH);
            assertThat(line.codePoints())
                    .as("printable: " + Printable.oneLine(line))
                    .noneMatch(Printable::isUnsafe);
        }
        ObjectMapper json = new ObjectMapper();
        for (String report : outcome.reports()) {
            String name = report.substring(0, report.indexOf('\n'));
            assertThat(report).as(name).doesNotContainIgnoringCase(SECRET).doesNotContain(outside.toString());
            if (name.endsWith(".json") || name.endsWith(".sarif")) {
                assertThat(report.substring(name.length() + 1)).satisfies(text -> json.readTree(text));
            } else {
                for (String line : report.split("\n")) {
                    assertThat(line.length())
                            .as(name + ": a bounded line")
                            .isLessThanOrEqualTo(4 * Printable.MAX_LENGTH);
                    assertThat(line.codePoints()).as(name + ": printable").noneMatch(c -> c < 0x20 && c != '\t');
                }
            }
        }
        if (outcome.error() != null) {
            assertThat(outcome.error().file())
                    .as("the exception names a file: " + outcome.error().describe(project))
                    .isPresent();
            assertThat(outcome.error().describe(project))
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    private static List<String> members(CheckResult result) {
        return result.plan().components().stream()
                .map(c -> c.type() + " " + c.member())
                .toList();
    }

    private void manifest(String xml) {
        Files2.write(project, "manifest/package.xml", xml);
    }

    private void noManifest() {
        try {
            Files.deleteIfExists(project.resolve("manifest/package.xml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hidden";
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e.getMessage());
        }
    }

    private record Outcome(CheckResult result, InputException error, List<String> console, List<String> reports) {}
}
