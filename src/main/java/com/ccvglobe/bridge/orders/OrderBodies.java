package com.ccvglobe.bridge.orders;

import java.util.ArrayList;
import java.util.List;

import com.ccvglobe.bridge.mapping.DocumentBody;

/**
 * The Globe bodies of an order's document, as {@link OrderCommitter} sends them and the dry-run preview shows them:
 * the header with the debtor, and a body per line ({@code Itemcode} on a sales order line, {@code ItemCode} on an
 * invoice line). Each field keeps the mapping rule, table row or flow step it came from.
 */
final class OrderBodies {

    private OrderBodies() {
    }

    /** The header of a sales order or invoice, on this debtor. */
    static DocumentBody header(OrderDocument document, String debtor) {
        DocumentBody header = DocumentBody.of(document.header(), document.headerProvenance());
        header.byFlow("OrderDebtor", debtor, debtorSource(document));
        return header;
    }

    /** The lines of a sales order or invoice. */
    static List<DocumentBody> lines(OrderDocument document) {
        String itemField = itemField(document.type());
        List<DocumentBody> lines = new ArrayList<>();
        for (DocumentLine line : document.lines()) {
            DocumentBody body = new DocumentBody();
            body.put(itemField, line.item(), line.provenance().get("item"));
            body.put("Quantity", line.quantity(), line.provenance().get("Quantity"));
            body.put("Price", line.price(), line.provenance().get("Price"));
            body.put("NetPrice", line.netPrice(), line.provenance().get("NetPrice"));
            if (line.discountPercentage() != null) {
                body.put("DiscountPercentage", line.discountPercentage(), line.provenance().get("DiscountPercentage"));
            }
            body.put("VATCode", line.vatCode(), line.provenance().get("VATCode"));
            line.fields().forEach((field, value) -> body.put(field, value, line.provenance().get(field)));
            lines.add(body);
        }
        return lines;
    }

    static String itemField(OrdersConfig.Document type) {
        return type == OrdersConfig.Document.invoice ? "ItemCode" : "Itemcode";
    }

    /** Why the document is on its debtor. */
    static String debtorSource(OrderDocument document) {
        return document.onDefaultDebtor() ? "the mapping's default debtor (debtors.default-debtor)"
                : "the customer's debtor, found by e-mail address or created";
    }
}
