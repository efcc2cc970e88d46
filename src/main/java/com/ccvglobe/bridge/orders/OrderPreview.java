package com.ccvglobe.bridge.orders;

import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.mapping.BodyPreview;

/**
 * The answer of the orders dry run ({@link OrderDryRun}): what the orders flow would decide for one CCV order and the
 * Globe documents it would write, with the provenance of every field. Nothing was written to produce it.
 *
 * @param decision    {@code would book}, {@code already booked}, {@code found in Globe}, {@code not qualified} or
 *                    {@code would park}
 * @param message     why, in the flow's own words (e.g. the article check's message); null when it would book
 * @param globeNumber the Globe number the order is booked as, when already booked or found in Globe
 * @param debtor      the debtor the documents would be on; null when the flow would not get that far
 * @param documents   the Globe documents in the order they would be written (a financial paid order: entry, payment)
 */
public record OrderPreview(String ccvOrderId, String record, String decision, String message, String globeNumber,
        String documentType, Debtor debtor, List<Document> documents) {

    /**
     * @param how     {@code default debtor}, {@code linked}, {@code found} or {@code would create}
     * @param account the {@code Account} body a new debtor would get (null for an existing debtor)
     * @param contact the main {@code ContactPerson} body of a new company debtor
     * @param updates the fields a MERGE would change on an existing debtor ({@code bridge.customers.update-existing})
     */
    public record Debtor(String number, String how, BodyPreview account, BodyPreview contact, Map<String, Object> updates) {
    }

    /** One Globe document: header and lines, with the entity names they are written to. */
    public record Document(String headerEntity, String lineEntity, BodyPreview header, List<BodyPreview> lines) {
    }

    public OrderPreview {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
