"""Stock workload: S SKUs in Globe and CCV, a first run, P % changed between two runs (at a raised write limit to
find the bridge's own ceiling, and at the default limit), and reads of S vs a larger number of stock rows with
nothing to send (memory must stay flat)."""
import glob
import os
import re
import subprocess
import time

from . import net
from .app import App

PREFIX = "BENCH-"
RUN_LINE = re.compile(r"stock run: (\d+) stock rows, (\d+) items, (\d+) to send, (\d+) without a CCV product")


def sku(i):
    return f"{PREFIX}{i:06d}"


def initial_quantity(i):
    return 5 + i % 20


def changed_indices(count, pct):
    n = max(1, round(count * pct / 100))
    return [k * count // n for k in range(n)]


def seed_ccv(app, count):
    for start in range(0, count, 5000):
        n = min(5000, count - start)
        net.call_json("POST", f"{app.ccv_admin}/products?prefix={PREFIX}&from={start}&count={n}&stock=0")


def receive(app, quantities):
    """quantities: list of (index, quantity) booked as stock receipts in Globe warehouse 1."""
    for start in range(0, len(quantities), 5000):
        chunk = quantities[start:start + 5000]
        net.call_json("POST", f"{app.globe_admin}/stock-receipts",
                      {"receipts": [{"itemCode": sku(i), "warehouse": "1", "quantity": q} for i, q in chunk]})


def set_ccv_limits(app, get, write, total, enabled=True):
    return net.call_json("PUT", f"{app.ccv_admin}/limits", {"getPerMinute": get, "writePerMinute": write,
                                                            "productqueriesPerMinute": 30, "totalPerMinute": total,
                                                            "enabled": enabled})


def run_sync(app, window, expected_changes, timeout):
    """POST /api/stock/sync, waits for the run's log line; returns the run's figures."""
    done_before = len(app.log_lines("stock run: "))
    app.clear_calls()
    app.begin(window)
    t0 = time.monotonic()
    app.post_api("/api/stock/sync", expect=(202,))
    lines = net.wait_until(f"{window}: the stock run's log line",
                           lambda: (lambda ls: ls if len(ls) > done_before else None)(app.log_lines("stock run: ")),
                           timeout, 0.2)
    wall = time.monotonic() - t0
    memory = app.end(window)
    m = RUN_LINE.search(lines[done_before])
    if not m:
        raise net.HarnessError("unexpected stock run line: " + lines[done_before])
    rows, items, changes, unlinked = map(int, m.groups())
    if expected_changes is None:  # first run: every linked SKU (the demo catalogue's too) is sent once
        expected_changes = items - unlinked
    ccv = app.ccv_calls()
    per = ccv.get("perResourceMethod", {})
    writes = per.get("PATCH products", 0) + per.get("PATCH attributecombinations", 0)
    return {
        "stock_rows_read": rows, "items_read": items, "changes_planned": changes, "unlinked": unlinked,
        "changes_expected": expected_changes,
        "ccv_calls_total": ccv.get("total", 0), "ccv_calls_per_resource_method": per,
        "ccv_writes": writes, "ccv_writes_over_ideal": writes - expected_changes,
        "ccv_status_counts": ccv.get("perStatus", {}), "ccv_429": ccv.get("perStatus", {}).get("429", 0),
        "ccv_max_per_minute_per_resource_method": ccv.get("maxPerMinutePerResourceMethod", {}),
        "globe_entity_calls": app.globe_calls().get("counts", {}),
        "wall_seconds": round(wall, 2),
        "writes_per_minute": round(writes / wall * 60, 1) if wall > 0 else None,
        "memory": memory,
    }


def prime_state(app, first, last):
    """Links and last-sent values for SKUs first..last-1 written straight into the state store (H2, AUTO_SERVER),
    as a long-running bridge would have them: their stock is then read and compared but nothing is sent."""
    jars = glob.glob(os.path.join(os.path.dirname(app.jar), "lib", "main", "com.h2database.h2-*.jar"))
    if not jars:
        raise net.HarnessError("H2 jar not found next to the packaged app")
    code = f"'{PREFIX}' || LPAD(CAST(X AS VARCHAR), 6, '0')"
    sql = (f"INSERT INTO record_link (entity, ccv_id, globe_key, globe_guid, created_at, updated_at) SELECT 'product', "
           f"CAST(990000000 + X AS VARCHAR), {code}, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM SYSTEM_RANGE({first}, {last - 1});"
           f"INSERT INTO last_sent (flow, item_key, sent_value, sent_at) SELECT 'stock', {code}, "
           f"CAST(5 + MOD(X, 20) AS VARCHAR), CURRENT_TIMESTAMP FROM SYSTEM_RANGE({first}, {last - 1});")
    result = subprocess.run(["java", "-cp", jars[0], "org.h2.tools.Shell", "-url", app.state_url, "-user", "bridge",
                             "-password", "", "-sql", sql], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise net.HarnessError("priming the state store failed: " + (result.stderr or result.stdout)[-500:])


def run(cfg, jar, workdir, log):
    s, pct, big = cfg.stock_skus, cfg.stock_changed_pct, cfg.stock_read_rows
    raised, write_limit = cfg.raised_limit, cfg.ccv_write_limit
    changed = changed_indices(s, pct)
    quantities = {i: initial_quantity(i) for i in range(s)}
    result = {"skus": s, "changed_pct": pct, "changed_skus": len(changed), "raised_limit_per_minute": raised,
              "default_write_limit_per_minute": write_limit}
    run_timeout = max(300, s / 5)

    # Instance 1: limits raised in client and simulator: the bridge's own ceiling, and the memory reads.
    env = {"CCV_RATE_LIMIT_GET_PER_MINUTE": str(raised), "CCV_RATE_LIMIT_WRITE_PER_MINUTE": str(raised),
           "CCV_RATE_LIMIT_TOTAL_PER_MINUTE": str(raised * 2)}
    app = App(jar, os.path.join(workdir, "stock"), "stock-raised", env, cfg.java_opts, shared_db=True).start()
    try:
        result["raised_instance"] = {"start": app.started, "env": env}
        set_ccv_limits(app, raised, raised, raised * 2)
        t = time.monotonic()
        seed_ccv(app, s)
        receive(app, sorted(quantities.items()))
        result["seed_seconds"] = round(time.monotonic() - t, 1)
        log(f"stock: seeded {s} SKUs; first run at {raised}/min")
        result["first_run_raised"] = run_sync(app, "stock-first-run", None, run_timeout)
        receive(app, [(i, 3) for i in changed])
        for i in changed:
            quantities[i] += 3
        log(f"stock: second run, {len(changed)} changed, at {raised}/min")
        result["changed_run_raised"] = run_sync(app, "stock-changed-raised", len(changed), run_timeout)
        log(f"stock: memory: read {s} rows, nothing changed")
        result["read_small"] = run_sync(app, f"stock-read-{s}", 0, run_timeout)
        if big > s:
            prime_state(app, s, big)
            receive(app, [(i, initial_quantity(i)) for i in range(s, big)])
            log(f"stock: memory: read {big} rows, nothing changed")
            result["read_large"] = run_sync(app, f"stock-read-{big}", 0, max(run_timeout, big / 50))
        result["raised_instance"]["final_rss_mb"] = app.stop()
    finally:
        app.stop()

    # Instance 2: the default write limit (same state store: the same SKUs are linked and their stock was sent).
    env = {"CCV_RATE_LIMIT_WRITE_PER_MINUTE": str(write_limit)}
    app = App(jar, os.path.join(workdir, "stock"), "stock-default", env, cfg.java_opts).start()
    try:
        result["default_instance"] = {"start": app.started, "env": env}
        set_ccv_limits(app, 150, write_limit, 300)
        seed_ccv(app, s)
        receive(app, sorted(quantities.items()))
        result["unchanged_run_default"] = run_sync(app, "stock-unchanged", 0, run_timeout)
        receive(app, [(i, 3) for i in changed])
        expected_minutes = len(changed) / write_limit
        log(f"stock: {len(changed)} changes at the default write limit {write_limit}/min (~{expected_minutes:.1f} min)")
        result["changed_run_default"] = run_sync(app, "stock-changed-default", len(changed),
                                                 max(run_timeout, expected_minutes * 90 + 300))
        result["default_instance"]["final_rss_mb"] = app.stop()
    finally:
        app.stop()
    return result
