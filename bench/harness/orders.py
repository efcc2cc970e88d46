"""Orders workload (needs the orders flow): N orders from M customers over K SKUs booked end to end by the bridge
(orders poll; the simulator delivers no webhooks in this part), first the new customers' orders, then the repeat
customers', each counted apart; then the latency from the simulator marking an order paid to the Globe document
existing, with webhooks delivered to the bridge."""
import os
import statistics
import time

from . import net, orderplan
from .app import App

FLOW_FILE = os.path.join("src", "main", "resources", "routes", "orders-to-globe.camel.yaml")
CCV_LIMITS = {"GET": 150, "write": 100, "total": 300}


def available(jar):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(jar))))
    return os.path.exists(os.path.join(root, FLOW_FILE))


def messages(app, flow="orders"):
    values = net.metrics(app.port)
    return {dict(ls).get("outcome"): v for (n, ls), v in values.items()
            if n == "bridge_messages_total" and dict(ls).get("flow") == flow}


def limiter_waits(app):
    values = net.metrics(app.port)
    return {dict(ls).get("resource"): v for (n, ls), v in values.items() if n == "bridge_ratelimiter_wait_seconds_sum"}


def limit_share(ccv_log):
    shares = {}
    for rm, peak in ccv_log.get("maxPerMinutePerResourceMethod", {}).items():
        limit = CCV_LIMITS["GET"] if rm.startswith("GET ") else CCV_LIMITS["write"]
        shares[rm] = f"{peak}/{limit} ({100 * peak / limit:.0f} %)"
    peak = ccv_log.get("maxPerMinute", 0)
    shares["total"] = f"{peak}/{CCV_LIMITS['total']} ({100 * peak / CCV_LIMITS['total']:.0f} %)"
    return shares


def book(app, ids, label, log):
    """Marks the orders paid and waits until the bridge booked every one; returns calls and times."""
    n = len(ids)
    docs_before = orderplan.globe_count(app, "SalesOrderHeader")
    done_before = sum(messages(app).values())
    waits_before = limiter_waits(app)
    app.clear_calls()
    app.begin("orders-" + label)
    t0 = time.monotonic()
    for order_id in ids:
        orderplan.mark_paid(app, order_id)
    timeout = n * 2.0 + 300  # generous: at least 30 orders/min
    net.wait_until(f"orders {label}: {n} Globe documents",
                   lambda: orderplan.globe_count(app, "SalesOrderHeader") - docs_before >= n, timeout, 0.5)
    booked_s = time.monotonic() - t0
    net.wait_until(f"orders {label}: {n} messages finished",
                   lambda: sum(messages(app).values()) - done_before >= n, 120, 0.5)
    wall = time.monotonic() - t0
    memory = app.end("orders-" + label)
    ccv_log, globe_log = app.ccv_calls(), app.globe_calls()
    outcomes = messages(app)
    waits = {k: round(v - waits_before.get(k, 0.0), 1) for k, v in limiter_waits(app).items()
             if v - waits_before.get(k, 0.0) > 0.05}
    globe_total = sum(globe_log["counts"].values())
    log(f"orders {label}: {n} booked in {booked_s:.0f}s")
    extra = {}
    if "ntlmHandshakes" in globe_log:  # builds whose Globe simulator counts them
        extra = {"ntlm_handshakes": globe_log["ntlmHandshakes"], "globe_connections": globe_log.get("connections")}
    return {
        "orders": n, "seconds_to_last_document": round(booked_s, 1), "seconds_to_last_message": round(wall, 1),
        "orders_per_minute": round(n / booked_s * 60, 1),
        "ccv_calls": ccv_log["total"], "ccv_calls_per_order": round(ccv_log["total"] / n, 2),
        "ccv_per_resource_method": ccv_log["perResourceMethod"],
        "ccv_per_resource_method_per_order": {k: round(v / n, 2) for k, v in ccv_log["perResourceMethod"].items()},
        "ccv_status_counts": ccv_log["perStatus"], "ccv_429": ccv_log["perStatus"].get("429", 0),
        "ccv_limit_share_peak_minute": limit_share(ccv_log),
        "globe_calls": globe_total, "globe_calls_per_order": round(globe_total / n, 2),
        "globe_per_entity": globe_log["counts"],
        "globe_per_entity_per_order": {k: round(v / n, 2) for k, v in globe_log["counts"].items()},
        "globe_calls_per_minute": round(globe_total / wall * 60, 1),
        "globe_call_log_capped": globe_total >= 10_000,
        "calls_per_order": round((ccv_log["total"] + globe_total) / n, 2),
        "rate_limiter_wait_seconds": waits,
        "message_outcomes_total": outcomes,
        "memory": memory,
        **extra,
    }


def latency(app, ids, log):
    net.call_json("PUT", f"{app.ccv_admin}/settings", {"webhooksEnabled": True})
    times = []
    for order_id in ids:
        before = orderplan.globe_count(app, "SalesOrderHeader")
        t0 = time.monotonic()
        orderplan.mark_paid(app, order_id)
        net.wait_until(f"latency: order {order_id} in Globe",
                       lambda: orderplan.globe_count(app, "SalesOrderHeader") > before, 180, 0.01)
        times.append(time.monotonic() - t0)
    deliveries = net.call_json("GET", f"{app.ccv_admin}/webhook-deliveries")
    statuses = {}
    for d in deliveries:
        key = f"{d.get('event')} {d.get('status')}"
        statuses[key] = statuses.get(key, 0) + 1
    times.sort()
    p95 = times[min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))]
    log(f"latency: p50 {statistics.median(times):.2f}s over {len(times)} orders")
    return {"orders": len(times), "p50_seconds": round(statistics.median(times), 3), "p95_seconds": round(p95, 3),
            "max_seconds": round(times[-1], 3), "min_seconds": round(times[0], 3),
            "webhook_deliveries": statuses,
            "what": "simulator marks the order paid (admin API) and fires orders.updated.ispaid; measured until the "
                    "Globe simulator holds one more SalesOrderHeader (polled every 10 ms)"}


def run(cfg, jar, workdir, log):
    if not available(jar):
        return {"skipped": "needs the orders flow (routes/orders-to-globe.camel.yaml: orders-poll, "
                           "direct:orders-sync-order, webhooks) - not in this build"}
    env = {"BRIDGE_ORDERS_ENABLED": "true", "BRIDGE_ORDERS_POLL_INTERVAL": cfg.orders_poll_interval,
           "BRIDGE_WEBHOOKS_PUBLIC_URL": "http://127.0.0.1:{port}"}
    latency_ms = getattr(cfg, "globe_latency", 0)
    app = App(jar, workdir, "orders", env, cfg.java_opts).start()
    try:
        result = {"start": app.started, "env": app.env_shown(), "poll_interval": cfg.orders_poll_interval,
                  "sizes": {"orders": cfg.orders, "customers": cfg.customers, "skus": cfg.skus},
                  "globe_latency_ms": latency_ms}
        # the Globe simulator's own fault: every entity-service call waits this long before it is carried out
        net.call_json("POST", f"{app.globe_admin}/faults", {"delayMillis": latency_ms})
        net.call_json("PUT", f"{app.ccv_admin}/settings", {"webhooksEnabled": False})
        # the poll runs on the leader: wait for its first list call, so the figures start with a running poll
        net.wait_until("the first orders poll", lambda: app.ccv_calls()["perResourceMethod"].get("GET orders"), 180, 0.5)
        new, repeat = orderplan.plan(cfg.orders, cfg.customers, cfg.skus)
        new_ids, repeat_ids = orderplan.place(app, new), orderplan.place(app, repeat)
        log(f"orders: {len(new_ids)} orders of new customers, {len(repeat_ids)} of repeat customers, "
            f"poll every {cfg.orders_poll_interval}")
        result["new_customers"] = book(app, new_ids, "new-customers", log)
        if repeat_ids:
            result["repeat_customers"] = book(app, repeat_ids, "repeat-customers", log)
        parts = [result[k] for k in ("new_customers", "repeat_customers") if k in result]
        total = sum(p["orders"] for p in parts)
        result["all"] = {"orders": total,
                         "orders_per_minute": round(total / sum(p["seconds_to_last_document"] for p in parts) * 60, 1),
                         "calls_per_order": round(sum(p["calls_per_order"] * p["orders"] for p in parts) / total, 2),
                         "ccv_429": sum(p["ccv_429"] for p in parts)}
        if cfg.latency_orders > 0:
            first, rest = orderplan.plan(cfg.latency_orders, cfg.customers, cfg.skus, seed=23)
            ids = orderplan.place(app, first + rest)
            log(f"latency: {len(ids)} orders one at a time, webhooks on")
            app.begin("orders-latency")
            result["latency"] = latency(app, ids, log)
            result["latency"]["memory"] = app.end("orders-latency")
        try:
            result["bridge_ntlm_handshakes_total"] = net.metric_sum(net.metrics(app.port),
                                                                    "bridge_globe_ntlm_handshakes_total")
        except (net.HarnessError, OSError, KeyError):
            pass
        result["vm_hwm_mb"] = app.rss().get("VmHWM")
        return result
    finally:
        app.stop()


def sweep(cfg, jars, workdir, log):
    """The orders workload at every Globe latency of --globe-latency-ms, with each jar (this build, and the baseline
    build when given): the before/after table of README "Performance"."""
    runs = []
    for latency_ms in cfg.globe_latencies:
        for label, jar in jars:
            cfg.globe_latency = latency_ms
            log(f"orders sweep: Globe latency {latency_ms} ms, {label} ({jar})")
            try:
                outcome = run(cfg, jar, os.path.join(workdir, f"{label}-{latency_ms}ms"), log)
            except net.HarnessError as e:
                outcome = {"error": str(e)}
                log(f"orders sweep {label} {latency_ms} ms broke: {e}")
            runs.append({"build": label, "globe_latency_ms": latency_ms, **outcome})
    return {"sweep": runs, "builds": {label: jar for label, jar in jars}}
