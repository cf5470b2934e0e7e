package io.github.sfperm.engine;

import io.github.sfperm.catalogue.Confidence;
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
 * @param baseDir the project directory (of the Maven module): paths in messages and reports are relative to it, and
 *     no file in it is read through a symbolic link out of it
 * @param projectDir the Salesforce project: {@code baseDir} or a directory below it
 * @param configFile the file that configures sfperm (the pom), named by findings about the configuration
 * @param manifest the configured {@code package.xml}, if any (otherwise the default locations are tried)
 * @param deployer who deploys
 * @param ruleFiles user rule files, applied in order after the built-in catalogue
 * @param allowlist accepted gaps
 * @param allowlistFile a shared allowlist file, read in addition to {@code allowlist}
 * @param failOnUnusedAllowlist whether an allowlist entry that matched nothing is an ERROR rather than a WARN
 * @param baselineFile the baseline of accepted findings, if any
 * @param unknownTypeLevel the level of UNKNOWN_TYPE findings
 * @param excessPermissionLevel the level of EXCESS_PERMISSION findings
 * @param expectedPermissions permissions the deployer holds for other reasons: never excess
 * @param today the date allowlist expiry is judged on
 * @param failOnConfidence the least confidence a rule needs for its MISSING_PERMISSION findings to be errors; a
 *     finding of a rule below it is a WARN
 * @param targetOrg what the org deployed to holds, as declared
 * @param environment the environment variables, for the replacements of {@code sfdx-project.json}
 */
public record CheckRequest(
        Path baseDir,
        Path projectDir,
        Path configFile,
        Optional<Path> manifest,
        DeployerSpec deployer,
        List<Path> ruleFiles,
        List<AllowlistEntry> allowlist,
        Optional<Path> allowlistFile,
        boolean failOnUnusedAllowlist,
        Optional<Path> baselineFile,
        Level unknownTypeLevel,
        Level excessPermissionLevel,
        java.util.Set<String> expectedPermissions,
        LocalDate today,
        Confidence failOnConfidence,
        io.github.sfperm.references.TargetOrgSpec targetOrg,
        java.util.Map<String, String> environment) {

    public CheckRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(configFile, "configFile");
        ruleFiles = List.copyOf(ruleFiles);
        allowlist = List.copyOf(allowlist);
        expectedPermissions = java.util.Set.copyOf(expectedPermissions);
        Objects.requireNonNull(failOnConfidence, "failOnConfidence");
        Objects.requireNonNull(targetOrg, "targetOrg");
        environment = java.util.Map.copyOf(environment);
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** Builds a {@link CheckRequest}. */
    public static final class Builder {
        private final Path baseDir;
        private Path projectDir;
        private Path configFile;
        private Optional<Path> manifest = Optional.empty();
        private DeployerSpec deployer = DeployerSpec.none();
        private final List<Path> ruleFiles = new ArrayList<>();
        private final List<AllowlistEntry> allowlist = new ArrayList<>();
        private Optional<Path> allowlistFile = Optional.empty();
        private boolean failOnUnusedAllowlist;
        private Optional<Path> baselineFile = Optional.empty();
        private Level unknownTypeLevel = Level.WARN;
        private Level excessPermissionLevel = Level.WARN;
        private final java.util.Set<String> expectedPermissions = new java.util.TreeSet<>();
        private LocalDate today = LocalDate.now();
        private Confidence failOnConfidence = Confidence.INFERRED;
        private io.github.sfperm.references.TargetOrgSpec targetOrg = io.github.sfperm.references.TargetOrgSpec.none();
        private java.util.Map<String, String> environment = System.getenv();

        private Builder(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath().normalize();
            this.projectDir = this.baseDir;
            this.configFile = this.baseDir.resolve("pom.xml");
        }

        /**
         * The Salesforce project: where {@code sfdx-project.json}, the default manifests and the permission set group
         * members are looked for. The base directory unless set (a Salesforce project in a sub-directory of the
         * Maven module).
         */
        public Builder projectDir(Path value) {
            projectDir = value.toAbsolutePath().normalize();
            return this;
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

        public Builder allowlistFile(Optional<Path> value) {
            allowlistFile = value;
            return this;
        }

        public Builder failOnUnusedAllowlist(boolean value) {
            failOnUnusedAllowlist = value;
            return this;
        }

        public Builder baselineFile(Optional<Path> value) {
            baselineFile = value;
            return this;
        }

        public Builder unknownTypeLevel(Level value) {
            unknownTypeLevel = value;
            return this;
        }

        public Builder excessPermissionLevel(Level value) {
            excessPermissionLevel = value;
            return this;
        }

        public Builder expectedPermissions(java.util.Collection<String> value) {
            expectedPermissions.addAll(value);
            return this;
        }

        public Builder failOnConfidence(Confidence value) {
            failOnConfidence = value;
            return this;
        }

        public Builder today(LocalDate value) {
            today = value;
            return this;
        }

        public Builder targetOrg(io.github.sfperm.references.TargetOrgSpec value) {
            targetOrg = value;
            return this;
        }

        /** The environment variables the replacements of {@code sfdx-project.json} read; the process's by default. */
        public Builder environment(java.util.Map<String, String> value) {
            environment = value;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(
                    baseDir,
                    projectDir,
                    configFile,
                    manifest,
                    deployer,
                    ruleFiles,
                    allowlist,
                    allowlistFile,
                    failOnUnusedAllowlist,
                    baselineFile,
                    unknownTypeLevel,
                    excessPermissionLevel,
                    expectedPermissions,
                    today,
                    failOnConfidence,
                    targetOrg,
                    environment);
        }
    }
}
