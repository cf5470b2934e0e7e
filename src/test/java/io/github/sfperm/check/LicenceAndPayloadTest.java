package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerLoader;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenceAndPayloadTest {

    private static Catalogue catalogue;
    private static final PermissionNames NAMES = PermissionNames.builtIn();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        catalogue = Catalogue.builtIn();
    }

    private Deployer deployer(String licence, List<String> allowed, String... permissionSetXml) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < permissionSetXml.length; i++) {
            files.add(Files2.write(dir, "ps/P" + i + ".permissionset-meta.xml", permissionSetXml[i]));
        }
        return new DeployerLoader(dir, List.of(dir))
                .load(new DeployerSpec(
                        files, List.of(), Optional.empty(), List.of(), Optional.ofNullable(licence), allowed));
    }

    private static Component component(String type, String member) {
        return new Component(type, member, Operation.DEPLOY, new Origin(Path.of("package.xml"), 3));
    }

    @Test
    void theIntegrationLicenceGrantsApiAccessThroughItsProfile() throws Exception {
        Deployer deployer = deployer("SalesforceIntegration", List.of(), Files2.permissionSet("ModifyMetadata"));
        assertThat(deployer.permissions()).contains("ApiEnabled", "ApiUserOnly", "ModifyMetadata");
        assertThat(deployer.grantsOf("ApiEnabled"))
                .singleElement()
                .satisfies(g -> assertThat(g.via()).isEqualTo("the SalesforceIntegration licence"));
    }

    @Test
    void aSalesforceLicensedPermissionSetCannotBeAssignedToAnIntegrationUser() throws Exception {
        Deployer deployer = deployer("SalesforceIntegration", List.of(), """
                <PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>CI</label>
                    <license>Salesforce</license>
                </PermissionSet>
                """);
        List<Finding> findings = new LicenceCheck(NAMES).apply(List.of(), deployer, deployer.permissions());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.LICENSE_FORBIDS);
            assertThat(f.origin().line()).isEqualTo(3);
            assertThat(f.message())
                    .startsWith("permission set P0 has <license>Salesforce</license>: Salesforce cannot"
                            + " assign it to a user with the SalesforceIntegration licence");
        });
    }

    @Test
    void aGapNoPermissionWithinTheLicenceCanCloseBecomesLicenseForbids() throws Exception {
        Deployer deployer = deployer(
                "SalesforceIntegration",
                List.of("ApiEnabled", "ModifyMetadata", "CustomizeApplication"),
                Files2.permissionSet("ModifyMetadata", "CustomizeApplication"));
        Set<String> held = catalogue.withImplied(deployer.permissions());
        List<Finding> gaps = new Checker(catalogue, MetadataRegistry.builtIn(), Level.WARN)
                .check(List.of(component("Flow", "Router"), component("CspTrustedSite", "Maps")), held);
        List<Finding> findings = new LicenceCheck(NAMES).apply(gaps, deployer, held);
        assertThat(findings)
                .extracting(Finding::kind, Finding::ruleId)
                .containsExactly(tuple(Kind.LICENSE_FORBIDS, "flow"), tuple(Kind.LICENSE_FORBIDS, "csp-trusted-site"));
        assertThat(findings.get(0).message())
                .isEqualTo("Flow Router needs ManageInteraction, but the"
                        + " SalesforceIntegration licence does not allow ManageInteraction (<licensePermissions>): no"
                        + " permission set can close this gap for this user");
    }

    @Test
    void aPermissionTheLicenceDoesNotAllowCannotBeHeld() throws Exception {
        Deployer deployer = deployer(
                "SalesforceIntegration",
                List.of("ApiEnabled", "ModifyMetadata"),
                Files2.permissionSet("ModifyMetadata", "ModifyAllData"));
        assertThat(new LicenceCheck(NAMES).apply(List.of(), deployer, deployer.permissions()))
                .extracting(Finding::kind, Finding::message)
                .containsExactly(tuple(
                        Kind.LICENSE_FORBIDS,
                        "permission set P0 enables ModifyAllData (\"Modify All"
                                + " Data\"), which the SalesforceIntegration licence does not allow (Salesforce: \"The user"
                                + " license doesn't allow the permission\"); the user cannot hold it"));
    }

    @Test
    void licencePermissionsWithoutALicenceAndAnUnknownLicenceAreConfigurationErrors() {
        assertThatThrownBy(() -> deployer(null, List.of("ApiEnabled"), Files2.permissionSet("ApiEnabled")))
                .hasMessageContaining("<licensePermissions> is set but <license> is not");
        assertThatThrownBy(() -> deployer("Platform", List.of(), Files2.permissionSet("ApiEnabled")))
                .hasMessageContaining("<license>Platform</license> is not a licence sfperm models; use one of"
                        + " SalesforceIntegration, Salesforce");
    }

    @Test
    void aDeployedPermissionSetWithAnUnknownPermissionOrAMissingDependencyIsRejectedAsSalesforceWould()
            throws Exception {
        Path file = Files2.write(dir, "force-app/permissionsets/Ops.permissionset-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>Ops</label>
                    <userPermissions>
                        <enabled>true</enabled>
                        <name>ManageFlows</name>
                    </userPermissions>
                    <userPermissions>
                        <enabled>true</enabled>
                        <name>ModifyMetadata</name>
                    </userPermissions>
                </PermissionSet>
                """);
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                component("PermissionSet", "Ops"), PermissionFileReader.read(file, "PermissionSet"));
        List<Finding> findings = new PayloadCheck(catalogue, NAMES).check(List.of(payload), Deployer.of(Set.of()));
        assertThat(findings)
                .extracting(Finding::kind, f -> f.origin().line(), Finding::level)
                .containsExactly(
                        tuple(Kind.PAYLOAD_UNKNOWN_PERMISSION, 6, Level.ERROR),
                        tuple(Kind.PAYLOAD_MISSING_DEPENDENCY, 10, Level.ERROR));
        assertThat(findings.get(0).message())
                .isEqualTo("PermissionSet Ops names 'ManageFlows', which is not a user"
                        + " permission sfperm knows (did you mean ManageInteraction (\"Manage Flow\")?); Salesforce rejects"
                        + " the deploy with \"Unknown user permission: ManageFlows\"");
        assertThat(findings.get(1).message())
                .isEqualTo("PermissionSet Ops enables ModifyMetadata without ViewRoles,"
                        + " ViewSetup; Salesforce rejects it with \"Permission ModifyMetadata depends on permission(s):"
                        + " ViewRoles, ViewSetup\"");
    }

    @Test
    void aDependencyThatAnotherEnabledPermissionTurnsOnIsMetButModifyAllDataStillNeedsViewAllDataInTheFile()
            throws Exception {
        Path file = Files2.write(
                dir,
                "permissionsets/Admin.permissionset-meta.xml",
                "<PermissionSet><userPermissions><enabled>true</enabled><name>ModifyAllData</name></userPermissions>"
                        + "<userPermissions><enabled>true</enabled><name>ModifyMetadata</name></userPermissions>"
                        + "</PermissionSet>");
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                component("PermissionSet", "Admin"), PermissionFileReader.read(file, "PermissionSet"));
        // Modify All Data turns View Setup on (KA 000321298), so ModifyMetadata lacks only ViewRoles; Modify All Data
        // itself still lacks View All Data in the file
        assertThat(new PayloadCheck(catalogue, NAMES).check(List.of(payload), Deployer.of(Set.of())))
                .extracting(Finding::message)
                .containsExactly(
                        "PermissionSet Admin enables ModifyAllData without ViewAllData; Salesforce rejects it with"
                                + " \"Permission ModifyAllData depends on permission(s): ViewAllData\"",
                        "PermissionSet Admin enables ModifyMetadata without ViewRoles; Salesforce rejects it with"
                                + " \"Permission ModifyMetadata depends on permission(s): ViewRoles\"");
    }

    @Test
    void aProfilesMissingDependencyIsOnlyAWarningBecauseProfilesMergeWithTheOrg() throws Exception {
        Path file = Files2.write(
                dir,
                "profiles/Admin.profile-meta.xml",
                "<Profile><userPermissions><enabled>true</enabled><name>CustomizeApplication</name></userPermissions></Profile>");
        PayloadCheck.Payload payload =
                new PayloadCheck.Payload(component("Profile", "Admin"), PermissionFileReader.read(file, "Profile"));
        assertThat(new PayloadCheck(catalogue, NAMES).check(List.of(payload), Deployer.of(Set.of())))
                .extracting(Finding::kind, Finding::level)
                .containsExactly(tuple(Kind.PAYLOAD_MISSING_DEPENDENCY, Level.WARN));
    }

    @Test
    void theFixAvoidsWhatTheLicenceForbidsWhenAnAlternativeExists() throws Exception {
        FixPlanner.Policy policy =
                new FixPlanner.Policy(s -> s, p -> List.of(), p -> !p.equals("ManageRemoteAccess"), catalogue::isBroad);
        Finding gap = new Checker(catalogue, MetadataRegistry.builtIn(), Level.WARN)
                .check(
                        List.of(component("ConnectedApp", "Ci")),
                        Set.of("ApiEnabled", "ModifyMetadata", "CustomizeApplication"))
                .get(0);
        assertThat(FixPlanner.plan(
                        List.of(gap), Set.of("ApiEnabled", "ModifyMetadata", "CustomizeApplication"), policy))
                .containsExactly("ModifyAllData");
    }
}
