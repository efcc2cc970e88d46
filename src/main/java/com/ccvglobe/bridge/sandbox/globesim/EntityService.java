package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The entity service behind {@code /services/Exact.Entity.REST.EG/}: collection reads, keyed reads, POST (create;
 * document lines and headers through the TransactionKey procedure), MERGE and PUT (partial update), DELETE.
 */
final class EntityService {

    private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z_]+)(?:\\((.*)\\))?/?$");
    private static final Set<String> WRITE_ONLY = Set.of("InvoiceHeader", "InvoiceLine");
    private static final Set<String> NO_CREATE = Set.of("OrderHistoryHeader", "OrderHistoryLine", "InvoiceHistoryHeader",
            "InvoiceHistoryLine");

    private final EntitySchema schema;
    private final EntityStore store;
    private final WriteRules rules;
    private final Documents documents;
    private final StockTables stock;
    private final SimSettings settings;

    EntityService(EntitySchema schema, EntityStore store, Documents documents, StockTables stock, SimSettings settings) {
        this.schema = schema;
        this.store = store;
        this.rules = new WriteRules(settings);
        this.documents = documents;
        this.stock = stock;
        this.settings = settings;
    }

    SimResponse handle(String method, String path, Map<String, String> params, String body, String baseUrl) {
        Matcher m = SEGMENT.matcher(path);
        EntitySchema.Entity entity = m.matches() ? schema.entity(m.group(1)) : null;
        if (entity == null) {
            throw SimError.notFound("Resource not found for the segment '" + path + "'");
        }
        String key = m.group(2) == null ? null : keyValue(entity, m.group(2));
        return switch (method) {
            case "GET" -> read(entity, key, params, baseUrl);
            case "POST" -> {
                requireNoKey(key);
                yield create(entity, parse(body), baseUrl);
            }
            case "MERGE", "PUT", "PATCH" -> update(entity, requireKey(key), parse(body));
            case "DELETE" -> delete(entity, requireKey(key));
            default -> throw new SimError(405, "Method " + method + " is not allowed");
        };
    }

    private SimResponse read(EntitySchema.Entity entity, String key, Map<String, String> params, String baseUrl) {
        if (WRITE_ONLY.contains(entity.name())) {
            throw new SimError(405, "Retrieve is not supported for entity '" + entity.name() + "'");
        }
        if (key == null) {
            return CollectionQuery.read(entity, store.all(entity.name()), params, baseUrl, settings.pageSize());
        }
        Map<String, Object> row = find(entity, key);
        return SimResponse.json(200, ODataJson.single(entity, row, baseUrl));
    }

    synchronized Map<String, Object> create(EntitySchema.Entity entity, Map<String, Object> body, boolean seeding) {
        if (NO_CREATE.contains(entity.name()) && !seeding) {
            throw new SimError(405, "Create is not supported for entity '" + entity.name() + "'");
        }
        Map<String, Object> row = rules.apply(entity, body, true, seeding);
        if (Documents.isLine(entity.name())) {
            return documents.stageLine(entity.name(), row);
        }
        if (Documents.isHeader(entity.name())) {
            return documents.commit(entity.name(), row);
        }
        if ("Account".equals(entity.name())) {
            accountNumbers(row);
        }
        EntitySchema.Property keyProperty = entity.property(entity.key());
        if (row.get(entity.key()) == null) {
            if (keyProperty.isGuid()) {
                row.put(entity.key(), UUID.randomUUID().toString());
            } else if (!keyProperty.isString()) {
                row.put(entity.key(), BigDecimal.valueOf(store.next(entity.name(), entity.key())));
            } else {
                throw SimError.badRequest("Property '" + entity.key() + "' of entity '" + entity.name() + "' is mandatory");
            }
        }
        String key = row.get(entity.key()).toString();
        if (store.get(entity.name(), key) != null) {
            throw SimError.badRequest(entity.name() + " " + key.trim() + " already exists");
        }
        store.put(entity.name(), key, row);
        if ("Item".equals(entity.name())) {
            stock.item(key, (String) row.get("Description0"), (String) row.get("GLAccountDistribution"),
                    !Boolean.FALSE.equals(row.get("IsStockItem")));
        }
        return row;
    }

    private SimResponse create(EntitySchema.Entity entity, Map<String, Object> body, String baseUrl) {
        Map<String, Object> row = create(entity, body, false);
        SimResponse created = SimResponse.json(201, ODataJson.single(entity, row, baseUrl));
        Map<String, String> headers = new LinkedHashMap<>(created.headers());
        if (row.get(entity.key()) != null) {
            headers.put("Location", ODataJson.keyUri(entity, row, baseUrl));
        }
        return new SimResponse(201, headers, created.body());
    }

    private void accountNumbers(Map<String, Object> row) {
        if (row.get("DebtorNumber") == null) {
            long next = store.next("Account", "DebtorNumber");
            if (next > 999999) {
                throw SimError.badRequest("No free debtor number left");
            }
            row.put("DebtorNumber", String.format("%6d", next));
        }
        String number = row.get("DebtorNumber").toString().trim();
        row.putIfAbsent("DebtorCode", String.format("%20s", number));
        row.putIfAbsent("AccountCode", String.format("%20s", number));
        if (store.exists("Account", "DebtorNumber", row.get("DebtorNumber"))) {
            throw SimError.badRequest("Debtor " + number + " already exists");
        }
        if (row.get("AccountName") == null) {
            throw SimError.badRequest("Property 'AccountName' of entity 'Account' is mandatory");
        }
    }

    private synchronized SimResponse update(EntitySchema.Entity entity, String key, Map<String, Object> body) {
        if (NO_CREATE.contains(entity.name()) || Documents.isLine(entity.name()) || Documents.isHeader(entity.name())) {
            if (!Boolean.TRUE.equals(body.get("IsForEditing")) && !NO_CREATE.contains(entity.name())) {
                throw SimError.badRequest("Set IsForEditing to update a document of entity '" + entity.name() + "'");
            }
        }
        Map<String, Object> row = find(entity, key);
        Map<String, Object> changes = rules.apply(entity, body, false, false);
        changes.remove(entity.key());
        // an instruction for this call, not data of the order (exact-globe-api.md §3.4 "Editing")
        changes.remove("IsForEditing");
        if (entity.property("ModifiedDate") != null && !changes.containsKey("ModifiedDate")) {
            changes.put("ModifiedDate", java.time.Instant.now());
        }
        row.putAll(changes);
        store.put(entity.name(), key, row);
        return SimResponse.empty(204);
    }

    private SimResponse delete(EntitySchema.Entity entity, String key) {
        if (Documents.isLine(entity.name()) && documents.deleteStaged(entity.name(), Long.parseLong(key))) {
            return SimResponse.empty(204);
        }
        find(entity, key);
        // a right-aligned code is stored padded: remove the row find() found, under whichever form it is kept
        if (!store.remove(entity.name(), key)) {
            EntitySchema.Property property = entity.property(entity.key());
            store.remove(entity.name(), String.format("%" + property.length() + "s", key.trim()));
        }
        return SimResponse.empty(204);
    }

    private Map<String, Object> find(EntitySchema.Entity entity, String key) {
        Map<String, Object> row = store.get(entity.name(), key);
        EntitySchema.Property property = entity.property(entity.key());
        if (row == null && property != null && property.rightAligned()) {
            row = store.get(entity.name(), String.format("%" + property.length() + "s", key.trim()));
        }
        if (row == null) {
            throw SimError.notFound(entity.name() + " " + key.trim() + " does not exist");
        }
        return row;
    }

    private static String keyValue(EntitySchema.Entity entity, String literal) {
        String decoded = URLDecoder.decode(literal.replace("+", "%2B"), StandardCharsets.UTF_8).trim();
        if (decoded.toLowerCase().startsWith("guid'")) {
            return decoded.substring(5, decoded.length() - 1).replace("{", "").replace("}", "").toLowerCase();
        }
        if (decoded.startsWith("'") && decoded.endsWith("'") && decoded.length() >= 2) {
            return decoded.substring(1, decoded.length() - 1).replace("''", "'");
        }
        if (decoded.matches("-?\\d+[lL]?")) {
            return new BigDecimal(decoded.replaceAll("[lL]$", "")).toString();
        }
        throw SimError.badRequest("Invalid key '" + decoded + "' for entity '" + entity.name() + "'");
    }

    private static void requireNoKey(String key) {
        if (key != null) {
            throw new SimError(405, "POST is not allowed on a keyed resource");
        }
    }

    private static String requireKey(String key) {
        if (key == null) {
            throw new SimError(405, "A key is required");
        }
        return key;
    }

    private static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Object> parsed = ODataJson.MAPPER.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            return parsed.containsKey("d") && parsed.size() == 1 && parsed.get("d") instanceof Map<?, ?> d
                    ? new LinkedHashMap<>(castMap(d)) : parsed;
        } catch (java.io.IOException e) {
            throw SimError.badRequest("The request body is not valid JSON");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
