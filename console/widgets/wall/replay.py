"""A replay of the day's cases on the map with QGIS's temporal controller.

The case layer's temporal properties are switched on for the replay only: each case shows
from its ``registered_at`` on (an expression, not the field: SpatiaLite keeps the time as
text, and the provider would compare it as a string). A ``QgsTemporalNavigationObject`` on
the canvas steps from the day's local midnight to now in ``step_minutes`` frames; closed
cases are shown during the replay (they happened today too) and hidden again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from qgis.core import (
    QgsDateTimeRange,
    QgsInterval,
    QgsTemporalNavigationObject,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QObject, Qt, QTime, QTimer, pyqtSignal

from console.services.wall_feed import day_bounds

STEP_MINUTES = 15
FRAME_MS = 400
START_EXPRESSION = 'to_datetime("registered_at")'
END_EXPRESSION = "make_datetime(2999,1,1,0,0,0)"


def qdatetime(t: datetime) -> QDateTime:
    """The database's naive UTC clock as a QDateTime with the same fields (what the layer's
    values are compared with)."""
    t = t.astimezone(UTC)
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt.UTC)


class WallReplay(QObject):
    #: the local time the map shows (text), at each frame
    frameShown = pyqtSignal(str)  # noqa: N815
    #: the replay reached now, or was stopped
    finished = pyqtSignal()

    def __init__(self, city_map, zone: ZoneInfo, clock: Callable[[], datetime] | None = None,
                 step_minutes: int = STEP_MINUTES, frame_ms: int = FRAME_MS, parent=None):
        super().__init__(parent)
        self.city_map = city_map
        self.zone = zone
        self.clock = clock or (lambda: datetime.now(UTC))
        self.step_minutes = step_minutes
        self.navigation = QgsTemporalNavigationObject(self)
        self.navigation.setFrameDuration(QgsInterval(step_minutes * 60))
        self.navigation.setLooping(False)
        self.city_map.canvas.setTemporalController(self.navigation)
        self._timer = QTimer(self)
        self._timer.setInterval(frame_ms)
        self._timer.timeout.connect(self.advance)
        self._start: datetime | None = None
        self._closed_before = False
        self.active = False

    def start(self) -> None:
        layer = self.city_map.layer("case")
        if layer is None or self.active:
            return
        props = layer.temporalProperties()
        props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromExpressions)
        props.setStartExpression(START_EXPRESSION)
        props.setEndExpression(END_EXPRESSION)
        props.setIsActive(True)
        self._closed_before = self.city_map.show_closed
        self.city_map.set_show_closed(True)
        now = self.clock()
        self._start, _end = day_bounds(now, self.zone)
        self.navigation.setTemporalExtents(QgsDateTimeRange(qdatetime(self._start), qdatetime(now)))
        self.navigation.setCurrentFrameNumber(0)
        self.active = True
        self._emit_frame()
        self._timer.start()

    def frames(self) -> int:
        return self.navigation.totalFrameCount()

    def advance(self) -> None:
        """The next frame; past the last one (now), the replay ends."""
        if not self.active:
            return
        frame = self.navigation.currentFrameNumber()
        if frame >= self.frames() - 1:
            self.stop()
            return
        self.navigation.setCurrentFrameNumber(frame + 1)
        self._emit_frame()

    def shown_until(self) -> datetime | None:
        """The end of the frame on the map (UTC)."""
        if not self.active:
            return None
        end = self.navigation.dateTimeRangeForFrameNumber(self.navigation.currentFrameNumber()).end()
        return datetime(end.date().year(), end.date().month(), end.date().day(),
                        end.time().hour(), end.time().minute(), end.time().second(), tzinfo=UTC)

    def _emit_frame(self) -> None:
        until = self.shown_until()
        if until is not None:
            self.frameShown.emit(until.astimezone(self.zone).strftime("%H:%M"))

    def stop(self) -> None:
        self._timer.stop()
        if not self.active:
            return
        self.active = False
        layer = self.city_map.layer("case")
        if layer is not None:
            layer.temporalProperties().setIsActive(False)
        self.city_map.set_show_closed(self._closed_before)
        self.city_map.canvas.refresh()
        self.finished.emit()
