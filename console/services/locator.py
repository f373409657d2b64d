"""Point → grid cell, in process.

SpatiaLite only uses its R*Tree through a SpatialIndex sub-query, and a round trip per
look-up is too slow for bulk imports anyway, so the cells are held in a shapely STRtree.
The cache is rebuilt when the change feed reports a grid edit (``invalidate``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import shapely
from geoalchemy2.shape import to_shape
from sqlalchemy import select

from console.domain.errors import InvalidInput
from console.services.geo import lonlat_to_xy, number
from console.store.engine import Database
from console.store.models import GridCell


@dataclass(frozen=True)
class CellHit:
    code: str
    inspector: str | None


class GridLocator:
    def __init__(self, db: Database):
        self._db = db
        self._lock = threading.Lock()
        self._tree: shapely.STRtree | None = None
        self._codes: list[str] = []
        self._inspectors: list[str | None] = []
        self._geoms: np.ndarray | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._tree = None

    def _load(self) -> shapely.STRtree:
        with self._lock:
            if self._tree is None:
                with self._db.read() as s:
                    rows = s.execute(select(GridCell.code, GridCell.inspector, GridCell.geom)).all()
                self._codes = [r.code for r in rows]
                self._inspectors = [r.inspector for r in rows]
                self._geoms = np.array([to_shape(r.geom) for r in rows], dtype=object)
                shapely.prepare(self._geoms)
                self._tree = shapely.STRtree(self._geoms)
            return self._tree

    @property
    def cell_count(self) -> int:
        self._load()
        return len(self._codes)

    def locate(self, x: float, y: float) -> CellHit | None:
        tree = self._load()
        hits = tree.query(shapely.Point(x, y), predicate="intersects")
        if len(hits) == 0:
            return None
        i = int(min(hits))  # a point on a shared edge: the lowest index wins, deterministically
        return CellHit(self._codes[i], self._inspectors[i])

    def resolve(self, x=None, y=None, lon=None, lat=None) -> tuple[float, float, CellHit]:
        """A location as users give it (metres or lon/lat, maybe text), checked and located."""
        if lon is not None or lat is not None:
            if x is not None or y is not None:
                raise InvalidInput("give either --lon/--lat or --x/--y, not both", code="location_twice")
            if lon is None or lat is None:
                raise InvalidInput("give both --lon and --lat", code="location_incomplete")
            x, y = lonlat_to_xy(lon, lat)
        elif x is None or y is None:
            raise InvalidInput("a location is required: --lon/--lat or --x/--y", code="missing_input",
                               action="locate", missing=["location"])
        x, y = number(x, "x"), number(y, "y")
        hit = self.locate(x, y)
        if hit is None:
            raise InvalidInput(f"({x:.1f}, {y:.1f}) is outside the city's grid", code="outside_grid",
                               x=x, y=y)
        return x, y, hit

    def locate_many(self, xs, ys) -> list[CellHit | None]:
        """Vectorised look-up for bulk imports."""
        tree = self._load()
        points = shapely.points(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        pairs = tree.query(points, predicate="intersects")
        out: list[CellHit | None] = [None] * len(points)
        for p, g in zip(pairs[0][::-1], pairs[1][::-1], strict=True):
            out[p] = CellHit(self._codes[g], self._inspectors[g])
        return out
