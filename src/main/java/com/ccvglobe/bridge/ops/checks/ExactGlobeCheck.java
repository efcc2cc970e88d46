package com.ccvglobe.bridge.ops.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.exactglobe.GlobeCredentialsException;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.ops.ConnectionCheck;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.TransientException;

/**
 * "Test the connection" for Exact Globe: the entity service answers, the credentials and the company
 * ({@code ServerName}/{@code DatabaseName}) are accepted, every code the mapping in force sends exists in Globe, and
 * the stock query runs on the company database.
 */
@ApplicationScoped
public class ExactGlobeCheck implements ConnectionCheck {

    private final GlobeEntityClient globe;
    private final GlobeStockReader stock;
    private final MappingRegistry mapping;

    @Inject
    public ExactGlobeCheck(GlobeEntityClient globe, GlobeStockReader stock, MappingRegistry mapping) {
        this.globe = globe;
        this.stock = stock;
        this.mapping = mapping;
    }

    @Override
    public String system() {
        return "Exact Globe";
    }

    @Override
    public List<Result> run() {
        List<Result> results = new ArrayList<>(connection());
        if (results.stream().allMatch(Result::ok)) {
            results.addAll(new MappedCodes(globe).check(mapping.current()));
        } else {
            results.add(new Result("mapped codes exist", false, "not checked: the entity service did not answer",
                    "fix the checks above first"));
        }
        results.add(stockSql());
        return results;
    }

    private List<Result> connection() {
        String reachable = "entity service reachable";
        String credentials = "credentials valid";
        String company = "company (ServerName/DatabaseName) valid";
        try {
            List<GlobeRecord> vat = globe.find("VAT", GlobeQuery.all().select("VATCode"));
            return List.of(new Result(reachable, true, "answered", null), new Result(credentials, true, "accepted", null),
                    new Result(company, true, vat.size() + " VAT code(s) read", null));
        } catch (GlobeCredentialsException e) {
            return List.of(new Result(reachable, true, "answered", null),
                    new Result(credentials, false, "HTTP 401", "set GLOBE_USERNAME, GLOBE_PASSWORD, GLOBE_DOMAIN (and GLOBE_AUTH: "
                            + "ntlm or basic) to a Globe user with rights on the entity services"),
                    new Result(company, false, "not checked: the credentials were refused", "fix the credentials first"));
        } catch (TransientException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Exact Globe not reachable")) {
                return List.of(new Result(reachable, false, Mask.text(e.getMessage()), "check GLOBE_BASE_URL (e.g. "
                        + "http://globe:8020/services/Exact.Entity.REST.EG) and that the entity service runs and is reachable"),
                        new Result(credentials, false, "not checked", "fix the address first"),
                        new Result(company, false, "not checked", "fix the address first"));
            }
            return companyRefused(reachable, credentials, company, e);
        } catch (RuntimeException e) {
            return companyRefused(reachable, credentials, company, e);
        }
    }

    private static List<Result> companyRefused(String reachable, String credentials, String company, RuntimeException e) {
        return List.of(new Result(reachable, true, "answered", null), new Result(credentials, true, "accepted", null),
                new Result(company, false, Mask.text(e.getMessage()), "set GLOBE_SERVER_NAME and GLOBE_DATABASE_NAME to the SQL "
                        + "server and company database of the Globe administration (as on Globe's log-in screen)"));
    }

    private Result stockSql() {
        String name = "stock SQL readable";
        try {
            AtomicInteger rows = new AtomicInteger();
            stock.read(level -> rows.incrementAndGet());
            return new Result(name, true, rows.get() + " stock row(s) read", null);
        } catch (RuntimeException e) {
            return new Result(name, false, Mask.text(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    "set GLOBE_SQL_JDBC_URL, GLOBE_SQL_USERNAME and GLOBE_SQL_PASSWORD to a read-only login on the company "
                            + "database, and check globe.sql.stock-query if you changed it");
        }
    }

    /** The codes the mapping in force sends to Globe, looked up in Globe's own tables. */
    static final class MappedCodes {

        private final GlobeEntityClient globe;

        MappedCodes(GlobeEntityClient globe) {
            this.globe = globe;
        }

        List<Result> check(Mapping m) {
            Set<String> vat = new TreeSet<>();
            m.vat().rows().forEach(r -> vat.add(r.code().value()));
            m.vat().defaultPerCountry().values().forEach(r -> vat.add(r.value()));
            Set<String> conditions = new TreeSet<>();
            m.paymentMethods().byPaymethod().values().forEach(t -> conditions.add(t.condition()));
            m.paymentMethods().otherwise().ifPresent(t -> conditions.add(t.condition()));
            Set<String> shipping = new TreeSet<>();
            m.shippingMethods().byDeliveryOption().values().forEach(r -> shipping.add(r.value()));
            m.shippingMethods().byDeliverMethod().values().forEach(r -> shipping.add(r.value()));
            m.shippingMethods().otherwise().ifPresent(r -> shipping.add(r.value()));
            Set<String> centres = new TreeSet<>();
            m.costCentres().rules().forEach(r -> centres.add(r.value().value()));
            m.costCentres().otherwise().ifPresent(r -> centres.add(r.value()));
            Set<String> items = new TreeSet<>();
            items.add(m.items().freight());
            items.add(m.items().paymentCosts());
            items.add(m.items().discount());
            Set<String> debtor = new TreeSet<>();
            debtor.add(m.debtors().defaultDebtor());
            return List.of(
                    exists("VAT codes (vat)", "VAT", "VATCode", vat, "add them in Globe or change vat.codes / vat.default-per-country"),
                    exists("payment conditions (payment-methods)", "PaymentCondition", "PaymentConditionCode", conditions,
                            "add them in Globe or change the conditions under payment-methods"),
                    exists("shipping methods (shipping-methods)", "ShippingMethod", "ShippingMethodProperty", shipping,
                            "add them in Globe or change shipping-methods"),
                    exists("cost centres (cost-centres)", "CostCenter", "Code", centres,
                            "add them in Globe or change cost-centres"),
                    exists("items: freight, payment costs, discount (items)", "Item", "ItemCode", items,
                            "create these items in Globe or change items.freight / payment-costs / discount"),
                    exists("default debtor (default-debtor.code)", "Account", "DebtorNumber", debtor,
                            "create the collective debtor in Globe or change default-debtor.code"));
        }

        private Result exists(String name, String entity, String property, Set<String> wanted, String fix) {
            Set<String> codes = wanted.stream().filter(c -> c != null && !c.isBlank()).map(String::trim)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<String> missing = new ArrayList<>();
            try {
                for (String code : codes) {
                    List<GlobeRecord> found = globe.find(entity, GlobeQuery.where(GlobeFilter.eq(property, code)).select(property));
                    if (found.stream().noneMatch(r -> r.text(property) != null
                            && r.text(property).trim().toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT)))) {
                        missing.add(code);
                    }
                }
            } catch (RuntimeException e) {
                return new Result(name, false, "Globe did not answer for " + entity + ": " + Mask.text(e.getMessage()),
                        "check that the Globe user may read " + entity);
            }
            if (missing.isEmpty()) {
                return new Result(name, true, codes.isEmpty() ? "none mapped" : String.join(", ", codes), null);
            }
            return new Result(name, false, "not in Globe's " + entity + ": " + String.join(", ", missing), fix);
        }
    }
}
