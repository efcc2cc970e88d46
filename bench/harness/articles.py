"""Articles workload (needs the articles flow): a first sync of I Globe items to CCV products and an update run with
P % of the items changed, through the flow's own poll (bridge.articles.poll-interval); calls and time. The client
and simulator limits are raised by default (the first sync is long at CCV's limits); the calls do not depend on it."""
import os
import re
import time

from . import net
from .app import App

FLOW_FILE = os.path.join("src", "main", "resources", "routes", "articles-to-ccv.camel.yaml")
SUMMARY = re.compile(r"Articles (\w+) run: (\d+) products, (\d+) written, (\d+) unchanged, (\d+) parked or skipped")
SIZES, COLOURS = ("S", "M", "L"), ("RED", "BLUE")


def available(jar):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(jar))))
    return os.path.exists(os.path.join(root, FLOW_FILE))


def items(count):
    """About 10 % variants (families of size x colour, assortment 2), the rest plain items (assortment 1)."""
    family_size = len(SIZES) * len(COLOURS)
    families = (count // 10) // family_size
    codes = [(f"BV-{f:04d}-{s}-{c}", 2) for f in range(families) for s in SIZES for c in COLOURS]
    plain = count - len(codes)
    codes += [(f"BA-{i:05d}", 1) for i in range(plain)]
    rows = [{"ItemCode": code, "Description0": "Benchartikel " + code, "SalesPrice": 12.5, "SalesCurrency": "EUR",
             "Condition": "A", "Type": "S", "IsSalesItem": True, "IsStockItem": True, "Assortment": assortment,
             "SalesVATCode": "2", "GLAccountRevenue": "8000", "Warehouse": "1"} for code, assortment in codes]
    return rows, families, plain


def summaries(app):
    return [tuple(int(x) if x.isdigit() else x for x in m.groups())
            for m in (SUMMARY.search(line) for line in app.log_lines("Articles ")) if m]


def measure(app, label, expected, timeout, count="written"):
    """Waits until the runs after this point handled (count="products") or wrote (count="written") the expected
    number of products, or (count="runs") the expected number of runs ended; returns calls and time."""
    seen = len(summaries(app))
    t0 = time.monotonic()
    app.begin("articles-" + label)

    column = 1 if count == "products" else 2

    def handled():
        runs = summaries(app)[seen:]
        done = len(runs) if count == "runs" else sum(r[column] for r in runs)
        return runs if done >= expected else None
    runs = net.wait_until(f"articles {label}: {expected} products {count}", handled, timeout, 0.5)
    wall = time.monotonic() - t0
    memory = app.end("articles-" + label)
    ccv_log, globe_log = app.ccv_calls(), app.globe_calls()
    written = sum(r[2] for r in runs)
    return {"products_expected": expected, "runs": [dict(zip(("mode", "products", "written", "unchanged",
                                                                      "parked_or_skipped"), r)) for r in runs],
            "wall_seconds": round(wall, 1), "ccv_calls": ccv_log["total"],
            "ccv_calls_per_product_written": round(ccv_log["total"] / max(1, written), 2),
            "ccv_per_resource_method": ccv_log["perResourceMethod"], "ccv_status_counts": ccv_log["perStatus"],
            "ccv_429": ccv_log["perStatus"].get("429", 0), "globe_per_entity": globe_log["counts"],
            "computed_minutes_at_default_total_limit_250": round(ccv_log["total"] / 250 * 61 / 60, 1),
            "memory": memory}


def run(cfg, jar, workdir, log):
    if not available(jar):
        return {"skipped": "needs the articles flow (routes/articles-to-ccv.camel.yaml: articles-poll) - not in this build"}
    raised = cfg.raised_limit
    env = {"BRIDGE_ARTICLES_ENABLED": "true", "BRIDGE_ARTICLES_POLL_INTERVAL": "5s",
           "CCV_RATE_LIMIT_GET_PER_MINUTE": str(raised), "CCV_RATE_LIMIT_WRITE_PER_MINUTE": str(raised),
           "CCV_RATE_LIMIT_TOTAL_PER_MINUTE": str(raised * 2)}
    app = App(jar, workdir, "articles", env, cfg.java_opts).start()
    try:
        net.call_json("PUT", f"{app.ccv_admin}/limits", {"getPerMinute": raised, "writePerMinute": raised,
                                                          "productqueriesPerMinute": 30, "totalPerMinute": raised * 2})
        rows, families, plain = items(cfg.articles_items)
        products = families + plain
        result = {"start": app.started, "items": len(rows), "variant_families": families, "plain_items": plain,
                  "limits": f"raised to {raised}/min in client and simulator"}
        app.clear_calls()
        # the sandbox's own demo items are in its demo shop already (linked and compared, not created): their first
        # run is measured apart, so that the first sync's figures are the bench items' own
        result["demo_catalogue"] = measure(app, "demo-catalogue", 1, 600, count="runs")
        app.clear_calls()
        net.call_json("POST", f"{app.globe_admin}/seed", {"Item": rows})
        log(f"articles: {len(rows)} items seeded ({products} products expected); their first sync by the poll")
        result["first_sync"] = measure(app, "first-sync", products, max(600, len(rows)), count="products")
        result["first_sync"]["what"] = ("the bench items' first sync into the shop: every product created (a run after "
                                        "the demo catalogue's first run; the per-product work is the same)")
        changed = [r["ItemCode"] for r in rows if r["Assortment"] == 1]
        changed = changed[::max(1, round(100 / cfg.articles_changed_pct))][:max(1, round(len(rows) * cfg.articles_changed_pct / 100))]
        globe = net.GlobeClient(app.globe_port)
        app.clear_calls()
        for code in changed:
            globe.request("MERGE", f"Item('{code}')", {"SalesPrice": 99.95})
        log(f"articles: {len(changed)} items changed; update run by the poll")
        result["update_run"] = measure(app, "update", len(changed), 600)
        result["update_run"]["items_changed"] = len(changed)
        result["update_run"]["globe_calls_of_the_harness_included"] = globe.calls
        return result
    finally:
        app.stop()
