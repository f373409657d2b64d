"""All open cases, read-only (leaders, inspectors at the center, technicians, viewers).

A leader may also register a leader's instruction (领导批办) from the form tab.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QTabWidget, QWidget

from console.domain.workflow import OPEN_STATES
from console.widgets.case_dock import CaseDock, PanelContext, scrolled
from console.widgets.report_form import ReportForm, registrable_sources

STATES = tuple(sorted(s.value for s in OPEN_STATES))


class OverviewDock(CaseDock):
    scope_role = "leader"
    columns = ("code", "light", "deadline", "state", "class", "grid", "department", "age")
    sort_column = "deadline"
    sort_order = Qt.AscendingOrder

    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("OverviewDock", "Open cases"), "OverviewDock",
                         context, parent)
        self.add_views([
            (self.tr("All open cases"), None),
            (self.tr("Overdue"), lambda c: bool(c.get("overdue"))),
            (self.tr("Urgent"), lambda c: bool(c.get("urgent"))),
            (self.tr("Waiting for acceptance"),
             lambda c: c["state"] in ("reported", "verifying", "adjudicating")),
            (self.tr("With departments"), lambda c: c["state"] in ("dispatched", "suspended")),
        ])

    def wrap_body(self, body: QWidget) -> QWidget:
        self.form: ReportForm | None = None
        if not registrable_sources(self.actor):
            return body
        self.tabs = QTabWidget(self)
        self.tabs.addTab(body, self.tr("Cases"))
        self.form = ReportForm(self.ctx, self.tabs)
        self.tabs.addTab(scrolled(self.form, self.tabs), self.tr("New report"))
        return self.tabs

    def in_scope(self, case: dict) -> bool:
        return not self.actor.district_code or case.get("district_code") == self.actor.district_code

    def show_form(self) -> None:
        if self.form is not None:
            self.tabs.setCurrentIndex(1)
