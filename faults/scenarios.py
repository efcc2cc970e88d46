"""The six fault scenarios of issue #10. Each returns its result: sent, committed, duplicates, parked, lost, its own
figures, and failed checks (a duplicate or a lost order is always a failed check)."""
import re
import time
from datetime import datetime

from harness import net, orderplan

import probes

LEADER_TAKEN = "Leadership taken"
LEADER_LOST = "Leadership lost"
KNOWN_CUSTOMERS = 12
WELL = ("/q/health", "/q/health/well")  # the vendor checks are wellness checks
_LOG_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3})")


class Run:
    """What every scenario needs: the host, the two instances, PostgreSQL, sizes and a log."""

    def __init__(self, host, apps, pg, cfg, log, fanout=None):
        self.host, self.apps, self.pg, self.cfg, self.log, self.fanout = host, apps, pg, cfg, log, fanout
        self.next_customer = 1000
        self.known = None

    def batch(self, n, seed):
        """Orders of new customers (each first order makes a debtor in Globe)."""
        b = probes.Batch(self.host, n, self.next_customer, seed)
        self.next_customer += n + 10
        return b

    def known_batch(self, n, seed):
        """Orders of customers whose debtors exist already (prepare_known_customers first): scenarios 2-6 measure
        their own fault, not the creation of new debtors by two instances at once (scenario 1 covers that)."""
        return probes.Batch(self.host, n, self.known, seed, customers=KNOWN_CUSTOMERS, repeat_only=True)

    def prepare_known_customers(self):
        if self.known is None:
            self.known = self.next_customer
            self.next_customer += KNOWN_CUSTOMERS + 10
            probes.webhooks(self.host, False)  # one instance (the poll) creates them, one after the other
            warm = probes.Batch(self.host, KNOWN_CUSTOMERS, self.known, seed=7, customers=KNOWN_CUSTOMERS)
            warm.pay()
            if probes.wait_landed(self.host, warm, 180, self.log, "known customers", self.apps) is None:
                raise net.HarnessError("the known customers' first orders did not land: " + str(probes.landed(self.host, warm)))
            self.log(f"{KNOWN_CUSTOMERS} known customers booked (their debtors exist in Globe)")

    def other(self, app):
        return next(a for a in self.apps if a is not app)


def result(run, batch, checks, figures, wait_timeout=None, label=""):
    """Counts of the batch; a duplicate or a lost order fails the scenario."""
    if wait_timeout:
        figures.setdefault("seconds_until_all_landed", probes.wait_landed(run.host, batch, wait_timeout, run.log, label,
                                                                           run.apps))
    time.sleep(2.0)  # a late duplicate would show now
    committed, duplicates, missing = probes.landed(run.host, batch)
    parked = probes.parked(run.apps, batch)
    if duplicates:
        checks.append(f"{duplicates} duplicate document(s)")
        figures["duplicated_orders"] = duplicate_documents(run, batch)
    if missing:
        checks.append(f"{len(missing)} order(s) lost (no Globe document), CCV ids {missing[:10]}")
        figures["lost_orders_state"] = missing_state(run, missing, parked)
    return {"sent": len(batch), "committed": committed, "duplicates": duplicates, "parked": len(parked),
            "lost": len(missing), "failed_checks": checks, "figures": figures,
            "parked_reasons": sorted({p.get("reason") or "" for p in parked})[:5]}


def duplicate_documents(run, batch):
    """CCV id -> the Globe sales orders (number, created) booked for it, for the first duplicated orders."""
    client = net.GlobeClient(run.host.globe_port)
    out = {}
    for order_id in list(batch.duplicated)[:10]:
        docs = client.find("SalesOrderHeader", "YourReference eq " + net.quote_odata(batch.numbers[order_id]))
        out[str(order_id)] = [f"{d.get('OrderNumber')} {d.get('Created') or d.get('OrderDate') or ''}".strip()
                              for d in docs]
    return out


def missing_state(run, missing, parked):
    """Where each lost order is stuck: parked (and why), or an idempotency claim without a document."""
    out = {}
    parked_by_key = {str(p.get("key")): p.get("reason") for p in parked}
    for order_id in missing[:10]:
        key = str(order_id)
        if key in parked_by_key:
            out[key] = "parked: " + str(parked_by_key[key])[:160]
            continue
        try:
            rows = run.pg.sql(f"SELECT * FROM idempotency_key WHERE message_key = '{key}'")
        except net.HarnessError as e:
            rows = [[str(e)[:100]]]
        out[key] = ("idempotency claim " + " | ".join("|".join(r) for r in rows)) if rows else "no claim, not parked"
    return out


# ---- leadership ----------------------------------------------------------------------------------------------
def leader(run, since=None, timeout=60):
    """The instance whose log last says it took the orders-poll leadership (and has not lost it since)."""
    def find():
        holders = []
        for app in run.apps:
            if not app.running():
                continue
            lines = app.log_since(max(app.log_start, (since or {}).get(app.name, 0)), "Leadership")
            lines = [line for line in lines if "orders-poll" in line]
            if lines and LEADER_TAKEN in lines[-1]:
                holders.append(app)
        return holders[0] if len(holders) == 1 else None
    return net.wait_until("one instance holding the orders-poll leadership (log 'Leadership taken')", find, timeout, 0.2)


def log_time(line):
    m = _LOG_TIME.match(line)
    return datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp() if m else None


def outcomes(app):
    values = net.metrics(app.port)
    return {dict(ls).get("outcome"): v for (n, ls), v in values.items()
            if n == "bridge_messages_total" and dict(ls).get("flow") == "orders"}


def delta(after, before):
    return {k: int(v - before.get(k, 0)) for k, v in after.items() if v - before.get(k, 0)}


# ---- 1: two instances, one store, webhook and poll ---------------------------------------------------------------
def two_instances(run):
    n = run.cfg.orders
    probes.webhooks(run.host, True)
    before = {a.name: outcomes(a) for a in run.apps}
    deliveries_before = len(net.call_json("GET", run.host.ccv_admin + "/webhook-deliveries"))
    fan_before = run.fanout.counts() if run.fanout else {}
    batch = run.batch(n, seed=101)
    t0 = time.monotonic()
    batch.pay()
    run.log(f"1: {n} orders placed and paid (webhooks to A and B, poll on the leader)")
    figures = {"pay_seconds": round(time.monotonic() - t0, 1)}
    figures["seconds_until_all_landed"] = probes.wait_landed(run.host, batch, 120 + n * 1.0, run.log, "1", run.apps)
    figures["seconds_from_first_paid_until_last_document"] = round(figures["pay_seconds"]
                                                                   + getattr(batch, "last_document_seconds", 0.0), 1)
    deliveries = net.call_json("GET", run.host.ccv_admin + "/webhook-deliveries")[deliveries_before:]
    per = {}
    for d in deliveries:
        who = next((a.name for a in run.apps if f":{a.port}/" in d.get("address", "")),
                   "fan-out" if run.fanout and f":{run.fanout.port}/" in d.get("address", "") else d.get("address"))
        key = f"{who} {d.get('event')} HTTP {d.get('status')}"
        per[key] = per.get(key, 0) + 1
    figures["webhook_deliveries"] = per
    if run.fanout:
        figures["fanout_forwarded"] = delta(run.fanout.counts(), fan_before)
    figures["orders_messages_per_instance"] = {a.name: delta(outcomes(a), before[a.name]) for a in run.apps}
    # not an order duplicate, but worth seeing: debtors made twice for one shopper (Account by e-mail address)
    figures["debtors_with_the_same_email"] = _shoppers_with_two_debtors(run)
    return result(run, batch, [], figures)


# ---- 2: kill -9 of the instance processing a batch -----------------------------------------------------------
def kill_processing(run):
    n = run.cfg.small
    probes.webhooks(run.host, False)  # only the poll (on the leader) books: the leader is the one processing
    lead = leader(run)
    batch = run.known_batch(n, seed=202)
    docs_before = orderplan.globe_count(run.host, "SalesOrderHeader")
    batch.pay()
    run.log(f"2: {n} orders paid, no webhooks; {lead.name} polls; SIGKILL when a third is in Globe")
    checks, figures = [], {"killed": lead.name, "instance_timeout": run.cfg.instance_timeout}
    keys = {str(i) for i in batch.ids}

    def open_claims():
        rows = run.pg.sql("SELECT message_key FROM idempotency_key WHERE flow = 'orders' AND owner IS NOT NULL")
        return [r[0] for r in rows if r[0] in keys]

    def kill_now():
        """A third of the batch in Globe (the admin API's count: cheap enough to ask every 50 ms) and an order
        claimed but not done - the crash window; at half the batch without such a moment, kill anyway."""
        done = orderplan.globe_count(run.host, "SalesOrderHeader") - docs_before
        return done >= n // 2 or (done >= n // 3 and open_claims())
    net.wait_until("a third of the batch in Globe", kill_now, 120 + n * 2, 0.05)
    lead.kill()
    t_kill = time.monotonic()
    committed, _, missing = probes.landed(run.host, batch)
    figures["committed_at_kill"] = committed
    # the crash window: claimed by the killed instance and not done (the document may or may not exist)
    figures["open_claims_at_kill"] = sorted(open_claims())
    claimed = {r[0] for r in run.pg.sql("SELECT message_key FROM idempotency_key WHERE flow = 'orders'")}
    figures["claimed_without_document_at_kill"] = sorted(i for i in missing if str(i) in claimed)
    run.log(f"2: {lead.name} killed (SIGKILL) with {figures['committed_at_kill']} of {n} in Globe; restarting it")
    lead.start()
    figures["restart_ready_seconds"] = round(time.monotonic() - t_kill, 1)
    landed_s = probes.wait_landed(run.host, batch, max(90.0, 6 * run.cfg.instance_timeout_s), run.log, "2",
                                  run.apps)
    figures["seconds_from_kill_until_all_landed"] = None if landed_s is None else round(time.monotonic() - t_kill, 1)
    return result(run, batch, checks, figures)


# ---- 3: Globe answers 500 for a while ---------------------------------------------------------------------------
def globe_outage(run):
    n = run.cfg.small
    outage = run.cfg.globe_outage
    probes.webhooks(run.host, True)
    checks, figures = [], {"outage_seconds": outage}
    with probes.HealthWatch(run.apps, WELL) as watch:
        docs_before = orderplan.globe_count(run.host, "SalesOrderHeader")  # the admin API knows no faults
        probes.globe_faults(run.host, {"failNext": 1_000_000, "status": 500})
        t0 = time.monotonic()
        batch = run.known_batch(n, seed=303)
        batch.pay(pause=min(0.5, outage / 3 / max(1, n)))
        run.log(f"3: Globe answers 500 for {outage}s; {n} orders paid meanwhile")
        time.sleep(max(0.0, outage - (time.monotonic() - t0)))
        committed_during = orderplan.globe_count(run.host, "SalesOrderHeader") - docs_before
        probes.globe_faults(run.host, None)
        t_rec = time.monotonic()
        run.log("3: Globe answers again")
        landed_s = probes.wait_landed(run.host, batch, 240, run.log, "3", run.apps)
        figures["seconds_from_recovery_until_all_landed"] = None if landed_s is None else round(time.monotonic() - t_rec, 1)
        up_again = time.monotonic() + 60
        while _has_check(run, "exact-globe") and time.monotonic() < up_again and not _globe_up(run):
            time.sleep(1.0)
    figures["committed_during_outage"] = committed_during
    figures["health_exact_globe"] = watch.compact("exact-globe", "/q/health/well")
    figures["all_health_changes"] = watch.summary({"exact-globe", "(overall)"})
    if not _has_check(run, "exact-globe"):
        checks.append("GET /q/health/well has no check named exact-globe")
    elif not watch.saw("exact-globe", "DOWN", "degraded"):
        checks.append("health never showed exact-globe DOWN with data.state=degraded during the outage")
    elif not _globe_up(run):
        checks.append("exact-globe not UP again within 60 s after recovery")
    if committed_during:
        checks.append(f"{committed_during} document(s) appeared while Globe answered 500 (harness fault not effective)")
    return result(run, batch, checks, figures)


def globe_timeouts(run):
    """Variant of 3: Globe carries out calls at once but answers only after --globe-delay seconds, longer than the
    instances' GLOBE_HTTP_TIMEOUT. First half of --globe-slow: every call (Globe looks down, orders wait); second half:
    only the writes that create a debtor or book a document, while reads are answered on time, so orders go on and
    every debtor and booking is created by a call the client gave up on. The retry must find the document by
    YourReference and the debtor by e-mail address instead of creating them twice."""
    n = run.cfg.small
    checks = []
    late_ms = int(run.cfg.globe_delay * 1000)
    figures = {"late_seconds": run.cfg.globe_slow, "answer_after_seconds": run.cfg.globe_delay,
               "client_timeout_seconds": run.cfg.globe_timeout}
    probes.webhooks(run.host, True)
    offsets = {a.name: a.log_size() for a in run.apps}
    twice_before = _shoppers_with_two_debtors(run)
    with probes.HealthWatch(run.apps, WELL) as watch:
        probes.globe_faults(run.host, {"lateAnswers": 10 ** 9, "lateAnswerTo": "*", "lateAnswerMillis": late_ms})
        t0 = time.monotonic()
        batch = run.batch(n, seed=313)  # new customers: their debtors are created while Globe answers late
        batch.pay()
        run.log(f"3b: every Globe answer {run.cfg.globe_delay}s late (client timeout {run.cfg.globe_timeout}s); "
                f"{len(batch)} orders of new shoppers paid")
        time.sleep(max(0.0, run.cfg.globe_slow / 2 - (time.monotonic() - t0)))
        probes.globe_faults(run.host, {"lateAnswers": 10 ** 9, "lateAnswerTo": "POST Account, POST SalesOrderHeader",
                                       "lateAnswerMillis": late_ms})
        run.log("3b: reads on time again; new debtors and sales order headers still answered late")
        time.sleep(max(0.0, run.cfg.globe_slow - (time.monotonic() - t0)))
        probes.globe_faults(run.host, None)
        t_rec = time.monotonic()
        run.log("3b: Globe answers at once again")
        landed_s = probes.wait_landed(run.host, batch, 240, run.log, "3b", run.apps)
        figures["s from_recovery_until_all_landed"] = None if landed_s is None else round(time.monotonic() - t_rec, 1)
    figures["health_exact_globe"] = watch.compact("exact-globe", "/q/health/well")
    figures["timeouts_logged"] = sum(len(a.log_since(offsets[a.name], "Read timed out")) for a in run.apps)
    figures["bookings_found_by_reference"] = sum(
        len(a.log_since(offsets[a.name], "had reached Exact Globe as")) for a in run.apps)
    if _has_check(run, "exact-globe") and not watch.saw("exact-globe", "DOWN", "degraded"):
        checks.append("health never showed exact-globe DOWN with data.state=degraded while Globe timed out")
    if not figures["bookings_found_by_reference"]:
        checks.append("no booking was found by reference after a timeout (harness fault not effective)")
    twice = _shoppers_with_two_debtors(run) - twice_before
    figures["shoppers_with_a_second_debtor"] = twice
    if twice:
        checks.append(f"{twice} shopper(s) got a second debtor while Globe answered late")
    return result(run, batch, checks, figures)


def _shoppers_with_two_debtors(run):
    emails = probes.globe_values(run.host, "Account", "EmailAddress")
    return sum(1 for e, c in emails.items() if e and c > 1)


def _has_check(run, name):
    return any(name in probes.health(a, path)[1] for a in run.apps for path in ("/q/health", "/q/health/well",
                                                                               "/q/health/ready"))


def _globe_up(run):
    return all(probes.health(a, "/q/health/well")[1].get("exact-globe", ("",))[0] == "UP" for a in run.apps)


# ---- 4: CCV 429 storm and outage ----------------------------------------------------------------------------------
def ccv_storm_and_outage(run):
    n = run.cfg.small
    probes.webhooks(run.host, False)  # the poll is the only way in: nothing may be skipped
    checks, figures = [], {}
    net.wait_until("an orders cursor in the state store", lambda: probes.orders_cursor(run.pg), 60, 1.0)
    with probes.HealthWatch(run.apps, WELL) as watch:
        # a) 429 storm on GET orders
        burst = run.cfg.storm
        c0 = probes.orders_cursor(run.pg)
        probes.ccv_faults(run.host, {"rateLimitBurst": burst, "match": "GET orders"})
        first = run.known_batch(n // 2, seed=404)
        first.pay()
        run.log(f"4a: {burst} answers 429 on GET orders; {len(first)} orders paid (poll only)")
        moved = []

        def storm_over():
            left = net.call_json("GET", run.host.ccv_admin + "/faults").get("rateLimitBurst", 0)
            cursor = probes.orders_cursor(run.pg)
            still = net.call_json("GET", run.host.ccv_admin + "/faults").get("rateLimitBurst", 0)
            if still > 0 and cursor != c0:
                moved.append(cursor)
            return left == 0
        t0 = time.monotonic()
        net.wait_until("the 429 storm to be used up", storm_over, 60 + burst * 10, 1.0)
        figures["storm_seconds"] = round(time.monotonic() - t0, 1)
        probes.ccv_faults(run.host, None)
        if moved:
            checks.append(f"orders cursor moved during the 429 storm: {c0} -> {moved[0]}")
        probes.wait_landed(run.host, first, 180, run.log, "4a", run.apps)
        # b) outage: every CCV call answers 500
        c1 = probes.orders_cursor(run.pg)
        outage = run.cfg.ccv_outage
        probes.ccv_faults(run.host, {"serverErrors": 1_000_000})
        second = run.known_batch(n - n // 2, seed=405)
        second.pay()
        run.log(f"4b: CCV answers 500 for {outage}s; {len(second)} orders paid (poll only)")
        t0 = time.monotonic()
        seen = set()
        while time.monotonic() - t0 < outage:
            seen.add(probes.orders_cursor(run.pg))
            time.sleep(1.0)
        probes.ccv_faults(run.host, None)
        run.log("4b: CCV answers again")
        if seen != {c1}:
            checks.append(f"orders cursor moved during the CCV outage: {c1} -> {sorted(s for s in seen if s != c1)}")
        landed_s = probes.wait_landed(run.host, second, 180, run.log, "4b", run.apps)
        figures["seconds_from_recovery_until_all_landed"] = None if landed_s is None else round(time.monotonic() - t0 - outage, 1)
    figures["cursor"] = {"before_storm": c0, "before_outage": c1, "during_outage": sorted(s for s in seen if s),
                         "after": probes.orders_cursor(run.pg)}
    figures["health_ccv_shop"] = watch.compact("ccv-shop", "/q/health/well")
    figures["all_health_changes"] = watch.summary({"ccv-shop"})
    if not _has_check(run, "ccv-shop"):
        checks.append("GET /q/health/well has no check named ccv-shop")
    elif not watch.saw("ccv-shop", "DOWN", "degraded"):
        checks.append("health never showed ccv-shop DOWN with data.state=degraded during the CCV outage")
    batch = probes.Batch.__new__(probes.Batch)
    batch.host, batch.ids = run.host, first.ids + second.ids
    batch.numbers = {**first.numbers, **second.numbers}
    return result(run, batch, checks, figures)


# ---- 5: state store down ----------------------------------------------------------------------------------------------
def store_down(run):
    n = run.cfg.small
    outage = run.cfg.store_outage
    probes.webhooks(run.host, True)
    checks, figures = [], {"outage_seconds": outage}
    batch = run.known_batch(n, seed=505)
    half = len(batch) // 2
    with probes.HealthWatch(run.apps, ("/q/health/ready",)) as watch:
        batch.pay(batch.ids[:half])
        run.pg.stop()
        t0 = time.monotonic()
        run.log(f"5: PostgreSQL stopped; {half} orders paid just before, {len(batch) - half} paid while it is down")
        batch.pay(batch.ids[half:], pause=min(0.5, outage / 3 / max(1, n)))
        time.sleep(max(0.0, outage - (time.monotonic() - t0)))
        run.pg.start()
        t_up = time.monotonic()
        run.log("5: PostgreSQL started again")
        ready = net.wait_until("both instances READY again", lambda: all(
            net.call("GET", a.api + "/q/health/ready", timeout=10)[0] == 200 for a in run.apps), 180, 1.0)
        figures["seconds_until_ready_again"] = round(time.monotonic() - t_up, 1) if ready else None
        landed_s = probes.wait_landed(run.host, batch, 240, run.log, "5", run.apps)
        figures["seconds_from_restart_until_all_landed"] = None if landed_s is None else round(time.monotonic() - t_up, 1)
    figures["health_ready"] = watch.compact("(overall)", "/q/health/ready")
    figures["health_flows"] = watch.compact("flows", "/q/health/ready")
    figures["all_readiness_changes"] = watch.summary()
    if not watch.saw("(overall)", "DOWN", path="/q/health/ready"):
        checks.append("/q/health/ready never went DOWN while the state store was down")
    if not watch.saw("flows", "UP") and not watch.saw("flows", "DOWN"):
        checks.append("GET /q/health/ready has no check named flows")
    elif not watch.saw("flows", "DOWN", "paused", path="/q/health/ready"):
        checks.append("readiness never showed the check flows with data.state=paused while the state store was down")
    if not all(a.running() for a in run.apps):
        checks.append("an instance exited while the state store was down")
    return result(run, batch, checks, figures)


# ---- 6: leader stopped ----------------------------------------------------------------------------------------------
def leader_stopped(run):
    probes.webhooks(run.host, False)
    lead = leader(run)
    follower = run.other(lead)
    offset = {follower.name: follower.log_size()}
    checks, figures = [], {"stopped": lead.name, "retry_period": run.cfg.retry_period,
                           "poll_interval": run.cfg.poll_interval, "master_first_poll_delay": "5s (timer delay)"}
    t_stop = time.time()
    lead.stop()
    calls = probes.ccv_get_orders(run.host)
    figures["stop_seconds"] = round(time.time() - t_stop, 1)
    net.wait_until(f"{follower.name} polls CCV orders", lambda: probes.ccv_get_orders(run.host) > calls, 120, 0.1)
    figures["seconds_stop_to_first_poll"] = round(time.time() - t_stop, 1)
    taken = [line for line in follower.log_since(offset[follower.name], LEADER_TAKEN) if "orders-poll" in line]
    if taken and log_time(taken[0]):
        figures["seconds_stop_to_leadership"] = round(log_time(taken[0]) - t_stop, 1)
    else:
        checks.append(f"{follower.name} logged no 'Leadership taken' for orders-poll")
    batch = run.known_batch(run.cfg.tiny, seed=606)
    batch.pay()
    run.log(f"6: {lead.name} stopped; {follower.name} polls after {figures['seconds_stop_to_first_poll']}s; "
            f"{len(batch)} orders paid")
    out = result(run, batch, checks, figures, wait_timeout=120, label="6")
    lead.start()
    return out


SCENARIOS = [
    ("1-two-instances", "A and B on one PostgreSQL, orders by webhook and poll", two_instances),
    ("2-kill-9", "SIGKILL of the leader while it books a batch, then restart", kill_processing),
    ("3-globe-500", "Globe answers 500, then recovers", globe_outage),
    ("3b-globe-timeouts", "Globe carries out calls but answers after the client's timeout, then recovers",
     globe_timeouts),
    ("4-ccv-429-500", "CCV 429 storm on GET orders, then CCV 500s", ccv_storm_and_outage),
    ("5-store-down", "PostgreSQL stopped, then started", store_down),
    ("6-leader-stop", "the orders-poll leader stopped (SIGTERM)", leader_stopped),
]
