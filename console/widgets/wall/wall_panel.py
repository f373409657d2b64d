"""The wall's panels beside the live map: header (clock, connection, tour stop), today's
tiles, the department ranking, the newest cases and the 30-day trend.

All reads run in a ``ReadTask`` (``services.wall_feed`` plus the photos' thumbnails): on a
change from the feed (debounced), on a timer, and at once when the database answers again.
While the database is away the panels keep their last figures, dimmed, under
"Reconnecting…", and a retry runs every few seconds; nothing needs a restart.
``clock`` gives "now" (a test or the soak bench injects a fast one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from qgis.PyQt.QtCore import QRect, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from console.services import wall_feed
from console.widgets.read_task import ReadTask, cancel, start
from console.widgets.wall import wall_style as st
from console.widgets.wall.newest_panel import NewestCasesPanel, make_thumbnail
from console.widgets.wall.ranking_panel import RankingPanel
from console.widgets.wall.tiles_panel import TilesPanel
from console.widgets.wall.trend_panel import TrendPanel

REFRESH_MS = 60_000  # a full refresh even without a change (the day rolls, deadlines pass)
RETRY_MS = 5_000  # while the database is away
DEBOUNCE_MS = 1_500  # a burst of changes is one refresh


class WallHeader(QWidget):
    def __init__(self, zone: ZoneInfo, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.setObjectName("wall_header")
        self.zone = zone
        self.clock = clock
        self.type_height = st.REFERENCE_HEIGHT
        self.status = ""
        self.online = True
        self.activity = ""  # the tour's stop or the replay's time
        self.setAttribute(Qt.WA_OpaquePaintEvent)

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.TextAntialiasing)
        p.fillRect(self.rect(), st.BACKGROUND)
        pad = st.px(14, self.type_height)
        r = self.rect().adjusted(pad, 0, -pad, 0)
        big = st.font(st.TITLE_PX * 1.2, self.type_height, bold=True)
        p.setFont(big)
        fm = p.fontMetrics()
        top = QRect(r.left(), r.top() + pad // 2, r.width(), fm.height())
        now = self.clock().astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
        p.setPen(st.ACCENT)
        p.drawText(top, Qt.AlignRight | Qt.AlignVCenter, now)
        title = self.tr("Digital urban management — supervision and command")
        room = top.width() - fm.horizontalAdvance(now) - pad
        p.setPen(st.TEXT)
        p.drawText(top, Qt.AlignLeft | Qt.AlignVCenter, fm.elidedText(title, Qt.ElideRight, room))
        small = st.font(st.CAPTION_PX, self.type_height, bold=not self.online)
        p.setFont(small)
        bottom = QRect(r.left(), top.bottom() + pad // 2, r.width(), p.fontMetrics().height())
        p.setPen(st.GOOD if self.online else st.ALERT)
        p.drawText(bottom, Qt.AlignLeft | Qt.AlignVCenter, "● " + self.status)
        if self.activity:
            p.setPen(st.ACCENT)
            p.drawText(bottom, Qt.AlignRight | Qt.AlignVCenter,
                       p.fontMetrics().elidedText(self.activity, Qt.ElideLeft, r.width() // 2 + r.width() // 4))
        p.end()


class WallPanel(QWidget):
    #: a full read was shown (the snapshot)
    refreshed = pyqtSignal(object)

    def __init__(self, services, class_name: Callable[[str, str], str],
                 clock: Callable[[], datetime] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("wall_panel")
        self.services = services
        self.clock = clock or (lambda: datetime.now(UTC))
        self.zone: ZoneInfo = services.policy.calendar.zone
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), st.BACKGROUND)
        self.setPalette(pal)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.header = WallHeader(self.zone, self.clock, self)
        self.tiles = TilesPanel(self)
        self.ranking = RankingPanel(self)
        self.newest = NewestCasesPanel(class_name, self.zone, self)
        self.trend = TrendPanel(self)
        self.cards = [self.tiles, self.ranking, self.newest, self.trend]
        for card in self.cards:
            card.set_notice(self.tr("Loading…"))
        self.snapshot: wall_feed.WallSnapshot | None = None
        self.online = True
        self.refresh_count = 0
        self._task: ReadTask | None = None
        self._again = False
        self._stopped = False
        self._set_status(True)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._header_clock = QTimer(self)
        self._header_clock.setInterval(10_000)
        self._header_clock.timeout.connect(self.header.update)

    # --- life --------------------------------------------------------------------------

    def start(self) -> None:
        self._stopped = False
        self._timer.start()
        self._header_clock.start()
        self.refresh()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._debounce.stop()
        self._header_clock.stop()
        self.newest.stop()
        cancel(self._task)
        self._task = None

    def busy(self) -> bool:
        return self._task is not None

    # --- reading -----------------------------------------------------------------------

    def changes_arrived(self) -> None:
        """Something changed in the database (the change feed): refresh soon, once."""
        if not self._debounce.isActive():
            self._debounce.start()

    def refresh(self) -> None:
        """Read everything again off the GUI thread (one read at a time; a refresh asked for
        meanwhile runs right after)."""
        if self._stopped:
            return
        if self._task is not None:
            self._again = True
            return
        db, zone, now = self.services.db, self.zone, self.clock()
        known = set(self.newest.thumbnails)

        def read():
            snap = wall_feed.snapshot(db, now=now, zone=zone)
            thumbs = {}
            for case in snap.newest:
                pid = case.get("photo_id")
                if pid and pid not in known:
                    image = make_thumbnail(wall_feed.photo_bytes(db, pid))
                    if image is not None:
                        thumbs[pid] = image
            return snap, thumbs

        self._task = start(ReadTask(self.tr("Reading the video wall's figures"), read,
                                    self._on_read_done, self._on_read_failed))

    def _on_read_done(self, result) -> None:
        self._task = None
        snap, thumbs = result
        self.apply(snap, thumbs)
        self.set_online(True)
        self.refresh_count += 1
        self.refreshed.emit(snap)
        self._next()

    def _on_read_failed(self, exc: Exception) -> None:
        self._task = None
        self.set_online(False)
        self._next()

    def _next(self) -> None:
        if self._again and not self._stopped:
            self._again = False
            self.refresh()

    def apply(self, snap: wall_feed.WallSnapshot, thumbs: dict) -> None:
        self.snapshot = snap
        self.tiles.set_values(snap.counts, snap.on_time_close_rate)
        self.ranking.set_rows(snap.ranking)
        self.newest.set_cases(snap.newest, thumbs)
        self.trend.set_days(snap.trend)
        for card in self.cards:
            card.set_notice(None)
        self.header.update()

    # --- connection ----------------------------------------------------------------------

    def set_online(self, online: bool) -> None:
        """Offline: the figures stay, dimmed, under "Reconnecting…", and a read is retried
        every few seconds; online again: one read at once and the normal rhythm."""
        if online == self.online:
            return
        self.online = online
        self._set_status(online)
        if online:
            for card in self.cards:
                card.set_stale(None)
            self._timer.setInterval(REFRESH_MS)
            self.refresh()
        else:
            as_of = (self.snapshot.as_of.astimezone(self.zone).strftime("%H:%M")
                     if self.snapshot else "—")
            text = self.tr("Reconnecting to the database… (figures of {time})").format(time=as_of)
            for card in self.cards:
                if card.notice:
                    card.set_notice(text)
                else:
                    card.set_stale(text)
            self._timer.setInterval(RETRY_MS)
        if not self._stopped:
            self._timer.start()

    def _set_status(self, online: bool) -> None:
        self.header.online = online
        self.header.status = self.tr("Live") if online else self.tr("Reconnecting…")
        self.header.update()

    def set_activity(self, text: str) -> None:
        self.header.activity = text
        self.header.update()

    # --- layout ------------------------------------------------------------------------

    def type_height(self) -> int:
        """The height the type is scaled for: the wall's screen (its top-level window)."""
        return max(self.window().height(), self.height())

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.layout_cards()

    def layout_cards(self) -> None:
        h = self.type_height()
        for w in (self.header, *self.cards):
            w.type_height = h
        r = self.rect()
        head = QRect(r.left(), r.top(), r.width(), st.px(80, h))
        self.header.setGeometry(head)
        body = QRect(r.left(), head.bottom() + 1, r.width(), r.height() - head.height())
        if body.width() > body.height() * 1.2:  # a screen of its own: two columns
            half = body.width() // 2
            left = QRect(body.left(), body.top(), half, body.height())
            right = QRect(body.left() + half, body.top(), body.width() - half, body.height())
            self._stack(left, [(self.tiles, 0.45), (self.trend, 0.55)])
            self._stack(right, [(self.ranking, 0.45), (self.newest, 0.55)])
        else:  # beside the map: one column
            self._stack(body, [(self.tiles, 0.26), (self.ranking, 0.24), (self.newest, 0.28),
                               (self.trend, 0.22)])

    @staticmethod
    def _stack(rect: QRect, parts) -> None:
        y = rect.top()
        for i, (widget, share) in enumerate(parts):
            h = rect.bottom() - y + 1 if i == len(parts) - 1 else round(rect.height() * share)
            widget.setGeometry(rect.left(), y, rect.width(), h)
            y += h
