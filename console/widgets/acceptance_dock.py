"""受理: the queue of reported and verifying cases, and the new-report form."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QTabWidget, QWidget

from console.widgets.case_dock import CaseDock, PanelContext, scrolled
from console.widgets.duplicate_counts import DuplicateCountsMixin
from console.widgets.report_form import ReportForm

STATES = ("reported", "verifying")


class AcceptanceDock(DuplicateCountsMixin, CaseDock):
    scope_role = "acceptor"
    columns = ("code", "duplicates", "light", "deadline", "state", "source", "class", "grid", "age")
    sort_column = "age"  # newest first: smallest age on top
    sort_order = Qt.AscendingOrder
    offered = ("request_verification", "file", "reject", "escalate", "cancel", "transfer_to_city")

    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("AcceptanceDock", "Acceptance"), "AcceptanceDock", context, parent)
        self.add_views([
            (self.tr("All waiting"), None),
            (self.tr("To accept"), lambda c: c["state"] == "reported"),
            (self.tr("In verification"), lambda c: c["state"] == "verifying"),
            (self.tr("Possible duplicates"), lambda c: bool(c.get("duplicate_count"))),
        ])
        self.add_inspector_combo()  # who verifies (核实): the cell's inspector or one named
        self.add_reason_edit(self.tr("Reason or note (needed to reject, escalate, cancel, transfer)"))
        self.add_action_buttons(self.offered)

    def wrap_body(self, body: QWidget) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(body, self.tr("Queue"))
        self.form = ReportForm(self.ctx, self.tabs)
        self.tabs.addTab(scrolled(self.form, self.tabs), self.tr("New report"))
        return self.tabs

    def show_form(self) -> None:
        self.tabs.setCurrentIndex(1)
