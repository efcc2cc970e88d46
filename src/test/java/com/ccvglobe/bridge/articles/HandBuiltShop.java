package com.ccvglobe.bridge.articles;

import java.util.List;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test data: products a merchant built by hand in the CCV shop before the bridge came (rows put straight into the
 * sandbox shop, as its back office would), e.g. a variant product whose attribute combinations carry Globe item codes
 * as {@code sku_number}.
 */
final class HandBuiltShop {

    private HandBuiltShop() {
    }

    /** A plain product with this productnumber. */
    static ObjectNode product(CcvShopSimulator ccv, String productnumber, String name, String price, boolean active,
            String stocktype) {
        ObjectNode product = JsonNodeFactory.instance.objectNode().put("productnumber", productnumber).put("name", name)
                .put("eannumber", "").put("mpnnumber", "").put("shortdescription", "").put("description", "")
                .put("price", Double.parseDouble(price)).put("discount", 0).put("taxtariff", "normal")
                .put("is_active", active).put("stockenabled", true).put("stocktype", stocktype).put("stock", 0)
                .put("unit", "stuk").put("specs", "").put("weight", 0).putNull("productmainphoto")
                .put("package_id", ccv.data().all("packages").get(0).path("id").asLong())
                .put("createdate", "2025-01-01T00:00:00Z").put("modifydate", "2025-01-01T00:00:00Z").put("is_multishop_product", false);
        return ccv.data().insert("products", product);
    }

    /** A combination of {@code product} (colour, size) with this sku_number, stock 0, active, no EAN. */
    static ObjectNode combination(CcvShopSimulator ccv, ObjectNode product, String colour, String size, String skuNumber) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        for (List<String> part : List.of(List.of("Kleur", colour), List.of("Maat", size))) {
            ObjectNode p = parts.addObject();
            p.putObject("attribute").put("id", 0).put("name", part.get(0));
            p.putObject("attribute_value").put("id", 0).put("name", part.get(1));
            p.put("extra_price", 0);
        }
        ObjectNode combination = JsonNodeFactory.instance.objectNode().put("product_id", product.path("id").asLong())
                .put("note", "").put("stock", 0).put("netto_extra_price", 0).put("ordering_without_stock", "global_setting")
                .put("product_number", skuNumber).put("ean_number", "").put("sku_number", skuNumber).put("delivery_time", 0)
                .put("delivery_time_type", "days").put("delivery_default_text", "").put("active", true)
                .put("value_key", colour + "," + size + ",");
        combination.set("combination", parts);
        return ccv.data().insert("attributecombinations", combination);
    }
}
