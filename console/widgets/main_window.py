"""The main window: the city map in the middle, the post's panels docked around it.

The window is handed its services, the logged-in actor and the map (the launcher is the
composition root). It owns the change poller and is the one place that fans a change out:
panels update only the rows that changed, the map refreshes only the tables that changed.

GIS technicians and administrators also get the component maintenance dock (``gis_dock``),
beside the case panels; the window routes its map requests (pick a place, select tool).
"""

from __future__ import annotations

from qgis.core import Qgis, QgsPointXY
from qgis.gui import QgsMessageBar, QgsMessageBarItem, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAction,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.domain.codes import COMPONENT_ID_LEN, is_case_code
from console.domain.errors import ConsoleError
from console.domain.workflow import Actor
from console.services.account_service import AccountService
from console.services.address_service import AddressService
from console.services.app import Services
from console.services.panel_queries import cases_by_ids
from console.services.place_search import PlaceIndex
from console.widgets import labels
from console.widgets.acceptance_dock import AcceptanceDock
from console.widgets.adjudication_dock import AdjudicationDock
from console.widgets.alerts import AlertCenter, AlertHistoryDialog
from console.widgets.bookmarks_dialog import BookmarksDialog
from console.widgets.calendar_notice import CalendarNotice
from console.widgets.callback_dock import CallbackDock
from console.widgets.case_detail_dock import CaseDetailDock
from console.widgets.case_dock import CaseDock, PanelContext, error_text
from console.widgets.case_export import export_case
from console.widgets.change_password_dialog import ChangePasswordDialog
from console.widgets.change_poller import ChangePoller
from console.widgets.closure_dock import ClosureDock
from console.widgets.dispatch_dock import DispatchDock
from console.widgets.gis_dock import GisDock, may_maintain_components
from console.widgets.goto_dialog import GoToDialog
from console.widgets.handling_dock import HandlingDock
from console.widgets.history_search_dialog import HistorySearchDialog
from console.widgets.login_dialog import database_name, safe_url
from console.widgets.overview_dock import OverviewDock
from console.widgets.place_search_box import PlaceSearchBox
from console.widgets.settings import ConsoleSettings
from console.widgets.settings_dialog import SettingsDialog
from console.widgets.statistics_dock import StatisticsDock, may_evaluate

#: above this many changed rows at once, panels reload instead of patching row by row
BULK_CHANGES = 500
#: while map layers are missing (database down at start), try them again this often
LAYER_RETRY_MS = 10_000
#: at most this many pins flash for one poll (an import must not strobe the map)
MAX_FLASHES = 10


def docks_for(actor: Actor) -> list[str]:
    """Which panels a user gets, by role (shift_leader ⊇ acceptor, commander ⊇ dispatcher)."""
    roles = actor.all_roles
    out = []
    if "acceptor" in roles:
        out.append("acceptance")
    if "shift_leader" in roles:
        out.append("adjudication")
    if "dispatcher" in roles:
        out.append("dispatch")
    if "department" in roles:
        out.append("handling")
    if "acceptor" in roles:
        out.append("closure")
        out.append("callback")  # 回访: replies to the callers after closing or 不予受理
    if not out:
        out.append("overview")
    return out


DOCK_CLASSES = {
    "acceptance": AcceptanceDock,
    "adjudication": AdjudicationDock,
    "dispatch": DispatchDock,
    "handling": HandlingDock,
    "closure": ClosureDock,
    "callback": CallbackDock,
    "overview": OverviewDock,
}


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor, city_map, settings: ConsoleSettings | None = None,
                 video_wall: bool = False, poller: ChangePoller | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.services = services
        self.actor = actor
        self.city_map = city_map
        self.settings = settings or ConsoleSettings()
        self.video_wall = video_wall
        self._pick_marker = None
        #: the one selected case: panels, detail, map highlight and buttons follow it
        self.selected_case_id: str | None = None
        self._fanning_out = False
        self._gis_pick: str | None = None  # what the next map pick is for the GIS dock
        self.ctx = PanelContext(services, actor)
        roles = ", ".join(labels.role(r) for r in sorted(actor.roles))
        self.setWindowTitle(self.tr("Digital urban management console — {user} ({roles})").format(
            user=actor.name, roles=roles))
        self.setDockOptions(QMainWindow.AnimatedDocks | QMainWindow.AllowTabbedDocks
                            | QMainWindow.AllowNestedDocks)
        self.setCorner(Qt.BottomRightCorner, Qt.RightDockWidgetArea)
        self.setCorner(Qt.TopRightCorner, Qt.RightDockWidgetArea)

        # central: message bar over the map
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.message_bar = QgsMessageBar(central)
        layout.addWidget(self.message_bar)
        layout.addWidget(city_map, 1)
        self.setCentralWidget(central)

        # panels
        self.case_docks: dict[str, CaseDock] = {}
        self.gis_dock: GisDock | None = None
        if not video_wall:
            for name in docks_for(actor):
                self.case_docks[name] = DOCK_CLASSES[name](self.ctx, self)
            if may_maintain_components(actor):
                self.gis_dock = GisDock(self.ctx, self)
        # 综合评价: leaders, commanders and shift leaders (seed 000 §4.7, §3.4–3.5)
        self.statistics_dock: StatisticsDock | None = None
        if not video_wall and may_evaluate(actor):
            self.statistics_dock = StatisticsDock(self.ctx, city_map, self)
        self.detail_dock = CaseDetailDock(self.ctx, self)
        self.layer_dock = QDockWidget(self.tr("Layers"), self)
        self.layer_dock.setObjectName("LayerDock")
        self.layer_dock.setWidget(city_map.layer_tree_view)
        self._arrange_docks()

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._connect()

        self.poller = poller or ChangePoller(services.db, parent=self)
        self.poller.changesArrived.connect(self._on_poller_changes)
        self.poller.casesCreated.connect(self._on_poller_cases_created)
        self.poller.connectionChanged.connect(self._on_poller_connection_changed)
        self._build_alerts()
        self._build_user_menus()
        self._build_map_tools()
        self._restore_layout()
        self.apply_base_map()
        # map layers that could not load (database down, file missing): say so, retry
        self._layer_retry = QTimer(self)
        self._layer_retry.setInterval(LAYER_RETRY_MS)
        self._layer_retry.timeout.connect(self._on_layer_retry_timeout)
        self._check_map_layers()
        for dock in self.case_docks.values():
            dock.reload()
        self.poller.start()
        self.alerts.start()
        # admins and commanders: the work calendar runs out within a month
        self.calendar_notice = CalendarNotice(services, actor, self.message_bar, self)
        if not video_wall:
            self.calendar_notice.start()
        #: the video wall's panels, tour and replay (console/widgets/wall/)
        self.wall = None
        if video_wall:
            from console.widgets.wall.video_wall import VideoWall

            self.wall = VideoWall(self)

    # --- construction ------------------------------------------------------------------

    def _arrange_docks(self) -> None:
        self.addDockWidget(Qt.LeftDockWidgetArea, self.layer_dock)
        # the technician's own tool first, the (read-only) case list as a tab beside it
        docks = ([self.gis_dock] if self.gis_dock is not None else []) + list(self.case_docks.values())
        if self.statistics_dock is not None:  # a tab beside the post's own panels
            docks.append(self.statistics_dock)
        self.addDockWidget(Qt.RightDockWidgetArea, self.detail_dock)
        if docks:
            first = docks[0]
            # split first: a dock split from a tabbed one would become another tab
            self.addDockWidget(Qt.RightDockWidgetArea, first)
            self.splitDockWidget(first, self.detail_dock, Qt.Vertical)
            for dock in docks[1:]:
                self.tabifyDockWidget(first, dock)
            first.raise_()
            # a technician edits components far more often than looking at a case
            heights = [780, 200] if first is self.gis_dock else [600, 380]
            self.resizeDocks([first, self.detail_dock], heights, Qt.Vertical)
            self.resizeDocks([first], [720], Qt.Horizontal)
        else:
            self.resizeDocks([self.detail_dock], [520], Qt.Horizontal)
        self.resizeDocks([self.layer_dock], [260], Qt.Horizontal)
        if self.video_wall:
            self.layer_dock.hide()
            self.detail_dock.hide()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Map"), self)
        bar.setObjectName("MapToolBar")
        self.addToolBar(bar)
        self.zoom_action = bar.addAction(self.tr("Whole city"), self._on_zoom_city_triggered)
        self.show_closed_action = bar.addAction(self.tr("Show closed cases"))
        self.show_closed_action.setCheckable(True)
        self.show_closed_action.toggled.connect(self._on_show_closed_toggled)
        self.new_report_action = None
        if self.report_form() is not None:
            self.new_report_action = bar.addAction(self.tr("New report"), self.start_new_report)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Find:") + " ", bar))
        self.search_edit = QLineEdit(bar)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Place name, pinyin initials, address or code"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.search_edit.setMaximumWidth(420)
        self.search_edit.returnPressed.connect(self._on_search_return)
        bar.addWidget(self.search_edit)
        # names of places (and door addresses) as one types; codes stay with _on_search_return
        form = self.report_form()  # one road/building cache for the form and the search
        self.addresses = (form.addresses if form is not None
                          else AddressService(self.services.db, self.services.locator))
        self.place_search = PlaceSearchBox(self.search_edit, PlaceIndex(self.services.db, self.addresses),
                                           self)
        self.place_search.placeChosen.connect(self._on_place_search_place_chosen)
        if not self.video_wall:
            self.place_search.load_async()
        if self.video_wall:
            bar.hide()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Console"))
        menu.addAction(self.tr("&Settings…"), self.open_settings)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        for dock in self._docks():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.zoom_action)
        view.addAction(self.show_closed_action)
        view.addAction(self.tr("Reset panel layout"), self.reset_layout)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About"), self._on_about_triggered)
        if self.video_wall:
            self.menuBar().hide()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.xy_label = QLabel(self)
        self.xy_label.setObjectName("cursor_xy")
        self.xy_label.setMinimumWidth(230)
        self.lonlat_label = QLabel(self)
        self.lonlat_label.setObjectName("cursor_lonlat")
        self.lonlat_label.setMinimumWidth(220)
        self.user_label = QLabel(self.tr("User: {user}").format(user=self.actor.name), self)
        self.online_label = QLabel(self)
        self.online_label.setObjectName("online")
        # which database this console works on (no password): a wrong one is a costly mistake
        self.db_label = QLabel(self.tr("Database: {name}").format(name=database_name(self.services.db.url)), self)
        self.db_label.setObjectName("database")
        self.db_label.setToolTip(safe_url(self.services.db.url))
        server = getattr(self.services, "server", None)
        if server:  # a center: changes go through the server, the database is only read here
            self.db_label.setText(self.tr("Server: {server} · database (read-only): {name}").format(
                server=server.split("://", 1)[-1], name=database_name(self.services.db.url)))
        bar.addPermanentWidget(self.db_label)
        bar.addPermanentWidget(self.xy_label)
        bar.addPermanentWidget(self.lonlat_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.online_label)
        self._set_online(True)
        self.xy_label.setText(self.tr("X {x} m  Y {y} m").format(x="—", y="—"))
        self.lonlat_label.setText(self.tr("Lon {lon}°  Lat {lat}°").format(lon="—", lat="—"))
        if self.video_wall:
            bar.setStyleSheet("QStatusBar { background: #101820; color: #d0d8e0; }"
                              "QLabel { color: #d0d8e0; }")

    def _connect(self) -> None:
        for dock in self.case_docks.values():
            dock.caseSelected.connect(lambda case_id, d=dock: self.select_case(case_id, origin=d))
            dock.selectionLost.connect(self._on_dock_selection_lost)
            dock.caseChanged.connect(self._on_dock_case_changed)
            dock.errorRaised.connect(self.show_error)
            dock.infoRaised.connect(self.show_info)
            form = getattr(dock, "form", None)
            if form is not None:
                form.pickRequested.connect(self.start_pick_location)
                form.locationChanged.connect(self._on_form_location_changed)
                form.caseRegistered.connect(self._on_form_case_registered)
                form.caseSelected.connect(lambda case_id: self.select_case(case_id))
                form.errorRaised.connect(self.show_error)
                form.infoRaised.connect(self.show_info)
        self.detail_dock.errorRaised.connect(self.show_error)
        # a possible duplicate or a merged original named in the detail: select it everywhere
        self.detail_dock.caseLinkActivated.connect(lambda case_id: self.select_case(case_id))
        if self.statistics_dock is not None:
            self.statistics_dock.caseSelected.connect(lambda case_id: self.select_case(case_id))
            self.statistics_dock.errorRaised.connect(self.show_error)
        if self.gis_dock is not None:
            self.gis_dock.errorRaised.connect(self.show_error)
            self.gis_dock.infoRaised.connect(self.show_info)
            self.gis_dock.pickRequested.connect(self._on_gis_dock_pick_requested)
            self.gis_dock.selectRequested.connect(self._on_gis_dock_select_requested)
            self.gis_dock.componentChanged.connect(self._on_gis_dock_component_changed)
            self.city_map.componentClicked.connect(self._on_map_component_clicked)
            self.city_map.canvas.mapToolSet.connect(self._on_canvas_map_tool_set)
        self.city_map.caseClicked.connect(self._on_map_case_clicked)
        self.city_map.locationPicked.connect(self._on_map_location_picked)
        self.city_map.cursorMoved.connect(self._on_map_cursor_moved)
        # ages and lights tick in the docks themselves; the detail follows once a minute
        self._detail_clock = QTimer(self)
        self._detail_clock.setInterval(60_000)
        self._detail_clock.timeout.connect(
            lambda: self.detail_dock.refresh_if_shown([self.detail_dock.shown_case_id()]))
        self._detail_clock.start()

    def _docks(self) -> list[QDockWidget]:
        gis = [self.gis_dock] if self.gis_dock is not None else []
        stats = [self.statistics_dock] if self.statistics_dock is not None else []
        return [*gis, *self.case_docks.values(), *stats, self.detail_dock, self.layer_dock]

    # --- layout per user ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        self._default_state = self.saveState()
        geometry, state = self.settings.layout(self.actor.name)
        self.restored_geometry = geometry is not None and self.restoreGeometry(geometry)
        # without a layout of the user's own, the docks follow the window's width
        self._auto_fit = not (state is not None and self.restoreState(state))
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_docks)

    def fit_docks(self) -> None:
        """Share the width between the layer tree, the map and the panels by the window's
        size, so that a 1366×768 screen keeps a usable map and a 1920 one wide lists."""
        width, height = self.width(), self.height()
        panels = [d for d in (self.gis_dock, *self.case_docks.values()) if d is not None]
        right = min(max(round(width * 0.40), 430), 760)
        if panels:
            self.resizeDocks([panels[0]], [right], Qt.Horizontal)
            # room for the queue first; the detail below it
            share = 0.8 if panels[0] is self.gis_dock else (0.6 if height >= 900 else 0.72)
            usable = max(height - 120, 300)
            self.resizeDocks([panels[0], self.detail_dock],
                             [round(usable * share), round(usable * (1 - share))], Qt.Vertical)
        else:
            self.resizeDocks([self.detail_dock], [min(right, 520)], Qt.Horizontal)
        if not self.video_wall:
            self.resizeDocks([self.layer_dock], [min(max(round(width * 0.13), 170), 260)], Qt.Horizontal)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if getattr(self, "_auto_fit", False) and event.oldSize().width() != event.size().width():
            self._fit_timer.start()

    def save_layout(self) -> None:
        self.settings.save_layout(self.actor.name, self.saveGeometry(), self.saveState())
        self.settings.sync()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self._docks():
            dock.show()
        self.fit_docks()

    def closeEvent(self, event):  # noqa: N802 (Qt override)
        # the window's close button asks before unsaved input is lost (close() from code,
        # a log-out or the Quit menu have asked already)
        if event.spontaneous() and not self.confirm_discard():
            event.ignore()
            return
        self.poller.stop()
        self.alerts.stop()
        self.calendar_notice.stop()
        if self.wall is not None:
            self.wall.stop()
        for dock in self.case_docks.values():
            dock.cancel_loading()
        if self.statistics_dock is not None:  # its layer leaves the map before the map goes
            self.statistics_dock.shutdown()
        if not self.video_wall:
            self.save_layout()
        shutdown = getattr(self.city_map, "shutdown", None)
        if shutdown is not None:  # stop rendering before the window goes
            shutdown()
        super().closeEvent(event)

    # --- messages ----------------------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        self.message_bar.pushMessage(title, message, Qgis.Critical, 10)

    def show_warning(self, title: str, message: str) -> None:
        self.message_bar.pushMessage(title, message, Qgis.Warning, 6)

    def show_info(self, message: str) -> None:
        self.message_bar.pushMessage(message, Qgis.Success, 4)

    # --- selection ---------------------------------------------------------------------

    def select_case(self, case_id: str, origin=None, zoom: bool = True) -> None:
        """Select a case everywhere: panels, detail and map (except where it came from).
        An empty ``case_id`` clears the selection everywhere."""
        if not case_id:
            self.clear_selection(origin)
            return
        self.selected_case_id = case_id
        for dock in self.case_docks.values():
            if dock is not origin:
                dock.select_case(case_id)
        self.detail_dock.show_case(case_id)
        # a pin clicked on the map is highlighted where it is (the view stays put)
        self.city_map.select_case(case_id, zoom=zoom and origin is not self.city_map)

    def clear_selection(self, origin=None) -> None:
        """Nothing selected anywhere: no row, no detail, no highlight, no enabled button."""
        self.selected_case_id = None
        for dock in self.case_docks.values():
            if dock is not origin:
                dock.clear_selection()
        self.detail_dock.show_case(None)
        self.city_map.clear_highlight()

    def _reconcile_selection(self) -> None:
        """The selected case left the panel it was selected in: select it where it is now
        (e.g. escalated: the adjudication panel), or nowhere — never a neighbour row."""
        case_id = self.selected_case_id
        if case_id is None:
            return
        holders = [d for d in self.case_docks.values() if d.model.row_of(case_id) >= 0]
        if not holders:
            self.clear_selection()
            return
        for dock in holders:
            if dock.current_case_id() != case_id:
                dock.select_case(case_id)

    def _on_dock_selection_lost(self, case_id: str) -> None:
        if not self._fanning_out and case_id == self.selected_case_id:
            self._reconcile_selection()

    def _on_map_case_clicked(self, case_id: str) -> None:
        self.select_case(case_id, origin=self.city_map)
        for dock in self.case_docks.values():
            if dock.current_case_id() == case_id and dock.isVisible():
                dock.raise_()
                break

    # --- changes -----------------------------------------------------------------------

    def _on_poller_changes(self, tables: set, ids: list) -> None:
        if "case_file" in tables and self.statistics_dock is not None:
            self.statistics_dock.mark_stale()  # says so; the figures are read again on request
        if "case_file" in tables:
            if len(ids) > BULK_CHANGES:
                for dock in self.case_docks.values():
                    dock.reload()
                self.detail_dock.refresh_if_shown([self.detail_dock.shown_case_id()])
            else:
                try:
                    docs = cases_by_ids(self.services.db, self.services.policy, ids)
                except Exception as exc:  # shown; the next poll does not repeat these ids
                    self.show_error(self.tr("Cannot read changed cases"), error_text(exc, self.ctx))
                    docs = []
                self.apply_cases(docs)
                self.alerts.observe(docs)
        if "setting" in tables and getattr(self.services, "calendar", None) is not None:
            self.services.calendar.refresh()  # a year of holidays loaded elsewhere (a few rows)
        if "grid_cell" in tables:
            self.services.locator.invalidate()
        if "component" in tables and self.gis_dock is not None:
            self.gis_dock.refresh_if_shown(ids)
        self.city_map.refresh_tables(set(tables))

    def apply_cases(self, docs: list[dict]) -> None:
        """Fan changed cases out to the panels (each keeps or drops its rows)."""
        if not docs:
            return
        selected = self.selected_case_id
        held = selected is not None and any(
            d.model.row_of(selected) >= 0 for d in self.case_docks.values())
        self._fanning_out = True  # a case may leave one panel and enter another
        try:
            for dock in self.case_docks.values():
                dock.apply_cases(docs)
        finally:
            self._fanning_out = False
        self.detail_dock.refresh_if_shown([d["id"] for d in docs])
        if held:
            self._reconcile_selection()

    def _on_poller_cases_created(self, ids: list) -> None:
        for case_id in ids[:MAX_FLASHES]:
            self.city_map.flash_case(case_id)

    def _on_dock_case_changed(self, doc: dict) -> None:
        self.apply_cases([doc])
        self.alerts.observe([doc], quiet=True)  # no notice about one's own action

    def _on_form_case_registered(self, doc: dict) -> None:
        self.apply_cases([doc])
        self.alerts.observe([doc], quiet=True)
        self.select_case(doc["id"])

    def _on_poller_connection_changed(self, online: bool) -> None:
        self._set_online(online)
        if not online:
            self.show_warning(self.tr("Database"), self.tr(
                "The database does not answer; changes will appear once it is back."))
        else:
            self.show_info(self.tr("The database answers again; catching up."))
            self._on_layer_retry_timeout()

    def _check_map_layers(self) -> None:
        """Name the layers that are not on the map and why; retry until they load."""
        missing = getattr(self.city_map, "missing_layers", lambda: {})()
        if not missing:
            self._layer_retry.stop()
            return
        from qgis.PyQt.QtCore import QCoreApplication

        from console.maps.layer_specs import spec as layer_spec

        names = self.tr(", ").join(QCoreApplication.translate("LayerSpec", layer_spec(k).title)
                                   for k in missing)
        kinds = getattr(self.city_map.factory, "failure_kinds", {})
        kind = next((kinds.get(k) for k in missing if kinds.get(k)), "unreachable")
        if kind == "missing_file":
            reason = self.tr("the database file does not exist: {path}").format(
                path=self.city_map.factory.url.database)
        elif kind == "provider":
            reason = next(iter(missing.values()))
        else:
            reason = self.tr("the database does not answer or refuses the connection")
        self._pop_layer_message()
        self._layer_message = QgsMessageBarItem(
            self.tr("Map layers not loaded: {layers}").format(layers=names),
            self.tr("{reason}. Retrying every {s} s.").format(reason=reason, s=LAYER_RETRY_MS // 1000),
            Qgis.Critical, 0, self.message_bar)
        self.message_bar.pushItem(self._layer_message)
        self._layer_retry.start()

    def _pop_layer_message(self) -> None:
        item = getattr(self, "_layer_message", None)
        self._layer_message = None
        if item is not None:
            try:
                self.message_bar.popWidget(item)
            except RuntimeError:  # the user closed it already
                pass

    def _on_layer_retry_timeout(self) -> None:
        loader = getattr(self.city_map, "load_missing_layers", None)
        if loader is None or not self.city_map.missing_layers():
            self._layer_retry.stop()
            return
        if loader() and not self.city_map.missing_layers():
            self._layer_retry.stop()
            self._pop_layer_message()
            self.show_info(self.tr("The map layers are loaded."))

    def _set_online(self, online: bool) -> None:
        if online:
            self.online_label.setText("● " + self.tr("Online"))
            self.online_label.setStyleSheet("color: #2e9d4d; font-weight: bold;")
        else:
            self.online_label.setText("● " + self.tr("Offline"))
            self.online_label.setStyleSheet("color: #c62828; font-weight: bold;")

    # --- map -----------------------------------------------------------------------------

    def _on_map_cursor_moved(self, x: float, y: float, lon: float, lat: float) -> None:
        self.xy_label.setText(self.tr("X {x} m  Y {y} m").format(x=f"{x:,.1f}", y=f"{y:,.1f}"))
        self.lonlat_label.setText(self.tr("Lon {lon}°  Lat {lat}°").format(
            lon=f"{lon:.6f}", lat=f"{lat:.6f}"))

    def report_form(self):
        for dock in self.case_docks.values():
            form = getattr(dock, "form", None)
            if form is not None:
                return form
        return None

    def start_new_report(self) -> None:
        for dock in self.case_docks.values():
            if getattr(dock, "form", None) is not None:
                dock.show()
                dock.raise_()
                dock.show_form()
                break
        self.start_pick_location()

    def start_pick_location(self) -> None:
        self._gis_pick = None
        self.city_map.start_pick_location()
        self.statusBar().showMessage(self.tr("Click the location of the problem on the map"), 10_000)

    def _on_form_location_changed(self, location) -> None:
        """A cross where the new report will be (a plain canvas item, no layer)."""
        if location is None:
            if self._pick_marker is not None:
                self.city_map.canvas.scene().removeItem(self._pick_marker)
                self._pick_marker = None
            return
        if self._pick_marker is None:
            self._pick_marker = QgsVertexMarker(self.city_map.canvas)
            self._pick_marker.setIconType(QgsVertexMarker.ICON_CROSS)
            self._pick_marker.setColor(QColor("#d81b60"))
            self._pick_marker.setIconSize(22)
            self._pick_marker.setPenWidth(4)
        self._pick_marker.setCenter(QgsPointXY(*location))

    def _on_map_location_picked(self, x: float, y: float) -> None:
        self.statusBar().clearMessage()
        purpose, self._gis_pick = self._gis_pick, None
        if purpose is not None and self.gis_dock is not None:
            self.gis_dock.apply_pick(purpose, x, y)
            return
        form = self.report_form()
        if form is not None:
            form.set_location(x, y)

    # --- component maintenance ----------------------------------------------------------

    def _show_components(self) -> None:
        """Components are drawn at large scales only: zoom in if they are hidden, and say so."""
        if self.city_map.show_layer("component"):
            layer = self.city_map.layer("component")
            self.message_bar.pushMessage(self.tr(
                "Zoomed in: components are drawn from 1:{scale} on.").format(
                    scale=f"{layer.minimumScale():,.0f}"), Qgis.Info, 6)

    def _on_gis_dock_pick_requested(self, purpose: str) -> None:
        self._show_components()
        self.city_map.start_pick_location()
        self._gis_pick = purpose  # start_pick_location() (a report's pick) forgets it
        if purpose == "move":
            text = self.tr("Click the new place of component {code} on the map").format(
                code=self.gis_dock.current_code())
        else:
            text = self.tr("Click the place of the new component on the map")
        self.statusBar().showMessage(text, 15_000)

    def _on_gis_dock_select_requested(self, on: bool) -> None:
        if on:
            self._gis_pick = None
            self._show_components()
            self.city_map.start_pick_component()
            self.statusBar().showMessage(self.tr("Click a component on the map"), 10_000)
        else:
            self.city_map.cancel_pick_component()
            self.statusBar().clearMessage()

    def _on_canvas_map_tool_set(self, new_tool, old_tool) -> None:
        if not self.city_map.picking:  # a pick returns to the select tool afterwards
            self.gis_dock.set_selecting(self.city_map.picking_component)

    def _on_map_component_clicked(self, code: str) -> None:
        if self.gis_dock.show_component(code):
            self.city_map.select_component(code, zoom=False)
            self.gis_dock.raise_()  # in front of the case list if they share a tab group

    def _on_gis_dock_component_changed(self, doc: dict) -> None:
        # this window repaints now; the change feed repaints the other consoles' maps
        self.city_map.refresh_tables({"component"})
        if doc.get("retired"):
            self.city_map.clear_highlight()
        else:
            self.city_map.select_component(doc["code"], zoom=False)

    def _on_zoom_city_triggered(self) -> None:
        self.city_map.zoom_to_city()

    def _on_show_closed_toggled(self, checked: bool) -> None:
        self.city_map.set_show_closed(checked)

    def _on_search_return(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        found = False
        if is_case_code(text):
            try:
                case_id = self.services.queries.show(text)["id"]
            except ConsoleError:
                case_id = None
            if case_id:
                self.select_case(case_id)
                found = True
        if not found:
            found = bool(self.city_map.find(text))
            if found and self.gis_dock is not None and len(text) == COMPONENT_ID_LEN:
                self.gis_dock.show_component(text)  # a technician found it to work on it
        if not found and not text.isdigit():
            self.place_search.load_now()
            found = self.place_search.choose_first(text) is not None
        if not found:
            self.show_warning(self.tr("Find"), self.tr("Nothing found for “{text}”.").format(text=text))

    def _build_map_tools(self) -> None:
        """Measure distance/area, go to a coordinate, spatial bookmarks, and a department
        user's "own cases only" filter (on by default)."""
        from console.maps.bookmarks import BookmarkStore
        from console.maps.layer_factory import CRS
        from console.maps.measure_tool import AREA, DISTANCE

        bar = self.findChild(QToolBar, "MapToolBar")
        menu = QMenu(self.tr("&Map"), self)
        actions = self.menuBar().actions()
        if len(actions) >= 3:
            self.menuBar().insertMenu(actions[2], menu)  # after Console and Case
        else:
            self.menuBar().addMenu(menu)
        self.measure_actions = {}
        for kind, text in ((DISTANCE, self.tr("Measure distance")),
                           (AREA, self.tr("Measure area"))):
            action = QAction(text, self)
            action.setObjectName(f"measure_{kind}")
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=kind: self._on_measure_toggled(k, on))
            self.measure_actions[kind] = action
            menu.addAction(action)
        self.goto_action = menu.addAction(self.tr("Go to coordinate…"), self.open_go_to)
        menu.addSeparator()
        self.bookmarks = BookmarkStore(self.actor.name, CRS, parent=self)
        self.bookmark_menu = menu.addMenu(self.tr("&Bookmarks"))
        self.bookmark_menu.aboutToShow.connect(self._fill_bookmark_menu)
        self._fill_bookmark_menu()
        self.own_cases_action = None
        if self.actor.department_code and "department" in self.actor.roles:
            self.own_cases_action = QAction(self.tr("Only my department's cases"), self)
            self.own_cases_action.setObjectName("own_cases_only")
            self.own_cases_action.setCheckable(True)
            self.own_cases_action.toggled.connect(self._on_own_cases_toggled)
            menu.addSeparator()
            menu.addAction(self.own_cases_action)
            self.own_cases_action.setChecked(True)  # a department sees its own cases first
        if bar is not None:
            bar.addSeparator()
            for action in self.measure_actions.values():
                bar.addAction(action)
            bar.addAction(self.goto_action)
            if self.own_cases_action is not None:
                bar.addAction(self.own_cases_action)
        self.measure_label = QLabel(self)
        self.measure_label.setObjectName("measure")
        self.measure_label.setStyleSheet("color: #c0390b; font-weight: bold;")
        self.measure_label.hide()
        self.statusBar().addPermanentWidget(self.measure_label)
        self.city_map.measured.connect(self._on_map_measured)
        self.city_map.canvas.mapToolSet.connect(self._on_canvas_tool_changed_for_measure)

    def _on_measure_toggled(self, kind: str, on: bool) -> None:
        if on:
            for other, action in self.measure_actions.items():
                if other != kind and action.isChecked():
                    action.blockSignals(True)
                    action.setChecked(False)
                    action.blockSignals(False)
            self.city_map.start_measure(kind)
            self.measure_label.setText(self.tr("Click points on the map; right-click ends"))
            self.measure_label.show()
        elif self.city_map.measuring == kind:
            self.city_map.stop_measure()

    def _on_canvas_tool_changed_for_measure(self, new_tool, old_tool) -> None:
        kind = self.city_map.measuring
        for k, action in self.measure_actions.items():
            if action.isChecked() != (k == kind):
                action.blockSignals(True)
                action.setChecked(k == kind)
                action.blockSignals(False)
        if kind is None:
            self.measure_label.hide()

    def _on_map_measured(self, value: float, kind: str, done: bool) -> None:
        from console.maps.measure_tool import DISTANCE, format_measure

        label = self.tr("Distance") if kind == DISTANCE else self.tr("Area")
        self.measure_label.setText(f"{label}: {format_measure(value, kind)}"
                                   + ("" if done else " …"))
        self.measure_label.show()

    def open_go_to(self):
        canvas = self.city_map.canvas
        centre = canvas.extent().center()
        from console.services.geo import xy_to_lonlat

        lon, lat = xy_to_lonlat(centre.x(), centre.y())
        dialog = GoToDialog(self, centre=(centre.x(), centre.y(), lon, lat))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.go_to(*dialog.target()))
        dialog.open()
        return dialog

    def go_to(self, x: float, y: float) -> None:
        if not self.city_map.city_extent().contains(QgsPointXY(x, y)):
            self.show_warning(self.tr("Go to coordinate"),
                              self.tr("This point is outside the city."))
        self.city_map.go_to(x, y)

    def _fill_bookmark_menu(self) -> None:
        menu = self.bookmark_menu
        menu.clear()
        menu.addAction(self.tr("Add bookmark for this view…"), self.add_bookmark)
        menu.addAction(self.tr("Manage bookmarks…"), self.open_bookmarks)
        marks = self.bookmarks.bookmarks()
        if marks:
            menu.addSeparator()
        for bookmark in marks:
            menu.addAction(bookmark.name(), lambda b=bookmark.id(): self.go_to_bookmark(b))

    def add_bookmark(self, name: str | None = None) -> str | None:
        if name is None:
            from qgis.PyQt.QtWidgets import QInputDialog

            name, ok = QInputDialog.getText(self, self.tr("Add bookmark"),
                                            self.tr("Name of this view:"))
            if not ok:
                return None
        name = (name or "").strip()
        if not name:
            return None
        bookmark_id = self.bookmarks.add(name, self.city_map.canvas.extent())
        self.show_info(self.tr("Bookmark “{name}” saved.").format(name=name))
        return bookmark_id

    def go_to_bookmark(self, bookmark_id: str) -> bool:
        bookmark = self.bookmarks.get(bookmark_id)
        if bookmark is None:
            return False
        self.city_map.canvas.setExtent(bookmark.extent())
        self.city_map.canvas.refresh()
        return True

    def open_bookmarks(self):
        dialog = BookmarksDialog(self.bookmarks, self.go_to_bookmark, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_own_cases_toggled(self, on: bool) -> None:
        self.city_map.set_department_filter(self.actor.department_code if on else None)

    def _build_user_menus(self) -> None:
        """Log out / switch user, change my password (Console menu); export the selected
        case and search the closed history (Case menu)."""
        self.logout_requested = False
        console_menu = self.menuBar().actions()[0].menu() if self.menuBar().actions() else None
        if console_menu is not None:
            first = console_menu.actions()[0] if console_menu.actions() else None
            self.change_password_action = QAction(self.tr("Change my &password…"), self)
            self.change_password_action.triggered.connect(self.open_change_password)
            self.logout_action = QAction(self.tr("&Log out / switch user"), self)
            self.logout_action.setObjectName("logout")
            self.logout_action.triggered.connect(self.log_out)
            console_menu.insertAction(first, self.change_password_action)
            console_menu.insertAction(first, self.logout_action)
            console_menu.insertSeparator(first)
            for action in console_menu.actions():  # the Quit entry asks about unsaved input
                if action.text() == self.tr("&Quit"):
                    action.triggered.disconnect()
                    action.triggered.connect(self.quit_console)
        menu = QMenu(self.tr("C&ase"), self)
        menu.menuAction().setObjectName("case_menu")
        actions = self.menuBar().actions()
        if len(actions) >= 2:
            self.menuBar().insertMenu(actions[1], menu)  # after Console
        else:
            self.menuBar().addMenu(menu)
        self.export_case_action = menu.addAction(self.tr("&Export selected case…"),
                                                 self.export_selected_case)
        self.history_action = menu.addAction(self.tr("Search &closed cases…"),
                                             self.open_history_search)

    def confirm_discard(self) -> bool:
        """True unless a form holds unsaved input and the user chooses to stay."""
        forms = [f for f in (self.report_form(),) if f is not None and f.has_unsaved_input()]
        # the panels' own inputs too: a reason typed, photos picked, a component's edits
        panels = [d for d in (*self.case_docks.values(), self.gis_dock)
                  if d is not None and getattr(d, "has_unsaved_input", lambda: False)()]
        if not forms and not panels:
            return True
        names = [self.tr("the new report")] if forms else []
        names += [d.windowTitle() for d in panels]
        answer = QMessageBox.question(
            self, self.tr("Unsaved input"),
            self.tr("Input not saved yet in: {where}. Discard it?").format(where=self.tr(", ").join(names)),
            QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Discard

    def quit_console(self) -> None:
        if self.confirm_discard():
            self.close()

    def log_out(self) -> bool:
        """Close this window and go back to the login dialog (the launcher sees
        ``logout_requested``); False if the user chose to keep unsaved input."""
        if not self.confirm_discard():
            return False
        session = getattr(self.services, "session", None)
        if session is not None:  # the server revokes the token and logs the logout
            session.logout()
        else:
            from console.services import security_log

            security_log.record(self.services.db, self.actor.name, "logout")
        self.logout_requested = True
        self.close()
        return True

    def open_change_password(self):
        accounts = getattr(self.services, "accounts", None) or AccountService(self.services.db)
        dialog = ChangePasswordDialog(accounts, self.actor.name, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_info(self.tr("Your password was changed.")))
        dialog.open()
        return dialog

    def current_case_id(self) -> str | None:
        return getattr(self, "selected_case_id", None) or self.detail_dock.shown_case_id()

    def export_selected_case(self, path: str | None = None):
        """Write the selected case (with history and photos) to an HTML or JSON file."""
        case_id = self.current_case_id()
        if not case_id:
            self.show_warning(self.tr("Export"), self.tr("Select a case first."))
            return None
        if path is None:
            code = (self.services.queries.show(case_id) or {}).get("code", "case")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export case"), f"{code}.html",
                self.tr("Web page (*.html);;JSON (*.json)"))
            if not path:
                return None
        try:
            written = export_case(self.services, case_id, path, self.ctx.zone,
                                  class_name=self.ctx.class_name,
                                  department_name=self.ctx.department_name)
        except (ConsoleError, OSError) as exc:
            self.show_error(self.tr("Export"), error_text(exc))
            return None
        self.show_info(self.tr("Case exported to {path}").format(path=str(written)))
        return written

    def open_history_search(self):
        dialog = HistorySearchDialog(self.ctx, lambda case_id: self.select_case(case_id), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _build_alerts(self) -> None:
        """Notices (new urgent, returned, escalated, overdue) and their menu entries."""
        self.alerts = AlertCenter(self.services, self.actor, self.message_bar, self.select_case,
                                  video_wall=self.video_wall, parent=self)
        menu = QMenu(self.tr("&Notices"), self)
        actions = self.menuBar().actions()
        if actions:  # before Help
            self.menuBar().insertMenu(actions[-1], menu)
        else:
            self.menuBar().addMenu(menu)
        menu.menuAction().setObjectName("notices_menu")
        menu.addAction(self.tr("Notices of this session…"), self.open_alert_history)
        self.alert_sound_action = menu.addAction(self.tr("Sound with notices"))
        self.alert_sound_action.setCheckable(True)
        self.alert_sound_action.setChecked(self.alerts.sound)
        self.alert_sound_action.toggled.connect(self.alerts.set_sound)
        menu.addAction(self.tr("Dismiss all notices"), self.message_bar.clearWidgets)

    def open_alert_history(self) -> None:
        dialog = AlertHistoryDialog(self.alerts, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_place_search_place_chosen(self, hit: dict) -> None:
        if hit.get("kind") == "address":
            wkt = f"POINT ({hit['x']} {hit['y']})"
        else:
            wkt = self.place_search.index.geometry_wkt(hit["kind"], hit["key"])
        if not wkt or not self.city_map.show_geometry(wkt):
            self.show_warning(self.tr("Find"), self.tr("Nothing found for “{text}”.").format(
                text=hit.get("name", "")))
            return
        self.statusBar().showMessage(hit.get("name", ""), 8_000)

    def apply_base_map(self) -> None:
        setter = getattr(self.city_map, "set_base_map", None)
        if setter is not None:
            try:
                setter(self.settings.basemap_kind, self.settings.basemap_url)
            except Exception as exc:  # a bad address must not stop the console
                self.show_warning(self.tr("Base map"), str(exc))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, str(self.services.db.url), self)
        if dialog.exec_():
            self.apply_base_map()
            self.show_info(self.tr("Settings saved."))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Digital urban management command console.\nUser {user}, database {db}.").format(
                user=self.actor.name, db=safe_url(self.services.db.url)))

