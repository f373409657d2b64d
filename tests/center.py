"""A real center for tests and benchmarks: a PostGIS copy of the demo city with the server's
and the workstations' roles, and `console serve` instances running as separate processes on
their own ports. The fixtures are registered in tests/conftest.py."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
APP_ROLE, APP_PASSWORD = "console_app", "app-secret-1"
READER_ROLE, READER_PASSWORD = "console_reader", "reader-secret-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningServer:
    """`console serve` in its own process: what a center runs under systemd."""

    def __init__(self, db_url: str, log_path: Path):
        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 30.0) -> RunningServer:
        """Start it and wait for uvicorn's own "startup complete" line (read from the
        child's output, which a thread keeps copying to the log afterwards)."""
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        env.pop("CONSOLE_SERVER", None)
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "console", "serve", "--db", self.db_url, "--port",
             str(self.port), "--log-level", "info"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        ready = threading.Event()

        def copy_output():
            for line in self.proc.stdout:
                self._log.write(line)
                self._log.flush()
                if b"Application startup complete" in line:
                    ready.set()
            ready.set()  # the process ended: start() sees it below

        threading.Thread(target=copy_output, daemon=True).start()
        if not ready.wait(timeout) or self.proc.poll() is not None:
            raise RuntimeError(f"console serve did not start: {self.log_path.read_text()[-2000:]}")
        assert httpx.get(f"{self.url}/api/v1/health", timeout=5).status_code == 200
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()


class ThreadedServer:
    """The application in uvicorn on a thread of the test process: real HTTP on loopback,
    started in a tenth of a second, for running many scenario tests through a server."""

    def __init__(self, services):
        import uvicorn

        from console.server.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(services), host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False)
        ready = self.ready = threading.Event()

        class Server(uvicorn.Server):
            async def startup(self, sockets=None):
                await super().startup(sockets=sockets)
                ready.set()

        self.server = Server(config)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self.server.run()
        finally:
            self.ready.set()  # a failed start must not leave start() waiting

    def start(self, timeout: float = 20.0) -> ThreadedServer:
        self.thread.start()
        if not self.ready.wait(timeout) or not self.server.started:
            raise RuntimeError("the threaded server did not start")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


WRITES = {"cases": ("register", "act"), "components": ("add", "move", "update", "retire")}


class _Routed:
    def __init__(self, harness: ThroughServer, part: str):
        self._harness, self._part = harness, part

    def __getattr__(self, name):
        local = getattr(getattr(self._harness.local, self._part), name)
        if name not in WRITES[self._part]:
            return local

        def through_server(who, *args, **kwargs):
            assert "now" not in kwargs, "a test that sets the clock runs in-process only"
            remote = self._harness.session_of(who.name)
            return getattr(getattr(remote, self._part), name)(remote.session.user, *args, **kwargs)

        return through_server


class ThroughServer:
    """The services a scenario test holds, with every write sent through a running server
    under the acting user's own login (reads, and ``auth.actor``, stay in-process)."""

    def __init__(self, local, server_url: str, password: str):
        self.local, self.server_url, self.password = local, server_url, password
        self._sessions: dict = {}
        self.cases = _Routed(self, "cases")
        self.components = _Routed(self, "components")

    def __getattr__(self, name):
        return getattr(self.local, name)

    def session_of(self, user: str):
        from console.services.remote import RemoteServices

        if user not in self._sessions:
            remote = RemoteServices(self.server_url)
            remote.auth.authenticate(user, self.password)
            self._sessions[user] = remote
        return self._sessions[user]

    def close(self) -> None:
        for remote in self._sessions.values():
            remote.close()
        self.local.close()


ROUTES = ["in-process", "server"]


def routed_services(request, db_url):
    """``sv`` of the scenario modules: the services in-process, or through a server."""
    from console.services.app import open_services
    from console.services.demo_city.build import DEMO_PASSWORD

    local = open_services(db_url)
    if request.param == "in-process":
        yield local
        local.close()
        return
    server = ThreadedServer(open_services(db_url)).start()
    harness = ThroughServer(local, server.url, DEMO_PASSWORD)
    yield harness
    harness.close()
    server.stop()
