"""Small helpers for scenario tests: actors of the demo city and a spot inside a district."""

from __future__ import annotations

from sqlalchemy import select

from console.store.models import GridCell

HL = "321202"  # 海陵区: its staff are acceptor, shift_leader, dispatcher, commander


def spot(sv, district: str = HL, index: int = 0):
    """A point well inside a grid cell of the district, with the cell's inspector."""
    from geoalchemy2.shape import to_shape

    with sv.db.read() as s:
        cells = s.execute(select(GridCell.code, GridCell.inspector, GridCell.geom)
                          .where(GridCell.code.startswith(district)).order_by(GridCell.code)).all()
    code, inspector, geom = cells[index]
    p = to_shape(geom).representative_point()
    return p.x, p.y, code, inspector


def actor(sv, name):
    return sv.auth.actor(name)


def replay(history):
    """The state an audit trail leads to, checking each step starts where the last ended."""
    state = None
    for h in history:
        assert h["from"] == state, f"gap in the audit trail at {h}"
        state = h["to"]
    return state


def image_bytes(fmt: str = "JPEG", size=(32, 24), color=(200, 60, 40)) -> bytes:
    """A small real image (photos are decoded, not trusted by name)."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, fmt)
    return buf.getvalue()
