"""Draw the first version of the print templates in resources/layouts/ (run once, by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m devtools.build_print_templates

The .qpt files are the source of truth afterwards: a center edits them in QGIS Desktop's
layout designer (Project → Layout Manager → "Specific" template → the file). The console
fills items by their id and labels through layout variables (``[% @case_code %]``); the
names are in console/maps/print_layouts.py. Running this again overwrites those edits.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

OUT = Path(__file__).resolve().parents[1] / "resources" / "layouts"
FONT = "Noto Sans CJK SC"
LEFT, WIDTH = 12.0, 186.0  # A4 portrait, 12 mm margins
HEAD_BG = QColor("#eef1f5")


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FONT)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def text_format(size: float, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(font(size, bold))
    fmt.setSize(size)
    return fmt


def new_layout(name: str, pages: int = 1) -> QgsPrintLayout:
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    collection = layout.pageCollection()
    collection.page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
    for _ in range(pages - 1):
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Portrait)
        collection.addPage(page)
    return layout


def place(item, x, y, w, h, page: int = 0):
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)


def label(layout, text, x, y, w, h, size=9.0, bold=False, item_id="", frame=False,
          background=None, align=Qt.AlignLeft, page=0):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setVAlign(Qt.AlignVCenter)
    item.setHAlign(align)
    item.setMarginX(1.5)
    item.setMarginY(0.8)
    if item_id:
        item.setId(item_id)
    item.setFrameEnabled(frame)
    item.setFrameStrokeWidth(stroke(0.2))
    if background is not None:
        item.setBackgroundEnabled(True)
        item.setBackgroundColor(background)
    else:
        item.setBackgroundEnabled(False)
    layout.addLayoutItem(item)
    place(item, x, y, w, h, page)
    return item


def stroke(mm: float) -> QgsLayoutMeasurement:
    return QgsLayoutMeasurement(mm, QgsUnitTypes.LayoutMillimeters)


def field_rows(layout, rows, y, head_w=24.0, row_h=8.0, page=0):
    """A bordered form: each row is [(title, expression, share of the width)...]."""
    for row in rows:
        height = row_h * (row[0][3] if len(row[0]) > 3 else 1)
        x = LEFT
        value_total = WIDTH - head_w * len(row)
        for title, expr, share, *_ in row:
            label(layout, title, x, y, head_w, height, 9, True, frame=True, background=HEAD_BG)
            w = value_total * share
            label(layout, expr, x + head_w, y, w, height, 9, frame=True,
                  item_id=f"value_{title}")
            x += head_w + w
        y += height
    return y


def picture(layout, item_id, x, y, w, h, page=0):
    # behind the picture: says so when the case has no photo for it (``<id>_note``)
    label(layout, f"[% @{item_id}_note %]", x, y, w, h, 9, align=Qt.AlignHCenter, page=page)
    item = QgsLayoutItemPicture(layout)
    item.setId(item_id)
    item.setResizeMode(QgsLayoutItemPicture.Zoom)
    item.setPictureAnchor(QgsLayoutItemPicture.Middle)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(stroke(0.2))
    layout.addLayoutItem(item)
    place(item, x, y, w, h, page)
    return item


def map_item(layout, item_id, x, y, w, h, scale, page=0):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(stroke(0.3))
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:4549"))
    layout.addLayoutItem(item)
    place(item, x, y, w, h, page)
    # somewhere in the demo city (泰州 old town); the console centres it on each case
    cx, cy = 490_800.0, 3_588_600.0
    half_w, half_h = w / 2000 * scale, h / 2000 * scale
    item.setExtent(QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h))
    item.setScale(scale)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId(f"{item_id}_scale")
    bar.setLinkedMap(item)
    bar.setStyle("Single Box")
    bar.applyDefaultSize()
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitLabel("m")
    bar.setTextFormat(text_format(7))
    bar.setBackgroundEnabled(True)
    layout.addLayoutItem(bar)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(12)
    bar.setMaximumBarWidth(min(w / 3, 40))
    bar.refreshItemSize()
    bar.attemptMove(QgsLayoutPoint(x + 0.5, y + h - bar.rect().height() - 0.5,
                                   QgsUnitTypes.LayoutMillimeters), page=page)
    return item


def table(layout, item_id, headers, widths, x, y, w, h, size=8.0, page=0,
          extend=False) -> QgsLayoutItemManualTable:
    t = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(t)
    # the widths are shares of the frame: each cell adds its margins, the grid its lines
    room = w - 2 * 1.0 * len(widths) - 0.2 * (len(widths) + 1)
    widths = [room * share / sum(widths) for share in widths]
    columns = []
    for title, width in zip(headers, widths, strict=True):
        col = QgsLayoutTableColumn(title)
        col.setWidth(width)
        columns.append(col)
    t.setHeaders(columns)
    t.setIncludeTableHeader(True)
    t.setColumnWidths(widths)
    t.setContentTextFormat(text_format(size))
    t.setHeaderTextFormat(text_format(size, True))
    t.setCellMargin(1.0)
    t.setGridStrokeWidth(0.2)
    t.setWrapBehavior(QgsLayoutTable.WrapText)
    t.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    t.setEmptyTableMessage("（无）")
    t.setResizeMode(QgsLayoutMultiFrame.ExtendToNextPage if extend
                    else QgsLayoutMultiFrame.UseExistingFrames)
    frame = QgsLayoutFrame(layout, t)
    frame.setId(item_id)
    frame.attemptSetSceneRect(QRectF(0, 0, w, h))
    t.addFrame(frame)
    place(frame, x, y, w, h, page)
    return t


def title_block(layout, title, subtitle_expr):
    label(layout, title, LEFT, 10, WIDTH, 12, 20, True, item_id="title", align=Qt.AlignHCenter)
    label(layout, subtitle_expr, LEFT, 22, WIDTH, 6, 8.5, align=Qt.AlignRight,
          item_id="subtitle")


def dispatch_slip() -> QgsPrintLayout:
    layout = new_layout("派遣单")
    title_block(layout, "数字城管案件派遣单",
                "[% @center_name %]　　打印：[% @printed_at %]")
    y = field_rows(layout, [
        [("案件编号", "[% @case_code %]", 0.5), ("问题类别", "[% @case_kind %] · [% @case_class %]", 0.5)],
        [("所属区域", "[% @case_district %] [% @case_street %]", 0.5),
         ("社区", "[% @case_community %]", 0.5)],
        [("单元网格", "[% @case_grid %]", 0.5), ("紧急程度", "[% @case_urgent %]", 0.5)],
        [("地址", "[% @case_address %]", 1.0)],
        [("问题描述", "[% @case_description %]", 1.0, 2.5)],
        [("处置部门", "[% @case_department %]", 1.0)],
        [("派遣人", "[% @case_dispatcher %]", 0.5), ("派遣时间", "[% @case_dispatched_at %]", 0.5)],
        [("处置时限", "[% @case_handle_deadline %]", 0.5), ("问题来源", "[% @case_source %]", 0.5)],
    ], 30)
    y += 4
    half = (WIDTH - 4) / 2
    label(layout, "上报照片", LEFT, y, half, 6, 9, True)
    label(layout, "位置图", LEFT + half + 4, y, half, 6, 9, True)
    y += 6
    picture(layout, "photo_report", LEFT, y, half, 78)
    map_item(layout, "case_map", LEFT + half + 4, y, half, 78, 2000)
    y += 82
    label(layout, "处置情况（由处置部门填写）", LEFT, y, WIDTH, 6, 9, True)
    y += 6
    box = QgsLayoutItemShape(layout)
    box.setShapeType(QgsLayoutItemShape.Rectangle)
    layout.addLayoutItem(box)
    place(box, LEFT, y, WIDTH, 40)
    symbol = box.symbol().clone()
    symbol.symbolLayer(0).setFillColor(QColor(0, 0, 0, 0))
    symbol.symbolLayer(0).setStrokeWidth(0.2)
    box.setSymbol(symbol)
    label(layout, "处置人（签字）：＿＿＿＿＿＿　　处置完成时间：＿＿＿＿年＿＿月＿＿日＿＿时",
          LEFT, y + 42, WIDTH, 7, 9)
    label(layout, "请于处置时限前完成处置，并通过城管通或系统反馈处置结果及处置后照片。",
          LEFT, 284, WIDTH, 6, 7.5, item_id="footer")
    return layout


def case_file() -> QgsPrintLayout:
    layout = new_layout("案卷", pages=2)
    title_block(layout, "数字城管案卷",
                "[% @center_name %]　　打印：[% @printed_at %]")
    y = field_rows(layout, [
        [("案件编号", "[% @case_code %]", 0.5), ("当前状态", "[% @case_state %]", 0.5)],
        [("问题类别", "[% @case_kind %] · [% @case_class %]", 0.5),
         ("问题来源", "[% @case_source %]", 0.5)],
        [("所属区域", "[% @case_district %] [% @case_street %] [% @case_community %]", 0.5),
         ("单元网格", "[% @case_grid %]", 0.5)],
        [("地址", "[% @case_address %]", 1.0)],
        [("问题描述", "[% @case_description %]", 1.0, 2)],
        [("上报人", "[% @case_reporter %]", 0.5), ("登记时间", "[% @case_registered_at %]", 0.5)],
        [("处置部门", "[% @case_department %]", 0.5), ("处置时限", "[% @case_handle_deadline %]", 0.5)],
        [("结案时间", "[% @case_closed_at %]", 0.5), ("结案方式", "[% @case_close_type %]", 0.5)],
    ], 30)
    y += 3
    label(layout, "位置图", LEFT, y, WIDTH, 6, 9, True)
    y += 6
    map_item(layout, "case_map", LEFT, y, WIDTH, 78, 2500)
    y += 81
    quarter = (WIDTH - 6) / 4
    label(layout, "处置前（上报、核实照片）", LEFT, y, 2 * quarter + 2, 6, 9, True)
    label(layout, "处置后（处置、核查照片）", LEFT + 2 * (quarter + 2), y, 2 * quarter + 2, 6, 9, True)
    y += 6
    for i, item_id in enumerate(("photo_before_1", "photo_before_2", "photo_after_1",
                                 "photo_after_2")):
        picture(layout, item_id, LEFT + i * (quarter + 2), y, quarter, 52)
    # page 2: the whole timeline from the audit trail
    label(layout, "案件流转记录", LEFT, 10, WIDTH, 10, 14, True, page=1, item_id="timeline_title")
    label(layout, "案件编号：[% @case_code %]", LEFT, 20, WIDTH, 6, 8.5, page=1,
          align=Qt.AlignRight, item_id="timeline_subtitle")
    table(layout, "timeline", ["时间", "环节", "操作人", "状态", "说明"],
          [28, 24, 40, 38, 56], LEFT, 28, WIDTH, 256, 8, page=1, extend=True)
    return layout


def monthly_report() -> QgsPrintLayout:
    layout = new_layout("月度评价报告", pages=2)
    title_block(layout, "数字城管月度综合评价报告",
                "[% @center_name %]　　统计期：[% @report_from %] 至 [% @report_to %]　　"
                "生成：[% @printed_at %]")
    label(layout, "[% @report_summary %]", LEFT, 30, WIDTH, 14, 9.5, item_id="summary",
          frame=True, background=HEAD_BG)
    label(layout, "一、各区按期结案率", LEFT, 47, WIDTH, 7, 11, True)
    area = map_item(layout, "area_map", LEFT, 55, 120, 92, 100000)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("area_legend")
    legend.setLinkedMap(area)
    legend.setTitle("按期结案率（%）")
    legend.setAutoUpdateModel(True)
    legend.setStyleFont(QgsLegendStyle.Title, font(9, True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, font(8))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, font(8))
    legend.setLegendFilterByMapEnabled(False)
    layout.addLayoutItem(legend)
    place(legend, LEFT + 124, 55, WIDTH - 124, 92)
    label(layout, "二、各区评价", LEFT, 151, WIDTH, 7, 11, True)
    headers = ["名称", "立案数", "应结案", "结案数", "按期结案", "结案率%", "按期结案率%",
               "综合得分", "等级"]
    widths = [40, 17, 17, 17, 19, 18, 23, 18, 13]
    table(layout, "district_table", headers, widths, LEFT, 159, WIDTH, 60, 8)
    label(layout, "三、专业部门评价（按综合得分排序）", LEFT, 10, WIDTH, 8, 11, True, page=1)
    table(layout, "department_table", headers, widths, LEFT, 19, WIDTH, 266, 8, page=1,
          extend=True)
    return layout


def main() -> int:
    app = QgsApplication([], True)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (("dispatch_slip", dispatch_slip), ("case_file", case_file),
                        ("monthly_report", monthly_report)):
        layout = build()
        path = OUT / f"{name}.qpt"
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise SystemExit(f"could not write {path}")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
