package io.github.sfperm.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class PrintableLogTest {

    @Test
    void everyLineAGoalLogsIsOnePrintableLine() {
        List<String> lines = new ArrayList<>();
        SystemStreamLog recorder = new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                lines.add("error " + content);
            }

            @Override
            public void info(CharSequence content) {
                lines.add("info " + content);
            }
        };
        PrintableLog.of(recorder).error("force-app/Evil\n[INFO] BUILD SUCCESS.cls: not deployed");
        PrintableLog.of(recorder).info("x".repeat(5_000));
        assertThat(lines.get(0)).isEqualTo("error force-app/Evil\\u000a[INFO] BUILD SUCCESS.cls: not deployed");
        assertThat(lines.get(1))
                .hasSizeLessThanOrEqualTo("info ".length() + io.github.sfperm.common.Printable.MAX_LENGTH);
    }

    @Test
    void everyGoalLogsThroughIt() {
        assertThat(new CheckMojo().getLog()).isInstanceOf(PrintableLog.class);
        assertThat(new ManifestMojo().getLog()).isInstanceOf(PrintableLog.class);
        assertThat(PrintableLog.of(PrintableLog.of(new SystemStreamLog()))).isInstanceOf(PrintableLog.class);
    }
}
