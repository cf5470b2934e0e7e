package io.github.sfperm.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <targetOrg>} element of the plugin configuration: what the org deployed to holds, declared (sfperm never
 * connects to an org). Each kind is declared by its list, its file, or both; a kind not declared is not checked
 * against the org (its references are warnings).
 */
public class TargetOrgConfig {

    /** The usernames of the org's users. */
    List<String> usernames = new ArrayList<>();

    /** The developer names of the org's roles. */
    List<String> roles = new ArrayList<>();

    /** The developer names of the org's public groups. */
    List<String> groups = new ArrayList<>();

    /** The developer names of the org's queues. */
    List<String> queues = new ArrayList<>();

    /**
     * The names of the org's permission sets (and muting permission sets), which the permission set groups being
     * deployed may name.
     *
     * @since 0.1.0
     */
    List<String> permissionSets = new ArrayList<>();

    /**
     * Custom components the org holds that the permission sets and profiles being deployed name, as
     * {@code Type:Member} ({@code CustomField:Account.Legacy_Id__c}, {@code ApexClass:LegacyService}).
     *
     * @since 0.1.0
     */
    List<String> components = new ArrayList<>();

    /** The output of {@code sf data query --query "SELECT Username FROM User" --result-format csv} (or json). */
    File usernamesFile;

    /** The output of {@code sf data query --query "SELECT DeveloperName FROM UserRole" --result-format csv}. */
    File rolesFile;

    /** The output of {@code sf data query --query "SELECT DeveloperName FROM Group WHERE Type = 'Regular'" ...}. */
    File groupsFile;

    /** The output of {@code sf data query --query "SELECT DeveloperName FROM Group WHERE Type = 'Queue'" ...}. */
    File queuesFile;

    /**
     * The output of {@code sf data query --query "SELECT Name FROM PermissionSet WHERE IsOwnedByProfile = false"
     * --result-format csv} (or json).
     *
     * @since 0.1.0
     */
    File permissionSetsFile;
}
