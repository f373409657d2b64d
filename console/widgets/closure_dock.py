"""结案: cases in inspection, the inspector's result, before/after photos side by side;
close with a close type, or send back for rework."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.domain.errors import ConsoleError
from console.domain.workflow import CLOSE_TYPES
from console.widgets import labels
from console.widgets.case_dock import CaseDock, PanelContext, scrolled
from console.widgets.photo_strip import PhotoStrip

STATES = ("awaiting_check", "checking", "arbitrating")
BEFORE_KINDS = ("report", "verification")
AFTER_KINDS = ("handling", "inspection")


class ClosureDock(CaseDock):
    scope_role = "acceptor"
    columns = ("code", "check", "light", "deadline", "class", "grid", "department", "rework", "age")
    sort_column = "age"
    sort_order = Qt.DescendingOrder
    offered = ("request_check", "close", "rework", "escalate")

    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("ClosureDock", "Closure"), "ClosureDock",
                         context, parent)
        self.add_views([
            (self.tr("All in inspection"), None),
            (self.tr("To order the inspection"), lambda c: c["state"] == "awaiting_check"),
            (self.tr("Inspection passed"), lambda c: c["state"] == "checking" and c.get("check_result") == "passed"),
            (self.tr("Inspection failed"), lambda c: c["state"] == "checking" and c.get("check_result") == "failed"),
            (self.tr("Waiting for the inspector"), lambda c: c["state"] == "checking" and not c.get("check_result")),
            (self.tr("With the shift leader"), lambda c: c["state"] == "arbitrating"),
        ])
        form = QFormLayout()
        self.close_type_combo = QComboBox(self)
        self.close_type_combo.setObjectName("close_type")
        for ct in CLOSE_TYPES:
            self.close_type_combo.addItem(labels.close_type(ct), ct)
        form.addRow(self.tr("Close type"), self.close_type_combo)
        self.add_inspector_combo(form)  # who inspects (核查): the cell's inspector or one named
        self.add_reason_edit(self.tr("Needed for rework and to escalate"), form, self.tr("Reason"))
        self.body_layout.addLayout(form)
        self.add_action_buttons(self.offered)
        self._photos_for = None

    def wrap_body(self, body: QWidget) -> QWidget:
        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(body)
        photos = QWidget(splitter)
        row = QHBoxLayout(photos)
        row.setContentsMargins(4, 0, 4, 4)
        before = QGroupBox(self.tr("Before: as reported"), photos)
        QVBoxLayout(before).addWidget(PhotoStrip(self.services, before))
        after = QGroupBox(self.tr("After: handled and inspected"), photos)
        QVBoxLayout(after).addWidget(PhotoStrip(self.services, after))
        self.before_photos = before.findChild(PhotoStrip)
        self.after_photos = after.findChild(PhotoStrip)
        row.addWidget(before)
        row.addWidget(after)
        # scrolls rather than pushing the queue off a 1366×768 screen
        splitter.addWidget(scrolled(photos, splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def on_current_case_changed(self, case: dict | None) -> None:
        key = (case["id"], case["version"]) if case else None
        if key == self._photos_for:
            return
        self._photos_for = key
        photos = []
        if case:
            try:
                photos = self.services.queries.show(case["id"]).get("photos", [])
            except ConsoleError:
                photos = []
        self.before_photos.set_photos([p for p in photos if p["kind"] in BEFORE_KINDS])
        self.after_photos.set_photos([p for p in photos if p["kind"] in AFTER_KINDS])

    def action_params(self, action: str) -> dict:
        params = super().action_params(action)
        if action == "close":
            params["close_type"] = self.close_type_combo.currentData()
        return params
