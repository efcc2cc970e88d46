#!/usr/bin/env python3
"""ccv-globe-bridge fault-tolerance scenarios (issue #10): two bridge instances (PostgreSQL build, sandbox off) on one
throwaway PostgreSQL state store, against the CCV Shop and Exact Globe simulators of a separate sandbox host. Six
scenarios; each reports sent, committed, duplicates, parked and lost orders and its own figures. See faults/README.md.

Exit status: 0 when every scenario passed; 1 on any duplicate, lost order, failed check or broken harness; 2 on bad
arguments. Writes faults/results/<UTC date-time>.json and .md."""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, HERE)
from harness import net  # noqa: E402
from harness import app as app_module  # noqa: E402
import probes  # noqa: E402
import scenarios  # noqa: E402
import topology  # noqa: E402
from fanout import Fanout  # noqa: E402

COLUMNS = ["scenario", "sent", "committed", "duplicates", "parked", "lost", "result", "figures"]


def arguments(argv):
    p = argparse.ArgumentParser(prog="faults/run", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", type=float, default=1.0,
                   help="multiplies every order count (1 = CI: 300 orders in scenario 1, 50 in 2-5, 10 in 6)")
    p.add_argument("--only", default=None, help="comma-separated scenario numbers to run, e.g. 1,3")
    p.add_argument("--globe-outage", type=int, default=60, help="seconds Globe answers 500 in scenario 3 (default 60)")
    p.add_argument("--globe-slow", type=int, default=60,
                   help="seconds Globe answers late in scenario 3b (default 60; 0: 3b is not run)")
    p.add_argument("--globe-delay", type=int, default=8,
                   help="seconds each Globe answer waits after the call was carried out in 3b (default 8)")
    p.add_argument("--globe-timeout", type=int, default=5,
                   help="GLOBE_HTTP_TIMEOUT of A and B in seconds (default 5: shorter than --globe-delay)")
    p.add_argument("--ccv-outage", type=int, default=30, help="seconds CCV answers 500 in scenario 4 (default 30)")
    p.add_argument("--store-outage", type=int, default=30, help="seconds PostgreSQL is down in scenario 5 (default 30)")
    p.add_argument("--storm", type=int, default=16, help="answers 429 on GET orders in scenario 4 (default 16)")
    p.add_argument("--poll-interval", default="5s", help="bridge.orders.poll-interval of A and B (default 5s)")
    p.add_argument("--retry-period", default="1s", help="bridge.cluster.retry-period of A and B (default 1s)")
    p.add_argument("--instance-timeout", default="10s",
                   help="bridge.cluster.instance-timeout of A and B: claims of a dead instance are taken over after it")
    p.add_argument("--no-fanout", action="store_true",
                   help="webhooks to each instance's own URL instead of one fan-out URL that forwards every delivery "
                        "to both (the instances then share one key per event: the last registration wins)")
    p.add_argument("--java-opts", default="-Xmx384m", help="JVM options of the three apps (default -Xmx384m)")
    p.add_argument("--no-build", action="store_true", help="do not build; use target/quarkus-app and target/faults-pg")
    p.add_argument("--keep-workdir", action="store_true", help="keep the temp dir (app logs, PostgreSQL log)")
    p.add_argument("--results", default=os.path.join(HERE, "results"), help="where to write results")
    cfg = p.parse_args(argv)
    cfg.orders = max(3, round(300 * cfg.size))
    cfg.small = max(6, round(50 * cfg.size))
    cfg.tiny = max(2, round(10 * cfg.size))
    cfg.java_opts = cfg.java_opts.split()
    cfg.instance_timeout_s = _seconds(cfg.instance_timeout)
    cfg.chosen = set(cfg.only.split(",")) if cfg.only else {str(i) for i in range(1, 7)}
    if cfg.chosen - {str(i) for i in range(1, 7)}:
        p.error("--only takes scenario numbers 1..6")
    return cfg


def _seconds(duration):
    units = {"ms": 0.001, "s": 1, "m": 60}
    for unit in ("ms", "s", "m"):
        if duration.endswith(unit):
            return float(duration[:-len(unit)]) * units[unit]
    return float(duration)


def bridge_settings(cfg):
    """Settings of A and B for this run (besides addresses and credentials): shortened retries and timings."""
    return {
        "BRIDGE_ORDERS_POLL_INTERVAL": cfg.poll_interval,
        "BRIDGE_CLUSTER_RETRY_PERIOD": cfg.retry_period,
        "BRIDGE_CLUSTER_INSTANCE_TIMEOUT": cfg.instance_timeout,
        "GLOBE_HTTP_TIMEOUT": f"{cfg.globe_timeout}s",
        # Default redeliveries (5 from 1 s, doubling) and outage wait (bridge.retry.outage-wait, 15m); the back-off is
        # capped at 10 s so that orders land within seconds of a recovery.
        "BRIDGE_RETRY_MAX_DELAY": "10s",
        # The simulator's limits are raised for the run; the client paces to the same figures.
        "CCV_RATE_LIMIT_GET_PER_MINUTE": "3000", "CCV_RATE_LIMIT_WRITE_PER_MINUTE": "3000",
        "CCV_RATE_LIMIT_TOTAL_PER_MINUTE": "9000", "CCV_RATE_LIMIT_WAIT_ON_429": "2s",
    }


def table(rows):
    cells = [COLUMNS] + [[str(c) for c in r] for r in rows]
    widths = [min(max(len(r[i]) for r in cells), 70 if i == len(COLUMNS) - 1 else 40) for i in range(len(COLUMNS))]
    line = lambda r: "  ".join(c[:widths[i]].ljust(widths[i]) if i < len(r) - 1 else c for i, c in enumerate(r))
    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths)] + [line(r) for r in cells[1:]])


def short_figures(fig):
    keep = [k for k in fig if k.startswith(("seconds", "health_")) or k in ("killed", "stopped", "committed_at_kill",
                                                                          "claims_taken_over")]
    return ", ".join(f"{k.replace('seconds_', 's ')}={fig[k]}" for k in keep if not isinstance(fig[k], (list, dict)))


def markdown(res):
    out = [f"# Fault scenarios {res['started_utc']}\n\n",
           f"Commit {res.get('git_commit')}; {res.get('machine')}; harness {'OK' if res['harness_ok'] else 'BROKE'}; "
           f"overall **{'PASS' if res['passed'] else 'FAIL'}**.\n\n"]
    if res.get("error"):
        out.append(f"**Harness error**: {res['error']}\n\n")
    out.append("| scenario | sent | committed | duplicates | parked | lost | result | figures |\n|---|---|---|---|---|---|---|---|\n")
    for name, r in res["scenarios"].items():
        out.append(f"| {name} | {r.get('sent', '–')} | {r.get('committed', '–')} | {r.get('duplicates', '–')} | "
                   f"{r.get('parked', '–')} | {r.get('lost', '–')} | {_verdict(r)} | {short_figures(r.get('figures', {}))} |\n")
    for name, r in res["scenarios"].items():
        out.append(f"\n## {name}: {r.get('what', '')}\n\n")
        if r.get("error"):
            out.append(f"**Harness error**: {r['error']}\n\n")
        for check in r.get("failed_checks", []):
            out.append(f"- FAILED: {check}\n")
        for k, v in r.get("figures", {}).items():
            if isinstance(v, list):
                out.append(f"- {k}:\n" + "".join(f"  - {x}\n" for x in v))
            else:
                out.append(f"- {k}: {json.dumps(v) if isinstance(v, dict) else v}\n")
        if r.get("parked_reasons"):
            out.append(f"- parked reasons: {r['parked_reasons']}\n")
    out.append(f"\n## Settings of A and B\n\n```\n{json.dumps(res.get('settings', {}), indent=1)}\n```\n")
    return "".join(out)


def _verdict(r):
    if r.get("error"):
        return "BROKE"
    return "PASS" if not r.get("failed_checks") else "FAIL"


def main(argv):
    cfg = arguments(argv)
    started = datetime.now(timezone.utc)
    stamp = started.strftime("%Y-%m-%dT%H-%M-%SZ")

    def log(message):
        print(f"[faults {time.strftime('%H:%M:%S')}] {message}", flush=True)

    workdir = tempfile.mkdtemp(prefix="bridge-faults-")
    os.chmod(workdir, 0o755)
    res = {"started_utc": started.isoformat(timespec="seconds"), "sizes": {"scenario_1": cfg.orders,
           "scenarios_2_to_5": cfg.small, "scenario_6": cfg.tiny}, "settings": bridge_settings(cfg),
           "machine": f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}", "scenarios": {}}
    try:
        import subprocess
        res["git_commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                           text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    harness_ok, pg, host, apps, fan = True, None, None, [], None
    try:
        pg = topology.Postgres(workdir)
        if not cfg.no_build:
            res["build"] = topology.build(log)
        for jar in (topology.H2_JAR, topology.PG_JAR):
            if not os.path.exists(jar):
                raise net.HarnessError("no packaged app at " + jar)
        pg.init()
        log(f"PostgreSQL {os.path.basename(os.path.dirname(pg.bin))} on 127.0.0.1:{pg.port}")
        host = topology.sandbox_host(workdir, cfg.java_opts)
        probes.ccv_limits(host, 3000)
        log(f"sandbox host: CCV simulator :{host.ccv_port}, Globe simulator :{host.globe_port}")
        fan = None if cfg.no_fanout else Fanout(apps)
        res["webhooks"] = ("each instance its own public URL" if fan is None else
                           f"one public URL for both: a fan-out at {fan.url} that forwards every delivery to A and B")
        for name in ("A", "B"):
            keys = topology.register_key_pair(host, name)
            url = fan.url if fan else "http://127.0.0.1:{port}"
            apps.append(topology.Bridge(name, workdir, host, pg, keys, bridge_settings(cfg), cfg.java_opts, url))
        for a in apps:  # one after the other: A is the first leader
            a.start()
            log(f"instance {a.name} ready on :{a.port} ({a.started.get('ready_seconds')}s)")
        res["startup"] = {a.name: a.started for a in apps}
        run = scenarios.Run(host, apps, pg, cfg, log, fan)
        for key, what, fn in scenarios.SCENARIOS:
            if key.split("-")[0].rstrip("b") not in cfg.chosen or (key.startswith("3b") and cfg.globe_slow <= 0):
                continue
            log(f"scenario {key}: {what}")
            t = time.monotonic()
            offsets = {a.name: a.log_size() for a in apps}
            try:
                if key[0] != "1":
                    run.prepare_known_customers()
                r = fn(run)
            except net.HarnessError as e:
                r = {"error": str(e), "failed_checks": ["harness: " + str(e)]}
                log(f"scenario {key} broke: {e}")
            except Exception as e:  # a bug in the harness: recorded, the run goes on
                r = {"error": repr(e), "trace": traceback.format_exc(), "failed_checks": ["harness: " + repr(e)]}
                log(f"scenario {key} broke: {traceback.format_exc()}")
            r["what"] = what
            taken = [line for a in apps for line in a.log_since(offsets[a.name], "Took over a")]
            if taken:  # claims of an instance seen as stopped (no heartbeat within the instance timeout)
                r.setdefault("figures", {})["claims_taken_over"] = len(taken)
            r["scenario_seconds"] = round(time.monotonic() - t, 1)
            res["scenarios"][key] = r
            harness_ok = harness_ok and "error" not in r
            log(f"scenario {key}: {_verdict(r)} {r.get('failed_checks') or ''}")
            probes.globe_faults(host, None)  # the next scenario starts without faults and with both instances
            probes.ccv_faults(host, None)
            for a in apps:
                if not a.running():
                    a.start()
            if not _pg_up(pg):
                pg.start()
    except net.HarnessError as e:
        harness_ok = False
        res["error"] = str(e)
        log(str(e))
    except Exception as e:  # a bug in the harness: reported like a harness fault
        harness_ok = False
        res["error"] = repr(e)
        log(traceback.format_exc())
    finally:
        for a in apps + ([host] if host else []):
            a.stop()
        if fan:
            fan.close()
        if pg and os.path.isdir(os.path.join(pg.dir, "data")):
            pg.stop(check=False)
        res["instances"] = list(app_module.INSTANCES)
        res["finished_utc"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        res["harness_ok"] = harness_ok
        res["passed"] = harness_ok and bool(res["scenarios"]) and all(
            not r.get("failed_checks") for r in res["scenarios"].values())
        os.makedirs(cfg.results, exist_ok=True)
        path = os.path.join(cfg.results, stamp)
        with open(path + ".json", "w") as f:
            json.dump(res, f, indent=2, default=str)
        with open(path + ".md", "w") as f:
            f.write(markdown(res))
        rows = [[k, r.get("sent", "-"), r.get("committed", "-"), r.get("duplicates", "-"), r.get("parked", "-"),
                 r.get("lost", "-"), _verdict(r), short_figures(r.get("figures", {}))] for k, r in res["scenarios"].items()]
        print("\n" + table(rows) + "\n", flush=True)
        for k, r in res["scenarios"].items():
            for check in r.get("failed_checks", []):
                print(f"  {k}: FAILED {check}")
        log(f"results: {path}.json and {path}.md; overall {'PASS' if res['passed'] else 'FAIL'}")
        if cfg.keep_workdir or not res["passed"]:
            log(f"work dir kept (app logs, PostgreSQL log): {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0 if res["passed"] else 1


def _pg_up(pg):
    try:
        pg.sql("SELECT 1")
        return True
    except net.HarnessError:
        return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
