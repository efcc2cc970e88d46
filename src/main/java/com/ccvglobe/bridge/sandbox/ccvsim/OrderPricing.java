package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Prices order rows from the catalogue and fills an order's totals, payment and shipping fields. */
final class OrderPricing {

    private OrderPricing() {
    }

    static ObjectNode row(ShopData data, ObjectNode product, long combinationId, double count) {
        ObjectNode combo = combinationId == 0 ? null : data.get("attributecombinations", combinationId);
        double price = product.path("price").asDouble();
        double discount = product.path("discount").asDouble();
        double extra = combo == null ? 0 : combo.path("netto_extra_price").asDouble();
        double tax = "low a".equals(product.path("taxtariff").asText()) ? 9 : 21;
        double selling = OrderFactory.money(price - discount);
        ObjectNode row = SimJson.object();
        row.put("product_type", "product").put("product_name", product.path("name").asText())
                .put("product_name_google", product.path("name").asText().replace(' ', '-'))
                .put("product_number", product.path("productnumber").asText())
                .put("sub_product_number", combo == null ? "" : combo.path("product_number").asText(""))
                .put("sub_sku_number", combo == null ? "" : combo.path("sku_number").asText(""))
                .put("sub_ean_number", combo == null ? "" : combo.path("ean_number").asText(""))
                .put("product_id", product.path("id").asLong()).put("count", count).put("price", price)
                .put("product_purchase_price", product.path("purchaseprice").asDouble()).put("discount", discount)
                .put("custom_price", false).put("tax", tax).put("unit", product.path("unit").asText("stuk"))
                .put("weight", product.path("weight").asDouble()).put("memo", "")
                .put("package_id", product.path("package_id").asLong()).put("package_name", "Kartonnen doos")
                .put("stock_location", "").put("supplier", "").put("user_discount", 0).put("original_price", selling)
                .put("selling_price", selling).put("price_without_discount", price)
                .put("price_without_discount_with_attributes", OrderFactory.money(price + extra))
                .put("total_price", OrderFactory.money(selling * count)).put("total_extra_option_price", OrderFactory.money(extra * count))
                .put("price_with_attributes", OrderFactory.money(selling + extra))
                .put("total_price_with_attributes", OrderFactory.money((selling + extra) * count));
        ArrayNode attributes = row.putArray("attributes");
        if (combo != null) {
            for (JsonNode part : combo.path("combination")) {
                attributes.addObject().put("option_name", part.path("attribute").path("name").asText())
                        .put("value_name", part.path("attribute_value").path("name").asText())
                        .put("price", part.path("extra_price").asDouble());
            }
        }
        row.putArray("uploads");
        return row;
    }

    /** A row given in full in a POSTed order (no {@code product_id}). */
    static ObjectNode freeRow(ObjectNode in) {
        double price = in.path("price").asDouble(0);
        double discount = in.path("discount").asDouble(0);
        double count = in.path("count").asDouble();
        double selling = OrderFactory.money(price - discount);
        ObjectNode row = SimJson.object();
        row.put("product_type", in.path("product_type").asText("product")).put("product_name", in.path("product_name").asText(""))
                .put("product_number", in.path("product_number").asText("")).put("sub_product_number", "")
                .put("sub_sku_number", "").put("sub_ean_number", "").putNull("product_id").put("count", count)
                .put("price", price).put("discount", discount).put("custom_price", true).put("tax", in.path("tax").asDouble(21))
                .put("unit", in.path("unit").asText("stuk")).put("weight", in.path("weight").asDouble(0))
                .put("selling_price", selling).put("total_price", OrderFactory.money(selling * count))
                .put("price_with_attributes", selling).put("total_price_with_attributes", OrderFactory.money(selling * count))
                .put("total_extra_option_price", 0);
        row.putArray("attributes");
        row.putArray("uploads");
        return row;
    }

    /** Totals incl. VAT: rows − coupon + shipping (free from € 75 or by coupon) + payment costs. */
    static void fill(ObjectNode order, List<ObjectNode> rows, String[] coupon, ObjectNode paymethod, Instant at) {
        fill(order, rows, coupon, paymethod, at, true, false);
    }

    /**
     * As above; {@code taxesIncluded=false} makes an ex-VAT order (row, shipping and payment-cost prices are net, VAT
     * is added on top: rows at their rate, shipping and payment costs at the shipping rate), {@code intraCommunity}
     * zero-rates every row and the shipping.
     */
    static void fill(ObjectNode order, List<ObjectNode> rows, String[] coupon, ObjectNode paymethod, Instant at,
            boolean taxesIncluded, boolean intraCommunity) {
        if (intraCommunity) {
            rows.forEach(r -> r.put("tax", 0));
        }
        if (!taxesIncluded) {
            fillExcludingTax(order, rows, coupon, paymethod, at, intraCommunity);
            return;
        }
        double rowsTotal = 0;
        double rowsTax = 0;
        double weight = 0;
        for (ObjectNode r : rows) {
            double total = r.path("total_price_with_attributes").asDouble();
            rowsTotal += total;
            rowsTax += total - total / (1 + r.path("tax").asDouble() / 100);
            weight += r.path("weight").asDouble() * r.path("count").asDouble();
        }
        String country = order.path("customer").path("billingaddress").path("country_code").asText("NL");
        double discount = 0;
        boolean freeShipping = rowsTotal >= 75;
        ObjectNode dc = order.putObject("discountcoupon");
        dc.put("code", "").put("discount", 0).put("type", "").putNull("enddate").put("onetimeuse", false)
                .put("minimumprice", 0).put("givesfreeshipping", false);
        if (coupon != null) {
            discount = switch (coupon[1]) {
                case "percentage" -> OrderFactory.money(rowsTotal * Double.parseDouble(coupon[2]) / 100);
                case "price" -> Math.min(rowsTotal, Double.parseDouble(coupon[2]));
                default -> 0;
            };
            freeShipping |= "shipping".equals(coupon[1]);
            dc.put("code", coupon[0]).put("discount", Double.parseDouble(coupon[2])).put("type", coupon[1])
                    .put("givesfreeshipping", "shipping".equals(coupon[1]));
        }
        double shipping = freeShipping ? 0 : switch (country) {
            case "BE" -> 8.95;
            case "DE" -> 9.95;
            default -> 6.95;
        };
        double payCosts = paymethod == null ? 0 : paymethod.path("extra_costs_fixed").asDouble();
        String psp = paymethod == null ? "" : paymethod.path("psp").asText();
        boolean paid = List.of("ideal", "bancontact", "paypal").contains(psp);
        double total = OrderFactory.money(rowsTotal - discount + shipping + payCosts);
        double tax = OrderFactory.money(rowsTax * (rowsTotal == 0 ? 1 : (rowsTotal - discount) / rowsTotal) + shipping - shipping / 1.21);
        order.putNull("transaction_id");
        order.put("create_date", at.toString()).put("deliver_method", "shipping").putNull("deliver_date");
        order.putObject("take_out_window").putNull("start").putNull("end");
        order.put("is_platform_sale", false).put("orderedinlng", "DE".equals(country) ? "de" : "nl").put("status", 1)
                .put("is_completed", true).putNull("basket_href").putNull("checkout_href");
        order.put("paid", paid).put("safety_deposit_returned", false)
                .put("paymethod_id", paymethod == null ? 0 : paymethod.path("id").asLong())
                .put("paymethod", paymethod == null ? "" : paymethod.path("combined_name").asText())
                .put("paymethod_label", paymethod == null ? "" : paymethod.path("label").asText())
                .put("taxes_included", true).put("order_row_taxes_included", true).put("shipping_taxes_included", true)
                .put("shipping_tax_percentage", 21).put("is_intra_community_order", false)
                .put("total_orderrow_price", OrderFactory.money(rowsTotal)).put("total_shipping", shipping)
                .put("total_discounts", discount).put("total_price", total).put("currency", "EUR").put("total_tax", tax)
                .put("total_weight", OrderFactory.money(weight)).put("extra_payment_option", "")
                .put("extra_payment_option_price", 0).put("extra_payment_option_no_sentprice", false)
                .put("extra_payment_option_pay_on_pickup", false).put("extra_price", payCosts).put("paymethod_costs", payCosts)
                .put("credit_point_discount", 0).put("extra_costs", 0).put("extra_costs_description", "")
                .put("track_and_trace_code", "").putNull("track_and_trace_carrier").put("track_and_trace_deeplink", "")
                .put("reservationnumber", "").putNull("delivery_option").putNull("pickup_address")
                .putNull("packing_slip_deeplink");
        if (intraCommunity) {
            order.put("is_intra_community_order", true).put("shipping_tax_percentage", 0)
                    .put("total_tax", OrderFactory.money(rowsTax * (rowsTotal == 0 ? 1 : (rowsTotal - discount) / rowsTotal)));
        }
    }

    /** An ex-VAT order: the incl.-VAT fill for the common fields, then net totals with VAT on top. */
    private static void fillExcludingTax(ObjectNode order, List<ObjectNode> rows, String[] coupon, ObjectNode paymethod,
            Instant at, boolean intraCommunity) {
        fill(order, rows, coupon, paymethod, at, true, intraCommunity);
        double rowsNet = 0;
        double rowsTax = 0;
        for (ObjectNode r : rows) {
            double total = r.path("total_price_with_attributes").asDouble();
            rowsNet += total;
            rowsTax += total * r.path("tax").asDouble() / 100;
        }
        double discount = order.path("total_discounts").asDouble();
        double shipping = order.path("total_shipping").asDouble();
        double payCosts = order.path("paymethod_costs").asDouble();
        double shippingRate = intraCommunity ? 0 : 21;
        double share = rowsNet == 0 ? 1 : (rowsNet - discount) / rowsNet;
        double tax = OrderFactory.money(rowsTax * share + (shipping + payCosts) * shippingRate / 100);
        order.put("taxes_included", false).put("order_row_taxes_included", false).put("shipping_taxes_included", false)
                .put("total_tax", tax).put("total_price", OrderFactory.money(rowsNet - discount + shipping + payCosts + tax));
    }
}
