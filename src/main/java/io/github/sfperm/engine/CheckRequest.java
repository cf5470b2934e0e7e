package io.github.sfperm.engine;

import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.Level;
import io.github.sfperm.deployer.DeployerSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a check needs, with paths already resolved against the project directory. Built with
 * {@link #builder(Path)}; every option has a safe default.
 *
 * @param baseDir the project directory
 * @param configFile the file that configures sfperm (the pom), named by findings about the configuration
 * @param manifest the configured {@code package.xml}, if any (otherwise the default locations are tried)
 * @param deployer who deploys
 * @param ruleFiles user rule files, applied in order after the built-in catalogue
 * @param allowlist accepted gaps
 * @param unknownTypeLevel the level of UNKNOWN_TYPE findings
 * @param today the date allowlist expiry is judged on
 */
public record CheckRequest(
        Path baseDir,
        Path configFile,
        Optional<Path> manifest,
        DeployerSpec deployer,
        List<Path> ruleFiles,
        List<AllowlistEntry> allowlist,
        Level unknownTypeLevel,
        LocalDate today) {

    public CheckRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(configFile, "configFile");
        ruleFiles = List.copyOf(ruleFiles);
        allowlist = List.copyOf(allowlist);
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** Builds a {@link CheckRequest}. */
    public static final class Builder {
        private final Path baseDir;
        private Path configFile;
        private Optional<Path> manifest = Optional.empty();
        private DeployerSpec deployer = DeployerSpec.none();
        private final List<Path> ruleFiles = new ArrayList<>();
        private final List<AllowlistEntry> allowlist = new ArrayList<>();
        private Level unknownTypeLevel = Level.WARN;
        private LocalDate today = LocalDate.now();

        private Builder(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath().normalize();
            this.configFile = this.baseDir.resolve("pom.xml");
        }

        public Builder configFile(Path value) {
            configFile = value;
            return this;
        }

        public Builder manifest(Optional<Path> value) {
            manifest = value;
            return this;
        }

        public Builder deployer(DeployerSpec value) {
            deployer = value;
            return this;
        }

        public Builder ruleFiles(List<Path> value) {
            ruleFiles.addAll(value);
            return this;
        }

        public Builder allowlist(List<AllowlistEntry> value) {
            allowlist.addAll(value);
            return this;
        }

        public Builder unknownTypeLevel(Level value) {
            unknownTypeLevel = value;
            return this;
        }

        public Builder today(LocalDate value) {
            today = value;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(baseDir, configFile, manifest, deployer, ruleFiles, allowlist, unknownTypeLevel,
                    today);
        }
    }
}
