"""The new-report form (登记): location picked on the map, class by major/minor or type-ahead.

As soon as a location is known the form shows its grid cell, community, inspector, the
suggested department and any open case of the same class within 50 m
(``CaseService.preview_report``), fills the address from the point (nearest road and
building: ``AddressService.address_at``) unless the user typed one, and flags at once a point
the user may not register (outside their district, outside the grid). No class is chosen
until the user chooses one. Calls from the public take the caller's name, phone and whether
they want a reply. Registering goes through ``CaseService.register``.
"""

from __future__ import annotations

import inspect
import re

from qgis.PyQt.QtCore import QRegularExpression, Qt, pyqtSignal
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain import workflow
from console.domain.errors import ConsoleError
from console.services.address_service import AddressService, district_names
from console.services.case_service import Photo
from console.services.panel_queries import area_names
from console.widgets import labels
from console.widgets.case_dock import PanelContext, error_text
from console.widgets.class_picker import ClassPicker
from console.widgets.photo_picker import PhotoPicker
from console.widgets.read_task import ReadTask, start

#: sources whose reporter is a caller from the public (name, phone, reply wanted)
CALLER_SOURCES = ("public",)
_PHONE = re.compile(r"^[0-9+\- ]{5,20}$")


def registrable_sources(actor) -> list[str]:
    """Sources this user may register (workflow.check_register decides)."""
    out = []
    for source in workflow.SOURCES:
        try:
            workflow.check_register(actor, source, None)
        except ConsoleError:
            continue
        out.append(source)
    return out


class ReportForm(QWidget):
    pickRequested = pyqtSignal()  # noqa: N815  (the user wants to pick the location on the map)
    caseRegistered = pyqtSignal(object)  # noqa: N815  (case dict)
    caseSelected = pyqtSignal(str)  # noqa: N815  (a duplicate was clicked)
    locationChanged = pyqtSignal(object)  # noqa: N815  ((x, y) or None: mark it on the map)
    errorRaised = pyqtSignal(str, str)  # noqa: N815
    infoRaised = pyqtSignal(str)  # noqa: N815

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(parent)
        self.setObjectName("ReportForm")
        self.ctx = context
        self.services = context.services
        self.actor = context.actor
        self.location: tuple[float, float] | None = None
        self.preview: dict | None = None
        self.addresses = AddressService(self.services.db, self.services.locator)
        self._auto_address = ""  # the address text the form filled in (not the user's)
        self._just_registered = False  # a repeated click on 登记 after a success is ignored

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.source_combo = QComboBox(self)
        for source in registrable_sources(self.actor):
            self.source_combo.addItem(labels.source(source), source)
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        form.addRow(self.tr("Source"), self.source_combo)

        # the caller of a public report: who, how to reach them, and whether they want a reply
        self.caller_box = QWidget(self)
        caller_rows = QVBoxLayout(self.caller_box)
        caller_rows.setContentsMargins(0, 0, 0, 0)
        caller_rows.setSpacing(2)
        caller = QHBoxLayout()
        caller_rows.addLayout(caller)
        self.caller_name_edit = QLineEdit(self.caller_box)
        self.caller_name_edit.setObjectName("caller_name")
        self.caller_name_edit.setPlaceholderText(self.tr("Caller's name"))
        self.caller_phone_edit = QLineEdit(self.caller_box)
        self.caller_phone_edit.setObjectName("caller_phone")
        self.caller_phone_edit.setPlaceholderText(self.tr("Phone"))
        self.caller_phone_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9+\- ]{0,20}"), self.caller_phone_edit))
        self.reply_check = QCheckBox(self.tr("Wants a reply"), self.caller_box)
        self.reply_check.setObjectName("reply_wanted")
        caller.addWidget(self.caller_name_edit, 1)
        caller.addWidget(self.caller_phone_edit, 1)
        caller_rows.addWidget(self.reply_check)  # its own line: the dock is narrow at 1366
        form.addRow(self.tr("Caller"), self.caller_box)
        self.caller_label = form.labelForField(self.caller_box)

        self.kind_combo = QComboBox(self)
        for kind in ("event", "component"):
            self.kind_combo.addItem(labels.kind(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        form.addRow(self.tr("Kind"), self.kind_combo)

        self.class_picker = ClassPicker(self.services.catalog, self.kind, self, require_choice=True)
        self.class_picker.classChanged.connect(self._on_class_changed)
        # the picker's parts, for callers and tests that drive the type-ahead
        self.search_edit = self.class_picker.search_edit
        self.completer = self.class_picker.completer
        form.addRow(self.tr("Class"), self.class_picker)

        pick_row = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Pick on map"), self)
        self.pick_button.setObjectName("pick_location")
        self.pick_button.setToolTip(self.tr("Click the place of the problem on the map"))
        self.pick_button.clicked.connect(self.pickRequested)
        pick_row.addWidget(self.pick_button)
        self.location_label = QLabel(self.tr("No location yet"), self)
        self.location_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        pick_row.addWidget(self.location_label, 1)
        form.addRow(self.tr("Location"), pick_row)
        # said at once, before registering: the point is not one this user may register
        self.location_note = QLabel(self)
        self.location_note.setObjectName("location_note")
        self.location_note.setWordWrap(True)
        self.location_note.setStyleSheet("color: #c62828; font-weight: bold;")
        self.location_note.setVisible(False)
        form.addRow("", self.location_note)

        self.grid_label = QLabel("—", self)
        form.addRow(self.tr("Grid cell"), self.grid_label)
        self.community_label = QLabel("—", self)
        # one line (a wrapped label in a scrolled form gets clipped); the code is in the tip
        self.community_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        form.addRow(self.tr("Community"), self.community_label)
        self.inspector_label = QLabel("—", self)
        form.addRow(self.tr("Inspector"), self.inspector_label)
        self.department_label = QLabel("—", self)
        form.addRow(self.tr("Suggested department"), self.department_label)

        self.duplicates_list = QListWidget(self)
        self.duplicates_list.setMaximumHeight(70)
        self.duplicates_list.itemActivated.connect(self._on_duplicate_activated)
        self.duplicates_list.itemClicked.connect(self._on_duplicate_activated)
        form.addRow(self.tr("Open cases within 50 m"), self.duplicates_list)

        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("address")
        self.address_edit.setPlaceholderText(self.tr("Filled from the picked point; edit as needed"))
        form.addRow(self.tr("Address"), self.address_edit)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setPlaceholderText(self.tr("What is wrong, as the reporter said it"))
        self.description_edit.setMaximumHeight(80)
        form.addRow(self.tr("Description"), self.description_edit)
        self.urgent_check = QCheckBox(self.tr("Urgent"), self)
        form.addRow("", self.urgent_check)

        self.photo_picker = PhotoPicker(self.tr("Photos of the problem"), self)
        form.addRow(self.tr("Photos"), self.photo_picker)
        layout.addLayout(form)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c62828;")
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.clicked.connect(self.clear)
        buttons.addWidget(self.clear_button)
        self.register_button = QPushButton(self.tr("Register"), self)
        self.register_button.setObjectName("register")
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.register)
        buttons.addWidget(self.register_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for edit in (self.address_edit, self.caller_name_edit, self.caller_phone_edit):
            edit.textEdited.connect(self._on_user_input)
        self.description_edit.textChanged.connect(self._on_user_input)
        self._on_source_changed()
        # the road and building caches load off the GUI thread, ahead of the first pick
        self._warm_task = start(ReadTask(self.tr("Loading roads and buildings"),
                                         self.addresses.warm, lambda _r: None, lambda _e: None))

    # --- source and caller -------------------------------------------------------------

    @property
    def takes_caller(self) -> bool:
        return self.source_combo.currentData() in CALLER_SOURCES

    def _on_source_changed(self, *args) -> None:
        shown = self.takes_caller
        self.caller_box.setVisible(shown)
        if self.caller_label is not None:
            self.caller_label.setVisible(shown)
        if self.location:
            self._update_location_note()

    def _on_user_input(self, *args) -> None:
        self._just_registered = False

    def caller_params(self) -> dict:
        """The caller's fields for ``CaseService.register`` (empty unless a public report)."""
        if not self.takes_caller:
            return {}
        return {"caller_name": self.caller_name_edit.text().strip(),
                "caller_phone": self.caller_phone_edit.text().strip(),
                "reply_wanted": self.reply_check.isChecked()}

    def has_unsaved_input(self) -> bool:
        """Whether closing now would lose something the user entered."""
        return bool(self.location is not None
                    or self.description_edit.toPlainText().strip()
                    or (self.address_edit.text().strip()
                        and self.address_edit.text().strip() != self._auto_address)
                    or self.caller_name_edit.text().strip() or self.caller_phone_edit.text().strip()
                    or self.class_code or self.photo_picker.paths)

    # --- class selection ---------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def class_code(self) -> str | None:
        return self.class_picker.class_code

    def _on_kind_changed(self, *args) -> None:
        self.class_picker.set_kind(self.kind)

    def _on_class_changed(self, code: str) -> None:
        if code:
            self._just_registered = False
        if self.location:
            self._update_preview()

    def set_class(self, kind: str, code: str) -> bool:
        """Select a class (tests and callers use this)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        return self.class_picker.set_class(code)

    # --- location ----------------------------------------------------------------------

    def set_location(self, x: float, y: float) -> None:
        """A point in the city's projected CRS (metres), from the map's pick tool."""
        self.location = (float(x), float(y))
        self._just_registered = False
        self.location_label.setText(f"X {x:.1f} m, Y {y:.1f} m")
        self.locationChanged.emit(self.location)
        self._update_preview()
        self._update_location_note()
        self._fill_address()

    def _fill_address(self) -> None:
        """The address of the point, unless the user wrote their own."""
        current = self.address_edit.text().strip()
        if current and current != self._auto_address:
            return
        try:
            found = self.addresses.address_at(*self.location)["address"]
        except Exception:  # an address is a convenience: the user can always type it
            found = ""
        self._auto_address = found
        self.address_edit.setText(found)
        self.address_edit.setCursorPosition(0)

    def _update_location_note(self) -> None:
        """Red under the location: the point is outside the grid or the user's district."""
        note = ""
        if self.location is not None:
            if self.preview is None:
                note = self.tr("This point is outside the city's grid.")
            else:
                district = self.preview.get("district_code")
                source = self.source_combo.currentData()
                refused = False
                if source:
                    try:
                        workflow.check_register(self.actor, source, district)
                    except ConsoleError:
                        refused = True
                if refused or (self.actor.district_code and district != self.actor.district_code):
                    names = area_names(self.services.db, self.preview.get("community_code"))
                    note = self.tr("Outside your district: this point is in {district}; "
                                   "you register for {own}.").format(
                        district=names.get("district") or district,
                        own=self._district_names().get(self.actor.district_code, self.actor.district_code))
        self.location_note.setText(note)
        self.location_note.setVisible(bool(note))

    def _district_names(self) -> dict[str, str]:
        if not hasattr(self, "_districts"):
            self._districts = district_names(self.services.db)
        return self._districts

    @property
    def location_flagged(self) -> bool:
        return not self.location_note.isHidden() and bool(self.location_note.text())

    def _update_preview(self) -> None:
        self._show_message("")
        x, y = self.location
        try:
            if self.class_code:
                self.preview = self.services.cases.preview_report(self.kind, self.class_code, x=x, y=y)
            else:
                self.preview = self.services.cases.resolve_location(x=x, y=y)
        except ConsoleError as exc:
            self.preview = None
            self._show_preview(None)
            self._show_message(error_text(exc, self.ctx))
            return
        self._show_preview(self.preview)

    def _show_preview(self, p: dict | None) -> None:
        self.duplicates_list.clear()
        if p is None:
            for label in (self.grid_label, self.community_label, self.inspector_label,
                          self.department_label):
                label.setText("—")
            return
        self.grid_label.setText(p.get("grid_code") or "—")
        names = area_names(self.services.db, p.get("community_code"))
        if names:
            self.community_label.setText(
                f"{names['community']} · {names['street']} · {names['district']}")
            self.community_label.setToolTip(p["community_code"])
        else:
            self.community_label.setText(p.get("community_code") or "—")
        self.inspector_label.setText(p.get("inspector") or self.tr("none assigned"))
        suggested = p.get("suggested_department")
        self.department_label.setText(self.ctx.department_name(suggested) if suggested else "—")
        duplicates = p.get("duplicates") or []
        if not duplicates:
            item = QListWidgetItem(self.tr("none"))
            item.setFlags(Qt.NoItemFlags)
            self.duplicates_list.addItem(item)
        for d in duplicates:
            item = QListWidgetItem(self.tr("{code} · {state} · {distance} m").format(
                code=d["code"], state=labels.state(d["state"]), distance=d["distance_m"]))
            item.setData(Qt.UserRole, d["id"])
            item.setForeground(Qt.darkRed)
            self.duplicates_list.addItem(item)

    def _on_duplicate_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.UserRole)
        if case_id:
            self.caseSelected.emit(case_id)

    # --- photos, registering -----------------------------------------------------------

    def set_photos(self, paths) -> None:
        self.photo_picker.set_paths(paths)

    def _show_message(self, text: str, ok: bool = False) -> None:
        self.message_label.setStyleSheet("color: #2e7d32;" if ok else "color: #c62828;")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def register(self) -> dict | None:
        if self._just_registered:
            # a double click on 登记: the first click registered and emptied the form; the
            # second must not put "pick the location first" under the success
            return None
        if self.location is None:
            self._show_message(self.tr("Pick the location on the map first."))
            return None
        if not self.class_code:
            self._show_message(self.tr("Choose the class of the problem."))
            return None
        if not self.source_combo.currentData():
            self._show_message(self.tr("You may not register reports."))
            return None
        if self.takes_caller:
            phone = self.caller_phone_edit.text().strip()
            if phone and not _PHONE.match(phone):
                self._show_message(self.tr("The caller's phone number is not valid."))
                return None
            if self.reply_check.isChecked() and not phone:
                self._show_message(self.tr("A caller who wants a reply needs a phone number."))
                return None
        try:
            photos = [Photo.from_path(p) for p in self.photo_picker.paths]
            x, y = self.location
            extra = self._supported(self.caller_params())
            doc = self.services.cases.register(
                self.actor, source=self.source_combo.currentData(), kind=self.kind,
                class_code=self.class_code, description=self.description_edit.toPlainText(),
                x=x, y=y, address=self.address_edit.text().strip(),
                urgent=self.urgent_check.isChecked(), photos=photos, **extra)
        except ConsoleError as exc:
            self._show_message(error_text(exc, self.ctx))
            return None
        text = self.tr("Registered case {code} in grid cell {grid}").format(
            code=doc["code"], grid=doc["grid_code"])
        self.infoRaised.emit(text)
        self.caseRegistered.emit(doc)
        self.clear()
        self._show_message(text, ok=True)
        self._just_registered = True
        return doc

    def _supported(self, params: dict) -> dict:
        """The caller parameters ``CaseService.register`` takes (all of them once the
        service stores callers; until then the form collects them and sends none)."""
        if not params:
            return {}
        try:
            accepted = inspect.signature(self.services.cases.register).parameters
        except (TypeError, ValueError):
            return {}
        if any(p.kind == p.VAR_KEYWORD for p in accepted.values()):
            return params
        return {k: v for k, v in params.items() if k in accepted}

    def clear(self) -> None:
        self.location = None
        self.locationChanged.emit(None)
        self.preview = None
        self.location_label.setText(self.tr("No location yet"))
        self._show_preview(None)
        self.duplicates_list.clear()
        self.address_edit.clear()
        self._auto_address = ""
        self.description_edit.clear()
        self.urgent_check.setChecked(False)
        self.caller_name_edit.clear()
        self.caller_phone_edit.clear()
        self.reply_check.setChecked(False)
        self.class_picker.clear_choice()
        self.set_photos([])
        self._show_message("")
        self.location_note.setVisible(False)
        self._just_registered = False
