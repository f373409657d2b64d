"""A catalog class picker: type-ahead over the catalog above major/minor class combos.

Shared by the new-report form (event or component classes) and the component maintenance
dock (component classes). The picker shows one kind at a time (``set_kind``); the owner
puts it into its form as one row. Reads the catalog only (main thread, in memory).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain.catalog import Catalog
from console.domain.errors import ConsoleError


class ClassPicker(QWidget):
    """``classChanged(code)`` when the minor class changes ('' while none is chosen)."""

    classChanged = pyqtSignal(str)  # noqa: N815

    def __init__(self, catalog: Catalog, kind: str = "event", parent=None,
                 require_choice: bool = False):
        """With ``require_choice`` no class is selected until the user picks one (the
        combos start on a "choose" entry): a report must not be filed under the catalog's
        first class because nobody looked."""
        super().__init__(parent)
        self.setObjectName("ClassPicker")
        self.catalog = catalog
        self._kind = kind
        self.require_choice = require_choice

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("class_search")
        self.search_edit.setPlaceholderText(self.tr("Type a code or a name to search the catalog"))
        self.search_edit.setClearButtonEnabled(True)
        self._completion = QStringListModel(self)
        self.completer = QCompleter(self._completion, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setMaxVisibleItems(15)
        self.completer.activated[str].connect(self._on_completer_activated)
        self.search_edit.setCompleter(self.completer)
        self.search_edit.returnPressed.connect(self._on_search_return)
        layout.addWidget(self.search_edit)

        combos = QHBoxLayout()
        combos.setSpacing(4)
        self.major_combo = QComboBox(self)
        self.major_combo.setObjectName("major_class")
        self.major_combo.setToolTip(self.tr("Major class"))
        self.major_combo.currentIndexChanged.connect(self._on_major_changed)
        self.minor_combo = QComboBox(self)
        self.minor_combo.setObjectName("minor_class")
        self.minor_combo.setToolTip(self.tr("Minor class"))
        self.minor_combo.currentIndexChanged.connect(self._on_minor_changed)
        for combo in (self.major_combo, self.minor_combo):
            # long class names must not widen the dock: the combos share the row
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        combos.addWidget(self.major_combo, 1)
        combos.addWidget(self.minor_combo, 1)
        layout.addLayout(combos)

        self._fill_kind()

    # --- state -------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def class_code(self) -> str | None:
        return self.minor_combo.currentData()

    def set_kind(self, kind: str) -> None:
        if kind != self._kind:
            self._kind = kind
            self._fill_kind()

    def set_class(self, code: str) -> bool:
        """Select a class of the current kind (the type-ahead and tests use this)."""
        try:
            cls = self.catalog.get(self._kind, code)
        except ConsoleError:
            return False
        self.major_combo.setCurrentIndex(self.major_combo.findData(cls.major_code))
        self.minor_combo.setCurrentIndex(self.minor_combo.findData(cls.code))
        return self.class_code == cls.code

    def clear_search(self) -> None:
        self.search_edit.clear()

    def clear_choice(self) -> None:
        """Back to "no class chosen" (with ``require_choice``; otherwise the first class)."""
        self.search_edit.clear()
        self.major_combo.blockSignals(True)
        self.major_combo.setCurrentIndex(0)
        self.major_combo.blockSignals(False)
        self._on_major_changed()

    # --- slots -------------------------------------------------------------------------

    def _fill_kind(self) -> None:
        self.major_combo.blockSignals(True)
        self.major_combo.clear()
        if self.require_choice:
            self.major_combo.addItem(self.tr("— major class —"), None)
        for code, name in self.catalog.majors(self._kind).items():
            self.major_combo.addItem(f"{code} {name}", code)
        self.major_combo.blockSignals(False)
        self._completion.setStringList(
            [f"{c.code} {c.name} · {c.major_name}" for c in self.catalog.classes(self._kind)])
        self._on_major_changed()

    def _on_major_changed(self, *args) -> None:
        major = self.major_combo.currentData()
        self.minor_combo.blockSignals(True)
        self.minor_combo.clear()
        if self.require_choice:
            self.minor_combo.addItem(self.tr("— choose the class —"), None)
        if major:
            for c in self.catalog.minors(self._kind, major):
                self.minor_combo.addItem(c.label, c.code)
        self.minor_combo.blockSignals(False)
        self._on_minor_changed()

    def _on_minor_changed(self, *args) -> None:
        self.classChanged.emit(self.class_code or "")

    def _on_completer_activated(self, text: str) -> None:
        self.set_class(text.split(" ", 1)[0])

    def _on_search_return(self) -> None:
        hits = self.catalog.search(self._kind, self.search_edit.text())
        if hits:
            self.set_class(hits[0].code)
