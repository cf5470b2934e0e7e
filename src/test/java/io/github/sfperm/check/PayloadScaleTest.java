package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile of realistic size (5,000 field permissions over 50 objects, each object with 100 field files, one of them
 * required): the object and field rules read and check it in well under a second; the time is printed.
 */
class PayloadScaleTest {

    @TempDir
    Path dir;

    @Test
    void aProfileWithThousandsOfFieldPermissions() throws Exception {
        StringBuilder profile = new StringBuilder("<Profile xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
        for (int o = 0; o < 50; o++) {
            String object = "Object" + o + "__c";
            for (int f = 0; f < 100; f++) {
                String field = "Field" + f + "__c";
                Files2.write(
                        dir,
                        "force-app/main/default/objects/" + object + "/fields/" + field + ".field-meta.xml",
                        "<CustomField xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>" + field
                                + "</fullName><required>" + (f == 0) + "</required><type>Text</type></CustomField>");
                profile.append("<fieldPermissions><editable>true</editable><field>")
                        .append(object)
                        .append('.')
                        .append(field)
                        .append("</field><readable>true</readable></fieldPermissions>\n");
            }
            profile.append("<objectPermissions><allowCreate>true</allowCreate><allowDelete>true</allowDelete>")
                    .append("<allowEdit>true</allowEdit><allowRead>true</allowRead>")
                    .append("<modifyAllRecords>false</modifyAllRecords><object>")
                    .append(object)
                    .append("</object><viewAllRecords>false</viewAllRecords></objectPermissions>\n");
        }
        profile.append("</Profile>\n");
        Path file = Files2.write(dir, "force-app/main/default/profiles/Big.profile-meta.xml", profile.toString());
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                new Component("Profile", "Big", Operation.DEPLOY, new Origin(file, 0)),
                PermissionFileReader.read(file, "Profile"));
        ObjectPayloadCheck check = new ObjectPayloadCheck(PayloadRules.builtIn());
        check.check(List.of(payload), ObjectFields.read(List.of(dir.resolve("force-app")))); // warm-up
        long start = System.nanoTime();
        List<Finding> findings = check.check(List.of(payload), ObjectFields.read(List.of(dir.resolve("force-app"))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("payload scale: 5,000 field permissions, 5,000 field files: " + millis + " ms");
        assertThat(findings).hasSize(50).allMatch(f -> f.kind() == Kind.PAYLOAD_REQUIRED_FIELD);
        assertThat(millis).isLessThan(5_000);
    }
}
