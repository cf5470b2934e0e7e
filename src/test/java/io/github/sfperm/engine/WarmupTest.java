package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.report.Reports;
import io.github.sfperm.source.SourceTreeReader;
import io.github.sfperm.xml.SecureXml;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The background warm-up loads libraries only: it leaves nothing behind that a check could notice. */
class WarmupTest {

    @Test
    void warmingUpTwiceOrOnThisThreadChangesNothing() throws Exception {
        CheckEngine.warmUp();
        CheckEngine.warmUp();
        Reports.warmUp();
        SourceTreeReader.warmUp();
        // the per-thread XML reader the warm-up scanned with still builds complete documents
        assertThat(SecureXml.parse("<a><!-- c --><b>v</b></a>", Path.of("x.xml"))
                        .getRootElement()
                        .content())
                .hasSize(2);
    }
}
