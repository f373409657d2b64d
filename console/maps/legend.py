"""Legend texts of the layer styles, translated when a style is applied.

The .qml files name their rules and categories in English (Qt's source language); the
strings below mark them for lupdate (context "Legend"), and ``translate_legend`` swaps them
for the UI language's text. A label a technician types in QGIS Desktop that is not listed
here is shown as typed.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsPointDistanceRenderer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Legend"

LABELS = (
    # case pins (case.qml)
    QT_TRANSLATE_NOOP("Legend", "Pins (street scale)"),
    QT_TRANSLATE_NOOP("Legend", "Awaiting acceptance"),
    QT_TRANSLATE_NOOP("Legend", "Awaiting dispatch"),
    QT_TRANSLATE_NOOP("Legend", "With a department"),
    QT_TRANSLATE_NOOP("Legend", "Under inspection"),
    QT_TRANSLATE_NOOP("Legend", "Overdue"),
    QT_TRANSLATE_NOOP("Legend", "Due soon"),
    QT_TRANSLATE_NOOP("Legend", "On time"),
    QT_TRANSLATE_NOOP("Legend", "Suspended"),
    QT_TRANSLATE_NOOP("Legend", "Closed, rejected or cancelled"),
    QT_TRANSLATE_NOOP("Legend", "Dots and clusters (city scale)"),
    QT_TRANSLATE_NOOP("Legend", "Open, not overdue"),
    # overdue pins, never clustered (case_overdue.qml)
    QT_TRANSLATE_NOOP("Legend", "Overdue pins (street scale)"),
    QT_TRANSLATE_NOOP("Legend", "Overdue (city scale, never clustered)"),
    # roads (road.qml)
    QT_TRANSLATE_NOOP("Legend", "Main road"),
    QT_TRANSLATE_NOOP("Legend", "Secondary road"),
    QT_TRANSLATE_NOOP("Legend", "Branch road"),
    # components (component.qml): the major classes of GB/T 30428.2
    QT_TRANSLATE_NOOP("Legend", "01 Public facilities"),
    QT_TRANSLATE_NOOP("Legend", "02 Roads and traffic"),
    QT_TRANSLATE_NOOP("Legend", "03 City appearance and environment"),
    QT_TRANSLATE_NOOP("Legend", "04 Parks and greenery"),
    QT_TRANSLATE_NOOP("Legend", "05 Buildings and land"),
    QT_TRANSLATE_NOOP("Legend", "06 Other facilities"),
    QT_TRANSLATE_NOOP("Legend", "21 Extended components"),
    QT_TRANSLATE_NOOP("Legend", "Other"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def translate_legend(layer: QgsVectorLayer) -> None:
    """Replace the English rule and category labels of ``layer``'s renderer in place."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsPointDistanceRenderer):  # cluster/displacement: the inner one
        renderer = renderer.embeddedRenderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(tr(rule.label()))
    elif isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, tr(category.label()))
