#!/usr/bin/env python3
"""ccv-globe-bridge benchmark: starts the packaged app in sandbox mode, drives workloads through the simulators'
admin APIs and the app's API, and writes bench/results/<UTC date-time>.json and .md. See README "Performance".

Exit status: 0 when the harness ran (whatever the figures), 1 when the harness itself broke, 2 on bad arguments.
No pass/fail on absolute times."""
import argparse
import concurrent.futures
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import net, report  # noqa: E402
from harness import app as app_module  # noqa: E402
from harness import stock, baseline, orders, articles  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
WORKLOADS = ("stock", "orders", "articles", "baseline")

SMOKE = dict(stock_skus=40, stock_changed_pct=5, stock_read_rows=400, orders=6, customers=3, skus=5,
             latency_orders=3, articles_items=20, articles_changed_pct=10)
FULL = dict(stock_skus=10_000, stock_changed_pct=5, stock_read_rows=100_000, orders=1_000, customers=300, skus=30,
            latency_orders=200, articles_items=2_000, articles_changed_pct=2)


def arguments(argv):
    p = argparse.ArgumentParser(prog="bench/run", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--smoke", action="store_true", help="tiny sizes, under a minute of work (CI)")
    p.add_argument("--only", default=None, help="comma-separated workloads to run: " + ",".join(WORKLOADS))
    p.add_argument("--skip", default="", help="comma-separated workloads to leave out")
    p.add_argument("--stock-skus", type=int, help="S: SKUs in Globe and CCV (default 10000)")
    p.add_argument("--stock-changed-pct", type=float, help="P: %% of SKUs changed between two runs (default 5)")
    p.add_argument("--stock-read-rows", type=int, help="stock rows of the large read (default 100000)")
    p.add_argument("--orders", type=int, help="N: orders (default 1000)")
    p.add_argument("--customers", type=int, help="M: distinct customers (default 300)")
    p.add_argument("--skus", type=int, help="K: SKUs the orders are spread over (default 30, at most 39)")
    p.add_argument("--latency-orders", type=int, help="orders timed from paid to Globe document (default 200; 0: none)")
    p.add_argument("--orders-poll-interval", default="5s", help="bridge.orders.poll-interval of the orders run")
    p.add_argument("--globe-latency-ms", default=None,
                   help="comma-separated delays of the Globe simulator on every call; the orders workload runs at each "
                        "(default 0,100,250,500; smoke 0,250)")
    p.add_argument("--baseline-ref", default=None,
                   help="git ref of a second build (e.g. main): the orders workload runs with it too, side by side")
    p.add_argument("--baseline-jar", default=None, help="a second build's quarkus-run.jar instead of --baseline-ref")
    p.add_argument("--articles-items", type=int, help="items of the first articles sync (default 2000)")
    p.add_argument("--articles-changed-pct", type=float, help="%% of items changed for the update run (default 2)")
    p.add_argument("--ccv-write-limit", type=int, default=100, help="W: CCV writes per minute (default 100)")
    p.add_argument("--raised-limit", type=int, default=100_000, help="per-minute limits of the ceiling runs")
    p.add_argument("--java-opts", default="", help="extra JVM options for the app, e.g. -Xmx512m")
    p.add_argument("--parallel", action=argparse.BooleanOptionalAction, default=None,
                   help="run the workloads side by side, each with its own app (default: on with --smoke only; "
                        "figures of a parallel run are not comparable)")
    p.add_argument("--no-build", action="store_true", help="do not build, use target/quarkus-app as it is")
    p.add_argument("--keep-workdir", action="store_true", help="keep the temp dir (app logs, state store)")
    p.add_argument("--results", default=os.path.join(ROOT, "bench", "results"), help="where to write results")
    cfg = p.parse_args(argv)
    sizes = SMOKE if cfg.smoke else FULL
    for key, value in sizes.items():
        if getattr(cfg, key) is None:
            setattr(cfg, key, value)
    cfg.java_opts = cfg.java_opts.split()
    latencies = cfg.globe_latency_ms or ("0,250" if cfg.smoke else "0,100,250,500")
    cfg.globe_latencies = [int(x) for x in latencies.split(",") if x.strip()]
    if cfg.parallel is None:
        cfg.parallel = cfg.smoke
    chosen = set(cfg.only.split(",")) if cfg.only else set(WORKLOADS)
    chosen -= set(filter(None, cfg.skip.split(",")))
    unknown = chosen - set(WORKLOADS)
    if unknown:
        p.error("unknown workload(s): " + ", ".join(sorted(unknown)))
    if not 1 <= cfg.skus <= 39:
        p.error("--skus must be 1..39 (the sandbox's simple demo articles ART-0001..ART-0039)")
    cfg.workloads = [w for w in WORKLOADS if w in chosen]
    return cfg


def build(log):
    sources = [os.path.join(ROOT, "pom.xml"), os.path.join(ROOT, "src", "main")]
    newest = max(os.path.getmtime(os.path.join(d, f)) for src in sources
                 for d, _, files in (os.walk(src) if os.path.isdir(src) else [(os.path.dirname(src), [], [os.path.basename(src)])])
                 for f in files)
    if os.path.exists(JAR) and os.path.getmtime(JAR) >= newest:
        return "up to date"
    log("building the packaged app: ./mvnw -q package -DskipTests")
    result = subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=ROOT,
                            timeout=1800)
    if result.returncode != 0 or not os.path.exists(JAR):
        raise net.HarnessError("the build failed")
    return "built"


def baseline_jar(cfg, workdir, log):
    """The jar to compare with: --baseline-jar, or --baseline-ref built in a git worktree under the work dir."""
    if cfg.baseline_jar:
        return os.path.abspath(cfg.baseline_jar)
    if not cfg.baseline_ref:
        return None
    tree = os.path.join(workdir, "baseline-src")
    subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", tree, cfg.baseline_ref], check=True,
                   capture_output=True, timeout=300)
    log(f"building the baseline {cfg.baseline_ref}: ./mvnw -q package -DskipTests")
    result = subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "package", "-DskipTests"], cwd=tree,
                            timeout=1800)
    jar = os.path.join(tree, "target", "quarkus-app", "quarkus-run.jar")
    if result.returncode != 0 or not os.path.exists(jar):
        raise net.HarnessError("the baseline build failed")
    return jar


def machine():
    info = {"cores": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    try:
        info["java"] = subprocess.run(["java", "-version"], capture_output=True, text=True,
                                      timeout=30).stderr.splitlines()[0]
        with open("/proc/meminfo") as f:
            info["memory_total_mb"] = round(int(f.readline().split()[1]) / 1024)
        info["load_average_at_start"] = os.getloadavg()
    except (OSError, IndexError, subprocess.SubprocessError):
        pass
    try:
        info["git_commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                            text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def main(argv):
    cfg = arguments(argv)
    started = datetime.now(timezone.utc)
    stamp = started.strftime("%Y-%m-%dT%H-%M-%SZ") + ("-smoke" if cfg.smoke else "")

    def log(message):
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)

    workdir = tempfile.mkdtemp(prefix="bridge-bench-")
    results = {"started_utc": started.isoformat(timespec="seconds"), "mode": "smoke" if cfg.smoke else "full",
               "machine": machine(), "note": "the machine may be shared with other builds while measuring",
               "sizes": {k: getattr(cfg, k) for k in FULL}, "workloads": {},
               "ccv_write_limit": cfg.ccv_write_limit, "raised_limit": cfg.raised_limit, "java_opts": cfg.java_opts}
    harness_ok = True
    try:
        if not cfg.no_build:
            results["build"] = build(log)
        if not os.path.exists(JAR):
            raise net.HarnessError("no packaged app at " + JAR)
        modules = {"stock": stock, "orders": orders, "articles": articles, "baseline": baseline}
        before = baseline_jar(cfg, workdir, log) if "orders" in cfg.workloads else None
        results["baseline_build"] = before and {"ref": cfg.baseline_ref, "jar": before}
        jars = [("after", JAR)] + ([("before", before)] if before else [])

        def one(name):
            log(f"workload {name}")
            t = time.monotonic()
            try:
                if name == "orders":
                    outcome = orders.sweep(cfg, jars, os.path.join(workdir, name), log)
                else:
                    outcome = modules[name].run(cfg, JAR, os.path.join(workdir, name), log)
            except net.HarnessError as e:
                outcome = {"error": str(e)}
                log(f"workload {name} broke: {e}")
            except Exception as e:  # a bug in the harness: recorded, and the run goes on
                outcome = {"error": repr(e), "trace": traceback.format_exc()}
                log(f"workload {name} broke: {traceback.format_exc()}")
            outcome["workload_seconds"] = round(time.monotonic() - t, 1)
            return name, outcome

        results["parallel"] = cfg.parallel
        if cfg.parallel:
            with concurrent.futures.ThreadPoolExecutor(max_workers=len(cfg.workloads) or 1) as pool:
                done = dict(pool.map(one, cfg.workloads))
        else:
            done = dict(map(one, cfg.workloads))
        for name in cfg.workloads:
            results["workloads"][name] = done[name]
            harness_ok = harness_ok and "error" not in done[name]
    except net.HarnessError as e:
        harness_ok = False
        results["error"] = str(e)
        log(str(e))
    finally:
        results["instances"] = list(app_module.INSTANCES)
        results["finished_utc"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        results["harness_ok"] = harness_ok
        os.makedirs(cfg.results, exist_ok=True)
        path = os.path.join(cfg.results, stamp)
        with open(path + ".json", "w") as f:
            json.dump(results, f, indent=2, sort_keys=False, default=str)
        with open(path + ".md", "w") as f:
            f.write(report.markdown(results))
        log(f"results: {path}.json and {path}.md")
        if cfg.keep_workdir or not harness_ok:
            log(f"work dir kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0 if harness_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
