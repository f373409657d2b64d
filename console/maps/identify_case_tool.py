"""The map's default tool: drag to pan, click a case pin to identify it."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeatureRequest, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent, QgsMapTool
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal

CLICK_TOLERANCE_PX = 6
SEARCH_RADIUS_MM = 3.0  # a pin is about 4 mm across


class IdentifyCaseTool(QgsMapTool):
    """Emits ``caseIdentified(case_id)`` for a click on (or near) a pin; pans on drag.

    ``case_layer`` is a callable returning the displayed case layer (it may be rebuilt).
    Where pins overlap (a cluster), the one nearest the click wins.
    """

    caseIdentified = pyqtSignal(str)

    def __init__(self, canvas, case_layer: Callable[[], QgsVectorLayer | None]):
        super().__init__(canvas)
        self._case_layer = case_layer
        self._pressed_at: QPoint | None = None
        self._dragging = False
        self.setCursor(Qt.ArrowCursor)

    def flags(self):
        return QgsMapTool.AllowZoomRect

    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 (Qt override)
        if e.button() == Qt.LeftButton:
            self._pressed_at = e.pos()
            self._dragging = False

    def canvasMoveEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if self._pressed_at is None or not (e.buttons() & Qt.LeftButton):
            return
        if not self._dragging and (e.pos() - self._pressed_at).manhattanLength() > CLICK_TOLERANCE_PX:
            self._dragging = True
            self.canvas().setCursor(Qt.ClosedHandCursor)
        if self._dragging:
            self.canvas().panAction(e)

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() != Qt.LeftButton or self._pressed_at is None:
            return
        self._pressed_at = None
        if self._dragging:
            self._dragging = False
            self.canvas().panActionEnd(e.pos())
            self.canvas().setCursor(self.cursor())
            return
        case_id = self.case_at(QgsPointXY(e.mapPoint()))
        if case_id:
            self.caseIdentified.emit(case_id)

    def case_at(self, point: QgsPointXY) -> str | None:
        """The id of the displayed case pin nearest ``point`` (map CRS) within reach."""
        layer = self._case_layer()
        if layer is None or not self.canvas().layers() or layer not in self.canvas().layers():
            return None
        dpi = self.canvas().mapSettings().outputDpi()
        reach = SEARCH_RADIUS_MM * dpi / 25.4 * self.canvas().mapUnitsPerPixel()
        rect = QgsRectangle(point.x() - reach, point.y() - reach, point.x() + reach,
                            point.y() + reach)
        request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes(["id"],
                                                                             layer.fields())
        best, best_d = None, None
        for feature in layer.getFeatures(request):
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            d = geom.centroid().asPoint().sqrDist(point)
            if best_d is None or d < best_d:
                best, best_d = feature["id"], d
        return best

    def deactivate(self) -> None:
        self._pressed_at = None
        self._dragging = False
        super().deactivate()
