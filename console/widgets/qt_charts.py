"""Qt Charts for the statistics dock (Debian ``python3-pyqt5.qtchart``).

``qgis.PyQt`` has no Qt Charts wrapper, so it comes from the binding ``qgis.PyQt`` wraps
(``qt_binding``); its widgets are that binding's classes, so they mix with ``qgis.PyQt`` ones.
``AVAILABLE`` is False when the package is missing: the charts then say so instead of
stopping the console (docs/decisions.md).
"""

from __future__ import annotations

from console.widgets.qt_binding import extra_module

_NAMES = ("QBarCategoryAxis", "QBarSeries", "QBarSet", "QChart", "QChartView", "QDateTimeAxis",
          "QHorizontalBarSeries", "QLineSeries", "QValueAxis")
_charts = extra_module("QtChart", "QtCharts")
AVAILABLE = _charts is not None
(QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QDateTimeAxis,
 QHorizontalBarSeries, QLineSeries, QValueAxis) = (getattr(_charts, n, None) for n in _NAMES)

__all__ = ["AVAILABLE", *_NAMES]
