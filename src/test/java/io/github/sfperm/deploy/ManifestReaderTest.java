package io.github.sfperm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.common.InputException;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheLineOfEveryMembersElement() throws Exception {
        Path file = Files2.write(dir, "package.xml", Files2.packageXml("ApexClass:A,B", "Flow:Lead_Router"));
        Manifest manifest = ManifestReader.read(file, Operation.DEPLOY);
        assertThat(manifest.components())
                .extracting(Component::type, Component::member, c -> c.origin().line())
                .containsExactly(
                        tuple("ApexClass", "A", 4), tuple("ApexClass", "B", 5), tuple("Flow", "Lead_Router", 9));
        assertThat(manifest.apiVersion()).contains("62.0");
    }

    @Test
    void reportsADuplicateMemberOnceAtItsFirstLine() throws Exception {
        Path file = Files2.write(dir, "package.xml", Files2.packageXml("ApexClass:A,A", "ApexClass:A"));
        assertThat(ManifestReader.read(file, Operation.DEPLOY).components())
                .singleElement()
                .satisfies(c -> assertThat(c.origin().line()).isEqualTo(4));
    }

    @Test
    void trimsWhitespaceAndIgnoresElementsThatDoNotNameComponents() throws Exception {
        Path file = Files2.write(dir, "package.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Package xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>MyPackage</fullName>
                    <description>x</description>
                    <types>
                        <members>
                            Foo
                        </members>
                        <name> ApexClass </name>
                    </types>
                </Package>
                """);
        Manifest manifest = ManifestReader.read(file, Operation.DEPLOY);
        assertThat(manifest.components())
                .extracting(Component::type, Component::member)
                .containsExactly(tuple("ApexClass", "Foo"));
        assertThat(manifest.apiVersion()).isEmpty();
    }

    @Test
    void acceptsAManifestWithoutTheMetadataNamespaceAsSalesforceToolingDoes() throws Exception {
        Path file = Files2.write(
                dir, "package.xml", "<Package><types><members>A</members><name>ApexClass</name></types></Package>");
        assertThat(ManifestReader.read(file, Operation.DEPLOY).components()).hasSize(1);
    }

    @Test
    void aWildcardInADestructiveManifestIsAnInputErrorAtItsLine() {
        Path file = Files2.write(dir, "destructiveChanges.xml", Files2.packageXml("ApexClass:Old,*"));
        assertThatThrownBy(() -> ManifestReader.read(file, Operation.DELETE))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.describe(dir)).startsWith("destructiveChanges.xml:5: a wildcard (*) is not allowed");
                });
    }

    @Test
    void aWildcardInPackageXmlIsAComponentNamedStar() throws Exception {
        Path file = Files2.write(dir, "package.xml", Files2.packageXml("Flow:*"));
        assertThat(ManifestReader.read(file, Operation.DEPLOY).components())
                .singleElement()
                .satisfies(c -> assertThat(c.isWildcard()).isTrue());
    }

    @Test
    void typesWithoutANameOrWithAnEmptyMemberAreErrorsWithTheirLine() {
        Path noName = Files2.write(dir, "a.xml", "<Package>\n<types>\n<members>A</members>\n</types>\n</Package>");
        assertThatThrownBy(() -> ManifestReader.read(noName, Operation.DEPLOY))
                .hasMessageContaining("a.xml:2: <types> has no <name>");
        Path empty = Files2.write(
                dir, "b.xml", "<Package>\n<types>\n<members> </members>\n<name>X</name></types></Package>");
        assertThatThrownBy(() -> ManifestReader.read(empty, Operation.DEPLOY))
                .hasMessageContaining("b.xml:3: empty <members>");
    }

    @Test
    void aRootOtherThanPackageIsRefused() {
        Path file = Files2.write(dir, "p.xml", "<?xml version=\"1.0\"?>\n<PermissionSet/>");
        assertThatThrownBy(() -> ManifestReader.read(file, Operation.DEPLOY))
                .hasMessageContaining(
                        "p.xml:2: the root element is <PermissionSet>, but a manifest's root element is <Package>");
    }

    @Test
    void locatorFindsDefaultsInOrderAndTheDestructiveManifestsBesideIt() throws Exception {
        Files2.write(dir, "src/package.xml", Files2.packageXml("ApexClass:C"));
        assertThat(ManifestLocator.packageXml(dir, java.util.Optional.empty()))
                .contains(dir.resolve("src/package.xml"));
        Path manifest = Files2.write(dir, "manifest/package.xml", Files2.packageXml("ApexClass:A"));
        Files2.write(dir, "manifest/destructiveChangesPost.xml", Files2.packageXml("ApexClass:Gone"));
        Files2.write(dir, "manifest/destructiveChangesPre.xml", Files2.packageXml("ApexClass:Before"));
        assertThat(ManifestLocator.packageXml(dir, java.util.Optional.empty())).contains(manifest);
        assertThat(ManifestLocator.readWithDestructive(dir, manifest))
                .extracting(m -> m.file().getFileName().toString(), Manifest::operation)
                .containsExactly(
                        tuple("package.xml", Operation.DEPLOY),
                        tuple("destructiveChangesPre.xml", Operation.DELETE),
                        tuple("destructiveChangesPost.xml", Operation.DELETE));
    }

    @Test
    void aConfiguredManifestMustExist() {
        assertThatThrownBy(() -> ManifestLocator.packageXml(dir, java.util.Optional.of(dir.resolve("x.xml"))))
                .hasMessageContaining("the configured manifest does not exist");
    }

    @Test
    void thePlanKeepsDeployAndDeleteOfTheSameMemberApart() throws Exception {
        Path manifest = Files2.write(dir, "package.xml", Files2.packageXml("ApexClass:A"));
        Files2.write(dir, "destructiveChanges.xml", Files2.packageXml("ApexClass:A,B"));
        DeploymentPlan plan = DeploymentPlan.of(ManifestLocator.readWithDestructive(dir, manifest));
        assertThat(plan.components())
                .extracting(Component::operation, Component::member)
                .containsExactly(
                        tuple(Operation.DEPLOY, "A"), tuple(Operation.DELETE, "A"), tuple(Operation.DELETE, "B"));
    }
}
