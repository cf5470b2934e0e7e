package io.github.sfperm.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetOrgTest {

    @TempDir
    Path dir;

    @Test
    void theCsvOfSfDataQueryIsReadAsIs() throws Exception {
        // sf data query --query "SELECT Username FROM User WHERE IsActive = true" --result-format csv
        Path file = dir.resolve("users.csv");
        Files.writeString(file, "Username\nrelease.bot@acme.com\n\"jane.doe@acme.com\"\n");
        assertThat(TargetOrgFile.read(file, ReferenceKind.USER))
                .containsExactly("release.bot@acme.com", "jane.doe@acme.com");
    }

    @Test
    void permissionSetsAreReadFromTheNameColumnAndComponentsAreDeclaredAsTypeColonMember() throws Exception {
        // sf data query --query "SELECT Name FROM PermissionSet WHERE IsOwnedByProfile = false" --result-format csv
        Path file = dir.resolve("permission-sets.csv");
        Files.writeString(file, "Name\nSales_Base\nService_Base\n");
        assertThat(TargetOrgFile.read(file, ReferenceKind.PERMISSION_SET))
                .containsExactly("Sales_Base", "Service_Base");
        TargetOrg org = new TargetOrgSpec(
                        Map.of(ReferenceKind.COMPONENT, List.of("CustomField:Account.Legacy_Id__c")),
                        Map.of(ReferenceKind.PERMISSION_SET, file))
                .load();
        assertThat(org.holds(ReferenceKind.PERMISSION_SET, "sales_base")).isTrue();
        assertThat(org.holds(ReferenceKind.COMPONENT, "CustomField:Account.legacy_id__c"))
                .isTrue();
        assertThat(org.names(ReferenceKind.USER)).isEmpty();
    }

    @Test
    void theJsonOfSfDataQueryIsReadAsIs() throws Exception {
        // sf data query --query "SELECT DeveloperName FROM UserRole" --result-format json
        Path file = dir.resolve("roles.json");
        Files.writeString(file, """
                {
                  "status": 0,
                  "result": {
                    "records": [
                      {"attributes": {"type": "UserRole", "url": "/services/data/v62.0/sobjects/UserRole/00E000000000001"},
                       "DeveloperName": "CEO"},
                      {"attributes": {"type": "UserRole"}, "DeveloperName": "SalesManager"}
                    ],
                    "totalSize": 2,
                    "done": true
                  }
                }
                """);
        assertThat(TargetOrgFile.read(file, ReferenceKind.ROLE)).containsExactly("CEO", "SalesManager");
    }

    @Test
    void aFileOfAnotherQueryIsRefusedWithTheColumnItNeeds() throws Exception {
        Path file = dir.resolve("users.csv");
        Files.writeString(file, "Id,Name\n005000000000001,Jane\n");
        assertThatThrownBy(() -> TargetOrgFile.read(file, ReferenceKind.USER))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("users.csv:1:1")
                .hasMessageContaining("the header line has no Username column (it reads 'Id,Name')");
    }

    @Test
    void aKindIsDeclaredByItsListOrFileAndNamesCompareWithoutCase() throws Exception {
        Path queues = dir.resolve("queues.csv");
        Files.writeString(queues, "DeveloperName\nSupport\n");
        TargetOrg org = new TargetOrgSpec(
                        Map.of(ReferenceKind.USER, List.of("Release.Bot@acme.com")),
                        Map.of(ReferenceKind.QUEUE, queues))
                .load();
        assertThat(org.holds(ReferenceKind.USER, "release.bot@acme.com")).isTrue();
        assertThat(org.holds(ReferenceKind.QUEUE, "support")).isTrue();
        assertThat(org.names(ReferenceKind.ROLE)).isEqualTo(Optional.empty());
        assertThat(TargetOrgSpec.none().load().isDeclared()).isFalse();
    }

    @Test
    void replacementsChangeTheValueDeployed() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), """
                {"packageDirectories": [{"path": "force-app", "default": true}],
                 "replacements": [
                   {"glob": "force-app/**/*.site-meta.xml", "stringToReplace": "admin@example.com",
                    "replaceWithEnv": "SITE_ADMIN"},
                   {"filename": "force-app/main/default/dashboards/D/B.dashboard-meta.xml",
                    "regexToReplace": "scratch-.*@example\\\\.com", "replaceWithFile": "runner.txt"}
                 ]}
                """);
        Path site = dir.resolve("force-app/main/default/sites/S.site-meta.xml");
        Path board = dir.resolve("force-app/main/default/dashboards/D/B.dashboard-meta.xml");
        Replacements set = Replacements.read(dir, Map.of("SITE_ADMIN", "admin@acme.com"));
        assertThat(set.deployed(site, "admin@example.com")).contains("admin@acme.com");
        assertThat(set.deployed(site, "other@example.com")).contains("other@example.com");
        assertThat(set.deployed(board, "scratch-1@example.com")).isEmpty();
        assertThat(Replacements.read(dir, Map.of()).deployed(site, "admin@example.com"))
                .isEmpty();
    }
}
