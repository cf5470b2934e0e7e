package io.github.sfperm.maven;

/**
 * One {@code <entry>} of {@code <allowlist>}: a gap the team accepts. Set at least one of {@code type},
 * {@code member}, {@code permission}, {@code ruleId} ({@code *} and {@code ?} are wildcards), and always a
 * {@code reason}; {@code until} (YYYY-MM-DD) makes it expire.
 */
public class AllowlistEntryConfig {
    String type;
    String member;
    String permission;
    String ruleId;
    String reason;
    String until;
}
