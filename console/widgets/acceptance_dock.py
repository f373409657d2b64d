"""受理: the queue of reported and verifying cases, and the new-report form."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLineEdit, QTabWidget, QWidget

from console.services.panel_queries import queue
from console.widgets.case_dock import CaseDock, PanelContext
from console.widgets.report_form import ReportForm

STATES = ("reported", "verifying")


class AcceptanceDock(CaseDock):
    scope_role = "acceptor"
    columns = ("code", "light", "state", "source", "class", "grid", "age", "deadline")
    sort_column = "age"  # newest first: smallest age on top
    sort_order = Qt.AscendingOrder
    offered = ("request_verification", "file", "reject", "escalate", "cancel", "transfer_to_city")

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("AcceptanceDock", "Acceptance"), "AcceptanceDock", context, parent)
        self.add_views([
            (self.tr("All waiting"), None),
            (self.tr("To accept"), lambda c: c["state"] == "reported"),
            (self.tr("In verification"), lambda c: c["state"] == "verifying"),
        ])
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason or note (needed to reject, escalate, cancel, transfer)"))
        self.body_layout.addWidget(self.reason_edit)
        self.add_action_buttons(self.offered)

    def wrap_body(self, body: QWidget) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(body, self.tr("Queue"))
        self.form = ReportForm(self.ctx, self.tabs)
        self.tabs.addTab(self.form, self.tr("New report"))
        return self.tabs

    def accepts(self, case: dict) -> bool:
        return case["state"] in STATES and self.in_scope(case)

    def fetch(self) -> list[dict]:
        return queue(self.services.db, self.services.policy, STATES,
                     district=self.actor.district_code, limit=self.fetch_limit)

    def action_params(self, action: str) -> dict:
        return {"reason": self.reason_edit.text().strip() or None}

    def after_action(self, action: str, doc: dict) -> None:
        self.reason_edit.clear()

    def show_form(self) -> None:
        self.tabs.setCurrentWidget(self.form)
