"""The common frame of the case panels: a filtered, sortable queue and workflow buttons.

A subclass says which cases belong to it (``accepts``), how to fetch them (``fetch``, run in
a worker thread) and which actions it offers. Buttons exist only for actions one of the
user's roles may ever take, and are enabled only when ``workflow.allowed_actions`` allows them
for the selected case; the service still decides, and its refusal is shown in the message bar.
Every action passes the version of the row the user saw (``expect_version``).
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.PyQt.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QFont, QFontMetrics
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain import workflow
from console.domain.errors import ConsoleError
from console.domain.workflow import Actor
from console.services.app import Services
from console.services.panel_queries import case_view_of, queue
from console.widgets import labels
from console.widgets.case_table_model import ID_ROLE, CaseFilterProxyModel, CaseTableModel
from console.widgets.read_task import ReadTask, start


def may_ever(action: str, actor: Actor) -> bool:
    """Whether any of the actor's roles appears in the action's transition at all."""
    t = workflow.transition(action)
    roles = set(t.roles)
    for extra in t.roles_from.values():
        roles |= extra
    return bool(roles & actor.all_roles)


def error_text(exc: Exception, context=None) -> str:
    """The error in the user's language (``console/widgets/error_text.py``)."""
    from console.widgets.error_text import error_text as word

    return word(exc, context)


def scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a tall form scrolls on a 1366×768 screen instead
    of pushing the window past the screen's bottom."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.NoFrame)
    scroll.setWidget(widget)
    return scroll


class PanelContext:
    """What every panel needs: the services, the logged-in actor and display look-ups."""

    def __init__(self, services: Services, actor: Actor):
        from console.services.panel_queries import department_names

        self.services = services
        self.actor = actor
        self.departments = department_names(services.db)
        self.zone = services.policy.calendar.zone
        self._districts: dict[str, str] | None = None
        self._inspectors: list[tuple[str, str, str | None]] | None = None

    def class_name(self, kind: str | None, code: str | None) -> str:
        if not kind or not code:
            return code or ""
        try:
            return self.services.catalog.get(kind, code).label
        except ConsoleError:
            return code

    def district_name(self, code: str | None) -> str:
        """A district's name (the code itself if unknown); read once, on first use."""
        if not code:
            return ""
        if self._districts is None:
            try:
                from console.services.address_service import district_names

                self._districts = district_names(self.services.db)
            except Exception:  # names are a nicety: an error message must not fail on them
                self._districts = {}
        return self._districts.get(code) or code

    def inspectors(self, district: str | None) -> list[tuple[str, str]]:
        """``(name, full name)`` of the active inspectors of a district (all of them for
        ``None``), read once, on first use: who a verification or inspection order may name."""
        if self._inspectors is None:
            try:
                self._inspectors = [(u["name"], u["full_name"] or u["name"], u["district"])
                                    for u in self.services.auth.list_users()
                                    if "inspector" in u["roles"] and u["active"]]
            except Exception:  # the cell's inspector is still proposed from the case
                self._inspectors = []
        return [(n, f) for n, f, d in self._inspectors if district is None or d == district]

    def department_name(self, code: str | None) -> str:
        if not code:
            return ""
        dept = self.departments.get(code)
        return dept["name"] if dept else code

    def new_model(self, columns, parent=None) -> CaseTableModel:
        return CaseTableModel(columns, class_name=self.class_name,
                              department_name=self.department_name, zone=self.zone,
                              parent=parent)


class CaseDock(QDockWidget):
    """Base of the queue panels. Signals are emitted for user intents only, never for
    programmatic selection (``select_case``), so panels can follow each other without loops.

    One selection: the selected row is what the buttons act on, what the detail dock shows
    and what the map highlights (the window keeps them in step). The selected case stays in
    view even when it no longer matches the view selector or the filter (the proxy pins it),
    so an action never hands the selection to a neighbour row; a case that leaves the panel
    altogether takes the selection with it (``selectionLost``), and the window clears it
    everywhere.
    """

    caseSelected = pyqtSignal(str)  # noqa: N815  ("" when the user clears the selection)
    selectionLost = pyqtSignal(str)  # noqa: N815  (the selected case left the panel)
    caseChanged = pyqtSignal(object)  # noqa: N815  (case dict after an action)
    errorRaised = pyqtSignal(str, str)  # noqa: N815  (title, message)
    infoRaised = pyqtSignal(str)  # noqa: N815

    #: the role whose district scope applies to the queue (workflow.in_scope)
    scope_role: str = "acceptor"
    columns: tuple[str, ...] = ("code", "state", "source", "class", "grid", "age", "deadline", "light")
    sort_column: str = "age"
    sort_order = Qt.AscendingOrder
    #: actions offered, in button order
    offered: tuple[str, ...] = ()
    #: the states of the cases the panel lists (used by the default ``accepts``/``fetch``)
    states: tuple[str, ...] = ()
    fetch_limit = 5000
    #: the panel's reason/note field, if it has one (``add_reason_edit``)
    reason_edit: QLineEdit | None = None
    #: who is sent to verify or inspect, if the panel orders it (``add_inspector_combo``)
    inspector_combo: QComboBox | None = None
    #: the orders that name an inspector (``--inspector``)
    INSPECTOR_ORDERS = ("request_verification", "request_check")

    def __init__(self, title: str, object_name: str, context: PanelContext, parent=None):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.ctx = context
        self.services = context.services
        self.actor = context.actor
        self.model = context.new_model(self.columns, self)
        self.proxy = CaseFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._task: ReadTask | None = None
        self._loading = False
        self._pending_ids: set[str] = set()
        self._quiet = False
        self.loaded_once = False
        self.buttons: dict[str, QPushButton] = {}

        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.view_combo = QComboBox(body)
        self.view_combo.setVisible(False)
        self.view_combo.currentIndexChanged.connect(self._on_view_combo_changed)
        top.addWidget(self.view_combo)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("CaseDock", "Filter by code, class, grid…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        top.addWidget(self.filter_edit, 1)
        self.count_label = QLabel(body)
        top.addWidget(self.count_label)
        self.body_layout.addLayout(top)

        self.table = QTableView(body)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(96)
        self.table.sortByColumn(self.columns.index(self.sort_column), self.sort_order)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._announced: str | None = None
        # the previously pinned row may leave the view once the event loop is back
        self._refilter_timer = QTimer(self)
        self._refilter_timer.setSingleShot(True)
        self._refilter_timer.setInterval(0)
        self._refilter_timer.timeout.connect(self._on_refilter_timer_timeout)
        self.body_layout.addWidget(self.table, 1)
        self.setWidget(self.wrap_body(body))

        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.dataChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(50)
        self._count_timer.timeout.connect(self._count_now)
        # ages and traffic lights move with the clock
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.model.refresh_clock)
        self._clock.start()

    # --- what the subclass defines -----------------------------------------------------

    def accepts(self, case: dict) -> bool:
        return case["state"] in self.states and self.in_scope(case)

    def fetch(self) -> list[dict]:
        """Worker thread: the panel's cases (then filtered by ``accepts``)."""
        return queue(self.services.db, self.services.policy, self.states,
                     district=self.actor.district_code, limit=self.fetch_limit)

    def wrap_body(self, body: QWidget) -> QWidget:
        """Hook: put the queue into a bigger widget (called once, from ``__init__``)."""
        return body

    def in_scope(self, case: dict) -> bool:
        return workflow.in_scope(case_view_of(case), self.actor, self.scope_role)

    # --- building blocks for subclasses ------------------------------------------------

    def add_views(self, views: Iterable[tuple[str, object]]) -> None:
        """A selector above the queue: (label, predicate or None for all)."""
        self._views = list(views)
        self.view_combo.blockSignals(True)
        for label, _ in self._views:
            self.view_combo.addItem(label)
        self.view_combo.blockSignals(False)
        self.view_combo.setVisible(True)
        # wide enough for its longest view and count ("待回访 (380)"), never cut off
        self.view_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.proxy.set_predicate(self._views[0][1])

    def add_action_buttons(self, actions: Iterable[str], columns: int = 3,
                           layout=None) -> QGridLayout:
        """One button per action the user's roles may ever take (others are not offered),
        in a grid of ``columns``, added to ``layout`` (default: under the queue)."""
        actions = [a for a in actions if may_ever(a, self.actor)]
        # fewer columns when the labels are long (English, many actions): a 1366 px screen
        # must keep room for the map
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(labels.action(a)) + 24 for a in actions), default=0)
        while columns > 2 and widest * columns > 520:
            columns -= 1
        grid = QGridLayout()
        grid.setSpacing(4)
        # what the buttons act on, named right above them (code, version, state)
        self.target_label = QLabel(self)
        self.target_label.setObjectName("action_target")
        self.target_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        (layout if layout is not None else self.body_layout).addWidget(self.target_label)
        placed = 0
        for action in actions:
            button = QPushButton(labels.action(action), self)
            button.setObjectName(f"action_{action}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, a=action: self.trigger(a))
            grid.addWidget(button, placed // columns, placed % columns)
            self.buttons[action] = button
            placed += 1
        (layout if layout is not None else self.body_layout).addLayout(grid)
        return grid

    def add_reason_edit(self, placeholder: str, form=None, label: str | None = None) -> QLineEdit:
        """The reason/note field: sent as ``reason``, cleared after a successful action. Goes
        into ``form`` under ``label`` when given, else under the queue."""
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(placeholder)
        if form is not None:
            form.addRow(label, self.reason_edit)
        else:
            self.body_layout.addWidget(self.reason_edit)
        return self.reason_edit

    def add_inspector_combo(self, form=None, label: str | None = None) -> QComboBox:
        """The inspector a verification or inspection order names: the inspectors of the
        case's district, the cell's own proposed. Goes into ``form`` under ``label`` when
        given, else under the queue."""
        self.inspector_combo = QComboBox(self)
        self.inspector_combo.setObjectName("inspector")
        self.inspector_combo.setEnabled(False)
        self._inspectors_for = None
        label = label or QCoreApplication.translate("CaseDock", "Inspector sent")
        if form is not None:
            form.addRow(label, self.inspector_combo)
        else:
            row = QHBoxLayout()
            row.addWidget(QLabel(label, self))
            row.addWidget(self.inspector_combo, 1)
            self.body_layout.addLayout(row)
        return self.inspector_combo

    def _fill_inspectors(self, case: dict | None) -> None:
        combo = self.inspector_combo
        ordering = case is not None and any(a in self.allowed() for a in self.INSPECTOR_ORDERS)
        key = (case["id"], case["version"]) if ordering else None
        if key == self._inspectors_for:
            return
        self._inspectors_for = key
        combo.clear()
        combo.setEnabled(ordering)
        if not ordering:
            return
        cell = case.get("inspector")
        # the inspectors of the place (they patrol its cells), whichever center handles it
        for name, full in self.ctx.inspectors(case.get("district_code")):
            text = f"{full} ({name})" if full != name else name
            if name == cell:
                text = QCoreApplication.translate("CaseDock", "{inspector}, of the cell").format(inspector=text)
            combo.addItem(text, name)
        if cell and combo.findData(cell) < 0:  # the cell's inspector works elsewhere now
            combo.insertItem(0, cell, cell)
        combo.setCurrentIndex(max(combo.findData(cell), 0) if cell else 0)

    def action_params(self, action: str) -> dict:
        """Parameters for ``action`` from the panel's inputs (subclasses add theirs)."""
        params = {}
        if self.reason_edit is not None:
            params["reason"] = self.reason_edit.text().strip() or None
        if self.inspector_combo is not None and action in self.INSPECTOR_ORDERS:
            params["inspector"] = self.inspector_combo.currentData()
        return params

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the whole queue in a worker thread; changes arriving meanwhile are replayed."""
        if self._loading and self._task is not None:
            try:
                self._task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass
        self._loading = True
        title = self.windowTitle()
        self._task = start(ReadTask(QCoreApplication.translate("CaseDock", "Loading {panel}").format(panel=title), self.fetch,
                                    self._on_task_done, self._on_task_failed))

    def _on_task_done(self, cases) -> None:
        self._loading = False
        self._task = None
        current = self.current_case_id()
        self._quiet = True  # a reset drops the selection: not the user's doing
        try:
            self.model.set_cases(c for c in cases if self.accepts(c))
        finally:
            self._quiet = False
        if not self.loaded_once:
            self._fit_columns()
        self.loaded_once = True
        if self._pending_ids:
            from console.services.panel_queries import cases_by_ids

            ids, self._pending_ids = self._pending_ids, set()
            self.apply_cases(cases_by_ids(self.services.db, self.services.policy, ids))
        if current and not self.select_case(current):
            self.selectionLost.emit(current)
        self._update_actions()

    def _on_task_failed(self, exc: Exception) -> None:
        self._loading = False
        self._task = None
        self.errorRaised.emit(QCoreApplication.translate("CaseDock", "Cannot load {panel}").format(panel=self.windowTitle()),
                              error_text(exc, self.ctx))

    def _fit_columns(self) -> None:
        """Size columns to their contents once (later the user's widths stand)."""
        # From the header and the first rows only: measuring thousands of rows stalls the UI.
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        sample = min(self.proxy.rowCount(), 60)
        for column in range(self.proxy.columnCount()):
            title = str(self.proxy.headerData(column, Qt.Horizontal) or "")
            width = bold_metrics.horizontalAdvance(title) + 24
            for row in range(sample):
                text = str(self.proxy.index(row, column).data() or "")
                # bold: urgent codes; +22: the light's colour swatch
                width = max(width, bold_metrics.horizontalAdvance(text) + 22)
            if self.columns[column] == "code":  # a case code is never cut off
                width = max(width, bold_metrics.horizontalAdvance("2026000000") + 24)
            header.resizeSection(column, min(max(width, 56), 240))

    def cancel_loading(self) -> None:
        if self._task is not None:
            try:
                self._task.cancel()
            except RuntimeError:  # already finished and deleted
                pass
        self._task = None
        self._loading = False

    def is_loading(self) -> bool:
        return self._loading

    def apply_cases(self, cases: Iterable[dict]) -> bool:
        """Bring changed cases in, update them, or drop those that left the queue."""
        changed = False
        cases = list(cases)
        if self._loading:
            self._pending_ids |= {c["id"] for c in cases}
        current = self.current_case_id()
        removed_current = False
        # Qt moves the selection to a neighbour when the selected row goes: no one chose
        # that neighbour, so nothing is announced and the selection is cleared instead.
        self._quiet = True
        try:
            for case in cases:
                if self.accepts(case):
                    self.model.upsert(case)
                    changed = True
                elif self.model.remove(case["id"]):
                    changed = True
                    removed_current |= case["id"] == current
        finally:
            self._quiet = False
        if removed_current:
            self._clear_selection()
            self.selectionLost.emit(current)
        elif changed and current:
            self._update_actions()
        return changed

    # --- selection ---------------------------------------------------------------------

    def current_case(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows(0)
        if not rows:
            return None
        case_id = rows[0].data(ID_ROLE)
        return self.model.case_by_id(case_id) if case_id else None

    def current_case_id(self) -> str | None:
        case = self.current_case()
        return case["id"] if case else None

    def select_case(self, case_id: str) -> bool:
        """Select a case programmatically (no ``caseSelected``); False if not in the queue."""
        row = self.model.row_of(case_id)
        if row < 0:
            self._clear_selection()
            return False
        self._quiet = True
        try:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():  # hidden by the view selector: show a view that has it
                case = self.model.case(row)
                views = getattr(self, "_views", [])
                for i, (_, predicate) in enumerate(views):
                    if predicate is None or predicate(case):
                        self.view_combo.setCurrentIndex(i)
                        break
            # pinned: shown whatever the filter text says, and while its state moves on
            self.proxy.set_pinned(case_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                self._clear_selection()
                return False
            self._announced = case_id
            self.table.selectRow(index.row())
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        finally:
            self._quiet = False
        self._update_actions()
        return True

    def clear_selection(self) -> None:
        """Select nothing (programmatic: no signal)."""
        self._clear_selection()

    def _clear_selection(self) -> None:
        self._quiet = True
        try:
            if self.table.selectionModel().hasSelection():
                self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = False
        self._announced = None
        if self.proxy.pinned() is not None:
            self.proxy.set_pinned(None, refilter=False)
            self._refilter_timer.start()
        self._update_actions()

    def _on_refilter_timer_timeout(self) -> None:
        self._quiet = True  # rows leaving the view do not change what is selected
        try:
            self.proxy.invalidateFilter()
        finally:
            self._quiet = False
        self._update_actions()

    def _on_table_selection_changed(self, selected, deselected) -> None:
        self._update_actions()
        if self._quiet:
            return
        case_id = self.current_case_id()
        if case_id and case_id != self._announced:
            self._announced = case_id
            if self.proxy.pinned() != case_id:
                self.proxy.set_pinned(case_id, refilter=False)
                self._refilter_timer.start()
            self.caseSelected.emit(case_id)
        elif case_id is None and self._announced is not None:
            # the user cleared the selection (Ctrl+click): clear it everywhere
            self._announced = None
            self.proxy.set_pinned(None, refilter=False)
            self._refilter_timer.start()
            self.caseSelected.emit("")

    def _on_view_combo_changed(self, index: int) -> None:
        if 0 <= index < len(getattr(self, "_views", [])):
            self.proxy.set_predicate(self._views[index][1])
            self._count_now()

    def _update_count(self, *args) -> None:
        # Counting runs over every row per view: coalesce a burst of row changes into one.
        self._count_timer.start()

    def _count_now(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = str(total) if shown == total else f"{shown} / {total}"
        self.count_label.setText(QCoreApplication.translate("CaseDock", "{n} cases").format(n=text))
        views = getattr(self, "_views", [])
        if views:
            cases = [self.model.case(r) for r in range(self.model.rowCount())]
            for i, (label, predicate) in enumerate(views):
                n = len(cases) if predicate is None else sum(1 for c in cases if predicate(c))
                self.view_combo.setItemText(i, f"{label} ({n})")

    # --- actions -----------------------------------------------------------------------

    def allowed(self) -> list[str]:
        case = self.current_case()
        if case is None:
            return []
        return workflow.allowed_actions(case_view_of(case), self.actor)

    def _update_actions(self) -> None:
        allowed = set(self.allowed())
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
        case = self.current_case()
        if self.buttons:
            self.target_label.setText(self.target_text(case))
        if self.inspector_combo is not None:
            self._fill_inspectors(case)
        self.on_current_case_changed(case)

    def target_text(self, case: dict | None) -> str:
        """Names the case the buttons act on: code, version, state."""
        if case is None:
            return QCoreApplication.translate("CaseDock", "No case selected: select one in the list or on the map.")
        return QCoreApplication.translate("CaseDock", "Acts on case {code} (version {version}, {state})").format(
            code=case["code"], version=case["version"], state=labels.state(case["state"]))

    def on_current_case_changed(self, case: dict | None) -> None:
        """Hook: the selection or the selected case's data changed."""

    def trigger(self, action: str, **extra) -> dict | None:
        """Apply ``action`` to the selected case through the service; None if refused."""
        case = self.current_case()
        if case is None:
            self.errorRaised.emit(labels.action(action), QCoreApplication.translate("CaseDock", "Select a case first."))
            return None
        params = self.action_params(action)
        params.update(extra)
        try:
            doc = self.services.cases.act(self.actor, case["id"], action,
                                          expect_version=case["version"], **params)
        except ConsoleError as exc:
            self.errorRaised.emit(
                QCoreApplication.translate("CaseDock", "{action} refused for case {code} (version {version})").format(
                    action=labels.action(action), code=case["code"], version=case["version"]),
                error_text(exc, self.ctx))
            self._refresh_after_refusal(case["id"])
            return None
        self.after_action(action, doc)
        self.caseChanged.emit(doc)
        self.infoRaised.emit(QCoreApplication.translate(
            "CaseDock", "Case {code} (version {old} → {new}): {action} done, now {state}").format(
                code=doc["code"], old=case["version"], new=doc["version"],
                action=labels.action(action), state=labels.state(doc["state"])))
        return doc

    def _refresh_after_refusal(self, case_id: str) -> None:
        """A refusal often means the row is out of date (stale, moved on): show the truth."""
        from console.services.panel_queries import cases_by_ids

        try:
            fresh = cases_by_ids(self.services.db, self.services.policy, [case_id])
        except Exception:  # the refusal itself is already shown
            return
        for doc in fresh:
            self.caseChanged.emit(doc)

    def has_unsaved_input(self) -> bool:
        """Whether quitting would lose something the user typed (a reason, photos...)."""
        return self.reason_edit is not None and bool(self.reason_edit.text().strip())

    def after_action(self, action: str, doc: dict) -> None:
        """Hook: clear inputs after a successful action (subclasses clear theirs too)."""
        if self.reason_edit is not None:
            self.reason_edit.clear()
