"""The last 30 days: cases reported and closed per day, painted (two lines and a legend)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QPointF, QRect, Qt
from qgis.PyQt.QtGui import QPainter, QPainterPath, QPen

from console.widgets.wall import wall_style as st
from console.widgets.wall.wall_card import WallCard

SERIES = (("reported", st.ACCENT), ("closed", st.GOOD))


class TrendPanel(WallCard):
    def __init__(self, parent=None):
        super().__init__("", parent)
        self.title = self.tr("Last 30 days")
        self.setObjectName("wall_trend")
        self.days: list[dict] = []

    def set_days(self, days: list[dict]) -> None:
        self.days = list(days)
        self.update()

    def series_names(self) -> dict[str, str]:
        return {"reported": self.tr("Reported"), "closed": self.tr("Closed")}

    def paint_body(self, p: QPainter, rect: QRect) -> None:
        if not self.days:
            return
        small = st.font(st.CAPTION_PX, self.type_height)
        p.setFont(small)
        fm = p.fontMetrics()
        top = max(max(d[k] for d in self.days) for k, _c in SERIES) or 1
        legend_h = fm.height() + self.px(6)
        axis_w = fm.horizontalAdvance(str(top)) + self.px(10)
        plot = QRect(rect.left() + axis_w, rect.top() + legend_h, rect.width() - axis_w,
                     rect.height() - legend_h - fm.height() - self.px(6))
        # legend
        x = plot.left()
        names = self.series_names()
        for key, colour in SERIES:
            p.setPen(QPen(colour, self.px(4)))
            p.drawLine(x, rect.top() + legend_h // 2, x + self.px(30), rect.top() + legend_h // 2)
            p.setPen(st.TEXT)
            label = f"{names[key]} {self.days[-1][key]}"
            p.drawText(x + self.px(36), rect.top(), fm.horizontalAdvance(label) + 4, legend_h,
                       Qt.AlignVCenter, label)
            x += self.px(60) + fm.horizontalAdvance(label)
        # grid and axis
        p.setPen(QPen(st.FRAME, 1))
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(st.MUTED)
            p.drawText(QRect(rect.left(), int(y - fm.height() / 2), axis_w - self.px(6), fm.height()),
                       Qt.AlignRight | Qt.AlignVCenter, str(round(top * frac)))
            p.setPen(QPen(st.FRAME, 1))
        n = len(self.days)
        step = plot.width() / max(n - 1, 1)
        p.setPen(st.MUTED)
        for i in (0, n // 2, n - 1):
            label = self.days[i]["day"].strftime("%m-%d")
            w = fm.horizontalAdvance(label)
            cx = plot.left() + i * step
            p.drawText(QRect(int(min(max(cx - w / 2, plot.left()), plot.right() - w)), plot.bottom() + self.px(4),
                             w + 2, fm.height()), Qt.AlignCenter, label)
        for key, colour in SERIES:
            path = QPainterPath()
            for i, d in enumerate(self.days):
                pt = QPointF(plot.left() + i * step, plot.bottom() - d[key] / top * plot.height())
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            p.setPen(QPen(colour, self.px(3)))
            p.setBrush(Qt.NoBrush)
            p.drawPath(path)
