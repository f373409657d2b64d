"""值班长: cases escalated by acceptors; also filed cases to cancel or transfer to the city."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from console.domain.errors import ConsoleError
from console.services.panel_queries import possible_duplicates
from console.widgets import labels
from console.widgets.case_dock import CaseDock, PanelContext
from console.widgets.duplicate_counts import DuplicateCountsMixin

STATES = ("adjudicating", "filed")


class AdjudicationDock(DuplicateCountsMixin, CaseDock):
    scope_role = "shift_leader"
    columns = ("code", "duplicates", "light", "deadline", "state", "level", "source", "class", "grid", "age")
    sort_column = "age"
    sort_order = Qt.DescendingOrder  # the longest waiting first
    offered = ("file", "reject", "cancel", "transfer_to_city", "transfer_to_district", "merge")

    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("AdjudicationDock", "Shift leader"), "AdjudicationDock", context, parent)
        self.add_views([
            (self.tr("Escalated"), lambda c: c["state"] == "adjudicating"),
            (self.tr("Filed, not dispatched"), lambda c: c["state"] == "filed"),
            (self.tr("Possible duplicates"), lambda c: bool(c.get("duplicate_count"))),
            (self.tr("All"), None),
        ])
        self.add_reason_edit(self.tr("Reason (needed to reject, cancel, transfer)"))
        self.into_edit = QLineEdit(self)
        self.into_edit.setObjectName("merge_into")
        self.into_edit.setPlaceholderText(self.tr("Original case code (to merge a duplicate into)"))
        self.into_edit.setClearButtonEnabled(True)
        # the original, chosen among the selected case's possible duplicates, fills into_edit
        self.duplicates_combo = QComboBox(self)
        self.duplicates_combo.setObjectName("merge_candidates")
        self.duplicates_combo.setToolTip(self.tr(
            "Possible duplicates of the selected case (same class, within 50 m, open): "
            "choose the original to merge the selected case into"))
        self.duplicates_combo.activated.connect(self._on_duplicates_combo_activated)
        self._duplicates_for = None
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.duplicates_combo, 1)
        merge_row.addWidget(self.into_edit, 1)
        self.body_layout.addLayout(merge_row)
        self.add_action_buttons(self.offered)

    def on_current_case_changed(self, case: dict | None) -> None:
        key = (case["id"], case["version"]) if case else None
        if key == self._duplicates_for:
            return
        # from one case to another (not from or to none: a code typed first stays)
        other_case = (key is not None and self._duplicates_for is not None
                      and key[0] != self._duplicates_for[0])
        self._duplicates_for = key
        dups = []
        if case:
            try:
                dups = possible_duplicates(self.services.db, case["id"])
            except ConsoleError:
                dups = []
        combo = self.duplicates_combo
        combo.clear()
        if dups:
            combo.addItem(self.tr("Merge into… ({n} possible duplicates)").format(n=len(dups)), None)
            for d in dups:
                combo.addItem(self.tr("{code} · {state} · {distance} m").format(
                    code=d["code"], state=labels.state(d["state"]),
                    distance=f"{d['distance_m']:.0f}"), d["code"])
        else:
            combo.addItem(self.tr("No possible duplicates"), None)
        combo.setEnabled(bool(dups))
        if other_case:
            self.into_edit.clear()  # an original chosen for another case does not carry over

    def choose_original(self, code: str) -> bool:
        """Prefill the merge with one of the possible duplicates (as the combo does)."""
        index = self.duplicates_combo.findData(code)
        if index < 0:
            return False
        self.duplicates_combo.setCurrentIndex(index)
        self._on_duplicates_combo_activated(index)
        return True

    def _on_duplicates_combo_activated(self, index: int) -> None:
        code = self.duplicates_combo.itemData(index)
        if code:
            self.into_edit.setText(code)

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

