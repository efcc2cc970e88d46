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
                    if (route == null) {
                        continue;
                    }
                    String id = route.path("id").asText();
                    int start = doc.indexOf("### `" + file.getFileName() + "`");
                    assertThat(start).as("docs/routes.md has a section for %s", file.getFileName()).isNotNegative();
                    int end = doc.indexOf("\n### ", start + 1);
                    String section = doc.substring(start, end < 0 ? doc.length() : end);
                    assertThat(section).as("docs/routes.md lists %s under %s", id, file.getFileName())
                            .contains("| `" + id + "` |").contains("`" + route.path("from").path("uri").asText() + "`");
                    checked.add(id);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }
}
