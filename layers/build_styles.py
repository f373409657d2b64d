"""Writes the first version of every ``layers/*.qml`` from code.

The .qml files are the truth: technicians restyle a layer in QGIS Desktop (open the demo
database, Layer Properties → Style → Save Style… → QGIS Layer Style File) and save it back
over the file here. Re-running this script overwrites such work, so run it only for a layer
you mean to reset::

    QT_QPA_PLATFORM=offscreen .venv/bin/python layers/build_styles.py --db sqlite:////tmp/demo.sqlite [--only case road]

Design (light theme, readable by a shift leader at a glance): the base map is pale (water
light blue, buildings warm grey, roads white/yellow with casings, widths in metres so they
thin out as one zooms out); boundaries get stronger from grid cell to district; components
are small coloured shapes per major class; case pins are shaped by stage and coloured by
their deadline light, overdue red, drawn on top and clustered where they overlap.

Scale ranges of whole layers are not here: they belong to ``console/maps/layer_specs.py``.
Legend labels are English (Qt's source language); ``console/maps/legend.py`` lists them for
translation, so a new label must be added there too.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsField,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMapUnitScale,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointClusterRenderer,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QVariant  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

FONT = "Noto Sans CJK SC"  # Qt falls back to any CJK font where this one is missing
MM = QgsUnitTypes.RenderMillimeters
METRES = QgsUnitTypes.RenderMapUnits
Shape = QgsSimpleMarkerSymbolLayerBase

# The deadline light of a case, computed in QGIS so that the map needs no extra column.
# Times are stored as naive UTC (SpatiaLite text, PostGIS timestamp without time zone) and
# QGIS reads them as local time, so epoch("deadline") is the deadline shifted by the local
# zone's offset. Comparing it with "now" shifted the same way is exact (as long as no
# daylight-saving change lies between the two; China has none). ``@console_now_ms`` is that
# shifted now; the console sets it on the layer every minute (CityMap.set_clock). Where it
# is unset (QGIS Desktop) the expression derives it: 2 * epoch(now()) minus the local wall
# clock read as if it were UTC — slower (≈3×), same result.
# Yellow compares the stored "warn_at" (80 % of the stage's time, in working time where the
# rule counts working time: the services compute it), so the map and the lists agree; rows
# written before that column existed fall back to the wall-clock 80 % point.
_NOW = (
    "if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01'))"
    " * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000,"
    " @console_now_ms)"
)
LIGHT_EXPRESSION = (
    "CASE\n"
    " WHEN \"state\" IN ('closed', 'rejected', 'cancelled', 'merged', 'suspended')"
    " OR \"deadline\" IS NULL THEN NULL\n"
    f" WHEN {_NOW} > epoch(\"deadline\") THEN 'red'\n"
    f" WHEN {_NOW} > coalesce(epoch(\"warn_at\"),"
    " 0.2 * epoch(\"stage_started_at\") + 0.8 * epoch(\"deadline\")) THEN 'yellow'\n"
    " ELSE 'green'\n"
    "END"
)

LIGHT_COLOURS = {"red": "#e0202a", "yellow": "#f2a900", "green": "#23a347"}


# --- helpers ------------------------------------------------------------------------------


def text_format(size: float, colour: str, bold: bool = False, buffer: str = "#ffffff",
                buffer_size: float = 0.8) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(buffer_size)
    buf.setSizeUnit(MM)
    buf.setColor(QColor(buffer))
    buf.setOpacity(0.85)
    fmt.setBuffer(buf)
    return fmt


def labels(field: str, fmt: QgsTextFormat, placement, min_scale: float = 0,
           max_scale: float = 0, is_expression: bool = False, priority: int = 5,
           obstacle: bool = True, polygon_centroid: bool = True) -> QgsVectorLayerSimpleLabeling:
    """Labels drawn when max_scale < denominator < min_scale (0: no limit)."""
    s = QgsPalLayerSettings()
    s.fieldName = field
    s.isExpression = is_expression
    s.setFormat(fmt)
    s.placement = placement
    s.priority = priority
    s.centroidInside = polygon_centroid
    s.displayAll = False
    if min_scale or max_scale:
        s.scaleVisibility = True
        s.minimumScale = min_scale
        s.maximumScale = max_scale
    obs = s.obstacleSettings()
    obs.setIsObstacle(obstacle)
    s.setObstacleSettings(obs)
    return QgsVectorLayerSimpleLabeling(s)


def line_layer(colour: str, width: float, unit=MM, style=None, min_mm: float = 0,
               max_mm: float = 0, cap="flat") -> QgsSimpleLineSymbolLayer:
    from qgis.PyQt.QtCore import Qt

    sl = QgsSimpleLineSymbolLayer(QColor(colour), width)
    sl.setWidthUnit(unit)
    if unit == METRES and (min_mm or max_mm):
        scale = QgsMapUnitScale()
        if min_mm:
            scale.minSizeMMEnabled, scale.minSizeMM = True, min_mm
        if max_mm:
            scale.maxSizeMMEnabled, scale.maxSizeMM = True, max_mm
        sl.setWidthMapUnitScale(scale)
    if style is not None:
        sl.setPenStyle(style)
    sl.setPenCapStyle({"flat": Qt.FlatCap, "round": Qt.RoundCap, "square": Qt.SquareCap}[cap])
    sl.setPenJoinStyle(Qt.RoundJoin)
    return sl


def outline_only(colour: str, width: float, style=None) -> QgsFillSymbol:
    from qgis.PyQt.QtCore import Qt

    sl = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.NoBrush, QColor(colour),
                                  style if style is not None else Qt.SolidLine, width)
    sl.setStrokeWidthUnit(MM)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, sl)
    return symbol


def marker(shape, fill: str, size: float, stroke: str = "#ffffff", stroke_width: float = 0.4,
           angle: float = 0) -> QgsMarkerSymbol:
    sl = QgsSimpleMarkerSymbolLayer(shape, size, angle)
    sl.setColor(QColor(fill))
    sl.setStrokeColor(QColor(stroke))
    sl.setStrokeWidth(stroke_width)
    sl.setStrokeWidthUnit(MM)
    sl.setSizeUnit(MM)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, sl)
    return symbol


def rule(label: str, expression: str | None, symbol=None, min_scale: float = 0,
         max_scale: float = 0, description: str = "") -> QgsRuleBasedRenderer.Rule:
    r = QgsRuleBasedRenderer.Rule(symbol, int(max_scale), int(min_scale), expression or "",
                                  label, description)
    return r


# --- one function per layer ---------------------------------------------------------------


def style_water(layer):
    from qgis.PyQt.QtCore import Qt

    sl = QgsSimpleFillSymbolLayer(QColor("#b3d4ec"), Qt.SolidPattern, QColor("#93bddd"),
                                  Qt.SolidLine, 0.2)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, sl)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(labels("name", text_format(9, "#3f77a6", buffer="#e7f1f9"),
                             QgsPalLayerSettings.Horizontal, min_scale=30_000, obstacle=False))
    layer.setLabelsEnabled(True)


def style_building(layer):
    from qgis.PyQt.QtCore import Qt

    sl = QgsSimpleFillSymbolLayer(QColor("#e3ddd3"), Qt.SolidPattern, QColor("#cdc4b6"),
                                  Qt.SolidLine, 0.15)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, sl)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def style_road(layer):
    # Widths in metres (a main road is ~24 m across), never thinner than a hairline.
    def road(casing, fill, metres, min_mm):
        # Casings under all fills, so that crossings join cleanly: two rendering passes.
        under = line_layer(casing, metres + 4, METRES, min_mm=min_mm + 0.25)
        under.setRenderingPass(0)
        over = line_layer(fill, metres, METRES, min_mm=min_mm)
        over.setRenderingPass(1)
        symbol = QgsLineSymbol()
        symbol.changeSymbolLayer(0, under)
        symbol.appendSymbolLayer(over)
        return symbol

    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(rule("Branch road", "\"kind\" = 'branch'", road("#d6cfc4", "#ffffff", 8, 0.15),
                          min_scale=20_000, description="支路"))
    root.appendChild(rule("Secondary road", "\"kind\" = 'secondary'",
                          road("#cfc3ae", "#fffdf6", 14, 0.3), description="次干路"))
    root.appendChild(rule("Main road", "\"kind\" = 'main'", road("#d9a441", "#ffd98a", 24, 0.55),
                          description="主干路"))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)
    lab = labels("name", text_format(8, "#7a5b1e", buffer="#fffdf6"),
                 QgsPalLayerSettings.Line, min_scale=12_000, priority=4, obstacle=False)
    s = lab.settings()
    s.placementFlags = QgsPalLayerSettings.OnLine
    s.repeatDistance = 120
    s.repeatDistanceUnit = MM
    s.mergeLines = True
    lab.setSettings(s)
    layer.setLabeling(lab)
    layer.setLabelsEnabled(True)


def style_district(layer):
    from qgis.PyQt.QtCore import Qt

    symbol = QgsFillSymbol()
    halo = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.NoBrush, QColor(150, 80, 140, 60),
                                    Qt.SolidLine, 2.2)
    line = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.NoBrush, QColor("#8b3d7f"),
                                    Qt.DashDotLine, 0.7)
    symbol.changeSymbolLayer(0, halo)
    symbol.appendSymbolLayer(line)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(labels("name", text_format(16, "#7a2f6f", bold=True, buffer_size=1.2),
                             QgsPalLayerSettings.Horizontal, max_scale=20_000, priority=9))
    layer.setLabelsEnabled(True)


def style_street(layer):
    from qgis.PyQt.QtCore import Qt

    layer.setRenderer(QgsSingleSymbolRenderer(outline_only("#b0587a", 0.45, Qt.DashLine)))
    layer.setLabeling(labels("name", text_format(10.5, "#9a3f63", bold=True),
                             QgsPalLayerSettings.Horizontal, min_scale=80_000, max_scale=6_000,
                             priority=8))
    layer.setLabelsEnabled(True)


def style_community(layer):
    from qgis.PyQt.QtCore import Qt

    layer.setRenderer(QgsSingleSymbolRenderer(outline_only("#4f8a5b", 0.35, Qt.DashLine)))
    layer.setLabeling(labels("name", text_format(9, "#2f6b3b"), QgsPalLayerSettings.Horizontal,
                             min_scale=20_000, max_scale=1_000, priority=7))
    layer.setLabelsEnabled(True)


def style_grid_cell(layer):
    layer.setRenderer(QgsSingleSymbolRenderer(outline_only("#8596ad", 0.18)))
    layer.setLabeling(labels("code", text_format(7, "#4a5d78", buffer_size=0.6),
                             QgsPalLayerSettings.Horizontal, min_scale=5_000, priority=3,
                             obstacle=False))
    layer.setLabelsEnabled(True)


COMPONENT_MAJORS = [
    # major, name, shape, colour
    ("01", "Public facilities", Shape.Circle, "#1f6fb4"),
    ("02", "Roads and traffic", Shape.Square, "#e8740c"),
    ("03", "City appearance and environment", Shape.Diamond, "#7b4aa8"),
    ("04", "Parks and greenery", Shape.Triangle, "#2e9a3a"),
    ("05", "Buildings and land", Shape.Pentagon, "#a0522d"),
    ("06", "Other facilities", Shape.Hexagon, "#5f6b73"),
    ("21", "Extended components", Shape.Star, "#d63384"),
]


def style_component(layer):
    cats = []
    for major, name, shape, colour in COMPONENT_MAJORS:
        cats.append(QgsRendererCategory(major, marker(shape, colour, 2.2, stroke_width=0.25),
                                        f"{major} {name}"))
    cats.append(QgsRendererCategory(None, marker(Shape.Circle, "#9aa3aa", 1.8, stroke_width=0.2),
                                    "Other"))
    # Between 1:4,000 and 1:10,000 (the layer's limit) components are small, so that case
    # pins stand out of them; closer they get their full size.
    for cat in cats:
        size = cat.symbol().size()
        cat.symbol().symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertySize,
            QgsProperty.fromExpression(f"if(@map_scale > 4000, {size * 0.65:.2f}, {size:.2f})"))
    renderer = QgsCategorizedSymbolRenderer("substr(\"class_code\", 1, 2)", cats)
    layer.setRenderer(renderer)
    lab = labels("name", text_format(7, "#3d3d3d", buffer_size=0.6),
                 QgsPalLayerSettings.AroundPoint, min_scale=800, priority=2, obstacle=True)
    s = lab.settings()
    s.dist = 0.8
    lab.setSettings(s)
    layer.setLabeling(lab)
    layer.setLabelsEnabled(True)


CASE_STAGES = [
    # label, states, shape, description
    ("Awaiting acceptance", ("reported", "verifying", "adjudicating"), Shape.Circle, "受理 (登记/核实/值班长)"),
    ("Awaiting dispatch", ("filed",), Shape.Diamond, "待派遣"),
    ("With a department", ("dispatched", "handled"), Shape.Square, "处置/处置反馈"),
    ("Under inspection", ("awaiting_check", "checking", "arbitrating"), Shape.Triangle,
     "核查 (待核查/核查中/结案仲裁)"),
]


OVERVIEW_SCALE = 25_000  # beyond 1:25,000 pins become dots: overdue red, the rest blue
NEUTRAL = "#3d6fb6"


def closed_marker(size: float) -> QgsMarkerSymbol:
    """Closed, rejected, cancelled: a hollow grey ring, unlike any component's filled shape
    (a component of major 01 is a filled blue dot)."""
    sl = QgsSimpleMarkerSymbolLayer(Shape.Circle, size)
    sl.setSizeUnit(MM)
    sl.setColor(QColor(0, 0, 0, 0))
    sl.setStrokeColor(QColor("#5d5d5d"))
    sl.setStrokeWidth(0.45)
    sl.setStrokeWidthUnit(MM)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, sl)
    dot = QgsSimpleMarkerSymbolLayer(Shape.Circle, size * 0.28)
    dot.setSizeUnit(MM)
    dot.setColor(QColor("#5d5d5d"))
    dot.setStrokeColor(QColor("#5d5d5d"))
    symbol.appendSymbolLayer(dot)
    return symbol


def case_renderer(overdue: bool = False) -> QgsRuleBasedRenderer:
    """The pins of the case layer (``overdue=False``: every open case except overdue ones,
    which the unclustered overdue layer draws, so a cluster never swallows one), or of the
    overdue layer (``overdue=True``: only overdue ones, red, never clustered)."""
    if overdue:
        return overdue_renderer()
    root = QgsRuleBasedRenderer.Rule(None)
    detail = rule("Pins (street scale)", None, None, min_scale=OVERVIEW_SCALE,
                  description="street scale: shape = stage, colour = deadline light")
    for label, states, shape, description in CASE_STAGES:
        in_states = ", ".join(f"'{s}'" for s in states)
        parent = rule(label, f'"state" IN ({in_states})', None, description=description)
        size = 4.2 if shape != Shape.Triangle else 4.6
        parent.appendChild(rule("Due soon", "\"light\" = 'yellow'",
                                marker(shape, LIGHT_COLOURS["yellow"], size, "#ffffff", 0.5),
                                description="将到期 (>80%)"))
        parent.appendChild(rule("On time", "\"light\" IS NULL OR \"light\" = 'green'",
                                marker(shape, LIGHT_COLOURS["green"], size, "#ffffff", 0.5),
                                description="正常"))
        detail.appendChild(parent)
    detail.appendChild(rule("Suspended", "\"state\" = 'suspended'",
                            marker(Shape.Circle, "#8d8d8d", 3.6, "#ffffff", 0.5),
                            description="挂账"))
    detail.appendChild(rule("Closed, rejected or cancelled", f"\"state\" IN ({ENDED})",
                            closed_marker(2.8), description="已结案/不受理/作废"))
    root.appendChild(detail)
    # City scale: two colours only, so that a cluster's @cluster_color tells whether all,
    # none or some of its cases are overdue (see cluster_symbol).
    overview = rule("Dots and clusters (city scale)", None, None, max_scale=OVERVIEW_SCALE,
                    description="city scale: open cases blue (overdue ones: the overdue layer)")
    overview.appendChild(rule("Closed, rejected or cancelled", f"\"state\" IN ({ENDED})",
                              closed_marker(1.9), description="已结案/不受理/作废"))
    overview.appendChild(rule("Open, not overdue",
                              "\"light\" IS NULL OR \"light\" <> 'red'",
                              marker(Shape.Circle, NEUTRAL, 2.2, "#ffffff", 0.4),
                              description="未超期"))
    root.appendChild(overview)
    # Children carry their group's scale range too, so that a legend filtered by scale
    # lists only what is drawn.
    for group in (detail, overview):
        for child in group.descendants():
            child.setMinimumScale(group.minimumScale())
            child.setMaximumScale(group.maximumScale())
    return QgsRuleBasedRenderer(root)


ENDED = "'closed', 'rejected', 'cancelled', 'merged'"


def overdue_renderer() -> QgsRuleBasedRenderer:
    """Overdue open cases only, each drawn on its own (no clustering): red, shaped by stage
    at street scale, a red dot with a white ring at city scale."""
    root = QgsRuleBasedRenderer.Rule(None)
    red = "\"light\" = 'red'"
    detail = rule("Overdue pins (street scale)", None, None, min_scale=OVERVIEW_SCALE)
    for label, states, shape, description in CASE_STAGES:
        in_states = ", ".join(f"'{s}'" for s in states)
        size = (4.2 if shape != Shape.Triangle else 4.6) + 0.6
        detail.appendChild(rule(label, f'{red} AND "state" IN ({in_states})',
                                marker(shape, LIGHT_COLOURS["red"], size, "#ffffff", 0.6),
                                description=f"超期 · {description}"))
    root.appendChild(detail)
    overview = rule("Overdue (city scale, never clustered)", red,
                    marker(Shape.Circle, LIGHT_COLOURS["red"], 2.8, "#ffffff", 0.5),
                    max_scale=OVERVIEW_SCALE, description="超期：不参与聚合")
    root.appendChild(overview)
    for group in (detail, overview):
        for child in group.descendants():
            child.setMinimumScale(group.minimumScale())
            child.setMaximumScale(group.maximumScale())
    return QgsRuleBasedRenderer(root)


def _order_by_light():
    from qgis.core import QgsFeatureRequest

    clause = QgsFeatureRequest.OrderByClause(
        "CASE WHEN \"light\" = 'red' THEN 3 WHEN \"light\" = 'yellow' THEN 2 "
        "WHEN \"light\" = 'green' THEN 1 ELSE 0 END", True)
    return QgsFeatureRequest.OrderBy([clause])


def cluster_symbol() -> QgsMarkerSymbol:
    """A disc sized by the count, in the members' colour when they all share one (blue at
    city scale, green or yellow at street scale), else blue. Overdue cases never join a
    cluster: the overdue layer draws each of them in red on top (``overdue_renderer``)."""
    disc = QgsSimpleMarkerSymbolLayer(Shape.Circle, 5.0)
    disc.setSizeUnit(MM)
    disc.setStrokeColor(QColor("#ffffff"))
    disc.setStrokeWidth(0.5)
    disc.setColor(QColor(NEUTRAL))
    disc.setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty.fromExpression(
        f"coalesce(@cluster_color, '{NEUTRAL}')"))
    disc.setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(
        "min(3.4 + 1.2 * ln(@cluster_size), 9)"))
    count = QgsFontMarkerSymbolLayer("Sans Serif", "", 2.6, QColor("#ffffff"))
    count.setSizeUnit(MM)
    count.setDataDefinedProperty(QgsSymbolLayer.PropertyCharacter,
                                 QgsProperty.fromExpression("@cluster_size"))
    count.setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(
        "if(@cluster_size >= 100, 2.2, 2.6)"))
    count.setFontStyle("Bold")
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, disc)
    symbol.appendSymbolLayer(count)
    return symbol


def style_case(layer):
    if layer.fields().indexOf("light") < 0:
        layer.addExpressionField(LIGHT_EXPRESSION, QgsField("light", QVariant.String, "string", 8))
    else:
        layer.updateExpressionField(layer.fields().indexOf("light"), LIGHT_EXPRESSION)
    cluster = QgsPointClusterRenderer()
    cluster.setEmbeddedRenderer(case_renderer())
    cluster.setClusterSymbol(cluster_symbol())
    cluster.setTolerance(8)
    cluster.setToleranceUnit(MM)
    # Overdue pins on top of the others where they overlap.
    cluster.setOrderBy(_order_by_light())
    cluster.setOrderByEnabled(True)
    layer.setRenderer(cluster)
    _pin_labeling(layer, "#222222", "pins")


def _pin_labeling(layer, color: str, what: str) -> None:
    """Two label rules: pins block every other layer's labels (a street, community or cell
    label never hides a pin), and close in the pins carry their case code. The obstacles act
    only at street scales: at city scale the district and street names matter more than the
    dots they may cross (and 6,000 obstacles would push most names off the map)."""
    code = labels("code", text_format(7.5, color, buffer_size=0.7),
                  QgsPalLayerSettings.AroundPoint, min_scale=1_000, priority=10,
                  obstacle=True).settings()
    code.dist = 1.2
    blocking = QgsPalLayerSettings(code)
    blocking.drawLabels = False
    blocking.scaleVisibility = True
    blocking.minimumScale = OVERVIEW_SCALE
    blocking.maximumScale = 0
    obs = blocking.obstacleSettings()
    obs.setIsObstacle(True)
    obs.setFactor(2.0)
    blocking.setObstacleSettings(obs)
    root = QgsRuleBasedLabeling.Rule(None)
    block_rule = QgsRuleBasedLabeling.Rule(blocking)
    block_rule.setDescription(f"{what} block other labels")
    block_rule.setMinimumScale(OVERVIEW_SCALE)  # the rule's range is what obstacles obey
    root.appendChild(block_rule)
    code_rule = QgsRuleBasedLabeling.Rule(QgsPalLayerSettings(code))
    code_rule.setDescription("case code")
    root.appendChild(code_rule)
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression("\"code\"")


def style_case_overdue(layer):
    """The overdue layer: the case table again, drawing only overdue cases, unclustered and
    above the clustered pins (console/maps/layer_specs.py puts it first)."""
    if layer.fields().indexOf("light") < 0:
        layer.addExpressionField(LIGHT_EXPRESSION, QgsField("light", QVariant.String, "string", 8))
    else:
        layer.updateExpressionField(layer.fields().indexOf("light"), LIGHT_EXPRESSION)
    layer.setRenderer(overdue_renderer())
    _pin_labeling(layer, "#9b111e", "overdue pins")


def style_case_heat(layer):
    """Density of open cases (video wall, statistics): transparent where there are none."""
    from qgis.core import QgsGradientColorRamp, QgsGradientStop, QgsHeatmapRenderer

    ramp = QgsGradientColorRamp(QColor(255, 237, 160, 0), QColor("#bd0026"), False, [
        QgsGradientStop(0.25, QColor(254, 217, 118, 150)),
        QgsGradientStop(0.5, QColor("#fd8d3c")),
        QgsGradientStop(0.75, QColor("#f03b20")),
    ])
    heat = QgsHeatmapRenderer()
    heat.setColorRamp(ramp)
    heat.setRadius(9)
    heat.setRadiusUnit(MM)
    heat.setRenderQuality(3)
    layer.setRenderer(heat)
    layer.setOpacity(0.65)


# What a style file holds: no forms, actions or layer metadata, so that a schema change
# (a new column) does not make the files stale.
STYLE_CATEGORIES = (QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Fields
                    | QgsMapLayer.Rendering | QgsMapLayer.MapTips)

STYLERS = {
    "water": style_water, "building": style_building, "road": style_road,
    "district": style_district, "street": style_street, "community": style_community,
    "grid_cell": style_grid_cell, "component": style_component, "case": style_case,
    "case_overdue": style_case_overdue,
    "case_heat": style_case_heat,
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a demo database")
    parser.add_argument("--only", nargs="*", help="layer keys to rewrite (default: all)")
    args = parser.parse_args(argv)

    app = QgsApplication([], True)
    app.initQgis()
    from console.maps.layer_factory import LayerFactory
    from console.maps.layer_specs import LAYER_SPECS

    factory = LayerFactory(args.db)
    for spec in LAYER_SPECS:
        if args.only and spec.key not in args.only:
            continue
        layer = factory.create(spec, styled=False)
        STYLERS[spec.key](layer)
        message, ok = layer.saveNamedStyle(str(spec.style_path), STYLE_CATEGORIES)
        print(spec.style_path.name, "ok" if ok else message)
        del layer
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
