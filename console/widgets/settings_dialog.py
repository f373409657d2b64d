"""Workstation settings: database URL, language, base map (XYZ, WMS or a local file)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from console.widgets.i18n import LANGUAGES, language_name
from console.widgets.settings import BASEMAP_KINDS, ConsoleSettings


class SettingsDialog(QDialog):
    """Edits ``ConsoleSettings``; ``save()`` writes them. The language applies at the next
    start; the base map at once (the main window passes it to the map)."""

    def __init__(self, settings: ConsoleSettings, current_db_url: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.db_edit = QLineEdit(settings.db_url or current_db_url, self)
        self.db_edit.setPlaceholderText("sqlite:////path/console.sqlite  ·  postgresql://user@host/db")
        form.addRow(self.tr("Database URL"), self.db_edit)

        self.server_edit = QLineEdit(settings.server_url, self)
        self.server_edit.setPlaceholderText("http://console-server.example.cn:8780")
        self.server_edit.setToolTip(self.tr(
            "In a center: the application server every change goes through. The database "
            "above is then read with the read-only login (console_reader)."))
        form.addRow(self.tr("Application server"), self.server_edit)

        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        form.addRow(self.tr("Language"), self.language_combo)

        kind_names = {"none": self.tr("None (the city's own roads, water and buildings)"),
                      "xyz": self.tr("XYZ tiles"), "wms": self.tr("WMS / WMTS"),
                      "file": self.tr("Local file (GeoPackage, MBTiles)")}
        self.basemap_combo = QComboBox(self)
        for kind in BASEMAP_KINDS:
            self.basemap_combo.addItem(kind_names[kind], kind)
        self.basemap_combo.setCurrentIndex(max(self.basemap_combo.findData(settings.basemap_kind), 0))
        self.basemap_combo.currentIndexChanged.connect(self._on_basemap_kind_changed)
        form.addRow(self.tr("Base map"), self.basemap_combo)

        row = QHBoxLayout()
        self.basemap_edit = QLineEdit(settings.basemap_url, self)
        row.addWidget(self.basemap_edit, 1)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("Base map address"), row)
        layout.addLayout(form)

        note = QLabel(self.tr("A new database or language takes effect at the next start."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._on_basemap_kind_changed()

    def _on_basemap_kind_changed(self, *args) -> None:
        kind = self.basemap_combo.currentData()
        self.basemap_edit.setEnabled(kind != "none")
        self.browse_button.setEnabled(kind == "file")
        placeholders = {
            "xyz": "https://tile.example.cn/{z}/{x}/{y}.png",
            "wms": "https://gis.example.cn/wms?layers=basemap&crs=EPSG:4549&format=image/png",
            "file": "/data/basemap.mbtiles",
            "none": "",
        }
        self.basemap_edit.setPlaceholderText(placeholders[kind])

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Base map file"), "", self.tr("Map files (*.gpkg *.mbtiles *.tif)"))
        if path:
            self.basemap_edit.setText(path)

    def save(self) -> None:
        self.settings.db_url = self.db_edit.text().strip()
        self.settings.server_url = self.server_edit.text().strip()
        self.settings.language = self.language_combo.currentData()
        self.settings.basemap_kind = self.basemap_combo.currentData()
        self.settings.basemap_url = self.basemap_edit.text().strip()
        self.settings.sync()

    def _on_save(self) -> None:
        self.save()
        self.accept()
