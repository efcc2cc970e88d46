package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the open health endpoints keep of an error message: what failed, not where. */
class AddressMaskTest {

    private final AddressMask mask = new AddressMask(List.of(Optional.of("https://myshop.ccvshop.nl"),
            Optional.of("jdbc:sqlserver://sql01.example.internal:1433;databaseName=400"), Optional.empty()));

    @Test
    void masksUrlsAddressesAndConfiguredHosts() {
        assertThat(mask.mask("I/O error on GET https://myshop.ccvshop.nl/api/rest/v1/orders: myshop.ccvshop.nl"))
                .isEqualTo("I/O error on GET <address> <address>");
        assertThat(mask.mask("sql01.example.internal: Name or service not known")).isEqualTo("<address>: Name or service not known");
        assertThat(mask.mask("Connect to globe:8020 [globe/10.0.0.5] failed")).isEqualTo("Connect to <address> [<address><address>] failed");
        assertThat(mask.mask("refused by [::1]:8080 and fe80:0:0:0:0:0:0:1")).isEqualTo("refused by <address> and <address>");
    }

    @Test
    void keepsTimesCodesAndClassNames() {
        String text = "HTTP 503 at 2026-12-07T03:00:00Z after 3 attempts: java.net.ConnectException, Exact.Entity.REST.EG";
        assertThat(mask.mask(text)).isEqualTo(text);
        assertThat(mask.mask(null)).isNull();
    }

    @Test
    void findsTheHostOfUrlsAndJdbcUrls() {
        assertThat(AddressMask.hostOf("jdbc:postgresql://user@db.internal:5432/bridge")).isEqualTo("db.internal");
        assertThat(AddressMask.hostOf("jdbc:h2:mem:bridge-test")).isNull();
        assertThat(AddressMask.hostOf("http://[fd00::5]:8020/x")).isEqualTo("[fd00::5]");
    }
}
