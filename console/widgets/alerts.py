"""Notices for the cases a user must look at now: new urgent, returned, escalated, overdue.

``AlertCenter`` lives on the GUI thread. It is fed the changed cases the change poller brings
(``observe``) and the window's own actions (``observe(..., quiet=True)``: one does not need a
notice about what one just did), remembers a small snapshot of each open case in the user's
scope, and ticks a clock for deadlines that pass without any change (``check_overdue``).
The rules of who gets which notice are in ``console.services.alert_rules`` (no Qt).

Each notice is a dismissable ``QgsMessageBar`` item with a "Show" button that selects the
case everywhere; many at once collapse into one item per kind. Every notice also lands in
the history (``AlertHistoryDialog``). A beep goes with them where the sound is on (the
setting ``alerts/sound``; on by default on the video wall).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from qgis.core import Qgis
from qgis.gui import QgsMessageBar, QgsMessageBarItem
from qgis.PyQt.QtCore import QObject, QSettings, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from console.domain.workflow import OPEN_STATES, Actor
from console.services import alert_rules
from console.services.alert_rules import ESCALATED, OVERDUE, RETURNED, URGENT, Snapshot
from console.services.panel_queries import queue
from console.widgets import labels
from console.widgets.read_task import ReadTask, cancel, start
from console.widgets.settings import APPLICATION, ORGANIZATION

CHECK_MS = 30_000  # how often passing deadlines are looked for
MAX_ITEMS_PER_KIND = 3  # more notices of one kind at once collapse into one item
HISTORY = 300
SOUND_KEY = "alerts/sound"
SEED_LIMIT = 50_000

LEVELS = {URGENT: Qgis.Critical, OVERDUE: Qgis.Critical, RETURNED: Qgis.Warning,
          ESCALATED: Qgis.Warning}


def _settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def sound_enabled(video_wall: bool) -> bool:
    value = _settings().value(SOUND_KEY, None)
    if value is None:
        return video_wall
    return str(value).lower() in ("1", "true", "yes")


def set_sound_enabled(on: bool) -> None:
    _settings().setValue(SOUND_KEY, bool(on))


class AlertCenter(QObject):
    #: (kind, case dict) for every notice raised for this user
    alertRaised = pyqtSignal(str, object)  # noqa: N815

    def __init__(self, services, actor: Actor, message_bar: QgsMessageBar,
                 select_case: Callable[[str], None], video_wall: bool = False, parent=None):
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.message_bar = message_bar
        self._select_case = select_case
        self.video_wall = video_wall
        self.snapshots: dict[str, Snapshot] = {}
        self._cases: dict[str, dict] = {}
        self.history: list[dict] = []
        self.seeded = False
        self._task: ReadTask | None = None
        self.sound = sound_enabled(video_wall)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    # --- feeding -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the open cases of the user's scope off the GUI thread, then tick."""
        actor = self.actor
        department = actor.department_code if actor.roles == frozenset({"department"}) else None
        district = actor.district_code
        db, policy = self.services.db, self.services.policy
        states = [s.value for s in OPEN_STATES]

        def fetch():
            return queue(db, policy, states, department=department, district=district,
                         limit=SEED_LIMIT)

        self._task = start(ReadTask(self.tr("Loading open cases for notices"), fetch,
                                    self._on_seed_done, self._on_seed_failed))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        cancel(self._task)
        self._task = None

    def _on_seed_done(self, cases) -> None:
        self._task = None
        self.seed(cases or [])

    def _on_seed_failed(self, exc: Exception) -> None:
        self._task = None
        self.seeded = True  # start from what the feed brings

    def seed(self, cases, now: datetime | None = None) -> None:
        """Remember cases without raising anything (already overdue ones stay quiet)."""
        now = now or datetime.now(UTC)
        for case in cases:
            if case["id"] in self.snapshots:  # the feed was faster: it knows better
                continue
            if case.get("state") in alert_rules.QUIET_STATES:
                continue
            self.snapshots[case["id"]] = Snapshot.of(case, now)
            self._cases[case["id"]] = case
        self.seeded = True

    def observe(self, cases, quiet: bool = False, now: datetime | None = None) -> list[tuple[str, dict]]:
        """Changed cases (current JSON): remember them and raise what concerns this user.
        Returns the notices raised (kind, case)."""
        now = now or datetime.now(UTC)
        raised: list[tuple[str, dict]] = []
        for case in cases:
            case_id = case["id"]
            before = self.snapshots.get(case_id)
            if not quiet:
                mine = case.get("reporter") == self.actor.name
                for kind in alert_rules.changes(before, case, reporter_is_me=mine):
                    if alert_rules.concerns(self.actor, kind, case, self.video_wall):
                        raised.append((kind, case))
            if case.get("state") in alert_rules.QUIET_STATES or not alert_rules.in_scope(self.actor, case):
                self.snapshots.pop(case_id, None)
                self._cases.pop(case_id, None)
                continue
            deadline = alert_rules.parse_time(case.get("deadline"))
            if quiet:
                red = alert_rules.is_red(case, deadline, now)
            elif before is not None and before.deadline == deadline and before.state == case["state"]:
                red = before.red
            else:
                red = False  # a new clock: the timer below says when it passes
            self.snapshots[case_id] = Snapshot(case["state"], bool(case.get("return_requested")),
                                               deadline, red)
            self._cases[case_id] = case
        raised += self._overdue(now, notify=not quiet)
        self._notify(raised)
        return raised

    def check_overdue(self, now: datetime | None = None) -> list[tuple[str, dict]]:
        """Deadlines that passed since the last look (the clock, not a change)."""
        raised = self._overdue(now or datetime.now(UTC))
        self._notify(raised)
        return raised

    def _overdue(self, now: datetime, notify: bool = True) -> list[tuple[str, dict]]:
        out = []
        for case_id in alert_rules.newly_red(self.snapshots, now):
            snap = self.snapshots[case_id]
            self.snapshots[case_id] = Snapshot(snap.state, snap.return_requested, snap.deadline, True)
            case = self._cases.get(case_id)
            if notify and case is not None and alert_rules.concerns(
                    self.actor, OVERDUE, case, self.video_wall):
                out.append((OVERDUE, case))
        return out

    def _on_timer_timeout(self) -> None:
        self.check_overdue()

    # --- showing -------------------------------------------------------------------------

    def title(self, kind: str) -> str:
        return {URGENT: self.tr("Urgent case"), RETURNED: self.tr("Return requested"),
                ESCALATED: self.tr("For the shift leader"), OVERDUE: self.tr("Overdue")}[kind]

    def text(self, kind: str, case: dict) -> str:
        code = case.get("code", "")
        if kind == URGENT:
            where = case.get("address") or case.get("grid_code") or ""
            return self.tr("New urgent case {code}: {description} ({where})").format(
                code=code, description=(case.get("description") or "")[:40], where=where)
        if kind == RETURNED:
            return self.tr("The department asks to return case {code}: {reason}").format(
                code=code, reason=case.get("return_reason") or "—")
        if kind == ESCALATED:
            return self.tr("Case {code} waits for the shift leader's decision").format(code=code)
        return self.tr("Case {code} is overdue ({state})").format(
            code=code, state=labels.state(case.get("state", "")))

    def _notify(self, raised: list[tuple[str, dict]]) -> None:
        if not raised:
            return
        now = datetime.now(UTC)
        by_kind: dict[str, list[dict]] = {}
        for kind, case in raised:
            by_kind.setdefault(kind, []).append(case)
            self.history.insert(0, {"kind": kind, "case_id": case["id"], "code": case.get("code"),
                                    "at": now, "text": self.text(kind, case)})
            self.alertRaised.emit(kind, case)
        del self.history[HISTORY:]
        # the bar shows its last item on top: the most pressing kind is pushed last
        for kind in (ESCALATED, RETURNED, OVERDUE, URGENT):
            cases = by_kind.get(kind)
            if not cases:
                continue
            if len(cases) <= MAX_ITEMS_PER_KIND:
                for case in cases:
                    self._push(kind, self.text(kind, case), case["id"])
            else:
                codes = "、".join(c.get("code", "") for c in cases[:5])
                text = self.tr("{n} cases: {codes}…").format(n=len(cases), codes=codes)
                self._push(kind, text, cases[0]["id"])
        if self.sound:
            QApplication.beep()

    def _push(self, kind: str, text: str, case_id: str) -> None:
        button = QPushButton(self.tr("Show"), self.message_bar)  # owned by Qt, not by Python
        button.setObjectName("alert_show")
        button.clicked.connect(lambda _=False, c=case_id: self._select_case(c))
        item = QgsMessageBarItem(self.title(kind), text, button, LEVELS[kind],
                                 60 if self.video_wall else 0)  # 0: until dismissed
        item.setObjectName(f"alert_{kind}")
        item.setProperty("case_id", case_id)
        self.message_bar.pushItem(item)

    def items(self) -> list[QgsMessageBarItem]:
        return [i for i in self.message_bar.items() if i.objectName().startswith("alert_")]

    def set_sound(self, on: bool) -> None:
        self.sound = bool(on)
        set_sound_enabled(on)


class AlertHistoryDialog(QDialog):
    """The notices of this session, newest first; double-click selects the case."""

    def __init__(self, center: AlertCenter, parent=None):
        super().__init__(parent)
        self.setObjectName("AlertHistoryDialog")
        self.setWindowTitle(self.tr("Notices"))
        self.center = center
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        zone = center.services.policy.calendar.zone
        for entry in center.history:
            at = entry["at"].astimezone(zone).strftime("%H:%M:%S")
            item = QListWidgetItem(f"{at}  {center.title(entry['kind'])} · {entry['text']}")
            item.setData(Qt.UserRole, entry["case_id"])
            self.list.addItem(item)
        if not center.history:
            item = QListWidgetItem(self.tr("No notices yet."))
            item.setFlags(Qt.NoItemFlags)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.UserRole)
        if case_id:
            self.center._select_case(case_id)
