package com.ccvglobe.bridge.ops.checks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.ccvshop.CcvApi;
import com.ccvglobe.bridge.ccvshop.CcvCredentialsException;
import com.ccvglobe.bridge.ccvshop.CcvHttp;
import com.ccvglobe.bridge.ccvshop.CcvShopRecords;
import com.ccvglobe.bridge.ccvshop.CcvWebhookConfig;
import com.ccvglobe.bridge.ccvshop.CcvWebhooks;
import com.ccvglobe.bridge.ops.ConnectionCheck;
import com.ccvglobe.bridge.support.Mask;

/**
 * "Test the connection" for CCV Shop: the API key pair (one signed GET), the clock (CCV refuses calls whose
 * {@code x-date} is more than 5 minutes off; its answers carry its own {@code x-date}), the webhooks the bridge
 * needs, and how much of the per-minute call budget the bridge is using (CCV sends no rate-limit headers).
 */
@ApplicationScoped
public class CcvShopCheck implements ConnectionCheck {

    /** Above this the check fails: CCV refuses at 300 s, and clocks drift. */
    static final Duration MAX_SKEW = Duration.ofSeconds(60);
    /** Share of the call budget above which the headroom check fails. */
    static final double MAX_BUDGET_USE = 0.9;

    private final CcvApi api;
    private final Optional<String> publicUrl;
    private final List<String> events;
    /** Go-live holds; absent where the check is made outside the application (tests, the CLI). */
    @Inject
    com.ccvglobe.bridge.ops.golive.FlowHolds holds;

    @Inject
    public CcvShopCheck(CcvApi api, CcvWebhookConfig webhooks) {
        this(api, webhooks.publicUrl(), webhooks.events());
    }

    CcvShopCheck(CcvApi api, Optional<String> publicUrl, List<String> events) {
        this.api = api;
        this.publicUrl = publicUrl.filter(u -> !u.isBlank());
        this.events = events;
    }

    @Override
    public String system() {
        return "CCV Shop";
    }

    @Override
    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        CcvHttp.Answer answer;
        try {
            answer = api.http().exchange("GET", CcvHttp.API_PREFIX + "/webhooks", null);
        } catch (CcvCredentialsException e) {
            results.add(new Result("credentials valid", false, Mask.text(e.getMessage()),
                    "check CCV_PUBLIC_KEY and CCV_SECRET_KEY (the API key pair of the shop's API user); when CCV says the x-date "
                            + "differs, synchronise this server's clock (NTP)"));
            return notRun(results);
        } catch (RuntimeException e) {
            results.add(new Result("credentials valid", false, "CCV not reachable: " + Mask.text(e.getMessage()),
                    "check CCV_BASE_URL (the shop's root, e.g. https://myshop.ccvshop.nl) and that this server can reach it"));
            return notRun(results);
        }
        results.add(new Result("credentials valid", true, "a signed GET /webhooks was accepted (HTTP " + answer.status() + ")", null));
        results.add(clock(answer.date()));
        results.add(webhooks());
        results.add(headroom());
        return results;
    }

    private static List<Result> notRun(List<Result> results) {
        for (String name : List.of("clock skew", "webhook registration", "rate-limit headroom")) {
            results.add(new Result(name, false, "not checked: CCV did not accept a call", "fix the credentials check first"));
        }
        return results;
    }

    static Result clock(String ccvDate) {
        if (ccvDate == null || ccvDate.isBlank()) {
            return new Result("clock skew", false, "CCV's answer carries no x-date",
                    "check that CCV_BASE_URL points at the shop itself, not at a proxy that strips headers");
        }
        try {
            Duration skew = Duration.between(OffsetDateTime.parse(ccvDate).toInstant(), Instant.now());
            String detail = "this server's clock differs " + Math.abs(skew.toSeconds()) + " s from CCV's (CCV refuses 300 s)";
            return skew.abs().compareTo(MAX_SKEW) <= 0 ? new Result("clock skew", true, detail, null)
                    : new Result("clock skew", false, detail, "synchronise this server's clock (NTP)");
        } catch (DateTimeParseException e) {
            return new Result("clock skew", false, "CCV's x-date '" + ccvDate + "' is not an ISO-8601 time",
                    "check that CCV_BASE_URL points at the shop itself");
        }
    }

    private Result webhooks() {
        if (publicUrl.isEmpty()) {
            return new Result("webhook registration", true,
                    "bridge.webhooks.public-url is not set: no webhooks, orders are found by the orders poll", null);
        }
        if (holds != null && holds.held("orders")) {
            return new Result("webhook registration", true, "registered in CCV when an operator starts the orders flow "
                    + "(go-live: nothing is written to CCV before that)", null);
        }
        String base = publicUrl.get().endsWith("/") ? publicUrl.get().substring(0, publicUrl.get().length() - 1) : publicUrl.get();
        List<CcvShopRecords.Webhook> registered;
        try {
            registered = new CcvWebhooks(api).list();
        } catch (RuntimeException e) {
            return new Result("webhook registration", false, "CCV did not list its webhooks: " + Mask.text(e.getMessage()),
                    "check that the API user may read webhooks");
        }
        List<String> missing = events.stream().filter(event -> registered.stream().noneMatch(w -> event.equals(w.event())
                && (base + "/webhooks/ccv/" + event).equals(w.address()) && !Boolean.FALSE.equals(w.isActive()))).toList();
        if (missing.isEmpty()) {
            return new Result("webhook registration", true, events.size() + " webhook(s) active at " + base + "/webhooks/ccv/", null);
        }
        return new Result("webhook registration", false, "no active webhook for " + String.join(", ", missing) + " at "
                + base + "/webhooks/ccv/", "restart the bridge to register them, and check that bridge.webhooks.public-url is "
                        + "the address CCV reaches the bridge at");
    }

    private Result headroom() {
        int used = api.http().callsInWindow();
        int budget = api.http().settings().totalPerMinute();
        String detail = used + " of " + budget + " calls per minute in use (ccv.rate-limit.total-per-minute)";
        return budget <= 0 || used <= budget * MAX_BUDGET_USE ? new Result("rate-limit headroom", true, detail, null)
                : new Result("rate-limit headroom", false, detail, "the flows use nearly all of CCV's call budget: lengthen "
                        + "bridge.stock.interval or bridge.articles.poll-interval; raise ccv.rate-limit.* only if CCV granted more");
    }
}
