"""Things drawn over the canvas, fixed on screen: the scale bar and the cursor coordinates.

QGIS's own scale bar decoration lives in the QGIS application, not in the library, so the
map draws a simple one. ``paint_scale_bar`` also draws onto exported images.
"""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from qgis.PyQt.QtWidgets import QLabel, QWidget

MARGIN = 10
BAR_MAX_PX = 160


def nice_length(max_metres: float) -> float:
    """The largest 1, 2 or 5 × 10^k metres not above ``max_metres``."""
    if max_metres <= 0 or not math.isfinite(max_metres):
        return 0.0
    power = 10 ** math.floor(math.log10(max_metres))
    for step in (5, 2, 1):
        if step * power <= max_metres:
            return step * power
    return power


def length_text(metres: float) -> str:
    if metres >= 1000:
        km = metres / 1000
        return f"{km:g} km"
    return f"{metres:g} m"


def scale_bar_size(font: QFont) -> tuple[float, float]:
    fm = QFontMetricsF(font)
    return BAR_MAX_PX + 24 + fm.horizontalAdvance("5000 km"), fm.height() + 16


def paint_scale_bar(painter: QPainter, bottom_left: QPointF, metres_per_pixel: float,
                    font: QFont | None = None, dark: bool = False) -> None:
    """A two-segment bar whose length is a round number of metres, with its label."""
    metres = nice_length(BAR_MAX_PX * metres_per_pixel)
    if metres <= 0:
        return
    px = metres / metres_per_pixel
    font = font or QFont()
    fm = QFontMetricsF(font)
    text = length_text(metres)
    width = px + 18 + fm.horizontalAdvance(text)
    height = max(fm.height(), 10) + 12
    box = QRectF(bottom_left.x(), bottom_left.y() - height, width, height)
    ink = QColor("#e8edf3") if dark else QColor("#2b2b2b")
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(15, 23, 32, 170) if dark else QColor(255, 255, 255, 200))
    painter.drawRoundedRect(box, 4, 4)
    x0 = box.left() + 6
    y = box.center().y()
    half = px / 2
    painter.setPen(QPen(ink, 1))
    painter.setBrush(ink)
    painter.drawRect(QRectF(x0, y - 2.5, half, 5))
    painter.setBrush(QColor("#ffffff") if not dark else QColor("#0f1720"))
    painter.drawRect(QRectF(x0 + half, y - 2.5, half, 5))
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(QRectF(x0 + px + 6, box.top(), fm.horizontalAdvance(text) + 4, box.height()),
                     Qt.AlignVCenter | Qt.AlignLeft, text)
    painter.restore()


class ScaleBarOverlay(QWidget):
    """Bottom-left of the canvas; transparent to the mouse; repaints when the scale changes."""

    def __init__(self, canvas, dark: bool = False):
        super().__init__(canvas)
        self._canvas = canvas
        self._dark = dark
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WA_NoSystemBackground, True)
        self.resize(*map(int, scale_bar_size(self.font())))
        canvas.scaleChanged.connect(self.update)
        canvas.extentsChanged.connect(self.update)
        _Follow(canvas, self, lambda c, w: (MARGIN, c.height() - w.height() - MARGIN))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        mupp = self._canvas.mapUnitsPerPixel()
        if not mupp or mupp <= 0:
            return
        painter = QPainter(self)
        paint_scale_bar(painter, QPointF(0, self.height()), mupp, self.font(), self._dark)
        painter.end()


class CoordinateOverlay(QLabel):
    """Bottom-right of the canvas: the cursor in metres and in degrees."""

    def __init__(self, canvas, dark: bool = False):
        super().__init__(canvas)
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        fg, bg = ("#e8edf3", "rgba(15,23,32,170)") if dark else ("#2b2b2b", "rgba(255,255,255,200)")
        self.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px;"
                           " padding: 3px 6px; font-family: monospace; }")
        self.hide()
        _Follow(canvas, self, lambda c, w: (c.width() - w.width() - MARGIN,
                                            c.height() - w.height() - MARGIN))

    def show_position(self, x: float, y: float, lon: float, lat: float) -> None:
        self.setText(f"X {x:,.1f}  Y {y:,.1f} m   {lon:.6f}°E  {lat:.6f}°N")
        self.adjustSize()
        self.show()  # adjustSize() resized us: _Follow moves us back into the corner


class _Follow(QObject):
    """Keeps an overlay at a corner of its parent as the parent resizes."""

    def __init__(self, parent: QWidget, overlay: QWidget, where):
        super().__init__(overlay)
        self._parent, self._overlay, self._where = parent, overlay, where
        parent.installEventFilter(self)
        overlay.installEventFilter(self)
        self._place()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Resize, QEvent.Show, QEvent.LayoutRequest):
            self._place()
        return False

    def _place(self) -> None:
        x, y = self._where(self._parent, self._overlay)
        self._overlay.move(int(x), int(y))
