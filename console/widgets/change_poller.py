"""Follows the change feed (``change_log``) and tells the main window what changed.

Polls ``changes_since(last_seq)`` every 500 ms on the GUI thread: the query is an indexed
range scan that returns nothing most of the time. The last seen sequence only moves forward,
so after a lost connection the next successful poll catches up and nothing is missed.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from console.services.changes import changes_since, latest_seq
from console.store.engine import Database

POLL_MS = 500


class ChangePoller(QObject):
    #: (set of table names, list of row ids in feed order, without repeats)
    changesArrived = pyqtSignal(object, object)  # noqa: N815 (Qt signal naming)
    #: ids of cases created since the last poll (a pin to flash)
    casesCreated = pyqtSignal(object)  # noqa: N815
    #: True when the database answers, False when a poll failed
    connectionChanged = pyqtSignal(bool)  # noqa: N815

    def __init__(self, db: Database, start_seq: int | None = None, interval_ms: int = POLL_MS,
                 parent=None):
        super().__init__(parent)
        self._db = db
        self.last_seq = latest_seq(db) if start_seq is None else start_seq
        self.online = True
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> bool:
        """One poll; True if something changed. Also callable directly (tests, catch-up)."""
        try:
            changes = changes_since(self._db, self.last_seq)
        except Exception:  # the database is unreachable: say so, retry on the next tick
            self._set_online(False)
            return False
        self._set_online(True)
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

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.connectionChanged.emit(online)
