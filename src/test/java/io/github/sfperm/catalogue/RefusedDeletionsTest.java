package io.github.sfperm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.xml.Schemas;
import io.github.sfperm.xml.SecureXml;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RefusedDeletionsTest {

    @Test
    void theBuiltInListFollowsItsSchema() throws Exception {
        try (InputStream in = RefusedDeletions.class.getResourceAsStream(RefusedDeletions.RESOURCE)) {
            SecureXml.read(
                    in,
                    Path.of("refused-deletions.xml"),
                    Schemas.load(RefusedDeletions.class, RefusedDeletions.SCHEMA_RESOURCE));
        }
    }

    @Test
    void everyRefusalQuotesSalesforcesMessageAndCitesAPublicSource() throws Exception {
        assertThat(RefusedDeletions.builtIn().all()).isNotEmpty().allSatisfy(refusal -> {
            assertThat(refusal.message()).isNotBlank();
            assertThat(refusal.fix()).isNotBlank();
            assertThat(refusal.note()).isNotBlank();
            assertThat(refusal.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
        });
    }

    @Test
    void aWholeFlowIsRefusedButAnInactiveVersionCanBeDeleted() throws Exception {
        RefusedDeletion flow = RefusedDeletions.builtIn().forType("Flow").orElseThrow();
        assertThat(flow.refuses("Account_ACU_Update")).isTrue();
        assertThat(flow.refuses("Account_ACU_Update-3")).isFalse();
        assertThat(flow.message()).isEqualTo("insufficient access rights on cross-reference id");
        assertThat(flow.confidence()).isEqualTo(Confidence.DOCUMENTED);
        assertThat(flow.fix()).contains("<activeVersionNumber>0</activeVersionNumber>");
    }

    @Test
    void aWholeWorkflowIsRefused() throws Exception {
        RefusedDeletion workflow =
                RefusedDeletions.builtIn().forType("Workflow").orElseThrow();
        assertThat(workflow.refuses("Lead")).isTrue();
        assertThat(workflow.message())
                .isEqualTo("Cannot delete a workflow object; Workflow Rules and Actions must be deleted individually");
        assertThat(workflow.source()).isEqualTo("https://github.com/scolladon/sfdx-git-delta/issues/38");
        assertThat(RefusedDeletions.builtIn().forType("WorkflowRule")).isEmpty();
    }
}
