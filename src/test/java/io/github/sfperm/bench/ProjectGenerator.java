package io.github.sfperm.bench;

import io.github.sfperm.source.ManifestWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a synthetic Salesforce DX project of a given number of components, with the type mix of real projects
 * ({@code shared/corpus/README.md}: custom fields and labels dominate, then Apex classes, object translations, custom
 * metadata, layouts, objects, LWC bundles, list views, ...) and their real file layouts: decomposed objects with
 * {@code fields/*.field-meta.xml}, one {@code CustomLabels.labels-meta.xml} holding every label, Apex with its
 * {@code -meta.xml}, LWC bundles (with force-ignored {@code __tests__}), reports and email templates in folders,
 * sharing rules with a rule inside, translations with their field translations, profiles and permission sets with
 * content. Beside it: {@code sfdx-project.json}, {@code .forceignore}, {@code manifest/package.xml} listing every
 * component, a {@code destructiveChanges.xml}, and two deployer permission sets in {@code ci/}: one that holds every
 * permission the project needs ({@link #FULL_DEPLOYER}: the check passes) and one without {@code AuthorApex} and
 * {@code ManageInteraction} ({@link #GAPS_DEPLOYER}: every Apex class, trigger and flow is a gap).
 *
 * <p>The same size always gives the same project, byte for byte. {@link Project#expected()} is what Salesforce's
 * tooling would list in {@code package.xml} for the source tree; the smoke test holds sfperm's inference to it.
 */
public final class ProjectGenerator {

    /** Bumped whenever the generated files change, so that cached projects are written again. */
    static final String VERSION = "2";

    static final String API_VERSION = "62.0";
    static final String FULL_DEPLOYER = "ci/CI_Deployer.permissionset-meta.xml";
    static final String GAPS_DEPLOYER = "ci/CI_Deployer_Gaps.permissionset-meta.xml";

    /** What the full deployer holds: everything the generated project needs, and nothing else. */
    static final List<String> FULL_PERMISSIONS = List.of(
            "ApiEnabled",
            "AuthorApex",
            "CreateCustomizeReports",
            "CustomizeApplication",
            "EditPublicFilters",
            "EditPublicTemplates",
            "ManageCustomPermissions",
            "ManageInteraction",
            "ManageProfilesPermissionsets",
            "ManageReportsInPubFolders",
            "ManageSharing",
            "ManageTranslation",
            "ModifyMetadata",
            "ViewRoles",
            "ViewSetup");

    /** The gaps deployer: the full one without Apex and flows. */
    static final List<String> GAPS_PERMISSIONS = FULL_PERMISSIONS.stream()
            .filter(p -> !p.equals("AuthorApex") && !p.equals("ManageInteraction"))
            .toList();

    private static final String NS = "http://soap.sforce.com/2006/04/metadata";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String[] STANDARD_OBJECTS = {
        "Account",
        "Contact",
        "Opportunity",
        "Case",
        "Lead",
        "Campaign",
        "Task",
        "Event",
        "Contract",
        "Order",
        "Product2",
        "Asset"
    };
    private static final String[] LANGUAGES = {"es", "fr", "de", "ja", "it", "pt_BR", "nl_NL", "zh_CN"};

    /**
     * The type mix: components per 15,584 of the twenty real projects of the corpus README (CustomFieldTranslation,
     * which is never in {@code package.xml}, left out; the long tail of 112 rarer types folded into the last nine
     * rows). CustomField takes whatever the rounding of the others leaves.
     */
    static final Map<String, Integer> MIX = mix();

    private static Map<String, Integer> mix() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("CustomField", 4554);
        mix.put("CustomLabel", 2561);
        mix.put("ApexClass", 1984);
        mix.put("CustomObjectTranslation", 932);
        mix.put("CustomMetadata", 557);
        mix.put("Layout", 509);
        mix.put("CustomObject", 470);
        mix.put("LightningComponentBundle", 423);
        mix.put("ListView", 289);
        mix.put("Settings", 268);
        mix.put("SharingRules", 265); // half files, half the criteria rule inside each
        mix.put("ApexPage", 199);
        mix.put("Report", 174); // folders and reports
        mix.put("FlexiPage", 168);
        mix.put("CustomTab", 155);
        mix.put("QuickAction", 155);
        mix.put("Flow", 132);
        mix.put("StandardValueSet", 116);
        mix.put("EmailTemplate", 105); // folders and templates
        mix.put("Profile", 102);
        mix.put("AuraDefinitionBundle", 101);
        mix.put("ApexTrigger", 90);
        mix.put("PermissionSet", 64);
        mix.put("ValidationRule", 300);
        mix.put("RecordType", 250);
        mix.put("WebLink", 150);
        mix.put("CompactLayout", 120);
        mix.put("CustomPermission", 120);
        mix.put("StaticResource", 100);
        mix.put("ApexComponent", 60);
        mix.put("CustomApplication", 50);
        mix.put("GlobalValueSet", 61);
        return mix;
    }

    /** A generated project: its directory, what it deploys, its file count. */
    public record Project(Path dir, Map<String, Set<String>> expected, int deletions, long files) {

        /** Components in {@code package.xml}. */
        public int deployed() {
            return expected.values().stream().mapToInt(Set::size).sum();
        }

        /** Components of the deployment: deployed and deleted. */
        public int components() {
            return deployed() + deletions;
        }

        public Path fullDeployer() {
            return dir.resolve(FULL_DEPLOYER);
        }

        public Path gapsDeployer() {
            return dir.resolve(GAPS_DEPLOYER);
        }
    }

    private final Path dir;
    private final Path pkg;
    private final Map<String, Set<String>> expected = new TreeMap<>();
    private final Set<Path> createdDirectories = new HashSet<>();
    private long files;

    private ProjectGenerator(Path dir) {
        this.dir = dir;
        this.pkg = dir.resolve("force-app/main/default");
    }

    /**
     * Writes a project of {@code size} components (deployments and deletions) into {@code dir}, unless {@code dir}
     * already holds the project of this size and generator version.
     */
    public static Project generate(Path dir, int size) {
        Path stamp = dir.resolve(".generated");
        String want = VERSION + " " + size;
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).startsWith(want + "\n")) {
                return read(dir, Files.readString(stamp));
            }
            if (Files.exists(dir)) {
                deleteRecursively(dir);
            }
            ProjectGenerator generator = new ProjectGenerator(dir);
            Project project = generator.write(size);
            Files.writeString(
                    stamp,
                    want + "\n" + project.deletions() + " " + project.files() + "\n" + members(project.expected()));
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String members(Map<String, Set<String>> expected) {
        StringBuilder text = new StringBuilder();
        expected.forEach((type, members) ->
                members.forEach(m -> text.append(type).append('\t').append(m).append('\n')));
        return text.toString();
    }

    private static Project read(Path dir, String stamp) {
        String[] lines = stamp.split("\n");
        String[] counts = lines[1].split(" ");
        Map<String, Set<String>> expected = new TreeMap<>();
        for (int i = 2; i < lines.length; i++) {
            String[] parts = lines[i].split("\t", 2);
            expected.computeIfAbsent(parts[0], t -> new TreeSet<>()).add(parts[1]);
        }
        return new Project(dir, expected, Integer.parseInt(counts[0]), Long.parseLong(counts[1]));
    }

    /** How many of {@code type} a project of {@code size} has. */
    static int count(String type, int size) {
        int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
        return Math.max(1, (int) Math.round((double) size * MIX.get(type) / total));
    }

    private Project write(int size) throws IOException {
        write(
                dir.resolve("sfdx-project.json"),
                "{\n  \"packageDirectories\": [\n    {\n      \"path\": \"force-app\",\n"
                        + "      \"default\": true\n    }\n  ],\n  \"name\": \"bench\",\n  \"namespace\": \"\",\n"
                        + "  \"sourceApiVersion\": \"" + API_VERSION + "\"\n}\n");
        write(
                dir.resolve(".forceignore"),
                "# .forceignore v2\npackage.xml\n**/jsconfig.json\n**/.eslintrc.json\n"
                        + "**/__tests__/**\n**/tsconfig.json\n**/*.ts\n");
        int deletions = Math.max(2, size / 500);

        List<String> objects = objects(count("CustomObject", size));
        apex(count("ApexClass", size), count("ApexTrigger", size), objects);
        translations(count("CustomObjectTranslation", size), objects);
        customMetadata(count("CustomMetadata", size));
        layouts(count("Layout", size), objects);
        lwc(count("LightningComponentBundle", size));
        aura(count("AuraDefinitionBundle", size));
        simple(
                "settings",
                "settings",
                "Settings",
                "Setting",
                count("Settings", size),
                n -> "    <enableFeature>true</enableFeature>\n");
        sharingRules(count("SharingRules", size), objects);
        pages(count("ApexPage", size), count("ApexComponent", size));
        folders("reports", "report", "reportFolder", "Report", "ReportFolder", count("Report", size), false);
        folders("email", "email", "emailFolder", "EmailTemplate", "EmailFolder", count("EmailTemplate", size), true);
        simple(
                "flexipages",
                "flexipage",
                "FlexiPage",
                "Record_Page_",
                count("FlexiPage", size),
                n -> "    <masterLabel>Record Page " + n + "</masterLabel>\n    <type>RecordPage</type>\n");
        tabs(count("CustomTab", size), objects);
        quickActions(count("QuickAction", size), objects);
        flows(count("Flow", size));
        simple(
                "standardValueSets",
                "standardValueSet",
                "StandardValueSet",
                "ValueSet",
                count("StandardValueSet", size),
                n -> "    <sorted>false</sorted>\n    <standardValue>\n        <fullName>A</fullName>\n"
                        + "        <default>false</default>\n        <label>A</label>\n    </standardValue>\n");
        simple(
                "globalValueSets",
                "globalValueSet",
                "GlobalValueSet",
                "Global_Set_",
                count("GlobalValueSet", size),
                n -> "    <masterLabel>Global Set " + n + "</masterLabel>\n    <sorted>false</sorted>\n");
        simple(
                "customPermissions",
                "customPermission",
                "CustomPermission",
                "Can_Do_",
                count("CustomPermission", size),
                n -> "    <isLicensed>false</isLicensed>\n    <label>Can Do " + n + "</label>\n");
        simple(
                "applications",
                "app",
                "CustomApplication",
                "App_",
                count("CustomApplication", size),
                n -> "    <formFactors>Large</formFactors>\n    <label>App " + n + "</label>\n"
                        + "    <navType>Standard</navType>\n");
        staticResources(count("StaticResource", size));
        profiles(count("Profile", size), objects);
        permissionSets(count("PermissionSet", size), objects);
        deployers();
        // children of objects last: fields take what the rest leaves, so that the total is the size asked for
        objectChildren(
                "listViews",
                "listView",
                "ListView",
                "View_",
                count("ListView", size),
                objects,
                (o, n) -> "    <filterScope>Everything</filterScope>\n    <label>View " + n + "</label>\n");
        objectChildren(
                "validationRules",
                "validationRule",
                "ValidationRule",
                "Rule_",
                count("ValidationRule", size),
                objects,
                (o, n) -> "    <active>true</active>\n    <errorConditionFormula>false</errorConditionFormula>\n"
                        + "    <errorMessage>Rule " + n + "</errorMessage>\n");
        objectChildren(
                "recordTypes",
                "recordType",
                "RecordType",
                "Type_",
                count("RecordType", size),
                objects,
                (o, n) -> "    <active>true</active>\n    <label>Type " + n + "</label>\n");
        objectChildren(
                "webLinks",
                "webLink",
                "WebLink",
                "Link_",
                count("WebLink", size),
                objects,
                (o, n) -> "    <availability>online</availability>\n    <displayType>button</displayType>\n"
                        + "    <linkType>url</linkType>\n    <masterLabel>Link " + n + "</masterLabel>\n"
                        + "    <openType>replace</openType>\n    <url>https://example.com/" + n + "</url>\n");
        objectChildren(
                "compactLayouts",
                "compactLayout",
                "CompactLayout",
                "Compact_",
                count("CompactLayout", size),
                objects,
                (o, n) -> "    <fields>Name</fields>\n    <label>Compact " + n + "</label>\n");
        labels(count("CustomLabel", size));
        int fields = size - deletions - deployedSoFar();
        if (fields < objects.size()) {
            throw new IllegalArgumentException("a project of " + size + " components is too small for the type mix");
        }
        objectChildren("fields", "field", "CustomField", "Field_", fields, objects, ProjectGenerator::fieldBody);

        Path manifest = dir.resolve("manifest");
        write(manifest.resolve("package.xml"), ManifestWriter.toXml(expected, API_VERSION));
        Map<String, List<String>> deleted = new TreeMap<>();
        for (int i = 0; i < deletions; i++) {
            if (i % 2 == 0) {
                deleted.computeIfAbsent("ApexClass", t -> new ArrayList<>()).add("Retired_Class_" + i);
            } else {
                deleted.computeIfAbsent("CustomField", t -> new ArrayList<>())
                        .add(objects.get(i % objects.size()) + ".Retired_Field_" + i + "__c");
            }
        }
        write(manifest.resolve("destructiveChanges.xml"), ManifestWriter.toXml(deleted, API_VERSION));
        return new Project(dir, expected, deletions, files);
    }

    private int deployedSoFar() {
        return expected.values().stream().mapToInt(Set::size).sum();
    }

    // ------------------------------------------------------------------------------------------------- objects

    /** Custom objects (a few standard ones first, with an object file as well), each a decomposed folder. */
    private List<String> objects(int count) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name =
                    i < STANDARD_OBJECTS.length && i < count / 4 ? STANDARD_OBJECTS[i] : "Object_" + pad(i) + "__c";
            names.add(name);
            boolean custom = name.endsWith("__c");
            write(
                    pkg.resolve("objects/" + name + "/" + name + ".object-meta.xml"),
                    xml(
                            "CustomObject",
                            custom
                                    ? "    <deploymentStatus>Deployed</deploymentStatus>\n    <enableActivities>true</enableActivities>\n"
                                            + "    <enableReports>true</enableReports>\n    <label>" + label(name)
                                            + "</label>\n"
                                            + "    <nameField>\n        <label>Name</label>\n        <type>Text</type>\n"
                                            + "    </nameField>\n    <pluralLabel>" + label(name) + "s</pluralLabel>\n"
                                            + "    <sharingModel>ReadWrite</sharingModel>\n"
                                    : "    <enableFeeds>false</enableFeeds>\n    <searchLayouts/>\n    <sharingModel>ReadWrite</sharingModel>\n"));
            add("CustomObject", name);
        }
        return names;
    }

    @FunctionalInterface
    private interface ChildBody {
        String body(String object, String name);
    }

    /** {@code count} children spread over the objects: {@code objects/<Object>/<directory>/<Name>.<suffix>-meta.xml}. */
    private void objectChildren(
            String directory,
            String suffix,
            String type,
            String prefix,
            int count,
            List<String> objects,
            ChildBody body)
            throws IOException {
        for (int i = 0; i < count; i++) {
            String object = objects.get(i % objects.size());
            String name = prefix + pad(i / objects.size()) + (type.equals("CustomField") ? "__c" : "");
            write(
                    pkg.resolve("objects/" + object + "/" + directory + "/" + name + "." + suffix + "-meta.xml"),
                    xml(type, "    <fullName>" + name + "</fullName>\n" + body.body(object, name)));
            add(type, object + "." + name);
        }
    }

    private static String fieldBody(String object, String name) {
        int kind = Math.abs(name.hashCode()) % 4;
        return switch (kind) {
            case 0 ->
                "    <externalId>false</externalId>\n    <label>" + label(name) + "</label>\n"
                        + "    <length>255</length>\n    <required>false</required>\n    <trackTrending>false</trackTrending>\n"
                        + "    <type>Text</type>\n    <unique>false</unique>\n";
            case 1 ->
                "    <externalId>false</externalId>\n    <label>" + label(name) + "</label>\n"
                        + "    <precision>18</precision>\n    <required>false</required>\n    <scale>2</scale>\n"
                        + "    <trackTrending>false</trackTrending>\n    <type>Number</type>\n    <unique>false</unique>\n";
            case 2 ->
                "    <defaultValue>false</defaultValue>\n    <label>" + label(name) + "</label>\n"
                        + "    <trackTrending>false</trackTrending>\n    <type>Checkbox</type>\n";
            default ->
                "    <label>" + label(name) + "</label>\n    <required>false</required>\n"
                        + "    <trackTrending>false</trackTrending>\n    <type>Picklist</type>\n    <valueSet>\n"
                        + "        <restricted>true</restricted>\n        <valueSetDefinition>\n"
                        + "            <sorted>false</sorted>\n            <value>\n                <fullName>A</fullName>\n"
                        + "                <default>false</default>\n                <label>A</label>\n            </value>\n"
                        + "        </valueSetDefinition>\n    </valueSet>\n";
        };
    }

    /** {@code objectTranslations/<Object>-<lang>/}: the translation and two (never deployed) field translations. */
    private void translations(int count, List<String> objects) throws IOException {
        for (int i = 0; i < count; i++) {
            String object = objects.get(i % objects.size());
            String name = object + "-" + LANGUAGES[(i / objects.size()) % LANGUAGES.length]
                    + (i / objects.size() >= LANGUAGES.length ? "_" + i / objects.size() / LANGUAGES.length : "");
            Path folder = pkg.resolve("objectTranslations/" + name);
            write(
                    folder.resolve(name + ".objectTranslation-meta.xml"),
                    xml(
                            "CustomObjectTranslation",
                            "    <caseValues>\n        <plural>false</plural>\n        <value>" + label(object)
                                    + "</value>\n" + "    </caseValues>\n"));
            for (int f = 0; f < 2; f++) {
                String field = "Field_" + pad(f) + "__c";
                write(
                        folder.resolve(field + ".fieldTranslation-meta.xml"),
                        xml(
                                "CustomFieldTranslation",
                                "    <label>" + label(field) + " (" + name + ")</label>\n    <name>" + field
                                        + "</name>\n"));
            }
            add("CustomObjectTranslation", name);
        }
    }

    private void layouts(int count, List<String> objects) throws IOException {
        for (int i = 0; i < count; i++) {
            String object = objects.get(i % objects.size());
            String name =
                    object + "-" + label(object) + " Layout" + (i < objects.size() ? "" : " " + i / objects.size());
            write(
                    pkg.resolve("layouts/" + name + ".layout-meta.xml"),
                    xml(
                            "Layout",
                            "    <layoutSections>\n        <customLabel>false</customLabel>\n        <detailHeading>false</detailHeading>\n"
                                    + "        <editHeading>true</editHeading>\n        <label>Information</label>\n"
                                    + "        <layoutColumns>\n            <layoutItems>\n                <behavior>Required</behavior>\n"
                                    + "                <field>Name</field>\n            </layoutItems>\n        </layoutColumns>\n"
                                    + "        <style>TwoColumnsTopToBottom</style>\n    </layoutSections>\n"));
            add("Layout", name);
        }
    }

    private void tabs(int count, List<String> objects) throws IOException {
        for (int i = 0; i < count; i++) {
            boolean objectTab = i < objects.size() && objects.get(i).endsWith("__c");
            String name = objectTab ? objects.get(i) : "Web_Tab_" + pad(i);
            write(
                    pkg.resolve("tabs/" + name + ".tab-meta.xml"),
                    xml(
                            "CustomTab",
                            objectTab
                                    ? "    <customObject>true</customObject>\n    <motif>Custom20: Airplane</motif>\n"
                                    : "    <label>Web Tab " + i + "</label>\n    <motif>Custom20: Airplane</motif>\n"
                                            + "    <url>https://example.com/" + i
                                            + "</url>\n    <urlEncodingKey>UTF-8</urlEncodingKey>\n"));
            add("CustomTab", name);
        }
    }

    private void quickActions(int count, List<String> objects) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = objects.get(i % objects.size()) + ".Action_" + pad(i);
            write(
                    pkg.resolve("quickActions/" + name + ".quickAction-meta.xml"),
                    xml(
                            "QuickAction",
                            "    <label>Action " + i
                                    + "</label>\n    <optionsCreateFeedItem>false</optionsCreateFeedItem>\n"
                                    + "    <type>Update</type>\n"));
            add("QuickAction", name);
        }
    }

    /** {@code sharingRules/<Object>.sharingRules-meta.xml}, each with one criteria rule (a child component). */
    private void sharingRules(int count, List<String> objects) throws IOException {
        int files = Math.max(1, count / 2);
        for (int i = 0; i < files; i++) {
            String object = i < objects.size() ? objects.get(i) : "Object_Shared_" + pad(i) + "__c";
            String rule = "Share_With_All_" + pad(i);
            write(
                    pkg.resolve("sharingRules/" + object + ".sharingRules-meta.xml"),
                    xml(
                            "SharingRules",
                            "    <sharingCriteriaRules>\n        <fullName>" + rule + "</fullName>\n"
                                    + "        <accessLevel>Read</accessLevel>\n        <label>Share " + i
                                    + "</label>\n"
                                    + "        <sharedTo>\n            <allInternalUsers></allInternalUsers>\n        </sharedTo>\n"
                                    + "        <criteriaItems>\n            <field>Name</field>\n            <operation>notEqual</operation>\n"
                                    + "            <value>x</value>\n        </criteriaItems>\n"
                                    + "        <includeRecordsOwnedByAll>true</includeRecordsOwnedByAll>\n"
                                    + "    </sharingCriteriaRules>\n"));
            add("SharingRules", object);
            add("SharingCriteriaRule", object + "." + rule);
        }
    }

    // ----------------------------------------------------------------------------------------------------- code

    private void apex(int classes, int triggers, List<String> objects) throws IOException {
        String meta =
                xml("ApexClass", "    <apiVersion>" + API_VERSION + "</apiVersion>\n    <status>Active</status>\n");
        for (int i = 0; i < classes; i++) {
            String name = (i % 3 == 2 ? "Service_" : i % 3 == 1 ? "Selector_" : "Domain_")
                    + pad(i)
                    + (i % 4 == 3 ? "_Test" : "");
            write(
                    pkg.resolve("classes/" + name + ".cls"),
                    "public with sharing class " + name + " {\n"
                            + "    public static Integer run(Integer value) {\n        return value + " + i
                            + ";\n    }\n}\n");
            write(pkg.resolve("classes/" + name + ".cls-meta.xml"), meta);
            add("ApexClass", name);
        }
        String triggerMeta = xml(
                "ApexTrigger", "    <apiVersion>" + API_VERSION + "</apiVersion>\n" + "    <status>Active</status>\n");
        for (int i = 0; i < triggers; i++) {
            String object = objects.get(i % objects.size());
            String name = object.replace("__c", "") + "_Trigger_" + pad(i);
            write(
                    pkg.resolve("triggers/" + name + ".trigger"),
                    "trigger " + name + " on " + object + " (before insert, before update) {\n    new Domain_" + pad(i)
                            + "();\n}\n");
            write(pkg.resolve("triggers/" + name + ".trigger-meta.xml"), triggerMeta);
            add("ApexTrigger", name);
        }
    }

    private void pages(int pages, int components) throws IOException {
        for (int i = 0; i < pages; i++) {
            String name = "Page_" + pad(i);
            write(
                    pkg.resolve("pages/" + name + ".page"),
                    "<apex:page controller=\"Service_" + pad(i) + "\">\n" + "    <h1>Page " + i
                            + "</h1>\n</apex:page>\n");
            write(
                    pkg.resolve("pages/" + name + ".page-meta.xml"),
                    xml(
                            "ApexPage",
                            "    <apiVersion>" + API_VERSION
                                    + "</apiVersion>\n    <availableInTouch>false</availableInTouch>\n    <label>"
                                    + name + "</label>\n"));
            add("ApexPage", name);
        }
        for (int i = 0; i < components; i++) {
            String name = "Component_" + pad(i);
            write(
                    pkg.resolve("components/" + name + ".component"),
                    "<apex:component>\n    <p>" + i + "</p>\n</apex:component>\n");
            write(
                    pkg.resolve("components/" + name + ".component-meta.xml"),
                    xml(
                            "ApexComponent",
                            "    <apiVersion>" + API_VERSION + "</apiVersion>\n    <label>" + name + "</label>\n"));
            add("ApexComponent", name);
        }
    }

    /** LWC bundles: JavaScript, HTML, the {@code .js-meta.xml}; every fourth with a force-ignored test folder. */
    private void lwc(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "widget" + pad(i);
            Path bundle = pkg.resolve("lwc/" + name);
            write(
                    bundle.resolve(name + ".js"),
                    "import { LightningElement, api } from 'lwc';\n\n" + "export default class Widget" + i
                            + " extends LightningElement {\n    @api recordId;\n}\n");
            write(bundle.resolve(name + ".html"), "<template>\n    <p>{recordId}</p>\n</template>\n");
            write(
                    bundle.resolve(name + ".js-meta.xml"),
                    xml(
                            "LightningComponentBundle",
                            "    <apiVersion>"
                                    + API_VERSION + "</apiVersion>\n    <isExposed>true</isExposed>\n    <targets>\n"
                                    + "        <target>lightning__RecordPage</target>\n    </targets>\n"));
            if (i % 4 == 0) {
                write(bundle.resolve("__tests__/" + name + ".test.js"), "describe('" + name + "', () => {});\n");
            }
            add("LightningComponentBundle", name);
        }
        if (count > 0) {
            write(pkg.resolve("lwc/jsconfig.json"), "{\n  \"compilerOptions\": {}\n}\n");
            write(
                    pkg.resolve("lwc/.eslintrc.json"),
                    "{\n  \"extends\": [\"@salesforce/eslint-config-lwc/recommended\"]\n}\n");
        }
    }

    private void aura(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "auraCmp" + pad(i);
            Path bundle = pkg.resolve("aura/" + name);
            write(
                    bundle.resolve(name + ".cmp"),
                    "<aura:component implements=\"flexipage:availableForAllPageTypes\">\n" + "    <p>" + i
                            + "</p>\n</aura:component>\n");
            write(
                    bundle.resolve(name + ".cmp-meta.xml"),
                    xml(
                            "AuraDefinitionBundle",
                            "    <apiVersion>" + API_VERSION + "</apiVersion>\n    <description>Component " + i
                                    + "</description>\n"));
            write(bundle.resolve(name + "Controller.js"), "({\n    init: function (component) {}\n})\n");
            add("AuraDefinitionBundle", name);
        }
    }

    private void staticResources(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "resource_" + pad(i);
            write(pkg.resolve("staticresources/" + name + ".json"), "{\"value\": " + i + "}\n");
            write(
                    pkg.resolve("staticresources/" + name + ".resource-meta.xml"),
                    xml(
                            "StaticResource",
                            "    <cacheControl>Private</cacheControl>\n    <contentType>application/json</contentType>\n"));
            add("StaticResource", name);
        }
    }

    private void flows(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = (i % 5 == 0 ? "Legacy_Flow_" : "Flow_") + pad(i);
            write(
                    pkg.resolve("flows/" + name + ".flow-meta.xml"),
                    xml(
                            "Flow",
                            "    <apiVersion>" + API_VERSION
                                    + "</apiVersion>\n    <label>" + label(name)
                                    + "</label>\n    <processType>AutoLaunchedFlow</processType>\n"
                                    + "    <start>\n        <locationX>50</locationX>\n        <locationY>0</locationY>\n    </start>\n"
                                    + "    <status>Active</status>\n"));
            add("Flow", name);
        }
    }

    // ------------------------------------------------------------------------------------------------ containers

    /** One {@code CustomLabels.labels-meta.xml} holding every label, as in real projects. */
    private void labels(int count) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String name = "Label_" + pad(i);
            body.append("    <labels>\n        <fullName>")
                    .append(name)
                    .append("</fullName>\n")
                    .append("        <categories>Bench</categories>\n        <language>en_US</language>\n")
                    .append("        <protected>false</protected>\n        <shortDescription>")
                    .append(name)
                    .append("</shortDescription>\n        <value>Text of label ")
                    .append(i)
                    .append("</value>\n")
                    .append("    </labels>\n");
            add("CustomLabel", name);
        }
        write(pkg.resolve("labels/CustomLabels.labels-meta.xml"), xml("CustomLabels", body.toString()));
        add("CustomLabels", "CustomLabels");
    }

    private void customMetadata(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "Setting_" + (i % 7) + ".Record_" + pad(i);
            write(
                    pkg.resolve("customMetadata/" + name + ".md-meta.xml"),
                    XML_DECL
                            + "<CustomMetadata xmlns=\"" + NS
                            + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n    <label>Record " + i + "</label>\n"
                            + "    <protected>false</protected>\n    <values>\n        <field>Value__c</field>\n"
                            + "        <value xsi:type=\"xsd:string\">" + i
                            + "</value>\n    </values>\n</CustomMetadata>\n");
            add("CustomMetadata", name);
        }
    }

    /**
     * Reports or email templates in folders of twenty: {@code reports/F.reportFolder-meta.xml} and
     * {@code reports/F/R.report-meta.xml}; the folder is a member of the content type ({@code Report: F}).
     */
    private void folders(
            String directory,
            String suffix,
            String folderSuffix,
            String type,
            String folderType,
            int count,
            boolean withContent)
            throws IOException {
        int perFolder = 20;
        int folders = Math.max(1, (count + perFolder) / (perFolder + 1));
        int items = Math.max(0, count - folders);
        for (int f = 0; f < folders; f++) {
            String folder = type + "_Folder_" + pad(f);
            write(
                    pkg.resolve(directory + "/" + folder + "." + folderSuffix + "-meta.xml"),
                    xml(
                            folderType,
                            "    <accessType>Public</accessType>\n    <name>" + folder + "</name>\n"
                                    + "    <publicFolderAccess>ReadWrite</publicFolderAccess>\n"));
            add(type, folder);
        }
        for (int i = 0; i < items; i++) {
            String folder = type + "_Folder_" + pad(i % folders);
            String name = type + "_" + pad(i);
            Path base = pkg.resolve(directory + "/" + folder + "/" + name + "." + suffix);
            if (withContent) {
                write(base, "Dear {!Contact.FirstName},\n\nTemplate " + i + ".\n");
                write(
                        Path.of(base + "-meta.xml"),
                        xml(
                                "EmailTemplate",
                                "    <available>true</available>\n"
                                        + "    <encodingKey>UTF-8</encodingKey>\n    <name>" + name + "</name>\n"
                                        + "    <style>none</style>\n    <subject>Subject " + i
                                        + "</subject>\n    <type>text</type>\n"));
            } else {
                write(
                        Path.of(base + "-meta.xml"),
                        xml(
                                "Report",
                                "    <columns>\n        <field>ACCOUNT.NAME</field>\n"
                                        + "    </columns>\n    <format>Tabular</format>\n    <name>" + name
                                        + "</name>\n"
                                        + "    <reportType>AccountList</reportType>\n    <scope>organization</scope>\n"
                                        + "    <showDetails>true</showDetails>\n    <timeFrameFilter>\n        <dateColumn>CREATED_DATE</dateColumn>\n"
                                        + "        <interval>INTERVAL_CUSTOM</interval>\n    </timeFrameFilter>\n"));
            }
            add(type, folder + "/" + name);
        }
    }

    // --------------------------------------------------------------------------------------------- permissions

    private void profiles(int count, List<String> objects) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "Profile " + pad(i);
            write(
                    pkg.resolve("profiles/" + name + ".profile-meta.xml"),
                    xml(
                            "Profile",
                            permissionBody(
                                    objects,
                                    i,
                                    "    <custom>true</custom>\n",
                                    List.of("ApiEnabled", "RunReports", "ViewSetup", "ViewRoles", "ExportReport"))));
            add("Profile", name);
        }
    }

    private void permissionSets(int count, List<String> objects) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "Feature_Access_" + pad(i);
            write(
                    pkg.resolve("permissionsets/" + name + ".permissionset-meta.xml"),
                    xml(
                            "PermissionSet",
                            permissionBody(
                                    objects,
                                    i,
                                    "    <hasActivationRequired>false</hasActivationRequired>\n"
                                            + "    <label>Feature Access " + i + "</label>\n",
                                    i % 2 == 0 ? List.of("RunReports") : List.of("ViewSetup", "ViewRoles"))));
            add("PermissionSet", name);
        }
    }

    /**
     * Access to an Apex class of the project, field permissions on twenty fields, object permissions (with Read on
     * Account, which Contract's need) and a few user permissions: a payload Salesforce accepts.
     */
    private String permissionBody(List<String> objects, int index, String head, List<String> permissions) {
        StringBuilder body = new StringBuilder();
        List<String> classes = new ArrayList<>(expected.getOrDefault("ApexClass", Set.of()));
        body.append("    <classAccesses>\n        <apexClass>")
                .append(classes.isEmpty() ? "Domain_" + pad(index) : classes.get(index % classes.size()))
                .append("</apexClass>\n        <enabled>true</enabled>\n    </classAccesses>\n");
        body.append(head);
        for (int f = 0; f < 20; f++) {
            String object = objects.get((index + f) % objects.size());
            body.append("    <fieldPermissions>\n        <editable>true</editable>\n        <field>")
                    .append(object)
                    .append(".Field_")
                    .append(pad(f / objects.size()))
                    .append("__c</field>\n")
                    .append("        <readable>true</readable>\n    </fieldPermissions>\n");
        }
        String object = objects.get(index % objects.size());
        body.append(
                        "    <objectPermissions>\n        <allowCreate>true</allowCreate>\n        <allowDelete>false</allowDelete>\n"
                                + "        <allowEdit>true</allowEdit>\n        <allowRead>true</allowRead>\n"
                                + "        <modifyAllRecords>false</modifyAllRecords>\n        <object>")
                .append(object)
                .append("</object>\n        <viewAllRecords>false</viewAllRecords>\n    </objectPermissions>\n");
        if (!object.equals("Account")) {
            body.append("    <objectPermissions>\n        <allowCreate>false</allowCreate>\n"
                    + "        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>\n"
                    + "        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n"
                    + "        <object>Account</object>\n        <viewAllRecords>false</viewAllRecords>\n"
                    + "    </objectPermissions>\n");
        }
        for (String permission : permissions) {
            body.append("    <userPermissions>\n        <enabled>true</enabled>\n        <name>")
                    .append(permission)
                    .append("</name>\n    </userPermissions>\n");
        }
        return body.toString();
    }

    private void deployers() throws IOException {
        write(dir.resolve(FULL_DEPLOYER), deployer("CI Deployer", FULL_PERMISSIONS));
        write(dir.resolve(GAPS_DEPLOYER), deployer("CI Deployer (gaps)", GAPS_PERMISSIONS));
    }

    private static String deployer(String label, List<String> permissions) {
        StringBuilder body = new StringBuilder("    <hasActivationRequired>false</hasActivationRequired>\n    <label>")
                .append(label)
                .append("</label>\n");
        for (String permission : permissions) {
            body.append("    <userPermissions>\n        <enabled>true</enabled>\n        <name>")
                    .append(permission)
                    .append("</name>\n    </userPermissions>\n");
        }
        return xml("PermissionSet", body.toString());
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface Body {
        String body(int index);
    }

    /** Types that are one metadata file each: {@code <directory>/<Prefix><n>.<suffix>-meta.xml}. */
    private void simple(String directory, String suffix, String type, String prefix, int count, Body body)
            throws IOException {
        for (int i = 0; i < count; i++) {
            String name = prefix + pad(i);
            write(pkg.resolve(directory + "/" + name + "." + suffix + "-meta.xml"), xml(type, body.body(i)));
            add(type, name);
        }
    }

    private void add(String type, String member) {
        if (!expected.computeIfAbsent(type, t -> new TreeSet<>()).add(member)) {
            throw new IllegalStateException("generated twice: " + type + " " + member);
        }
    }

    private static String xml(String root, String body) {
        return XML_DECL + "<" + root + " xmlns=\"" + NS + "\">\n" + body + "</" + root + ">\n";
    }

    private static String pad(int n) {
        return String.format("%05d", n);
    }

    private static String label(String apiName) {
        return apiName.replace("__c", "").replace('_', ' ').trim();
    }

    private void write(Path file, String content) throws IOException {
        Path parent = file.getParent();
        if (createdDirectories.add(parent)) {
            Files.createDirectories(parent);
        }
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        files++;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
