package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.mapping.Resolved;

/**
 * The money rules of the orders flow, a route step of its own ({@code money-rules}): takes the document header (body)
 * and gives it its lines. A line per CCV row with the line section of the document's type ({@code orders.line},
 * {@code orders.invoice-line}) for the descriptive fields, and the money computed here, never by a mapping rule:
 * VAT-aware unit prices (incl. or excl. VAT as the Globe VAT code says), discount percentage, VAT code from the
 * mapping's VAT table; lines for shipping, payment and extra costs, coupon and credit points; and a rounding line so
 * that the Globe total equals the CCV total to the cent (beyond {@code bridge.orders.rounding.tolerance} the order
 * parks). Financial entries take their lines from the same computation.
 */
@ApplicationScoped
@Named("orderMoneyRules")
public class OrderMoneyRules {

    private final Supplier<Mapping> mappings;
    private final GlobeVatCodes vatCodes;
    private final OrdersConfig config;

    @Inject
    public OrderMoneyRules(MappingRegistry registry, GlobeVatCodes vatCodes, OrdersConfig config) {
        this(registry::current, vatCodes, config);
    }

    OrderMoneyRules(Supplier<Mapping> mappings, GlobeVatCodes vatCodes, OrdersConfig config) {
        this.mappings = mappings;
        this.vatCodes = vatCodes;
        this.config = config;
    }

    public OrderDocument apply(OrderDocument document) {
        Mapping mapping = mappings.get();
        OrderInput input = document.source();
        String country = document.country();
        MappingContext context = MappingContext.of(input.record()).withCountry(country)
                .withCustomerType(document.customer() != null && document.customer().isCompany() ? "b2b" : "b2c");
        Resolved costUnit = mapping.costUnits().resolve(null, country, input.order().paymethod()).orElse(null);
        String linePart = switch (document.type()) {
            case salesorder -> "orders.line";
            case invoice -> "orders.invoice-line";
            case financial -> null;
        };
        List<DocumentLine> lines = new OrderLines(mapping, vatCodes, config, input, context, country, costUnit)
                .build(linePart != null && mapping.entity(linePart).isPresent() ? linePart : null,
                        OrderBodies.itemField(document.type()));
        BigDecimal total = lines.stream().map(DocumentLine::amountIncludingVat).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> skus = lines.stream().map(DocumentLine::item).distinct().toList();
        return document.withLines(lines, total, skus);
    }
}
