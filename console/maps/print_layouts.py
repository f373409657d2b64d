"""Printed forms through QGIS print layouts: the 派遣单, the 案卷 and the monthly report.

The templates are ``resources/layouts/*.qpt``; a center edits them in QGIS Desktop's layout
designer, not this code. What the code fills, by name:

- layout variables, for labels such as ``[% @case_code %]``: ``CASE_VARIABLES`` (case
  forms), ``REPORT_VARIABLES`` (the monthly report), plus ``center_name`` and ``printed_at``;
- the map item ``case_map`` (centred on the case at the template's scale, the console's own
  layers and styles) or ``area_map`` (the districts coloured by 按期结案率);
- pictures ``photo_report`` and ``photo_before_N`` / ``photo_after_N`` (N = 1, 2, ...):
  report/verification photos before, handling/inspection photos after;
- the manual tables whose frame id is ``timeline``, ``district_table`` or
  ``department_table`` (their headers stay the template's; the code fills the rows).

An item a center deletes is simply not filled. Layouts render on the GUI thread (QGIS
requires it for QgsLayoutExporter): the console keeps that short and shows a busy cursor.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtXml import QDomDocument

from console.domain.errors import InvalidInput, NotFound
from console.maps.layer_factory import CRS, LayerError, LayerFactory
from console.maps.layer_specs import spec

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "resources" / "layouts"
FORMS = {"dispatch": "dispatch_slip.qpt", "case": "case_file.qpt"}
DEFAULT_FORM = "case"  # the 案卷: the whole record; the 派遣单 is for the department
MONTHLY_TEMPLATE = "monthly_report.qpt"
CENTER_NAME = "数字化城市管理指挥中心"
#: the layers of a case's map extract, top first (a pin of the case itself goes above them)
EXTRACT_LAYERS = ("component", "grid_cell", "community", "street", "district", "road",
                  "building", "water")
CONTINUED_TOP = 12.0  # mm: where a table goes on, on the pages it adds
BEFORE_KINDS = ("report", "verification")
AFTER_KINDS = ("handling", "inspection")
CASE_VARIABLES = (
    "case_code", "case_state", "case_kind", "case_class", "case_source", "case_description",
    "case_address", "case_grid", "case_community", "case_street", "case_district",
    "case_urgent", "case_department", "case_dispatcher", "case_dispatched_at",
    "case_deadline", "case_handle_deadline", "case_reporter", "case_registered_at",
    "case_closed_at", "case_close_type",
)
REPORT_VARIABLES = ("report_month", "report_from", "report_to", "report_summary")
#: 按期结案率 classes of the area map (%, upper bounds) and their colours, red to green
RATE_CLASSES = ((0, 60, "#d7191c"), (60, 75, "#fdae61"), (75, 85, "#ffffbf"),
                (85, 95, "#a6d96a"), (95, 100.001, "#1a9641"))


@dataclass
class Labels:
    """Display names of the workflow's identifiers (the widgets' ``labels`` module, given
    by the caller: this layer may not import widgets)."""

    state: Callable[[str | None], str]
    action: Callable[[str | None], str]
    kind: Callable[[str | None], str]
    source: Callable[[str | None], str]
    close_type: Callable[[str | None], str]
    yes_no: Callable[[object], str]
    check_result: Callable[[str | None], str] = lambda key: key or ""


@dataclass
class PrintedForm:
    """A filled layout and what it holds (tests and the dialog read these)."""

    layout: QgsPrintLayout
    project: QgsProject
    variables: dict[str, str]
    photos: dict[str, str] = field(default_factory=dict)  # picture id → attachment id
    rows: dict[str, list[list[str]]] = field(default_factory=dict)  # table id → rows
    folder: tempfile.TemporaryDirectory | None = None  # the photos' files, kept while it lives
    keep: list = field(default_factory=list)

    def close(self) -> None:
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None

    def map_item(self, item_id: str = "case_map") -> QgsLayoutItemMap | None:
        item = self.layout.itemById(item_id)
        return item if isinstance(item, QgsLayoutItemMap) else None

    def texts(self) -> list[str]:
        """Every label's text as printed (expressions evaluated)."""
        return [i.currentText() for i in self.layout.items() if isinstance(i, QgsLayoutItemLabel)]


def load_template(name: str, project: QgsProject, folder: Path | None = None) -> QgsPrintLayout:
    path = (folder or TEMPLATES_DIR) / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise NotFound(f"no print template {path}: {exc.strerror}", code="template_missing",
                       path=str(path)) from None
    doc = QDomDocument()
    ok = doc.setContent(text)
    ok = ok[0] if isinstance(ok, tuple) else ok
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    if not ok or not layout.loadFromTemplate(doc, QgsReadWriteContext())[1]:
        raise InvalidInput(f"{path} is not a QGIS layout template", code="template_invalid",
                           path=str(path))
    return layout


# --- case forms --------------------------------------------------------------------------


def case_form(services, ref: str, form: str, labels: Labels, printed_by: str = "",
              now: datetime | None = None, templates: Path | None = None) -> PrintedForm:
    """The 派遣单 (``form="dispatch"``) or the 案卷 (``"case"``) of a case, filled."""
    if form not in FORMS:
        raise InvalidInput(f"unknown form {form!r}; forms are: {', '.join(FORMS)}",
                           code="invalid_value", field="form", value=form, allowed=list(FORMS))
    case = services.queries.show(ref)  # not_found for a bad reference, before any QGIS work
    zone = services.policy.calendar.zone
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(CRS))
    layout = load_template(FORMS[form], project, templates)
    variables = case_variables(services, case, labels, zone)
    variables["center_name"] = CENTER_NAME
    variables["printed_at"] = _local(now or datetime.now(UTC), zone)
    if printed_by:
        variables["printed_by"] = printed_by
    QgsExpressionContextUtils.setLayoutVariables(layout, variables)
    printed = PrintedForm(layout, project, variables)
    _fill_photos(printed, services, case)
    QgsExpressionContextUtils.setLayoutVariables(layout, printed.variables)
    _fill_timeline(printed, case, labels, zone)
    _fill_case_map(printed, services.db.url, case)
    layout.refresh()
    return printed


def case_variables(services, case: dict, labels: Labels, zone) -> dict[str, str]:
    from console.services.panel_queries import area_names

    names = area_names(services.db, case.get("community_code"))
    dispatch = [e for e in case.get("history", []) if e.get("action") == "dispatch"]
    last = dispatch[-1] if dispatch else {}
    try:
        class_name = services.catalog.get(case["kind"], case["class_code"]).label
    except Exception:  # an old class no longer in the catalogue: its code
        class_name = case["class_code"]
    reporter = next(iter(case.get("reporters") or []), {})
    values = {
        "case_code": case["code"],
        "case_state": labels.state(case.get("state")),
        "case_kind": labels.kind(case.get("kind")),
        "case_class": class_name,
        "case_source": labels.source(case.get("source")),
        "case_description": case.get("description") or "",
        "case_address": case.get("address") or "",
        "case_grid": case.get("grid_code") or "",
        "case_community": names.get("community", case.get("community_code") or ""),
        "case_street": names.get("street", ""),
        "case_district": names.get("district", ""),
        "case_urgent": "紧急" if case.get("urgent") else "一般",
        "case_department": (case.get("department_name") or last.get("department_name")
                            or case.get("department") or ""),
        "case_dispatcher": last.get("actor_name") or last.get("actor") or "",
        "case_dispatched_at": _local(last.get("at"), zone),
        "case_deadline": _local(case.get("deadline"), zone),
        "case_handle_deadline": _local(case.get("handle_deadline"), zone),
        "case_reporter": (reporter.get("reporter_name") or reporter.get("caller_name")
                          or reporter.get("reporter") or ""),
        "case_registered_at": _local(case.get("registered_at"), zone),
        "case_closed_at": _local(case.get("closed_at"), zone),
        "case_close_type": labels.close_type(case.get("close_type")) or "",
        "case_lon": f"{case['lon']:.6f}", "case_lat": f"{case['lat']:.6f}",
    }
    return {k: ("" if v is None else str(v)) for k, v in values.items()}


def _fill_photos(printed: PrintedForm, services, case: dict) -> None:
    photos = [p for p in case.get("photos", []) if p.get("kind") != "voice"]
    wanted: dict[str, dict] = {}
    before = [p for p in photos if p.get("kind") in BEFORE_KINDS]
    after = [p for p in photos if p.get("kind") in AFTER_KINDS]
    report = [p for p in photos if p.get("kind") == "report"] or before
    if report:
        wanted["photo_report"] = report[0]
    for prefix, chosen in (("photo_before_", before), ("photo_after_", after)):
        for i, p in enumerate(chosen, start=1):
            wanted[f"{prefix}{i}"] = p
    items = {i.id(): i for i in printed.layout.items() if isinstance(i, QgsLayoutItemPicture)}
    needed = {k: v for k, v in wanted.items() if k in items}
    if needed:
        printed.folder = tempfile.TemporaryDirectory(prefix="console-print-")
    for item_id, picture in items.items():
        photo = needed.get(item_id)
        if photo is None:
            printed.variables[f"{item_id}_note"] = "（无照片）"
            continue
        printed.variables[f"{item_id}_note"] = ""
        filename, data = services.queries.photo(photo["id"])
        suffix = Path(filename).suffix.lower() or ".jpg"
        path = Path(printed.folder.name) / f"{photo['id']}{suffix}"
        path.write_bytes(data)
        picture.setPicturePath(str(path))
        printed.photos[item_id] = photo["id"]


def timeline_rows(case: dict, labels: Labels, zone) -> list[list[str]]:
    """One row per audit step: time, action, who, state change, note (and to whom)."""
    rows = []
    for e in case.get("history", []):
        state = labels.state(e.get("to"))
        if e.get("from") and e.get("from") != e.get("to"):
            state = f"{labels.state(e['from'])} → {state}"
        who = e.get("actor_name") or e.get("actor") or ""
        dept = e.get("actor_department_name")
        if dept and dept not in who:  # a department's own account is named after it
            who += f"（{dept}）"
        note = e.get("note") or ""
        result = (e.get("payload") or {}).get("result")
        if result and e.get("action") in ("submit_verification", "submit_check"):
            note = " · ".join(p for p in (labels.check_result(result), note) if p)
        if e.get("department_name"):
            note = " · ".join(p for p in (f"→ {e['department_name']}", note) if p)
        rows.append([_local(e.get("at"), zone), labels.action(e.get("action")), who, state, note])
    return rows


def _fill_timeline(printed: PrintedForm, case: dict, labels: Labels, zone) -> None:
    table = _table(printed.layout, "timeline")
    if table is not None:
        rows = timeline_rows(case, labels, zone)
        _set_rows(table, rows)
        printed.rows["timeline"] = rows


def _fill_case_map(printed: PrintedForm, db_url, case: dict) -> None:
    item = printed.map_item("case_map")
    if item is None:
        return
    factory = LayerFactory(str(db_url))
    layers = []
    pin = _case_marker(case)
    printed.project.addMapLayer(pin, False)
    layers.append(pin)
    case_id = str(case["id"]).replace("'", "''")
    try:
        own = factory.create(spec("case"), subset=f"\"id\" = '{case_id}'")
        printed.project.addMapLayer(own, False)
        layers.append(own)
    except LayerError:
        pass
    for key in EXTRACT_LAYERS:
        try:
            layer = factory.create(spec(key))
        except LayerError:  # a missing layer leaves the extract without it, not the form
            continue
        printed.project.addMapLayer(layer, False)
        layers.append(layer)
    item.setCrs(QgsCoordinateReferenceSystem(CRS))
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    center_map(item, case["x"], case["y"])


def center_map(item: QgsLayoutItemMap, x: float, y: float) -> None:
    """Centre the map item on (x, y) at the template's scale."""
    scale = item.scale() if math.isfinite(item.scale()) and item.scale() > 0 else 2000
    rect = item.rect()  # layout units: millimetres
    w = rect.width() / 1000 * scale
    h = rect.height() / 1000 * scale
    item.setExtent(QgsRectangle(x - w / 2, y - h / 2, x + w / 2, y + h / 2))
    item.setScale(scale)


def _case_marker(case: dict) -> QgsVectorLayer:
    """A red ring around the case's position: seen whatever the case pin's style shows."""
    layer = QgsVectorLayer(f"Point?crs={CRS}", "案件位置", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(case["x"], case["y"])))
    layer.dataProvider().addFeatures([feature])
    symbol = QgsMarkerSymbol.createSimple({
        "name": "circle", "color": "0,0,0,0", "outline_color": "#e0201b",
        "outline_width": "0.8", "size": "7"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


# --- the monthly report ------------------------------------------------------------------


def month_bounds(month: str) -> tuple[date, date]:
    try:
        first = datetime.strptime(month, "%Y-%m").date()
    except (TypeError, ValueError):
        raise InvalidInput(f"--month must be YYYY-MM, got {month!r}", code="invalid_value",
                           field="month", value=str(month), allowed=["YYYY-MM"]) from None
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


def kpi_rows(result: dict) -> list[list[str]]:
    """The report's table rows from ``services.kpi.compute(...)``, highest score first."""
    groups = sorted(result.get("groups", []),
                    key=lambda g: (-(g.get("score") or 0), g.get("name") or g.get("key") or ""))
    rows = []
    for g in groups:
        c, r = g.get("counts", {}), g.get("rates", {})
        if not c.get("reported"):
            continue
        rows.append([g.get("name") or g.get("key") or "", str(c.get("filed", 0)),
                     str(c.get("close_due", 0)), str(c.get("closed", 0)),
                     str(c.get("closed_on_time", 0)), _pct(r.get("close_rate")),
                     _pct(r.get("on_time_close_rate")), _pct(g.get("score")),
                     str(g.get("grade") or "")])
    return rows


def monthly_report(services, month: str, now: datetime | None = None,
                   templates: Path | None = None) -> PrintedForm:
    """The month's evaluation: districts on a map by 按期结案率, KPI tables by district and
    by department (``services.kpi.compute``: the same numbers as ``console kpi``)."""
    first, last = month_bounds(month)
    by_district = services.kpi.compute(first.isoformat(), last.isoformat(), "district")
    by_department = services.kpi.compute(first.isoformat(), last.isoformat(), "department")
    zone = services.policy.calendar.zone
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(CRS))
    layout = load_template(MONTHLY_TEMPLATE, project, templates)
    whole = services.kpi.compute(first.isoformat(), last.isoformat(), None).get("groups") or [{}]
    total = whole[0]
    counts, rates = total.get("counts", {}), total.get("rates", {})
    summary = (f"全市立案 {counts.get('filed', 0)} 件，应结案 {counts.get('close_due', 0)} 件，"
               f"结案 {counts.get('closed', 0)} 件，按期结案 {counts.get('closed_on_time', 0)} 件；"
               f"结案率 {_pct(rates.get('close_rate'))}%，按期结案率 "
               f"{_pct(rates.get('on_time_close_rate'))}%。") if total else ""
    variables = {
        "center_name": CENTER_NAME, "printed_at": _local(now or datetime.now(UTC), zone),
        "report_month": f"{first.year}年{first.month}月", "report_from": first.isoformat(),
        "report_to": last.isoformat(), "report_summary": summary,
    }
    QgsExpressionContextUtils.setLayoutVariables(layout, variables)
    printed = PrintedForm(layout, project, variables)
    for table_id, result in (("district_table", by_district), ("department_table", by_department)):
        table = _table(layout, table_id)
        if table is not None:
            rows = kpi_rows(result)
            _set_rows(table, rows)
            printed.rows[table_id] = rows
    _fill_area_map(printed, services, by_district)
    layout.refresh()
    return printed


def _fill_area_map(printed: PrintedForm, services, by_district: dict) -> None:
    item = printed.map_item("area_map")
    if item is None:
        return
    rates = {g["key"]: (g.get("rates") or {}).get("on_time_close_rate")
             for g in by_district.get("groups", [])}
    try:
        source = LayerFactory(str(services.db.url)).create(spec("district"), styled=False)
    except LayerError:
        return
    layer = QgsVectorLayer(f"MultiPolygon?crs={CRS}", "按期结案率", "memory")
    layer.dataProvider().addAttributes([QgsField("code", QVariant.String),
                                        QgsField("name", QVariant.String),
                                        QgsField("rate", QVariant.Double)])
    layer.updateFields()
    features = []
    for f in source.getFeatures():
        out = QgsFeature(layer.fields())
        out.setGeometry(f.geometry())
        rate = rates.get(f["code"])
        out.setAttributes([f["code"], f["name"], rate])
        features.append(out)
    layer.dataProvider().addFeatures(features)
    ranges = []
    for low, high, colour in RATE_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#404040",
                                             "outline_width": "0.3"})
        text = f"{low:g} – {min(high, 100):g}"
        ranges.append(QgsRendererRange(low, high, symbol, text))
    renderer = QgsGraduatedSymbolRenderer("rate", ranges)
    layer.setRenderer(renderer)
    _label_areas(layer)
    printed.project.addMapLayer(layer, True)
    printed.keep.append(source)  # the geometries' source lives as long as the form
    item.setCrs(QgsCoordinateReferenceSystem(CRS))
    item.setLayers([layer])
    item.setKeepLayerSet(True)
    extent = layer.extent()
    extent.scale(1.25)
    item.zoomToExtent(extent)
    for legend in (i for i in printed.layout.items() if isinstance(i, QgsLayoutItemLegend)):
        legend.setLinkedMap(item)
        legend.updateLegend()
        node = legend.model().rootGroup().findLayer(layer)
        if node is not None:  # the legend's own title names the classes
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
        legend.adjustBoxSize()


def _label_areas(layer: QgsVectorLayer) -> None:
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QFont

    settings = QgsPalLayerSettings()
    settings.fieldName = "name || '\n' || coalesce(format_number(rate, 2) || '%', '—')"
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Noto Sans CJK SC"))
    fmt.setSize(9)
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# --- tables ------------------------------------------------------------------------------


def _table(layout, frame_id: str) -> QgsLayoutItemManualTable | None:
    frame = layout.itemById(frame_id)
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(),
                                                        QgsLayoutItemManualTable):
        return frame.multiFrame()
    return None


def _set_rows(table: QgsLayoutItemManualTable, rows: list[list[str]]) -> None:
    width = len(table.headers()) or (len(rows[0]) if rows else 0)
    table.setTableContents([[QgsTableCell(v) for v in (row + [""] * width)[:width]]
                            for row in rows])
    # one row height each, the template's column widths
    table.setRowHeights([0.0] * len(rows))
    table.refresh()
    # a long table goes on over new pages (ExtendToNextPage); QGIS puts those frames at the
    # page's top edge: give them the first frame's left edge and a top margin
    # and the page's full height: fit them between the margins, which may add a page more
    placed: set[int] = set()
    while table.frameCount() > len(placed) + 1:
        first = table.frame(0)
        for i in range(1, table.frameCount()):
            if i in placed:
                continue
            frame = table.frame(i)
            page_height = table.layout().pageCollection().page(frame.page()).rect().height()
            frame.attemptResize(QgsLayoutSize(first.rect().width(),
                                              page_height - 2 * CONTINUED_TOP,
                                              QgsUnitTypes.LayoutMillimeters))
            frame.attemptMove(QgsLayoutPoint(first.positionWithUnits().x(), CONTINUED_TOP,
                                             QgsUnitTypes.LayoutMillimeters), page=frame.page())
            placed.add(i)
        table.recalculateFrameSizes()


# --- export ------------------------------------------------------------------------------


def export_pdf(printed: PrintedForm, out: str | os.PathLike) -> dict:
    """Write the form to ``out`` as PDF, atomically: a refusal or failure leaves no file."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    return _export(printed, out, lambda exporter, path: exporter.exportToPdf(path, settings))


def export_image(printed: PrintedForm, out: str | os.PathLike, dpi: float = 110) -> dict:
    """Write the form's pages side by side into one PNG (for screenshots)."""
    def render(exporter, path):
        pages = printed.layout.pageCollection().pageCount()
        images = [exporter.renderPageToImage(i, QSize(), dpi) for i in range(pages)]
        gap = 16
        width = sum(i.width() for i in images) + gap * (len(images) - 1)
        height = max(i.height() for i in images)
        sheet = QImage(width, height, QImage.Format_ARGB32)
        sheet.fill(QColor("#8a8f96"))
        painter = QPainter(sheet)
        x = 0
        for image in images:
            painter.drawImage(x, 0, image)
            x += image.width() + gap
        painter.end()
        return QgsLayoutExporter.Success if sheet.save(path, "PNG") else QgsLayoutExporter.FileError
    return _export(printed, out, render)


def _export(printed: PrintedForm, out, write) -> dict:
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=out.suffix, dir=folder)
        os.close(handle)
    except OSError as exc:
        raise InvalidInput(f"cannot write {out}: {exc.strerror}", code="output_unwritable",
                           path=str(out), reason=exc.strerror or str(exc)) from None
    try:
        exporter = QgsLayoutExporter(printed.layout)
        result = write(exporter, temp)
        if result != QgsLayoutExporter.Success or os.path.getsize(temp) == 0:
            raise InvalidInput(f"cannot write {out}: the layout did not export ({result})",
                               code="output_unwritable", path=str(out),
                               reason=f"export failed ({result})")
        if out.is_dir():
            raise InvalidInput(f"cannot write {out}: it is a folder", code="output_unwritable",
                               path=str(out), reason="is a directory")
        os.replace(temp, out)
    except OSError as exc:
        raise InvalidInput(f"cannot write {out}: {exc.strerror}", code="output_unwritable",
                           path=str(out), reason=exc.strerror or str(exc)) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return {"out": str(out), "pages": printed.layout.pageCollection().pageCount()}


def _local(value, zone) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _pct(value) -> str:
    return "" if value is None else f"{float(value):.2f}"


