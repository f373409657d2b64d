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
    QToolButton,
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
from console.widgets.print_dialog import print_menu, save_form, send_to_printer

#: rows shown only when they have something to say (a short form on a 1366×768 screen)
OPTIONAL_ROWS = ("duplicates", "merged", "caller", "callback", "reporters")


class CaseDetailDock(QDockWidget):
    """The selected case. Links (possible duplicates, the original of a merged case) emit
    ``caseLinkActivated(case_id)``; the window selects that case everywhere."""

    errorRaised = pyqtSignal(str, str)  # noqa: N815
    caseLinkActivated = pyqtSignal(str)  # noqa: N815

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
            if key in ("duplicates", "merged"):
                value.setTextFormat(Qt.RichText)
                value.setTextInteractionFlags(Qt.TextBrowserInteraction)
                value.setOpenExternalLinks(False)
                value.linkActivated.connect(self._on_link_activated)
            self.form.addRow(title, value)
            self.values[key] = value
        self._field_keys = [key for key, _ in self._field_titles()]
        self._row_labels = {key: self.form.labelForField(self.values[key]) for key in OPTIONAL_ROWS}
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
        # scrolls when short: the thumbnails' height must not push a 1366×768 window taller
        photo_scroll = QScrollArea(self.tabs)
        photo_scroll.setWidgetResizable(True)
        photo_scroll.setFrameShape(QScrollArea.NoFrame)
        photo_scroll.setWidget(photo_page)
        self.tabs.addTab(photo_scroll, self.tr("Photos"))

        # 打印: the 派遣单 / 案卷 of the shown case (beside the tabs, hidden with them)
        self.print_button = QToolButton(self.tabs)
        self.print_button.setObjectName("print_case")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.InstantPopup)
        self.print_button.setMenu(print_menu(self.print_button, self.print_case))
        self.tabs.setCornerWidget(self.print_button, Qt.TopRightCorner)

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
            ("duplicates", self.tr("Possible duplicates")), ("merged", self.tr("Merged")),
            ("caller", self.tr("Caller")), ("callback", self.tr("Reply to caller")),
            ("stage", self.tr("Stage")), ("deadline", self.tr("Deadline")),
            ("handle_deadline", self.tr("Handling deadline")), ("source", self.tr("Source")),
            ("class", self.tr("Class")), ("description", self.tr("Description")), ("address", self.tr("Address")),
            ("urgent", self.tr("Urgent")), ("component", self.tr("Component")), ("grid", self.tr("Grid cell")),
            ("area", self.tr("Community")), ("level", self.tr("Level")), ("position", self.tr("Position")),
            ("reporter", self.tr("Reported by")), ("reporters", self.tr("All reporters")),
            ("inspector", self.tr("Inspector")),
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

    def print_case(self, form: str, printer: bool = False, path: str | None = None) -> str | None:
        """The shown case's form as a PDF (asked where, unless ``path``) or on a printer;
        returns the PDF's path. Rendering runs on the GUI thread (QGIS's layout export must):
        a busy cursor meanwhile."""
        if not self.case:
            return None
        try:
            if printer:
                send_to_printer(self, self.services, self.case, form)
                return None
            return save_form(self, self.services, self.case, form, path)
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("Print"), error_text(exc, self.ctx))
            return None

    def refresh_if_shown(self, case_ids) -> bool:
        if self.case and self.case["id"] in set(case_ids):
            self.show_case(self.case["id"])
            return True
        return False

    def _inspector_text(self, c: dict) -> str:
        """The cell's inspector and, when an order named someone else, who was sent."""
        cell = c.get("inspector") or "—"
        ordered = c.get("ordered_inspector")
        if not ordered or ordered == c.get("inspector"):
            return cell
        return self.tr("{ordered} (ordered; the cell's: {cell})").format(ordered=ordered, cell=cell)

    def _time(self, value: str | None) -> str:
        dt = parse_iso(value)
        return dt.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M") if dt else "—"

    def _deadline_text(self, c: dict) -> str:
        """The deadline, and a note when it was counted without the year's holidays."""
        text = self._time(c.get("deadline"))
        due = parse_iso(c.get("deadline"))
        if not c.get("deadline_estimated") or due is None:
            return text
        year = due.astimezone(self.ctx.zone).year
        return text + self.tr(" (estimated: holidays of {year} not loaded)").format(year=year)

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
            "deadline": self._deadline_text(c),
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
            "reporter": self._reporter_text(c),
            "inspector": self._inspector_text(c),
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
        v.update(self._people_texts(c))
        for key, text in v.items():
            self.values[key].setText(text)
        self._show_optional_rows({key for key in OPTIONAL_ROWS if v.get(key)})
        color = LIGHT_COLORS.get(c.get("light")) or ("#000000" if not c.get("overdue") else OVERDUE_COLOR)
        self.values["light"].setStyleSheet(f"color: {color}; font-weight: bold;")
        self.values["deadline"].setStyleSheet(f"color: {OVERDUE_COLOR};" if c.get("overdue") else "")

        self.timeline.clear()
        for e in c.get("history", []):
            state = labels.state(e.get("to"))
            if e.get("from") and e.get("from") != e.get("to"):
                state = f"{labels.state(e['from'])} → {state}"
            note = self._event_note(e)
            item = QTreeWidgetItem([self._time(e.get("at")), labels.action(e["action"]),
                                    self._event_actor(e), state, note])
            item.setToolTip(2, e.get("actor") or "")  # the login name, for the administrator
            item.setToolTip(4, note)
            self.timeline.addTopLevelItem(item)

        self.stages.clear()
        now = datetime.now(UTC)
        for span in stage_deadlines(c, self.services.policy, now):
            end = self.tr("running") if span["running"] else self._fmt(span["end"])
            # a stage still running is not "on time" yet: only a finished one can be
            ok = self.tr("late") if span["late"] else self.tr("running") if span["running"] \
                else self.tr("yes")
            item = QTreeWidgetItem([labels.stage(span["stage"]), self._fmt(span["start"]),
                                    self._fmt(span["deadline"]), end, ok])
            if span["late"]:
                for col in range(5):
                    item.setForeground(col, QBrush(QColor(OVERDUE_COLOR)))
            self.stages.addTopLevelItem(item)

        if photos_changed:
            self.photos.set_photos(c.get("photos", []))
            self.tabs.setTabText(3, self.tr("Photos ({n})").format(n=len(c.get("photos", []))))

    def _show_optional_rows(self, shown: set[str]) -> None:
        """Take the empty optional rows out of the form and put the others back in their
        place (a hidden row would still leave its spacing)."""
        for key in OPTIONAL_ROWS:
            value, label = self.values[key], self._row_labels[key]
            row, _ = self.form.getWidgetPosition(value)
            if row >= 0 and key not in shown:
                self.form.takeRow(row)
                value.hide()
                label.hide()
        position = 0
        for key in self._field_keys:
            value = self.values[key]
            present = self.form.getWidgetPosition(value)[0] >= 0
            if key in OPTIONAL_ROWS and key in shown and not present:
                label = self._row_labels[key]
                self.form.insertRow(position, label, value)
                label.show()
                value.show()
                present = True
            if present:
                position += 1

    # --- people, callers, duplicates -------------------------------------------------------

    def _reporter_text(self, c: dict) -> str:
        first = (c.get("reporters") or [{}])[0]
        return first.get("reporter_name") or c.get("reporter") or "—"

    def _people_texts(self, c: dict) -> dict[str, str]:
        """Caller, callback, every reporter (merged duplicates' too), duplicates as links."""
        out = {"caller": "", "callback": "", "reporters": "", "duplicates": "", "merged": ""}
        if c.get("caller_name") or c.get("caller_phone") or c.get("reply_wanted"):
            parts = [c.get("caller_name") or self.tr("(no name)"), c.get("caller_phone") or ""]
            parts.append(self.tr("wants a reply") if c.get("reply_wanted") else self.tr("no reply wanted"))
            out["caller"] = " · ".join(p for p in parts if p)
        out["callback"] = self.callback_text(c)
        reporters = c.get("reporters") or []
        if len(reporters) > 1:
            lines = []
            for r in reporters:
                who = r.get("caller_name") or r.get("reporter_name") or r.get("reporter") or ""
                phone = f" {r['caller_phone']}" if r.get("caller_phone") else ""
                lines.append(f"{r.get('case') or ''} · {labels.source(r.get('source'))} · {who}{phone}")
            out["reporters"] = "\n".join(lines)
        dups = c.get("possible_duplicates") or []
        if dups:
            out["duplicates"] = "<br>".join(
                self.tr("{link} {state}, {distance} m").format(
                    link=f'<a href="case:{d["id"]}">{d["code"]}</a>', state=labels.state(d["state"]),
                    distance=f"{d['distance_m']:.0f}")
                for d in dups)
        merged = []
        if c.get("merged_into"):
            merged.append(self.tr("into {link}").format(
                link=f'<a href="code:{c["merged_into"]}">{c["merged_into"]}</a>'))
        if c.get("merged_from"):
            merged.append(self.tr("duplicates merged here: {codes}").format(
                codes=", ".join(f'<a href="code:{code}">{code}</a>' for code in c["merged_from"])))
        out["merged"] = "<br>".join(merged)
        return out

    def callback_text(self, c: dict) -> str:
        """回访: the reply recorded, or that one is still due ("" when none applies)."""
        contact = c.get("callback_contact")
        when = self._time(c.get("callback_at")) if c.get("callback_at") else ""
        if contact == "reached":
            verdict = {"satisfied": self.tr("satisfied"), "unsatisfied": self.tr("not satisfied")}.get(
                c.get("callback_satisfaction") or "", "")
            return " · ".join(p for p in (self.tr("caller reached"), verdict, when) if p)
        if contact == "unreached":
            return " · ".join(p for p in (self.tr("caller not reached yet"), when) if p)
        if c.get("reply_wanted") and c.get("state") in ("closed", "rejected"):
            return self.tr("reply due")
        if c.get("reply_wanted"):
            return self.tr("after closing")
        return ""

    def _event_actor(self, e: dict) -> str:
        name = e.get("actor_name") or e.get("actor") or ""
        dept = e.get("actor_department_name")
        return f"{name}（{dept}）" if dept else name

    def _event_note(self, e: dict) -> str:
        """The note, after the department the action names (dispatch: to whom)."""
        payload = e.get("payload") or {}
        extra = []
        if e.get("department_name") or e.get("department"):
            extra.append("→ " + (e.get("department_name") or self.ctx.department_name(e.get("department"))))
            if e.get("proxy_handling"):
                extra[-1] += self.tr(" (on behalf)")
        if e["action"] == "merge":
            if payload.get("duplicate"):
                extra.append(self.tr("duplicate {code} merged here").format(code=payload["duplicate"]))
            elif payload.get("into"):
                extra.append(self.tr("merged into {code}").format(code=payload["into"]))
        if e["action"] == "callback":
            extra.append({"reached": self.tr("caller reached"),
                          "unreached": self.tr("caller not reached")}.get(payload.get("contact"), ""))
            extra.append({"satisfied": self.tr("satisfied"),
                          "unsatisfied": self.tr("not satisfied")}.get(payload.get("satisfaction"), ""))
        return " · ".join(p for p in [*extra[:1], e.get("note") or "", *extra[1:]] if p)

    def _on_link_activated(self, link: str) -> None:
        kind, _, ref = link.partition(":")
        if kind == "code":  # a merged case names its original by code
            try:
                ref = self.services.queries.show(ref)["id"]
            except ConsoleError as exc:
                self.errorRaised.emit(self.tr("Case detail"), error_text(exc, self.ctx))
                return
        if ref:
            self.caseLinkActivated.emit(ref)

    def _fmt(self, dt: datetime | None) -> str:
        return dt.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M") if dt else "—"
