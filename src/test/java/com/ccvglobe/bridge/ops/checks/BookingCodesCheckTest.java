package com.ccvglobe.bridge.ops.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.mapping.DebtorSettings;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.ops.ConnectionCheck.Code;
import com.ccvglobe.bridge.ops.ConnectionCheck.Result;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The connection check covers every code a booking can use: a cost unit the mapping sends but the sandbox Globe lacks
 * makes it red, with Globe's cost units listed and a proposed mapping row that, copied into the mapping file, makes it
 * green. The default debtor is checked only when orders can be booked on it.
 */
@QuarkusTest
class BookingCodesCheckTest {

    private static final Path USER_MAPPING = Path.of("target/test-classes/mapping/test-user-mapping.yaml");

    @Inject
    ExactGlobeCheck check;
    @Inject
    GlobeEntityClient globe;
    @Inject
    MappingRegistry mapping;

    private Result costUnits() {
        return check.run().stream().filter(r -> r.name().equals("cost units (cost-units)")).findFirst().orElseThrow();
    }

    @Test
    void aMissingCostUnitIsRedWithGlobesListAndAProposedRowThatFixesIt() throws Exception {
        assertThat(costUnits().ok()).as(costUnits().detail()).isTrue();
        String original = Files.readString(USER_MAPPING);
        globe.delete("CostUnit", GlobeKey.code("NL"));
        globe.create("CostUnit", Map.of("Code", "NED", "Description", "Afzetgebied Nederland"));
        try {
            Result red = costUnits();
            assertThat(red.ok()).isFalse();
            assertThat(red.detail()).isEqualTo("not in Globe's CostUnit: NL");
            assertThat(red.fix()).contains("cost-units").contains("proposed mapping rows");
            assertThat(red.codes().globe()).extracting(Code::code).contains("NED", "BE", "DE", "EXPORT").doesNotContain("NL");
            assertThat(red.codes().globe()).filteredOn(c -> c.code().equals("NED")).singleElement()
                    .extracting(Code::description).isEqualTo("Afzetgebied Nederland");
            assertThat(red.codes().asked()).filteredOn(a -> a.code().equals("NL")).singleElement().satisfies(a -> {
                assertThat(a.found()).isFalse();
                assertThat(a.mappedBy()).contains("cost-units.rules");
                assertThat(a.proposed().code()).isEqualTo("NED");
            });
            assertThat(red.codes().proposal()).contains("cost-units:\n  rules:\n    - { country: NL, value: \"NED\" }")
                    .contains("Globe NED \"Afzetgebied Nederland\"");
            given().auth().preemptive().basic("viewer", "viewer").get("/api/connection-check").then().statusCode(200)
                    .body("systems.find { it.system == 'Exact Globe' }.ok", equalTo(false))
                    .body("systems.find { it.system == 'Exact Globe' }.checks.find { it.name == 'cost units (cost-units)' }.codes.proposal",
                            containsString("value: \"NED\""));

            write(original + "\n" + red.codes().proposal());
            await().atMost(Duration.ofSeconds(10)).until(() -> mapping.current().costUnits().valueFor(null, "NL", null)
                    .filter("NED"::equals).isPresent());
            assertThat(costUnits().ok()).as("the proposed row copied into the mapping file fixes it").isTrue();
        } finally {
            write(original);
            await().atMost(Duration.ofSeconds(10)).until(() -> mapping.current().costUnits().valueFor(null, "NL", null)
                    .filter("NL"::equals).isPresent());
            globe.delete("CostUnit", GlobeKey.code("NED"));
            globe.create("CostUnit", Map.of("Code", "NL", "Description", "Afzetgebied NL"));
        }
    }

    @Test
    void theDefaultDebtorIsCheckedOnlyWhenOrdersCanBeBookedOnIt() throws Exception {
        String original = Files.readString(USER_MAPPING);
        try {
            write(original + "\ndefault-debtor:\n  code: \"99999\"\n  use-for: never\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> "99999".equals(mapping.current().debtors().defaultDebtor()));
            Result unused = debtor();
            assertThat(unused.ok()).isTrue();
            assertThat(unused.detail()).startsWith("not used");

            write(original + "\ndefault-debtor:\n  code: \"99999\"\n  use-for: guests\n");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> mapping.current().debtors().defaultDebtorUse() == DebtorSettings.DefaultDebtorUse.GUESTS);
            Result used = debtor();
            assertThat(used.ok()).isFalse();
            assertThat(used.detail()).isEqualTo("not in Globe's Account: 99999");
        } finally {
            write(original);
            await().atMost(Duration.ofSeconds(10)).until(() -> "1000".equals(mapping.current().debtors().defaultDebtor()));
        }
    }

    private Result debtor() {
        List<Result> results = check.run();
        return results.stream().filter(r -> r.name().startsWith("default debtor")).findFirst().orElseThrow();
    }

    private static void write(String yaml) throws Exception {
        FileTime before = Files.getLastModifiedTime(USER_MAPPING);
        Files.writeString(USER_MAPPING, yaml);
        Instant later = before.toInstant().plusSeconds(2);
        Files.setLastModifiedTime(USER_MAPPING, FileTime.from(later.isAfter(Instant.now()) ? later : Instant.now()));
    }
}
