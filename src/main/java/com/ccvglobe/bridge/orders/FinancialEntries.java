package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.PaymentMethods.PaymentTerms;
import com.ccvglobe.bridge.mapping.Resolved;

/**
 * The order as a sales journal entry: the receivable on the debtor (debit, the total incl. VAT), and per VAT code the
 * revenue on the revenue account of the country (credit, excl. VAT) with its VAT ({@code VATAmount}, credit). Built
 * from the same line amounts as a sales order, so it balances to the cent. When paid, the payment is a second entry
 * in the bank journal: bank debit, receivable credit on the debtor. Every field keeps where it came from.
 */
final class FinancialEntries {

    private FinancialEntries() {
    }

    static List<DocumentBody> salesLines(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        List<DocumentBody> lines = new ArrayList<>();
        DocumentBody receivable = line(config.receivableAccount(), "bridge.orders.financial.receivable-account",
                document.total(), "the order total incl. VAT (debit)", "Order " + document.yourReference());
        receivable.byFlow("DebtorNumber", debtor, OrderBodies.debtorSource(document));
        lines.add(receivable);
        Map<String, BigDecimal[]> perCode = new LinkedHashMap<>();
        Map<String, DocumentLine> firstLine = new LinkedHashMap<>();
        for (DocumentLine line : document.lines()) {
            BigDecimal[] sums = perCode.computeIfAbsent(line.vatCode(), c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            sums[0] = sums[0].add(line.amountExcludingVat());
            sums[1] = sums[1].add(line.vat());
            firstLine.putIfAbsent(line.vatCode(), line);
        }
        perCode.forEach((code, sums) -> {
            DocumentBody revenue = new DocumentBody()
                    .put("GLAccount", document.revenueAccount(), document.revenueAccountSource())
                    .byFlow("Amount", sums[0].negate(), "the lines with VAT code " + code + " excl. VAT (credit)")
                    .byFlow("Description", "Revenue VAT " + code, "names the VAT code");
            revenue.put("VATCode", code, firstLine.get(code).provenance().get("VATCode"));
            revenue.byFlow("VATAmount", sums[1].negate(), "the VAT of the lines with VAT code " + code + " (credit)");
            revenue.byFlow("VATBasis", sums[0].negate(), "the lines with VAT code " + code + " excl. VAT");
            if (document.costCentre() != null) {
                revenue.put("CostCenter", document.costCentre(), document.headerProvenance().get("CostCenter"));
            }
            lines.add(revenue);
        });
        return lines;
    }

    static DocumentBody salesHeader(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        DocumentBody header = DocumentBody.of(document.header(), document.headerProvenance());
        header.byFlow("Journal", config.salesJournal(), "bridge.orders.financial.sales-journal");
        header.byFlow("JournalAccount", config.receivableAccount(), "bridge.orders.financial.receivable-account");
        header.byFlow("DebtorNumber", debtor, OrderBodies.debtorSource(document));
        header.put("YourReference", document.yourReference(), document.headerProvenance().get("YourReference"));
        header.byFlowIfAbsent("Description", "CCV order " + document.yourReference(), "names the CCV order");
        PaymentTerms terms = document.paymentTerms();
        Resolved row = new Resolved(terms.method(), terms.key(), terms.origin());
        header.put("PaymentCondition", terms.condition(), DocumentBody.table("PaymentCondition", row));
        header.put("PaymentMethod", terms.method(), DocumentBody.table("PaymentMethod", row));
        return header;
    }

    static List<DocumentBody> paymentLines(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        DocumentBody bank = line(config.bankAccount(), "bridge.orders.financial.bank-account", document.total(),
                "the order total (debit)", "Payment order " + document.yourReference());
        DocumentBody receivable = line(config.receivableAccount(), "bridge.orders.financial.receivable-account",
                document.total().negate(), "the order total (credit)", "Payment order " + document.yourReference());
        receivable.byFlow("DebtorNumber", debtor, OrderBodies.debtorSource(document));
        return List.of(bank, receivable);
    }

    static DocumentBody paymentHeader(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        return new DocumentBody()
                .byFlow("Journal", config.bankJournal(), "bridge.orders.financial.bank-journal")
                .byFlow("JournalAccount", config.bankAccount(), "bridge.orders.financial.bank-account")
                .byFlow("DebtorNumber", debtor, OrderBodies.debtorSource(document))
                .put("YourReference", document.yourReference(), document.headerProvenance().get("YourReference"))
                .byFlow("Description", "Payment CCV order " + document.yourReference(), "names the CCV order");
    }

    private static DocumentBody line(String account, String accountKey, BigDecimal amount, String amountWhy, String description) {
        return new DocumentBody()
                .byFlow("GLAccount", account, accountKey)
                .byFlow("Amount", amount, amountWhy)
                .byFlow("Description", description.length() > 60 ? description.substring(0, 60) : description,
                        "names the CCV order");
    }
}
