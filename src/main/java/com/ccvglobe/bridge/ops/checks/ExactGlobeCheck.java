package com.ccvglobe.bridge.ops.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.exactglobe.GlobeCredentialsException;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.mapping.DebtorSettings;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.ops.ConnectionCheck;
import com.ccvglobe.bridge.orders.OrdersConfig;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.TransientException;

/**
 * "Test the connection" for Exact Globe: the entity service answers, the credentials and the company
 * ({@code ServerName}/{@code DatabaseName}) are accepted, every code a booking can send exists in Globe (see
 * {@link MappedCodes}: what Globe has next to what the mapping asks, with proposed rows), and the stock query runs on the
 * company database.
 */
@ApplicationScoped
public class ExactGlobeCheck implements ConnectionCheck {

    private final GlobeEntityClient globe;
    private final GlobeStockReader stock;
    private final MappingRegistry mapping;
    private final OrdersConfig orders;

    @Inject
    public ExactGlobeCheck(GlobeEntityClient globe, GlobeStockReader stock, MappingRegistry mapping, OrdersConfig orders) {
        this.globe = globe;
        this.stock = stock;
        this.mapping = mapping;
        this.orders = orders;
    }

    /** Without the orders settings: the default debtor is checked when the mapping's use-for uses it. */
    public ExactGlobeCheck(GlobeEntityClient globe, GlobeStockReader stock, MappingRegistry mapping) {
        this(globe, stock, mapping, null);
    }

    @Override
    public String system() {
        return "Exact Globe";
    }

    @Override
    public List<Result> run() {
        List<Result> results = new ArrayList<>(connection());
        if (results.stream().allMatch(Result::ok)) {
            Mapping m = mapping.current();
            results.addAll(new MappedCodes(globe).check(m, usage(m)));
        } else {
            results.add(new Result("mapped codes exist", false, "not checked: the entity service did not answer",
                    "fix the checks above first"));
        }
        results.add(stockSql());
        return results;
    }

    /** The default debtor only when orders can be booked on it; revenue accounts when sales entries or new debtors use them. */
    private MappedCodes.Usage usage(Mapping m) {
        boolean defaultDebtor = m.debtors().defaultDebtorUse() != DebtorSettings.DefaultDebtorUse.NEVER
                || orders != null && orders.defaultDebtor();
        boolean revenue = orders != null && orders.document() == OrdersConfig.Document.financial
                || m.customers().accountFields().containsKey("revenue-account");
        return new MappedCodes.Usage(defaultDebtor, revenue);
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
}
