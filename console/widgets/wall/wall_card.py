"""A panel of the wall: a dark card with a title, painted (no style sheets to fight), so that
every size follows the wall's height. Subclasses paint their body in ``paint_body``."""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from console.widgets.wall import wall_style as st


class WallCard(QWidget):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        #: the height the type is scaled for (the wall's screen); set by the wall panel
        self.type_height = st.REFERENCE_HEIGHT
        #: shown instead of the body while there is nothing to show (loading, reconnecting)
        self.notice: str | None = None
        #: shown over the (dimmed) body while its figures are old (the database is away)
        self.stale_notice: str | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAttribute(Qt.WA_OpaquePaintEvent)

    def set_type_height(self, height: int) -> None:
        self.type_height = height
        self.update()

    def set_notice(self, text: str | None) -> None:
        self.notice = text
        self.update()

    def set_stale(self, text: str | None) -> None:
        self.stale_notice = text
        self.update()

    def px(self, base: float) -> int:
        return st.px(base, self.type_height)

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.TextAntialiasing)
        p.fillRect(self.rect(), st.BACKGROUND)
        margin = self.px(6)
        card = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        p.setPen(QPen(st.FRAME, max(1, self.px(2))))
        p.setBrush(st.PANEL)
        p.drawRoundedRect(card, self.px(8), self.px(8))
        pad = self.px(14)
        p.setFont(st.font(st.TITLE_PX, self.type_height, bold=True))
        title_h = p.fontMetrics().height()
        p.setPen(st.ACCENT)
        title_rect = QRect(int(card.left()) + pad, int(card.top()) + pad // 2,
                           int(card.width()) - 2 * pad, title_h + pad // 2)
        p.drawText(title_rect, Qt.AlignLeft | Qt.AlignVCenter, self.title)
        body = QRect(int(card.left()) + pad, title_rect.bottom() + pad // 2,
                     int(card.width()) - 2 * pad, int(card.bottom()) - title_rect.bottom() - pad)
        if self.notice:
            p.setFont(st.font(st.BODY_PX, self.type_height))
            p.setPen(st.WARN)
            p.drawText(body, Qt.AlignCenter | Qt.TextWordWrap, self.notice)
        else:
            self.paint_body(p, body)
            if self.stale_notice:
                dim = QColor(st.BACKGROUND)
                dim.setAlpha(170)
                p.fillRect(body, dim)
                p.setFont(st.font(st.TITLE_PX, self.type_height, bold=True))
                p.setPen(st.WARN)
                p.drawText(body, Qt.AlignCenter | Qt.TextWordWrap, self.stale_notice)
        p.end()

    def paint_body(self, p: QPainter, rect: QRect) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
