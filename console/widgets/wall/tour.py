"""The tour: the map cycles through the whole city, each district and the hot spots (the
cells with most open cases this week), staying ``dwell_s`` seconds at each stop.

``advance()`` goes to the next stop at once (the timer calls it; the soak bench drives it
with a fast clock). After the last stop ``cycleFinished`` is emitted (the wall then
replays the day) and the next ``advance()`` starts again with the whole city.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsRectangle
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

DWELL_S = 20
#: half the side of the square shown around a hot spot, metres
HOT_SPOT_HALF_M = 450.0


class WallTour(QObject):
    #: the stop shown now (its name)
    stopChanged = pyqtSignal(str)  # noqa: N815
    #: the last stop of a round was shown
    cycleFinished = pyqtSignal()  # noqa: N815

    def __init__(self, city_map, dwell_s: float = DWELL_S, parent=None):
        super().__init__(parent)
        self.city_map = city_map
        self.hot_spots: list[dict] = []
        self.index = -1
        self.current: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(int(dwell_s * 1000))
        self._timer.timeout.connect(self.advance)

    def set_hot_spots(self, spots: list[dict]) -> None:
        self.hot_spots = list(spots)

    def stops(self) -> list[tuple[str, QgsRectangle]]:
        """(name, extent) of each stop of a round, read now (districts from the map layer)."""
        out = [(self.tr("Whole city"), self.city_map.city_extent())]
        layer = self.city_map.layer("district")
        if layer is not None:
            request = QgsFeatureRequest().setSubsetOfAttributes(["name"], layer.fields())
            features = sorted(layer.getFeatures(request), key=lambda f: str(f["name"]))
            for feature in features:
                if feature.hasGeometry():
                    box = QgsRectangle(feature.geometry().boundingBox())
                    box.scale(1.08)
                    out.append((str(feature["name"]), box))
        for i, spot in enumerate(self.hot_spots, 1):
            box = QgsRectangle(spot["x"] - HOT_SPOT_HALF_M, spot["y"] - HOT_SPOT_HALF_M,
                               spot["x"] + HOT_SPOT_HALF_M, spot["y"] + HOT_SPOT_HALF_M)
            out.append((self.tr("Hot spot {n}: cell {cell} ({count} open)").format(
                n=i, cell=spot["grid_code"], count=spot["count"]), box))
        return out

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    def running(self) -> bool:
        return self._timer.isActive()

    def advance(self) -> str:
        stops = self.stops()
        self.index = (self.index + 1) % len(stops)
        name, extent = stops[self.index]
        if not extent.isEmpty():
            self.city_map.canvas.setExtent(extent)
            self.city_map.canvas.refresh()
        self.current = name
        self.stopChanged.emit(name)
        if self.index == len(stops) - 1:
            self.cycleFinished.emit()
        return name
