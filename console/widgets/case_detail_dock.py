"""Case detail: every field, the timeline from the audit trail, photos, deadlines per stage."""

from __future__ import annotations

from datetime import UTC, datetime

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.errors import ConsoleError
from console.services.panel_queries import area_names, stage_deadlines
from console.widgets import labels
from console.widgets.case_dock import PanelContext, error_text
from console.widgets.case_table_model import LIGHT_COLORS, OVERDUE_COLOR, parse_iso
from console.widgets.photo_strip import PhotoStrip


class CaseDetailDock(QDockWidget):
    errorRaised = pyqtSignal(str, str)  # noqa: N815

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("CaseDetailDock", "Case detail"), parent)
        self.setObjectName("CaseDetailDock")
        self.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.ctx = context
        self.services = context.services
        self.case: dict | None = None

        self.tabs = QTabWidget(self)
        # fields
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        page = QWidget(scroll)
        self.form = QFormLayout(page)
        self.form.setLabelAlignment(Qt.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key, title in self._field_titles():
            value = QLabel("—", page)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setObjectName(f"field_{key}")
            self.form.addRow(title, value)
            self.values[key] = value
        scroll.setWidget(page)
        self.tabs.addTab(scroll, self.tr("Fields"))

        # timeline
        self.timeline = QTreeWidget(self.tabs)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels([self.tr("Time"), self.tr("Action"), self.tr("By"),
                                       self.tr("State"), self.tr("Note")])
        self.timeline.setSelectionMode(QAbstractItemView.NoSelection)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.timeline.header().setStretchLastSection(True)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        # deadlines per stage
        self.stages = QTreeWidget(self.tabs)
        self.stages.setRootIsDecorated(False)
        self.stages.setHeaderLabels([self.tr("Stage"), self.tr("Started"), self.tr("Deadline"),
                                     self.tr("Ended"), self.tr("On time")])
        self.stages.setSelectionMode(QAbstractItemView.NoSelection)
        self.stages.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tabs.addTab(self.stages, self.tr("Deadlines"))

        # photos
        photo_page = QWidget(self.tabs)
        QVBoxLayout(photo_page).addWidget(PhotoStrip(self.services, photo_page))
        self.photos = photo_page.findChild(PhotoStrip)
        self.tabs.addTab(photo_page, self.tr("Photos"))

        self.placeholder = QLabel(self.tr("Select a case in a list or on the map."), self)
        self.placeholder.setAlignment(Qt.AlignCenter)
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.tabs, 1)
        self.tabs.setVisible(False)
        self.setWidget(container)

    def _field_titles(self):
        return (
            ("code", self.tr("Case")), ("state", self.tr("State")), ("light", self.tr("Time limit")),
            ("stage", self.tr("Stage")), ("deadline", self.tr("Deadline")),
            ("handle_deadline", self.tr("Handling deadline")), ("source", self.tr("Source")),
            ("class", self.tr("Class")), ("description", self.tr("Description")), ("address", self.tr("Address")),
            ("urgent", self.tr("Urgent")), ("component", self.tr("Component")), ("grid", self.tr("Grid cell")),
            ("area", self.tr("Community")), ("level", self.tr("Level")), ("position", self.tr("Position")),
            ("reporter", self.tr("Reported by")), ("inspector", self.tr("Inspector")),
            ("suggested", self.tr("Suggested department")), ("department", self.tr("Department")),
            ("postponement", self.tr("Postponement requested until")),
            ("verification", self.tr("Verification")), ("check", self.tr("Inspection")),
            ("counts", self.tr("Reworks / returns / urges")), ("close_type", self.tr("Close type")),
            ("registered", self.tr("Registered")), ("closed", self.tr("Closed")),
            ("updated", self.tr("Last change")), ("version", self.tr("Version")),
        )

    # --- content -----------------------------------------------------------------------

    def shown_case_id(self) -> str | None:
        return self.case["id"] if self.case else None

    def show_case(self, case_id: str | None) -> None:
        if not case_id:
            self.case = None
            self.tabs.setVisible(False)
            self.placeholder.setVisible(True)
            return
        try:
            doc = self.services.queries.show(case_id)
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("Case detail"), error_text(exc, self.ctx))
            return
        self._fill(doc)

    def refresh_if_shown(self, case_ids) -> bool:
        if self.case and self.case["id"] in set(case_ids):
            self.show_case(self.case["id"])
            return True
        return False

    def _time(self, value: str | None) -> str:
        dt = parse_iso(value)
        return dt.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M") if dt else "—"

    def _fill(self, c: dict) -> None:
        photos_changed = self.case is None or self.case["id"] != c["id"] or \
            [p["id"] for p in self.case.get("photos", [])] != [p["id"] for p in c.get("photos", [])]
        self.case = c
        self.placeholder.setVisible(False)
        self.tabs.setVisible(True)
        self.setWindowTitle(self.tr("Case {code}").format(code=c["code"]))
        names = area_names(self.services.db, c.get("community_code"))
        v = {
            "code": c["code"],
            "state": labels.state(c["state"]),
            "light": labels.light(c.get("light")) or "—",
            "stage": labels.stage(c.get("stage")) or "—",
            "deadline": self._time(c.get("deadline")),
            "handle_deadline": self._time(c.get("handle_deadline")),
            "source": labels.source(c.get("source")),
            "class": f"{labels.kind(c['kind'])} · {self.ctx.class_name(c['kind'], c['class_code'])}",
            "description": c.get("description") or "—",
            "address": c.get("address") or "—",
            "urgent": labels.yes_no(c.get("urgent")),
            "component": c.get("component") or "—",
            "grid": c.get("grid_code") or "—",
            "area": (f"{names['community']} · {names['street']} · {names['district']}"
                     if names else c.get("community_code") or "—"),
            "level": labels.level(c.get("level")),
            "position": f"X {c['x']:.1f} m, Y {c['y']:.1f} m · {c['lon']:.6f}°E {c['lat']:.6f}°N",
            "reporter": c.get("reporter") or "—",
            "inspector": c.get("inspector") or "—",
            "suggested": self.ctx.department_name(c.get("suggested_department")) or "—",
            "department": self.ctx.department_name(c.get("department")) or "—",
            "postponement": self._time(c.get("postponement_requested_until")),
            "verification": labels.check_result(c.get("verification_result")) or "—",
            "check": labels.check_result(c.get("check_result")) or "—",
            "counts": f"{c.get('rework_count', 0)} / {c.get('return_count', 0)} / {c.get('urge_count', 0)}",
            "close_type": labels.close_type(c.get("close_type")) or "—",
            "registered": self._time(c.get("registered_at")),
            "closed": self._time(c.get("closed_at")),
            "updated": self._time(c.get("updated_at")),
            "version": str(c.get("version")),
        }
        for key, text in v.items():
            self.values[key].setText(text)
        color = LIGHT_COLORS.get(c.get("light")) or ("#000000" if not c.get("overdue") else OVERDUE_COLOR)
        self.values["light"].setStyleSheet(f"color: {color}; font-weight: bold;")
        self.values["deadline"].setStyleSheet(f"color: {OVERDUE_COLOR};" if c.get("overdue") else "")

        self.timeline.clear()
        for e in c.get("history", []):
            state = labels.state(e.get("to"))
            if e.get("from") and e.get("from") != e.get("to"):
                state = f"{labels.state(e['from'])} → {state}"
            item = QTreeWidgetItem([self._time(e.get("at")), labels.action(e["action"]),
                                    e.get("actor") or "", state, e.get("note") or ""])
            item.setToolTip(4, e.get("note") or "")
            self.timeline.addTopLevelItem(item)

        self.stages.clear()
        now = datetime.now(UTC)
        for span in stage_deadlines(c, self.services.policy, now):
            end = self.tr("running") if span["running"] else self._fmt(span["end"])
            ok = self.tr("late") if span["late"] else self.tr("yes")
            item = QTreeWidgetItem([labels.stage(span["stage"]), self._fmt(span["start"]),
                                    self._fmt(span["deadline"]), end, ok])
            if span["late"]:
                for col in range(5):
                    item.setForeground(col, QBrush(QColor(OVERDUE_COLOR)))
            self.stages.addTopLevelItem(item)

        if photos_changed:
            self.photos.set_photos(c.get("photos", []))
            self.tabs.setTabText(3, self.tr("Photos ({n})").format(n=len(c.get("photos", []))))

    def _fmt(self, dt: datetime | None) -> str:
        return dt.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M") if dt else "—"
