package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code expand=} on {@code GET /products/} and {@code /products/:id/} (reference 2.2): each named child collection is
 * inlined as {@code {href, collection: [...]}} instead of the bare {@code {href}}. Every expand CCV documents for
 * products is accepted; the ones this shop keeps rows for are filled in, the others stay links. An unknown name is a
 * 400.
 */
final class ProductExpands {

    static final Set<String> DOCUMENTED = Set.of("attributecombinations", "productattachments", "productattributesets",
            "productkeywords", "productphotos", "productrelevant", "productreviews", "productshippingcosts",
            "productstaggeredprices", "producttaxtariffexceptions", "producttocategories", "producttopropertygroups",
            "productvariants", "productvideos");
    static final List<String> FILLED = List.of("attributecombinations", "productphotos", "producttocategories");

    private final ShopData data;

    ProductExpands(ShopData data) {
        this.data = data;
    }

    /** The expand names of the call (empty without {@code expand}); null when one is not a documented product expand. */
    static List<String> parse(SimCall call) {
        String param = call.param("expand");
        if (param == null || param.isBlank()) {
            return List.of();
        }
        List<String> keys = Arrays.stream(param.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
        return keys.stream().allMatch(DOCUMENTED::contains) ? keys : null;
    }

    static SimResponse refused() {
        return SimResponse.error(400, "400.20", "expand takes a comma separated list of " + String.join(", ",
                DOCUMENTED.stream().sorted().toList()));
    }

    /** The product as the shop renders it, with the expanded children inlined. */
    ObjectNode render(ObjectNode product, List<String> expand, SimCall call) {
        String base = OrderResources.base(call);
        ObjectNode out = data.render("products", product, base);
        long id = product.path("id").asLong();
        for (String key : expand) {
            if (!FILLED.contains(key)) {
                continue;
            }
            ObjectNode child = SimJson.object().put("href", base + "/products/" + id + "/" + key + "/");
            ArrayNode collection = child.putArray("collection");
            data.where(key, c -> c.path("product_id").asLong() == id).forEach(c -> collection.add(data.render(key, c, base)));
            out.set(key, child);
        }
        return out;
    }
}
