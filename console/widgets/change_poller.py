"""Follows the change feed (``change_log``) and tells the main window what changed.

The waiting happens on the ``LiveFeed`` thread (NOTIFY on PostGIS, a 250 ms poll on
SpatiaLite), never on the GUI thread, so an unreachable server cannot freeze the window.
The feed hands over batches in sequence order; this QObject lives on the GUI thread and
re-emits them as signals, which Qt queues across the thread boundary. The last seen
sequence only moves forward, so after a lost connection the feed catches up and nothing is
missed or delivered twice.
"""

from __future__ import annotations

import threading

from qgis.PyQt.QtCore import QObject, pyqtSignal

from console.services.changes import changes_since, latest_seq
from console.services.live_feed import LiveFeed
from console.store.engine import Database

POLL_MS = 250


class ChangePoller(QObject):
    #: (set of table names, list of row ids in feed order, without repeats)
    changesArrived = pyqtSignal(object, object)  # noqa: N815 (Qt signal naming)
    #: ids of cases created since the last batch (a pin to flash)
    casesCreated = pyqtSignal(object)  # noqa: N815
    #: True when the database answers, False when it does not
    connectionChanged = pyqtSignal(bool)  # noqa: N815

    def __init__(self, db: Database, start_seq: int | None = None, interval_ms: int = POLL_MS,
                 parent=None):
        super().__init__(parent)
        self._db = db
        self._lock = threading.Lock()
        self.last_seq = latest_seq(db) if start_seq is None else start_seq
        self.online = True
        self._feed: LiveFeed | None = None
        self._interval = interval_ms / 1000.0

    def start(self) -> None:
        if self._feed is None:
            self._feed = LiveFeed(self._db, self._deliver, self._on_status, start_seq=self.last_seq,
                                  poll_interval=self._interval, retry_interval=1.0).start()

    def stop(self) -> None:
        if self._feed is not None:
            self._feed.stop()
            self._feed = None

    def poll(self) -> bool:
        """One synchronous catch-up on the calling thread; True if something changed (tests)."""
        try:
            changes = changes_since(self._db, self.last_seq)
        except Exception:
            self._on_status(False, "")
            return False
        self._on_status(True, "")
        return self._deliver(changes)

    # -- called on the feed's thread (or by poll) ------------------------------------------

    def _deliver(self, changes) -> bool:
        with self._lock:
            changes = [c for c in changes if c.seq > self.last_seq]
            if not changes:
                return False
            self.last_seq = changes[-1].seq
        tables = {c.table for c in changes}
        ids = list(dict.fromkeys(c.row_id for c in changes))
        created = list(dict.fromkeys(c.row_id for c in changes
                                     if c.table == "case_file" and c.op == "insert"))
        self.changesArrived.emit(tables, ids)
        if created:
            self.casesCreated.emit(created)
        return True

    def _on_status(self, online: bool, message: str) -> None:
        if online != self.online:
            self.online = online
            self.connectionChanged.emit(online)
