"""Search the closed history by date range: from/to dates, optional text, a results list.

The query (``history_query.closed_between``) runs in a ``ReadTask`` off the GUI thread and is
paged: "More" fetches the next page. Selecting a row selects the case everywhere (the
window's ``select_case``: detail, map, panels).
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from console.services.history_query import closed_between
from console.widgets.case_table_model import ID_ROLE
from console.widgets.read_task import ReadTask, start

PAGE = 200
COLUMNS = ("code", "state", "class", "department", "grid", "address")


class HistorySearchDialog(QDialog):
    def __init__(self, context, select_case: Callable[[str], None], parent=None,
                 page: int = PAGE):
        super().__init__(parent)
        self.setObjectName("HistorySearchDialog")
        self.setWindowTitle(self.tr("Search closed cases"))
        self.ctx = context
        self.services = context.services
        self.actor = context.actor
        self._select_case = select_case
        self.page = page
        self.total = 0
        self._task: ReadTask | None = None
        self.resize(820, 520)

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-7), self)
        self.from_edit.setObjectName("date_from")
        self.to_edit = QDateEdit(today, self)
        self.to_edit.setObjectName("date_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("history_text")
        self.text_edit.setPlaceholderText(self.tr("Case code, address or description (optional)"))
        self.text_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("history_search")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.to_edit)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)

        self.model = context.new_model(COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("history_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("history_status")
        bottom.addWidget(self.status_label, 1)
        self.more_button = QPushButton(self.tr("More"), self)
        self.more_button.setObjectName("history_more")
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.fetch_more)
        bottom.addWidget(self.more_button)
        layout.addLayout(bottom)
        self._cases: list[dict] = []

    # --- querying ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def search(self) -> None:
        self._cases = []
        self.model.set_cases([])
        self._fetch(0)

    def fetch_more(self) -> None:
        self._fetch(len(self._cases))

    def _fetch(self, offset: int) -> None:
        if self._task is not None:
            return
        date_from = self.from_edit.date().toPyDate()
        date_to = self.to_edit.date().toPyDate()
        text = self.text_edit.text()
        db, policy, actor, page = self.services.db, self.services.policy, self.actor, self.page

        def fetch():  # worker thread: its own session, no widgets
            return closed_between(db, policy, actor, date_from, date_to, text=text,
                                  offset=offset, limit=page)

        self.search_button.setEnabled(False)
        self.more_button.setEnabled(False)
        self.status_label.setText(self.tr("Searching…"))
        self._task = start(ReadTask(self.tr("Searching closed cases"), fetch,
                                    self._on_task_done, self._on_task_failed))

    def _on_task_done(self, result) -> None:
        self._task = None
        self.search_button.setEnabled(True)
        self._cases += result["cases"]
        self.total = result["total"]
        self.model.set_cases(self._cases)
        if result["offset"] == 0:  # a new search: codes whole, the address takes the rest
            self.table.resizeColumnsToContents()
            column = COLUMNS.index("class")
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.more_button.setEnabled(len(self._cases) < self.total)
        if self.total == 0:
            self.status_label.setText(self.tr("No closed case in this period."))
        else:
            self.status_label.setText(self.tr("{shown} of {total} cases").format(
                shown=len(self._cases), total=self.total))

    def _on_task_failed(self, exc: Exception) -> None:
        from console.widgets.case_dock import error_text

        self._task = None
        self.search_button.setEnabled(True)
        self.status_label.setText(error_text(exc))

    def done(self, result: int) -> None:  # noqa: D401  (Qt override: closing cancels the query)
        if self._task is not None:
            try:
                self._task.cancel()
            except RuntimeError:
                pass
            self._task = None
        super().done(result)

    # --- selection -----------------------------------------------------------------------

    def _on_table_current_changed(self, current, previous) -> None:
        if not current.isValid():
            return
        case_id = self.model.index(current.row(), 0).data(ID_ROLE)
        if case_id:
            self._select_case(case_id)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
