"""The user's spatial bookmarks: QGIS's bookmark model in a list; go to, rename, delete."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsBookmarkManagerModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from console.maps.bookmarks import BookmarkStore

NAME_COLUMN = QgsBookmarkManagerModel.ColumnName


class BookmarksDialog(QDialog):
    def __init__(self, store: BookmarkStore, go_to: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.setObjectName("BookmarksDialog")
        self.setWindowTitle(self.tr("Spatial bookmarks"))
        self.store = store
        self._go_to = go_to
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setModel(store.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()  # QGIS's header is untranslated; one column anyway
        self.table.horizontalHeader().setStretchLastSection(True)
        # name and group only: the extent columns mean little to an operator
        for column in range(store.model.columnCount()):
            if column != NAME_COLUMN:
                self.table.hideColumn(column)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.go_button = QPushButton(self.tr("Go to"), self)
        self.go_button.clicked.connect(self.go_to_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.go_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.store.model.data(self.store.model.index(index.row(), NAME_COLUMN),
                                     QgsBookmarkManagerModel.RoleId)

    def go_to_selected(self) -> None:
        bookmark_id = self.selected_id()
        if bookmark_id:
            self._go_to(bookmark_id)

    def delete_selected(self) -> None:
        bookmark_id = self.selected_id()
        if bookmark_id:
            self.store.remove(bookmark_id)

    def _on_table_double_clicked(self, index) -> None:
        self.go_to_selected()
