package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.LookupTable;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;

/**
 * Reads the track &amp; trace codes of Globe sales orders from the configured field
 * ({@code bridge.orders.status-sync.track-and-trace-field}) and names their carrier: the Globe shipping method
 * ({@code SalesOrderHeader.ShippingVia}) through the mapping's {@code lookups.carriers} table ({@code "*"} = any other
 * method), else {@code status-sync.carrier}. Orders are read in groups of {@value #GROUP} per call.
 */
@ApplicationScoped
public class TrackAndTraceCodes {

    /** A code found in Globe and the CCV carrier name to send with it (null = none). */
    public record Code(String code, String carrier) {
    }

    static final String CARRIERS = "carriers";
    private static final int GROUP = 15;
    private static final Logger LOG = Logger.getLogger(TrackAndTraceCodes.class);

    private final GlobeEntityClient globe;
    private final MappingRegistry mappings;
    private final OrdersConfig config;
    private final Optional<TrackAndTraceField> field;
    private Mapping warnedFor;

    public TrackAndTraceCodes(GlobeEntityClient globe, MappingRegistry mappings, OrdersConfig config) {
        this.globe = globe;
        this.mappings = mappings;
        this.config = config;
        this.field = config.statusSync().trackAndTraceField().filter(s -> !s.isBlank()).map(TrackAndTraceField::parse);
    }

    public Optional<TrackAndTraceField> field() {
        return field;
    }

    /** The codes of these sales orders (Globe numbers without padding); orders without a code are left out. */
    public Map<String, Code> read(Collection<String> numbers) {
        if (field.isEmpty() || numbers.isEmpty() || writtenByTheOrderMapping(field.get())) {
            return Map.of();
        }
        TrackAndTraceField where = field.get();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> shippingVia = new HashMap<>();
        for (List<String> group : groups(numbers)) {
            List<String> select = new ArrayList<>(List.of("SalesOrderNumber", where.field()));
            if (where.entity().equals(TrackAndTraceField.SALES_ORDER)) {
                select.add("ShippingVia");
            }
            for (GlobeRecord record : globe.find(where.entity(), GlobeQuery.where(anyOf(where.entity(), group))
                    .select(select.toArray(String[]::new)))) {
                code(record.text(where.field())).ifPresent(code -> codes.putIfAbsent(number(record.text("SalesOrderNumber")), code));
                if (where.entity().equals(TrackAndTraceField.SALES_ORDER)) {
                    shippingVia.put(number(record.text("SalesOrderNumber")), record.text("ShippingVia"));
                }
            }
        }
        if (!where.entity().equals(TrackAndTraceField.SALES_ORDER)) {
            shippingVia.putAll(shippingMethods(codes.keySet()));
        }
        Mapping mapping = mappings.current();
        Map<String, Code> found = new HashMap<>();
        codes.forEach((number, code) -> found.put(number, new Code(code, carrier(mapping, shippingVia.get(number)))));
        return found;
    }

    /** The CCV carrier for orders whose code came with the delivery note itself. */
    public Map<String, Code> withCarriers(Map<String, String> codesByNumber) {
        Map<String, String> shippingVia = shippingMethods(codesByNumber.keySet());
        Mapping mapping = mappings.current();
        Map<String, Code> found = new HashMap<>();
        codesByNumber.forEach((number, code) -> found.put(number, new Code(code, carrier(mapping, shippingVia.get(number)))));
        return found;
    }

    private Map<String, String> shippingMethods(Collection<String> numbers) {
        Map<String, String> methods = new HashMap<>();
        for (List<String> group : groups(numbers)) {
            globe.find(TrackAndTraceField.SALES_ORDER, GlobeQuery.where(anyOf(TrackAndTraceField.SALES_ORDER, group))
                    .select("SalesOrderNumber", "ShippingVia"))
                    .forEach(r -> methods.put(number(r.text("SalesOrderNumber")), r.text("ShippingVia")));
        }
        return methods;
    }

    private String carrier(Mapping mapping, String shippingVia) {
        Optional<LookupTable> table = mapping.lookup(CARRIERS);
        String method = shippingVia == null ? "" : shippingVia.trim().toUpperCase(Locale.ROOT);
        return table.map(t -> t.rows().get(method)).or(() -> table.flatMap(LookupTable::otherwise))
                .or(() -> config.statusSync().carrier()).orElse(null);
    }

    /**
     * A sales order field the orders mapping writes (the default writes the CCV order id to FreeField1) would send
     * that value as the code: such codes are not read, with a warning once per mapping.
     */
    private boolean writtenByTheOrderMapping(TrackAndTraceField where) {
        if (!where.entity().equals(TrackAndTraceField.SALES_ORDER)) {
            return false;
        }
        Mapping mapping = mappings.current();
        var rule = mapping.entity("orders.header").flatMap(header -> header.rules().values().stream()
                .filter(r -> (r.source() != null || r.constant() != null) && FieldMapper.wrapFields(r).contains(where.field()))
                .findFirst());
        if (rule.isPresent() && warnedFor != mapping) {
            warnedFor = mapping;
            LOG.warnf("No track & trace codes are read from %s: the orders mapping writes that field itself (rule at %s)."
                    + " Set it to null under fields.orders.header in your mapping, or choose another field.", where,
                    rule.get().origin());
        }
        return rule.isPresent();
    }

    private static GlobeFilter anyOf(String entity, List<String> numbers) {
        GlobeFilter filter = null;
        for (String number : numbers) {
            Object value = entity.equals(TrackAndTraceField.DELIVERY) ? new BigDecimal(number) : number;
            GlobeFilter one = GlobeFilter.eq("SalesOrderNumber", value);
            filter = filter == null ? one : filter.or(one);
        }
        return filter;
    }

    private static List<List<String>> groups(Collection<String> numbers) {
        List<String> all = new ArrayList<>(numbers);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < all.size(); i += GROUP) {
            groups.add(all.subList(i, Math.min(all.size(), i + GROUP)));
        }
        return groups;
    }

    /** The code in a field's value: blank text and a number field's zero (Globe's "empty") are none. */
    static Optional<String> code(String value) {
        if (value == null || value.isBlank() || value.trim().matches("0+([.,]0+)?")) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    static String number(String salesOrderNumber) {
        return salesOrderNumber == null ? null : salesOrderNumber.trim().replaceFirst("^0+(?=\\d)", "");
    }
}
