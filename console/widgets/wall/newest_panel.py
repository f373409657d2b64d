"""The newest cases, scrolling: each with its first photo (a thumbnail made off the GUI
thread from the attachment), code, class, place and time; urgent ones marked red."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from qgis.PyQt.QtCore import QRect, Qt, QTimer
from qgis.PyQt.QtGui import QImage, QPainter, QPen

from console.widgets.wall import wall_style as st
from console.widgets.wall.wall_card import WallCard

SCROLL_MS = 6_000
#: thumbnails are made at this size (pixels, the longer side) and scaled down when drawn
THUMB_PX = 360


def make_thumbnail(data: bytes | None) -> QImage | None:
    """A thumbnail of a photo's bytes; safe off the GUI thread (QImage, not QPixmap)."""
    if not data:
        return None
    image = QImage()
    if not image.loadFromData(data):
        return None
    return image.scaled(THUMB_PX, THUMB_PX, Qt.KeepAspectRatio, Qt.SmoothTransformation)


class NewestCasesPanel(WallCard):
    def __init__(self, class_name: Callable[[str, str], str], zone: ZoneInfo, parent=None):
        super().__init__("", parent)
        self.title = self.tr("Newest cases")
        self.setObjectName("wall_newest")
        self._class_name = class_name
        self._zone = zone
        self.cases: list[dict] = []
        #: photo id → thumbnail; only the photos of the cases shown are kept
        self.thumbnails: dict[str, QImage] = {}
        self.offset = 0
        self.visible_rows = 4
        self._timer = QTimer(self)
        self._timer.setInterval(SCROLL_MS)
        self._timer.timeout.connect(self.scroll)
        self._timer.start()

    def set_cases(self, cases: list[dict], thumbnails: dict[str, QImage]) -> None:
        if [c["id"] for c in cases] != [c["id"] for c in self.cases]:
            self.offset = 0  # something new: it is shown on top at once
        self.cases = list(cases)
        ids = {c.get("photo_id") for c in cases}
        self.thumbnails = {k: v for k, v in {**self.thumbnails, **thumbnails}.items() if k in ids}
        self.update()

    def scroll(self) -> None:
        """One row on (the list cycles when it holds more than the panel shows)."""
        if len(self.cases) > self.visible_rows:
            self.offset = (self.offset + 1) % len(self.cases)
            self.update()

    def shown(self) -> list[dict]:
        if not self.cases:
            return []
        n = min(self.visible_rows, len(self.cases))
        return [self.cases[(self.offset + i) % len(self.cases)] for i in range(n)]

    def stop(self) -> None:
        self._timer.stop()

    def paint_body(self, p: QPainter, rect: QRect) -> None:
        if not self.cases:
            p.setPen(st.MUTED)
            p.setFont(st.font(st.BODY_PX, self.type_height))
            p.drawText(rect, Qt.AlignCenter, self.tr("No case yet."))
            return
        body = st.font(st.BODY_PX, self.type_height)
        bold = st.font(st.BODY_PX, self.type_height, bold=True)
        small = st.font(st.CAPTION_PX, self.type_height)
        p.setFont(body)
        line_h = p.fontMetrics().height()
        self.visible_rows = max(1, rect.height() // max(int(line_h * 3.2), self.px(90)))
        row_h = rect.height() // self.visible_rows  # the rows fill the panel
        gap = self.px(8)
        for i, case in enumerate(self.shown()):
            row = QRect(rect.left(), rect.top() + i * row_h, rect.width(), row_h - gap)
            thumb = QRect(row.left(), row.top(), int(row.height() * 4 / 3), row.height())
            image = self.thumbnails.get(case.get("photo_id") or "")
            if image is not None and not image.isNull():
                scaled = image.scaled(thumb.size(), Qt.KeepAspectRatioByExpanding, Qt.SmoothTransformation)
                sx, sy = (scaled.width() - thumb.width()) // 2, (scaled.height() - thumb.height()) // 2
                p.drawImage(thumb, scaled, QRect(sx, sy, thumb.width(), thumb.height()))
            else:
                p.fillRect(thumb, st.BACKGROUND)
                p.setPen(st.MUTED)
                p.setFont(small)
                p.drawText(thumb, Qt.AlignCenter, self.tr("No photo"))
            if case.get("urgent"):
                p.setPen(QPen(st.ALERT, self.px(4)))
                p.setBrush(Qt.NoBrush)
                p.drawRect(thumb)
            text = QRect(thumb.right() + self.px(14), row.top() + max(0, (row.height() - 3 * line_h) // 2),
                         row.right() - thumb.right() - self.px(14), 3 * line_h)
            at = case["registered_at"].astimezone(self._zone).strftime("%H:%M")
            p.setFont(bold)
            p.setPen(st.ALERT if case.get("urgent") else st.TEXT)
            head = f"{at}  {case['code']}"
            if case.get("urgent"):
                head += "  " + self.tr("URGENT")
            p.drawText(QRect(text.left(), text.top(), text.width(), line_h), Qt.AlignLeft | Qt.AlignVCenter, head)
            p.setFont(body)
            p.setPen(st.TEXT)
            fm = p.fontMetrics()
            name = self._class_name(case.get("kind") or "", case.get("class_code") or "")
            p.drawText(QRect(text.left(), text.top() + line_h, text.width(), line_h), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(name, Qt.ElideRight, text.width()))
            p.setPen(st.MUTED)
            where = case.get("address") or case.get("description") or ""
            p.drawText(QRect(text.left(), text.top() + 2 * line_h, text.width(), line_h),
                       Qt.AlignLeft | Qt.AlignVCenter, fm.elidedText(where, Qt.ElideRight, text.width()))
