"""The statistics dock (综合评价) on the demo city, in a real main window: the same figures as
``console kpi`` for every dimension it offers, the evaluation on the map (graduated, every
area coloured, its legend), drill-down from a district to a cell's cases, and who sees it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from qgis.core import (
    NULL,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QPoint, Qt

from console.domain.workflow import Actor
from console.maps.evaluation_layer import GROUP_TAG
from console.widgets.kpi_table_model import KEY_ROLE, VALUE_ROLE, comparisons
from console.widgets.statistics_dock import dimensions_for, may_evaluate
from tests.services.test_cli import run_here

WAIT_MS = 30_000


def _period(window) -> tuple[date, date]:
    """The last four months: the demo's history reaches half a year back from today."""
    today = datetime.now(window.ctx.zone).date()
    return today - timedelta(days=120), today


def _computed(qtbot, dock, action) -> None:
    """Run ``action`` (a choice in the dock) and wait until its figures are shown."""
    with qtbot.waitSignal(dock.figuresShown, timeout=WAIT_MS):
        action()


def _cli(db_url, date_from, date_to, by=None) -> dict:
    args = ["kpi", "--from", date_from.isoformat(), "--to", date_to.isoformat()]
    if by:
        args += ["--by", by]
    code, doc, err = run_here(db_url, *args)
    assert code == 0, err
    return doc


def _table(dock) -> dict:
    """key → {column name: raw figure} as the table holds it."""
    model = dock.model
    out = {}
    for r in range(model.rowCount()):
        key = model.index(r, 0).data(KEY_ROLE)
        out[key] = {c.name: model.index(r, i).data(VALUE_ROLE) for i, c in enumerate(model.columns())}
    return out


def _double_click_row(qtbot, dock, key: str) -> None:
    proxy = dock.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(KEY_ROLE) == key)
    index = proxy.index(row, 0)
    def shown() -> bool:
        dock.table.scrollTo(index)
        return dock.table.viewport().rect().contains(dock.table.visualRect(index).center())

    qtbot.waitUntil(shown, timeout=5_000)
    pos = dock.table.visualRect(index).center()
    qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, pos=pos)
    with qtbot.waitSignal(dock.figuresShown, timeout=WAIT_MS):
        qtbot.mouseDClick(dock.table.viewport(), Qt.LeftButton, pos=pos)


def _open_dock(qtbot, window):
    dock = window.statistics_dock
    assert dock is not None
    dock.show()
    dock.raise_()
    date_from, date_to = _period(window)
    _computed(qtbot, dock, lambda: dock.set_period(date_from, date_to))
    return dock, date_from, date_to


def test_who_evaluates_whom():
    def actor(*roles):
        return Actor("x", frozenset(roles))

    offered = ("district", "street", "community", "grid", "department", "inspector", "acceptor",
               "dispatcher", "class", "source")
    assert may_evaluate(actor("leader")) and may_evaluate(actor("commander"))
    assert may_evaluate(actor("shift_leader"))
    for role in ("acceptor", "dispatcher", "inspector", "department", "gis_technician", "admin"):
        assert not may_evaluate(actor(role)), role
        assert dimensions_for(actor(role), offered) == []
    # the commander rates the dispatchers, the shift leader the acceptors (seed 000 §3.4–3.5)
    assert "dispatcher" in dimensions_for(actor("commander"), offered)
    shift = dimensions_for(actor("shift_leader"), offered)
    assert "acceptor" in shift and "dispatcher" not in shift and "department" not in shift
    # only what the KPI service offers
    assert dimensions_for(actor("leader"), ("district", "grid")) == ["district", "grid"]


def test_an_acceptor_has_no_statistics_dock(make_window):
    window = make_window("acceptor")
    assert window.statistics_dock is None
    assert "StatisticsDock" not in {d.objectName() for d in window._docks()}


def test_table_agrees_with_console_kpi_for_every_dimension_and_the_map_is_graduated(
        qtbot, make_window, db_url):
    window = make_window("commander")
    dock, date_from, date_to = _open_dock(qtbot, window)
    dims = [dock.dimension_combo.itemData(i) for i in range(dock.dimension_combo.count())]
    assert {"district", "street", "community", "grid", "department"} <= set(dims)

    for by in dims:
        if by != dock.dimension():
            _computed(qtbot, dock, lambda b=by: dock.set_dimension(b))
        assert dock.answer.request.by == by
        assert date_from.isoformat() in dock.caption.text()
        cli = {g["key"]: g for g in _cli(db_url, date_from, date_to, by)["groups"]}
        table = _table(dock)
        assert set(table) == set(cli), by  # same rows
        assert table, by
        for key, figures in table.items():
            for column in dock.model.columns():
                assert figures[column.name] == column.value(cli[key]), (by, key, column.name)
        # the bars follow the table's order, the figure chosen
        bars = dock.bar_chart.values()
        figure_col = dock.model.column_of(dock.figure())
        assert [v for _n, v in bars] == [dock.proxy.index(r, figure_col).data(VALUE_ROLE)
                                         for r in range(min(dock.proxy.rowCount(), len(bars)))]
        _check_map(window, dock, by, table)
        if by == "district":  # 同比/环比 beside each figure: the service's comparisons
            code, doc, err = run_here(db_url, "kpi", "--from", date_from.isoformat(), "--to",
                                      date_to.isoformat(), "--by", by, "--compare")
            assert code == 0, err
            shown = 0
            for group in doc["groups"]:
                row = next(r for r in range(dock.model.rowCount())
                           if dock.model.index(r, 0).data(KEY_ROLE) == group["key"])
                for i, column in enumerate(dock.model.columns()):
                    if column.kind not in ("rate", "score"):
                        continue
                    yoy, mom = comparisons(dock.model.row_doc(row), column.name)
                    delta = group.get("delta") or {}
                    assert (yoy, mom) == ((delta.get("year_before") or {}).get(column.name),
                                          (delta.get("previous") or {}).get(column.name))
                    text = dock.model.index(row, i).data()
                    assert ("MoM" in text) == (mom is not None), text
                    shown += mom is not None
            assert shown  # the demo's history has a period before this one

    # the trend: each point is the service's figure for that step of the period
    first_day, value = dock.answer.trend[1]
    step_end = dock.answer.trend[2][0] - timedelta(days=1)
    whole = _cli(db_url, first_day, step_end)["groups"][0]
    assert value == whole["rates"][dock.answer.request.trend_figure]

    # the layer goes when the dimension has no areas, and when the dock closes
    _computed(qtbot, dock, lambda: dock.set_dimension("district"))
    assert dock.evaluation.layer() is not None
    dock.close()
    assert dock.evaluation.layer() is None
    assert not _evaluation_nodes(window)


def _evaluation_nodes(window) -> list:
    found, stack = [], list(window.city_map.project.layerTreeRoot().children())
    while stack:
        node = stack.pop()
        if isinstance(node, QgsLayerTreeGroup):
            stack.extend(node.children())
        if node.customProperty(GROUP_TAG):
            found.append(node)
    layers = [lyr for lyr in window.city_map.project.mapLayers().values() if lyr.customProperty(GROUP_TAG)]
    return found + layers


def _check_map(window, dock, by, table) -> None:
    layer = dock.evaluation.layer()
    if by not in ("district", "street", "community", "grid"):
        assert layer is None, by
        return
    assert layer is not None, by
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol"
    ranges = renderer.ranges()
    assert len(ranges) >= 2 or len({v[dock.figure()] for v in table.values()}) == 1
    # the legend in the layer tree lists every class
    model = window.city_map.layer_tree_view.layerTreeModel()
    node = window.city_map.project.layerTreeRoot().findLayer(layer.id())
    assert node is not None
    assert len(model.layerLegendNodes(node)) == len(ranges)
    # every area has a colour, the one of the class its figure falls in
    colours = {r.symbol().color().name() for r in ranges}
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    try:
        features = list(layer.getFeatures())
        assert len(features) >= len(table)
        for feature in features:
            context.expressionContext().setFeature(feature)
            symbol = renderer.symbolForFeature(feature, context)
            assert symbol is not None, (by, feature["code"], feature["value"])
            assert symbol.color().name() in colours
            if feature["code"] in table:
                got = None if feature["value"] == NULL else feature["value"]
                assert got == pytest.approx(table[feature["code"]][dock.figure()])
    finally:
        renderer.stopRender(context)


def test_drill_down_from_a_district_to_a_cell_and_its_cases(qtbot, make_window, db_url):
    window = make_window("leader")
    dock, date_from, date_to = _open_dock(qtbot, window)
    assert dock.dimension() == "district"
    district = dock.model.keys()[0]
    _double_click_row(qtbot, dock, district)
    streets = _table(dock)
    cli_streets = {g["key"] for g in _cli(db_url, date_from, date_to, "street")["groups"]
                   if g["key"].startswith(district)}
    assert set(streets) == cli_streets and streets

    # on the map: click inside a street's area
    street = sorted(streets)[0]
    feature = next(f for f in dock.evaluation.layer().getFeatures() if f["code"] == street)
    spot = QgsGeometry(feature.geometry()).pointOnSurface().asPoint()
    canvas = window.city_map.canvas
    dock.map_button.setChecked(True)
    qtbot.wait(50)
    pixel = canvas.getCoordinateTransform().transform(spot)
    with qtbot.waitSignal(dock.figuresShown, timeout=WAIT_MS):
        qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=QPoint(round(pixel.x()), round(pixel.y())))
    communities = _table(dock)
    assert communities and all(k.startswith(street) for k in communities)
    assert dock.dimension() == "community"

    community = max(communities, key=lambda k: communities[k]["reported"] or 0)
    _double_click_row(qtbot, dock, community)
    cells = _table(dock)
    assert cells and all(k.startswith(community) for k in cells)
    cell = max(cells, key=lambda k: cells[k]["reported"] or 0)
    reported = cells[cell]["reported"]
    assert reported > 0
    _double_click_row(qtbot, dock, cell)

    # the cell's cases: exactly those its row counts, each selectable in the window
    assert dock.tabs.currentWidget() is dock.case_table
    cases = dock.shown_cases()
    assert len(cases) == reported
    assert dock.crumbs()[1:] == [dock.path[0][2], dock.path[1][2], dock.path[2][2], cell]
    dock.case_table.selectRow(0)
    assert window.selected_case_id == cases[0]
    shown = window.services.queries.show(cases[0])
    assert shown["grid_code"] == cell

    # back up to the whole city
    _computed(qtbot, dock, lambda: dock.go_up(-1))
    assert set(dock.model.keys()) == {g["key"] for g in _cli(db_url, date_from, date_to, "district")["groups"]}
    assert dock.crumbs() == dock.crumbs()[:1]


def test_a_computation_can_be_cancelled(qtbot, make_window):
    window = make_window("shift_leader")
    dock, _date_from, _date_to = _open_dock(qtbot, window)
    shown = dock.answer
    assert "acceptor" in [dock.dimension_combo.itemData(i) for i in range(dock.dimension_combo.count())]
    index = dock.dimension_combo.findData("acceptor")
    dock.dimension_combo.setCurrentIndex(index)  # starts reading
    assert dock.is_loading() and dock.progress.isVisible() and dock.cancel_button.isVisible()
    qtbot.mouseClick(dock.cancel_button, Qt.LeftButton)
    assert not dock.is_loading() and not dock.progress.isVisible()
    from tests.gui.conftest import settle_tasks

    settle_tasks(qtbot)
    assert dock.answer is shown  # the cancelled figures never replace the ones shown


def test_a_reversed_period_is_refused_and_changed_cases_make_the_figures_stale(qtbot, make_window):
    window = make_window("commander")
    dock, date_from, date_to = _open_dock(qtbot, window)
    shown = dock.answer
    errors = []
    dock.errorRaised.connect(lambda title, message: errors.append(message))
    dock.set_period(date_to, date_from)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    from console.domain.errors import InvalidInput
    from console.widgets.error_text import error_text

    # the service's typed refusal, in the user's words
    assert errors == [error_text(InvalidInput("reversed", code="date_range_reversed",
                                              date_from=date_to.isoformat(),
                                              date_to=date_from.isoformat()))]
    assert dock.answer is shown and dock.model.rowCount() == len(shown.rows)
    # a change of cases elsewhere: the figures say they are old, until computed again
    window._on_poller_changes({"case_file"}, [])
    assert dock._stale and dock.caption.text().endswith("Compute again")
    _computed(qtbot, dock, lambda: dock.set_period(date_from, date_to))
    assert not dock._stale and not dock.caption.text().endswith("Compute again")
