package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo shop: packages, payment methods, categories, option sets, products {@code ART-0001..ART-0050}
 * (ART-0040..ART-0050 with size × colour variants, SKUs like {@code ART-0040-S-RED}) and a few registered
 * customers. The list is in docs/ccvshop.md so the Globe sandbox's items can match it.
 */
public final class DemoData {

    static final List<String> SIZES = List.of("S", "M", "L");
    static final Map<String, String> COLOURS = Map.of("RED", "Rood", "BLUE", "Blauw");
    private static final String[] NAMES = { "Koffiemok", "Theepot", "Snijplank", "Broodtrommel", "Keukenschaar",
        "Schaalset", "Waterkaraf", "Ovenschaal", "Pannenset", "Kaasschaaf", "Fruitschaal", "Kruidenrek", "Wijnglas",
        "Bierglas", "Espressokop", "Thermosfles", "Lunchbox", "Placemat", "Servetring", "Dienblad", "Kookboek",
        "Kaars", "Vaas", "Fotolijst", "Kussen", "Plaid", "Deurmat", "Wandklok", "Tafellamp", "Plantenpot",
        "Opbergmand", "Spiegel", "Notitieboek", "Pennenset", "Agenda", "Puzzel", "Bordspel", "Kaartspel",
        "Knuffel", "T-shirt", "Hoodie", "Sokken", "Sjaal", "Muts", "Handschoenen", "Schort", "Polo", "Trui",
        "Regenjas", "Pet" };

    private final ShopData data;
    private final OrderFactory orders;
    private boolean seeded;

    DemoData(ShopData data) {
        this.data = data;
        this.orders = new OrderFactory(data);
    }

    public OrderFactory orders() {
        return orders;
    }

    /** Seeds the demo shop once; later calls do nothing. */
    public synchronized void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        synchronized (data) {
            long box = data.insert("packages", SimJson.object().put("name", "Kartonnen doos")).path("id").asLong();
            data.insert("packages", SimJson.object().put("name", "Brievenbuspakje"));
            data.insert("brands", SimJson.object().put("name", "Huismerk"));
            data.insert("brands", SimJson.object().put("name", "Nordic Living"));
            paymethod("ideal", "", "iDEAL", "iDEAL", 0);
            paymethod("bancontact", "", "Bancontact", "Bancontact", 0);
            paymethod("banktransfer", "", "BankTransfer", "Vooraf overmaken", 0);
            paymethod("paypal", "", "PayPal", "PayPal", 0.35);
            paymethod("invoice", "", "Invoice", "Op rekening", 0);
            long kitchen = category("Keuken", 0);
            long living = category("Wonen", 0);
            long clothing = category("Kleding", 0);
            long size = attribute("Maat", SIZES.stream().map(s -> new String[] { s, "0" }).toList());
            long colour = attribute("Kleur", List.of(new String[] { "Rood", "0" }, new String[] { "Blauw", "1.5" }));
            Instant created = Instant.parse("2025-01-06T09:00:00Z");
            for (int i = 1; i <= 50; i++) {
                String sku = String.format("ART-%04d", i);
                boolean variants = i >= 40;
                ObjectNode p = product(sku, NAMES[i - 1], 4.95 + (i * 37 % 60), i % 7 == 0 ? 2.0 : 0.0,
                        i == 21 ? "low a" : "normal", box, variants, created.plus(i, ChronoUnit.HOURS));
                long category = i < 20 ? kitchen : i < 40 ? living : clothing;
                data.insert("producttocategories", SimJson.object().put("product_id", p.path("id").asLong())
                        .put("category_id", category).put("position", i));
                if (variants) {
                    CatalogResources.attach(data, p.path("id").asLong(), size, 0);
                    CatalogResources.attach(data, p.path("id").asLong(), colour, 0);
                }
            }
            user("jan.jansen@example.com", "b2c", "Jan", "Jansen", "", "NL");
            user("inkoop@bakkerijdevries.example", "b2b", "Petra", "de Vries", "Bakkerij De Vries B.V.", "NL");
            user("marie.peeters@example.be", "b2c", "Marie", "Peeters", "", "BE");
        }
    }

    private void paymethod(String psp, String method, String combined, String label, double fixedCosts) {
        data.insert("paymethods", SimJson.object().put("psp", psp).put("method", method).put("combined_name", combined)
                .put("label", label).put("extra_costs", fixedCosts > 0).put("extra_costs_fixed", fixedCosts)
                .put("extra_costs_percentage", 0).put("apppsp", false).putNull("apppsppaymethod"));
    }

    private long category(String name, long parent) {
        return data.insert("categories", SimJson.object().put("name", name).put("description", "")
                .put("position", data.all("categories").size() + 1).put("show_on_website", true)
                .put("parentcategory_id", parent)).path("id").asLong();
    }

    private long attribute(String name, List<String[]> values) {
        long id = data.insert("attributes", SimJson.object().put("name", name).put("type", "option_menu_required")
                .put("attribute_type", 4)).path("id").asLong();
        for (String[] v : values) {
            data.insert("attributevalues", SimJson.object().put("name", v[0]).put("default_price", Double.parseDouble(v[1]))
                    .put("attribute_id", id));
        }
        return id;
    }

    private ObjectNode product(String sku, String name, double price, double discount, String taxtariff, long packageId,
            boolean variants, Instant created) {
        ObjectNode p = SimJson.object();
        p.put("productnumber", sku).put("eannumber", "871" + sku.substring(4) + "000000").put("mpnnumber", "")
                .put("name", name).put("shortdescription", name + " uit de demowinkel")
                .put("description", "<p>" + name + "</p>").put("is_active", true).put("taxtariff", taxtariff)
                .put("vatrate", "low a".equals(taxtariff) ? 9 : 21).put("price", Math.round(price * 100) / 100.0)
                .put("discount", discount).put("purchaseprice", Math.round(price * 45) / 100.0)
                .put("stockenabled", true).put("stocktype", variants ? "attribute" : "product")
                .put("stock", variants ? 0 : 25).put("stocklocation", "").put("ordering_without_stock", "global_setting")
                .put("weight", 0.4).put("unit", "stuk").put("package_id", packageId).putNull("productmainphoto")
                .put("createdate", created.toString()).put("modifydate", created.toString()).put("is_multishop_product", false);
        return data.insert("products", p);
    }

    /**
     * Adds {@code count} simple products {@code <prefix><from + i>} (i = 0…count−1, six digits) with stock
     * {@code stock}, for large-catalogue measurements. Returns how many products the shop has.
     */
    public int bulkProducts(String prefix, int from, int count, int stock) {
        synchronized (data) {
            long box = data.all("packages").isEmpty() ? 0 : data.all("packages").get(0).path("id").asLong();
            Instant created = Instant.parse("2025-01-06T09:00:00Z");
            for (int i = 0; i < count; i++) {
                String sku = String.format("%s%06d", prefix, from + i);
                ObjectNode p = product(sku, "Artikel " + sku, 9.95, 0.0, "normal", box, false, created);
                p.put("eannumber", "").put("stock", stock);
            }
            return data.all("products").size();
        }
    }

    private void user(String email, String type, String first, String last, String company, String country) {
        ObjectNode info = OrderFactory.personalInfo(email, type, first, last, company,
                OrderFactory.address("BE".equals(country) ? 3 : 0));
        data.insert("users", SimJson.object().put("username", email).put("group_id", 0).put("status", true)
                .put("approval_status", "accepted").put("product_in_category_discount", "highest").set("userinfo", info));
    }

    /** The merchant's order status list, as {@code /webshops/:id/settings/} shows it. */
    static ArrayNode orderStatuses() {
        String[] names = { "Nieuw", "In behandeling", "Wacht op fabrikant", "Wacht op betaling", "Verzonden",
            "Geleverd", "Afgerond", "Geannuleerd", "Wacht op leverancier", "Wordt ingepakt", "Klaar om af te halen",
            "Wordt samengesteld", "Backorder", "Gereserveerd" };
        ArrayNode list = SimJson.array();
        for (int i = 0; i < names.length; i++) {
            list.addObject().put("id", i + 1).put("status", i + 1).put("status_name", names[i]).put("text_color", "#000000")
                    .put("background_color", "#ffffff");
        }
        return list;
    }
}
