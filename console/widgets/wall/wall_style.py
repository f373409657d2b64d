"""Colours and type sizes of the wall: dark, and sized by the screen's height so that the
figures read from the back of the room (about 10 m) on a 4K wall as on a 1080p one."""

from __future__ import annotations

from qgis.PyQt.QtGui import QColor, QFont

BACKGROUND = QColor("#0b1118")
PANEL = QColor("#121c27")
FRAME = QColor("#24384c")
TEXT = QColor("#e6edf3")
MUTED = QColor("#8fa3b5")
ACCENT = QColor("#39c0ff")
GOOD = QColor("#3ccf7a")
WARN = QColor("#ffb347")
ALERT = QColor("#ff4d4f")
#: the reference height the sizes below are given for
REFERENCE_HEIGHT = 1080


def scale(height: int) -> float:
    """Type scale for a screen (or the wall's widget) of ``height`` pixels."""
    return max(height, 480) / REFERENCE_HEIGHT


def px(base: float, height: int) -> int:
    """``base`` pixels at 1080 lines, scaled to ``height``."""
    return max(8, round(base * scale(height)))


def font(base_px: float, height: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px(base_px, height))
    f.setBold(bold)
    return f


#: sizes at 1080 lines: body text 22 px (44 px on a 4K wall), tile figures 64 px
BODY_PX = 22
TITLE_PX = 26
FIGURE_PX = 64
CAPTION_PX = 20
