"""A webhook fan-out on 127.0.0.1: both instances register this one public URL (so they share one webhook and its
key in the state store), and every delivery the CCV simulator makes to it is forwarded, body and headers as they
came, to A and B at the same time - each instance receives every event, the hardest case for idempotency.
Answers 200 when any instance accepted the delivery, else the first instance's status (502 when none answered)."""
import concurrent.futures
import http.server
import threading
import urllib.error
import urllib.request

from harness import net


class Fanout:
    def __init__(self, apps):
        self.apps = apps
        self.port = net.free_port()
        self.forwarded = {}
        self._lock = threading.Lock()
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=16)
        fan = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "x-hash")}
                futures = [fan._pool.submit(fan._forward, app, self.path, body, headers) for app in fan.apps]
                statuses = [f.result() for f in futures]
                ok = [s for s in statuses if 200 <= s < 300]
                status = ok[0] if ok else (statuses[0] if statuses and statuses[0] > 0 else 502)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def _forward(self, app, path, body, headers):
        status = -1
        if app.running() and app.port:
            request = urllib.request.Request(f"http://127.0.0.1:{app.port}{path}", data=body, method="POST",
                                             headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=60) as resp:
                    status = resp.status
            except urllib.error.HTTPError as e:
                status = e.code
            except OSError:
                status = -1
        with self._lock:
            key = f"{app.name} HTTP {status}"
            self.forwarded[key] = self.forwarded.get(key, 0) + 1
        return status

    def counts(self):
        with self._lock:
            return dict(self.forwarded)

    def close(self):
        self.server.shutdown()
        self._pool.shutdown(wait=False)
