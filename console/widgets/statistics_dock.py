"""综合评价: the statistics dock of leaders, commanders and shift leaders (seed 000 §4.7,
§3.4–3.5: the shift leader rates the acceptors, the commander the dispatchers).

A period and a dimension in, the KPI service's figures out: a sortable table (counts,
rates with 同比/环比 where the service gives them, composite score and grade), a bar chart
of one figure by row, its trend by day, week or month, the places that keep coming back, and
on the map the areas coloured by that figure (``console.maps.evaluation_layer``).

Clicking through drills down: a district's streets, a street's communities, a community's
cells, a cell's cases (selected in the window like any case); the breadcrumb goes back up.
Double-click a row, or turn on "drill down on the map" and click an area.

Every figure is read by ``KpiTask`` off the GUI thread; the dock shows what period and
dimension the figures are for, and computes nothing itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.workflow import Actor
from console.maps.evaluation_layer import AREA_LAYERS, EvaluationLayer
from console.maps.pick_location_tool import PickLocationTool
from console.widgets import labels
from console.widgets.kpi_chart import KpiBarChart, KpiTrendChart
from console.widgets.kpi_table_model import (
    KEY_ROLE,
    LOWER_IS_BETTER,
    Column,
    KpiSortProxyModel,
    KpiTableModel,
    figure_label,
)
from console.widgets.kpi_task import KpiAnswer, KpiRequest, KpiTask
from console.widgets.read_task import cancel, start

#: who sees the dock: leaders and commanders evaluate everyone, a shift leader the acceptors
EVALUATOR_ROLES = frozenset({"leader", "commander", "shift_leader"})
AREAS = ("district", "street", "community", "grid")
CHILD = {"district": "street", "street": "community", "community": "grid"}
#: dimensions in menu order; the posts only where the service offers them
ALL_DIMENSIONS = ("district", "street", "community", "grid", "department", "class", "source",
                  "inspector", "acceptor", "shift_leader", "dispatcher")
POSTS = ("inspector", "acceptor", "shift_leader", "dispatcher")
SHIFT_LEADER_DIMENSIONS = ("district", "street", "community", "grid", "class", "source",
                           "acceptor")
#: the figures each kind of row is judged by (rates of console/domain/kpi.py)
RATES = {
    "area": ("on_time_close_rate", "close_rate", "on_time_handle_rate", "rework_rate"),
    "department": ("close_rate", "on_time_handle_rate", "rework_rate", "on_time_urge_reply_rate"),
    "inspector": ("valid_report_rate", "missed_report_rate", "on_time_verify_rate",
                  "on_time_check_rate"),
    "acceptor": ("on_time_file_rate", "accurate_file_rate"),
    "shift_leader": ("on_time_file_rate", "accurate_file_rate"),
    "dispatcher": ("on_time_dispatch_rate", "accurate_dispatch_rate"),
}
COUNTS = {
    "area": ("reported", "filed", "closed"),
    "department": ("dispatched", "handled", "closed"),
    "inspector": ("reported", "valid_reported", "filed", "missed"),
    "acceptor": ("filed", "rejected", "closed"),
    "shift_leader": ("filed", "rejected", "closed"),
    "dispatcher": ("dispatched", "returned"),
}
PERIOD_THIS_MONTH, PERIOD_LAST_MONTH, PERIOD_THIS_YEAR, PERIOD_CUSTOM = range(4)


def may_evaluate(actor: Actor) -> bool:
    return bool(actor.all_roles & EVALUATOR_ROLES)


def engine_dimensions() -> tuple[str, ...]:
    """The ``--by`` values the KPI service accepts now."""
    from console.services.kpi_service import DIMENSIONS

    return tuple(DIMENSIONS)


def dimensions_for(actor: Actor, offered: tuple[str, ...] | None = None) -> list[str]:
    """The dimensions a user may choose, in menu order (empty: no dock)."""
    offered = engine_dimensions() if offered is None else offered
    roles = actor.all_roles
    if roles & {"leader", "commander"}:
        wanted = ALL_DIMENSIONS
    elif "shift_leader" in roles:
        wanted = SHIFT_LEADER_DIMENSIONS
    else:
        return []
    return [d for d in wanted if d in offered]


def kind_of(by: str) -> str | None:
    """What a row of ``by`` is judged as (None: no composite score of its own)."""
    if by in AREAS:
        return "area"
    if by == "department" or by in POSTS:
        return by
    return None


def has_scores(rows: list[dict]) -> bool:
    return any(r.get("score") is not None for r in rows)


def period_bounds(choice: int, today: date) -> tuple[date, date]:
    if choice == PERIOD_LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if choice == PERIOD_THIS_YEAR:
        return today.replace(month=1, day=1), today
    return today.replace(day=1), today


DIMENSION_LABELS = {
    "district": QT_TRANSLATE_NOOP("StatisticsDock", "District"),
    "street": QT_TRANSLATE_NOOP("StatisticsDock", "Street"),
    "community": QT_TRANSLATE_NOOP("StatisticsDock", "Community"),
    "grid": QT_TRANSLATE_NOOP("StatisticsDock", "Grid cell"),
    "department": QT_TRANSLATE_NOOP("StatisticsDock", "Department"),
    "class": QT_TRANSLATE_NOOP("StatisticsDock", "Problem class"),
    "source": QT_TRANSLATE_NOOP("StatisticsDock", "Source"),
    "inspector": QT_TRANSLATE_NOOP("StatisticsDock", "Inspector"),
    "acceptor": QT_TRANSLATE_NOOP("StatisticsDock", "Acceptor"),
    "shift_leader": QT_TRANSLATE_NOOP("StatisticsDock", "Shift leader"),
    "dispatcher": QT_TRANSLATE_NOOP("StatisticsDock", "Dispatcher"),
}


def dimension_label(by: str | None) -> str:
    return QCoreApplication.translate("StatisticsDock", DIMENSION_LABELS.get(by or "", by or ""))


class StatisticsDock(QDockWidget):
    caseSelected = pyqtSignal(str)  # noqa: N815  (a case of a drilled-down cell)
    errorRaised = pyqtSignal(str, str)  # noqa: N815  (title, message)
    figuresShown = pyqtSignal()  # noqa: N815  (a computation's figures are on screen)

    def __init__(self, context, city_map, parent=None):
        super().__init__(QCoreApplication.translate("StatisticsDock", "Evaluation"), parent)
        self.setObjectName("StatisticsDock")
        self.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.ctx = context
        self.services = context.services
        self.actor = context.actor
        self.city_map = city_map
        self.evaluation = EvaluationLayer(city_map) if city_map is not None else None
        self._task: KpiTask | None = None
        self.answer: KpiAnswer | None = None
        self.loaded_once = False
        self._dirty = True
        #: the drill-down path below the whole city: [(dimension, key, name)]
        self.path: list[tuple[str, str, str]] = []
        self._root_dimension: str | None = None
        self._pick_tool = None
        self._sized = False
        self._stale = False

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        # period
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:"), body))
        self.period_combo = QComboBox(body)
        self.period_combo.setObjectName("period")
        for text in (self.tr("This month"), self.tr("Last month"), self.tr("This year"),
                     self.tr("From … to …")):
            self.period_combo.addItem(text)
        row.addWidget(self.period_combo)
        today = self._today()
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1), body)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), body)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            row.addWidget(edit)
        self.compute_button = QPushButton(self.tr("Compute"), body)
        self.compute_button.setObjectName("compute")
        row.addWidget(self.compute_button)
        row.addStretch(1)
        layout.addLayout(row)

        # dimension, figure, trend step, map
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("By:"), body))
        self.dimension_combo = QComboBox(body)
        self.dimension_combo.setObjectName("dimension")
        for dim in dimensions_for(self.actor):
            self.dimension_combo.addItem(dimension_label(dim), dim)
        row.addWidget(self.dimension_combo)
        row.addWidget(QLabel(self.tr("Figure:"), body))
        self.figure_combo = QComboBox(body)
        self.figure_combo.setObjectName("figure")
        self.figure_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.figure_combo.setMinimumContentsLength(8)
        row.addWidget(self.figure_combo, 1)
        layout.addLayout(row)
        row = QHBoxLayout()  # a row of its own: the panel fits beside the map at 1366×768
        row.addWidget(QLabel(self.tr("Trend by:"), body))
        self.step_combo = QComboBox(body)
        self.step_combo.setObjectName("trend_step")
        for text, step in ((self.tr("Day"), "day"), (self.tr("Week"), "week"),
                           (self.tr("Month"), "month")):
            self.step_combo.addItem(text, step)
        row.addWidget(self.step_combo)
        self.map_button = QToolButton(body)
        self.map_button.setObjectName("drill_on_map")
        self.map_button.setText(self.tr("Drill down on the map"))
        self.map_button.setToolTip(self.tr("Click an area on the map to see what is inside it"))
        self.map_button.setCheckable(True)
        row.addWidget(self.map_button)
        row.addStretch(1)
        layout.addLayout(row)

        # breadcrumb, and what the figures are for
        row = QHBoxLayout()
        self.crumb_bar = QHBoxLayout()
        self.crumb_bar.setSpacing(2)
        self.crumb_widget = QWidget(body)
        self.crumb_widget.setLayout(self.crumb_bar)
        self.crumb_bar.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.crumb_widget)
        self.caption = QLabel(body)
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        row.addWidget(self.caption, 1)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        layout.addLayout(row)

        # table, hot spots and a cell's cases above the two charts
        self.model = KpiTableModel(self)
        self.proxy = KpiSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(body)
        self.table.setObjectName("kpi_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.hot_table = QTableWidget(0, 3, body)
        self.hot_table.setObjectName("hot_spots")
        self.hot_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hot_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hot_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.hot_table.verticalHeader().hide()
        self.hot_table.horizontalHeader().setStretchLastSection(True)
        self.case_table = QTableWidget(0, 4, body)
        self.case_table.setObjectName("cell_cases")
        self.case_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.case_table.verticalHeader().hide()
        self.case_table.horizontalHeader().setStretchLastSection(True)
        self.case_table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("State"),
                                                   self.tr("Class"), self.tr("Registered")])
        self.tabs = QTabWidget(body)
        self.tabs.addTab(self.table, self.tr("Evaluation table"))
        self.tabs.addTab(self.hot_table, self.tr("Recurring problems"))
        self.tabs.addTab(self.case_table, self.tr("Cases of the cell"))
        self.bar_chart = KpiBarChart(body)
        self.trend_chart = KpiTrendChart(body)
        # the two charts side by side under the table: the table keeps most of the height
        charts = QSplitter(Qt.Horizontal, body)
        charts.addWidget(self.bar_chart)
        charts.addWidget(self.trend_chart)
        self.splitter = QSplitter(Qt.Vertical, body)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.tabs.setMinimumHeight(150)
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)

        self._fill_figures()
        self._show_crumbs()
        self._show_caption(None)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.dimension_combo.currentIndexChanged.connect(self._on_dimension_combo_changed)
        self.figure_combo.currentIndexChanged.connect(self._on_figure_combo_changed)
        self.step_combo.currentIndexChanged.connect(lambda _i: self.compute())
        self.table.activated.connect(self._on_table_activated)
        self.proxy.layoutChanged.connect(self._show_bars)
        self.case_table.itemSelectionChanged.connect(self._on_case_table_selection_changed)
        self.hot_table.itemSelectionChanged.connect(self._on_hot_table_selection_changed)
        self.map_button.toggled.connect(self._on_map_button_toggled)
        self.visibilityChanged.connect(self._on_visibility_changed)
        if city_map is not None:
            city_map.canvas.mapToolSet.connect(self._on_canvas_map_tool_set)

    # --- what is asked ---------------------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self.ctx.zone).date()

    def period(self) -> tuple[date, date]:
        choice = self.period_combo.currentIndex()
        if choice == PERIOD_CUSTOM:
            return self.from_edit.date().toPyDate(), self.to_edit.date().toPyDate()
        return period_bounds(choice, self._today())

    def set_period(self, date_from: date, date_to: date) -> None:
        """Choose a custom period (and compute)."""
        self.from_edit.setDate(QDate(date_from.year, date_from.month, date_from.day))
        self.to_edit.setDate(QDate(date_to.year, date_to.month, date_to.day))
        if self.period_combo.currentIndex() != PERIOD_CUSTOM:
            self.period_combo.setCurrentIndex(PERIOD_CUSTOM)  # computes
        else:
            self.compute()

    def dimension(self) -> str | None:
        return self.dimension_combo.currentData()

    def set_dimension(self, by: str) -> None:
        index = self.dimension_combo.findData(by)
        if index < 0:
            raise ValueError(f"dimension {by!r} is not offered here")
        self.path = []
        if index == self.dimension_combo.currentIndex():
            self.compute()
        else:
            self.dimension_combo.setCurrentIndex(index)

    def figure(self) -> str:
        return self.figure_combo.currentData() or "score"

    def set_figure(self, name: str) -> None:
        index = self.figure_combo.findData(name)
        if index >= 0:
            self.figure_combo.setCurrentIndex(index)

    def level(self) -> str | None:
        """The dimension the rows are of now (below the drilled area, if any)."""
        if self.path:
            return CHILD.get(self.path[-1][0], "case")
        return self.dimension()

    def columns(self, by: str | None, rows: list[dict] | None = None) -> list[Column]:
        kind = kind_of(by or "") or "area"
        cols = [Column("name", "name")]
        if by not in ("class", "source"):
            cols.append(Column("key", "key"))
        # the composite first: it is what a row is judged by, the rest explains it
        if kind_of(by or "") is not None or (rows is not None and has_scores(rows)):
            cols += [Column("score", "score"), Column("grade", "grade")]
        cols += [Column(c, "count") for c in COUNTS.get(kind, COUNTS["area"])]
        cols += [Column(r, "rate") for r in RATES.get(kind, RATES["area"])]
        return cols

    # --- computing -------------------------------------------------------------------------

    def compute(self) -> None:
        """Read the figures for the current choices (off the GUI thread)."""
        level = self.level()
        if level is None:
            return
        date_from, date_to = self.period()  # a reversed period: the service's typed refusal
        by = level if level != "case" else "grid"
        within = self.path[-1][1] if self.path else None
        trend_by, trend_key = (self.path[-1][0], self.path[-1][1]) if self.path else (None, None)
        figure = self.figure()
        if trend_by is None and figure in ("score", "grade"):
            figure = "on_time_close_rate"  # the whole city has no composite score
        request = KpiRequest(date_from, date_to, by, within=within, trend_by=trend_by,
                             trend_key=trend_key, trend_step=self.step_combo.currentData(),
                             trend_figure=figure, cell=within if level == "case" else None)
        self.cancel_loading()
        self._dirty = False
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self._task = start(KpiTask(self.services, request, self._on_task_done, self._on_task_failed))
        self._task.progressChanged.connect(self._on_task_progress_changed)

    def mark_stale(self) -> None:
        """Cases changed since the figures were read: say so (reading them again is the
        user's choice: at a busy center a change arrives every few seconds)."""
        if self.answer is None or self._stale:
            return
        self._stale = True
        self.caption.setText(self.caption.text() + " · " + self.tr("cases changed since: Compute again"))

    def cancel_loading(self) -> None:
        cancel(self._task)
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()

    def is_loading(self) -> bool:
        return self._task is not None

    def _on_task_progress_changed(self, value: float) -> None:
        self.progress.setValue(int(value))

    def _on_task_done(self, answer: KpiAnswer | None) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        if answer is None:
            return
        self.answer = answer
        self.loaded_once = True
        self._stale = False
        req = answer.request
        level = self.level()
        self.model.set_result(self.columns(req.by, answer.rows), answer.rows)
        self._sort_by_figure()
        self._show_caption(answer)
        self._show_hot_spots(answer.hot_spots)
        self._show_cases(answer.cases if level == "case" else None)
        self._show_bars()
        self._show_trend()
        self._show_on_map()
        self.figuresShown.emit()

    def _on_task_failed(self, exc: Exception) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        from console.widgets.error_text import error_text

        self.errorRaised.emit(self.tr("Evaluation"), error_text(exc, self.ctx))

    # --- showing ---------------------------------------------------------------------------

    def _fill_figures(self) -> None:
        by = self.dimension() or "district"
        current = self.figure_combo.currentData()
        self.figure_combo.blockSignals(True)
        self.figure_combo.clear()
        for column in self.columns(by):
            if column.kind in ("rate", "score", "count"):
                self.figure_combo.addItem(figure_label(column.name), column.name)
        index = self.figure_combo.findData(current)
        if index < 0:
            index = self.figure_combo.findData("score")
        self.figure_combo.setCurrentIndex(max(index, 0))
        self.figure_combo.blockSignals(False)

    def _show_caption(self, answer: KpiAnswer | None) -> None:
        by = self.dimension()
        name = dimension_label(by)
        if answer is None:
            date_from, date_to = self.period()
            self.caption.setText(self.tr("{start} to {end} by {dimension}: not computed yet").format(
                start=date_from.isoformat(), end=date_to.isoformat(), dimension=name))
            return
        req, result = answer.request, answer.result
        level = self.level()
        shown = self.tr("the cases of the cell") if level == "case" else \
            dimension_label(req.by)
        where = self.path[-1][2] if self.path else self.tr("the whole city")
        as_of = (result.get("as_of") or "")[:16].replace("T", " ")
        self.caption.setText(self.tr("{start} to {end} · {where} · by {dimension} · {rows} rows").format(
            start=result.get("from") or req.date_from.isoformat(),
            end=result.get("to") or req.date_to.isoformat(), where=where, dimension=shown,
            rows=len(answer.rows)))
        self.caption.setToolTip(self.tr("Computed at {as_of} UTC").format(as_of=as_of))

    def _show_crumbs(self) -> None:
        while self.crumb_bar.count():
            item = self.crumb_bar.takeAt(0)
            if item.widget() is not None:  # gone now, not at the next turn of the loop
                item.widget().hide()
                item.widget().deleteLater()
        crumbs = [(-1, self.tr("Whole city"))] + [(i, name) for i, (_d, _k, name) in enumerate(self.path)]
        for n, (i, text) in enumerate(crumbs):
            if n:
                self.crumb_bar.addWidget(QLabel("›", self.crumb_widget))
            button = QToolButton(self.crumb_widget)
            button.setText(text)
            button.setAutoRaise(True)
            button.setEnabled(n < len(crumbs) - 1)
            button.clicked.connect(lambda _c=False, depth=i: self.go_up(depth))
            self.crumb_bar.addWidget(button)
        self.crumb_bar.addStretch(1)

    def crumbs(self) -> list[str]:
        return [self.tr("Whole city")] + [name for _d, _k, name in self.path]

    def _sort_by_figure(self) -> None:
        column = self.model.column_of(self.figure())
        if column >= 0:
            worse_first = Qt.DescendingOrder if self.figure() in LOWER_IS_BETTER else Qt.AscendingOrder
            self.table.sortByColumn(column, worse_first)

    def _show_bars(self) -> None:
        figure = self.figure()
        column = self.model.column_of(figure)
        if column < 0:
            self.bar_chart.set_values(figure_label(figure), [])
            return
        rows = []
        name_col = self.model.column_of("name")
        for r in range(self.proxy.rowCount()):
            rows.append((self.proxy.index(r, name_col).data(),
                         self.proxy.index(r, column).data(Qt.UserRole + 1)))
        maximum = 100.0 if figure.endswith("_rate") or figure == "score" else None
        self.bar_chart.set_values(figure_label(figure), rows, maximum)

    def _show_trend(self) -> None:
        answer = self.answer
        if answer is None:
            return
        step = {"day": self.tr("by day"), "week": self.tr("by week"),
                "month": self.tr("by month")}[answer.trend_step]
        where = self.path[-1][2] if self.path else self.tr("Whole city")
        figure = answer.request.trend_figure
        title = self.tr("{figure} of {where}, {step}").format(
            figure=figure_label(figure), where=where, step=step)
        maximum = 100.0 if figure.endswith("_rate") or figure == "score" else None
        self.trend_chart.set_points(title, answer.trend,
                                    "yyyy-MM" if answer.trend_step == "month" else "MM-dd", maximum)

    def _show_hot_spots(self, hot: dict) -> None:
        rows = []
        for kind, items in (hot or {}).items():
            for item in items or []:
                rows.append((kind, item))
        self.hot_table.setRowCount(0)
        self.hot_table.setHorizontalHeaderLabels([self.tr("Problem class"), self.tr("Where"),
                                                  self.tr("Cases")])
        if not rows:
            return
        self.hot_table.setRowCount(len(rows))
        for r, (kind, item) in enumerate(rows):
            cls = item.get("class_name") or self.ctx.class_name(item.get("kind"), item.get("class_code"))
            code = item.get("component_code") if kind == "components" else item.get("grid_code")
            where = (self.tr("Component {code}") if kind == "components"
                     else self.tr("Cell {code}")).format(code=code or "")
            count = item.get("count", item.get("cases", ""))
            for c, text in enumerate((cls, where, str(count))):
                cell = QTableWidgetItem(str(text))
                cell.setData(Qt.UserRole, code)
                self.hot_table.setItem(r, c, cell)
        self.hot_table.resizeColumnsToContents()

    def _show_cases(self, cases: list[dict] | None) -> None:
        self.case_table.setRowCount(0)
        index = self.tabs.indexOf(self.case_table)
        self.tabs.setTabEnabled(index, cases is not None)
        if cases is None:
            if self.tabs.currentIndex() == index:
                self.tabs.setCurrentIndex(0)
            return
        self.case_table.setRowCount(len(cases))
        for r, case in enumerate(cases):
            texts = (case["code"], labels.state(case["state"]),
                     self.ctx.class_name(case.get("kind"), case.get("class_code")),
                     (case.get("registered_at") or "")[:16].replace("T", " "))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, case["id"])
                self.case_table.setItem(r, c, item)
        self.case_table.resizeColumnsToContents()
        self.tabs.setCurrentIndex(index)

    def shown_cases(self) -> list[str]:
        """The ids of the cases listed for the drilled-down cell."""
        return [self.case_table.item(r, 0).data(Qt.UserRole) for r in range(self.case_table.rowCount())]

    def _show_on_map(self) -> None:
        if self.evaluation is None:
            return
        answer = self.answer
        by = answer.request.by if answer else None
        if answer is None or by not in AREA_LAYERS:
            self.evaluation.remove()
            return
        figure = self.figure()
        if figure == "grade":
            figure = "score"
        column = Column(figure, "score" if figure == "score" else
                        ("count" if figure in dict.fromkeys(sum(COUNTS.values(), ())) else "rate"))
        values = {r["key"]: column.value(r) for r in answer.rows}
        names = {r["key"]: r.get("name") or r["key"] for r in answer.rows}
        grades = {r["key"]: r.get("grade") for r in answer.rows}
        where = self.path[-1][2] if self.path else self.tr("Whole city")
        title = self.tr("{figure} ({where}, {start} to {end})").format(
            figure=figure_label(figure), where=where, start=answer.request.date_from.isoformat(),
            end=answer.request.date_to.isoformat())
        self.evaluation.show(by, values, title, names=names, within=answer.request.within,
                             higher_is_better=figure not in LOWER_IS_BETTER,
                             unit="%" if column.kind == "rate" else "", grades=grades)
        self.city_map.canvas.refresh()

    # --- drill-down ------------------------------------------------------------------------

    def drill(self, key: str) -> bool:
        """Into the area ``key`` of the rows shown (a district's streets, ... a cell's
        cases); False where there is nothing below (a department, a post, a case)."""
        level = self.level()
        if level not in AREAS:
            return False
        if not self.path:
            self._root_dimension = self.dimension()
        row = next((r for r in (self.answer.rows if self.answer else []) if r.get("key") == key), None)
        name = (row or {}).get("name") or key
        self.path.append((level, key, name))
        self._show_crumbs()
        self._show_level()
        self.compute()
        if self.evaluation is not None and self.city_map is not None:
            self.city_map.find(key)  # zoom to and highlight the area drilled into
        return True

    def go_up(self, depth: int) -> None:
        """Back to the crumb ``depth`` (-1: the whole city)."""
        self.path = self.path[:depth + 1]
        self._show_crumbs()
        self._show_level()
        self.compute()
        if not self.path and self.city_map is not None:
            self.city_map.zoom_to_city()

    def _show_level(self) -> None:
        """The dimension picker names the level shown (without computing twice)."""
        level = self.level()
        target = level if level in AREAS else (self.path[-1][0] if self.path else self._root_dimension)
        if not self.path and self._root_dimension:
            target = self._root_dimension
        index = self.dimension_combo.findData(target)
        if index >= 0 and index != self.dimension_combo.currentIndex():
            self.dimension_combo.blockSignals(True)
            self.dimension_combo.setCurrentIndex(index)
            self.dimension_combo.blockSignals(False)
            self._fill_figures()

    # --- slots -----------------------------------------------------------------------------

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and not self._sized:
            self._sized = True
            QTimer.singleShot(250, self._take_room)  # after the window's own fitting
        if visible and self._dirty and not self.is_loading():
            self.compute()
        elif not visible and self.isHidden():  # closed (not merely behind another tab)
            self.cancel_loading()
            if self.evaluation is not None:
                self.evaluation.remove()
            self._dirty = True

    def _on_period_combo_changed(self, index: int) -> None:
        custom = index == PERIOD_CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            date_from, date_to = self.period()
            self.from_edit.setDate(QDate(date_from.year, date_from.month, date_from.day))
            self.to_edit.setDate(QDate(date_to.year, date_to.month, date_to.day))
        self.compute()

    def _on_dimension_combo_changed(self, _index: int) -> None:
        self.path = []
        self._root_dimension = None
        self._show_crumbs()
        self._fill_figures()
        if self.evaluation is not None:
            self.evaluation.remove()
        self.compute()

    def _on_figure_combo_changed(self, _index: int) -> None:
        if self.answer is None:
            return
        self._sort_by_figure()
        self._show_bars()
        self._show_on_map()
        if self.answer.request.trend_figure != self.figure():
            self.compute()  # the trend is read per figure

    def _on_table_activated(self, index) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.drill(str(key))

    def _on_case_table_selection_changed(self) -> None:
        items = self.case_table.selectedItems()
        if items:
            self.caseSelected.emit(items[0].data(Qt.UserRole))

    def _on_hot_table_selection_changed(self) -> None:
        """A place that keeps coming back: show it on the map (the cell, the component)."""
        items = self.hot_table.selectedItems()
        if items and items[0].data(Qt.UserRole) and self.city_map is not None:
            self.city_map.find(str(items[0].data(Qt.UserRole)))

    def _on_map_button_toggled(self, on: bool) -> None:
        if self.city_map is None:
            return
        canvas = self.city_map.canvas
        if on:
            if self._pick_tool is None:
                self._pick_tool = PickLocationTool(canvas)
                self._pick_tool.pointPicked.connect(self._on_pick_tool_point_picked)
            self._tool_before = canvas.mapTool()
            canvas.setMapTool(self._pick_tool)
        elif self._pick_tool is not None and canvas.mapTool() is self._pick_tool:
            canvas.setMapTool(self._tool_before) if self._tool_before is not None else \
                canvas.unsetMapTool(self._pick_tool)

    def _on_canvas_map_tool_set(self, new_tool, _old_tool) -> None:
        if self._pick_tool is not None and new_tool is not self._pick_tool and self.map_button.isChecked():
            self.map_button.blockSignals(True)
            self.map_button.setChecked(False)
            self.map_button.blockSignals(False)

    def _on_pick_tool_point_picked(self, point) -> None:
        if self.evaluation is None:
            return
        key = self.evaluation.key_at(point)
        if key:
            self.drill(key)

    def _take_room(self) -> None:
        """The first time the figures are looked at, the panel takes most of its column's
        height (the case detail below keeps a strip): a table and two charts need it."""
        from qgis.PyQt.QtWidgets import QMainWindow

        window = self.parentWidget()
        detail = getattr(window, "detail_dock", None)
        if isinstance(window, QMainWindow) and not self.isFloating() and window.height() > 600 \
                and detail is not None and detail.isVisible():
            usable = window.height() - 120
            window.resizeDocks([self, detail], [round(usable * 0.8), round(usable * 0.2)],
                               Qt.Vertical)

    # --- closing ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop reading and take the evaluation off the map (the window calls this before
        the map goes; idempotent)."""
        self.cancel_loading()
        if self.city_map is not None and self._pick_tool is not None:
            if self.city_map.canvas.mapTool() is self._pick_tool:
                self.city_map.canvas.unsetMapTool(self._pick_tool)
        if self.evaluation is not None:
            self.evaluation.remove()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.evaluation is not None:
            self.evaluation.remove()
        self._dirty = True  # figures again when it is shown again
        super().closeEvent(event)
