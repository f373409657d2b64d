"""Finding places by name: districts, streets, communities, roads, water, door addresses.

``PlaceIndex.load()`` reads every named place once (one read session, a few thousand rows at
city scale) and keeps names, pinyin and geometry in memory; ``search(text)`` then answers each
keystroke without touching the database. Matches are by Chinese name (any part), by pinyin
initials (``hlq`` → 海陵区) or by full pinyin (``hailing``); "road + number" text
(``凤凰路128号``) is resolved by ``AddressService.locate_address``.

Threading: ``load()`` may run on a worker thread (it opens its own session); ``search`` and
``geometry_wkt`` read the loaded, immutable lists and are safe from any thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from geoalchemy2.shape import to_shape
from pypinyin import Style, lazy_pinyin
from shapely.geometry import Point
from shapely.ops import linemerge, unary_union
from sqlalchemy import select

from console.services.address_service import AddressService
from console.store.engine import Database
from console.store.models import Community, District, Road, Street, Water

#: kinds in the order they rank among equally good matches
KINDS = ("district", "street", "community", "road", "water", "address")
DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Place:
    kind: str
    name: str
    key: str  # the code of an area, the name of a road or water
    parent: str  # where it is: the street and district of a community, ...
    initials: str
    pinyin: str
    geom: object  # shapely, EPSG:4549

    def as_dict(self) -> dict:
        minx, miny, maxx, maxy = self.geom.bounds
        centre = self.geom.representative_point() if self.geom.geom_type.endswith("Polygon") \
            else _middle(self.geom)
        return {"kind": self.kind, "name": self.name, "key": self.key, "parent": self.parent,
                "x": centre.x, "y": centre.y, "bounds": (minx, miny, maxx, maxy)}


def _middle(geom) -> Point:
    if geom.geom_type == "MultiLineString":
        geom = max(geom.geoms, key=lambda g: g.length)
    if geom.geom_type == "LineString":
        return geom.interpolate(0.5, normalized=True)
    return geom.representative_point()


def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of a name, lower case, without separators: ('hlq', 'hailingqu')."""
    initials = "".join(p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER) if p)
    full = "".join(lazy_pinyin(name))
    return initials.lower(), full.lower()


class PlaceIndex:
    def __init__(self, db: Database, addresses: AddressService | None = None):
        self.db = db
        self.addresses = addresses
        self._places: list[Place] = []
        self._by_key: dict[tuple[str, str], Place] = {}
        self.loaded = False

    def load(self) -> int:
        """Read the named places (worker thread allowed); returns how many."""
        places: list[Place] = []
        with self.db.read() as s:
            districts = {c: (n, to_shape(g)) for c, n, g in
                         s.execute(select(District.code, District.name, District.geom))}
            streets = {c: (n, d, to_shape(g)) for c, n, d, g in
                       s.execute(select(Street.code, Street.name, Street.district_code, Street.geom))}
            communities = s.execute(select(Community.code, Community.name, Community.street_code,
                                           Community.geom)).all()
            roads = s.execute(select(Road.name, Road.geom).where(Road.name != "")).all()
            waters = s.execute(select(Water.name, Water.geom).where(Water.name != "")).all()

        def add(kind, name, key, parent, geom):
            initials, full = pinyin_keys(name)
            places.append(Place(kind, name, key, parent, initials, full, geom))

        for code, (name, geom) in districts.items():
            add("district", name, code, "", geom)
        for code, (name, district, geom) in streets.items():
            add("street", name, code, districts.get(district, ("",))[0], geom)
        for code, name, street, geom in communities:
            s_name, district, _g = streets.get(street, ("", "", None))
            d_name = districts.get(district, ("",))[0]
            add("community", name, code, f"{d_name}{s_name}", to_shape(geom))
        by_road: dict[str, list] = {}
        for name, geom in roads:
            by_road.setdefault(name, []).append(to_shape(geom))
        district_shapes = [(n, g) for n, g in districts.values()]
        for name, lines in sorted(by_road.items()):
            geom = linemerge(lines) if len(lines) > 1 else lines[0]
            crossed = [n for n, g in district_shapes if g.intersects(geom)]
            add("road", name, name, "、".join(crossed), geom)
        by_water: dict[str, list] = {}
        for name, geom in waters:
            by_water.setdefault(name, []).append(to_shape(geom))
        for name, shapes in sorted(by_water.items()):
            add("water", name, name, "", unary_union(shapes))
        self._places = places
        self._by_key = {(p.kind, p.key): p for p in places}
        self.loaded = True
        return len(places)

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[dict]:
        """Places matching ``text``, best first (at most ``limit``)."""
        text = (text or "").strip()
        if not text:
            return []
        out: list[dict] = []
        if self.addresses is not None:
            found = self.addresses.locate_address(text)
            if found is not None:
                out.append({"kind": "address", "name": found["label"], "key": found["label"],
                            "parent": found["road"], "x": found["x"], "y": found["y"],
                            "bounds": (found["x"], found["y"], found["x"], found["y"])})
        query = text.lower().replace(" ", "")
        is_latin = query.isascii() and query.isalpha()
        scored = []
        for p in self._places:
            score = _score(p, text, query, is_latin)
            if score is not None:
                scored.append((score, KINDS.index(p.kind), len(p.name), p.name, p))
        scored.sort(key=lambda t: t[:4])
        out += [t[-1].as_dict() for t in scored[:max(0, limit - len(out))]]
        return out

    def place(self, kind: str, key: str) -> Place | None:
        return self._by_key.get((kind, key))

    def geometry_wkt(self, kind: str, key: str) -> str | None:
        """The place's geometry as WKT (EPSG:4549), for the map to highlight."""
        p = self.place(kind, key)
        return p.geom.wkt if p is not None else None


def _score(p: Place, text: str, query: str, is_latin: bool) -> int | None:
    """Lower is better; None: no match."""
    if p.name == text:
        return 0
    if p.name.startswith(text):
        return 1
    if text in p.name:
        return 2
    if is_latin:
        if p.initials == query:
            return 3
        if p.initials.startswith(query):
            return 4
        if p.pinyin.startswith(query):
            return 5
        if len(query) >= 2 and query in p.initials:
            return 6
    return None
