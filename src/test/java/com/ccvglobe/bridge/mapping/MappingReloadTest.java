package com.ccvglobe.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The running app: the mapping is loaded at start-up from the default plus the user file
 * ({@code %test.bridge.mapping-file}); a valid change to the user file applies without restart; an invalid
 * change keeps the previous mapping and is reported with file, line and key (status and CDI event).
 */
@QuarkusTest
class MappingReloadTest {

    private static final Path USER_FILE = Path.of("target/test-classes/mapping/test-user-mapping.yaml");

    @Inject
    MappingRegistry registry;

    @Inject
    MappingStatus status;

    @Inject
    ReloadFailures failures;

    private String original;

    @BeforeEach
    void remember() throws IOException {
        original = Files.readString(USER_FILE);
    }

    @AfterEach
    void restore() throws IOException {
        write(original);
        await().atMost(Duration.ofSeconds(10)).until(() -> status.snapshot().lastError().isEmpty()
                && "VERZEND".equals(registry.current().items().freight()));
    }

    /** Writes the file with a modification time clearly after the previous one. */
    private static void write(String yaml) throws IOException {
        FileTime before = Files.getLastModifiedTime(USER_FILE);
        Files.writeString(USER_FILE, yaml);
        Instant later = before.toInstant().plusSeconds(2);
        Files.setLastModifiedTime(USER_FILE, FileTime.from(later.isAfter(Instant.now()) ? later : Instant.now()));
    }

    @Test
    void startUpLoadsTheDefaultWithTheUserFileOverIt() {
        assertThat(registry.current().files()).containsExactly("classpath:mapping/default-mapping.yaml",
                USER_FILE.toString());
        assertThat(status.snapshot().files()).isEqualTo(registry.current().files());
        assertThat(status.snapshot().loadedAt()).isNotNull();
        assertThat(registry.current().vat().codeFor(java.math.BigDecimal.TEN.add(java.math.BigDecimal.valueOf(11)),
                "NL", false, false, "order 1")).isEqualTo("2");
    }

    @Test
    void aValidChangeAppliesToTheNextMessage() throws IOException {
        Mapping before = registry.current();
        write("items:\n  freight: SHIPX\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SHIPX".equals(registry.current().items().freight()));
        assertThat(before.items().freight()).as("a message holding the old mapping keeps it").isEqualTo("VERZEND");
        assertThat(registry.current().items().paymentCosts()).isEqualTo("BETAALKOST");
        assertThat(status.snapshot().lastError()).isEmpty();
    }

    @Test
    void anInvalidChangeKeepsThePreviousMappingAndIsReported() throws IOException {
        Mapping before = registry.current();
        int eventsBefore = failures.seen().size();
        write("items:\n  freight: SHIPY\nfields:\n  orders:\n    line:\n      Quantity: { source: $.count, transforms: [ trimm ] }\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> status.snapshot().lastError().isPresent());

        assertThat(registry.current()).isSameAs(before);
        assertThat(registry.current().items().freight()).isEqualTo("VERZEND");
        MappingProblem problem = status.snapshot().lastError().orElseThrow();
        assertThat(problem.file()).isEqualTo(USER_FILE.toString());
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.key()).isEqualTo("fields.orders.line.Quantity.transforms[0]");
        assertThat(problem.message()).startsWith("unknown transform 'trimm' (did you mean 'trim'?)");
        assertThat(failures.seen()).hasSize(eventsBefore + 1);
        assertThat(failures.seen().get(eventsBefore).problem()).isEqualTo(problem);
    }
}
