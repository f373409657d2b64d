"""Component maintenance (部件维护): GIS technicians keep the component layer up to date.

The dock has the selected component (its fields and edit history; change its state, owner,
maintainer or note; move it; retire it with a reason) and a form for a new one (class by
type-ahead or major/minor, state, owner, maintainer, note, then a click on the map). Every
edit goes through ``ComponentService``, which checks the user's role and the location; its
refusal is shown in the message bar (``errorRaised``).

The dock never touches the map. It asks for a click (``pickRequested('add' | 'move')``) or
for the select tool (``selectRequested(on)``); the main window routes the map's answers back
(``apply_pick``, ``show_component``) and, after ``componentChanged``, repaints the component
layer. Main thread only; each service call is one short transaction.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.codes import parent_codes
from console.domain.errors import ConsoleError, NotFound
from console.domain.workflow import Actor
from console.services.component_service import EDITOR_ROLES, STATES
from console.services.panel_queries import area_names
from console.widgets.case_dock import PanelContext, error_text
from console.widgets.case_table_model import parse_iso
from console.widgets.class_picker import ClassPicker

# The service's state values are the standard's Chinese terms; the UI shows them translated.
STATE_LABELS = {
    "完好": QT_TRANSLATE_NOOP("GisDock", "Intact"),
    "破损": QT_TRANSLATE_NOOP("GisDock", "Damaged"),
    "丢失": QT_TRANSLATE_NOOP("GisDock", "Missing"),
    "占用": QT_TRANSLATE_NOOP("GisDock", "Occupied"),
}
OP_LABELS = {
    "insert": QT_TRANSLATE_NOOP("GisDock", "Added"),
    "update": QT_TRANSLATE_NOOP("GisDock", "Changed"),
    "delete": QT_TRANSLATE_NOOP("GisDock", "Retired"),
}
# notes the service writes itself (the technician's own notes are shown as typed)
SERVICE_NOTES = {"moved": QT_TRANSLATE_NOOP("GisDock", "Moved")}
# the facts shown as text; state, owner, maintainer and note are shown in their inputs
FIELDS = (
    ("code", QT_TRANSLATE_NOOP("GisDock", "Code")),
    ("class", QT_TRANSLATE_NOOP("GisDock", "Class")),
    ("grid", QT_TRANSLATE_NOOP("GisDock", "Grid cell")),
    ("position", QT_TRANSLATE_NOOP("GisDock", "Position")),
    ("installed", QT_TRANSLATE_NOOP("GisDock", "Installed on")),
    ("changed", QT_TRANSLATE_NOOP("GisDock", "Changed on")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GisDock", text)


def state_label(state: str | None) -> str:
    if not state:
        return ""
    source = STATE_LABELS.get(state)
    return _tr(source) if source else state


def may_maintain_components(actor: Actor) -> bool:
    """Whether the user gets the dock (the service checks again on every edit)."""
    return bool(actor.all_roles & EDITOR_ROLES)


class GisDock(QDockWidget):
    pickRequested = pyqtSignal(str)  # noqa: N815  ('add' or 'move': a click on the map, please)
    selectRequested = pyqtSignal(bool)  # noqa: N815  (the map's component select tool on/off)
    componentChanged = pyqtSignal(object)  # noqa: N815  (component dict, or {code, retired})
    errorRaised = pyqtSignal(str, str)  # noqa: N815  (title, message)
    infoRaised = pyqtSignal(str)  # noqa: N815

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(QCoreApplication.translate("GisDock", "Component maintenance"), parent)
        self.setObjectName("GisDock")
        self.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.ctx = context
        self.services = context.services
        self.actor = context.actor
        self.component: dict | None = None
        self.departments = self.services.reference.departments()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(body)
        self.tabs.addTab(self._build_selected_page(), self.tr("Selected component"))
        self.tabs.addTab(self._build_new_page(), self.tr("New component"))
        # beside the tabs: the select tool serves both (select, then edit or compare)
        self.select_button = QPushButton(self.tr("Select on map"), self.tabs)
        self.select_button.setObjectName("select_component")
        self.select_button.setCheckable(True)
        self.select_button.setToolTip(self.tr("Click components on the map to show and edit them"))
        self.select_button.toggled.connect(self._on_select_button_toggled)
        self.tabs.setCornerWidget(self.select_button, Qt.TopRightCorner)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self._fill(None)

    # --- construction ------------------------------------------------------------------

    def _build_selected_page(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)

        self.placeholder = QLabel(self.tr(
            "No component selected. Press “Select on map” and click a component, or find "
            "one by its code."), page)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #666;")
        layout.addWidget(self.placeholder)

        self.details = QWidget(page)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        # One form: the facts as text, then what may change as inputs holding the current
        # values (shown once, not again as text); Save sends only what differs.
        fields = QFormLayout()
        fields.setLabelAlignment(Qt.AlignRight)
        fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, title in FIELDS:
            value = QLabel("—", self.details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setObjectName(f"field_{key}")
            fields.addRow(_tr(title), value)
            self.values[key] = value
        self.state_combo = self._state_combo(self.details)
        fields.addRow(self.tr("State"), self.state_combo)
        self.owner_combo = self._department_combo(self.details, self.tr("None"))
        fields.addRow(self.tr("Owner"), self.owner_combo)
        self.maintainer_combo = self._department_combo(self.details, self.tr("None"))
        fields.addRow(self.tr("Maintainer"), self.maintainer_combo)
        self.note_edit = QLineEdit(self.details)
        self.note_edit.setObjectName("component_note")
        fields.addRow(self.tr("Note"), self.note_edit)
        for signal in (self.state_combo.currentIndexChanged, self.owner_combo.currentIndexChanged,
                       self.maintainer_combo.currentIndexChanged, self.note_edit.textChanged):
            signal.connect(self._update_buttons)
        details.addLayout(fields)

        buttons = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Move on map…"), self.details)
        self.move_button.setObjectName("move_component")
        self.move_button.setToolTip(self.tr("Click the new place of the component on the map"))
        self.move_button.clicked.connect(self._on_move_button_clicked)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Undo changes"), self.details)
        self.revert_button.setObjectName("revert_component")
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("Save changes"), self.details)
        self.save_button.setObjectName("save_component")
        self.save_button.clicked.connect(self.save_changes)
        buttons.addWidget(self.save_button)
        details.addLayout(buttons)

        retire_box = QGroupBox(self.tr("Retire"), self.details)
        retire = QHBoxLayout(retire_box)
        self.reason_edit = QLineEdit(retire_box)
        self.reason_edit.setObjectName("retire_reason")
        self.reason_edit.setPlaceholderText(self.tr("Reason (required): demolished, surveyed twice…"))
        retire.addWidget(self.reason_edit, 1)
        self.retire_button = QPushButton(self.tr("Retire"), retire_box)
        self.retire_button.setObjectName("retire_component")
        self.retire_button.setToolTip(self.tr(
            "Remove the component from the layer; its edit history is kept"))
        self.retire_button.clicked.connect(self.retire_component)
        retire.addWidget(self.retire_button)
        details.addWidget(retire_box)

        self.history = QTreeWidget(self.details)
        self.history.setObjectName("component_history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("Edit"),
                                      self.tr("Note")])
        self.history.setSelectionMode(QAbstractItemView.NoSelection)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        self.history.setMinimumHeight(90)
        history_box = QGroupBox(self.tr("Edit history"), self.details)
        QVBoxLayout(history_box).addWidget(self.history)
        details.addWidget(history_box, 1)

        layout.addWidget(self.details)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _build_new_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.class_picker = ClassPicker(self.services.catalog, "component", page)
        form.addRow(self.tr("Class"), self.class_picker)
        self.new_state_combo = self._state_combo(page)
        form.addRow(self.tr("State"), self.new_state_combo)
        self.new_owner_combo = self._department_combo(page, self.tr("Usual owner of the class"))
        form.addRow(self.tr("Owner"), self.new_owner_combo)
        self.new_maintainer_combo = self._department_combo(page, self.tr("Same as the owner"))
        form.addRow(self.tr("Maintainer"), self.new_maintainer_combo)
        self.new_note_edit = QLineEdit(page)
        self.new_note_edit.setObjectName("new_component_note")
        self.new_note_edit.setPlaceholderText(self.tr("Optional"))
        form.addRow(self.tr("Note"), self.new_note_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("Pick on map and add"), page)
        self.add_button.setObjectName("add_component")
        self.add_button.setToolTip(self.tr("The component is added where you click on the map"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _state_combo(self, parent) -> QComboBox:
        combo = QComboBox(parent)
        for state in STATES:
            combo.addItem(state_label(state), state)
        return combo

    def _department_combo(self, parent, empty_text: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(empty_text, "")
        for d in self.departments:
            combo.addItem(d["name"], d["code"])
            combo.setItemData(combo.count() - 1, d["code"], Qt.ToolTipRole)
        return combo

    # --- the selected component ----------------------------------------------------------

    def show_component(self, code: str) -> bool:
        """Show a component by its code (a click on the map, a search); False if unknown."""
        try:
            doc = self.services.components.show(code)
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("Component {code}").format(code=code), error_text(exc, self.ctx))
            return False
        self.tabs.setCurrentIndex(0)
        self._fill(doc)
        return True

    def clear_component(self) -> None:
        self._fill(None)

    def current_code(self) -> str | None:
        return self.component["code"] if self.component else None

    def refresh_if_shown(self, ids) -> bool:
        """Re-read the shown component if another edit (here or elsewhere) changed it."""
        if self.component is None or self.component["id"] not in set(ids):
            return False
        code = self.component["code"]
        try:
            doc = self.services.components.show(code)
        except NotFound:
            self._fill(None)
            self.infoRaised.emit(self.tr("Component {code} was retired.").format(code=code))
            return True
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("Component {code}").format(code=code), error_text(exc, self.ctx))
            return False
        self._fill(doc, keep_edits=True)
        return True

    def _fill(self, c: dict | None, keep_edits: bool = False) -> None:
        edited = keep_edits and self._changes()
        if c is None or self.current_code() != c["code"]:
            self.reason_edit.clear()  # a reason typed for one component is not another's
        self.component = c
        self.placeholder.setVisible(c is None)
        self.details.setVisible(c is not None)
        if c is None:
            self.history.clear()
            self._update_buttons()
            return
        grid = c.get("grid_code") or "—"
        if c.get("grid_code"):
            names = area_names(self.services.db, parent_codes(c["grid_code"])["community_code"])
            if names:
                grid = f"{grid} · {names['community']} · {names['street']}"
        values = {
            "code": c["code"],
            "class": self.ctx.class_name("component", c["class_code"]),
            "grid": grid,
            "position": f"X {c['x']:.1f} m, Y {c['y']:.1f} m · {c['lon']:.6f}°E {c['lat']:.6f}°N",
            "installed": c.get("installed_on") or "—",
            "changed": self._changed_on(c),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.history.clear()
        for e in c.get("history", []):
            note = e.get("note") or ""
            if note in SERVICE_NOTES:
                note = _tr(SERVICE_NOTES[note])
            op = OP_LABELS.get(e["op"])
            item = QTreeWidgetItem([self._time(e.get("at")), e.get("actor") or "",
                                    _tr(op) if op else e["op"], note])
            item.setToolTip(3, note)
            self.history.addTopLevelItem(item)
        if not c.get("history"):  # surveyed before the console kept an edit history
            item = QTreeWidgetItem([self.tr("No edits recorded yet")])
            item.setForeground(0, QBrush(QColor("#777777")))
            self.history.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        if not edited:
            self._reset_inputs()
        self._update_buttons()

    def _reset_inputs(self) -> None:
        c = self.component
        self._select_data(self.state_combo, c["state"])
        self._select_data(self.owner_combo, c.get("owner") or "")
        self._select_data(self.maintainer_combo, c.get("maintainer") or "")
        self.note_edit.setText(c.get("note") or "")

    def _changed_on(self, c: dict) -> str:
        """The day of the last edit in the center's time zone. The stored ``changed_on`` is
        the UTC date (a day early for edits before 08:00 Beijing time): the audit trail's
        time of the last edit is exact, so the date comes from it when there is one."""
        times = [parse_iso(e.get("at")) for e in c.get("history", []) if e.get("at")]
        times = [t for t in times if t is not None]
        if times:
            return max(times).astimezone(self.ctx.zone).strftime("%Y-%m-%d")
        return c.get("changed_on") or "—"

    def _time(self, value: str | None) -> str:
        dt = parse_iso(value)
        return dt.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M") if dt else "—"

    @staticmethod
    def _select_data(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        if index < 0:  # a department this console does not know (yet): show its code
            combo.addItem(data, data)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def has_unsaved_input(self) -> bool:
        """Edits not saved yet, a reason typed, a new component's note (quitting asks)."""
        return bool(self._changes() or self.reason_edit.text().strip()
                    or self.new_note_edit.text().strip())

    def _changes(self) -> dict:
        """The edit fields that differ from the shown component (what Save would send)."""
        c = self.component
        if c is None:
            return {}
        changes = {}
        if self.state_combo.currentData() != c["state"]:
            changes["state"] = self.state_combo.currentData()
        if self.owner_combo.currentData() != (c.get("owner") or ""):
            changes["owner"] = self.owner_combo.currentData()  # '' clears it
        if self.maintainer_combo.currentData() != (c.get("maintainer") or ""):
            changes["maintainer"] = self.maintainer_combo.currentData()
        note = self.note_edit.text().strip()
        if note != (c.get("note") or ""):
            changes["note"] = note
        return changes

    def _update_buttons(self, *args) -> None:
        selected = self.component is not None
        changed = selected and bool(self._changes())
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        self.move_button.setEnabled(selected)
        self.retire_button.setEnabled(selected)

    # --- edits -------------------------------------------------------------------------

    def apply_pick(self, purpose: str, x: float, y: float) -> dict | None:
        """The map's answer to ``pickRequested(purpose)``: add or move there."""
        if purpose == "add":
            return self.add_component(x, y)
        if purpose == "move":
            return self.move_component(x, y)
        return None

    def add_component(self, x: float, y: float) -> dict | None:
        """Add a component of the form's class at (x, y), metres in the city's CRS."""
        try:
            doc = self.services.components.add(
                self.actor, class_code=self.class_picker.class_code, x=x, y=y,
                state=self.new_state_combo.currentData(),
                owner=self.new_owner_combo.currentData() or None,
                maintainer=self.new_maintainer_combo.currentData() or None,
                note=self.new_note_edit.text().strip())
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("Component not added"), error_text(exc, self.ctx))
            return None
        self.new_note_edit.clear()
        self._after_edit(doc, self.tr("Added component {code} ({name}) in grid cell {grid}").format(
            code=doc["code"], name=doc["name"], grid=doc["grid_code"]))
        return doc

    def move_component(self, x: float, y: float) -> dict | None:
        code = self.current_code()
        if code is None:
            self.errorRaised.emit(self.tr("Move"), self.tr("Select a component first."))
            return None
        try:
            doc = self.services.components.move(self.actor, code, x=x, y=y)
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("{code} not moved").format(code=code), error_text(exc, self.ctx))
            return None
        self._after_edit(doc, self.tr("Moved component {code} to grid cell {grid}").format(
            code=code, grid=doc["grid_code"]), keep_edits=True)
        return doc

    def save_changes(self) -> dict | None:
        code = self.current_code()
        changes = self._changes()
        if code is None or not changes:
            return None
        try:
            doc = self.services.components.update(self.actor, code, **changes)
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("{code} not changed").format(code=code), error_text(exc, self.ctx))
            return None
        self._after_edit(doc, self.tr("Saved component {code}").format(code=code))
        return doc

    def retire_component(self) -> dict | None:
        code = self.current_code()
        if code is None:
            return None
        try:
            done = self.services.components.retire(self.actor, code,
                                                   reason=self.reason_edit.text())
        except ConsoleError as exc:
            self.errorRaised.emit(self.tr("{code} not retired").format(code=code), error_text(exc, self.ctx))
            return None
        self._fill(None)
        self.infoRaised.emit(self.tr("Retired component {code}").format(code=code))
        self.componentChanged.emit(done)
        return done

    def _after_edit(self, doc: dict, message: str, keep_edits: bool = False) -> None:
        """Show the edited component as stored now (without switching tabs), announce it."""
        try:
            self._fill(self.services.components.show(doc["code"]), keep_edits=keep_edits)
        except ConsoleError:  # the edit is done; a failed re-read only leaves older fields
            pass
        self.infoRaised.emit(message)
        self.componentChanged.emit(doc)

    # --- the map -----------------------------------------------------------------------

    def set_selecting(self, on: bool) -> None:
        """Reflect the map's tool on the button (no ``selectRequested``)."""
        self.select_button.blockSignals(True)
        self.select_button.setChecked(on)
        self.select_button.blockSignals(False)

    def _on_select_button_toggled(self, checked: bool) -> None:
        self.selectRequested.emit(checked)

    def _on_add_button_clicked(self) -> None:
        if not self.class_picker.class_code:
            self.errorRaised.emit(self.tr("New component"), self.tr("Choose the class first."))
            return
        self.pickRequested.emit("add")

    def _on_revert_button_clicked(self) -> None:
        if self.component is not None:
            self._reset_inputs()

    def _on_move_button_clicked(self) -> None:
        if self.component is not None:
            self.pickRequested.emit("move")
