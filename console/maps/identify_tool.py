"""A map tool that pans on drag and, on a click, names the nearest feature of one layer.

The case and component tools differ only in the layer, the attribute they report, the reach
and whether the layer must be drawn at the current scale; the gestures live here once.
Deactivating forgets a half-made click.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent, QgsMapTool
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QCursor

CLICK_TOLERANCE_PX = 6  # a press and release further apart than this is a drag (pan)


class IdentifyFeatureTool(QgsMapTool):
    #: attribute reported for the identified feature
    field = "id"
    #: how far from the click a feature is still hit, in screen pixels
    reach_px = 8.0
    #: only while the layer is drawn at the current scale (what cannot be seen cannot be picked)
    needs_scale_range = False
    cursor_shape = Qt.ArrowCursor

    def __init__(self, canvas, layer: Callable[[], QgsVectorLayer | None]):
        super().__init__(canvas)
        self._layer = layer
        self._pressed_at: QPoint | None = None
        self._dragging = False
        self.setCursor(QCursor(self.cursor_shape))

    def reach_pixels(self) -> float:
        return self.reach_px

    def identified(self, value: str) -> None:
        """Hook: emit the subclass's signal."""
        raise NotImplementedError

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
            # QgsMapTool has no cursor() getter in the Python API of QGIS 3.22: keep our own
            self.canvas().setCursor(QCursor(self.cursor_shape))
            return
        value = self.feature_at(QgsPointXY(e.mapPoint()))
        if value:
            self.identified(value)

    def feature_at(self, point: QgsPointXY) -> str | None:
        """``field`` of the displayed feature nearest ``point`` (map CRS) within reach."""
        layer = self._layer()
        canvas = self.canvas()
        if layer is None or layer not in canvas.layers():
            return None
        if self.needs_scale_range and not layer.isInScaleRange(canvas.scale()):
            return None
        reach = self.reach_pixels() * canvas.mapUnitsPerPixel()
        rect = QgsRectangle(point.x() - reach, point.y() - reach, point.x() + reach,
                            point.y() + reach)
        request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes([self.field],
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
                best, best_d = feature[self.field], d
        return best

    def deactivate(self) -> None:
        self._pressed_at = None
        self._dragging = False
        super().deactivate()
