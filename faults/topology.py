"""The fault-test topology: a throwaway PostgreSQL cluster (stoppable and startable again), the PostgreSQL build of
the app, one sandbox host (an app in sandbox mode that only hosts the two simulators) and two bridge instances A and
B (sandbox off) that treat the host's simulators as the real CCV Shop and Exact Globe."""
import glob
import hashlib
import os
import shutil
import subprocess
import time

from harness import net
from harness.app import App

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
H2_JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
# quarkus.package.output-directory is resolved against target/; the fast-jar layout lands directly in it.
PG_OUTPUT = "faults-pg"
PG_JAR = os.path.join(ROOT, "target", PG_OUTPUT, "quarkus-run.jar")

ADMIN_PASSWORD = "faults-admin-pw"
VIEWER_PASSWORD = "faults-viewer-pw"


def digest(user, password):
    """HEX(SHA-256("user:Quarkus:password")), the embedded users' hash."""
    return hashlib.sha256(f"{user}:Quarkus:{password}".encode()).hexdigest()


def basic(user, password):
    import base64
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode(),
            "X-Requested-With": "faults"}


# ---- builds --------------------------------------------------------------------------------------------------
def _newest_source():
    newest = os.path.getmtime(os.path.join(ROOT, "pom.xml"))
    for d, _, files in os.walk(os.path.join(ROOT, "src", "main")):
        for f in files:
            newest = max(newest, os.path.getmtime(os.path.join(d, f)))
    return newest


def build(log):
    """The H2 package (target/quarkus-app, the sandbox host; same as bench/run) and the PostgreSQL package
    (target/faults-pg, instances A and B); each skipped when newer than every source."""
    newest = _newest_source()
    done = {}
    for name, jar, extra in (("h2", H2_JAR, []),
                             ("postgresql", PG_JAR, ["-Dquarkus.datasource.db-kind=postgresql",
                                                     f"-Dquarkus.package.output-directory={PG_OUTPUT}"])):
        if os.path.exists(jar) and os.path.getmtime(jar) >= newest:
            done[name] = "up to date"
            continue
        log(f"building the {name} package: ./mvnw -q package -DskipTests {' '.join(extra)}")
        result = subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests", *extra], cwd=ROOT,
                                timeout=1800)
        if result.returncode != 0 or not os.path.exists(jar):
            raise net.HarnessError(f"the {name} build failed")
        os.utime(jar)
        done[name] = "built"
    return done


# ---- PostgreSQL ----------------------------------------------------------------------------------------------
class Postgres:
    """initdb + pg_ctl on 127.0.0.1 on a free port in a temp dir; as root through runuser -u postgres."""

    def __init__(self, workdir):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: [int(x) for x in p.split("/")[-2].split(".")
                                                                           if x.isdigit()])
        bins = [b for b in bins if os.path.exists(os.path.join(b, "initdb"))]
        if not bins:
            raise net.HarnessError("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb): install the "
                                   "postgresql package (.ci/run does)")
        self.bin = bins[-1]
        self.dir = os.path.join(workdir, "pg")
        self.port = net.free_port()
        self.root = os.geteuid() == 0

    def _run(self, *args, check=True, timeout=120):
        cmd = (["runuser", "-u", "postgres", "--"] if self.root else []) + list(args)
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if check and result.returncode != 0:
            raise net.HarnessError(f"{' '.join(args[:2])} failed: {result.stderr.strip()[:400]}")
        return result

    def init(self):
        os.makedirs(self.dir, exist_ok=True)
        if self.root:
            shutil.chown(self.dir, "postgres")
        self._run(os.path.join(self.bin, "initdb"), "-A", "trust", "--no-sync", "-U", "postgres", "-D",
                  os.path.join(self.dir, "data"))
        self.start()
        self.sql("CREATE DATABASE bridge", db="postgres")
        return self

    def start(self):
        self._run(os.path.join(self.bin, "pg_ctl"), "-w", "-D", os.path.join(self.dir, "data"), "-l",
                  os.path.join(self.dir, "server.log"), "-o",
                  f"-p {self.port} -h 127.0.0.1 -k {self.dir} -c fsync=off -c full_page_writes=off "
                  f"-c max_connections=200", "start")

    def stop(self, check=True):
        self._run(os.path.join(self.bin, "pg_ctl"), "-w", "-D", os.path.join(self.dir, "data"), "-m", "fast", "stop",
                  check=check)

    def sql(self, statement, db="bridge"):
        """Rows as lists of strings (psql -At, | separated)."""
        out = self._run(os.path.join(self.bin, "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                        "-d", db, "-Atc", statement).stdout
        return [line.split("|") for line in out.splitlines() if line]

    @property
    def jdbc_url(self):
        return f"jdbc:postgresql://127.0.0.1:{self.port}/bridge"


# ---- apps ----------------------------------------------------------------------------------------------------
def sandbox_host(workdir, java_opts):
    """An app in sandbox mode with every flow off: it only hosts the CCV Shop and Exact Globe simulators."""
    return App(H2_JAR, os.path.join(workdir, "host"), "sandbox-host", {}, java_opts).start()


class Bridge(App):
    """Instance A or B: the PostgreSQL package, sandbox off, the host's simulators as its CCV Shop and Globe."""

    def __init__(self, name, workdir, host, pg, keys, settings, java_opts, public_url="http://127.0.0.1:{port}"):
        public, secret = keys
        env = {
            "CCV_BASE_URL": f"http://127.0.0.1:{host.ccv_port}",
            "CCV_PUBLIC_KEY": public, "CCV_SECRET_KEY": secret,
            "GLOBE_BASE_URL": f"http://127.0.0.1:{host.globe_port}/services/Exact.Entity.REST.EG",
            "GLOBE_AUTH": "basic", "GLOBE_USERNAME": "globe-sandbox", "GLOBE_PASSWORD": "sandbox-secret",
            "GLOBE_SERVER_NAME": "GLOBESIM", "GLOBE_DATABASE_NAME": "500",
            "QUARKUS_DATASOURCE_JDBC_URL": pg.jdbc_url, "QUARKUS_DATASOURCE_USERNAME": "postgres",
            "QUARKUS_DATASOURCE_PASSWORD": "postgres",
            "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN": digest("admin", ADMIN_PASSWORD),
            "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_VIEWER": digest("viewer", VIEWER_PASSWORD),
            "BRIDGE_CLUSTER_MODE": "file", "BRIDGE_CLUSTER_FILE_ROOT": os.path.join(workdir, "cluster"),
            "BRIDGE_WEBHOOKS_PUBLIC_URL": public_url,
            "BRIDGE_ORDERS_ENABLED": "true",
            "BRIDGE_STOCK_ENABLED": "false", "BRIDGE_ORDERS_STATUS_SYNC_ENABLED": "false",
            "BRIDGE_ARTICLES_ENABLED": "false", "BRIDGE_CUSTOMERS_ENABLED": "false",
            **settings,
        }
        super().__init__(PG_JAR, os.path.join(workdir, name), name, env, java_opts, sandbox=False,
                         auth=basic("admin", ADMIN_PASSWORD))
        self.public_key = public
        self.log_start = 0

    def start(self):
        self.log_start = self.log_size()  # leadership lines count from the latest start
        return super().start()

    def log_size(self):
        try:
            return os.path.getsize(self.log_path)
        except OSError:
            return 0

    def log_since(self, offset, needle):
        """Lines containing needle written after byte offset."""
        with open(self.log_path, "rb") as f:
            f.seek(offset)
            return [line.decode("utf-8", "replace").rstrip() for line in f if needle.encode() in line]


def register_key_pair(host, name):
    public, secret = f"faults-{name}-public", f"faults-{name}-secret-{int(time.time())}"
    net.call_json("POST", host.ccv_admin + "/api-keys", {"publicKey": public, "secretKey": secret})
    return public, secret
