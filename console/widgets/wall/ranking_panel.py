"""The departments ranked by 按期结案率 (last 30 days, from the KPI service), as bars."""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QPainter

from console.widgets.wall import wall_style as st
from console.widgets.wall.wall_card import WallCard

MAX_ROWS = 6


class RankingPanel(WallCard):
    def __init__(self, parent=None):
        super().__init__("", parent)
        self.title = self.tr("Departments: on-time closure, 30 days")
        self.setObjectName("wall_ranking")
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = list(rows)[:MAX_ROWS]
        self.update()

    def names(self) -> list[str]:
        return [r["name"] for r in self.rows]

    def paint_body(self, p: QPainter, rect: QRect) -> None:
        if not self.rows:
            p.setPen(st.MUTED)
            p.setFont(st.font(st.BODY_PX, self.type_height))
            p.drawText(rect, Qt.AlignCenter, self.tr("No department had a case due."))
            return
        n = max(len(self.rows), 4)
        row_h = rect.height() // n
        body = st.font(min(st.BODY_PX, row_h / self.type_height * st.REFERENCE_HEIGHT * 0.6),
                       self.type_height)
        p.setFont(body)
        fm = p.fontMetrics()
        rank_w = fm.horizontalAdvance("10") + self.px(12)
        name_w = min(int(rect.width() * 0.42), max(fm.horizontalAdvance(r["name"]) for r in self.rows)
                     + self.px(12))
        value_w = fm.horizontalAdvance("100.0%") + self.px(8)
        bar_w = rect.width() - rank_w - name_w - value_w
        for i, row in enumerate(self.rows):
            y = rect.top() + i * row_h
            line = QRect(rect.left(), y, rect.width(), row_h)
            p.setPen(st.MUTED)
            p.drawText(QRect(line.left(), y, rank_w, row_h), Qt.AlignLeft | Qt.AlignVCenter, str(i + 1))
            p.setPen(st.TEXT)
            name = fm.elidedText(row["name"], Qt.ElideRight, name_w - self.px(8))
            p.drawText(QRect(line.left() + rank_w, y, name_w, row_h), Qt.AlignLeft | Qt.AlignVCenter, name)
            rate = row.get("rate")
            bar = QRect(line.left() + rank_w + name_w, y + row_h // 4, bar_w, row_h // 2)
            p.setPen(Qt.NoPen)
            p.setBrush(st.BACKGROUND)
            p.drawRect(bar)
            if rate is not None:
                fill = QRect(bar.left(), bar.top(), round(bar.width() * rate / 100.0), bar.height())
                p.setBrush(st.GOOD if rate >= 90 else st.WARN if rate >= 60 else st.ALERT)
                p.drawRect(fill)
            p.setPen(st.TEXT)
            p.drawText(QRect(bar.right() + self.px(8), y, value_w, row_h), Qt.AlignRight | Qt.AlignVCenter,
                       "—" if rate is None else f"{rate:.1f}%")
