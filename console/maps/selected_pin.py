"""The selected case's pin, drawn again above the map image, inside the highlight ring.

The pins are ordinary layer symbols: at street scale a community or street label (drawn
after every layer) may cover one, and at city scale other dots drawn later may sit on it.
The ring around the selected case must never be empty, so the pin of the selected case is
repeated as a canvas item, with the very symbol the layer's renderer gives that feature at
the current scale (shape = stage, colour = deadline light; red for an overdue one).

Main thread only; the item belongs to the canvas's scene (``CityMap`` removes it).
"""

from __future__ import annotations

from qgis.core import (
    QgsExpressionContextUtils,
    QgsFeature,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapCanvasItem
from qgis.PyQt.QtCore import QPointF, QRectF
from qgis.PyQt.QtGui import QPainter

#: half the side of the item's box on screen, pixels (a pin is ~5 mm wide)
BOX_PX = 40.0


def pin_symbols(layer: QgsVectorLayer, feature: QgsFeature, canvas: QgsMapCanvas) -> list:
    """The marker symbols ``layer``'s renderer draws ``feature`` with at the canvas's scale
    (copies; empty when the renderer draws nothing for it there)."""
    renderer = layer.renderer()
    if renderer is None:
        return []
    renderer = renderer.clone()
    context = QgsRenderContext.fromMapSettings(canvas.mapSettings())
    context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.expressionContext().setFeature(feature)
    renderer.startRender(context, layer.fields())
    try:
        symbols = [s.clone() for s in renderer.symbolsForFeature(feature, context)
                   if isinstance(s, QgsMarkerSymbol)]
    finally:
        renderer.stopRender(context)
    return symbols


class SelectedPinItem(QgsMapCanvasItem):
    """One feature's marker symbols at a map point, on top of the rendered map."""

    def __init__(self, canvas: QgsMapCanvas, point: QgsPointXY, feature: QgsFeature,
                 layer: QgsVectorLayer, symbols: list):
        super().__init__(canvas)
        self._canvas = canvas
        self._point = QgsPointXY(point)
        self._feature = QgsFeature(feature)
        self._fields = layer.fields()
        self._symbols = symbols
        self.setZValue(10)  # under the ring (QgsHighlight), above the map image
        self.updatePosition()

    def symbols(self) -> list:
        return list(self._symbols)

    def updatePosition(self) -> None:  # noqa: N802 (Qt/QGIS override)
        self.setPos(self.toCanvasCoordinates(self._point))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-BOX_PX, -BOX_PX, 2 * BOX_PX, 2 * BOX_PX)

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        if not self._symbols:
            return
        painter.setRenderHint(QPainter.Antialiasing, True)
        context = QgsRenderContext.fromMapSettings(self._canvas.mapSettings())
        context.setPainter(painter)
        context.setFlag(QgsRenderContext.Antialiasing, True)
        context.expressionContext().setFeature(self._feature)
        for symbol in self._symbols:
            symbol.startRender(context, self._fields)
            symbol.renderPoint(QPointF(0, 0), self._feature, context)
            symbol.stopRender(context)
