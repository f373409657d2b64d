"""处置: the cases dispatched to the user's department; report done, return, postpone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt
from qgis.PyQt.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from console.domain.errors import ConsoleError
from console.services.case_service import Photo
from console.services.panel_queries import queue
from console.widgets.case_dock import CaseDock, PanelContext, error_text
from console.widgets.case_table_model import parse_iso
from console.widgets.report_form import PHOTO_FILTER

STATES = ("dispatched", "suspended")


class HandlingDock(CaseDock):
    scope_role = "department"
    columns = ("code", "light", "deadline", "state", "class", "grid", "address", "age")
    sort_column = "deadline"
    sort_order = Qt.AscendingOrder
    offered = ("report_done", "return", "request_postponement")

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("HandlingDock", "Handling"), "HandlingDock",
                         context, parent)
        self.photo_paths: list[str] = []
        form = QFormLayout()
        self.add_reason_edit(self.tr("What was done, or why the case is returned or postponed"),
                             form, self.tr("Result or reason"))
        photo_row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Add photos…"), self)
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        photo_row.addWidget(self.photo_button)
        self.photo_label = QLabel(self.tr("No photos"), self)
        photo_row.addWidget(self.photo_label, 1)
        form.addRow(self.tr("Photos after handling"), photo_row)
        self.until_edit = QDateTimeEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until_edit.setDateTime(QDateTime.currentDateTime().addDays(3))
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
        deadline = parse_iso(case.get("deadline")) if case else None
        if deadline is not None and case.get("id") != getattr(self, "_until_for", None):
            self._until_for = case["id"]
            # three days past the deadline, or past now for an overdue case, on the hour
            start = max(deadline, datetime.now(UTC))
            proposal = (start + timedelta(days=3)).astimezone(self.ctx.zone)
            proposal = proposal.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            self.until_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(proposal.timestamp())))

    def _on_photo_button_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos after handling"), str(Path.home()),
            self.tr("Images ({patterns})").format(patterns=PHOTO_FILTER))
        if paths:
            self.set_photos(paths)

    def set_photos(self, paths) -> None:
        self.photo_paths = [str(p) for p in paths]
        self.photo_label.setText(", ".join(Path(p).name for p in self.photo_paths)
                                 if self.photo_paths else self.tr("No photos"))

    def until(self):
        """The chosen postponement end as an aware datetime in the center's zone."""
        secs = self.until_edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(secs, tz=self.ctx.zone)

    def action_params(self, action: str) -> dict:
        params = super().action_params(action)
        if action == "request_postponement":
            params["until"] = self.until()
        return params

    def trigger(self, action: str, **extra):
        if action == "report_done":
            try:
                extra["photos"] = [Photo.from_path(p) for p in self.photo_paths]
            except ConsoleError as exc:
                self.errorRaised.emit(self.tr("Photos"), error_text(exc))
                return None
        return super().trigger(action, **extra)

    def after_action(self, action: str, doc: dict) -> None:
        super().after_action(action, doc)
        if action == "report_done":
            self.set_photos([])
