"""Following the change log from a background thread (DESIGN §6).

On PostGIS the thread LISTENs for the trigger's NOTIFY and reads the log when woken; on
SpatiaLite it polls the highest sequence. Either way it reads ``change_log`` by sequence from
the last one it handed over, so after a disconnect it catches up and never skips or repeats a
change. No Qt here: the GUI wraps the callbacks into signals (``widgets/change_poller.py``).

Threading: callbacks run on the feed's thread; they must only hand data over (e.g. emit a
queued Qt signal), never touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import make_url

from console.services.changes import Change, changes_since, latest_seq
from console.store.engine import Database

log = logging.getLogger(__name__)
CHANNEL = "console_changes"


def _conninfo(url: str) -> str:
    """libpq parameters of a SQLAlchemy URL, each quoted by psycopg (a password may hold
    spaces or any character a URL would have to escape)."""
    from psycopg.conninfo import make_conninfo

    u = make_url(url)
    params = {k: v for k, v in u.query.items() if isinstance(v, str)}
    for key, value in (("host", u.host), ("port", u.port), ("user", u.username),
                       ("password", u.password), ("dbname", u.database)):
        if value is not None:
            params[key] = str(value)
    return make_conninfo(**params)


class LiveFeed:
    def __init__(self, db: Database, on_changes: Callable[[list[Change]], None],
                 on_status: Callable[[bool, str], None] | None = None,
                 start_seq: int | None = None, poll_interval: float = 0.5,
                 retry_interval: float = 1.0):
        self.db = db
        self.on_changes = on_changes
        self.on_status = on_status or (lambda online, message: None)
        self.poll_interval = poll_interval
        self.retry_interval = retry_interval
        self.last_seq = start_seq
        self.online = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> LiveFeed:
        self._thread = threading.Thread(target=self._run, name="console-live-feed", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)

    # -- the thread ---------------------------------------------------------------------

    def _set_online(self, online: bool, message: str = "") -> None:
        if online != self.online:
            self.online = online
            self.on_status(online, message)

    def _catch_up(self) -> None:
        if self.last_seq is None:
            self.last_seq = latest_seq(self.db)  # a new console starts from now
            return
        while True:
            batch = changes_since(self.db, self.last_seq)
            if not batch:
                return
            self.last_seq = batch[-1].seq
            self.on_changes(batch)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self.db.is_sqlite:
                    self._poll_loop()
                else:
                    self._listen_loop()
            except Exception as exc:  # network blip, server restart: go offline, retry
                log.info("live feed offline: %s", exc)
                self._set_online(False, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                self.db.engine.dispose()  # drop pooled connections to the old server
                self._stop.wait(self.retry_interval)

    def _poll_loop(self) -> None:
        while not self._stop.is_set():
            self._catch_up()
            self._set_online(True)
            self._stop.wait(self.poll_interval)

    def _listen_loop(self) -> None:
        import psycopg

        with psycopg.connect(_conninfo(self.db.url), autocommit=True, connect_timeout=3) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._catch_up()  # whatever happened while we were away
            self._set_online(True)
            while not self._stop.is_set():
                woke = False
                for _note in conn.notifies(timeout=self.poll_interval, stop_after=1):
                    woke = True
                if woke:
                    self._catch_up()
                else:
                    conn.execute("SELECT 1")  # notice a dead server within one interval
