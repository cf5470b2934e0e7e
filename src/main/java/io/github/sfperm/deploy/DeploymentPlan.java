package io.github.sfperm.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a deployment does: the manifests read and the components they deploy and delete, each component once
 * (the first place that names it is kept).
 */
public record DeploymentPlan(List<Manifest> manifests, List<Component> components) {

    public DeploymentPlan {
        manifests = List.copyOf(manifests);
        components = List.copyOf(components);
    }

    /** The plan of {@code manifests}: their components, in order, without repeats. */
    public static DeploymentPlan of(List<Manifest> manifests) {
        Map<Component.Id, Component> components = new LinkedHashMap<>();
        for (Manifest manifest : manifests) {
            for (Component component : manifest.components()) {
                components.putIfAbsent(component.id(), component);
            }
        }
        return new DeploymentPlan(manifests, new ArrayList<>(components.values()));
    }
}
