package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * What the articles flow found in a shop whose catalogue already existed: the link-up report and whether an operator
 * read and confirmed it (table {@code articles_link_up}), and the SKUs found more than once in CCV
 * ({@code articles_duplicate_sku}). Shared by every replica.
 */
@ApplicationScoped
public class CatalogueFindings {

    static final String LINK_UP = "link-up";

    /** The stored link-up: {@code state} is {@code reported} or {@code confirmed}; report is JSON. */
    public record LinkUp(String state, String summary, String report, Instant reportedAt, Instant readAt, String readBy,
            Instant confirmedAt, String confirmedBy) {
    }

    /** A SKU found in more than one place in CCV: {@code found} lists them. */
    public record DuplicateSku(String sku, String found, Instant firstSeen, Instant lastSeen) {
    }

    private final Jdbc jdbc;

    public CatalogueFindings(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<LinkUp> linkUp() {
        return jdbc.queryOne("SELECT * FROM articles_link_up WHERE name = ?", rs -> new LinkUp(rs.getString("state"),
                rs.getString("summary"), rs.getString("report"), Jdbc.instant(rs, "reported_at"), Jdbc.instant(rs, "read_at"),
                rs.getString("read_by"), Jdbc.instant(rs, "confirmed_at"), rs.getString("confirmed_by")), LINK_UP);
    }

    /** Stores a (new) report; it has to be read and confirmed again. */
    public void reported(String summary, String report) {
        Instant now = Instant.now();
        String shortSummary = summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        jdbc.upsert("UPDATE articles_link_up SET state = 'reported', summary = ?, report = ?, reported_at = ?, read_at = NULL,"
                + " read_by = NULL, confirmed_at = NULL, confirmed_by = NULL WHERE name = ?",
                Jdbc.params(shortSummary, report, now, LINK_UP),
                "INSERT INTO articles_link_up (name, state, summary, report, reported_at) VALUES (?, 'reported', ?, ?, ?)",
                Jdbc.params(LINK_UP, shortSummary, report, now));
    }

    /** The first time someone opened the report; later reads change nothing. */
    public void read(String by) {
        jdbc.update("UPDATE articles_link_up SET read_at = ?, read_by = ? WHERE name = ? AND read_at IS NULL", Instant.now(),
                by, LINK_UP);
    }

    /** An operator confirmed the report: returns false when there is no report to confirm. */
    public boolean confirm(String by) {
        Instant now = Instant.now();
        return jdbc.update("UPDATE articles_link_up SET state = 'confirmed', confirmed_at = ?, confirmed_by = ?,"
                + " read_at = COALESCE(read_at, ?), read_by = COALESCE(read_by, ?) WHERE name = ? AND state = 'reported'",
                now, by, now, by, LINK_UP) == 1;
    }

    /** Forgets the link-up (a new report is made by the next first run). */
    public void forgetLinkUp() {
        jdbc.update("DELETE FROM articles_link_up WHERE name = ?", LINK_UP);
    }

    public void duplicate(String sku, String found) {
        Instant now = Instant.now();
        String text = found.length() <= 2000 ? found : found.substring(0, 2000);
        jdbc.upsert("UPDATE articles_duplicate_sku SET found = ?, last_seen = ? WHERE sku = ?", Jdbc.params(text, now, sku),
                "INSERT INTO articles_duplicate_sku (sku, found, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                Jdbc.params(sku, text, now, now));
    }

    /** The SKU is in one place (or none) now. Returns true when it was a known duplicate. */
    public boolean resolved(String sku) {
        return jdbc.update("DELETE FROM articles_duplicate_sku WHERE sku = ?", sku) > 0;
    }

    public List<DuplicateSku> duplicates() {
        return jdbc.query("SELECT sku, found, first_seen, last_seen FROM articles_duplicate_sku ORDER BY sku",
                rs -> new DuplicateSku(rs.getString("sku"), rs.getString("found"), Jdbc.instant(rs, "first_seen"),
                        Jdbc.instant(rs, "last_seen")));
    }
}
