package com.ccvglobe.bridge.exactglobe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.TransientException;
import com.ccvglobe.bridge.support.UnansweredWriteException;

/**
 * Writes a header/line document through Globe's TransactionKey procedure (exact-globe-api.md §2.6): the first line
 * without a key → Globe issues the TransactionKey → the other lines with that key → the header with that key, which
 * validates and creates the document. When Globe refuses a line or the header, the lines staged so far are deleted
 * and Globe's message is carried in a {@link BusinessException}. When the outcome is unknown (timeout, connection
 * lost) nothing is deleted: the header may have been processed ({@link UnansweredWriteException} only then).
 */
@ApplicationScoped
public class GlobeDocumentWriter {

    private static final Logger LOG = Logger.getLogger(GlobeDocumentWriter.class);

    private final GlobeEntityClient client;

    public GlobeDocumentWriter(GlobeEntityClient client) {
        this.client = client;
    }

    /** Creates the document; returns the number Globe assigned to its header. */
    public GlobeDocument write(GlobeDocumentType type, List<? extends Map<String, ?>> lines, Map<String, ?> header) {
        if (lines.isEmpty()) {
            throw new BusinessException(type.headerEntity(), null, "A " + type.headerEntity() + " needs at least one line");
        }
        List<GlobeFields.Truncation> truncations = new ArrayList<>();
        List<Long> staged = new ArrayList<>();
        String key = null;
        try {
            for (Map<String, ?> line : lines) {
                Map<String, Object> body = new LinkedHashMap<>(line);
                body.remove("TransactionKey");
                if (key != null) {
                    body.put("TransactionKey", key);
                }
                GlobeRecord created = stageLine(type, body);
                truncations.addAll(created.truncations());
                if (created.number("ID") != null) {
                    staged.add(created.number("ID").longValue());
                }
                if (key == null) {
                    key = created.text("TransactionKey");
                    if (key == null || key.isBlank()) {
                        throw new BusinessException(type.lineEntity(), "TransactionKey",
                                "Exact Globe returned no TransactionKey for the first " + type.lineEntity());
                    }
                }
            }
            Map<String, Object> body = new LinkedHashMap<>(header);
            body.put("TransactionKey", key);
            GlobeRecord created = client.create(type.headerEntity(), body);
            truncations.addAll(created.truncations());
            return new GlobeDocument(type, created.text(type.numberProperty()), key, List.copyOf(truncations));
        } catch (BusinessException refused) {
            String cleanup = deleteStaged(type, staged);
            if (refused instanceof GlobeValidationException globe) {
                throw new GlobeValidationException(globe.record(), globe.field(), globe.status(), globe.globeMessage(),
                        globe.getMessage() + cleanup);
            }
            throw new BusinessException(refused.record(), refused.field(), refused.getMessage() + cleanup, refused);
        }
    }

    /**
     * One line. A line staged without an answer books nothing (only the header does): the next attempt stages its
     * lines afresh, so such a failure is an ordinary transient one, not an unanswered booking.
     */
    private GlobeRecord stageLine(GlobeDocumentType type, Map<String, Object> body) {
        try {
            return client.create(type.lineEntity(), body);
        } catch (UnansweredWriteException unanswered) {
            throw new TransientException("Exact Globe did not answer POST " + type.lineEntity() + " (a staged line; nothing"
                    + " is booked before the header): " + unanswered.getCause(), unanswered.getCause());
        }
    }

    private String deleteStaged(GlobeDocumentType type, List<Long> staged) {
        int failed = 0;
        for (Long id : staged) {
            try {
                client.delete(type.lineEntity(), GlobeKey.number(id));
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf("Could not delete staged %s %d: %s", type.lineEntity(), id, e.getMessage());
            }
        }
        if (staged.isEmpty()) {
            return "";
        }
        return failed == 0 ? " (" + staged.size() + " staged " + type.lineEntity() + " deleted)"
                : " (" + failed + " of " + staged.size() + " staged " + type.lineEntity() + " could not be deleted)";
    }
}
