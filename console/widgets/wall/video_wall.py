"""The video wall mode of the main window (``console run --as wall --video-wall``).

``VideoWall`` is created by the main window when it runs as a wall. It adds the panels
(``WallPanel``) beside the map — in a fixed dock on one screen, or full screen on the
other screens with ``--screens N`` — and runs the wall's programme: a tour of the city,
its districts and hot spots, then a replay of the day's cases, then the tour again. It
follows the window's change poller (a case changed → the panels refresh), its connection
state (the panels say "Reconnecting…" and recover by themselves) and its notices (an
urgent or newly overdue case flashes on the map and sounds the alert).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from qgis.PyQt.QtCore import QEvent, QObject, QRect, Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QWidget

from console.services.alert_rules import OVERDUE, URGENT
from console.widgets.wall.alert_sound import AlertSound
from console.widgets.wall.replay import WallReplay
from console.widgets.wall.tour import WallTour
from console.widgets.wall.wall_panel import WallPanel

#: the panels' share of the window's width when they sit beside the map
PANEL_SHARE = 0.36
FLASHES = 3  # an alerted case flashes this many times, FLASH_GAP_MS apart
FLASH_GAP_MS = 2_500
MAX_FLASHES = 10  # pins flashed for one batch of notices


class VideoWall(QObject):
    def __init__(self, window, clock: Callable[[], datetime] | None = None, start: bool = True):
        super().__init__(window)
        self.window = window
        self.city_map = window.city_map
        self.panel = WallPanel(window.services, window.ctx.class_name, clock)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("WallDock")
        self.dock.setFeatures(QDockWidget.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget(self.dock))  # no title, no close button
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.screen_window: QWidget | None = None  # the panels' own window (--screens ≥ 2)
        self.sound = AlertSound(self)
        self.alerted: list[tuple[str, str]] = []  # (kind, case id), newest last
        self._batch: list[tuple[str, str]] = []
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._flush_alerts)
        self.tour = WallTour(self.city_map, parent=self)
        self.replay = WallReplay(self.city_map, self.panel.zone, self.panel.clock, parent=self)
        self.tour.stopChanged.connect(self._on_tour_stop_changed)
        self.tour.cycleFinished.connect(self._on_tour_cycle_finished)
        self.replay.frameShown.connect(self._on_replay_frame_shown)
        self.replay.finished.connect(self._on_replay_finished)
        self.panel.refreshed.connect(self._on_panel_refreshed)
        window.poller.changesArrived.connect(self._on_poller_changes)
        window.poller.connectionChanged.connect(self.panel.set_online)
        window.alerts.alertRaised.connect(self._on_alert_raised)
        window.installEventFilter(self)
        self._stopped = not start
        if start:
            self.start()

    # --- life --------------------------------------------------------------------------

    def start(self) -> None:
        self._stopped = False
        self.panel.start()
        self.tour.start()

    def stop(self) -> None:
        self._stopped = True
        self.tour.stop()
        self.replay.stop()
        self.panel.stop()
        if self.screen_window is not None:
            self.screen_window.close()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Run the wall on another clock (the soak bench's fast one)."""
        self.panel.clock = clock
        self.panel.header.clock = clock
        self.replay.clock = clock

    # --- screens -------------------------------------------------------------------------

    def place(self, screens: list) -> None:
        """The map on ``screens[0]``; with more screens the panels leave the dock and cover
        the others (side by side, as one window)."""
        if len(screens) < 2:
            self.fit()
            return
        self.dock.setWidget(None)
        self.dock.hide()
        holder = QWidget(None, Qt.Window | Qt.FramelessWindowHint)
        holder.setObjectName("WallScreens")
        holder.setWindowTitle(self.window.windowTitle())
        self.panel.setParent(holder)
        area = QRect(screens[1].geometry())
        for screen in screens[2:]:
            area = area.united(screen.geometry())
        holder.winId()
        if holder.windowHandle() is not None:
            holder.windowHandle().setScreen(screens[1])
        holder.setGeometry(area)
        self.panel.setGeometry(0, 0, area.width(), area.height())
        self.panel.show()
        holder.show()
        if len(screens) == 2:
            holder.showFullScreen()
        holder.setGeometry(area)
        self.screen_window = holder

    def fit(self) -> None:
        if self.screen_window is None and self.window.width() > 0:
            # a minimum, not only resizeDocks: the window's own dock fitting (the hidden
            # detail dock shares the right area) would narrow the area again
            width = round(self.window.width() * PANEL_SHARE)
            self.panel.setMinimumWidth(width)
            self.window.resizeDocks([self.dock], [width], Qt.Horizontal)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if obj is self.window and event.type() in (QEvent.Resize, QEvent.Show):
            QTimer.singleShot(0, self.fit)
        return False

    # --- feeds ---------------------------------------------------------------------------

    def _on_poller_changes(self, tables, ids) -> None:
        if "case_file" in tables or "attachment" in tables:
            self.panel.changes_arrived()

    def _on_panel_refreshed(self, snap) -> None:
        self.tour.set_hot_spots(snap.hot_spots)

    def _on_alert_raised(self, kind: str, case: dict) -> None:
        """An urgent or newly overdue case: flash it on the map (a few times) and sound.
        The notices of one look (a poll, a deadline tick) are one batch: one sound, and at
        most MAX_FLASHES pins flash (a morning's deadlines must not strobe the wall)."""
        if kind not in (URGENT, OVERDUE):
            return
        self.alerted.append((kind, case["id"]))
        del self.alerted[:-200]
        if not self._batch:
            self._batch_timer.start()
        self._batch.append((kind, case["id"]))

    def _flush_alerts(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        # urgent ones first: they are the reason to look up
        ids = list(dict.fromkeys(c for k, c in sorted(batch, key=lambda kc: kc[0] != URGENT)))
        for case_id in ids[:MAX_FLASHES]:
            self._flash(case_id)
            for i in range(1, FLASHES):
                QTimer.singleShot(i * FLASH_GAP_MS, lambda c=case_id: self._flash(c))
        self.sound.play()

    def _flash(self, case_id: str) -> None:
        try:
            self.city_map.flash_case(case_id)
        except RuntimeError:  # the window closed in between
            pass

    # --- programme: tour, then the day's replay ----------------------------------------

    def _on_tour_stop_changed(self, name: str) -> None:
        self.panel.set_activity(self.tr("Tour: {stop}").format(stop=name))

    def _on_tour_cycle_finished(self) -> None:
        self.tour.pause()
        QTimer.singleShot(0, self.replay.start)

    def _on_replay_frame_shown(self, time_text: str) -> None:
        self.panel.set_activity(self.tr("Replay of today: {time}").format(time=time_text))

    def _on_replay_finished(self) -> None:
        if self._stopped:
            return
        self.panel.set_activity("")
        self.city_map.zoom_to_city()
        self.tour.index = -1
        self.tour.start()
