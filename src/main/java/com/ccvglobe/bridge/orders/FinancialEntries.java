package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order as a sales journal entry: the receivable on the debtor (debit, the total incl. VAT), and per VAT code the
 * revenue on the revenue account of the country (credit, excl. VAT) with its VAT ({@code VATAmount}, credit). Built
 * from the same line amounts as a sales order, so it balances to the cent. When paid, the payment is a second entry
 * in the bank journal: bank debit, receivable credit on the debtor.
 */
final class FinancialEntries {

    private FinancialEntries() {
    }

    static List<Map<String, Object>> salesLines(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<String, Object> receivable = line(config.receivableAccount(), document.total(), "Order " + document.yourReference());
        receivable.put("DebtorNumber", debtor);
        lines.add(receivable);
        Map<String, BigDecimal[]> perCode = new LinkedHashMap<>();
        for (DocumentLine line : document.lines()) {
            BigDecimal[] sums = perCode.computeIfAbsent(line.vatCode(), c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            sums[0] = sums[0].add(line.amountExcludingVat());
            sums[1] = sums[1].add(line.vat());
        }
        perCode.forEach((code, sums) -> {
            Map<String, Object> revenue = line(document.revenueAccount(), sums[0].negate(), "Revenue VAT " + code);
            revenue.put("VATCode", code);
            revenue.put("VATAmount", sums[1].negate());
            revenue.put("VATBasis", sums[0].negate());
            if (document.costCentre() != null) {
                revenue.put("CostCenter", document.costCentre());
            }
            lines.add(revenue);
        });
        return lines;
    }

    static Map<String, Object> salesHeader(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        Map<String, Object> header = new LinkedHashMap<>(document.header());
        header.put("Journal", config.salesJournal());
        header.put("JournalAccount", config.receivableAccount());
        header.put("DebtorNumber", debtor);
        header.put("YourReference", document.yourReference());
        header.putIfAbsent("Description", "CCV order " + document.yourReference());
        header.put("PaymentCondition", document.paymentTerms().condition());
        header.put("PaymentMethod", document.paymentTerms().method());
        return header;
    }

    static List<Map<String, Object>> paymentLines(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        Map<String, Object> bank = line(config.bankAccount(), document.total(), "Payment order " + document.yourReference());
        Map<String, Object> receivable = line(config.receivableAccount(), document.total().negate(),
                "Payment order " + document.yourReference());
        receivable.put("DebtorNumber", debtor);
        return List.of(bank, receivable);
    }

    static Map<String, Object> paymentHeader(OrderDocument document, String debtor, OrdersConfig.Financial config) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Journal", config.bankJournal());
        header.put("JournalAccount", config.bankAccount());
        header.put("DebtorNumber", debtor);
        header.put("YourReference", document.yourReference());
        header.put("Description", "Payment CCV order " + document.yourReference());
        return header;
    }

    private static Map<String, Object> line(String account, BigDecimal amount, String description) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("GLAccount", account);
        line.put("Amount", amount);
        line.put("Description", description.length() > 60 ? description.substring(0, 60) : description);
        return line;
    }
}
