"""派遣: filed cases by deadline with the suggested department pre-selected; feedback review;
urging; and, for the commander, postponements and parking (挂账)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout

from console.domain import workflow
from console.services.panel_queries import case_view_of, dispatch_targets
from console.widgets.case_dock import CaseDock, PanelContext

STATES = ("filed", "dispatched", "handled", "suspended")


class DispatchDock(CaseDock):
    scope_role = "dispatcher"
    columns = ("code", "light", "deadline", "state", "class", "grid", "suggested", "department",
               "postponement", "age")
    sort_column = "deadline"
    sort_order = Qt.AscendingOrder
    offered = ("dispatch", "accept_result", "reject_result", "urge", "approve_return", "deny_return",
               "recall", "approve_postponement", "deny_postponement", "suspend", "resume",
               "transfer_to_district")

    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("DispatchDock", "Dispatch"), "DispatchDock",
                         context, parent)
        self.add_views([
            (self.tr("To dispatch"), self._to_dispatch),
            (self.tr("Feedback to review"), lambda c: c["state"] == "handled"),
            (self.tr("Return requests"),
             lambda c: c["state"] == "dispatched" and bool(c.get("return_requested"))),
            (self.tr("Postponement requests"),
             lambda c: c["state"] == "dispatched" and bool(c.get("postponement_requested_until"))),
            (self.tr("With departments"), lambda c: c["state"] == "dispatched"),
            (self.tr("Suspended"), lambda c: c["state"] == "suspended"),
            (self.tr("All"), None),
        ])
        form = QFormLayout()
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("department")
        self.department_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        form.addRow(self.tr("Department"), self.department_combo)
        # 代处理 (seed 4.4.3): another department than the responsible one handles it
        self.proxy_check = QCheckBox(self.tr("Handled on behalf of the responsible department"), self)
        self.proxy_check.setObjectName("proxy")
        self.proxy_check.setEnabled(False)
        self.department_combo.currentIndexChanged.connect(self._on_department_combo_changed)
        form.addRow("", self.proxy_check)
        self.add_reason_edit(self.tr("Needed to send back, urge, recall, deny a return, suspend"), form,
                             self.tr("Reason or note"))
        self.body_layout.addLayout(form)
        self.add_action_buttons(self.offered, columns=4)

    def _to_dispatch(self, case: dict) -> bool:
        """Filed cases this user dispatches (the city: sends down). A district case filed at its
        district center is that center's to dispatch: the city dispatcher may not bypass it."""
        if case["state"] != "filed":
            return False
        allowed = workflow.allowed_actions(case_view_of(case), self.actor)
        return "dispatch" in allowed or "transfer_to_district" in allowed

    def on_current_case_changed(self, case: dict | None) -> None:
        """Departments of the case's level (and district), the suggested one pre-selected."""
        key = (case["id"], case["version"]) if case else None
        if key == getattr(self, "_department_for", None):
            return
        self._department_for = key
        self._suggested = case.get("suggested_department") if case else None
        self.department_combo.clear()
        self.proxy_check.setChecked(False)
        if not case or case["state"] != "filed":
            self.department_combo.setEnabled(False)
            self.proxy_check.setEnabled(False)
            return
        self.department_combo.setEnabled(True)
        targets = sorted(dispatch_targets(self.ctx.departments, case), key=lambda d: d["code"])
        for d in targets:
            self.department_combo.addItem(d["name"], d["code"])
        suggested = self.department_combo.findData(case.get("suggested_department"))
        # no suggestion among the case's targets (a city case suggesting a district's
        # department): the dispatcher chooses, the first name in the list is not a choice
        self.department_combo.setCurrentIndex(suggested)
        if suggested >= 0:
            self.department_combo.setItemText(
                suggested, self.tr("{name} (suggested)").format(name=targets[suggested]["name"]))

    def _on_department_combo_changed(self, *args) -> None:
        """代处理 is offered only for a department other than the suggested one."""
        other = (self.department_combo.isEnabled() and self.department_combo.currentData() is not None
                 and self.department_combo.currentData() != getattr(self, "_suggested", None))
        self.proxy_check.setEnabled(bool(other))
        if not other:
            self.proxy_check.setChecked(False)

    def action_params(self, action: str) -> dict:
        params = super().action_params(action)
        if action == "dispatch":
            params["department"] = self.department_combo.currentData()
            if self.proxy_check.isEnabled() and self.proxy_check.isChecked():
                params["proxy"] = True
        return params
