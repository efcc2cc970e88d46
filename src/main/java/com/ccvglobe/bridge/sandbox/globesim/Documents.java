package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The TransactionKey procedure: lines are staged per key (issued on the first line, or taken from the client); the
 * header validates and creates the document (sales order, invoice, financial entry), or fails and leaves the staged
 * lines in place until they are deleted.
 */
final class Documents {

    static final Map<String, String> LINE_OF_HEADER = Map.of("SalesOrderHeader", "SalesOrderLine", "InvoiceHeader",
            "InvoiceLine", "FinancialHeader", "FinancialLine");

    private record Staged(String entity, String key, Map<String, Object> row) {
    }

    private final EntityStore store;
    private final StockTables stock;
    private final SimSettings settings;
    private final MasterDataChecks checks;
    private final Map<Long, Staged> staged = new LinkedHashMap<>();
    private long nextLineId = 1;

    Documents(EntityStore store, StockTables stock, SimSettings settings) {
        this.store = store;
        this.stock = stock;
        this.settings = settings;
        this.checks = new MasterDataChecks(store);
    }

    static boolean isLine(String entity) {
        return LINE_OF_HEADER.containsValue(entity);
    }

    static boolean isHeader(String entity) {
        return LINE_OF_HEADER.containsKey(entity);
    }

    synchronized Map<String, Object> stageLine(String entity, Map<String, Object> line) {
        Map<String, Object> row = new LinkedHashMap<>(line);
        Object key = row.get("TransactionKey");
        row.put("TransactionKey", key == null ? UUID.randomUUID().toString() : key.toString());
        long id = nextLineId++;
        row.put("ID", BigDecimal.valueOf(id));
        staged.put(id, new Staged(entity, row.get("TransactionKey").toString(), row));
        return row;
    }

    synchronized boolean deleteStaged(String entity, long id) {
        Staged line = staged.get(id);
        if (line == null || !line.entity().equals(entity)) {
            return false;
        }
        staged.remove(id);
        return true;
    }

    synchronized int stagedCount() {
        return staged.size();
    }

    synchronized void clear() {
        staged.clear();
    }

    synchronized Map<String, Object> commit(String headerEntity, Map<String, Object> header) {
        Object key = header.get("TransactionKey");
        if (key == null) {
            throw SimError.badRequest("Property 'TransactionKey' of entity '" + headerEntity + "' is mandatory");
        }
        String lineEntity = LINE_OF_HEADER.get(headerEntity);
        List<Map.Entry<Long, Staged>> lines = staged.entrySet().stream()
                .filter(e -> e.getValue().key().equals(key.toString()) && e.getValue().entity().equals(lineEntity)).toList();
        if (lines.isEmpty()) {
            throw SimError.badRequest("No " + lineEntity + " found for TransactionKey " + key);
        }
        List<Map<String, Object>> rows = lines.stream().map(e -> new LinkedHashMap<>(e.getValue().row())).map(r -> (Map<String, Object>) r).toList();
        Map<String, Object> created = switch (headerEntity) {
            case "SalesOrderHeader" -> salesOrder(header, rows);
            case "InvoiceHeader" -> invoice(header, rows);
            default -> financialEntry(header, rows);
        };
        lines.forEach(e -> staged.remove(e.getKey()));
        return created;
    }

    private Map<String, Object> salesOrder(Map<String, Object> header, List<Map<String, Object>> lines) {
        mandatory("SalesOrderHeader", header, "OrderDebtor", "YourReference");
        checks.debtor((String) header.get("OrderDebtor"));
        checks.headerCodes(header);
        if (settings.strictYourReference() && store.exists("SalesOrderHeader", "YourReference", header.get("YourReference"))) {
            throw SimError.badRequest("An order with your reference " + header.get("YourReference") + " already exists");
        }
        Object warehouse = header.getOrDefault("Warehouse", "1");
        for (Map<String, Object> line : lines) {
            checks.salesItem((String) line.get("Itemcode"));
            line.putIfAbsent("Warehouse", warehouse);
            checks.lineCodes(line);
        }
        String number = String.format("%8d", store.next("SalesOrderHeader", "SalesOrderNumber"));
        Map<String, Object> order = new LinkedHashMap<>(header);
        order.put("SalesOrderNumber", number);
        order.put("Warehouse", warehouse);
        order.putIfAbsent("SalesOrderDate", Instant.now());
        order.put("Completed", Boolean.FALSE);
        List<StockTables.OrderLine> stockLines = new ArrayList<>();
        int lineNumber = 0;
        for (Map<String, Object> line : lines) {
            lineNumber++;
            Map<String, Object> item = store.get("Item", (String) line.get("Itemcode"));
            line.put("SalesOrderNumber", number);
            line.putIfAbsent("LineNumber", BigDecimal.valueOf(lineNumber));
            line.put("QuantityDelivered", BigDecimal.ZERO);
            line.putIfAbsent("Quantity", BigDecimal.ONE);
            line.putIfAbsent("Price", item.getOrDefault("SalesPrice", BigDecimal.ZERO));
            line.putIfAbsent("Description", item.get("Description0"));
            store.put("SalesOrderLine", line.get("ID").toString(), line);
            stockLines.add(new StockTables.OrderLine(((BigDecimal) line.get("LineNumber")).intValue(),
                    (String) line.get("Itemcode"), (String) line.get("Warehouse"), (BigDecimal) line.get("Quantity")));
        }
        DocumentTotals.Totals totals = DocumentTotals.of(store, lines, "Itemcode", null);
        order.put("TotalAmount", totals.amount());
        order.put("TotalAmountExcludingVAT", totals.excludingVat());
        order.put("TotalVATAmount", totals.vat());
        store.put("SalesOrderHeader", number, order);
        stock.order(number, "V", (String) header.get("OrderDebtor"), (String) header.get("YourReference"), stockLines);
        return order;
    }

    private Map<String, Object> invoice(Map<String, Object> header, List<Map<String, Object>> lines) {
        mandatory("InvoiceHeader", header, "OrderDebtor", "YourReference", "InvoiceCode");
        checks.debtor((String) header.get("OrderDebtor"));
        checks.headerCodes(header);
        for (Map<String, Object> line : lines) {
            checks.salesItem((String) line.get("ItemCode"));
            checks.lineCodes(line);
        }
        long id = store.next("InvoiceHeader", "ID");
        Map<String, Object> invoice = new LinkedHashMap<>(header);
        invoice.put("ID", BigDecimal.valueOf(id));
        invoice.put("OurReference", String.valueOf(Math.max(store.next("InvoiceHeader", "OurReference"), 24000001L)));
        DocumentTotals.Totals totals = DocumentTotals.of(store, lines, "ItemCode", header.get("CalculateIncludingVAT"));
        invoice.put("TotalAmount", totals.amount());
        invoice.put("TotalAmountExclVAT", totals.excludingVat());
        invoice.put("TotalVAT", totals.vat());
        store.put("InvoiceHeader", String.valueOf(id), invoice);
        lines.forEach(line -> store.put("InvoiceLine", line.get("ID").toString(), line));
        return invoice;
    }

    private Map<String, Object> financialEntry(Map<String, Object> header, List<Map<String, Object>> lines) {
        mandatory("FinancialHeader", header, "Journal");
        BigDecimal balance = BigDecimal.ZERO;
        for (Map<String, Object> line : lines) {
            checks.glAccount(line.get("GLAccount"));
            checks.lineCodes(line);
            balance = balance.add(amount(line.get("Amount"))).add(amount(line.get("VATAmount")));
        }
        if (balance.signum() != 0) {
            throw SimError.badRequest("Entry is not in balance: difference " + balance.toPlainString());
        }
        long id = store.next("FinancialHeader", "ID");
        String entryNumber = String.valueOf(Math.max(store.next("FinancialHeader", "EntryNumber"), 25000001L));
        Map<String, Object> entry = new LinkedHashMap<>(header);
        entry.put("ID", BigDecimal.valueOf(id));
        entry.put("EntryNumber", entryNumber);
        store.put("FinancialHeader", String.valueOf(id), entry);
        for (Map<String, Object> line : lines) {
            line.put("EntryNumber", entryNumber);
            store.put("FinancialLine", line.get("ID").toString(), line);
        }
        return entry;
    }

    private static BigDecimal amount(Object value) {
        return value instanceof BigDecimal b ? b : BigDecimal.ZERO;
    }

    private static void mandatory(String entity, Map<String, Object> row, String... properties) {
        for (String property : properties) {
            Object value = row.get(property);
            if (value == null || value.toString().isBlank()) {
                throw SimError.badRequest("Property '" + property + "' of entity '" + entity + "' is mandatory");
            }
        }
    }
}
