package io.github.sfperm.engine;

import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.Level;
import io.github.sfperm.deployer.DeployerSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a check needs, with paths already resolved against the project directory.
 *
 * @param baseDir the project directory
 * @param manifest the configured {@code package.xml}, if any (otherwise the default locations are tried)
 * @param deployer who deploys
 * @param ruleFiles user rule files, applied in order after the built-in catalogue
 * @param allowlist accepted gaps
 * @param unknownTypeLevel the level of UNKNOWN_TYPE findings
 * @param today the date allowlist expiry is judged on
 */
public record CheckRequest(
        Path baseDir,
        Optional<Path> manifest,
        DeployerSpec deployer,
        List<Path> ruleFiles,
        List<AllowlistEntry> allowlist,
        Level unknownTypeLevel,
        LocalDate today) {

    public CheckRequest {
        ruleFiles = List.copyOf(ruleFiles);
        allowlist = List.copyOf(allowlist);
    }
}
