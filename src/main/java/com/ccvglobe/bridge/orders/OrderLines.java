package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderRow;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.FieldProvenance;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;
import com.ccvglobe.bridge.mapping.Resolved;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * The Globe lines of one order: a line per CCV row (mapped fields plus the money the flow computes), the shipping
 * costs on the freight item, payment costs and positive extra costs on the payment-costs item, coupon, negative extra
 * costs and credit points on the discount item, and when needed a rounding line so that the Globe total equals the
 * CCV total to the cent (within {@code bridge.orders.rounding.tolerance}, else the order is parked).
 */
final class OrderLines {

    /** Fields the flow computes; a mapping rule for them is overridden. */
    private static final Set<String> MONEY = Set.of("Quantity", "Price", "NetPrice", "DiscountPercentage", "VATCode");

    private final Mapping mapping;
    private final GlobeVatCodes vatCodes;
    private final OrdersConfig config;
    private final OrderInput input;
    private final MappingContext context;
    private final String country;
    private final Resolved costUnit;
    private final String record;
    private final List<DocumentLine> lines = new ArrayList<>();

    OrderLines(Mapping mapping, GlobeVatCodes vatCodes, OrdersConfig config, OrderInput input, MappingContext context,
            String country, Resolved costUnit) {
        this.mapping = mapping;
        this.vatCodes = vatCodes;
        this.config = config;
        this.input = input;
        this.context = context;
        this.country = country;
        this.costUnit = costUnit;
        this.record = input.record();
    }

    List<DocumentLine> build(String part, String itemField) {
        CcvOrder order = input.order();
        boolean rowsIncludeVat = first(order.orderRowTaxesIncluded(), order.taxesIncluded());
        boolean otherIncludeVat = first(order.taxesIncluded(), order.orderRowTaxesIncluded());
        BigDecimal highestRate = BigDecimal.ZERO;
        int index = 0;
        for (CcvOrderRow row : input.rows()) {
            BigDecimal rate = nz(row.tax());
            highestRate = highestRate.max(rate);
            BigDecimal divisor = rowsIncludeVat ? BigDecimal.ONE.add(rate.movePointLeft(2)) : BigDecimal.ONE;
            DocumentBody fields = part == null ? new DocumentBody() : DocumentBody.of(FieldMapper.apply(mapping, part,
                    OrderJson.tree(row), context.withVariable("vat-divisor", divisor)));
            FieldProvenance itemSource = fields.source(itemField);
            Object item = fields.remove(itemField);
            if (item == null || item.toString().isBlank()) {
                item = firstText(row.subSkuNumber(), row.productNumber());
                itemSource = DocumentBody.flow(itemField, "the row's sub_sku_number, else product_number");
            }
            if (item == null) {
                throw new BusinessException(record, "orderrows[" + index + "].product_number",
                        "order row " + (index + 1) + " (" + row.productName() + ") has no SKU");
            }
            BigDecimal net = row.priceWithAttributes() != null ? row.priceWithAttributes()
                    : row.sellingPrice() != null ? row.sellingPrice() : nz(row.price()).subtract(nz(row.discount()));
            add(item.toString(), itemSource, nz(row.count()), net.add(nz(row.discount())), net, rate, rowsIncludeVat, fields,
                    "row " + (index + 1));
            index++;
        }
        BigDecimal shippingRate = order.shippingTaxPercentage() == null ? highestRate : order.shippingTaxPercentage();
        boolean shippingIncludesVat = first(order.shippingTaxesIncluded(), order.taxesIncluded());
        extra(mapping.items().freight(), "items.freight", order.totalShipping(), shippingRate, shippingIncludesVat, null,
                "total_shipping");
        extra(mapping.items().paymentCosts(), "items.payment-costs", order.paymethodCosts(), shippingRate, otherIncludeVat,
                null, "paymethod_costs");
        String coupon = order.discountcoupon() == null ? null : order.discountcoupon().code();
        extra(mapping.items().discount(), "items.discount", negate(order.totalDiscounts()), highestRate, rowsIncludeVat,
                coupon == null || coupon.isBlank() ? "Discount" : "Coupon " + coupon, "total_discounts");
        BigDecimal extraCosts = nz(order.extraCosts());
        extra(extraCosts.signum() < 0 ? mapping.items().discount() : mapping.items().paymentCosts(),
                extraCosts.signum() < 0 ? "items.discount" : "items.payment-costs", extraCosts, shippingRate, otherIncludeVat,
                order.extraCostsDescription(), "extra_costs");
        extra(mapping.items().discount(), "items.discount", negate(order.creditPointDiscount()), highestRate, otherIncludeVat,
                "Credit points", "credit_point_discount");
        roundToCcvTotal(order.totalPrice());
        return List.copyOf(lines);
    }

    private void extra(String item, String itemKey, BigDecimal amount, BigDecimal rate, boolean includesVat, String description,
            String ccvField) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        DocumentBody fields = new DocumentBody();
        if (description != null && !description.isBlank()) {
            String text = description.trim();
            fields.byFlow("Description", text.length() > 60 ? text.substring(0, 60) : text, "describes the order's " + ccvField);
        }
        add(item, DocumentBody.flow("item", "the mapping's " + itemKey + " for the order's " + ccvField), BigDecimal.ONE,
                amount, amount, rate, includesVat, fields, "the order's " + ccvField);
    }

    private void add(String item, FieldProvenance itemSource, BigDecimal quantity, BigDecimal gross, BigDecimal net,
            BigDecimal rate, boolean includesVat, DocumentBody fields, String from) {
        MONEY.forEach(fields::remove);
        if (costUnit != null && fields.get("CostUnit") == null) {
            fields.fromTable("CostUnit", costUnit);
        }
        Resolved vatRow = vatCode(rate);
        GlobeVatCodes.VatCode code = vatCodes.get(vatRow.value(), record);
        String basis = (includesVat ? "incl." : "excl.") + " VAT in CCV, " + (code.including() ? "incl." : "excl.")
                + " VAT for Globe VAT code " + code.code();
        Map<String, FieldProvenance> provenance = new LinkedHashMap<>(fields.provenance());
        provenance.put("item", itemSource);
        provenance.put("Quantity", DocumentBody.flow("Quantity", from.startsWith("row") ? "the count of " + from
                : "one, for " + from));
        provenance.put("Price", DocumentBody.flow("Price", "unit price before discount of " + from + ", " + basis));
        provenance.put("NetPrice", DocumentBody.flow("NetPrice", "unit price after discount of " + from + ", " + basis));
        provenance.put("DiscountPercentage", DocumentBody.flow("DiscountPercentage", "(Price - NetPrice) / Price"));
        provenance.put("VATCode", DocumentBody.table("VATCode", vatRow));
        lines.add(LinePricing.line(item, quantity, gross, net, rate, includesVat, code, fields.values(), provenance));
    }

    private Resolved vatCode(BigDecimal rate) {
        boolean zero = rate.signum() == 0;
        boolean intraCommunity = zero && Boolean.TRUE.equals(input.order().isIntraCommunityOrder());
        boolean export = zero && !intraCommunity && !OrderCountries.inEu(country);
        return mapping.vat().resolve(rate, country, intraCommunity, export, record);
    }

    private void roundToCcvTotal(BigDecimal ccvTotal) {
        if (ccvTotal == null) {
            throw new BusinessException(record, "total_price", "the order has no total_price");
        }
        BigDecimal globeTotal = lines.stream().map(DocumentLine::amountIncludingVat).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = ccvTotal.subtract(globeTotal);
        if (difference.signum() == 0) {
            return;
        }
        if (difference.abs().compareTo(config.rounding().tolerance()) > 0) {
            throw new BusinessException(record, "total_price", "the Globe document would total " + globeTotal.toPlainString()
                    + " but the CCV order totals " + ccvTotal.toPlainString() + " (difference " + difference.toPlainString()
                    + " exceeds bridge.orders.rounding.tolerance " + config.rounding().tolerance().toPlainString()
                    + "); check the VAT codes in the mapping and Globe");
        }
        DocumentBody fields = new DocumentBody().byFlow("Description", "Rounding difference",
                "the Globe lines would total " + globeTotal.toPlainString() + ", the CCV order " + ccvTotal.toPlainString());
        add(config.rounding().item().orElse(mapping.items().discount()), DocumentBody.flow("item",
                "rounding line on bridge.orders.rounding.item, else the mapping's items.discount"), BigDecimal.ONE, difference,
                difference, BigDecimal.ZERO, true, fields, "the rounding difference");
    }

    private static boolean first(Boolean a, Boolean b) {
        return a != null ? a : b == null || b;
    }

    private static String firstText(String a, String b) {
        return a != null && !a.isBlank() ? a.trim().toUpperCase() : b != null && !b.isBlank() ? b.trim().toUpperCase() : null;
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal negate(BigDecimal value) {
        return value == null ? null : value.negate();
    }
}
