"""Measure a distance or an area on the map (QGIS's own measure tool is not in PyQGIS).

Left clicks add vertices, the cursor drags a rubber band to the next one, a right click or
a double click ends the measurement (the next left click starts a new one), Esc or
``deactivate()`` clears it. Lengths and areas are ellipsoidal (``QgsDistanceArea`` on the
map CRS's ellipsoid, CGCS2000), so they hold in any projection.

Signals: ``measured(value, kind, done)`` after every change: metres (``distance``) or square
metres (``area``); ``done`` once the user ended it. Drag-pans like the identify tools.
"""

from __future__ import annotations

from qgis.core import (
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

DISTANCE = "distance"
AREA = "area"
CLICK_TOLERANCE_PX = 6
BAND = QColor(230, 60, 20, 220)
FILL = QColor(230, 60, 20, 50)


class MeasureTool(QgsMapTool):
    measured = pyqtSignal(float, str, bool)  # value, kind, done

    def __init__(self, canvas, kind: str = DISTANCE):
        super().__init__(canvas)
        if kind not in (DISTANCE, AREA):
            raise ValueError(kind)
        self.kind = kind
        self.points: list[QgsPointXY] = []
        self.done = False
        self._pressed_at: QPoint | None = None
        self._dragging = False
        self._calc = QgsDistanceArea()
        geometry = QgsWkbTypes.PolygonGeometry if kind == AREA else QgsWkbTypes.LineGeometry
        self.band = QgsRubberBand(canvas, geometry)
        self.band.setColor(BAND)
        self.band.setFillColor(FILL)
        self.band.setWidth(2)
        self.setCursor(Qt.CrossCursor)

    def _setup_calculator(self) -> None:
        settings = self.canvas().mapSettings()
        crs = settings.destinationCrs()
        project = self.canvas().project() or QgsProject.instance()
        self._calc.setSourceCrs(crs, project.transformContext())
        self._calc.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7019")

    # --- measuring -----------------------------------------------------------------------

    def value(self, cursor: QgsPointXY | None = None) -> float:
        """Metres or square metres of the vertices (plus the cursor, while drawing)."""
        points = list(self.points) + ([cursor] if cursor is not None else [])
        self._setup_calculator()
        if self.kind == DISTANCE:
            if len(points) < 2:
                return 0.0
            return self._calc.measureLine(points)
        if len(points) < 3:
            return 0.0
        return self._calc.measureArea(QgsGeometry.fromPolygonXY([points + [points[0]]]))

    def add_point(self, point: QgsPointXY) -> None:
        if self.done:
            self.reset()
        self.points.append(QgsPointXY(point))
        self._redraw()
        self.measured.emit(self.value(), self.kind, False)

    def finish(self) -> float:
        self.done = True
        self._redraw()
        value = self.value()
        self.measured.emit(value, self.kind, True)
        return value

    def reset(self) -> None:
        self.points = []
        self.done = False
        self.band.reset(QgsWkbTypes.PolygonGeometry if self.kind == AREA
                        else QgsWkbTypes.LineGeometry)

    def _redraw(self, cursor: QgsPointXY | None = None) -> None:
        self.band.reset(QgsWkbTypes.PolygonGeometry if self.kind == AREA
                        else QgsWkbTypes.LineGeometry)
        points = list(self.points) + ([cursor] if cursor is not None else [])
        for i, p in enumerate(points):
            self.band.addPoint(p, i == len(points) - 1)
        self.band.show()

    # --- gestures ------------------------------------------------------------------------

    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 (Qt override)
        if e.button() == Qt.LeftButton:
            self._pressed_at = e.pos()
            self._dragging = False

    def canvasMoveEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if self._pressed_at is not None and (e.buttons() & Qt.LeftButton):
            if not self._dragging and (e.pos() - self._pressed_at).manhattanLength() > CLICK_TOLERANCE_PX:
                self._dragging = True
            if self._dragging:
                self.canvas().panAction(e)
            return
        if self.points and not self.done:
            cursor = QgsPointXY(e.mapPoint())
            self._redraw(cursor)
            self.measured.emit(self.value(cursor), self.kind, False)

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() == Qt.RightButton:
            if self.points:
                self.finish()
            return
        if e.button() != Qt.LeftButton or self._pressed_at is None:
            return
        self._pressed_at = None
        if self._dragging:
            self._dragging = False
            self.canvas().panActionEnd(e.pos())
            return
        self.add_point(QgsPointXY(e.mapPoint()))

    def canvasDoubleClickEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() == Qt.LeftButton and self.points:
            self.finish()

    def keyPressEvent(self, e) -> None:  # noqa: N802
        if e.key() == Qt.Key_Escape:
            self.reset()
            self.measured.emit(0.0, self.kind, False)

    def deactivate(self) -> None:
        self.reset()
        self._pressed_at = None
        self._dragging = False
        super().deactivate()

    def remove(self) -> None:
        """Take the rubber band off the canvas (the tool is being discarded)."""
        scene = self.canvas().scene()
        if scene is not None and self.band.scene() is scene:
            scene.removeItem(self.band)


def format_measure(value: float, kind: str) -> str:
    """"1.25 km", "350.2 m", "1.40 km²", "5,230 m²"."""
    if kind == DISTANCE:
        return f"{value / 1000:.2f} km" if value >= 1000 else f"{value:.1f} m"
    return f"{value / 1e6:.2f} km²" if value >= 1e6 else f"{value:,.0f} m²"
