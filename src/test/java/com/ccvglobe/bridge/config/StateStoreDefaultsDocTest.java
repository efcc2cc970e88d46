package com.ccvglobe.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The state store URL docs/configuration.md gives as the default is the one application.properties ships, and an H2
 * file URL keeps {@code DB_CLOSE_ON_EXIT=FALSE}: without it H2's own shutdown hook closes the database while in-flight
 * orders still write to it.
 */
class StateStoreDefaultsDocTest {

    @Test
    void theDocumentedH2UrlIsTheShippedOneAndKeepsTheDatabaseOpenUntilTheBridgeStops() throws Exception {
        Properties shipped = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            shipped.load(in);
        }
        String url = shipped.getProperty("quarkus.datasource.jdbc.url");
        String devUrl = shipped.getProperty("%dev.quarkus.datasource.jdbc.url");
        assertThat(url).startsWith("jdbc:h2:file:").contains(";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(devUrl).startsWith("jdbc:h2:file:").contains(";DB_CLOSE_ON_EXIT=FALSE");

        Matcher row = Pattern.compile("\\| `quarkus\\.datasource\\.jdbc\\.url` \\| `QUARKUS_DATASOURCE_JDBC_URL` \\| `([^`]+)`")
                .matcher(Files.readString(Path.of("docs/configuration.md")));
        assertThat(row.find()).as("docs/configuration.md documents quarkus.datasource.jdbc.url").isTrue();
        assertThat(row.group(1)).as("the documented default").isEqualTo(url);
    }
}
