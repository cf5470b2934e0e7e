package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.bench.ProjectGenerator;
import io.github.sfperm.deploy.Component;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SourceTree#component} and {@link SourceTree#expand} look components up in an index: same answers as a scan. */
class SourceTreeIndexTest {

    @TempDir
    Path dir;

    private static Optional<SourceComponent> scan(SourceTree tree, String type, String member) {
        return tree.sourceComponents().stream()
                .filter(c -> c.deployed() && c.type().equals(type) && c.member().equals(member))
                .findFirst();
    }

    @Test
    void findsEveryDeployedComponentAndNothingElse() throws Exception {
        SourceTree tree = SourceTreeReader.read(
                ProjectGenerator.generate(dir.resolve("p"), 500).dir());
        assertThat(tree.sourceComponents()).anyMatch(c -> !c.deployed()); // the field translations
        for (SourceComponent component : tree.sourceComponents()) {
            assertThat(tree.component(component.type(), component.member()))
                    .as("%s %s", component.type(), component.member())
                    .isEqualTo(scan(tree, component.type(), component.member()));
        }
        assertThat(tree.component("apexclass", "Domain_00000")).isPresent(); // any letter case of the type
        assertThat(tree.component("ApexClass", "NoSuchClass")).isEmpty();
        assertThat(tree.component("NoSuchType", "X")).isEmpty();
    }

    @Test
    void expandsAWildcardToTheDeployedMembersOfItsTypeInOrder() throws Exception {
        SourceTree tree = SourceTreeReader.read(
                ProjectGenerator.generate(dir.resolve("p"), 500).dir());
        for (String type : tree.members().keySet()) {
            assertThat(tree.expand(type).components().stream()
                            .map(Component::member)
                            .toList())
                    .as(type)
                    .isEqualTo(tree.sourceComponents().stream()
                            .filter(c -> c.deployed()
                                    && c.type().equals(type)
                                    && (!type.equals("CustomObject")
                                            || c.member().contains("__")))
                            .map(SourceComponent::member)
                            .toList());
        }
        assertThat(tree.expand("CustomFieldTranslation").components()).isEmpty();
    }
}
