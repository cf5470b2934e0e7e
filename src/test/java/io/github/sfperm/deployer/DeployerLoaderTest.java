package io.github.sfperm.deployer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployerLoaderTest {

    @TempDir
    Path dir;

    private Deployer load(List<Path> permissionSets, List<Path> groups, Path profile, List<String> inline)
            throws Exception {
        return new DeployerLoader(dir, List.of(dir))
                .load(new DeployerSpec(permissionSets, groups, Optional.ofNullable(profile), inline, Optional.empty()));
    }

    @Test
    void theDeployerHoldsTheUnionOfPermissionSetsProfileAndInlinePermissions() throws Exception {
        Path ps =
                Files2.write(dir, "ps/A.permissionset-meta.xml", Files2.permissionSet("ApiEnabled", "ModifyMetadata"));
        Path profile = Files2.write(dir, "profiles/Integration.profile-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Profile xmlns="http://soap.sforce.com/2006/04/metadata">
                    <userLicense>Salesforce Integration</userLicense>
                    <userPermissions><enabled>true</enabled><name>ViewSetup</name></userPermissions>
                    <userPermissions><enabled>false</enabled><name>ModifyAllData</name></userPermissions>
                </Profile>
                """);
        Deployer deployer = load(List.of(ps), List.of(), profile, List.of("AuthorApex"));
        assertThat(deployer.permissions()).containsExactly("ApiEnabled", "AuthorApex", "ModifyMetadata", "ViewSetup");
        assertThat(deployer.grantsOf("ModifyMetadata"))
                .singleElement()
                .satisfies(g -> assertThat(g.via()).isEqualTo("permission set A"));
        assertThat(deployer.configuredPermissionSets()).containsExactly(ps);
    }

    @Test
    void aGroupFindsItsMembersByNameAndTheMutingPermissionSetRemovesWhatItMutes() throws Exception {
        Files2.write(
                dir,
                "force-app/main/default/permissionsets/Deploy.permissionset-meta.xml",
                Files2.permissionSet("ApiEnabled", "ModifyMetadata", "ModifyAllData"));
        Files2.write(
                dir,
                "force-app/main/default/permissionsets/Flows.permissionset-meta.xml",
                Files2.permissionSet("ManageInteraction"));
        Files2.write(dir, "force-app/main/default/mutingpermissionsets/NoMad.mutingpermissionset-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <MutingPermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>No MAD</label>
                    <userPermissions><enabled>true</enabled><name>ModifyAllData</name></userPermissions>
                </MutingPermissionSet>
                """);
        Path group = Files2.write(
                dir, "force-app/main/default/permissionsetgroups/Deployers.permissionsetgroup-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <PermissionSetGroup xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>Deployers</label>
                    <mutingPermissionSets>NoMad</mutingPermissionSets>
                    <permissionSets>Deploy</permissionSets>
                    <permissionSets>Flows</permissionSets>
                </PermissionSetGroup>
                """);
        Deployer deployer = load(List.of(), List.of(group), null, List.of());
        assertThat(deployer.permissions()).containsExactly("ApiEnabled", "ManageInteraction", "ModifyMetadata");
        assertThat(deployer.grantsOf("ManageInteraction"))
                .singleElement()
                .satisfies(g -> assertThat(g.via()).isEqualTo("permission set group Deployers > permission set Flows"));
    }

    @Test
    void mutingOneGroupDoesNotMuteAPermissionSetAssignedDirectly() throws Exception {
        Path direct = Files2.write(dir, "ps/Direct.permissionset-meta.xml", Files2.permissionSet("ModifyAllData"));
        Files2.write(dir, "ps/Member.permissionset-meta.xml", Files2.permissionSet("ModifyAllData"));
        Files2.write(
                dir,
                "ps/Mute.mutingpermissionset-meta.xml",
                "<MutingPermissionSet><userPermissions><enabled>true</enabled><name>ModifyAllData</name></userPermissions></MutingPermissionSet>");
        Path group = Files2.write(
                dir,
                "g/G.permissionsetgroup-meta.xml",
                "<PermissionSetGroup><permissionSets>Member</permissionSets><mutingPermissionSets>Mute</mutingPermissionSets></PermissionSetGroup>");
        assertThat(load(List.of(direct), List.of(group), null, List.of()).permissions())
                .containsExactly("ModifyAllData");
    }

    @Test
    void aMissingFileOrAMissingGroupMemberIsAConfigurationErrorThatNamesIt() {
        assertThatThrownBy(
                        () -> load(List.of(dir.resolve("ps/Nope.permissionset-meta.xml")), List.of(), null, List.of()))
                .hasMessageContaining("Nope.permissionset-meta.xml: the deployer's permission set file does not exist");
        Path group = Files2.write(
                dir,
                "g/G.permissionsetgroup-meta.xml",
                "<PermissionSetGroup><permissionSets>Ghost</permissionSets></PermissionSetGroup>");
        assertThatThrownBy(() -> load(List.of(), List.of(group), null, List.of()))
                .hasMessageContaining("permission set group G names the permission set 'Ghost', but no"
                        + " Ghost.permissionset-meta.xml (or Ghost.permissionset) was found");
    }

    @Test
    void aFileOfTheWrongKindIsRefused() {
        Path profile = Files2.write(dir, "ps/P.permissionset-meta.xml", "<Profile/>");
        assertThatThrownBy(() -> load(List.of(profile), List.of(), null, List.of()))
                .hasMessageContaining("expected a PermissionSet file, but its root element is <Profile>");
    }

    @Test
    void readsMetadataApiFormatPermissionSetsOfGroupMembers() throws Exception {
        Files2.write(dir, "src/permissionsets/Legacy.permissionset", Files2.permissionSet("AuthorApex"));
        Path group = Files2.write(
                dir,
                "src/permissionsetgroups/G.permissionsetgroup",
                "<PermissionSetGroup><permissionSets>Legacy</permissionSets></PermissionSetGroup>");
        assertThat(load(List.of(), List.of(group), null, List.of()).permissions())
                .containsExactly("AuthorApex");
    }
}
