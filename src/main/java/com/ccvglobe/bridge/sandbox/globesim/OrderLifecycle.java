package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens to a sales order in Globe after it was entered, driven by the admin API: delivery (delivered
 * quantities, stock issued, an order history with a delivery note) and invoicing (an invoice history, the order
 * {@code Completed}, its reservation released).
 */
final class OrderLifecycle {

    private final EntityStore store;
    private final StockTables stock;

    OrderLifecycle(EntityStore store, StockTables stock) {
        this.store = store;
        this.stock = stock;
    }

    synchronized String deliver(String orderNumber) {
        Map<String, Object> order = order(orderNumber);
        String number = (String) order.get("SalesOrderNumber");
        long deliveryNote = store.next("OrderHistoryHeader", "DeliveryNoteNumber");
        boolean any = false;
        for (Map<String, Object> line : lines(number)) {
            BigDecimal open = ((BigDecimal) line.get("Quantity")).subtract((BigDecimal) line.get("QuantityDelivered"));
            if (open.signum() <= 0) {
                continue;
            }
            any = true;
            line.put("QuantityDelivered", line.get("Quantity"));
            store.put("SalesOrderLine", line.get("ID").toString(), line);
            String item = (String) line.get("Itemcode");
            stock.delivered(number, ((BigDecimal) line.get("LineNumber")).intValue(), open);
            stock.stockMovement(item, (String) line.get("Warehouse"), open.negate(), "Delivery " + number.trim());
            Map<String, Object> history = new LinkedHashMap<>();
            history.put("ID", BigDecimal.valueOf(store.next("OrderHistoryLine", "ID")));
            history.put("SalesOrderNumber", new BigDecimal(number.trim()));
            history.put("DeliveryNoteNumber", BigDecimal.valueOf(deliveryNote));
            history.put("ItemCode", item);
            history.put("Quantity", open.stripTrailingZeros().toPlainString());
            store.put("OrderHistoryLine", history.get("ID").toString(), history);
        }
        if (!any) {
            throw SimError.badRequest("Order " + number.trim() + " has nothing left to deliver");
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("ID", BigDecimal.valueOf(store.next("OrderHistoryHeader", "ID")));
        header.put("SalesOrderNumber", new BigDecimal(number.trim()));
        header.put("DeliveryNoteNumber", BigDecimal.valueOf(deliveryNote));
        header.put("DeliveryDate", Instant.now());
        header.put("OrderDate", order.get("SalesOrderDate"));
        store.put("OrderHistoryHeader", header.get("ID").toString(), header);
        return String.valueOf(deliveryNote);
    }

    synchronized String invoice(String orderNumber) {
        Map<String, Object> order = order(orderNumber);
        String number = (String) order.get("SalesOrderNumber");
        if (Boolean.TRUE.equals(order.get("Completed"))) {
            throw SimError.badRequest("Order " + number.trim() + " is already completed");
        }
        boolean open = lines(number).stream()
                .anyMatch(l -> ((BigDecimal) l.get("Quantity")).compareTo((BigDecimal) l.get("QuantityDelivered")) > 0);
        if (open) {
            deliver(number);
        }
        String invoiceNumber = String.valueOf(Math.max(store.next("InvoiceHistoryHeader", "InvoiceNumber"), 24100001L));
        Instant now = Instant.now();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> line : lines(number)) {
            Map<String, Object> history = new LinkedHashMap<>();
            history.put("ID", BigDecimal.valueOf(store.next("InvoiceHistoryLine", "ID")));
            history.put("InvoiceNumber", invoiceNumber);
            history.put("InvoiceDate", now);
            history.put("SalesOrderNumber", number.trim());
            history.put("ItemCode", line.get("Itemcode"));
            history.put("Quantity", line.get("Quantity"));
            history.put("SalesPrice", line.get("Price"));
            total = total.add(((BigDecimal) line.get("Price")).multiply((BigDecimal) line.get("Quantity")));
            store.put("InvoiceHistoryLine", history.get("ID").toString(), history);
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("ID", BigDecimal.valueOf(store.next("InvoiceHistoryHeader", "ID")));
        header.put("InvoiceNumber", invoiceNumber);
        header.put("InvoiceDate", now);
        header.put("SalesOrderNumber", number.trim());
        header.put("YourReference", order.get("YourReference"));
        header.put("OrderDebtor", ((String) order.get("OrderDebtor")).trim());
        header.put("SalesPrice", total);
        store.put("InvoiceHistoryHeader", header.get("ID").toString(), header);
        order.put("Completed", Boolean.TRUE);
        store.put("SalesOrderHeader", number, order);
        stock.completed(number);
        return invoiceNumber;
    }

    private Map<String, Object> order(String orderNumber) {
        Map<String, Object> order = store.get("SalesOrderHeader", String.format("%8s", orderNumber.trim()));
        if (order == null) {
            throw SimError.notFound("Sales order " + orderNumber.trim() + " does not exist");
        }
        return order;
    }

    private List<Map<String, Object>> lines(String number) {
        return store.where("SalesOrderLine", l -> number.equals(l.get("SalesOrderNumber"))).stream()
                .sorted(Comparator.comparing(l -> (BigDecimal) l.get("LineNumber"))).toList();
    }
}
