"""The city map: the console's central widget, a real QgsMapCanvas over the demo or live city.

Ownership: a ``CityMap`` owns its ``QgsProject`` (unless one is given), the layers built
from ``layer_specs``, the highlight and the map tools; ``shutdown()`` (called on close)
stops rendering and removes its layers. Everything here runs on the main thread; QGIS
renders the layers on its own worker threads and reads the database through its providers.

Signals (for the main window and the docks):

- ``caseClicked(case_id)``: the user clicked a case pin with the default tool.
- ``locationPicked(x, y)``: after ``start_pick_location()``, the clicked point (EPSG:4549).
- ``componentClicked(code)``: after ``start_pick_component()``, a component the user clicked
  (the select tool stays until another tool replaces it or ``cancel_pick_component()``).
- ``cursorMoved(x, y, lon, lat)``: the cursor in metres and in degrees (CGCS2000).
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsLayerTreeModel,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsHighlight, QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas
from qgis.PyQt.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QPointF,
    QSize,
    Qt,
    QThreadPool,
    QTime,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtWidgets import QVBoxLayout, QWidget

from console.domain.codes import is_case_code
from console.maps.base_map import base_map_layer
from console.maps.canvas_overlays import CoordinateOverlay, ScaleBarOverlay, paint_scale_bar
from console.maps.identify_case_tool import IdentifyCaseTool
from console.maps.identify_component_tool import IdentifyComponentTool
from console.maps.layer_factory import CRS, LayerError, LayerFactory
from console.maps.layer_specs import (
    GROUP_BASEMAP,
    GROUPS,
    LAYER_SPECS,
    OPEN_CASES_SUBSET,
    SPECS_BY_KEY,
)
from console.maps.measure_tool import MeasureTool
from console.maps.pick_location_tool import PickLocationTool
from console.maps.selected_pin import SelectedPinItem, pin_symbols

log = logging.getLogger(__name__)
# a custom property on this map's layer-tree groups: "<map tag>|<group title>"
_GROUP_TAG = "console/group"

GEOGRAPHIC = "EPSG:4490"
BACKGROUND = QColor("#f3f1ec")
VIDEO_WALL_BACKGROUND = QColor("#101820")
HIGHLIGHT = QColor("#00b7ff")
FLASH = QColor("#ff2a2a")
POINT_ZOOM_SCALE = 1_500  # find()/select_case() zoom here onto a point
WORK_SCALE = 2_000  # show_layer() zooms in here when a layer's scale range hides it
HIGHLIGHT_RING_MM = 4.5  # radius of the ring around a highlighted pin, on screen
LIGHT_REFRESH_MS = 60_000  # deadline lights change with time even when no row changes
# code length → layer key (grid cell 15, component 16, community 12, street 9, district 6)
CODE_LAYERS = {15: "grid_cell", 16: "component", 12: "community", 9: "street", 6: "district"}
VIDEO_WALL_HIDDEN = {"building", "component", "grid_cell"}
VIDEO_WALL_SHOWN = {"case_heat"}
LIGHT_LAYERS = ("case", "case_overdue")  # layers whose style reads @console_now_ms
CASE_LAYERS = ("case", "case_overdue", "case_heat")  # layers of case_file rows  # where the open cases crowd, for the big screens


class CityMap(QWidget):
    caseClicked = pyqtSignal(str)
    componentClicked = pyqtSignal(str)  # noqa: N815
    locationPicked = pyqtSignal(float, float)
    cursorMoved = pyqtSignal(float, float, float, float)
    measured = pyqtSignal(float, str, bool)  # value (m or m²), kind, done

    def __init__(self, db_url: str, parent: QWidget | None = None, video_wall: bool = False,
                 project: QgsProject | None = None):
        super().__init__(parent)
        self.db_url = db_url
        self.video_wall = video_wall
        self.factory = LayerFactory(db_url)
        self._owns_project = project is None
        # Not a Qt child: a child would be deleted before the canvas, model and bridge that
        # point to it. Held here, it dies after them (sip keeps this wrapper alive while the
        # widget lives).
        self.project = project if project is not None else QgsProject()
        self.project.setCrs(QgsCoordinateReferenceSystem(CRS))
        self.layers: dict[str, QgsVectorLayer] = {}
        self._lookup_layers: dict[str, QgsVectorLayer] = {}
        self._highlight: QgsHighlight | None = None
        self._highlighted: tuple[QgsGeometry, QgsVectorLayer] | None = None
        #: the selected case whose pin is repeated inside the ring, and that pin's source
        self._pin_case: str | None = None
        self._pin_source: tuple[QgsFeature, QgsVectorLayer] | None = None
        self._pin_item: SelectedPinItem | None = None
        self._pending_repaint: set[str] = set()
        self._show_closed = False
        self._closed = False
        self._frozen_clock: datetime | None = None
        self._base_map = None  # the external raster base map layer, if one is set
        # The groups are found again by a tag each time, never kept as pointers: a group the
        # user drags in the layer panel is re-created by Qt's drag and drop, and a kept
        # pointer to the old one would crash the console when it closes.
        self._tree_tag = uuid.uuid4().hex
        self._measure_tools: dict[str, MeasureTool] = {}
        self._department_filter: str | None = None

        self.canvas = QgsMapCanvas(self)
        self._setup_canvas()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

        self._build_layers()
        self.layer_tree_view = self._make_layer_tree_view()
        self._bridge = QgsLayerTreeMapCanvasBridge(self.project.layerTreeRoot(), self.canvas,
                                                   self)
        self._bridge.setAutoSetupOnFirstLayer(False)
        self._bridge.setCanvasLayers()

        self.scale_bar = ScaleBarOverlay(self.canvas, dark=video_wall)
        self.coordinates = CoordinateOverlay(self.canvas, dark=video_wall)
        self._to_geographic = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem(GEOGRAPHIC),
            self.project)

        self._identify_tool = IdentifyCaseTool(self.canvas, lambda: self.layers.get("case"))
        self._identify_tool.caseIdentified.connect(self.caseClicked)
        self._pick_tool = PickLocationTool(self.canvas)
        self._pick_tool.pointPicked.connect(self._on_pick_tool_point_picked)
        self._component_tool = IdentifyComponentTool(self.canvas,
                                                     lambda: self.layers.get("component"))
        self._component_tool.componentIdentified.connect(self.componentClicked)
        self._tool_after_pick = self._identify_tool
        self.canvas.setMapTool(self._identify_tool)

        self.canvas.xyCoordinates.connect(self._on_canvas_xy_coordinates)
        self.canvas.mapCanvasRefreshed.connect(self._on_canvas_refreshed)
        self.canvas.scaleChanged.connect(self._on_canvas_scale_changed)

        self._light_timer = QTimer(self)
        self._light_timer.setInterval(LIGHT_REFRESH_MS)
        self._light_timer.timeout.connect(self._on_light_timer_timeout)
        self._light_timer.start()
        self._update_clock()
        self.zoom_to_city()

    # --- set-up -----------------------------------------------------------------------

    def _setup_canvas(self) -> None:
        c = self.canvas
        c.setProject(self.project)
        c.setDestinationCrs(QgsCoordinateReferenceSystem(CRS))
        c.setCanvasColor(VIDEO_WALL_BACKGROUND if self.video_wall else BACKGROUND)
        c.enableAntiAliasing(True)
        c.setParallelRenderingEnabled(True)
        c.setCachingEnabled(True)
        # Preview jobs render the neighbourhood in the background: on a 2-core workstation
        # they compete with the visible render, so they stay off.
        c.setPreviewJobsEnabled(False)
        c.setMapUpdateInterval(400)
        c.setMinimumSize(200, 150)

    def _build_layers(self) -> None:
        root = self.project.layerTreeRoot()
        for title in GROUPS:
            group = root.addGroup(QCoreApplication.translate("LayerSpec", title))
            group.setExpanded(title != GROUP_BASEMAP)
            group.setCustomProperty(_GROUP_TAG, f"{self._tree_tag}|{title}")
        for spec in LAYER_SPECS:
            self._add_layer(spec)

    def load_missing_layers(self) -> list[str]:
        """Try again the layers that did not load (the database was down, the file missing);
        each goes to its place in its group. Returns the keys loaded now."""
        loaded = []
        for spec in LAYER_SPECS:
            if spec.key not in self.layers and self._add_layer(spec):
                loaded.append(spec.key)
        if loaded:
            self._lookup_layers.clear()
            if "case" in loaded:
                self._update_clock()
                self.set_show_closed(self._show_closed)
            self.canvas.refresh()
        return loaded

    def _own_groups(self) -> list[QgsLayerTreeGroup]:
        """This map's groups wherever they are in the tree now (outermost first)."""
        found, stack = [], list(self.project.layerTreeRoot().children())
        while stack:
            node = stack.pop(0)
            if not isinstance(node, QgsLayerTreeGroup):
                continue
            tag = node.customProperty(_GROUP_TAG)
            if isinstance(tag, str) and tag.startswith(self._tree_tag + "|"):
                found.append(node)
            else:  # a group of ours inside one of ours goes with its parent
                stack.extend(node.children())
        return found

    def _group(self, title: str) -> QgsLayerTreeGroup | None:
        wanted = f"{self._tree_tag}|{title}"
        stack = list(self.project.layerTreeRoot().children())
        while stack:
            node = stack.pop(0)
            if isinstance(node, QgsLayerTreeGroup):
                if node.customProperty(_GROUP_TAG) == wanted:
                    return node
                stack.extend(node.children())
        return None

    def missing_layers(self) -> dict[str, str]:
        """key → why the layer did not load, for the layers that are not on the map."""
        return {k: v for k, v in self.factory.failures.items() if k not in self.layers}

    def _add_layer(self, spec) -> bool:
        """Create ``spec``'s layer and put it in its group, in LAYER_SPECS order."""
        try:
            layer = self.factory.create(spec)
        except LayerError as exc:
            log.warning("%s", exc)
            return False
        self.project.addMapLayer(layer, False)
        group = self._group(spec.group) or self.project.layerTreeRoot()
        keys_before = [s.key for s in LAYER_SPECS[:LAYER_SPECS.index(spec)] if s.group == spec.group]
        position = sum(1 for k in keys_before if k in self.layers)
        node = group.insertLayer(position, layer)
        if self.video_wall:
            visible = (spec.visible or spec.key in VIDEO_WALL_SHOWN) and spec.key not in VIDEO_WALL_HIDDEN
        else:
            visible = spec.visible
        node.setItemVisibilityChecked(visible)
        node.setExpanded(spec.key == "case")
        if self.video_wall and spec.group == GROUP_BASEMAP:
            layer.setOpacity(0.35)
        self.layers[spec.key] = layer
        return True

    def _make_layer_tree_view(self) -> QgsLayerTreeView:
        # The model is our child, the view may move to a dock: if the view outlives us, Qt
        # detaches it from the deleted model.
        model = QgsLayerTreeModel(self.project.layerTreeRoot(), self)
        model.setFlag(QgsLayerTreeModel.AllowNodeChangeVisibility)
        model.setFlag(QgsLayerTreeModel.AllowLegendChangeState)
        model.setFlag(QgsLayerTreeModel.ShowLegendAsTree)
        model.setFlag(QgsLayerTreeModel.UseTextFormatting)  # out-of-scale layers in grey
        view = QgsLayerTreeView(self)
        view.setModel(model)
        view.hide()  # the main window puts it in a dock (which re-parents and shows it)
        return view

    # --- public API -------------------------------------------------------------------

    def layer(self, key: str) -> QgsVectorLayer | None:
        """The displayed layer of a spec key ('case', 'grid_cell', ...), if it loaded."""
        return self.layers.get(key)

    def city_extent(self) -> QgsRectangle:
        """The districts' extent (or the grid's, the roads'), with a small margin."""
        extent = QgsRectangle()
        for key in ("district", "grid_cell", "road"):
            layer = self.layers.get(key)
            if layer is None:
                continue
            # Union of the few district outlines: exact, where a provider's extent may be
            # an estimate (PostGIS before ANALYZE) or a stale statistic.
            request = QgsFeatureRequest().setNoAttributes().setLimit(500)
            for feature in layer.getFeatures(request):
                if feature.hasGeometry():
                    extent.combineExtentWith(feature.geometry().boundingBox())
            if not extent.isEmpty():
                break
        if not extent.isEmpty():
            extent.scale(1.04)
        return extent

    def zoom_to_city(self) -> None:
        """Show the whole city."""
        extent = self.city_extent()
        if extent.isEmpty():
            return
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def set_base_map(self, kind: str, location: str = "") -> None:
        """Put a center's own base map (``base_map.KINDS``) under the city's layers.

        ``none`` removes it. Raises ``BaseMapError`` (a ValueError) for an unusable address;
        the previous base map then stays.
        """
        layer = base_map_layer(kind, location)
        if self._base_map is not None:
            self.project.removeMapLayer(self._base_map.id())
            self._base_map = None
        if layer is None:
            return
        self.project.addMapLayer(layer, False)
        group = self._group(GROUP_BASEMAP) or self.project.layerTreeRoot()
        group.addLayer(layer)  # last in the group: drawn under the city's own base map
        self._base_map = layer

    @property
    def base_map(self):
        return self._base_map

    def start_pick_location(self) -> None:
        """The next click on the map emits ``locationPicked`` and restores the tool before
        (the component select tool stays in use across a pick, any other gives way to the
        default tool)."""
        if self.canvas.mapTool() is not self._pick_tool:
            self._tool_after_pick = (self._component_tool if self.picking_component
                                     else self._identify_tool)
        self.canvas.setMapTool(self._pick_tool)

    def cancel_pick_location(self) -> None:
        if self.canvas.mapTool() is self._pick_tool:
            self.canvas.setMapTool(self._tool_after_pick)

    @property
    def picking(self) -> bool:
        return self.canvas.mapTool() is self._pick_tool

    def start_pick_component(self) -> None:
        """Clicks on component symbols emit ``componentClicked`` until another tool is set.

        The component layer is made visible first (``show_layer``)."""
        self.show_layer("component")
        self.canvas.setMapTool(self._component_tool)

    def cancel_pick_component(self) -> None:
        if self.picking_component:
            self.canvas.setMapTool(self._identify_tool)
        if self._tool_after_pick is self._component_tool:
            self._tool_after_pick = self._identify_tool

    @property
    def picking_component(self) -> bool:
        return self.canvas.mapTool() is self._component_tool

    def show_layer(self, key: str, scale: float = WORK_SCALE) -> bool:
        """Make a layer drawn now: checked in the layer tree and, where the current scale is
        outside its scale range, zoomed in to ``scale`` around the centre.

        Returns True if the map zoomed (the caller may tell the user why).
        """
        layer = self.layers.get(key)
        if layer is None:
            return False
        node = self.project.layerTreeRoot().findLayer(layer.id())
        if node is not None and not node.isVisible():
            node.setItemVisibilityCheckedParentRecursive(True)
            self._bridge.setCanvasLayers()  # now, not on the bridge's deferred update
        if layer.isInScaleRange(self.canvas.scale()):
            return False
        self.canvas.zoomScale(scale)
        self.canvas.refresh()
        return True

    def select_component(self, code: str, zoom: bool = False) -> bool:
        """Highlight a component (with ``zoom``, go to it); False if it is not on the layer."""
        feature = self._find_feature("component", "code", code)
        if feature is None:
            return False
        self._show(feature, self._lookup("component"), zoom)
        return True

    def select_case(self, case_id: str, zoom: bool = True) -> bool:
        """Highlight a case's pin (closed ones too) and, with ``zoom``, go to it."""
        feature = self._find_feature("case", "id", case_id)
        if feature is None:
            return False
        self._show(feature, self._lookup("case"), zoom, pin_case=case_id)
        return True

    def find(self, code: str) -> bool:
        """Zoom to and highlight a grid cell, community, component or case by its code."""
        code = (code or "").strip()
        if not code.isdigit():
            return False
        if is_case_code(code):
            key = "case"
        elif len(code) in CODE_LAYERS:
            key = CODE_LAYERS[len(code)]
        else:
            return False
        feature = self._find_feature(key, "code", code)
        if feature is None:
            return False
        self._show(feature, self._lookup(key), zoom=True,
                   pin_case=feature["id"] if key == "case" else None)
        return True

    # --- measuring, going to a coordinate ------------------------------------------------

    def start_measure(self, kind: str) -> MeasureTool:
        """Measure distances (``distance``) or areas (``area``) until another tool is set;
        the tool's ``measured(value, kind, done)`` reports the figures."""
        tool = self._measure_tools.get(kind)
        if tool is None:
            tool = MeasureTool(self.canvas, kind)
            tool.measured.connect(self.measured)
            self._measure_tools[kind] = tool
        self.canvas.setMapTool(tool)
        return tool

    def stop_measure(self) -> None:
        if self.measuring:
            self.canvas.setMapTool(self._identify_tool)

    @property
    def measuring(self) -> str | None:
        tool = self.canvas.mapTool()
        return tool.kind if isinstance(tool, MeasureTool) else None

    def go_to(self, x: float, y: float, scale: float = POINT_ZOOM_SCALE) -> bool:
        """Centre on a point of the map's CRS, zoom to street scale and flash it."""
        self.canvas.setCenter(QgsPointXY(x, y))
        self.canvas.zoomScale(scale)
        return self.show_geometry(f"POINT ({x!r} {y!r})", zoom=False)

    def show_geometry(self, wkt: str, zoom: bool = True, flash: bool = True) -> bool:
        """Highlight a geometry given as WKT in the map's CRS (a place found by name, a
        coordinate typed in) and, with ``zoom``, go to it; a point is flashed too."""
        geom = QgsGeometry.fromWkt(wkt or "")
        if geom is None or geom.isNull() or geom.isEmpty():
            return False
        layer = self.layers.get("district") or next(iter(self.layers.values()), None)
        if layer is None:
            return False
        feature = QgsFeature()
        feature.setGeometry(geom)
        self._show(feature, layer, zoom)
        if flash and geom.type() == QgsWkbTypes.PointGeometry:
            self.canvas.flashGeometries([geom], layer.crs(), HIGHLIGHT, QColor(0, 183, 255, 0),
                                        3, 350)
        return True

    def clear_highlight(self, forget: bool = True) -> None:
        if self._highlight is not None:
            self.canvas.scene().removeItem(self._highlight)
            self._highlight = None
        if self._pin_item is not None:
            self.canvas.scene().removeItem(self._pin_item)
            self._pin_item = None
        if forget:
            self._highlighted = None
            self._pin_case = None
            self._pin_source = None

    def selected_pin(self) -> SelectedPinItem | None:
        """The selected case's pin drawn inside the ring (None: no case selected, or its
        layer draws nothing for it at this scale)."""
        return self._pin_item

    def refresh_tables(self, tables) -> None:
        """Repaint the layers of the changed ``tables`` only; while a render runs, after it.

        A repaint of a layer re-reads it from the database (QGIS caches each layer's image
        separately, so unchanged layers are not re-rendered). Restarting a running render
        would cost the work done so far, so changes are collected until it completes.
        """
        tables = set(tables)
        keys = {k for k in self.layers if SPECS_BY_KEY[k].table in tables}
        if not keys:
            return
        self._pending_repaint |= keys
        if not self.canvas.isDrawing():
            self._flush_repaints()

    def flash_case(self, case_id: str) -> bool:
        """Flash a case's pin a few times (a new case, an urged one)."""
        layer = self.layers.get("case")
        if layer is None:
            return False
        feature = self._find_feature("case", "id", case_id, layer=layer)
        if feature is not None:
            self.canvas.flashFeatureIds(layer, [feature.id()], FLASH, QColor(255, 42, 42, 0),
                                        4, 400)
            return True
        feature = self._find_feature("case", "id", case_id)  # a closed case: hidden pin
        if feature is None:
            return False
        self.canvas.flashGeometries([feature.geometry()], layer.crs(), FLASH,
                                    QColor(255, 42, 42, 0), 4, 400)
        return True

    def set_show_closed(self, show: bool) -> None:
        """Closed, rejected and cancelled cases are hidden unless asked for."""
        self._show_closed = bool(show)
        self._apply_case_subsets()

    def set_department_filter(self, department_code: str | None) -> None:
        """Show only the cases of one department (a department user's own), or all (None).

        A provider filter like "show closed": rows of other departments are not fetched."""
        self._department_filter = department_code or None
        self._apply_case_subsets()

    @property
    def department_filter(self) -> str | None:
        return self._department_filter

    def case_subset(self, key: str = "case") -> str:
        """The provider filter of a case layer now (SQL text, same on both back-ends)."""
        parts = []
        if key != "case" or not self._show_closed:
            parts.append(OPEN_CASES_SUBSET)
        if self.department_filter:
            code = self.department_filter.replace("'", "''")
            parts.append(f"\"department_code\" = '{code}'")
        return " AND ".join(f"({p})" for p in parts) if len(parts) > 1 else "".join(parts)

    def _apply_case_subsets(self) -> None:
        for key in CASE_LAYERS:
            layer = self.layers.get(key)
            if layer is not None:
                subset = self.case_subset(key)
                if layer.subsetString() != subset:
                    layer.setSubsetString(subset)

    def set_clock(self, when: datetime | None = None) -> None:
        """Judge deadlines at ``when`` (an aware datetime: replays, tests), or now (None)."""
        if when is not None and when.tzinfo is None:
            raise ValueError("set_clock needs an aware datetime")
        self._frozen_clock = when
        # A running render keeps the clock it started with (its own copy of the layer's
        # variables), so the clock may change now; the repaint waits for that render.
        self._update_clock()
        self.refresh_tables({"case_file"})

    @property
    def show_closed(self) -> bool:
        return self._show_closed

    def render_to_image(self, path: str | Path | None, width: int, height: int,
                        extent: QgsRectangle | None = None) -> QImage:
        """Render the visible layers at the canvas's extent (or ``extent``) into an image.

        Synchronous (blocks the UI for the render time): for screenshots and reports.
        """
        settings = QgsMapSettings(self.canvas.mapSettings())
        settings.setOutputSize(QSize(int(width), int(height)))
        settings.setExtent(extent or self.canvas.extent())
        # The canvas's context holds @map_scale etc. of its last refresh: rebuild it.
        context = QgsExpressionContext()
        context.appendScopes([QgsExpressionContextUtils.globalScope(),
                              QgsExpressionContextUtils.projectScope(self.project),
                              QgsExpressionContextUtils.mapSettingsScope(settings)])
        settings.setExpressionContext(context)
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        painter = QPainter(image)
        paint_scale_bar(painter, QPointF(10, image.height() - 10), settings.mapUnitsPerPixel(),
                        self.font(), self.video_wall)
        painter.end()
        if path is not None:
            image.save(str(path))
        return image

    def shutdown(self) -> None:
        """Stop rendering and remove this map's layers (idempotent; called on close)."""
        if self._closed:
            return
        self._closed = True
        self._light_timer.stop()
        self._finish_rendering()
        self.clear_highlight()
        if self.canvas.mapTool() is not None:
            self.canvas.unsetMapTool(self.canvas.mapTool())
        for tool in self._measure_tools.values():
            tool.remove()
        self.canvas.setLayers([])
        ours = [layer.id() for layer in self.layers.values()]
        if self._base_map is not None:
            ours.append(self._base_map.id())
        self.project.removeMapLayers(ours)  # a shared project keeps the others' layers
        for group in self._own_groups():
            parent = group.parent()
            if parent is not None:
                parent.removeChildNode(group)
        self.layers.clear()
        self._lookup_layers.clear()
        self._base_map = None

    def _finish_rendering(self, timeout_ms: int = 10_000) -> None:
        """End every render of this canvas before its layers go. QGIS cancels a render
        without waiting for it: the cancelled job finishes later on the GUI thread and writes
        into the canvas's cache with its list of layers. Removing the layers (or deleting
        the canvas) before that crashed the console (seen in QGIS 3.22 as a segfault in
        QgsMapRendererCache::setCacheImageWithParameters). So: no new render, cancel the
        current one, let the render threads end, and deliver their last events now."""
        self.canvas.freeze(True)
        self.canvas.stopRendering()
        for _ in range(2):  # a finished layer pass may start the labelling pass
            QThreadPool.globalInstance().waitForDone(timeout_ms)
            QCoreApplication.sendPostedEvents()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    # --- slots ------------------------------------------------------------------------

    def _on_pick_tool_point_picked(self, point: QgsPointXY) -> None:
        self.canvas.setMapTool(self._tool_after_pick)
        self.locationPicked.emit(point.x(), point.y())

    def _on_canvas_xy_coordinates(self, point: QgsPointXY) -> None:
        try:
            geo = self._to_geographic.transform(point)
        except Exception:  # outside the projection's domain
            return
        self.coordinates.show_position(point.x(), point.y(), geo.x(), geo.y())
        self.cursorMoved.emit(point.x(), point.y(), geo.x(), geo.y())

    def _on_light_timer_timeout(self) -> None:
        self.refresh_tables({"case_file"})

    def _on_canvas_refreshed(self) -> None:
        if self._pending_repaint:
            # Let the finished job be cleaned up before the next one starts.
            QTimer.singleShot(0, self._flush_repaints)

    def _on_canvas_scale_changed(self, scale: float) -> None:
        if self._highlighted is not None and self._highlighted[0].type() == QgsWkbTypes.PointGeometry:
            self._draw_highlight()
        model = self.layer_tree_view.layerTreeModel()
        if model is not None:
            # Grey out layers out of their scale range; list only the rules drawn now.
            model.setLegendMapViewData(self.canvas.mapUnitsPerPixel(),
                                       int(self.canvas.mapSettings().outputDpi()), scale)
            model.setLegendFilterByScale(scale)

    # --- helpers ----------------------------------------------------------------------

    def _flush_repaints(self) -> None:
        if self._closed or not self._pending_repaint or self.canvas.isDrawing():
            return
        keys, self._pending_repaint = self._pending_repaint, set()
        if "case" in keys:
            self._update_clock()
            if self._pin_case is not None:  # its state or light may have changed
                self._pin_source = self._find_pin_source(self._pin_case)
                self._draw_highlight()
        for key in keys:
            layer = self.layers.get(key)
            if layer is not None:
                layer.triggerRepaint()

    def _update_clock(self) -> None:
        """Set ``@console_now_ms`` on the case layer: now as QGIS reads stored times.

        The database holds naive UTC; QGIS reads it as local time. The style compares
        epoch("deadline") with this value, so both must be shifted alike: the epoch of the
        current UTC wall-clock time read as a local time (see layers/build_styles.py).
        """
        utc = (self._frozen_clock or datetime.now(UTC)).astimezone(UTC)
        shifted = QDateTime(QDate(utc.year, utc.month, utc.day),
                            QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000),
                            Qt.LocalTime)
        for key in LIGHT_LAYERS:  # the pins and the overdue pins judge the same "now"
            layer = self.layers.get(key)
            if layer is not None:
                QgsExpressionContextUtils.setLayerVariable(layer, "console_now_ms",
                                                           shifted.toMSecsSinceEpoch())

    def _lookup(self, key: str) -> QgsVectorLayer | None:
        """A layer to search: the displayed one unless a subset hides rows (cases)."""
        spec = SPECS_BY_KEY[key]
        if not spec.subset:
            return self.layers.get(key)
        if key not in self._lookup_layers:
            try:
                self._lookup_layers[key] = self.factory.create(spec, styled=False, subset="")
            except LayerError as exc:
                log.warning("%s", exc)
                return None
        return self._lookup_layers[key]

    def _find_feature(self, key: str, field: str, value: str,
                      layer: QgsVectorLayer | None = None) -> QgsFeature | None:
        layer = layer or self._lookup(key)
        if layer is None:
            return None
        request = QgsFeatureRequest(QgsExpression(
            QgsExpression.createFieldEqualityExpression(field, value)))
        request.setLimit(1)
        for feature in layer.getFeatures(request):
            if feature.hasGeometry():
                return feature
        return None

    def _show(self, feature: QgsFeature, layer: QgsVectorLayer, zoom: bool,
              pin_case: str | None = None) -> None:
        geom = QgsGeometry(feature.geometry())
        is_point = geom.type() == QgsWkbTypes.PointGeometry
        if zoom:
            if is_point:
                self.canvas.setCenter(geom.centroid().asPoint())
                if self.canvas.scale() > POINT_ZOOM_SCALE * 1.5 or self.canvas.scale() < 200:
                    self.canvas.zoomScale(POINT_ZOOM_SCALE)
            else:
                box = geom.boundingBox()
                box.scale(1.6)
                self.canvas.setExtent(box)
            self.canvas.refresh()
        self._highlighted = (geom, layer)
        self._pin_case = pin_case
        self._pin_source = self._find_pin_source(pin_case) if pin_case else None
        self._draw_highlight()

    def _find_pin_source(self, case_id: str) -> tuple[QgsFeature, QgsVectorLayer] | None:
        """The feature and styled layer that draw a case's pin: the overdue layer for an
        overdue case, else the pins layer; a hidden closed case: its look-up row, drawn with
        the pins layer's style."""
        for key in ("case_overdue", "case"):
            layer = self.layers.get(key)
            if layer is None:
                continue
            feature = self._find_feature("case", "id", case_id, layer=layer)
            if feature is not None and pin_symbols(layer, feature, self.canvas):
                return feature, layer
        feature = self._find_feature("case", "id", case_id)
        layer = self.layers.get("case")
        return (feature, layer) if feature is not None and layer is not None else None

    def _draw_highlight(self) -> None:
        """(Re)draw the highlight; a point gets a ring of constant size on screen."""
        if self._highlighted is None:
            return
        geom, layer = self._highlighted
        self.clear_highlight(forget=False)
        shape = geom
        fill = QColor(HIGHLIGHT)
        fill.setAlpha(40)
        if geom.type() == QgsWkbTypes.PointGeometry:
            radius = HIGHLIGHT_RING_MM / 1000 * self.canvas.scale()  # metres at this scale
            shape = geom.buffer(radius, 24)
            fill.setAlpha(0)  # a ring: the pin keeps its deadline colour
        highlight = QgsHighlight(self.canvas, shape, layer)
        highlight.setColor(HIGHLIGHT)
        highlight.setWidth(3)
        highlight.setFillColor(fill)
        highlight.show()
        self._highlight = highlight
        if self._pin_source is not None and geom.type() == QgsWkbTypes.PointGeometry:
            # the pin again, above labels and other pins: the ring is never empty
            feature, pin_layer = self._pin_source
            symbols = pin_symbols(pin_layer, feature, self.canvas)
            if symbols:
                self._pin_item = SelectedPinItem(self.canvas, geom.centroid().asPoint(), feature,
                                                 pin_layer, symbols)
                self._pin_item.show()
