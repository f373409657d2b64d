"""A row of photo thumbnails of a case, loaded off the GUI thread; double-click enlarges."""

from __future__ import annotations

from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QIcon, QImage, QPixmap
from qgis.PyQt.QtWidgets import (
    QDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
)

from console.services.app import Services
from console.widgets import labels
from console.widgets.read_task import ReadTask, start

THUMB = 120


def _load(services: Services, photos: list[dict]) -> list[tuple[dict, QImage, bytes]]:
    """Worker thread: fetch the bytes and decode them (QImage is safe off the GUI thread)."""
    out = []
    for p in photos:
        _, data = services.queries.photo(p["id"])
        image = QImage()
        image.loadFromData(data)
        out.append((p, image, data))
    return out


class PhotoStrip(QListWidget):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setViewMode(QListView.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setWrapping(True)
        self.setSpacing(4)
        self.setMinimumHeight(THUMB + 40)
        self._task: ReadTask | None = None
        self._token = 0
        self._images: dict[str, QImage] = {}
        self.itemDoubleClicked.connect(self._on_item_double_clicked)

    def set_photos(self, photos: list[dict]) -> None:
        """``photos``: the ``photos`` entries of ``CaseQuery.show`` (id, kind, filename...)."""
        self.clear()
        self._images.clear()
        self._token += 1
        if not photos:
            item = QListWidgetItem(self.tr("No photos"))
            item.setFlags(Qt.NoItemFlags)
            self.addItem(item)
            return
        for p in photos:
            item = QListWidgetItem(f"{labels.photo_kind(p.get('kind'))}\n{p.get('filename', '')}")
            item.setData(Qt.UserRole, p["id"])
            item.setToolTip(p.get("filename", ""))
            self.addItem(item)
        token = self._token
        self._task = start(ReadTask(self.tr("Loading photos"),
                                    lambda: _load(self.services, photos),
                                    lambda result: self._on_loaded(token, result),
                                    lambda exc: None))

    def photo_ids(self) -> list[str]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).data(Qt.UserRole)]

    def loaded_count(self) -> int:
        return len(self._images)

    def _on_loaded(self, token: int, result) -> None:
        if token != self._token:  # another case was selected meanwhile
            return
        for i in range(self.count()):
            item = self.item(i)
            for meta, image, _ in result:
                if meta["id"] == item.data(Qt.UserRole) and not image.isNull():
                    self._images[meta["id"]] = image
                    thumb = image.scaled(THUMB, THUMB, Qt.KeepAspectRatio, Qt.SmoothTransformation)
                    item.setIcon(QIcon(QPixmap.fromImage(thumb)))

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        image = self._images.get(item.data(Qt.UserRole))
        if image is None:
            return
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.setWindowTitle(item.toolTip())
        layout = QVBoxLayout(dialog)
        area = QScrollArea(dialog)
        label = QLabel(area)
        label.setPixmap(QPixmap.fromImage(image))
        area.setWidget(label)
        layout.addWidget(area)
        dialog.resize(min(image.width() + 40, 1200), min(image.height() + 40, 900))
        dialog.show()
