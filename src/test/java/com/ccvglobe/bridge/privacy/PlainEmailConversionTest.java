package com.ccvglobe.bridge.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.RecordLinks;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Rows an earlier version stored under a plain e-mail address (written here with plain SQL, as that version did) are
 * rewritten to e-mail keys by the start-up conversion, on H2 and on PostgreSQL; the key comes from the state store.
 */
@QuarkusTest
class PlainEmailConversionTest {

    @Inject
    DataSource dataSource;
    @Inject
    PlainEmailConversion conversion;
    @Inject
    ShopperKeys keys;
    @Inject
    RecordLinks links;
    @Inject
    IdempotencyKeys claims;

    @Test
    void debtorLinksAndClaimsUnderAPlainAddressAreRewrittenToKeys() throws Exception {
        String email = "legacy." + System.nanoTime() + "@exämple.de";
        OffsetDateTime then = Instant.now().minusSeconds(3600).atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_link (entity, ccv_id, globe_key, globe_guid, created_at,"
                    + " updated_at) VALUES ('debtor', ?, '  40123', '{ABC}', ?, ?)")) {
                ps.setString(1, email);
                ps.setObject(2, then);
                ps.setObject(3, then);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (flow, message_key, created_at, owner)"
                    + " VALUES ('debtor-create', ?, ?, NULL)")) {
                ps.setString(1, email);
                ps.setObject(2, then);
                ps.executeUpdate();
            }
        }

        assertThat(conversion.convert()).isGreaterThanOrEqualTo(2);

        assertThat(links.byCcvId("debtor", email)).isEmpty();
        assertThat(links.byCcvId("debtor", keys.email(email))).hasValueSatisfying(l -> {
            assertThat(l.globeKey()).isEqualTo("  40123");
            assertThat(l.globeGuid()).isEqualTo("{ABC}");
        });
        assertThat(keys.email(email)).startsWith("email:").hasSize(6 + 64).isEqualTo(keys.email("  Legacy" + email.substring(6)));
        assertThat(claims.keysLike("debtor-create", "%@%")).isEmpty();
        assertThat(conversion.convert()).as("nothing left to convert").isZero();
    }
}
