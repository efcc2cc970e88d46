"""HTTP on 127.0.0.1 only: plain calls, a CCV client that signs its own requests, an OData client for the Globe
simulator, and a Prometheus text parser. Standard library only; every call has a timeout."""
import base64
import hashlib
import hmac
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone

TIMEOUT = 120


class HarnessError(Exception):
    """The harness itself failed (not a slow or surprising measurement)."""


_handed_out = set()
_ports_lock = threading.Lock()


def free_port():
    """A free port on 127.0.0.1, never the same twice in one run (workloads may start apps side by side)."""
    with _ports_lock:
        for _ in range(100):
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            if port not in _handed_out:
                _handed_out.add(port)
                return port
    raise HarnessError("no free port")


def call(method, url, body=None, headers=None, timeout=TIMEOUT):
    """Returns (status, text). Only 127.0.0.1 is ever called."""
    if not url.startswith("http://127.0.0.1:"):
        raise HarnessError("refusing to call a non-local address: " + url)
    data = None
    hdrs = dict(headers or {})
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        hdrs.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def call_json(method, url, body=None, headers=None, expect=(200, 201, 202, 204), timeout=TIMEOUT):
    status, text = call(method, url, body, headers, timeout)
    if status not in expect:
        raise HarnessError(f"{method} {url} answered {status}: {text[:300]}")
    return json.loads(text) if text.strip() else None


class CcvClient:
    """A benchmark-only CCV Shop client: signs every request itself (HMAC-SHA512 of public|METHOD|uri|body|x-date,
    uri = path from /api/rest/v1 with the query as sent, hex), as docs/ccvshop.md describes."""

    PREFIX = "/api/rest/v1"

    def __init__(self, port, public_key, secret_key):
        self.root = f"http://127.0.0.1:{port}"
        self.public_key = public_key
        self.secret_key = secret_key
        self.calls = {}

    def request(self, method, path, body=None, expect=(200, 201, 204)):
        uri = self.PREFIX + path
        text = "" if body is None else json.dumps(body, separators=(",", ":"))
        date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        signed = f"{self.public_key}|{method}|{uri}|{text}|{date}"
        digest = hmac.new(self.secret_key.encode(), signed.encode("utf-8"), hashlib.sha512).hexdigest()
        headers = {"x-public": self.public_key, "x-date": date, "x-hash": digest}
        if body is not None:
            headers["Content-Type"] = "application/json"
        key = method + " " + _ccv_resource(path)
        self.calls[key] = self.calls.get(key, 0) + 1
        status, out = call(method, self.root + uri, text.encode("utf-8") if body is not None else None, headers)
        if status not in expect:
            raise HarnessError(f"CCV {method} {path} answered {status}: {out[:300]}")
        return json.loads(out) if out.strip() else None

    def items(self, path):
        """Every item of a paged collection, following next links."""
        found = []
        page = self.request("GET", path)
        for _ in range(10_000):
            found.extend(page.get("items", []))
            nxt = page.get("next")
            if not nxt:
                return found
            page = self.request("GET", nxt[nxt.index(self.PREFIX) + len(self.PREFIX):])
        raise HarnessError("too many pages at " + path)


def _ccv_resource(path):
    """The last named path segment, as CCV counts limits (GET orderrows for /orders/1/orderrows)."""
    segments = [s for s in path.split("?")[0].split("/") if s and not s.isdigit()]
    return segments[-1] if segments else "/"


class GlobeClient:
    """A benchmark-only OData client of the Globe simulator: Basic authentication (the simulator accepts it),
    ServerName/DatabaseName headers on every call."""

    BASE = "/services/Exact.Entity.REST.EG/"

    def __init__(self, port, user="globe-sandbox", password="sandbox-secret", server="GLOBESIM", database="500"):
        self.root = f"http://127.0.0.1:{port}"
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.headers = {"Authorization": "Basic " + token, "ServerName": server, "DatabaseName": database,
                        "Accept": "application/json"}
        self.calls = {}
        self.retries = 0

    def request(self, method, resource, body=None, expect=(200, 201, 204)):
        key = method + " " + re.sub(r"[(/?].*$", "", resource)
        self.calls[key] = self.calls.get(key, 0) + 1
        status, out = call(method, self.root + self.BASE + resource, body, self.headers)
        if status not in expect:
            raise HarnessError(f"Globe {method} {resource} answered {status}: {out[:300]}")
        return json.loads(out) if out.strip() else None

    def post_status(self, resource, body):
        """POST without raising on an error answer: (status, text)."""
        key = "POST " + re.sub(r"[(/?].*$", "", resource)
        self.calls[key] = self.calls.get(key, 0) + 1
        return call("POST", self.root + self.BASE + resource, body, self.headers)

    def find(self, entity, odata_filter, top=None):
        query = "$filter=" + urllib.parse.quote(odata_filter, safe="")
        if top:
            query += f"&$top={top}"
        answer = self.request("GET", f"{entity}?{query}")
        return answer.get("d", {}).get("results", answer.get("value", [])) if answer else []


def quote_odata(value):
    return "'" + str(value).replace("'", "''") + "'"


def metrics(port):
    """/q/metrics as {(name, frozenset(labels)): value}."""
    status, text = call("GET", f"http://127.0.0.1:{port}/q/metrics", headers={"Accept": "text/plain"}, timeout=30)
    if status != 200:
        raise HarnessError(f"/q/metrics answered {status}")
    return parse_prometheus(text)


_LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)')
_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def parse_prometheus(text):
    values = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            continue
        labels = frozenset(_LABEL.findall(m.group(3) or ""))
        try:
            values[(m.group(1), labels)] = float(m.group(4))
        except ValueError:
            continue
    return values


def metric_sum(values, name, **labels):
    wanted = set(labels.items())
    return sum(v for (n, ls), v in values.items() if n == name and wanted <= set(ls))


def wait_until(what, predicate, timeout, interval=0.5):
    """Polls predicate() until it returns a truthy value; raises HarnessError after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise HarnessError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)
