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
                .append(finding.kind().name())
                .append('\u001f')
                .append(finding.ruleId())
                .append('\u001f');
        Component component = finding.component();
        if (component != null) {
            identity.append(component.type())
                    .append('\u001f')
                    .append(component.member())
                    .append('\u001f')
                    .append(component.operation().label());
            if (finding.kind().identifiedByMessage()) {
                identity.append('\u001f').append(finding.message());
            }
        } else {
            identity.append(
                            finding.origin() == null
                                    ? ""
                                    : context.relative(finding.origin().file()).orElse(""))
                    .append('\u001f')
                    .append(finding.message());
        }
        byte[] hash = SHA_256.get().digest(identity.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash);
    }

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: looking the algorithm up costs more than hashing a finding. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    });
}
