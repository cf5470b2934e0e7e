package io.github.sfperm.report;

import io.github.sfperm.check.Finding;
import io.github.sfperm.deploy.Component;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across runs: the SHA-256 of its kind, rule id, component type, member and operation; for a
 * finding without a component, of its kind, rule id, file and message. Never of the line, so that a component that
 * moves within its manifest keeps its fingerprint.
 */
final class Fingerprint {

    /** The SARIF {@code partialFingerprints} key; a new scheme gets a new version. */
    static final String SARIF_KEY = "sfperm/v1";

    private Fingerprint() {}

    static String of(Finding finding, ReportContext context) {
        StringBuilder identity = new StringBuilder()
                .append(finding.kind().name()).append('\u001f')
                .append(finding.ruleId()).append('\u001f');
        Component component = finding.component();
        if (component != null) {
            identity.append(component.type()).append('\u001f')
                    .append(component.member()).append('\u001f')
                    .append(component.operation().label());
        } else {
            identity.append(finding.origin() == null ? "" : context.relative(finding.origin().file()).orElse(""))
                    .append('\u001f')
                    .append(finding.message());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
