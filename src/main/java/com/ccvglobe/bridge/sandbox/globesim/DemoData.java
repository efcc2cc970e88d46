package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo administration (documented in docs/exact-globe.md): warehouses 1 and 2, GL accounts, VAT codes per
 * country, payment conditions, shipping methods, cost centres and units, classifications, assortments, items
 * {@code ART-0001..ART-0050} (ART-0040..ART-0050 with size × colour variants like {@code ART-0040-S-RED}), a freight
 * item {@code VERZEND}, a payment-costs item {@code BETAALKOST}, a discount item {@code KORTING}, a zero-rate VAT code {@code 0}, a blocked ({@code ART-9001}) and a discontinued
 * ({@code ART-9002}) item, the default debtor 1000 and some stock, reservations and purchase orders.
 */
final class DemoData {

    static final List<String> SIZES = List.of("S", "M", "L");
    static final List<String> COLOURS = List.of("RED", "BLUE");
    static final String DEFAULT_DEBTOR = "1000";

    private final EntityService service;
    private final EntitySchema schema;
    private final StockTables stock;

    DemoData(EntityService service, EntitySchema schema, StockTables stock) {
        this.service = service;
        this.schema = schema;
        this.stock = stock;
    }

    void seed() {
        add("Warehouse", row("Code", "1", "Description", "Hoofdmagazijn"));
        add("Warehouse", row("Code", "2", "Description", "Winkel"));
        gl("1100", "Bank", "B");
        gl("1300", "Debiteuren", "B");
        gl("1500", "Af te dragen btw", "B");
        gl("3000", "Voorraad handelsgoederen", "B");
        gl("8000", "Omzet Nederland", "W");
        gl("8010", "Omzet Belgie", "W");
        gl("8020", "Omzet Duitsland", "W");
        gl("8030", "Omzet intracommunautair", "W");
        gl("8040", "Omzet export", "W");
        gl("8100", "Verzend- en betaalkosten", "W");
        vat("2", "NL hoog 21%", "NL", "21", "I");
        vat("1", "NL laag 9%", "NL", "9", "I");
        vat("B21", "BE 21%", "BE", "21", "I");
        vat("B6", "BE 6%", "BE", "6", "I");
        vat("D19", "DE 19%", "DE", "19", "I");
        vat("D7", "DE 7%", "DE", "7", "I");
        vat("0", "Nultarief 0%", "", "0", "I");
        vat("IC0", "Intracommunautair 0%", "", "0", "E");
        vat("EX0", "Export 0%", "", "0", "E");
        add("PaymentCondition", row("PaymentConditionCode", "00", "Description", "Direct betaald", "Term", 0));
        add("PaymentCondition", row("PaymentConditionCode", "14", "Description", "14 dagen", "Term", 14));
        add("PaymentCondition", row("PaymentConditionCode", "30", "Description", "30 dagen", "Term", 30));
        shipping("PNL", "PostNL", "P");
        shipping("DHL", "DHL Parcel", "N");
        shipping("DPD", "DPD", "N");
        shipping("AFH", "Afhalen", "C");
        add("CostCenter", row("Code", "WEBSHOP", "Description", "Webwinkel"));
        add("CostCenter", row("Code", "WINKEL", "Description", "Fysieke winkel"));
        for (String unit : List.of("NL", "BE", "DE", "EXPORT")) {
            add("CostUnit", row("Code", unit, "Description", "Afzetgebied " + unit));
        }
        add("Classification", row("ID", "WEB", "Description", "Webshop klant", "Type", "C"));
        add("Classification", row("ID", "B2B", "Description", "Zakelijke klant", "Type", "C"));
        add("ItemAssortment", row("Assortment", 1, "Code", "PRODUCTEN", "Description", "Producten", "GLRevenue", "8000"));
        add("ItemAssortment", row("Assortment", 2, "Code", "KLEDING", "Description", "Kleding", "GLRevenue", "8000"));
        add("ItemAssortment", row("Assortment", 3, "Code", "DIENSTEN", "Description", "Diensten", "GLRevenue", "8100"));
        items();
        accounts();
        stock();
    }

    private void items() {
        for (int i = 1; i <= 50; i++) {
            String code = String.format("ART-%04d", i);
            BigDecimal price = BigDecimal.valueOf(4.95 + (i * 37 % 60));
            item(code, "Demo artikel " + i, price, i >= 40 ? 2 : 1, "A", true);
            if (i >= 40) {
                for (String size : SIZES) {
                    for (String colour : COLOURS) {
                        item(code + "-" + size + "-" + colour, "Demo artikel " + i + " maat " + size + " " + colour.toLowerCase(),
                                price, 2, "A", true);
                    }
                }
            }
        }
        item("VERZEND", "Verzendkosten", new BigDecimal("6.95"), 3, "A", false);
        item("BETAALKOST", "Betaalkosten", new BigDecimal("0.35"), 3, "A", false);
        item("KORTING", "Korting", BigDecimal.ZERO, 3, "A", false);
        item("ART-9001", "Geblokkeerd artikel", new BigDecimal("10.00"), 1, "B", true);
        item("ART-9002", "Vervallen artikel", new BigDecimal("10.00"), 1, "D", true);
    }

    private void item(String code, String description, BigDecimal price, int assortment, String condition, boolean stockItem) {
        add("Item", row("ItemCode", code, "Description0", description, "SalesPrice", price, "SalesCurrency", "EUR",
                "Condition", condition, "Type", "S", "IsSalesItem", true, "IsPurchaseItem", stockItem, "IsStockItem",
                stockItem, "Assortment", assortment, "SalesVATCode", "2", "GLAccountRevenue", assortment == 3 ? "8100" : "8000",
                "GLAccountDistribution", "3000", "Warehouse", "1"));
    }

    private void accounts() {
        add("Account", row("DebtorNumber", DEFAULT_DEBTOR, "AccountName", "Webshop particulieren", "CustomerType", "C",
                "CustomerStatus", "A", "ClassificationID", "WEB", "PaymentCondition", "00", "DeliveryCountry", "NL",
                "InvoiceCountry", "NL", "EmailAddress", "webshop@example.nl"));
        add("Account", row("DebtorNumber", "1010", "AccountName", "Bakkerij de Vries BV", "CustomerType", "C",
                "CustomerStatus", "A", "ClassificationID", "B2B", "PaymentCondition", "30", "DeliveryCountry", "NL",
                "InvoiceCountry", "NL", "EmailAddress", "inkoop@bakkerij-devries.example"));
        add("Account", row("DebtorNumber", "1020", "AccountName", "Geblokkeerde klant", "CustomerType", "C",
                "CustomerStatus", "B", "Blocked", true, "DeliveryCountry", "NL", "InvoiceCountry", "NL"));
    }

    private void stock() {
        for (int i = 1; i <= 50; i++) {
            String code = String.format("ART-%04d", i);
            if (i >= 40) {
                for (String size : SIZES) {
                    for (String colour : COLOURS) {
                        receive(code + "-" + size + "-" + colour, "1", (i + size.length() * 3 + colour.length()) % 9 + 2);
                    }
                }
            } else {
                receive(code, "1", i * 7 % 40 + 5);
                if (i % 5 == 0) {
                    receive(code, "2", 3);
                }
            }
        }
        stock.order("     901", "B", null, "PO-2026-001", List.of(
                new StockTables.OrderLine(1, "ART-0001", "1", new BigDecimal("24")),
                new StockTables.OrderLine(2, "ART-0002", "1", new BigDecimal("12"))));
    }

    private void receive(String item, String warehouse, int quantity) {
        stock.itemWarehouse(item, warehouse);
        stock.stockMovement(item, warehouse, BigDecimal.valueOf(quantity), "Beginvoorraad");
    }

    private void gl(String number, String description, String type) {
        add("GeneralLedgerAccount", row("GeneralLedgerCode", number, "GeneralLedgerDescription", description,
                "BalanceProfitAndLoss", type));
    }

    private void vat(String code, String description, String country, String percentage, String excluded) {
        add("VAT", row("VATCode", code, "Description", description, "CountryCode", country.isEmpty() ? null : country,
                "Percentage", new BigDecimal(percentage), "Excluded", excluded, "SalesPurchase", "V", "GLToPay", "1500"));
    }

    private void shipping(String code, String description, String type) {
        add("ShippingMethod", row("ShippingMethodProperty", code, "Description", description, "ShippingType", type));
    }

    private void add(String entity, Map<String, Object> row) {
        service.create(schema.entity(entity), row, true);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                row.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return row;
    }
}
