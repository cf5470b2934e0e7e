package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResolverTest {

    @Test
    void implementsTheSourceFormatStrategyOfEveryTypeInTheRegistry() {
        MetadataRegistry registry = MetadataRegistry.builtIn();
        Resolver resolver = new Resolver(registry, FileNode.root(Path.of(".")), true);
        assertThat(resolver.adapterNames())
                .containsAll(registry.types().stream()
                        .map(MetadataType::adapter)
                        .distinct()
                        .toList());
    }
}
