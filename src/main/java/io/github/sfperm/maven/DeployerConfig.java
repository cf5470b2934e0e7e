package io.github.sfperm.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <deployer>} element of the plugin configuration: who deploys. Any combination of the fields; the
 * deploying user holds the union of their permissions.
 */
public class DeployerConfig {

    /** Permission set files ({@code *.permissionset-meta.xml}) assigned to the deploying user. */
    List<File> permissionSets = new ArrayList<>();

    /**
     * Permission set group files; their member and muting permission sets are found by name in the project.
     */
    List<File> permissionSetGroups = new ArrayList<>();

    /** The deploying user's profile file ({@code *.profile-meta.xml}). */
    File profile;

    /** User permission API names the deploying user holds, given inline. */
    List<String> permissions = new ArrayList<>();

    /** The deploying user's licence: {@code SalesforceIntegration} or {@code Salesforce}. */
    String license;

    /**
     * The user permissions the licence allows, as the org lists them (Setup, Company Information, Permission Set
     * Licenses, Salesforce API Integration); with it, a needed permission outside the licence is a LICENSE_FORBIDS.
     */
    List<String> licensePermissions = new ArrayList<>();
}
