"""A notice for administrators and commanders: the work calendar runs out soon.

data/calendar.json and the years the center loaded cover whole years; deadlines counted past
them are estimates. From a month before the last covered day, an admin or commander who logs
in sees a dismissable message bar item saying so (and how many open deadlines are estimates),
until next year's holidays are loaded (``console calendar load``). The status is read off the
GUI thread (``calendar_status``: one count over open cases).
"""

from __future__ import annotations

from datetime import date

from qgis.core import Qgis
from qgis.gui import QgsMessageBar, QgsMessageBarItem
from qgis.PyQt.QtCore import QObject

from console.domain.workflow import Actor
from console.services.calendar_service import calendar_status
from console.widgets.read_task import ReadTask, cancel, start

#: the roles that can act on the notice (an admin loads the year; a commander asks for it)
NOTICE_ROLES = frozenset({"admin", "commander"})


def wants_notice(actor: Actor) -> bool:
    return bool(NOTICE_ROLES & set(actor.roles))


class CalendarNotice(QObject):
    def __init__(self, services, actor: Actor, message_bar: QgsMessageBar, parent=None):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.message_bar = message_bar
        self.item: QgsMessageBarItem | None = None
        self._task: ReadTask | None = None

    def start(self) -> None:
        """Look once, at login; says nothing to other roles or when the database is
        out of reach (the other notices say that)."""
        db, policy = getattr(self.services, "db", None), getattr(self.services, "policy", None)
        if not wants_notice(self.actor) or db is None or policy is None:
            return
        self._task = start(ReadTask(self.tr("Checking the work calendar"),
                                    lambda: calendar_status(db, None, policy),
                                    self.show_status, lambda exc: None))

    def show_status(self, status: dict) -> QgsMessageBarItem | None:
        self._task = None
        if not status or not status.get("warn"):
            return None
        last = date.fromisoformat(status["last_covered_day"])
        if status["days_left"] >= 0:
            text = self.tr("The work calendar covers holidays until {date} ({days} days left): "
                           "load next year's holidays and make-up days (console calendar load)."
                           ).format(date=last.isoformat(), days=status["days_left"])
        else:
            text = self.tr("The work calendar has no holidays after {date}: deadlines are counted "
                           "on weekdays only. Load the year's holidays (console calendar load)."
                           ).format(date=last.isoformat())
        if status.get("estimated_open_cases"):
            text += " " + self.tr("{n} open case deadline(s) are estimates.").format(
                n=status["estimated_open_cases"])
        self.item = QgsMessageBarItem(self.tr("Work calendar"), text, Qgis.Warning, 0)
        self.item.setObjectName("calendar_notice")
        self.message_bar.pushItem(self.item)
        return self.item

    def stop(self) -> None:
        cancel(self._task)
        self._task = None
