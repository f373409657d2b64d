"""The technicians' select tool: click a component symbol to identify it, drag to pan."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent, QgsMapTool
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal

CLICK_TOLERANCE_PX = 6  # a press and release further apart than this is a drag (pan)
SEARCH_RADIUS_PX = 8  # a component symbol is about 2 mm (8 px at 96 dpi) across


class IdentifyComponentTool(QgsMapTool):
    """Emits ``componentIdentified(code)`` for a click on (or near) a component; pans on drag.

    Only the component layer is searched, and only while the canvas draws it (checked in the
    layer tree and inside its scale range): what cannot be seen cannot be picked. Where
    symbols overlap, the one nearest the click wins. ``component_layer`` is a callable
    returning the displayed layer (it may be rebuilt). Deactivating forgets a half-made click.
    """

    componentIdentified = pyqtSignal(str)  # noqa: N815

    def __init__(self, canvas, component_layer: Callable[[], QgsVectorLayer | None]):
        super().__init__(canvas)
        self._component_layer = component_layer
        self._pressed_at: QPoint | None = None
        self._dragging = False
        self.setCursor(Qt.PointingHandCursor)

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
        code = self.component_at(QgsPointXY(e.mapPoint()))
        if code:
            self.componentIdentified.emit(code)

    def component_at(self, point: QgsPointXY) -> str | None:
        """The code of the drawn component nearest ``point`` (map CRS) within reach."""
        layer = self._component_layer()
        canvas = self.canvas()
        if layer is None or layer not in canvas.layers() or not layer.isInScaleRange(canvas.scale()):
            return None
        reach = SEARCH_RADIUS_PX * canvas.mapUnitsPerPixel()
        rect = QgsRectangle(point.x() - reach, point.y() - reach, point.x() + reach,
                            point.y() + reach)
        request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes(["code"],
                                                                             layer.fields())
        click = QgsGeometry.fromPointXY(point)
        best, best_d = None, None
        for feature in layer.getFeatures(request):
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            d = geom.distance(click)
            if d > reach:  # inside the square, outside the circle
                continue
            if best_d is None or d < best_d:
                best, best_d = feature["code"], d
        return best

    def deactivate(self) -> None:
        self._pressed_at = None
        self._dragging = False
        super().deactivate()
