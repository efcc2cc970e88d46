"""The readable summary (markdown) of one results JSON."""


def _fmt(v):
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.1f}" if abs(v) >= 10 else f"{v:.2f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def _table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def _calls(per):
    return ", ".join(f"{k} {v}" for k, v in sorted(per.items())) or "none"


def _stock(w):
    out = [f"S = {w['skus']:,} SKUs; {w['changed_skus']:,} changed ({w['changed_pct']} %) between runs. "
           f"Raised limit: {w['raised_limit_per_minute']:,}/min (client and simulator); default write limit "
           f"{w['default_write_limit_per_minute']}/min.\n"]
    rows = []
    for key, label in [("first_run_raised", "first run, all SKUs sent (raised limit)"),
                       ("changed_run_raised", "changed run (raised limit: the bridge's ceiling)"),
                       ("unchanged_run_default", "unchanged run (default limit)"),
                       ("changed_run_default", "changed run (default write limit)")]:
        r = w.get(key)
        if r:
            rows.append([label, r["stock_rows_read"], r["changes_expected"], r["ccv_writes"], r["ccv_calls_total"],
                         r["ccv_429"], r["wall_seconds"], r["writes_per_minute"],
                         max(r["ccv_max_per_minute_per_resource_method"].values() or [0]),
                         r["memory"]["rss_peak_mb"], r["memory"]["heap_peak_mb"]])
    out.append(_table(["run", "rows read", "ideal writes", "CCV writes", "CCV calls", "429s", "wall s",
                       "writes/min", "most calls of one resource-method in 60 s", "peak RSS MB", "peak heap MB"], rows))
    for key in ("first_run_raised", "changed_run_raised", "unchanged_run_default", "changed_run_default"):
        r = w.get(key)
        if r:
            out.append(f"- {key}: CCV {_calls(r['ccv_calls_per_resource_method'])}; statuses "
                       f"{_calls(r['ccv_status_counts'])}\n")
    mem = [(w[k]["stock_rows_read"], w[k]) for k in ("read_small", "read_large") if k in w]
    if mem:
        out.append("\nMemory while reading stock with nothing to send (one app, the larger read after the smaller; "
                   "RSS includes the embedded simulators and their data):\n\n")
        out.append(_table(["stock rows read", "wall s", "RSS before MB", "peak RSS MB", "heap before MB",
                           "peak heap MB", "CCV writes"],
                          [[n, r["wall_seconds"], r["memory"]["rss_before_mb"], r["memory"]["rss_peak_mb"],
                            r["memory"]["heap_before_mb"], r["memory"]["heap_peak_mb"], r["ccv_writes"]]
                           for n, r in mem]))
    for inst in ("raised_instance", "default_instance"):
        if inst in w:
            out.append(f"- {inst}: start-up {w[inst]['start']}\n")
    return "".join(out)


def _generic(w):
    lines = []
    for k, v in w.items():
        if isinstance(v, dict):
            lines.append(f"- **{k}**: " + ", ".join(f"{a}: {_fmt(b)}" for a, b in v.items()
                                                    if not isinstance(b, (dict, list))))
            for a, b in v.items():
                if isinstance(b, dict) and b and all(not isinstance(x, (dict, list)) for x in b.values()):
                    lines.append(f"  - {a}: " + _calls(b))
        elif not isinstance(v, list):
            lines.append(f"- {k}: {_fmt(v)}")
    return "\n".join(lines) + "\n"


def _versus(workloads):
    """Calls per order of the bridge against the literal baseline, when both ran."""
    bridge, literal = workloads.get("orders", {}), workloads.get("baseline", {})
    if "sweep" in bridge:  # this build at the lowest Globe latency
        bridge = next((r for r in bridge["sweep"] if r.get("build") == "after" and "new_customers" in r), {})
    if "new_customers" not in bridge or "new_customers" not in literal:
        return ""
    rows = []
    for key, label in (("new_customers", "new customer"), ("repeat_customers", "repeat customer")):
        b, lit = bridge.get(key), literal.get(key)
        if b and lit:
            write_back = b["ccv_per_resource_method"].get("PATCH orders", 0) / b["orders"]
            rows.append([label, b["ccv_calls_per_order"], b["globe_calls_per_order"], b["calls_per_order"],
                         round(b["calls_per_order"] - write_back, 2), lit["ccv_calls_per_order"],
                         lit["globe_calls_per_order"], lit["calls_per_order"]])
    return ("## Calls per order: the bridge against the literal baseline\n\n" + _table(
        ["order of a", "bridge CCV", "bridge Globe", "bridge total", "bridge without the status write-back",
         "literal CCV", "literal Globe", "literal total"], rows) + "\n")


def _beyond(part):
    """Globe calls per order besides the document itself (its lines and header)."""
    per = part.get("globe_per_entity_per_order") or {}
    if not per:
        return None
    doc = sum(v for k, v in per.items() if k.startswith("POST ") and (k.endswith("OrderLine") or k.endswith("OrderHeader")))
    return round(sum(per.values()) - doc, 2)


def _sweep(w):
    """Orders at each Globe latency, this build against the baseline build: the README "Performance" table."""
    rows = []
    for r in w.get("sweep", []):
        if "error" in r or "skipped" in r:
            rows.append([r["globe_latency_ms"], r["build"], r.get("error") or r.get("skipped")] + [""] * 7)
            continue
        new, rep, lat = r.get("new_customers", {}), r.get("repeat_customers", {}), r.get("latency", {})
        handshakes = [p.get("ntlm_handshakes") for p in (new, rep) if p.get("ntlm_handshakes") is not None]
        peak = max([x for x in [new.get("memory", {}).get("vm_hwm_mb"), rep.get("memory", {}).get("vm_hwm_mb"),
                                r.get("vm_hwm_mb")] if x] or [None])
        rows.append([r["globe_latency_ms"], r["build"], r.get("all", {}).get("orders_per_minute"),
                     new.get("orders_per_minute"), rep.get("orders_per_minute"),
                     f"{new.get('globe_calls_per_order')} / {rep.get('globe_calls_per_order')}",
                     f"{_beyond(new)} / {_beyond(rep)}",
                     f"{sum(handshakes)} ({r.get('bridge_ntlm_handshakes_total', '-')})" if handshakes else "-",
                     r.get("all", {}).get("ccv_429"),
                     f"{lat.get('p50_seconds')} / {lat.get('p95_seconds')}" if lat else "-", peak])
    return _table(["Globe latency ms", "build", "orders/min (all)", "new", "repeat", "Globe calls/order new / repeat",
                   "beyond the document new / repeat",
                   "NTLM handshakes (bridge metric, whole run)", "CCV 429", "paid→Globe p50 / p95 s", "peak RSS MB"],
                  rows) + "\n" + "".join(f"- {k}: {v}\n" for k, v in w.get("builds", {}).items())


def markdown(res):
    m = res.get("machine", {})
    out = [f"# Benchmark {res['started_utc']} ({res['mode']})\n\n",
           f"Machine: {m.get('cores')} cores, {m.get('memory_total_mb')} MB, load average at start "
           f"{m.get('load_average_at_start')}; {m.get('java')}; commit {m.get('git_commit')}. "
           f"{res.get('note', '')}. Harness {'OK' if res.get('harness_ok') else 'BROKE'}.\n\n"]
    if res.get("error"):
        out.append(f"**Harness error**: {res['error']}\n\n")
    if res.get("instances"):
        out.append("## Start-up and memory per app instance\n\n")
        out.append(_table(["instance", "start to /q/health/ready s", "RSS after start MB", "heap after start MB",
                           "peak RSS (VmHWM) at stop MB"],
                          [[i["instance"], i.get("ready_seconds"), i.get("rss_after_start_mb"),
                            i.get("heap_used_after_start_mb"), i.get("vm_hwm_at_stop_mb")] for i in res["instances"]]))
        out.append("\nRSS includes the embedded simulators and their data (the sandbox runs in the same JVM).\n\n")
    out.append(_versus(res.get("workloads", {})))
    for name, w in res.get("workloads", {}).items():
        out.append(f"## {name}\n\n")
        if "error" in w:
            out.append(f"**Harness error**: {w['error']}\n\n")
            continue
        if "skipped" in w:
            out.append(f"Not run: {w['skipped']}\n\n")
            continue
        out.append(_stock(w) if name == "stock" else _sweep(w) if "sweep" in w else _generic(w))
        out.append("\n")
    return "".join(out)
