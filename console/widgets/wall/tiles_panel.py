"""Today's counts as tiles: reported, filed, dispatched, closed, overdue, and the month's
按期结案率."""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QPainter

from console.widgets.wall import wall_style as st
from console.widgets.wall.wall_card import WallCard

COUNT_KEYS = ("reported", "filed", "dispatched", "closed", "overdue")


class TilesPanel(WallCard):
    def __init__(self, parent=None):
        super().__init__("", parent)
        self.title = self.tr("Today")
        self.setObjectName("wall_tiles")
        self.counts: dict[str, int] | None = None
        self.rate: float | None = None

    def captions(self) -> dict[str, str]:
        return {"reported": self.tr("Reported"), "filed": self.tr("Filed"),
                "dispatched": self.tr("Dispatched"), "closed": self.tr("Closed"),
                "overdue": self.tr("Overdue"), "rate": self.tr("On-time closure (month)")}

    def set_values(self, counts: dict[str, int], rate: float | None) -> None:
        self.counts = dict(counts)
        self.rate = rate
        self.update()

    def texts(self) -> dict[str, str]:
        """What each tile shows (the figure as text), for the tests and the screen alike."""
        if self.counts is None:
            return {}
        out = {k: str(self.counts.get(k, 0)) for k in COUNT_KEYS}
        out["rate"] = "—" if self.rate is None else f"{self.rate:.1f}%"
        return out

    def paint_body(self, p: QPainter, rect: QRect) -> None:
        texts = self.texts()
        if not texts:
            return
        captions = self.captions()
        keys = (*COUNT_KEYS, "rate")
        cols, rows = 3, 2
        gap = self.px(10)
        w = (rect.width() - gap * (cols - 1)) // cols
        h = (rect.height() - gap * (rows - 1)) // rows
        figure = st.font(st.FIGURE_PX, self.type_height, bold=True)
        caption = st.font(st.CAPTION_PX, self.type_height)
        # a narrow panel: the figures shrink to fit their tiles rather than overflow
        p.setFont(figure)
        widest = max(p.fontMetrics().horizontalAdvance(t) for t in texts.values())
        if widest > w * 0.9:
            figure.setPixelSize(max(8, int(figure.pixelSize() * w * 0.9 / widest)))
        p.setFont(caption)
        room = h - p.fontMetrics().height() - self.px(8)  # above the caption
        if figure.pixelSize() > room * 0.8:
            figure.setPixelSize(max(8, int(room * 0.8)))
        widest = max(p.fontMetrics().horizontalAdvance(t) for t in captions.values())
        if widest > w * 0.95:
            caption.setPixelSize(max(8, int(caption.pixelSize() * w * 0.95 / widest)))
        for i, key in enumerate(keys):
            r, c = divmod(i, cols)
            tile = QRect(rect.left() + c * (w + gap), rect.top() + r * (h + gap), w, h)
            p.setPen(Qt.NoPen)
            p.setBrush(st.BACKGROUND)
            p.drawRoundedRect(tile, self.px(6), self.px(6))
            colour = st.TEXT
            if key == "overdue" and self.counts.get("overdue"):
                colour = st.ALERT
            elif key == "rate":
                colour = st.GOOD if (self.rate or 0) >= 90 else st.WARN
            p.setFont(caption)
            cap_h = p.fontMetrics().height()
            p.setPen(st.MUTED)
            p.drawText(tile.adjusted(0, 0, 0, -self.px(6)), Qt.AlignHCenter | Qt.AlignBottom,
                       captions[key])
            p.setFont(figure)
            p.setPen(colour)
            p.drawText(tile.adjusted(0, 0, 0, -cap_h - self.px(4)), Qt.AlignCenter, texts[key])
