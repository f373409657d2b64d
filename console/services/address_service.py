"""Addresses from points and points from addresses (no Qt here).

A point becomes "district street · road No. n" (``address_at``): the nearest named road, and
the door number of the nearest building along that road. The demo's buildings carry no names
or numbers, so numbers are derived from the geometry the way Chinese door plates are laid
out: counted along the road from its first vertex, one number every ``NUMBER_STEP_M`` metres,
odd on the left side of the road, even on the right. ``locate_address("凤凰路128号")`` walks
the same rule backwards, so an address the console wrote can be found again.

The address text is data in the city's language (road and area names are Chinese in the
database), not UI text: it is stored on the case as the acceptor confirms it.

Threading: the caches are built under a lock on first use (``warm()`` may be called from a
worker thread ahead of time); every call opens its own read session.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import numpy as np
import shapely
from geoalchemy2.shape import to_shape
from shapely.geometry import LineString, Point
from shapely.ops import linemerge
from sqlalchemy import select

from console.services.locator import GridLocator
from console.services.panel_queries import area_names
from console.store.engine import Database
from console.store.models import Building, District, Road

NUMBER_STEP_M = 10.0  # one door number per 10 m of road frontage
BUILDING_REACH_M = 60.0  # a building further than this from the point does not name it
ROAD_REACH_M = 400.0  # no named road within this: the address names the area only

_ADDRESS_RE = re.compile(r"^\s*(?P<road>\S+?(?:路|街|巷|道|大道|胡同|弄))\s*(?P<n>\d{1,5})\s*号?\s*$")


@dataclass(frozen=True)
class _Road:
    name: str
    line: LineString  # merged parts of the road, the longest if they do not join


class AddressService:
    def __init__(self, db: Database, locator: GridLocator):
        self.db = db
        self.locator = locator
        self._lock = threading.Lock()
        self._roads: list[_Road] | None = None
        self._road_tree: shapely.STRtree | None = None
        self._buildings: np.ndarray | None = None
        self._building_tree: shapely.STRtree | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._roads = None
            self._road_tree = None
            self._buildings = None
            self._building_tree = None

    def warm(self) -> None:
        """Build the caches now (call it from a worker thread to spare the first pick)."""
        self._load()

    def _load(self) -> None:
        with self._lock:
            if self._roads is not None:
                return
            with self.db.read() as s:
                road_rows = s.execute(select(Road.name, Road.geom).where(Road.name != "")).all()
                building_rows = s.scalars(select(Building.geom)).all()
            parts: dict[str, list] = {}
            for name, geom in road_rows:
                parts.setdefault(name, []).append(to_shape(geom))
            roads = []
            for name, lines in parts.items():
                merged = linemerge(lines) if len(lines) > 1 else lines[0]
                if merged.geom_type == "MultiLineString":
                    merged = max(merged.geoms, key=lambda g: g.length)
                roads.append(_Road(name, merged))
            self._roads = roads
            self._road_tree = shapely.STRtree([r.line for r in roads]) if roads else None
            buildings = np.array([to_shape(g) for g in building_rows], dtype=object)
            self._buildings = buildings
            self._building_tree = shapely.STRtree(buildings) if len(buildings) else None

    # --- point → address ---------------------------------------------------------------

    def nearest_road(self, x: float, y: float) -> tuple[_Road, float] | None:
        self._load()
        if self._road_tree is None:
            return None
        point = Point(x, y)
        i = self._road_tree.nearest(point)
        if i is None:
            return None
        road = self._roads[int(i)]
        return road, road.line.distance(point)

    def nearest_building(self, x: float, y: float):
        self._load()
        if self._building_tree is None:
            return None
        point = Point(x, y)
        i = self._building_tree.nearest(point)
        if i is None:
            return None
        building = self._buildings[int(i)]
        return building, building.distance(point)

    @staticmethod
    def door_number(line: LineString, point: Point) -> int:
        """The door number of ``point`` beside ``line``: odd on the left, even on the right."""
        along = line.project(point)
        k = int(along // NUMBER_STEP_M)
        # which side: the cross product of the road's direction and the offset to the point
        a = line.interpolate(max(along - 1.0, 0.0))
        b = line.interpolate(min(along + 1.0, line.length))
        cross = (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)
        return 2 * k + 1 if cross >= 0 else 2 * k + 2

    def address_at(self, x: float, y: float) -> dict:
        """The address of a point: area names, nearest named road, door number.

        Returns ``{"address", "district", "street", "community", "road", "number",
        "road_distance_m"}``; names that cannot be found are None (and left out of the text).
        """
        hit = self.locator.locate(x, y)
        names = area_names(self.db, hit.code[:12]) if hit is not None else {}
        out = {"district": names.get("district"), "street": names.get("street"),
               "community": names.get("community"), "road": None, "number": None,
               "road_distance_m": None}
        near = self.nearest_road(x, y)
        if near is not None and near[1] <= ROAD_REACH_M:
            road, distance = near
            out["road"] = road.name
            out["road_distance_m"] = round(distance, 1)
            building = self.nearest_building(x, y)
            if building is not None and building[1] <= BUILDING_REACH_M:
                anchor = building[0].centroid
            else:
                anchor = Point(x, y)
            out["number"] = self.door_number(road.line, anchor)
        out["address"] = format_address(out)
        return out

    # --- address → point ---------------------------------------------------------------

    def locate_address(self, text: str) -> dict | None:
        """A point for "road + door number" text (``凤凰路128号``); None if not an address
        of a known road. Returns ``{"road", "number", "x", "y", "label"}``."""
        m = _ADDRESS_RE.match(text or "")
        if m is None:
            return None
        self._load()
        road = next((r for r in self._roads if r.name == m.group("road")), None)
        if road is None:
            return None
        number = int(m.group("n"))
        if number < 1:
            return None
        k = (number - 1) // 2
        along = min((k + 0.5) * NUMBER_STEP_M, road.line.length)
        on_road = road.line.interpolate(along)
        a = road.line.interpolate(max(along - 1.0, 0.0))
        b = road.line.interpolate(min(along + 1.0, road.line.length))
        dx, dy = b.x - a.x, b.y - a.y
        norm = (dx * dx + dy * dy) ** 0.5 or 1.0
        side = 1.0 if number % 2 == 1 else -1.0  # odd: left of the direction of travel
        offset = 15.0
        x = on_road.x - side * dy / norm * offset
        y = on_road.y + side * dx / norm * offset
        return {"road": road.name, "number": number, "x": x, "y": y,
                "label": f"{road.name}{number}号"}


def district_names(db: Database) -> dict[str, str]:
    """code → name of every district."""
    with db.read() as s:
        return dict(s.execute(select(District.code, District.name)).all())


def format_address(parts: dict) -> str:
    """``海陵区城东街道济墩社区 凤凰路128号`` from the parts ``address_at`` found."""
    area = "".join(p for p in (parts.get("district"), parts.get("street"), parts.get("community")) if p)
    road = parts.get("road") or ""
    if road and parts.get("number"):
        road = f"{road}{parts['number']}号"
    return " ".join(p for p in (area, road) if p)
