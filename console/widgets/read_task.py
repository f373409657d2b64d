"""Run a read query off the GUI thread (QGIS's task manager), deliver the result on it.

``fn`` runs in a worker thread: it must open its own database session (every
``panel_queries``/``CaseQuery`` call does) and touch no widget. ``done``/``failed`` are called
on the GUI thread from ``finished``; a cancelled task calls neither.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from qgis.core import QgsApplication, QgsTask


class ReadTask(QgsTask):
    def __init__(self, description: str, fn: Callable[[], object],
                 done: Callable[[object], None], failed: Callable[[Exception], None]):
        super().__init__(description, QgsTask.CanCancel)
        self._fn = fn
        self._done = done
        self._failed = failed
        self.result = None
        self.error: Exception | None = None

    def run(self) -> bool:  # worker thread
        try:
            self.result = self._fn()
            return True
        except Exception as exc:  # handed to the GUI thread, shown in the message bar
            self.error = exc
            return False

    def finished(self, ok: bool) -> None:  # GUI thread
        if self.isCanceled():
            return
        try:
            if ok:
                self._done(self.result)
            else:
                self._failed(self.error or RuntimeError("task failed"))
        except RuntimeError as exc:
            if "has been deleted" in str(exc):  # the panel closed while we were reading
                return
            sys.excepthook(type(exc), exc, exc.__traceback__)
        except Exception as exc:  # an exception escaping a C++ virtual would abort the process
            sys.excepthook(type(exc), exc, exc.__traceback__)


def start(task: ReadTask) -> ReadTask:
    """Hand ``task`` to the application's task manager; the caller keeps the reference."""
    QgsApplication.taskManager().addTask(task)
    return task


def cancel(task: ReadTask | None) -> None:
    """Cancel ``task`` if there is one; the task manager may have deleted it already."""
    if task is None:
        return
    try:
        task.cancel()
    except RuntimeError:  # already deleted by the task manager
        pass
