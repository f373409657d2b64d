"""回访: replies to the callers who asked for one, after closing (结案) or after 不予受理.

The queue holds the closed and rejected reports of a callback source (public calls by
default, ``data/workflow.json``) whose caller wants a reply and was not reached yet, with
the caller's name and phone; cases reached in the last day stay listed (view "Reached")
so the acceptor sees what was recorded. Three buttons record the call in one click:
reached and satisfied, reached and not satisfied, not reached (try again later).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QPushButton

from console.domain import workflow
from console.services.panel_queries import callback_queue
from console.widgets.case_dock import CaseDock, PanelContext, may_ever

STATES = ("closed", "rejected")
#: reached cases stay in the list this long after the call (then only the detail shows them)
RECENT = timedelta(days=1)
#: (object name, contact, satisfaction) of the buttons, in order
OUTCOMES = (
    ("callback_satisfied", "reached", "satisfied"),
    ("callback_unsatisfied", "reached", "unsatisfied"),
    ("callback_unreached", "unreached", None),
)


def _recent(case: dict, now: datetime) -> bool:
    at = case.get("callback_at")
    if not at:
        return False
    when = datetime.fromisoformat(at)
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return now - when <= RECENT


class CallbackDock(CaseDock):
    scope_role = "acceptor"
    columns = ("code", "callback", "caller", "phone", "state", "closed", "class", "grid")
    sort_column = "closed"
    sort_order = Qt.DescendingOrder  # the latest closure first: the caller still remembers
    offered = ("callback",)
    states = STATES

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("CallbackDock", "Replies to callers"),
                         "CallbackDock", context, parent)
        self.add_views([
            (self.tr("To call back"), lambda c: c.get("callback_contact") != "reached"),
            (self.tr("Not reached yet"), lambda c: c.get("callback_contact") == "unreached"),
            (self.tr("Reached"), lambda c: c.get("callback_contact") == "reached"),
            (self.tr("All"), None),
        ])
        self.caller_label = QLabel(self)
        self.caller_label.setObjectName("caller")
        self.caller_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.caller_label.setWordWrap(True)
        self.body_layout.addWidget(self.caller_label)
        self.add_reason_edit(self.tr("What the caller said (optional)"))
        self.target_label = QLabel(self)
        self.target_label.setObjectName("action_target")
        self.body_layout.addWidget(self.target_label)
        grid = QGridLayout()
        grid.setSpacing(4)
        texts = {
            "callback_satisfied": self.tr("Reached: satisfied"),
            "callback_unsatisfied": self.tr("Reached: not satisfied"),
            "callback_unreached": self.tr("Not reached"),
        }
        self.outcome_buttons: dict[str, QPushButton] = {}
        if may_ever("callback", self.actor):
            for i, (name, contact, satisfaction) in enumerate(OUTCOMES):
                button = QPushButton(texts[name], self)
                button.setObjectName(name)
                button.setEnabled(False)
                button.clicked.connect(
                    lambda _=False, c=contact, s=satisfaction: self.record(c, s))
                grid.addWidget(button, 0, i)
                self.outcome_buttons[name] = button
        self.body_layout.addLayout(grid)
        self._update_actions()

    # --- the queue ------------------------------------------------------------------------

    def accepts(self, case: dict) -> bool:
        if case["state"] not in self.states or not case.get("reply_wanted"):
            return False
        if case.get("source") not in workflow.SETTINGS.callback_sources or not self.in_scope(case):
            return False
        return case.get("callback_contact") != "reached" or _recent(case, datetime.now(UTC))

    def fetch(self) -> list[dict]:
        return callback_queue(self.services.db, self.services.policy,
                              district=self.actor.district_code,
                              since=datetime.now(UTC) - RECENT, limit=self.fetch_limit)

    # --- recording the call ---------------------------------------------------------------

    def record(self, contact: str, satisfaction: str | None = None) -> dict | None:
        """Record the call to the selected case's caller (the ``callback`` action)."""
        extra = {"contact": contact}
        if satisfaction:
            extra["satisfaction"] = satisfaction
        return self.trigger("callback", **extra)

    def on_current_case_changed(self, case: dict | None) -> None:
        allowed = "callback" in self.allowed()
        for button in self.outcome_buttons.values():
            button.setEnabled(allowed)
        self.target_label.setText(self.target_text(case))
        if case is None:
            self.caller_label.setText("")
            return
        name = case.get("caller_name") or self.tr("(no name given)")
        phone = case.get("caller_phone") or self.tr("(no phone given)")
        self.caller_label.setText(self.tr("Caller: {name} · {phone}").format(name=name, phone=phone))
