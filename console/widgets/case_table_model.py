"""A table of cases (the JSON dicts of ``case_query.case_json``) for the dock panels.

The model holds plain dicts and never queries: panels fetch (off the GUI thread) and hand
rows in with ``set_cases``/``upsert``/``remove``, so a change from the feed touches one row
instead of resetting the view. Sorting and filtering are done by ``CaseFilterProxyModel``
on ``SortRole`` (raw values: seconds, ISO times), so "3d" sorts after "5h".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, tzinfo

from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from console.widgets import labels

ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2
CASE_ROLE = Qt.UserRole + 3

LIGHT_COLORS = {"green": "#2e9d4d", "yellow": "#e0a800", "red": "#d32f2f"}
OVERDUE_COLOR = "#c62828"

HEADERS = {
    "code": QT_TRANSLATE_NOOP("CaseTableModel", "Case"),
    "state": QT_TRANSLATE_NOOP("CaseTableModel", "State"),
    "source": QT_TRANSLATE_NOOP("CaseTableModel", "Source"),
    "kind": QT_TRANSLATE_NOOP("CaseTableModel", "Kind"),
    "class": QT_TRANSLATE_NOOP("CaseTableModel", "Class"),
    "grid": QT_TRANSLATE_NOOP("CaseTableModel", "Grid cell"),
    "age": QT_TRANSLATE_NOOP("CaseTableModel", "Age"),
    "deadline": QT_TRANSLATE_NOOP("CaseTableModel", "Deadline"),
    "light": QT_TRANSLATE_NOOP("CaseTableModel", "Time limit"),
    "department": QT_TRANSLATE_NOOP("CaseTableModel", "Department"),
    "suggested": QT_TRANSLATE_NOOP("CaseTableModel", "Suggested department"),
    "check": QT_TRANSLATE_NOOP("CaseTableModel", "Inspection"),
    "postponement": QT_TRANSLATE_NOOP("CaseTableModel", "Postponement requested"),
    "rework": QT_TRANSLATE_NOOP("CaseTableModel", "Reworks"),
    "level": QT_TRANSLATE_NOOP("CaseTableModel", "Level"),
    "address": QT_TRANSLATE_NOOP("CaseTableModel", "Address"),
    "description": QT_TRANSLATE_NOOP("CaseTableModel", "Description"),
    "urgent": QT_TRANSLATE_NOOP("CaseTableModel", "Urgent"),
    # possible duplicates (same class, 50 m, open): the panels put the count in "duplicate_count"
    "duplicates": QT_TRANSLATE_NOOP("CaseTableModel", "Duplicates"),
    "caller": QT_TRANSLATE_NOOP("CaseTableModel", "Caller"),
    "phone": QT_TRANSLATE_NOOP("CaseTableModel", "Phone"),
    "callback": QT_TRANSLATE_NOOP("CaseTableModel", "Reply"),
    "closed": QT_TRANSLATE_NOOP("CaseTableModel", "Ended"),
}
DUPLICATE_COLOR = "#e65100"
DEFAULT_COLUMNS = ("code", "state", "source", "class", "grid", "age", "deadline", "light")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def format_duration(seconds: float) -> str:
    """Compact age: 45m, 5h 20m, 3d 4h (translated units)."""
    minutes = max(int(seconds // 60), 0)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("CaseTableModel", "{d}d {h}h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("CaseTableModel", "{h}h {m}m").format(h=hours, m=mins)
    return QCoreApplication.translate("CaseTableModel", "{m}m").format(m=mins)


def callback_label(case: dict) -> str:
    """回访 in a word or two: due, not reached (yet), reached and the caller's verdict."""
    contact = case.get("callback_contact")
    if contact == "reached":
        return {"satisfied": _tr("Satisfied"), "unsatisfied": _tr("Not satisfied")}.get(
            case.get("callback_satisfaction") or "", _tr("Reached"))
    if contact == "unreached":
        return _tr("Not reached")
    return _tr("Due") if case.get("reply_wanted") else ""


def waiting_on(case: dict) -> str:
    """What a case waits on, shown after its state: whether a report is verified (the
    acceptor files only verified ones), a department's request or a 督办 waiting."""
    state = case.get("state")
    if state == "dispatched":
        if case.get("return_requested"):
            return QCoreApplication.translate("CaseTableModel", "return requested")
        if case.get("postponement_requested_until"):
            return QCoreApplication.translate("CaseTableModel", "postponement requested")
        if case.get("urge_pending"):
            return QCoreApplication.translate("CaseTableModel", "urged, reply due")
    if state == "reported" and case.get("verification_required"):
        result = case.get("verification_result")
        if result == "passed":
            return QCoreApplication.translate("CaseTableModel", "verified")
        if result == "failed":
            return QCoreApplication.translate("CaseTableModel", "verification failed")
        return QCoreApplication.translate("CaseTableModel", "to verify")
    return ""


class CaseTableModel(QAbstractTableModel):
    """Rows: case dicts keyed by ``id``. Columns: keys of ``HEADERS``.

    ``class_name(kind, code)`` and ``department_name(code)`` turn codes into names;
    ``clock()`` gives "now" (tests pass a fixed one); ``zone`` is the center's time zone.
    """

    def __init__(self, columns: Iterable[str] = DEFAULT_COLUMNS,
                 class_name: Callable[[str, str], str] | None = None,
                 department_name: Callable[[str], str] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 zone: tzinfo | None = None, parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        unknown = [c for c in self.columns if c not in HEADERS]
        if unknown:
            raise ValueError(f"unknown column(s) {unknown}")
        self._class_name = class_name or (lambda kind, code: code)
        self._department_name = department_name or (lambda code: code)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._zone = zone
        self._cases: list[dict] = []
        self._row_of: dict[str, int] = {}

    # --- content ---------------------------------------------------------------------

    def set_cases(self, cases: Iterable[dict]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self._reindex()
        self.endResetModel()

    def upsert(self, case: dict) -> bool:
        """Replace the row of ``case['id']`` or append it. Returns True if it was new."""
        row = self._row_of.get(case["id"])
        if row is not None:
            self._cases[row] = case
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return False
        row = len(self._cases)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cases.append(case)
        self._row_of[case["id"]] = row
        self.endInsertRows()
        return True

    def remove(self, case_id: str) -> bool:
        row = self._row_of.get(case_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cases[row]
        self._reindex()
        self.endRemoveRows()
        return True

    def _reindex(self) -> None:
        self._row_of = {c["id"]: i for i, c in enumerate(self._cases)}

    def case(self, row: int) -> dict | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def case_by_id(self, case_id: str) -> dict | None:
        row = self._row_of.get(case_id)
        return None if row is None else self._cases[row]

    def row_of(self, case_id: str) -> int:
        return self._row_of.get(case_id, -1)

    def ids(self) -> list[str]:
        return [c["id"] for c in self._cases]

    def refresh_clock(self) -> None:
        """Ages and lights move with time: repaint those columns (call every minute)."""
        timed = [i for i, c in enumerate(self.columns) if c in ("age", "light", "deadline")]
        if self._cases and timed:
            self.dataChanged.emit(self.index(0, min(timed)),
                                  self.index(len(self._cases) - 1, max(timed)))

    # --- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.DisplayRole:
                return _tr(HEADERS[self.columns[section]])
        return super().headerData(section, orientation, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        column = self.columns[index.column()]
        if role == Qt.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            return self._sort_value(case, column)
        if role == ID_ROLE:
            return case["id"]
        if role == CASE_ROLE:
            return case
        if role == Qt.DecorationRole and column == "light" and case.get("light"):
            return QColor(LIGHT_COLORS[case["light"]])
        if role == Qt.ForegroundRole and case.get("overdue") and column in ("code", "deadline", "light"):
            return QBrush(QColor(OVERDUE_COLOR))
        if role == Qt.ForegroundRole and column == "duplicates" and case.get("duplicate_count"):
            return QBrush(QColor(DUPLICATE_COLOR))
        if role == Qt.FontRole and (column == "code" and case.get("urgent")
                                    or column == "duplicates" and case.get("duplicate_count")):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            if column == "duplicates" and case.get("duplicate_count"):
                return QCoreApplication.translate(
                    "CaseTableModel", "{n} possible duplicates: same class, within 50 m, open (see the case detail)"
                ).format(n=case["duplicate_count"])
            return self._tooltip(case)
        return None

    def _local(self, value: str | None) -> datetime | None:
        dt = parse_iso(value)
        if dt is None:
            return None
        return dt.astimezone(self._zone) if self._zone else dt.astimezone()

    def _display(self, case: dict, column: str):
        if column == "code":
            return case.get("code") or ""
        if column == "state":
            text = labels.state(case.get("state"))
            waiting = waiting_on(case)
            return f"{text} · {waiting}" if waiting else text
        if column == "source":
            return labels.source(case.get("source"))
        if column == "kind":
            return labels.kind(case.get("kind"))
        if column == "class":
            return self._class_name(case.get("kind"), case.get("class_code"))
        if column == "grid":
            return case.get("grid_code") or ""
        if column == "age":
            start = parse_iso(case.get("registered_at"))
            return format_duration((self._clock() - start).total_seconds()) if start else ""
        if column == "deadline":
            dt = self._local(case.get("deadline"))
            return dt.strftime("%m-%d %H:%M") if dt else ""
        if column == "light":
            if case.get("state") == "suspended":
                return labels.state("suspended")
            return labels.light(case.get("light"))
        if column == "department":
            return self._department_name(case["department"]) if case.get("department") else ""
        if column == "suggested":
            code = case.get("suggested_department")
            return self._department_name(code) if code else ""
        if column == "check":
            if case.get("state") == "checking" and not case.get("check_result"):
                return QCoreApplication.translate("CaseTableModel", "waiting")
            return labels.check_result(case.get("check_result"))
        if column == "postponement":
            dt = self._local(case.get("postponement_requested_until"))
            return dt.strftime("%m-%d %H:%M") if dt else ""
        if column == "rework":
            return str(case.get("rework_count") or 0)
        if column == "level":
            return labels.level(case.get("level"))
        if column == "address":
            return case.get("address") or ""
        if column == "description":
            return case.get("description") or ""
        if column == "urgent":
            return labels.yes_no(bool(case.get("urgent")))
        if column == "duplicates":
            n = case.get("duplicate_count") or 0
            return f"⚠ {n}" if n else ""
        if column == "caller":
            return case.get("caller_name") or ""
        if column == "phone":
            return case.get("caller_phone") or ""
        if column == "callback":
            return callback_label(case)
        if column == "closed":
            dt = self._local(case.get("closed_at") or case.get("updated_at"))
            return dt.strftime("%m-%d %H:%M") if dt else ""
        return ""

    def _sort_value(self, case: dict, column: str):
        # One type per column, so that the proxy compares in C++ (no Python lessThan).
        if column == "age":
            start = parse_iso(case.get("registered_at"))
            return (self._clock() - start).total_seconds() if start else -1.0
        if column == "deadline":
            # cases without a running clock sort last
            return case.get("deadline") or "9999"
        if column == "light":
            order = {"red": 0.0, "yellow": 1.0, "green": 2.0}
            return order.get(case.get("light"), 3.0)
        if column == "code":
            return case.get("code") or ""
        if column == "rework":
            return float(case.get("rework_count") or 0)
        if column == "postponement":
            return case.get("postponement_requested_until") or "9999"
        if column == "duplicates":
            return float(case.get("duplicate_count") or 0)
        if column == "closed":
            return case.get("closed_at") or case.get("updated_at") or ""
        return self._display(case, column)

    def _tooltip(self, case: dict) -> str:
        parts = [case.get("code") or "", labels.state(case.get("state"))]
        if case.get("description"):
            parts.append(case["description"])
        if case.get("address"):
            parts.append(case["address"])
        return "\n".join(p for p in parts if p)


class CaseFilterProxyModel(QSortFilterProxyModel):
    """Sorts on raw values and filters on any column's text, case-insensitively.

    ``set_predicate`` narrows rows further by a function of the case dict (a panel's view
    selector such as "postponement requested").

    ``set_pinned`` keeps one case (the selected one) in view whatever the filters say: a case
    that an action moved out of the current view stays where the user sees it, in its new
    state, instead of vanishing and handing the selection to its neighbour.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)
        self._predicate: Callable[[dict], bool] | None = None
        self._pinned: str | None = None

    def set_predicate(self, predicate: Callable[[dict], bool] | None) -> None:
        self._predicate = predicate
        self.invalidateFilter()

    def pinned(self) -> str | None:
        return self._pinned

    def set_pinned(self, case_id: str | None, refilter: bool = True) -> None:
        """Keep ``case_id`` shown; with ``refilter``, the previously pinned row may go now."""
        if case_id == self._pinned:
            return
        self._pinned = case_id
        if refilter:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt override)
        model = self.sourceModel()
        if self._pinned is not None and hasattr(model, "case"):
            case = model.case(source_row)
            if case is not None and case.get("id") == self._pinned:
                return True
        if self._predicate is not None:
            case = model.case(source_row) if hasattr(model, "case") else None
            if case is not None and not self._predicate(case):
                return False
        return super().filterAcceptsRow(source_row, source_parent)

