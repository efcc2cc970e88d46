package com.ccvglobe.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What start-up says of a user route file it cannot use: the file, the line and the problem, in one line an
 * operator can act on (the same parser refuses the file at start-up and on reload).
 */
class UserRouteParserTest {

    @TempDir
    Path folder;

    @Test
    void aMisspelledStepOptionNamesFileAndLine() throws Exception {
        Path file = folder.resolve("orders-extra.camel.yaml");
        Files.writeString(file, """
                - route:
                    id: orders-extra
                    from:
                      uri: direct:orders-extra
                      steps:
                        - log:
                            mesage: "typo"
                """);
        assertThatThrownBy(() -> parse(file)).isInstanceOf(UserRouteProblem.class)
                .hasMessageStartingWith("User route file " + file + ": line 7")
                .hasMessageContaining("mesage");
    }

    @Test
    void aRouteWithoutAnIdIsRefused() throws Exception {
        Path file = folder.resolve("no-id.camel.yaml");
        Files.writeString(file, """
                - route:
                    from:
                      uri: direct:no-id
                      steps:
                        - log: "hello"
                """);
        assertThatThrownBy(() -> parse(file)).isInstanceOf(UserRouteProblem.class)
                .hasMessageContaining("no-id.camel.yaml").hasMessageContaining("a route without an id");
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws Exception {
        Path file = folder.resolve("huge.camel.yaml");
        Files.writeString(file, "#".repeat(4096));
        assertThatThrownBy(() -> new UserRouteParser(new DefaultCamelContext(), 1024).parse(file))
                .hasMessageContaining("4096 bytes, more than bridge.routes.max-file-bytes (1024)");
    }

    @Test
    void aGoodFileYieldsItsRouteIds() throws Exception {
        Path file = folder.resolve("two.camel.yaml");
        Files.writeString(file, """
                - route:
                    id: first
                    from:
                      uri: direct:first
                      steps:
                        - log: "one"
                - route:
                    id: second
                    from:
                      uri: direct:second
                      steps:
                        - log: "two"
                """);
        assertThat(parse(file).file().routeIds()).containsExactly("first", "second");
    }

    private static UserRouteParser.Parsed parse(Path file) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            return new UserRouteParser(context, 1 << 20).parse(file);
        }
    }
}
