"""Choosing photo files to send with an action: a button and the chosen names."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp"


class PhotoPicker(QWidget):
    """Holds file paths only; the caller reads them (``Photo.from_path``) when it acts."""

    def __init__(self, dialog_title: str, parent=None):
        super().__init__(parent)
        self.dialog_title = dialog_title
        self.paths: list[str] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Add photos…"), self)
        self.button.clicked.connect(self._on_button_clicked)
        row.addWidget(self.button)
        self.label = QLabel(self.tr("No photos"), self)
        row.addWidget(self.label, 1)

    def set_paths(self, paths) -> None:
        self.paths = [str(p) for p in paths]
        self.label.setText(", ".join(Path(p).name for p in self.paths) if self.paths
                           else self.tr("No photos"))

    def _on_button_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.dialog_title, str(Path.home()),
            self.tr("Images ({patterns})").format(patterns=PHOTO_FILTER))
        if paths:
            self.set_paths(paths)
