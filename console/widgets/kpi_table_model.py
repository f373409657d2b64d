"""The evaluation table: one row per group of ``KpiService.compute`` (a district, a
department, an inspector...), the columns a dimension's post is judged by.

The model only shows what the service computed: counts, rates as percentages with 同比/环比
beside them when the result carries them, the composite score and its grade. ``VALUE_ROLE``
gives the raw figure (sorting, charts, tests), ``KEY_ROLE`` the group's key.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from qgis.PyQt.QtGui import QBrush, QColor

VALUE_ROLE = Qt.UserRole + 1
KEY_ROLE = Qt.UserRole + 2

CONTEXT = "KpiLabels"
#: every figure the dock can show, by its name in the service's JSON
FIGURES = {
    # counts
    "reported": QT_TRANSLATE_NOOP("KpiLabels", "Reported"),
    "valid_reported": QT_TRANSLATE_NOOP("KpiLabels", "Valid reports"),
    "filed": QT_TRANSLATE_NOOP("KpiLabels", "Filed"),
    "dispatched": QT_TRANSLATE_NOOP("KpiLabels", "Dispatched"),
    "handled": QT_TRANSLATE_NOOP("KpiLabels", "Handled"),
    "closed": QT_TRANSLATE_NOOP("KpiLabels", "Closed"),
    "missed": QT_TRANSLATE_NOOP("KpiLabels", "Missed reports"),
    "rejected": QT_TRANSLATE_NOOP("KpiLabels", "Rejected"),
    "returned": QT_TRANSLATE_NOOP("KpiLabels", "Returned"),
    # rates
    "close_rate": QT_TRANSLATE_NOOP("KpiLabels", "Close rate"),
    "on_time_close_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time close rate"),
    "overdue_close_rate": QT_TRANSLATE_NOOP("KpiLabels", "Overdue close rate"),
    "handle_rate": QT_TRANSLATE_NOOP("KpiLabels", "Handle rate"),
    "on_time_handle_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time handle rate"),
    "rework_rate": QT_TRANSLATE_NOOP("KpiLabels", "Rework rate"),
    "on_time_file_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time filing rate"),
    "accurate_file_rate": QT_TRANSLATE_NOOP("KpiLabels", "Accurate filing rate"),
    "on_time_dispatch_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time dispatch rate"),
    "accurate_dispatch_rate": QT_TRANSLATE_NOOP("KpiLabels", "Accurate dispatch rate"),
    "valid_report_rate": QT_TRANSLATE_NOOP("KpiLabels", "Valid report rate"),
    "missed_report_rate": QT_TRANSLATE_NOOP("KpiLabels", "Missed report rate"),
    "on_time_verify_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time verification rate"),
    "on_time_check_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time inspection rate"),
    "on_time_urge_reply_rate": QT_TRANSLATE_NOOP("KpiLabels", "On-time urging reply rate"),
    "satisfaction_rate": QT_TRANSLATE_NOOP("KpiLabels", "Satisfaction rate"),
    # the composite
    "score": QT_TRANSLATE_NOOP("KpiLabels", "Score"),
    "grade": QT_TRANSLATE_NOOP("KpiLabels", "Grade"),
}
#: figures where a lower value is better (the map colours them the other way round)
LOWER_IS_BETTER = {"rework_rate", "overdue_close_rate", "missed_report_rate", "missed"}
GRADE_COLORS = {"A": "#1a9641", "B": "#a6d96a", "C": "#fec44f", "D": "#fdae61", "E": "#d7191c"}


def figure_label(name: str) -> str:
    return QCoreApplication.translate(CONTEXT, FIGURES.get(name, name))


@dataclass(frozen=True)
class Column:
    name: str  # "name", "key", a count, a rate, "score" or "grade"
    kind: str  # "name" | "key" | "count" | "rate" | "score" | "grade"

    def value(self, doc: dict):
        if self.kind == "name":
            return doc.get("name") or doc.get("key")
        if self.kind == "key":
            return doc.get("key")
        if self.kind == "count":
            return (doc.get("counts") or {}).get(self.name)
        if self.kind == "rate":
            return (doc.get("rates") or {}).get(self.name)
        return doc.get(self.name)


def comparisons(doc: dict, name: str) -> tuple[float | None, float | None]:
    """(同比, 环比): the change of a figure against the same dates a year before and against
    the period just before (percentage points for rates), where the service gave them
    (``compute(..., compare=True)``: ``delta.year_before`` / ``delta.previous``)."""
    delta = doc.get("delta") or {}
    return ((delta.get("year_before") or {}).get(name), (delta.get("previous") or {}).get(name))


def _signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "−")


class KpiTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[Column] = []
        self._rows: list[dict] = []

    # --- content -------------------------------------------------------------------------

    def set_result(self, columns: list[Column], rows: list[dict]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self.endResetModel()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_of(self, name: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.name == name), -1)

    def row_doc(self, row: int) -> dict:
        return self._rows[row]

    def keys(self) -> list:
        return [r.get("key") for r in self._rows]

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.DisplayRole:
            if column.kind == "name":
                return self.tr("Name")
            if column.kind == "key":
                return self.tr("Code")
            text = figure_label(column.name)
            return text + " %" if column.kind == "rate" else text
        if role == Qt.ToolTipRole and column.kind == "rate":
            return self.tr("Percent; change on the same period of last year (YoY) and on the "
                           "previous period (MoM) in percentage points, where known")
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        column = self._columns[index.column()]
        value = column.value(doc)
        if role == VALUE_ROLE:
            return value
        if role == KEY_ROLE:
            return doc.get("key")
        if role == Qt.DisplayRole:
            return self._text(doc, column, value)
        if role == Qt.TextAlignmentRole and column.kind in ("count", "rate", "score"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.TextAlignmentRole and column.kind == "grade":
            return int(Qt.AlignCenter)
        if role == Qt.BackgroundRole and column.kind == "grade" and value in GRADE_COLORS:
            color = QColor(GRADE_COLORS[value])
            color.setAlpha(110)
            return QBrush(color)
        if role == Qt.ToolTipRole and column.kind in ("rate", "score"):
            yoy, mom = comparisons(doc, column.name)
            parts = []
            if yoy is not None:
                parts.append(self.tr("YoY {change} points").format(change=_signed(yoy)))
            if mom is not None:
                parts.append(self.tr("MoM {change} points").format(change=_signed(mom)))
            return "\n".join(parts) or None
        return None

    def _text(self, doc: dict, column: Column, value) -> str:
        if value is None:
            return "—" if column.kind in ("rate", "score", "grade") else ""
        if column.kind == "count":
            return f"{int(value):,}"
        if column.kind == "grade" and doc.get("grade_name"):
            return f"{value} {doc['grade_name']}"
        if column.kind in ("rate", "score"):
            text = f"{float(value):.2f}"
            yoy, mom = comparisons(doc, column.name)
            marks = []
            if yoy is not None:
                marks.append(self.tr("YoY {change}").format(change=_signed(yoy)))
            if mom is not None:
                marks.append(self.tr("MoM {change}").format(change=_signed(mom)))
            return f"{text}  ({', '.join(marks)})" if marks else text
        return str(value)


class KpiSortProxyModel(QSortFilterProxyModel):
    """Sorts by the raw figure (numbers as numbers, no figure last either way)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(VALUE_ROLE)

    def lessThan(self, left, right) -> bool:  # noqa: N802
        a, b = left.data(VALUE_ROLE), right.data(VALUE_ROLE)
        if a is None or b is None:
            # None sorts as the smallest: last when descending (worst figures are looked for)
            return a is None and b is not None
        try:
            return float(a) < float(b)
        except (TypeError, ValueError):
            return str(a) < str(b)
