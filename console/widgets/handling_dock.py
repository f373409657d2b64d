"""处置: the cases dispatched to the user's department; report done, return, postpone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
)

from console.domain.errors import ConsoleError
from console.services.case_service import Photo
from console.services.panel_queries import queue
from console.widgets.case_dock import CaseDock, PanelContext, error_text
from console.widgets.case_table_model import parse_iso
from console.widgets.photo_picker import PhotoPicker

STATES = ("dispatched", "suspended")


class HandlingDock(CaseDock):
    scope_role = "department"
    columns = ("code", "light", "deadline", "state", "class", "grid", "address", "age")
    sort_column = "deadline"
    sort_order = Qt.AscendingOrder
    offered = ("report_done", "return", "request_postponement", "answer_urge")

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("HandlingDock", "Handling"), "HandlingDock",
                         context, parent)
        form = QFormLayout()
        self.add_reason_edit(self.tr("What was done, why it is returned or postponed, the reply to an urging"),
                             form, self.tr("Result or reason"))
        self.photo_picker = PhotoPicker(self.tr("Photos after handling"), self)
        form.addRow(self.tr("Photos after handling"), self.photo_picker)
        self.until_edit = QDateTimeEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._set_until(datetime.now(UTC) + timedelta(days=1))
        form.addRow(self.tr("Postpone until"), self.until_edit)
        self.body_layout.addLayout(form)
        self.add_action_buttons(self.offered)

    def accepts(self, case: dict) -> bool:
        return (case["state"] in STATES and bool(self.actor.department_code)
                and case.get("department") == self.actor.department_code)

    def fetch(self) -> list[dict]:
        if not self.actor.department_code:
            return []
        return queue(self.services.db, self.services.policy, STATES,
                     department=self.actor.department_code, limit=self.fetch_limit)

    def on_current_case_changed(self, case: dict | None) -> None:
        if case is not None and case.get("id") != getattr(self, "_until_for", None):
            self._until_for = case["id"]
            self._set_until(self.default_until(case))

    def default_until(self, case: dict, now: datetime | None = None) -> datetime:
        """The proposed postponement end: one working day past the current deadline (past
        now for an overdue case, or one without a running clock), in the center's zone."""
        now = now or datetime.now(UTC)
        deadline = parse_iso(case.get("deadline"))
        start = max(deadline, now) if deadline is not None else now
        calendar = self.services.policy.calendar
        try:
            proposal = calendar.add_working_minutes(start, calendar.day_minutes)
        except Exception:  # a year without a known calendar: plain days then
            proposal = start + timedelta(days=1)
        return proposal.astimezone(self.ctx.zone).replace(second=0, microsecond=0)

    def has_unsaved_input(self) -> bool:
        return super().has_unsaved_input() or bool(self.photo_picker.paths)

    def set_photos(self, paths) -> None:
        self.photo_picker.set_paths(paths)

    def _set_until(self, when: datetime) -> None:
        # the edit shows the center's wall-clock time whatever the workstation's time zone
        local = when.astimezone(self.ctx.zone)
        self.until_edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                              QTime(local.hour, local.minute)))

    def until(self):
        """The chosen postponement end as an aware datetime in the center's zone."""
        shown = self.until_edit.dateTime()
        d, t = shown.date(), shown.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.ctx.zone)

    def action_params(self, action: str) -> dict:
        params = super().action_params(action)
        if action == "request_postponement":
            params["until"] = self.until()
        return params

    def trigger(self, action: str, **extra):
        if action == "report_done":
            try:
                extra["photos"] = [Photo.from_path(p) for p in self.photo_picker.paths]
            except ConsoleError as exc:
                self.errorRaised.emit(self.tr("Photos"), error_text(exc, self.ctx))
                return None
        return super().trigger(action, **extra)

    def after_action(self, action: str, doc: dict) -> None:
        super().after_action(action, doc)
        if action == "report_done":
            self.set_photos([])
