package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Kind;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's walkthrough on examples/dreamhouse: the check fails, the suggested XML is pasted, the check passes. */
class ExampleProjectTest {

    private static final Path EXAMPLE = Path.of("examples/dreamhouse").toAbsolutePath();

    @TempDir
    Path dir;

    private static CheckResult check(Path permissionSet) throws Exception {
        return new CheckEngine()
                .check(CheckRequest.builder(EXAMPLE)
                        .manifest(Optional.of(EXAMPLE.resolve("manifest/package.xml")))
                        .deployer(DeployerSpec.of(List.of(permissionSet)))
                        .today(LocalDate.of(2026, 11, 28))
                        .build());
    }

    @Test
    void pastingTheSuggestedXmlIntoTheDeployersPermissionSetMakesTheCheckPass() throws Exception {
        Path original = EXAMPLE.resolve("ci/CI_Deployer.permissionset-meta.xml");
        CheckResult before = check(original);
        assertThat(before.hasErrors()).isTrue();
        assertThat(before.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("apex"));
        assertThat(before.fix()).contains("AuthorApex", "ManageInteraction");

        String xml = Files.readString(original);
        String pasted = xml.replace(
                "</PermissionSet>",
                String.join("\n", Messages.userPermissionsXml(before.fix())) + "\n</PermissionSet>");
        Path fixed = Files.writeString(dir.resolve("CI_Deployer.permissionset-meta.xml"), pasted);

        CheckResult after = check(fixed);
        assertThat(after.findings()).noneMatch(f -> f.kind() == Kind.MISSING_PERMISSION);
        assertThat(after.hasErrors()).isFalse();
        assertThat(after.fix()).isEmpty();
    }
}
