package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Links between CCV ids and Globe keys, written the moment a Globe write succeeds. */
@ApplicationScoped
public class RecordLinks {

    private static final String COLUMNS = "entity, ccv_id, globe_key, globe_guid, created_at, updated_at";

    private final Jdbc jdbc;

    public RecordLinks(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Records (or moves) the link of a CCV id. */
    public void link(String entity, String ccvId, String globeKey, String globeGuid) {
        Instant now = Instant.now();
        jdbc.upsert("UPDATE record_link SET globe_key = ?, globe_guid = ?, updated_at = ? WHERE entity = ? AND ccv_id = ?",
                Jdbc.params(globeKey, globeGuid, now, entity, ccvId),
                "INSERT INTO record_link (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                Jdbc.params(entity, ccvId, globeKey, globeGuid, now, now));
    }

    public Optional<RecordLink> byCcvId(String entity, String ccvId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM record_link WHERE entity = ? AND ccv_id = ?", RecordLinks::row,
                entity, ccvId);
    }

    public Optional<RecordLink> byGlobeKey(String entity, String globeKey) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM record_link WHERE entity = ? AND globe_key = ? ORDER BY updated_at DESC",
                RecordLinks::row, entity, globeKey);
    }

    /** The links of many Globe keys at once (one query per call); keys without a link are absent. */
    public java.util.Map<String, RecordLink> byGlobeKeys(String entity, java.util.Collection<String> globeKeys) {
        java.util.Map<String, RecordLink> links = new java.util.HashMap<>();
        for (java.util.List<String> part : Jdbc.partition(globeKeys)) {
            jdbc.query("SELECT " + COLUMNS + " FROM record_link WHERE " + Jdbc.pairsIn("entity", "globe_key", part.size()),
                    RecordLinks::row, Jdbc.pairParams(entity, part)).forEach(link -> links.put(link.globeKey(), link));
        }
        return links;
    }

    /** The links of an entity whose Globe side is {@code globeKey}, newest first. */
    public java.util.List<RecordLink> allByGlobeKey(String entity, String globeKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM record_link WHERE entity = ? AND globe_key = ? ORDER BY updated_at DESC",
                RecordLinks::row, entity, globeKey);
    }

    /** The links of an entity whose CCV id is LIKE {@code pattern} (e.g. {@code %@%}). */
    public java.util.List<RecordLink> byCcvIdLike(String entity, String pattern) {
        return jdbc.query("SELECT " + COLUMNS + " FROM record_link WHERE entity = ? AND ccv_id LIKE ?", RecordLinks::row, entity,
                pattern);
    }

    /** Removes the links of an entity last written before {@code cutoff}; returns how many. */
    public int deleteOlderThan(String entity, Instant cutoff) {
        return jdbc.update("DELETE FROM record_link WHERE entity = ? AND updated_at < ?", entity, cutoff);
    }

    public boolean unlink(String entity, String ccvId) {
        return jdbc.update("DELETE FROM record_link WHERE entity = ? AND ccv_id = ?", entity, ccvId) == 1;
    }

    private static RecordLink row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RecordLink(rs.getString("entity"), rs.getString("ccv_id"), rs.getString("globe_key"),
                rs.getString("globe_guid"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
