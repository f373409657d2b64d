"""A map tool that turns one click into one location (a new report's place)."""

from __future__ import annotations

from qgis.core import QgsPointXY
from qgis.gui import QgsMapMouseEvent, QgsMapTool
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal

CLICK_TOLERANCE_PX = 6  # a press and release further apart than this is a drag, not a pick


class PickLocationTool(QgsMapTool):
    """Emits ``pointPicked(QgsPointXY)`` (map CRS) for a left click; nothing else.

    The owner decides what a pick means (show the cell, fill a form, restore another tool).
    Deactivating the tool forgets a half-made click.
    """

    pointPicked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas):
        super().__init__(canvas)
        self._pressed_at: QPoint | None = None
        self.setCursor(Qt.CrossCursor)

    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 (Qt override)
        if e.button() == Qt.LeftButton:
            self._pressed_at = e.pos()

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() != Qt.LeftButton or self._pressed_at is None:
            return
        moved = (e.pos() - self._pressed_at).manhattanLength()
        self._pressed_at = None
        if moved <= CLICK_TOLERANCE_PX:
            self.pointPicked.emit(QgsPointXY(e.mapPoint()))

    def deactivate(self) -> None:
        self._pressed_at = None
        super().deactivate()
