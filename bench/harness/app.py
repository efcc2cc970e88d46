"""The packaged app as a child process: in sandbox mode (the default) with free ports, its own state store and data
folder under a temp dir; or with the sandbox off against given addresses (sandbox=False: the caller's env is the
bridge's whole configuration). Readiness timing, RSS sampling from /proc/<pid>/status, heap from /q/metrics, a
bounded stop (SIGTERM), a kill (SIGKILL) and a restart on the same port."""
import json
import os
import signal
import subprocess
import threading
import time

from . import net

ADMIN_AUTH = {"Authorization": "Basic YWRtaW46YWRtaW4=", "X-Requested-With": "bench"}  # admin/admin, sandbox only
# Vendor addresses and credentials that would switch the sandbox off are never passed to the child.
_DROP = ("CCV_", "GLOBE_", "QUARKUS_", "BRIDGE_")
# Start-up and memory of every app instance of this run, in the order they stopped.
INSTANCES = []
_INSTANCES_LOCK = threading.Lock()


class App:
    def __init__(self, jar, workdir, name, env=None, java_opts=None, ready_timeout=180, shared_db=False, sandbox=True,
                 auth=None):
        self.jar = jar
        self.workdir = workdir
        self.name = name
        self.extra_env = dict(env or {})
        self.java_opts = list(java_opts or [])
        self.ready_timeout = ready_timeout
        self.shared_db = shared_db  # H2 AUTO_SERVER: the harness may write to the state store while the app runs
        self.sandbox = sandbox
        self.auth = dict(auth or ADMIN_AUTH)
        self.proc = None
        self.port = self.ccv_port = self.globe_port = None
        self.log_path = os.path.join(workdir, f"app-{name}.log")
        self._sampler = None
        self._stop_sampling = threading.Event()
        self._lock = threading.Lock()
        self._windows = {}
        self.started = {}

    # ---- life cycle -------------------------------------------------------------------------------------------
    def start(self):
        os.makedirs(self.workdir, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(_DROP)}
        if self.sandbox:
            self.port, self.ccv_port, self.globe_port = net.free_port(), net.free_port(), net.free_port()
            env.update(self._sandbox_env())
        else:
            self.port = self.port or net.free_port()  # a restart keeps the port (webhooks point at it)
            # an automated deployment against (simulated) real systems: no go-live hold of the flows
            env.update({"QUARKUS_HTTP_HOST": "127.0.0.1", "QUARKUS_HTTP_PORT": str(self.port),
                        "BRIDGE_SANDBOX_ENABLED": "false", "BRIDGE_START_PAUSED": "false"})
        env.update({k: v.replace("{port}", str(self.port)) for k, v in self.extra_env.items()})
        self.env = {k: v for k, v in env.items() if k.startswith(_DROP)}
        log = open(self.log_path, "ab")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(["java", *self.java_opts, "-jar", self.jar], cwd=self.workdir, env=env,
                                     stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        self._stop_sampling.clear()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        try:
            net.wait_until(f"{self.name}: /q/health/ready UP", self._ready, self.ready_timeout, 0.1)
        except net.HarnessError:
            self.stop()
            raise net.HarnessError(f"the app did not become ready in {self.ready_timeout}s; see {self.log_path}:\n"
                                   + self.log_tail())
        ready_s = time.monotonic() - t0
        time.sleep(1.0)
        rss = self.rss()
        self.started = {"ready_seconds": round(ready_s, 2), "rss_after_start_mb": rss["VmRSS"],
                        "heap_used_after_start_mb": self.heap_used_mb()}
        return self

    def _sandbox_env(self):
        return {
            "QUARKUS_HTTP_HOST": "127.0.0.1",
            "QUARKUS_HTTP_PORT": str(self.port),
            "BRIDGE_SANDBOX_ENABLED": "true",
            "BRIDGE_SANDBOX_CCV_PORT": str(self.ccv_port),
            "BRIDGE_SANDBOX_GLOBE_PORT": str(self.globe_port),
            "BRIDGE_SANDBOX_DEMO_SHOPPER_ENABLED": "false",
            "QUARKUS_DATASOURCE_JDBC_URL": "jdbc:h2:file:" + os.path.join(self.workdir, "state", "bridge-state")
                                           + (";AUTO_SERVER=TRUE" if self.shared_db else ""),
            "BRIDGE_CLUSTER_FILE_ROOT": os.path.join(self.workdir, "cluster"),
            "BRIDGE_STOCK_ENABLED": "false",
            "BRIDGE_ORDERS_ENABLED": "false",
            "BRIDGE_ORDERS_STATUS_SYNC_ENABLED": "false",
            "BRIDGE_ARTICLES_ENABLED": "false",
            "BRIDGE_CUSTOMERS_ENABLED": "false",
        }

    def _ready(self):
        if self.proc.poll() is not None:
            raise net.HarnessError(f"the app exited with {self.proc.returncode} during start-up; see {self.log_path}:\n"
                                   + self.log_tail())
        try:
            status, text = net.call("GET", f"http://127.0.0.1:{self.port}/q/health/ready", timeout=5)
            return status == 200 and json.loads(text).get("status") == "UP"
        except (OSError, ValueError):
            return False

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """SIGKILL: no shutdown hook runs, nothing is released cleanly (the crash case)."""
        self._stop_sampling.set()
        if self.running():
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self):
        if not self.proc or self.proc.poll() is not None:
            self._stop_sampling.set()
            return None
        final = self.rss()
        with _INSTANCES_LOCK:
            INSTANCES.append({"instance": self.name, **self.started, "vm_hwm_at_stop_mb": final.get("VmHWM"),
                              "rss_at_stop_mb": final.get("VmRSS")})
        self._stop_sampling.set()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=20)
        return final

    def env_shown(self):
        """The bridge's settings this instance ran with; credentials (sandbox off) are shown as ***."""
        secret = ("SECRET", "PASSWORD", "EMBEDDED_USERS_")
        return {k: ("***" if any(s in k for s in secret) else v) for k, v in sorted(self.env.items())}

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, "rb") as f:
                return b"".join(f.readlines()[-lines:]).decode("utf-8", "replace")
        except OSError:
            return ""

    def log_lines(self, needle):
        with open(self.log_path, "rb") as f:
            return [line.decode("utf-8", "replace").rstrip() for line in f if needle.encode() in line]

    # ---- memory -----------------------------------------------------------------------------------------------
    def rss(self):
        """VmRSS and VmHWM in MB."""
        out = {}
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        key, value = line.split(":", 1)
                        out[key] = round(int(value.split()[0]) / 1024, 1)
        except OSError:
            pass
        return out

    def heap_used_mb(self):
        try:
            values = net.metrics(self.port)
        except (net.HarnessError, OSError):
            return None
        return round(net.metric_sum(values, "jvm_memory_used_bytes", area="heap") / 1048576, 1)

    def begin(self, window):
        with self._lock:
            self._windows[window] = {"rss_before_mb": self.rss().get("VmRSS"), "rss_peak_mb": 0.0,
                                     "heap_before_mb": self.heap_used_mb(), "heap_peak_mb": 0.0, "open": True}

    def end(self, window):
        with self._lock:
            w = self._windows[window]
            w["open"] = False
            w["vm_hwm_mb"] = self.rss().get("VmHWM")
            w["rss_peak_mb"] = max(w["rss_peak_mb"], self.rss().get("VmRSS", 0.0))
            w["heap_peak_mb"] = max(w["heap_peak_mb"], w["heap_before_mb"] or 0.0, self.heap_used_mb() or 0.0)
            return {k: v for k, v in w.items() if k != "open"}

    def _sample(self):
        last_heap = 0.0
        while not self._stop_sampling.wait(0.2):
            with self._lock:
                open_windows = [w for w in self._windows.values() if w["open"]]
            if not open_windows:
                continue
            rss = self.rss().get("VmRSS", 0.0)
            heap = None
            if time.monotonic() - last_heap >= 1.0:
                last_heap = time.monotonic()
                heap = self.heap_used_mb()
            with self._lock:
                for w in open_windows:
                    w["rss_peak_mb"] = max(w["rss_peak_mb"], rss)
                    if heap is not None:
                        w["heap_peak_mb"] = max(w["heap_peak_mb"], heap)

    # ---- addresses --------------------------------------------------------------------------------------------
    @property
    def api(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def ccv_admin(self):
        return f"http://127.0.0.1:{self.ccv_port}/sandbox-admin"

    @property
    def globe_admin(self):
        return f"http://127.0.0.1:{self.globe_port}/sandbox-admin"

    @property
    def state_url(self):
        return "jdbc:h2:file:" + os.path.join(self.workdir, "state", "bridge-state") + ";AUTO_SERVER=TRUE"

    def ccv_calls(self):
        return net.call_json("GET", self.ccv_admin + "/calls")

    def globe_calls(self):
        return net.call_json("GET", self.globe_admin + "/calls")

    def clear_calls(self):
        net.call_json("DELETE", self.ccv_admin + "/calls")
        net.call_json("DELETE", self.globe_admin + "/calls")

    def post_api(self, path, expect=(200, 202, 204)):
        return net.call_json("POST", self.api + path, headers=self.auth, expect=expect)

    def get_api(self, path, expect=(200,), timeout=30):
        return net.call_json("GET", self.api + path, headers=self.auth, expect=expect, timeout=timeout)
