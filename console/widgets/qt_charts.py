"""The one module that imports Qt Charts (Debian ``python3-pyqt5.qtchart``).

``qgis.PyQt`` has no Qt Charts wrapper, so this module imports it from the binding QGIS runs
on (PyQt5 for QGIS 3, PyQt6 for QGIS 4); its widgets are that same binding's classes, so they
mix with ``qgis.PyQt`` ones. ``AVAILABLE`` is False when the package is missing: the charts
then say so instead of stopping the console (docs/decisions.md).
"""

from __future__ import annotations

try:  # QGIS 3: PyQt5
    from PyQt5.QtChart import (  # type: ignore[import-not-found]
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QDateTimeAxis,
        QHorizontalBarSeries,
        QLineSeries,
        QValueAxis,
    )

    AVAILABLE = True
except ImportError:  # pragma: no cover - QGIS 4 (PyQt6) or the package not installed
    try:
        from PyQt6.QtCharts import (  # type: ignore[import-not-found]
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QDateTimeAxis,
            QLineSeries,
            QValueAxis,
        )

        AVAILABLE = True
    except ImportError:
        QBarCategoryAxis = QBarSeries = QBarSet = QChart = QChartView = None
        QDateTimeAxis = QHorizontalBarSeries = QLineSeries = QValueAxis = None
        AVAILABLE = False

__all__ = ["AVAILABLE", "QBarCategoryAxis", "QBarSeries", "QBarSet", "QChart", "QChartView",
           "QDateTimeAxis", "QHorizontalBarSeries", "QLineSeries", "QValueAxis"]
