"""值班长: cases escalated by acceptors; also filed cases to cancel or transfer to the city."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLineEdit

from console.widgets.case_dock import CaseDock, PanelContext

STATES = ("adjudicating", "filed")


class AdjudicationDock(CaseDock):
    scope_role = "shift_leader"
    columns = ("code", "light", "deadline", "state", "level", "source", "class", "grid", "age")
    sort_column = "age"
    sort_order = Qt.DescendingOrder  # the longest waiting first
    offered = ("file", "reject", "cancel", "transfer_to_city", "transfer_to_district", "merge")

    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("AdjudicationDock", "Shift leader"), "AdjudicationDock", context, parent)
        self.add_views([
            (self.tr("Escalated"), lambda c: c["state"] == "adjudicating"),
            (self.tr("Filed, not dispatched"), lambda c: c["state"] == "filed"),
            (self.tr("All"), None),
        ])
        self.add_reason_edit(self.tr("Reason (needed to reject, cancel, transfer)"))
        self.into_edit = QLineEdit(self)
        self.into_edit.setObjectName("merge_into")
        self.into_edit.setPlaceholderText(self.tr("Original case code (to merge a duplicate into)"))
        self.into_edit.setClearButtonEnabled(True)
        self.body_layout.addWidget(self.into_edit)
        self.add_action_buttons(self.offered)

    def action_params(self, action: str) -> dict:
        params = super().action_params(action)
        if action == "merge":
            params["into"] = self.into_edit.text().strip() or None
        return params

    def after_action(self, action: str, doc: dict) -> None:
        super().after_action(action, doc)
        if action == "merge":
            self.into_edit.clear()

    def has_unsaved_input(self) -> bool:
        return super().has_unsaved_input() or bool(self.into_edit.text().strip())

    def in_scope(self, case: dict) -> bool:
        # A district shift leader sees the district's cases; the city one the city-level ones.
        if self.actor.district_code:
            return case.get("district_code") == self.actor.district_code and case.get("level") != "city"
        return True

