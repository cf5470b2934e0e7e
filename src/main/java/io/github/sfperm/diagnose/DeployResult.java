package io.github.sfperm.diagnose;

import java.util.List;

/**
 * A deployment's result as read from a file.
 *
 * @param shape which output it was read as: {@code sf-json} ({@code sf project deploy start|validate|report|resume
 *     --json}, {@code sfdx force:mdapi:deploy --json}, {@code sfdx force:source:deploy --json} of the plugin-source
 *     era), {@code sfdx-legacy-json} (the older {@code force:source:deploy --json} list of errors),
 *     {@code metadata-api-xml} (the Metadata API's {@code DeployResult})
 * @param failures every failure, in the order of the file
 */
public record DeployResult(String shape, List<DeployFailure> failures) {

    public DeployResult {
        failures = List.copyOf(failures);
    }
}
