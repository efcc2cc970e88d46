"""What the scenarios measure: orders placed and paid in the CCV simulator, Globe documents per YourReference,
parked messages, health as the probes see it, the CCV call log and the orders cursor. Standard library only."""
import json
import threading
import time
import urllib.parse

from harness import net, orderplan

ORDERS_CURSOR = "orders.min-create-date"


# ---- orders --------------------------------------------------------------------------------------------------
class Batch:
    """The orders of one scenario: CCV ids and order numbers (YourReference in Globe)."""

    def __init__(self, host, n, first_customer, seed, customers=None, repeat_only=False):
        m = customers or max(1, n // 3)
        new, repeat = orderplan.plan(n + (m if repeat_only else 0), m, 20, first_customer=first_customer, seed=seed)
        orders = repeat[:n] if repeat_only else new + repeat
        self.host = host
        self.ids = orderplan.place(host, orders)
        numbers = ccv_order_numbers(host)
        self.numbers = {i: numbers[i] for i in self.ids}
        self.paid = []

    def pay(self, ids=None, pause=0.0):
        for order_id in (self.ids if ids is None else ids):
            orderplan.mark_paid(self.host, order_id)
            self.paid.append(order_id)
            if pause:
                time.sleep(pause)

    def __len__(self):
        return len(self.ids)


def ccv_order_numbers(host):
    rows = net.call_json("GET", host.ccv_admin + "/state/orders")
    return {int(r["id"]): str(r.get("ordernumber_full") or r.get("ordernumber")) for r in rows}


def webhooks(host, on):
    net.call_json("PUT", host.ccv_admin + "/settings", {"webhooksEnabled": bool(on)})


def ccv_limits(host, per_minute):
    """Raises the CCV simulator's per-minute limits (the bridge paces itself with ccv.rate-limit.* too)."""
    net.call_json("PUT", host.ccv_admin + "/limits", {"getPerMinute": per_minute, "writePerMinute": per_minute,
                                                      "productqueriesPerMinute": per_minute,
                                                      "totalPerMinute": per_minute * 3})


# ---- Globe ---------------------------------------------------------------------------------------------------
def globe_references(host):
    """YourReference -> number of SalesOrderHeader documents."""
    return globe_values(host, "SalesOrderHeader", "YourReference")


def globe_values(host, entity, prop):
    """prop value -> number of records of the entity, all pages."""
    client = net.GlobeClient(host.globe_port)
    counts = {}
    resource = f"{entity}?$select={prop}"
    for _ in range(10_000):
        answer = client.request("GET", resource)
        d = answer.get("d", answer)
        rows = d.get("results", d.get("value", [])) if isinstance(d, dict) else d
        for row in rows:
            counts[row.get(prop)] = counts.get(row.get(prop), 0) + 1
        nxt = d.get("__next") if isinstance(d, dict) else None
        if not nxt:
            return counts
        resource = nxt[nxt.lower().index(client.BASE.lower()) + len(client.BASE):]
    raise net.HarnessError("too many pages of " + entity)


def landed(host, batch):
    """(committed, duplicates, missing ids) of the batch: documents whose YourReference is one of its numbers."""
    refs = globe_references(host)
    counts = {i: refs.get(n, 0) for i, n in batch.numbers.items()}
    committed = sum(1 for c in counts.values() if c > 0)
    duplicates = sum(c - 1 for c in counts.values() if c > 1)
    missing = [i for i, c in counts.items() if c == 0]
    batch.duplicated = {i: c for i, c in counts.items() if c > 1}
    return committed, duplicates, missing


def wait_landed(host, batch, timeout, log, label, apps=None):
    """Waits until every order of the batch has a document; returns the seconds waited, or None at the timeout or
    when every order still missing is parked (parked orders wait for an operator: nothing more will land)."""
    t0 = time.monotonic()
    last_count = -1
    while True:
        committed, _, missing = landed(host, batch)
        if committed != last_count:
            last_count = committed
            batch.last_document_seconds = round(time.monotonic() - t0, 1)  # when the last new document appeared
        if not missing:
            return round(time.monotonic() - t0, 1)
        if time.monotonic() - t0 > timeout:
            log(f"{label}: {len(missing)} of {len(batch)} orders still without a document after {timeout:.0f}s")
            return None
        if apps and time.monotonic() - t0 > 20:
            try:
                parked_keys = {str(p.get("key")) for p in parked(apps, batch)}
            except net.HarnessError:
                parked_keys = set()
            if all(str(i) in parked_keys for i in missing):
                log(f"{label}: the {len(missing)} order(s) still without a document are parked; not waiting longer")
                return None
        time.sleep(1.0)


def globe_faults(host, body=None):
    if body is None:
        net.call("DELETE", host.globe_admin + "/faults")
    else:
        net.call_json("POST", host.globe_admin + "/faults", body)


def ccv_faults(host, body=None):
    if body is None:
        net.call("DELETE", host.ccv_admin + "/faults")
    else:
        net.call_json("PUT", host.ccv_admin + "/faults", body)


# ---- the bridge instances --------------------------------------------------------------------------------------
def parked(apps, batch):
    """Parked orders messages of the batch (the instances share one state store: the first that answers)."""
    keys = {str(i) for i in batch.ids}
    for app in apps:
        if not app.running():
            continue
        try:
            rows = app.get_api("/api/parked?flow=orders")
        except (net.HarnessError, OSError):
            continue
        return [r for r in rows if str(r.get("key")) in keys]
    raise net.HarnessError("no instance answered GET /api/parked")


def health(app, path="/q/health"):
    """(overall status, {check name: (status, data.state)}) or (None, {}) when the app does not answer."""
    try:
        status, text = net.call("GET", app.api + path, timeout=10)
        body = json.loads(text)
    except (OSError, ValueError):
        return None, {}
    checks = {}
    for c in body.get("checks", []):
        data = c.get("data") or {}
        checks[c.get("name")] = (c.get("status"), data.get("state"))
    return body.get("status"), checks


class HealthWatch:
    """Samples /q/health (and the given endpoints) of the apps every second in a thread; keeps every change of each
    (instance, endpoint, check): its status, data.state and when (seconds since the watch started)."""

    def __init__(self, apps, paths=("/q/health", "/q/health/ready")):
        self.apps = apps
        self.paths = paths
        self.changes = []  # (at, instance, path, check, status, state)
        self._last = {}
        self.t0 = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=15)

    def _note(self, at, inst, path, name, status, state):
        key = (inst, path, name)
        if self._last.get(key) != (status, state):
            self._last[key] = (status, state)
            self.changes.append((at, inst, path, name, status, state))

    def _run(self):
        while not self._stop.is_set():
            for app in self.apps:
                if not app.running():
                    continue
                for path in self.paths:
                    overall, checks = health(app, path)
                    now = round(time.monotonic() - self.t0, 1)
                    self._note(now, app.name, path, "(overall)", overall, None)
                    for name, (status, state) in checks.items():
                        self._note(now, app.name, path, name, status, state)
            self._stop.wait(1.0)

    def saw(self, check, status, state=None, path=None, instance=None):
        return any(c[3] == check and c[4] == status and (state is None or c[5] == state)
                   and (path is None or c[2] == path) and (instance is None or c[1] == instance) for c in self.changes)

    def summary(self, names=None):
        """Every change: 'A /q/health/well exact-globe DOWN degraded @12.0s'."""
        return [f"{inst} {path} {name} {status}{' ' + state if state else ''} @{at}s"
                for at, inst, path, name, status, state in self.changes if not names or name in names]

    def compact(self, check, path):
        """One line per instance: 'A UP@0.0 DOWN/degraded@3.2 UP@63.1'."""
        out = []
        for app in self.apps:
            steps = [f"{status}{'/' + state if state and state != 'up' and state != 'running' else ''}@{at}"
                     for at, inst, p, name, status, state in self.changes if inst == app.name and p == path and name == check]
            if steps:
                out.append(f"{app.name} " + " ".join(steps))
        return "; ".join(out)


def ccv_get_orders(host):
    """How many GET orders calls (list and single) the CCV simulator answered so far."""
    return net.call_json("GET", host.ccv_admin + "/calls").get("perResourceMethod", {}).get("GET orders", 0)


def orders_cursor(pg):
    rows = pg.sql(f"SELECT cursor_value FROM sync_cursor WHERE name = '{ORDERS_CURSOR}'")
    return rows[0][0] if rows else None


def metric(app, name, **labels):
    try:
        return net.metric_sum(net.metrics(app.port), name, **labels)
    except (net.HarnessError, OSError):
        return None


def quote(value):
    return urllib.parse.quote(str(value), safe="")
