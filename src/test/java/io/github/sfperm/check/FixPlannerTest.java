package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.RequirementParser;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FixPlannerTest {

    private static Finding gap(String requirement, Set<String> held) throws Exception {
        Requirement required = RequirementParser.parse(requirement);
        Component component = new Component("X", "Y", Operation.DEPLOY, Origin.of(Path.of("p")));
        return new Finding(
                Kind.MISSING_PERMISSION,
                Level.ERROR,
                "r",
                component,
                component.origin(),
                required,
                required.unmet(held).orElseThrow(),
                null,
                "",
                "");
    }

    private static Set<String> plan(Set<String> held, String... requirements) throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (String requirement : requirements) {
            findings.add(gap(requirement, held));
        }
        return FixPlanner.plan(findings, held);
    }

    @Test
    void choosesModifyMetadataRatherThanModifyAllData() throws Exception {
        assertThat(plan(Set.of(), "ApiEnabled AND (ModifyMetadata OR ModifyAllData)"))
                .containsExactly("ApiEnabled", "ModifyMetadata");
    }

    @Test
    void choosesTheNarrowPermissionOfAConnectedAppRule() throws Exception {
        assertThat(plan(
                        Set.of("CustomizeApplication"),
                        "CustomizeApplication AND (ModifyAllData OR ManageRemoteAccess)"))
                .containsExactly("ManageRemoteAccess");
    }

    @Test
    void takesModifyAllDataWhenNothingNarrowerMeetsTheRule() throws Exception {
        assertThat(plan(
                        Set.of("CustomizeApplication"),
                        "CustomizeApplication AND ModifyAllData",
                        "ModifyMetadata OR ModifyAllData"))
                .containsExactly("ModifyAllData");
    }

    @Test
    void addsNothingTwiceAndNothingAlreadyHeld() throws Exception {
        assertThat(plan(
                        Set.of("ApiEnabled"),
                        "ApiEnabled AND ManageInteraction",
                        "ManageInteraction",
                        "CustomizeApplication OR ModifyAllData"))
                .containsExactly("CustomizeApplication", "ManageInteraction");
    }
}
