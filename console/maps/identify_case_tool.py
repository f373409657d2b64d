"""The map's default tool: drag to pan, click a case pin to identify it."""

from __future__ import annotations

from qgis.core import QgsPointXY
from qgis.PyQt.QtCore import pyqtSignal

from console.maps.identify_tool import IdentifyFeatureTool

SEARCH_RADIUS_MM = 3.0  # a pin is about 4 mm across


class IdentifyCaseTool(IdentifyFeatureTool):
    """Emits ``caseIdentified(case_id)`` for a click on (or near) a pin; pans on drag.

    Where pins overlap (a cluster), the one nearest the click wins.
    """

    caseIdentified = pyqtSignal(str)  # noqa: N815
    field = "id"

    def reach_pixels(self) -> float:
        return SEARCH_RADIUS_MM * self.canvas().mapSettings().outputDpi() / 25.4

    def identified(self, value: str) -> None:
        self.caseIdentified.emit(value)

    def case_at(self, point: QgsPointXY) -> str | None:
        return self.feature_at(point)
