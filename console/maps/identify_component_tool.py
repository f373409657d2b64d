"""The technicians' select tool: click a component symbol to identify it, drag to pan."""

from __future__ import annotations

from qgis.core import QgsPointXY
from qgis.PyQt.QtCore import Qt, pyqtSignal

from console.maps.identify_tool import IdentifyFeatureTool


class IdentifyComponentTool(IdentifyFeatureTool):
    """Emits ``componentIdentified(code)`` for a click on (or near) a component; pans on drag.

    Only while the canvas draws the layer (checked in the layer tree and inside its scale
    range): what cannot be seen cannot be picked.
    """

    componentIdentified = pyqtSignal(str)  # noqa: N815
    field = "code"
    reach_px = 8.0  # a component symbol is about 2 mm (8 px at 96 dpi) across
    needs_scale_range = True
    cursor_shape = Qt.PointingHandCursor

    def identified(self, value: str) -> None:
        self.componentIdentified.emit(value)

    def component_at(self, point: QgsPointXY) -> str | None:
        return self.feature_at(point)
