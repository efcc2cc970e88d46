package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The simulator's own admin API under {@code /sandbox-admin/} (not part of Globe): {@code POST reset},
 * {@code POST seed} ({@code {"Item":[{…}], …}}), {@code GET state}, {@code GET|DELETE calls} (with {@code ntlmHandshakes} and {@code connections}), {@code POST|DELETE faults}
 * ({@code failNext}, {@code status}, {@code delayMillis}, {@code unauthorized}; {@code lateAnswers} calls matching
 * {@code lateAnswerTo} ({@code "POST Account, POST SalesOrderHeader"}, or {@code "*"} for any) carried out at once and answered after
 * {@code lateAnswerMillis}; {@code lateStarts} calls matching {@code lateStartTo} carried out only after
 * {@code lateStartMillis}), {@code POST settings}
 * ({@code strictYourReference}, {@code strictNames}, {@code truncateLongValues}, {@code pageSize}), {@code POST stock}
 * ({@code itemCode}, {@code warehouse}, {@code quantity}), {@code POST stock-receipts} (many at once),
 * {@code POST orders/{number}/deliver} and
 * {@code POST orders/{number}/invoice}.
 */
final class AdminApi {

    private final SimState state;

    AdminApi(SimState state) {
        this.state = state;
    }

    SimResponse handle(String method, String path, String body) throws JsonProcessingException {
        Map<String, Object> in = body == null || body.isBlank() ? Map.of()
                : ODataJson.MAPPER.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
                });
        String[] segments = path.split("/");
        String route = method + " " + segments[0];
        return switch (route) {
            case "POST reset" -> {
                state.reset();
                yield ok(Map.of("reset", true));
            }
            case "POST seed" -> seed(in);
            case "GET state" -> ok(stateView());
            case "GET calls" -> ok(Map.of("counts", state.calls.counts(), "calls", state.calls.calls(),
                    "ntlmHandshakes", state.calls.handshakes(), "connections", state.calls.connections()));
            case "DELETE calls" -> {
                state.calls.clear();
                yield SimResponse.empty(204);
            }
            case "POST faults" -> {
                int status = number(in.get("status"), 500);
                state.faults.failNext(number(in.get("failNext"), 0), status);
                state.faults.delayMillis(number(in.get("delayMillis"), 0));
                state.faults.unauthorized(Boolean.TRUE.equals(in.get("unauthorized")));
                state.faults.lateAnswers.set(number(in.get("lateAnswers"), 0), text(in.get("lateAnswerTo")),
                        number(in.get("lateAnswerMillis"), 0));
                state.faults.lateStarts.set(number(in.get("lateStarts"), 0), text(in.get("lateStartTo")),
                        number(in.get("lateStartMillis"), 0));
                yield SimResponse.empty(204);
            }
            case "DELETE faults" -> {
                state.faults.clear();
                yield SimResponse.empty(204);
            }
            case "POST settings" -> settings(in);
            case "POST stock" -> {
                state.stock.itemWarehouse((String) in.get("itemCode"), (String) in.get("warehouse"));
                state.stock.stockMovement((String) in.get("itemCode"), (String) in.get("warehouse"),
                        new BigDecimal(in.get("quantity").toString()), "Correctie");
                yield SimResponse.empty(204);
            }
            case "POST stock-receipts" -> receipts(in);
            case "POST orders" -> order(segments);
            default -> SimResponse.json(404, ODataJson.error("No admin resource " + method + " " + path));
        };
    }

    private SimResponse order(String[] segments) {
        if (segments.length != 3) {
            throw SimError.notFound("Use orders/{number}/deliver or orders/{number}/invoice");
        }
        return switch (segments[2]) {
            case "deliver" -> ok(Map.of("deliveryNoteNumber", state.lifecycle.deliver(segments[1])));
            case "invoice" -> ok(Map.of("invoiceNumber", state.lifecycle.invoice(segments[1])));
            default -> throw SimError.notFound("Unknown order action " + segments[2]);
        };
    }

    /** {@code {"receipts":[{"itemCode","warehouse","quantity"}, …]}}: many stock receipts at once, see StockTables. */
    @SuppressWarnings("unchecked")
    private SimResponse receipts(Map<String, Object> in) {
        List<StockTables.Receipt> receipts = new java.util.ArrayList<>();
        for (Object row : (List<Object>) in.getOrDefault("receipts", List.of())) {
            Map<String, Object> r = (Map<String, Object>) row;
            receipts.add(new StockTables.Receipt((String) r.get("itemCode"), String.valueOf(r.getOrDefault("warehouse", "1")),
                    new BigDecimal(String.valueOf(r.get("quantity")))));
        }
        return ok(Map.of("received", state.stock.bulkReceive(receipts)));
    }

    @SuppressWarnings("unchecked")
    private SimResponse seed(Map<String, Object> in) {
        Map<String, Integer> created = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : in.entrySet()) {
            EntitySchema.Entity entity = state.schema.entity(entry.getKey());
            if (entity == null) {
                throw SimError.badRequest("Unknown entity " + entry.getKey());
            }
            for (Object row : (List<Object>) entry.getValue()) {
                state.service.create(entity, new LinkedHashMap<>((Map<String, Object>) row), true);
                created.merge(entity.name(), 1, Integer::sum);
            }
        }
        return ok(created);
    }

    private SimResponse settings(Map<String, Object> in) {
        if (in.get("strictYourReference") instanceof Boolean b) {
            state.settings.strictYourReference(b);
        }
        if (in.get("strictNames") instanceof Boolean b) {
            state.settings.strictNames(b);
        }
        if (in.get("truncateLongValues") instanceof Boolean b) {
            state.settings.truncateLongValues(b);
        }
        if (in.get("pageSize") != null) {
            state.settings.pageSize(number(in.get("pageSize"), 100));
        }
        return ok(settingsView());
    }

    private Map<String, Object> stateView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("entities", state.store.counts());
        view.put("stagedLines", state.documents.stagedCount());
        Map<String, Integer> tables = new LinkedHashMap<>();
        for (String table : List.of("Items", "gbkmut", "orkrg", "orsrg", "voorrd")) {
            tables.put(table, state.stock.countRows(table));
        }
        view.put("stockTables", tables);
        view.put("settings", settingsView());
        return view;
    }

    private Map<String, Object> settingsView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("strictYourReference", state.settings.strictYourReference());
        view.put("strictNames", state.settings.strictNames());
        view.put("truncateLongValues", state.settings.truncateLongValues());
        view.put("pageSize", state.settings.pageSize());
        return view;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int number(Object value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value.toString());
    }

    private static SimResponse ok(Object body) {
        try {
            return SimResponse.json(200, ODataJson.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
