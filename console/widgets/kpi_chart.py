"""The statistics dock's two charts (Qt Charts): a KPI by row, and its trend over time.

Both only draw what they are given (figures come from the KPI service through the dock);
without Qt Charts installed they show a line saying so.
"""

from __future__ import annotations

from datetime import date, datetime

from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainter
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from console.widgets import qt_charts as qc

MAX_BARS = 6  # more bars than this are unreadable in a panel: the first rows of the table
BAR_COLOR = QColor("#2b7bba")
#: one colour per bar (ColorBrewer Set2/Dark2: tell neighbours apart, print in grey)
PALETTE = [QColor(c) for c in ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e",
                                "#e6ab02", "#a6761d", "#666666")]
LINE_COLOR = QColor("#d95f02")


class _ChartBox(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not qc.AVAILABLE:
            self.chart = self.view = None
            note = QLabel(QCoreApplication.translate(
                "KpiChart", "Charts need Qt Charts (Debian package python3-pyqt5.qtchart)."), self)
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignCenter)
            layout.addWidget(note)
            return
        self.chart = qc.QChart()
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.legend().hide()
        self.chart.setAnimationOptions(qc.QChart.NoAnimation)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF() * 0.9, 7.0))
        self.chart.setTitleFont(title_font)
        #: axis labels a size smaller: a panel's chart is short, and Qt elides what does not fit
        self.axis_font = QFont(self.font())
        self.axis_font.setPointSizeF(max(self.axis_font.pointSizeF() * 0.8, 6.5))
        self.view = qc.QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.Antialiasing)
        self.view.setMinimumSize(170, 140)
        layout.addWidget(self.view)

    def _axes(self, x_axis, y_axis) -> None:
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(self.axis_font)
        y_axis.setTickCount(3)  # 0, half, top: room for the labels in a short chart
        self.chart.addAxis(x_axis, Qt.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignLeft)

    def _clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in list(self.chart.axes()):
            self.chart.removeAxis(axis)


class KpiBarChart(_ChartBox):
    """Bars of one figure for the first ``MAX_BARS`` rows, in the table's order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._values: list[tuple[str, float | None]] = []

    def values(self) -> list[tuple[str, float | None]]:
        return list(self._values)

    def set_values(self, title: str, rows: list[tuple[str, float | None]],
                   maximum: float | None = None) -> None:
        self._values = list(rows[:MAX_BARS])
        if self.chart is None:
            return
        self._clear()
        self.chart.setTitle(title)
        if not self._values:
            return
        # one bar per row, named in the legend beside the bars: Qt Charts elides category
        # labels long before Chinese names stop fitting a panel
        series = qc.QBarSeries()
        series.setBarWidth(0.9)
        for i, (label, value) in enumerate(self._values):
            bar_set = qc.QBarSet(_short(label))
            bar_set.setColor(PALETTE[i % len(PALETTE)])
            bar_set.append(0.0 if value is None else float(value))
            bar_set.setLabelFont(self.axis_font)
            bar_set.setLabelColor(QColor("white"))
            series.append(bar_set)
        series.setLabelsVisible(len(self._values) <= 4)  # more: the figures overlap
        series.setLabelsFormat("@value")
        series.setLabelsPosition(qc.QBarSeries.LabelsInsideEnd)
        self.chart.addSeries(series)
        legend = self.chart.legend()
        legend.setAlignment(Qt.AlignRight)
        legend.setFont(self.axis_font)
        legend.show()
        values = qc.QValueAxis()
        top = maximum if maximum is not None else max((v or 0 for _l, v in self._values), default=1)
        values.setRange(0, max(float(top), 1.0))
        values.setLabelFormat("%.0f")
        values.setLabelsFont(self.axis_font)
        values.setTickCount(3)
        self.chart.addAxis(values, Qt.AlignLeft)
        series.attachAxis(values)


class KpiTrendChart(_ChartBox):
    """One figure over consecutive periods (days, weeks or months)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._points: list[tuple[date, float | None]] = []

    def points(self) -> list[tuple[date, float | None]]:
        return list(self._points)

    def set_points(self, title: str, points: list[tuple[date, float | None]],
                   label_format: str = "MM-dd", maximum: float | None = None) -> None:
        self._points = list(points)
        if self.chart is None:
            return
        self._clear()
        self.chart.setTitle(title)
        shown = [(d, v) for d, v in self._points if v is not None]
        if not shown:
            return
        series = qc.QLineSeries()
        pen = series.pen()
        pen.setColor(LINE_COLOR)
        pen.setWidthF(2.2)
        series.setPen(pen)
        series.setPointsVisible(len(shown) <= 40)
        for day, value in shown:
            series.append(float(_msecs(day)), float(value))
        self.chart.addSeries(series)
        x_axis = qc.QDateTimeAxis()
        x_axis.setFormat(label_format)
        x_axis.setTickCount(min(max(len(shown), 2), 5))
        first, last = _msecs(shown[0][0]), _msecs(shown[-1][0])
        if first == last:
            first -= 43_200_000
            last += 43_200_000
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(first), QDateTime.fromMSecsSinceEpoch(last))
        y_axis = qc.QValueAxis()
        top = maximum if maximum is not None else max(v for _d, v in shown)
        y_axis.setRange(0, max(float(top), 1.0))
        y_axis.setLabelFormat("%.0f")
        self._axes(x_axis, y_axis)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


def _short(text: str, limit: int = 8) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _msecs(day) -> int:
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    if isinstance(day, datetime):
        day = day.date()
    return QDateTime(day.year, day.month, day.day, 12, 0).toMSecsSinceEpoch()
