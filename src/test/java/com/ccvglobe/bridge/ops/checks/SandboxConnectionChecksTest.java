package com.ccvglobe.bridge.ops.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.ops.ConnectionCheck.Result;

import io.quarkus.test.junit.QuarkusTest;

/** The connection checks of the running bridge against the sandbox systems, and with a mapping naming unknown codes. */
@QuarkusTest
class SandboxConnectionChecksTest {

    private static final Path USER_MAPPING = Path.of("target/test-classes/mapping/test-user-mapping.yaml");

    @Inject
    CcvShopCheck ccv;
    @Inject
    ExactGlobeCheck globe;
    @Inject
    MappingRegistry mapping;

    @Test
    void everyCheckPassesAgainstTheSandbox() {
        assertThat(ccv.run()).extracting(Result::name).containsExactly("credentials valid", "clock skew",
                "webhook registration", "rate-limit headroom");
        assertThat(ccv.run()).allSatisfy(r -> assertThat(r.ok()).as(r.name() + ": " + r.detail()).isTrue());
        List<Result> globeResults = globe.run();
        assertThat(globeResults).extracting(Result::name).containsExactly("entity service reachable", "credentials valid",
                "company (ServerName/DatabaseName) valid", "VAT codes (vat)", "payment conditions (payment-methods)",
                "shipping methods (shipping-methods)", "cost centres (cost-centres)", "cost units (cost-units)",
                "revenue accounts (revenue-accounts)", "items: freight, payment costs, discount (items)", "default debtor (default-debtor.code)", "stock SQL readable");
        assertThat(globeResults).allSatisfy(r -> assertThat(r.ok()).as(r.name() + ": " + r.detail()).isTrue());

        given().auth().preemptive().basic("viewer", "viewer").when().get("/api/connection-check").then().statusCode(200)
                .body("systems.system", hasItem("CCV Shop"))
                .body("systems.find { it.system == 'CCV Shop' }.ok", equalTo(true))
                .body("systems.find { it.system == 'Exact Globe' }.ok", equalTo(true));
    }

    @Test
    void codesTheMappingSendsButGlobeLacksAreNamed() throws Exception {
        String original = Files.readString(USER_MAPPING);
        try {
            assertThat(original).contains("freight: VERZEND");
            write(original.replace("freight: VERZEND", "freight: VRACHT")
                    + "\nvat:\n  codes:\n    - { country: NL, rate: 21, code: \"X21\" }\nshipping-methods:\n  default: ZEPP\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> "VRACHT".equals(mapping.current().items().freight()));

            List<Result> results = globe.run();

            assertThat(results).filteredOn(r -> !r.ok()).extracting(Result::name).containsExactlyInAnyOrder("VAT codes (vat)",
                    "shipping methods (shipping-methods)", "items: freight, payment costs, discount (items)");
            assertThat(results).filteredOn(r -> r.name().startsWith("VAT")).singleElement().satisfies(r -> {
                assertThat(r.detail()).isEqualTo("not in Globe's VAT: X21");
                assertThat(r.fix()).contains("vat.codes");
            });
            assertThat(results).filteredOn(r -> r.name().startsWith("shipping")).singleElement()
                    .satisfies(r -> assertThat(r.detail()).isEqualTo("not in Globe's ShippingMethod: ZEPP"));
            assertThat(results).filteredOn(r -> r.name().startsWith("items")).singleElement()
                    .satisfies(r -> assertThat(r.detail()).isEqualTo("not in Globe's Item: VRACHT"));
        } finally {
            write(original);
            await().atMost(Duration.ofSeconds(10)).until(() -> "VERZEND".equals(mapping.current().items().freight()));
        }
    }

    private static void write(String yaml) throws Exception {
        FileTime before = Files.getLastModifiedTime(USER_MAPPING);
        Files.writeString(USER_MAPPING, yaml);
        Instant later = before.toInstant().plusSeconds(2);
        Files.setLastModifiedTime(USER_MAPPING, FileTime.from(later.isAfter(Instant.now()) ? later : Instant.now()));
    }
}
