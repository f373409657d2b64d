"""Go to a coordinate: longitude/latitude (CGCS2000, ≈ WGS 84) or the city's projected x/y.

The dialog only reads and checks the two numbers; ``target()`` gives the point in the map's
CRS (EPSG:4549, metres) through ``console.services.geo`` (the one place that converts).
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from console.domain.errors import ConsoleError
from console.services.geo import lonlat_to_xy, number

LONLAT = "lonlat"
PROJECTED = "xy"


class GoToDialog(QDialog):
    def __init__(self, parent=None, centre: tuple[float, float, float, float] | None = None):
        """``centre``: (x, y, lon, lat) of the map's centre, to start from."""
        super().__init__(parent)
        self.setObjectName("GoToDialog")
        self.setWindowTitle(self.tr("Go to coordinate"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Longitude / latitude (degrees, CGCS2000)"), LONLAT)
        self.mode_combo.addItem(self.tr("Projected X / Y (metres, EPSG:4549)"), PROJECTED)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        form.addRow(self.tr("Coordinates"), self.mode_combo)
        self.first_edit = QLineEdit(self)
        self.first_edit.setObjectName("coord_first")
        self.second_edit = QLineEdit(self)
        self.second_edit.setObjectName("coord_second")
        self.first_label = QLabel(self)
        self.second_label = QLabel(self)
        form.addRow(self.first_label, self.first_edit)
        form.addRow(self.second_label, self.second_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._centre = centre
        self._on_mode_changed()

    @property
    def mode(self) -> str:
        return self.mode_combo.currentData()

    def _on_mode_changed(self, *args) -> None:
        if self.mode == LONLAT:
            self.first_label.setText(self.tr("Longitude"))
            self.second_label.setText(self.tr("Latitude"))
            values = (self._centre[2], self._centre[3]) if self._centre else None
            fmt = "{:.6f}"
        else:
            self.first_label.setText(self.tr("X (m)"))
            self.second_label.setText(self.tr("Y (m)"))
            values = (self._centre[0], self._centre[1]) if self._centre else None
            fmt = "{:.1f}"
        if values:
            self.first_edit.setText(fmt.format(values[0]))
            self.second_edit.setText(fmt.format(values[1]))

    def target(self) -> tuple[float, float]:
        """The point in EPSG:4549; raises ``InvalidInput`` for text that is not a place."""
        first, second = self.first_edit.text().strip(), self.second_edit.text().strip()
        if self.mode == LONLAT:
            return lonlat_to_xy(first, second)
        return number(first, "x"), number(second, "y")

    def _on_accepted(self) -> None:
        try:
            self.target()
        except ConsoleError:
            self.error_label.setText(self.tr("Enter two numbers: {first} and {second}.").format(
                first=self.first_label.text(), second=self.second_label.text()))
            self.error_label.show()
            return
        self.accept()
