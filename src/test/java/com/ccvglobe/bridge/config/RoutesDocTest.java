package com.ccvglobe.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docs/routes.md names every shipped route id (the ids a user route replaces), under the file that defines it, with
 * the endpoint it starts from; a route added, renamed or moved without the reference fails here.
 */
class RoutesDocTest {

    @Test
    void everyShippedRouteIsInTheReferenceWithItsFileAndEndpoint() throws Exception {
        String doc = Files.readString(Path.of("docs/routes.md"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList()) {
                for (JsonNode item : yaml.readTree(file.toFile())) {
                    JsonNode route = item.get("route");
                    JsonNode templated = item.get("templatedRoute");
                    if (route == null && templated == null) {
                        continue;
                    }
                    int start = doc.indexOf("### `" + file.getFileName() + "`");
                    assertThat(start).as("docs/routes.md has a section for %s", file.getFileName()).isNotNegative();
                    int end = doc.indexOf("\n### ", start + 1);
                    String section = doc.substring(start, end < 0 ? doc.length() : end);
                    String id = route != null ? route.path("id").asText() : templated.path("routeId").asText();
                    assertThat(section).as("docs/routes.md lists %s under %s", id, file.getFileName()).contains("| `" + id + "` |");
                    if (route != null) {
                        assertThat(section).contains("`" + route.path("from").path("uri").asText() + "`");
                    } else {
                        assertThat(section).as("%s names its building block", id)
                                .contains("templatedRoute `" + templated.path("routeTemplateRef").asText() + "`");
                    }
                    checked.add(id);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void everyBuildingBlockIsInTheReferenceWithEveryParameter() throws Exception {
        String doc = Files.readString(Path.of("docs/routes.md"));
        String blocks = doc.substring(doc.indexOf("## Building blocks"), doc.indexOf("### The body through the orders flow"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> checked = new ArrayList<>();
        for (JsonNode item : yaml.readTree(Path.of("src/main/resources/blocks/building-blocks.camel.yaml").toFile())) {
            JsonNode template = item.get("routeTemplate");
            String id = template.path("id").asText();
            int row = blocks.indexOf("| `" + id + "` |");
            assertThat(row).as("docs/routes.md has a row for building block %s", id).isNotNegative();
            String line = blocks.substring(row, blocks.indexOf('\n', row));
            for (JsonNode parameter : template.path("parameters")) {
                assertThat(parameter.path("description").asText()).as("%s.%s is described", id, parameter.path("name").asText())
                        .isNotBlank();
                assertThat(line).as("docs/routes.md names parameter %s of %s", parameter.path("name").asText(), id)
                        .contains("`" + parameter.path("name").asText() + "`");
            }
            checked.add(id);
        }
        assertThat(checked).contains("leader-poll", "map-fields", "globe-commit", "ccv-write-back", "record-activity");
    }
}
