package io.github.sfperm.deployer;

import io.github.sfperm.deploy.Origin;

/**
 * One way the deployer holds a permission: {@code via} names the source ({@code permission set CI_Deployer},
 * {@code <permissions> in the pom}); {@code origin} is the file and line when there is one.
 */
public record Grant(String permission, String via, Origin origin) {}
