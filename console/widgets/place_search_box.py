"""Suggestions by place name under the main window's search field.

``PlaceSearchBox`` attaches a ``QCompleter`` to an existing line edit. Its model is refilled
from ``PlaceIndex.search`` on every edit (the index is in memory: no database round trip per
key); the completer shows the model unfiltered, since the service already matched Chinese
names, pinyin initials and door addresses. Choosing a suggestion emits ``placeChosen(hit)``
(the hit dict of ``PlaceIndex.search``); the window zooms the map there.

The index is read once, off the GUI thread (``ReadTask``); until it is loaded the box simply
suggests nothing. Codes (cases, cells, components) stay with the window's own search.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QCompleter, QLineEdit

from console.services.place_search import PlaceIndex
from console.widgets.read_task import ReadTask, start

HIT_ROLE = Qt.UserRole + 1
NAME_ROLE = Qt.UserRole + 2  # what choosing a suggestion writes into the field
MAX_SUGGESTIONS = 15

KIND_LABELS = {
    "district": QT_TRANSLATE_NOOP("PlaceSearchBox", "district"),
    "street": QT_TRANSLATE_NOOP("PlaceSearchBox", "street"),
    "community": QT_TRANSLATE_NOOP("PlaceSearchBox", "community"),
    "road": QT_TRANSLATE_NOOP("PlaceSearchBox", "road"),
    "water": QT_TRANSLATE_NOOP("PlaceSearchBox", "water"),
    "address": QT_TRANSLATE_NOOP("PlaceSearchBox", "address"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("PlaceSearchBox", KIND_LABELS.get(kind, kind))


def suggestion_text(hit: dict) -> str:
    """"济墩社区 · 社区 · 海陵区城东街道": the name first (what the completer inserts)."""
    parts = [hit["name"], kind_label(hit["kind"])]
    if hit.get("parent"):
        parts.append(hit["parent"])
    return " · ".join(parts)


class PlaceSearchBox(QObject):
    placeChosen = pyqtSignal(object)  # noqa: N815  (hit dict)
    loaded = pyqtSignal(int)  # noqa: N815  (number of places)

    def __init__(self, edit: QLineEdit, index: PlaceIndex, parent=None):
        super().__init__(parent or edit)
        self.edit = edit
        self.index = index
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, edit)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.completer.activated[QModelIndex].connect(self._on_completer_activated)
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self._on_edit_text_edited)
        self._task: ReadTask | None = None
        self._chosen: dict | None = None  # the suggestion the Enter key just took

    # --- loading -------------------------------------------------------------------------

    def load_async(self) -> None:
        """Read the index on a worker thread; ``loaded`` follows on the GUI thread."""
        if self.index.loaded or self._task is not None:
            return
        self._task = start(ReadTask(self.tr("Loading place names"), self.index.load,
                                    self._on_task_done, self._on_task_failed))

    def load_now(self) -> None:
        """Read the index on the calling thread (tests, the first search before the task)."""
        if not self.index.loaded:
            self._on_task_done(self.index.load())

    def _on_task_done(self, count) -> None:
        self._task = None
        self.loaded.emit(int(count or 0))
        if self.edit.hasFocus() and self.edit.text().strip():
            self._fill(self.edit.text())

    def _on_task_failed(self, exc: Exception) -> None:
        self._task = None  # the window's search still takes codes; a later edit may retry

    # --- suggestions ---------------------------------------------------------------------

    def hits(self, text: str) -> list[dict]:
        if not self.index.loaded:
            return []
        return self.index.search(text, limit=MAX_SUGGESTIONS)

    def _fill(self, text: str) -> None:
        self.model.clear()
        stripped = text.strip()
        if not stripped or stripped.isdigit():  # codes are the window's business
            return
        for hit in self.hits(stripped):
            item = QStandardItem(suggestion_text(hit))
            item.setData(hit, HIT_ROLE)
            item.setData(hit["name"], NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.complete()

    def _on_edit_text_edited(self, text: str) -> None:
        self._chosen = None
        if not self.index.loaded:
            self.load_async()
        self._fill(text)

    def _on_completer_activated(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit:
            self._chosen = hit
            self.placeChosen.emit(hit)

    def choose_first(self, text: str) -> dict | None:
        """The best hit for ``text`` (Enter without picking a suggestion), emitted too.

        The Enter that picked a suggestion reaches the field as well: that one is not
        repeated."""
        chosen, self._chosen = self._chosen, None
        if chosen is not None and chosen["name"] == text.strip():
            return chosen
        hits = self.hits(text)
        if not hits:
            return None
        self.placeChosen.emit(hits[0])
        return hits[0]

