"""Throw-away PostgreSQL + PostGIS cluster for tests and benchmarks.

Usage from a pytest fixture::

    from devtools.pg_cluster import session_cluster

    @pytest.fixture(scope="session")
    def pg():
        cluster = session_cluster()
        yield cluster
        cluster.stop()

    def test_x(pg):
        pg.create_database("t1")                 # CREATE DATABASE + CREATE EXTENSION postgis
        engine = create_engine(pg.url("t1"))
        ...
        engine.dispose()
        pg.drop_database("t1")

Usage from a benchmark script::

    with PgCluster() as pg:
        pg.create_database("bench")
        engine = create_engine(pg.url("bench"))

``PgCluster`` runs ``initdb`` in a fresh directory under /tmp, listens on a free
127.0.0.1 port plus a Unix socket in that directory, with durability switched off
(fsync, synchronous_commit, full_page_writes) and trust authentication (except other
roles than the superuser over TCP: SCRAM passwords, see ``role_url``). It is
stopped and deleted by ``stop()``, at interpreter exit (atexit) and - if the test
process dies without running atexit (segfault, SIGKILL) - by a small watchdog
process that notices its parent is gone.

If ``CONSOLE_TEST_PG_URL`` is set (e.g. ``postgresql+psycopg://me:pw@localhost:5432/postgres``),
``session_cluster()`` returns an ``ExternalPg`` that uses that server instead;
it cannot be restarted (``can_restart`` is False), so fault tests should skip.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

__all__ = [
    "ENV_URL",
    "ExternalPg",
    "PgCluster",
    "find_pg_bin_dir",
    "session_cluster",
]

ENV_URL = "CONSOLE_TEST_PG_URL"
PG_PACKAGE = "postgresql-15-postgis-3"
SUPERUSER = "postgres"
OS_USER = "postgres"  # initdb / pg_ctl refuse to run as root; run them as this user
_REQUIRED_BINARIES = ("initdb", "pg_ctl", "pg_isready", "postgres")


# --------------------------------------------------------------------------- helpers


def _version_key(path: str) -> tuple:
    ver = Path(path).parent.name  # /usr/lib/postgresql/<ver>/bin
    return tuple(int(p) if p.isdigit() else -1 for p in re.split(r"[.]", ver))


def find_pg_bin_dir() -> Path:
    """Highest-version /usr/lib/postgresql/*/bin that has the server binaries."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for cand in candidates:
        if all(os.access(os.path.join(cand, b), os.X_OK) for b in _REQUIRED_BINARIES):
            return Path(cand)
    raise RuntimeError(
        "PostgreSQL server binaries (initdb, pg_ctl, pg_isready, postgres) not found under "
        f"/usr/lib/postgresql/*/bin. Install them with: apt-get install -y {PG_PACKAGE}"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pid_alive(pid: int) -> bool:
    """True if ``pid`` is a live (non-zombie) process."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a reparented postmaster may linger as a zombie if PID 1 does not reap
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    except (OSError, IndexError):
        return True


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as e:
        return f"<no server log: {e}>"
    return "\n".join(text.splitlines()[-lines:]) or "<server log is empty>"


def _make_traversable(path: Path) -> None:
    """Give 'other' the x bit on ``path`` and its parents so the postgres user can reach it."""
    for p in [path, *path.parents]:
        try:
            mode = p.stat().st_mode
        except OSError:
            continue
        if not mode & stat.S_IXOTH:
            os.chmod(
                p, stat.S_IMODE(mode) | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
            )


# Runs as a separate process; waits for its stdin (a pipe from the test process) to
# close, which happens however the test process ends, then stops the server if it
# is still running and deletes the directory. stop() makes it exit quietly.
_WATCHDOG = r"""
import os, shutil, subprocess, sys
pg_ctl, data_dir, base_dir = sys.argv[1:4]
prefix = sys.argv[4:]
try:
    while sys.stdin.buffer.read(4096):
        pass
except Exception:
    pass
if os.path.exists(os.path.join(data_dir, "postmaster.pid")):
    subprocess.run(prefix + [pg_ctl, "-D", data_dir, "-m", "immediate", "-w", "-t", "30", "stop"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")
if os.path.isdir(base_dir):
    shutil.rmtree(base_dir, ignore_errors=True)
"""


# --------------------------------------------------------------------------- cluster


class PgCluster:
    """A private PostgreSQL cluster in a temp dir; see the module docstring."""

    can_restart = True

    def __init__(
        self,
        *,
        bin_dir: str | os.PathLike | None = None,
        base_dir: str | os.PathLike = "/tmp",
        startup_timeout: float = 60.0,
        extra_conf: dict[str, str] | None = None,
    ) -> None:
        self._bin_dir_arg = Path(bin_dir) if bin_dir else None
        self._base_parent = Path(base_dir)
        self.startup_timeout = startup_timeout
        self.extra_conf = dict(extra_conf or {})
        self.user = SUPERUSER
        self.port: int | None = None
        self.tmp_dir: Path | None = None  # socket directory, holds data/ and the log
        self.data_dir: Path | None = None
        self.log_path: Path | None = None
        self.startup_seconds: float | None = None  # last start() (initdb + server start)
        self._bin: Path | None = None
        self._running = False
        self._lock = threading.RLock()
        self._watchdog: subprocess.Popen | None = None
        self._proc: subprocess.Popen | None = None  # runuser -> postgres

    # ---- public API -----------------------------------------------------------------

    @property
    def host(self) -> str:
        """The Unix socket directory (libpq ``host``)."""
        if self.tmp_dir is None:
            raise RuntimeError("cluster not started")
        return str(self.tmp_dir)

    @property
    def running(self) -> bool:
        pid = self.pid
        return pid is not None and _pid_alive(pid)

    @property
    def pid(self) -> int | None:
        """PID of the postmaster, from postmaster.pid (None if not running)."""
        if self.data_dir is None:
            return None
        try:
            return int((self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL: postgresql+psycopg://postgres@/DB?host=SOCKETDIR&port=PORT."""
        if self.tmp_dir is None or self.port is None:
            raise RuntimeError("cluster not started")
        return (
            f"postgresql+psycopg://{quote(self.user, safe='')}@/{quote(dbname, safe='')}"
            f"?host={quote(self.host, safe='/')}&port={self.port}"
        )

    def conninfo(self, dbname: str = "postgres") -> str:
        """libpq/psycopg connection string for the same server."""
        if self.tmp_dir is None or self.port is None:
            raise RuntimeError("cluster not started")
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    def role_url(self, dbname: str, user: str, password: str) -> str:
        """SQLAlchemy URL for ``user`` over TCP, where pg_hba asks for the password (SCRAM)."""
        if self.port is None:
            raise RuntimeError("cluster not started")
        return (
            f"postgresql+psycopg://{quote(user, safe='')}:{quote(password, safe='')}"
            f"@127.0.0.1:{self.port}/{quote(dbname, safe='')}"
        )

    def start(self) -> PgCluster:
        """initdb (first time only) and start the server; idempotent."""
        with self._lock:
            if self._running and self.running:
                return self
            t0 = time.perf_counter()
            fresh = self.tmp_dir is None
            if not fresh:  # server died or was stopped by restart(); reap, clear stale pid file
                self._stop_server(mode="immediate")
            try:
                if fresh:
                    self._bin = self._bin_dir_arg or find_pg_bin_dir()
                    self._check_os_user()
                    self._make_dirs()
                    self._initdb()
                    self._start_watchdog()
                    atexit.register(self.stop)
                self._start_server(pick_new_port=fresh)
            except BaseException:
                if fresh:
                    self.stop()
                raise
            self._running = True
            self.startup_seconds = time.perf_counter() - t0
            return self

    def stop(self) -> None:
        """Stop the server and delete its directory; idempotent, never raises for cleanup."""
        with self._lock:
            try:
                if self.data_dir is not None:
                    self._stop_server()
            finally:
                self._running = False
                if self.tmp_dir is not None:
                    shutil.rmtree(self.tmp_dir, ignore_errors=True)
                self.tmp_dir = self.data_dir = self.log_path = None
                self._stop_watchdog()
                atexit.unregister(self.stop)

    def restart(self, mode: str = "fast") -> PgCluster:
        """Stop the server (``pg_ctl -m mode``) and start it again on the same data dir and port."""
        with self._lock:
            if self.data_dir is None:
                raise RuntimeError("cluster not started")
            t0 = time.perf_counter()
            self._stop_server(mode=mode)
            self._running = False
            self._start_server(pick_new_port=False)
            self._running = True
            self.startup_seconds = time.perf_counter() - t0
            return self

    def kill(self, sig: int = signal.SIGKILL, timeout: float = 10.0) -> None:
        """Fault injection: signal the postmaster (default SIGKILL, a crash) and wait until it
        is gone. The data dir is kept; call start() to bring the server back (crash recovery)."""
        with self._lock:
            pid = self.pid
            if pid is None or not _pid_alive(pid):
                raise RuntimeError("server is not running")
            os.kill(pid, sig)
            if not self._wait_gone(pid, timeout):
                raise RuntimeError(
                    f"postmaster {pid} still alive {timeout:.0f}s after signal {sig}"
                )
            self._running = False
            if self._proc is not None:
                try:
                    self._proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    pass
                else:
                    self._proc = None

    def create_database(self, name: str, postgis: bool = True) -> str:
        """CREATE DATABASE name, then CREATE EXTENSION postgis in it. Returns url(name)."""
        _create_database(self.conninfo, name, postgis)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """DROP DATABASE IF EXISTS name WITH (FORCE) (disconnects leftover sessions)."""
        _drop_database(self.conninfo, name)

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_path, lines) if self.log_path else "<no log>"

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self._running else "stopped"
        return f"<PgCluster {state} port={self.port} dir={self.tmp_dir}>"

    # ---- internals ------------------------------------------------------------------

    def _as_pg_user(self, argv: list[str]) -> list[str]:
        return ["runuser", "-u", OS_USER, "--", *argv] if os.geteuid() == 0 else argv

    def _check_os_user(self) -> None:
        if os.geteuid() != 0:
            return
        try:
            pwd.getpwnam(OS_USER)
        except KeyError:
            raise RuntimeError(
                f"running as root but there is no '{OS_USER}' OS user to run initdb/pg_ctl; "
                f"install {PG_PACKAGE} (it creates the user)"
            ) from None
        if shutil.which("runuser") is None:
            raise RuntimeError("running as root but 'runuser' (util-linux) is not available")

    def _make_dirs(self) -> None:
        self._base_parent.mkdir(parents=True, exist_ok=True)
        _make_traversable(self._base_parent)
        tmp = Path(tempfile.mkdtemp(prefix="pgtest-", dir=self._base_parent))
        self.tmp_dir = tmp
        self.data_dir = tmp / "data"
        self.log_path = tmp / "postgresql.log"
        # libpq's Unix socket path limit is 107 bytes including "/.s.PGSQL.NNNNN"
        if len(str(tmp)) > 90:
            raise RuntimeError(f"socket directory path too long for a Unix socket: {tmp}")
        if os.geteuid() == 0:
            pw = pwd.getpwnam(OS_USER)
            os.chown(tmp, pw.pw_uid, pw.pw_gid)
        os.chmod(tmp, 0o700)

    def _run(self, argv: list[str], timeout: float, what: str) -> subprocess.CompletedProcess:
        try:
            proc = subprocess.run(
                self._as_pg_user(argv),
                cwd=self.tmp_dir or "/",  # postgres may not be able to enter root's cwd
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as e:
            raise RuntimeError(f"{what} timed out after {timeout:.0f}s\n{self.log_tail()}") from e
        return proc

    def _initdb(self) -> None:
        argv = [
            str(self._bin / "initdb"),
            "-D",
            str(self.data_dir),
            "-U",
            self.user,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            "--no-instructions",
        ]
        proc = self._run(argv, self.startup_timeout, "initdb")
        if proc.returncode != 0 and "C.UTF-8" in proc.stderr:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            argv[argv.index("--locale=C.UTF-8")] = "--locale=C"
            proc = self._run(argv, self.startup_timeout, "initdb")
        if proc.returncode != 0:
            raise RuntimeError(f"initdb failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        # initdb --auth=trust already writes trust lines; make it explicit and minimal. Over
        # TCP every role but the superuser proves its password (role_url): the role tests check
        # real SCRAM logins, the Unix socket stays trust for everything else.
        (self.data_dir / "pg_hba.conf").write_text(
            "# throw-away test cluster: trust the socket and the superuser, passwords for roles\n"
            "local   all          all                  trust\n"
            f"host    all          {self.user}   127.0.0.1/32   trust\n"
            "host    all          all   127.0.0.1/32   scram-sha-256\n"
            "local   replication  all                  trust\n"
            "host    replication  all   127.0.0.1/32   trust\n"
        )

    def _write_conf(self) -> None:
        conf = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.tmp_dir}'",
            "max_connections": "200",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "shared_buffers": "128MB",
            "logging_collector": "off",
            "log_min_messages": "warning",
            "timezone": "'UTC'",
            **self.extra_conf,
        }
        body = "".join(f"{k} = {v}\n" for k, v in conf.items())
        # include file loaded after postgresql.conf's own settings: later entries win
        (self.data_dir / "test_cluster.conf").write_text(body)
        main = self.data_dir / "postgresql.conf"
        text = main.read_text()
        if "include_if_exists = 'test_cluster.conf'" not in text:
            main.write_text(text + "\ninclude_if_exists = 'test_cluster.conf'\n")

    def _start_server(self, pick_new_port: bool) -> None:
        attempts = 3 if pick_new_port else 1
        for attempt in range(attempts):
            if pick_new_port or self.port is None:
                self.port = _free_port()
            self._write_conf()
            try:
                self._launch()
                return
            except RuntimeError as e:
                # another process grabbed the port between bind(0) and postgres binding it
                port_clash = "could not bind" in str(e) or "could not create any TCP/IP" in str(e)
                if attempt + 1 < attempts and port_clash:
                    continue
                raise

    def _launch(self) -> None:
        """Run the postmaster as our own child (through runuser when root) and wait for it.

        Not ``pg_ctl start``: a daemonised postmaster is re-parented to PID 1, which on
        some CI sandboxes never reaps it, leaving a <defunct> process per start.
        """
        deadline = time.monotonic() + self.startup_timeout
        isready = [
            str(self._bin / "pg_isready"),
            "-q",
            "-h",
            self.host,
            "-p",
            str(self.port),
            "-U",
            self.user,
            "-d",
            "postgres",
            "-t",
            "2",
        ]
        while True:  # one pass per postmaster launch
            log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
            with open(self.log_path, "ab") as log:
                self._proc = subprocess.Popen(
                    self._as_pg_user([str(self._bin / "postgres"), "-D", str(self.data_dir)]),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    cwd=self.tmp_dir,
                    start_new_session=True,  # Ctrl-C in the terminal must not reach the server
                )
            while self._proc.poll() is None:
                r = subprocess.run(
                    isready, stdin=subprocess.DEVNULL, capture_output=True, timeout=10
                )
                if r.returncode == 0:  # accepting connections
                    return
                if time.monotonic() > deadline:
                    log_tail = self.log_tail()
                    self._stop_server(mode="immediate")
                    raise RuntimeError(
                        f"PostgreSQL on port {self.port} not ready within {self.startup_timeout:.0f}s "
                        f"(pg_isready exit {r.returncode})\n--- server log tail ---\n{log_tail}"
                    )
                try:  # wait on the server itself: a crash during start-up ends this at once
                    self._proc.wait(timeout=0.05)
                except subprocess.TimeoutExpired:
                    pass
            code, self._proc = self._proc.returncode, None
            with open(self.log_path, "rb") as f:
                f.seek(log_offset)
                this_run = f.read().decode(errors="replace")
            if "pre-existing shared memory block" in this_run and time.monotonic() < deadline:
                # backends of a killed postmaster are still detaching; they exit shortly
                time.sleep(0.1)
                continue
            raise RuntimeError(
                f"PostgreSQL exited during start-up (exit {code}, port {self.port})\n"
                f"--- server log tail ---\n{self.log_tail()}"
            )

    def _stop_server(self, mode: str = "fast") -> None:
        pid = self.pid
        if pid is not None and _pid_alive(pid):
            for m in dict.fromkeys([mode, "immediate"]):
                argv = [
                    str(self._bin / "pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-m",
                    m,
                    "-w",
                    "-t",
                    "30",
                    "stop",
                ]
                try:
                    self._run(argv, 40, "pg_ctl stop")
                except RuntimeError:
                    pass
                if self._wait_gone(pid, 5.0):
                    break
            else:
                try:  # last resort
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self._wait_gone(pid, 10.0)
        proc, self._proc = self._proc, None
        if proc is not None:  # reap runuser/postgres so no zombie is left
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self.data_dir is not None:
            pid_file = self.data_dir / "postmaster.pid"
            if pid_file.exists() and not (pid and _pid_alive(pid)):
                pid_file.unlink(missing_ok=True)  # stale, from a crashed server

    @staticmethod
    def _wait_gone(pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while _pid_alive(pid):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def _start_watchdog(self) -> None:
        argv = [
            sys.executable,
            "-c",
            _WATCHDOG,
            str(self._bin / "pg_ctl"),
            str(self.data_dir),
            str(self.tmp_dir),
        ]
        if os.geteuid() == 0:
            argv += ["runuser", "-u", OS_USER, "--"]
        try:
            self._watchdog = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                cwd="/",
            )
        except OSError:
            self._watchdog = None  # atexit still covers the normal paths

    def _stop_watchdog(self) -> None:
        wd, self._watchdog = self._watchdog, None
        if wd is None:
            return
        try:
            wd.stdin.close()  # watchdog wakes, finds nothing left to clean, exits
            wd.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            wd.kill()
            wd.wait()


# --------------------------------------------------------------------------- external


class ExternalPg:
    """A developer's own server from CONSOLE_TEST_PG_URL; same API, start/stop are no-ops."""

    can_restart = False

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        u = make_url(url)
        if u.drivername in ("postgresql", "postgres"):
            u = u.set(drivername="postgresql+psycopg")
        self._url = u
        self.user = u.username
        self.port = u.port
        self.startup_seconds = 0.0

    @property
    def running(self) -> bool:
        return True

    def url(self, dbname: str = "postgres") -> str:
        return self._url.set(database=dbname).render_as_string(hide_password=False)

    def role_url(self, dbname: str, user: str, password: str) -> str:
        """The same server as ``user`` with ``password`` (its pg_hba decides what is checked)."""
        return self._url.set(database=dbname, username=user, password=password).render_as_string(
            hide_password=False)

    def conninfo(self, dbname: str = "postgres") -> str:
        from psycopg.conninfo import make_conninfo

        u = self._url
        params = {k: v for k, v in dict(u.query).items() if isinstance(v, str)}
        kw = {"dbname": dbname, **params}
        for key, val in (
            ("host", u.host),
            ("port", u.port),
            ("user", u.username),
            ("password", u.password),
        ):
            if val is not None:
                kw[key] = str(val)
        return make_conninfo(**kw)

    def start(self) -> ExternalPg:
        return self

    def stop(self) -> None:
        pass

    def restart(self, mode: str = "fast") -> ExternalPg:
        raise RuntimeError(f"cannot restart the external server from {ENV_URL}")

    def create_database(self, name: str, postgis: bool = True) -> str:
        _create_database(self.conninfo, name, postgis)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        _drop_database(self.conninfo, name)

    def __enter__(self) -> ExternalPg:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def __repr__(self) -> str:
        return f"<ExternalPg {self._url.render_as_string(hide_password=True)}>"


# --------------------------------------------------------------------------- shared SQL


def _create_database(conninfo, name: str, postgis: bool) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    if not postgis:
        return
    try:
        with psycopg.connect(conninfo(name), autocommit=True) as conn:
            have = conn.execute(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"
            ).fetchone()
            if not have:
                raise RuntimeError(
                    f"the PostGIS extension is not installed for this server; "
                    f"install it with: apt-get install -y {PG_PACKAGE}"
                )
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except BaseException:
        _drop_database(conninfo, name)
        raise


def _drop_database(conninfo, name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


# --------------------------------------------------------------------------- session


_session: PgCluster | ExternalPg | None = None
_session_lock = threading.Lock()


def session_cluster() -> PgCluster | ExternalPg:
    """The process-wide test server, started on first use.

    With CONSOLE_TEST_PG_URL set: an ExternalPg on that server. Otherwise a started
    PgCluster, shared by later calls while it is running (a stopped one is replaced).
    """
    global _session
    with _session_lock:
        env = os.environ.get(ENV_URL, "").strip()
        if env:
            if not isinstance(_session, ExternalPg):
                _session = ExternalPg(env)
            return _session
        if not isinstance(_session, PgCluster) or _session.tmp_dir is None:
            _session = PgCluster().start()
        return _session
