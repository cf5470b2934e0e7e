package io.github.sfperm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The registry resource, read field by field with the streaming parser, is what Jackson's object mapper reads. */
class RegistryResourceTest {

    @Test
    void theStreamingReaderReadsWhatTheObjectMapperReads() throws Exception {
        MetadataRegistry.Resource bound;
        try (InputStream in = MetadataRegistry.class.getResourceAsStream(MetadataRegistry.RESOURCE)) {
            bound = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, MetadataRegistry.Resource.class);
        }
        MetadataRegistry.Resource streamed;
        try (InputStream in = MetadataRegistry.class.getResourceAsStream(MetadataRegistry.RESOURCE);
                JsonParser parser = new JsonFactory().createParser(in)) {
            streamed = MetadataRegistry.readResource(parser);
        }
        assertThat(streamed.types()).hasSizeGreaterThan(500);
        assertThat(streamed.types()).isEqualTo(bound.types());
        assertThat(streamed).isEqualTo(bound);
    }

    @Test
    void fieldsItDoesNotKnowAreSkipped() throws Exception {
        String json = "{\"future\": {\"a\": [1, {\"b\": 2}]}, \"schema\": \"s\", \"types\": [{\"name\": \"X\","
                + " \"newFlag\": true, \"inFolder\": true, \"children\": [\"Y\"], \"nested\": {\"c\": [3]}}]}";
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            MetadataRegistry.Resource resource = MetadataRegistry.readResource(parser);
            assertThat(resource.schema()).isEqualTo("s");
            assertThat(resource.types()).singleElement().satisfies(type -> {
                assertThat(type.name()).isEqualTo("X");
                assertThat(type.inFolder()).isTrue();
                assertThat(type.children()).containsExactly("Y");
                assertThat(type.isAddressable()).isNull();
            });
        }
    }
}
