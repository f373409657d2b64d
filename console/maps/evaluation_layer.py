"""The evaluation on the map: the areas of one level coloured by one figure (综合评价).

``EvaluationLayer(city_map)`` puts one memory layer of districts, streets, communities or
grid cells into its own layer-tree group, just above the city's boundaries (so the case
pins stay on top), with QGIS's graduated renderer (Jenks natural breaks, or equal interval)
and a red-yellow-green ramp: green is good whichever way the figure runs (a high 返工率 is
red). Areas without a figure in the period get a grey "no figures" class, so every area
drawn has a colour and the legend names it.

Ownership: the layer belongs to the map's project; this object keeps only its id and finds
its group again by a custom property tag (Qt's drag and drop re-creates moved groups, so a
kept pointer could dangle). ``remove()`` takes both away; call it when the dimension changes
or the panel closes. Main thread only.
"""

from __future__ import annotations

import uuid

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsPointXY,
    QgsRectangle,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QTimer, QVariant
from qgis.PyQt.QtGui import QColor

from console.maps.layer_factory import CRS
from console.maps.layer_specs import GROUP_BOUNDARIES

#: KPI dimension → the map layer key whose areas it groups by
AREA_LAYERS = {"district": "district", "street": "street", "community": "community",
               "grid": "grid_cell"}
GROUP_TAG = "console/evaluation"
_CITY_GROUP_TAG = "console/group"  # city_map.py's tag: "<map tag>|<group title>"
JENKS, EQUAL_INTERVAL = "jenks", "equal_interval"
MAX_CLASSES = 5
NO_DATA = -1.0  # below every figure (rates and scores are 0..100, counts ≥ 0)
NO_DATA_COLOR = QColor("#c8c8c8")
RED, YELLOW, GREEN = QColor("#d7191c"), QColor("#fec44f"), QColor("#1a9641")
OPACITY = 0.78


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationLayer", text)


def ramp(higher_is_better: bool = True) -> QgsGradientColorRamp:
    """Red → yellow → green from the worst to the best value."""
    low, high = (RED, GREEN) if higher_is_better else (GREEN, RED)
    return QgsGradientColorRamp(low, high, False, [QgsGradientStop(0.5, YELLOW)])


def class_bounds(values: list[float], method: str = JENKS,
                 classes: int = MAX_CLASSES) -> list[tuple[float, float]]:
    """``(lower, upper)`` of the classes over ``values``: contiguous, covering min..max,
    no two alike (five equal figures make one class, not five)."""
    # sorted: QGIS 3.22's Jenks breaks assume it (unsorted figures gave one class)
    values = sorted(float(v) for v in values if v is not None)
    if not values:
        return []
    distinct = sorted(set(values))
    n = max(1, min(classes, len(distinct)))
    if len(distinct) == 1:
        return [(distinct[0], distinct[0])]
    method_ = QgsClassificationEqualInterval() if method == EQUAL_INTERVAL else QgsClassificationJenks()
    found = method_.classes(values, n) if method != EQUAL_INTERVAL else method_.classes(
        distinct[0], distinct[-1], n)
    bounds: list[tuple[float, float]] = []
    for r in found:
        lo, hi = r.lowerBound(), r.upperBound()
        if bounds and hi <= bounds[-1][1]:
            continue
        bounds.append((bounds[-1][1] if bounds else lo, hi))
    # the classification may round: the first and last class reach the extremes
    bounds[0] = (min(bounds[0][0], distinct[0]), bounds[0][1])
    bounds[-1] = (bounds[-1][0], max(bounds[-1][1], distinct[-1]))
    return bounds


def graduated_renderer(values: list[float], higher_is_better: bool = True,
                       method: str = JENKS, classes: int = MAX_CLASSES,
                       unit: str = "", with_no_data: bool = True) -> QgsGraduatedSymbolRenderer:
    """A graduated renderer on the field ``value`` (NULL drawn as "no figures")."""
    renderer = QgsGraduatedSymbolRenderer(f'coalesce("value", {NO_DATA})')
    color_ramp = ramp(higher_is_better)
    bounds = class_bounds(values, method, classes)
    if with_no_data:
        symbol = _fill(NO_DATA_COLOR)
        renderer.addClassRange(QgsRendererRange(NO_DATA, NO_DATA, symbol, _tr("No figures")))
    for i, (lo, hi) in enumerate(bounds):
        share = i / (len(bounds) - 1) if len(bounds) > 1 else 1.0
        label = f"{lo:.2f}{unit}" if lo == hi else f"{lo:.2f} – {hi:.2f}{unit}"
        renderer.addClassRange(QgsRendererRange(lo, hi, _fill(color_ramp.color(share)), label))
    renderer.setSourceColorRamp(color_ramp)
    return renderer


def _fill(color: QColor) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "color": f"{color.red()},{color.green()},{color.blue()},255",
        "outline_color": "80,80,80,255", "outline_width": "0.3", "outline_width_unit": "MM"})


class EvaluationLayer:
    """One graduated area layer at a time on ``city_map`` (a ``CityMap``)."""

    def __init__(self, city_map):
        self.city_map = city_map
        self._tag = uuid.uuid4().hex
        self._layer_id: str | None = None
        self.level: str | None = None

    @property
    def project(self):
        return self.city_map.project

    def layer(self) -> QgsVectorLayer | None:
        if self._layer_id is None:
            return None
        return self.project.mapLayer(self._layer_id)

    def show(self, level: str, values: dict[str, float | None], title: str,
             names: dict[str, str] | None = None, within: str | None = None,
             higher_is_better: bool = True, method: str = JENKS, unit: str = "",
             grades: dict[str, str] | None = None) -> QgsVectorLayer | None:
        """Replace the layer by the areas of ``level`` (inside the area coded ``within``),
        coloured by ``values`` (area code → figure). None if the level has no map layer."""
        self.remove()
        source = self.city_map.layer(AREA_LAYERS.get(level, ""))
        if source is None:
            return None
        names = names or {}
        grades = grades or {}
        layer = QgsVectorLayer(f"MultiPolygon?crs={CRS}", title, "memory")
        provider = layer.dataProvider()
        provider.addAttributes([QgsField("code", QVariant.String), QgsField("name", QVariant.String),
                                QgsField("value", QVariant.Double), QgsField("grade", QVariant.String)])
        layer.updateFields()
        request = QgsFeatureRequest()
        if within:
            request.setFilterExpression(f"\"code\" LIKE {QgsExpression.quotedString(within + '%')}")
        has_name = source.fields().indexOf("name") >= 0
        features = []
        for src in source.getFeatures(request):
            if not src.hasGeometry():
                continue
            code = str(src["code"])
            feature = QgsFeature(layer.fields())
            geom = QgsGeometry(src.geometry())
            geom.convertToMultiType()
            feature.setGeometry(geom)
            value = values.get(code)
            name = names.get(code) or (str(src["name"]) if has_name and src["name"] else code)
            feature.setAttributes([code, name, None if value is None else float(value),
                                   grades.get(code)])
            features.append(feature)
        provider.addFeatures(features)
        layer.updateExtents()
        present = [values[f["code"]] for f in features if values.get(f["code"]) is not None]
        layer.setRenderer(graduated_renderer(present, higher_is_better, method, unit=unit,
                                             with_no_data=len(present) < len(features)))
        layer.setOpacity(OPACITY)
        layer.setCustomProperty(GROUP_TAG, self._tag)
        self.project.addMapLayer(layer, False)
        node = QgsLayerTreeLayer(layer)
        node.setExpanded(True)  # the legend of the classes shows at once
        group = self._group()
        group.insertChildNode(0, node)
        # after the view has taken the new rows in (it collapses them as it does)
        QTimer.singleShot(0, lambda: self._expand_layer())
        self._layer_id = layer.id()
        self.level = level
        return layer

    def remove(self) -> None:
        """Take the layer and its group off the map (idempotent)."""
        layer_id, self._layer_id = self._layer_id, None
        self.level = None
        if layer_id is not None and self.project.mapLayer(layer_id) is not None:
            self.project.removeMapLayer(layer_id)
        group = self._find_group()
        if group is not None and group.parent() is not None:
            group.parent().removeChildNode(group)

    def key_at(self, point: QgsPointXY) -> str | None:
        """The code of the area under ``point`` (map CRS), if the layer shows one there."""
        layer = self.layer()
        if layer is None:
            return None
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(point, point))
        spot = QgsGeometry.fromPointXY(point)
        for feature in layer.getFeatures(request):
            if feature.geometry().contains(spot):
                return str(feature["code"])
        return None

    def extent(self) -> QgsRectangle:
        layer = self.layer()
        return layer.extent() if layer is not None else QgsRectangle()

    def _expand_layer(self) -> None:
        layer, group = self.layer(), self._find_group()
        if layer is None or group is None:
            return
        node = self.project.layerTreeRoot().findLayer(layer.id())
        self._expand_in_view(group, *([node] if node is not None else []))

    def _expand_in_view(self, *nodes) -> None:
        """Open the group and the layer in the layer panel: the legend is the key to the
        colours (the view keeps its own expanded state for nodes added after it was made)."""
        view = getattr(self.city_map, "layer_tree_view", None)
        if view is None:
            return
        for node in nodes:
            index = view.node2index(node)  # the view's own (proxy) index
            if index.isValid():
                view.setExpanded(index, True)

    def _find_group(self) -> QgsLayerTreeGroup | None:
        stack = list(self.project.layerTreeRoot().children())
        while stack:
            node = stack.pop(0)
            if isinstance(node, QgsLayerTreeGroup):
                if node.customProperty(GROUP_TAG) == self._tag:
                    return node
                stack.extend(node.children())
        return None

    def _group(self) -> QgsLayerTreeGroup:
        """Our group, made just above the map's boundaries group the first time."""
        group = self._find_group()
        if group is not None:
            return group
        root = self.project.layerTreeRoot()
        index = 0
        for i, node in enumerate(root.children()):
            tag = node.customProperty(_CITY_GROUP_TAG) if isinstance(node, QgsLayerTreeGroup) else None
            if isinstance(tag, str) and tag.endswith("|" + GROUP_BOUNDARIES):
                index = i
                break
        group = QgsLayerTreeGroup(_tr("Evaluation"))
        group.setCustomProperty(GROUP_TAG, self._tag)
        group.setExpanded(True)
        root.insertChildNode(index, group)
        return self._find_group() or group
