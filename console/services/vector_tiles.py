"""Mapbox Vector Tiles of the console's layers for the phone's map (issue 9).

One path for both back-ends, so the same tile has the same features on each: the rows in
the tile's box come from the spatial index (PostGIS ``&&``, SpatiaLite's R*Tree table), the
geometries are projected to Web Mercator with pyproj, clipped to the tile plus a small
buffer and simplified to a pixel of the tile's zoom with shapely, each feature gets the
``_rule`` of ``map_style`` evaluated at the middle of the tile's zoom interval (z + 0.5),
features no rule draws are left out, and ``mapbox_vector_tile`` encodes the result.
A layer below its zoom range (components under z16) gives an empty tile without a query.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import shapely
from geoalchemy2.shape import to_shape
from pyproj import Transformer
from sqlalchemy import select, text

from console.domain.deadlines import DeadlinePolicy
from console.domain.errors import InvalidInput, NotFound
from console.domain.workflow import OPEN_STATES
from console.services.case_query import light
from console.services.geo import PROJECTED
from console.services.map_style import MAP_LAYERS, MAX_ZOOM, styles
from console.store.engine import Database
from console.store.models import (
    SRID,
    CaseFile,
    Community,
    Component,
    District,
    GridCell,
    Road,
    Street,
)

EXTENT = 4096
BUFFER = 64  # tile units around the tile kept, so lines and outlines join across tiles
HALF = 20037508.342789244
_TO_MERCATOR = Transformer.from_crs(PROJECTED, "EPSG:3857", always_xy=True)
_FROM_MERCATOR = Transformer.from_crs("EPSG:3857", PROJECTED, always_xy=True)

#: layer → (model, attribute columns as (tile attribute, column))
_SOURCES = {
    "district": (District, (("code", District.code), ("name", District.name))),
    "street": (Street, (("code", Street.code), ("name", Street.name))),
    "community": (Community, (("code", Community.code), ("name", Community.name))),
    "grid_cell": (GridCell, (("grid_code", GridCell.code),)),
    "road": (Road, (("name", Road.name), ("kind", Road.kind))),
    "component": (Component, (("code", Component.code), ("class_code", Component.class_code),
                              ("state", Component.state))),
}
#: how long a phone may keep a tile (seconds): cases change all day, the grid seldom
MAX_AGE = {"case": 30, "component": 600}
DEFAULT_MAX_AGE = 3600


def tile_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """Web Mercator bounds (minx, miny, maxx, maxy) of an XYZ tile."""
    size = 2 * HALF / 2 ** z
    minx = -HALF + x * size
    maxy = HALF - y * size
    return minx, maxy - size, minx + size, maxy


def check_tile(layer: str, z: int, x: int, y: int) -> None:
    if layer not in MAP_LAYERS:
        raise NotFound(f"no map layer {layer!r}", code="unknown_map_layer", layer=layer,
                       layers=sorted(MAP_LAYERS))
    if not (0 <= z <= MAX_ZOOM and 0 <= x < 2 ** z and 0 <= y < 2 ** z):
        raise InvalidInput(f"no tile {z}/{x}/{y}", code="invalid_tile", z=z, x=x, y=y)


class VectorTiles:
    def __init__(self, db: Database, policy: DeadlinePolicy):
        self.db = db
        self.policy = policy

    def features(self, layer: str, z: int, x: int, y: int,
                 now: datetime | None = None) -> list[dict]:
        """The tile's features: {"geometry" (shapely, Web Mercator, clipped), "properties"
        (with "_rule")} — what ``tile`` encodes, and what the tests compare."""
        check_tile(layer, z, x, y)
        style = styles()[layer]
        zoom = z + 0.5
        if not (style.minzoom <= zoom < style.maxzoom):
            return []
        bounds = tile_bounds(z, x, y)
        pad = (bounds[2] - bounds[0]) * BUFFER / EXTENT
        box = (bounds[0] - pad, bounds[1] - pad, bounds[2] + pad, bounds[3] + pad)
        rows = self._rows(layer, _FROM_MERCATOR.transform_bounds(*box, densify_pts=8), now)
        tolerance = (bounds[2] - bounds[0]) / EXTENT  # one tile unit
        clip = shapely.box(*box)
        out = []
        for attrs, geom in rows:
            rule = style.rule_for(attrs, zoom)
            if rule is None:
                continue
            merc = shapely.transform(geom, _mercator, interleaved=False)
            if merc.geom_type not in ("Point", "MultiPoint"):
                merc = shapely.clip_by_rect(merc, *box)
                merc = merc.simplify(tolerance, preserve_topology=True)
            elif not clip.covers(merc):
                continue
            if merc.is_empty:
                continue
            out.append({"geometry": merc, "properties": {**attrs, "_rule": rule}})
        out.sort(key=lambda f: (f["properties"].get("code") or f["properties"].get("grid_code")
                                or f["properties"].get("name") or "", f["geometry"].wkb))
        return out

    def tile(self, layer: str, z: int, x: int, y: int, now: datetime | None = None) -> bytes:
        """The MVT bytes of a tile; b"" when no feature is drawn there."""
        import mapbox_vector_tile

        feats = self.features(layer, z, x, y, now)
        if not feats:
            return b""
        return mapbox_vector_tile.encode(
            [{"name": layer, "features": [{"geometry": f["geometry"].wkb,
                                           "properties": _mvt_props(f["properties"])}
                                          for f in feats]}],
            default_options={"quantize_bounds": tile_bounds(z, x, y), "extents": EXTENT,
                             "y_coord_down": False})

    # --- rows ------------------------------------------------------------------------

    def _rows(self, layer: str, box, now):
        with self.db.read() as s:
            if layer == "case":
                now = now or datetime.now(UTC)
                stmt = select(CaseFile).where(
                    CaseFile.state.in_([st.value for st in OPEN_STATES]),
                    CaseFile.x.between(box[0], box[2]), CaseFile.y.between(box[1], box[3]))
                return [({"code": r.code, "state": r.state, "light": light(r, now, self.policy),
                          "class_code": r.class_code, "kind": r.kind, "urgent": bool(r.urgent)},
                         shapely.Point(r.x, r.y)) for r in s.scalars(stmt)]
            model, columns = _SOURCES[layer]
            stmt = select(*(c for _n, c in columns), model.geom).where(_in_box(s, model, box))
            return [({name: row[i] for i, (name, _c) in enumerate(columns)},
                     to_shape(row[-1])) for row in s.execute(stmt)]


def _in_box(session, model, box):
    """The spatial index's look-up of the rows whose box meets ``box``."""
    table = model.__tablename__
    if session.bind.dialect.name == "postgresql":
        return text(f"{table}.geom && ST_MakeEnvelope(:x0, :y0, :x1, :y1, {SRID})").bindparams(
            x0=box[0], y0=box[1], x1=box[2], y1=box[3])
    return text(f"{table}.ROWID IN (SELECT pkid FROM idx_{table}_geom WHERE xmin <= :x1 "
                f"AND xmax >= :x0 AND ymin <= :y1 AND ymax >= :y0)").bindparams(
        x0=box[0], y0=box[1], x1=box[2], y1=box[3])


def _mercator(xs, ys):
    return _TO_MERCATOR.transform(xs, ys)


def _mvt_props(props: dict) -> dict:
    """MVT values: no nulls (left out), booleans kept, floats that are whole as ints."""
    out = {}
    for k, v in props.items():
        if v is None:
            continue
        if isinstance(v, float) and math.isfinite(v) and v.is_integer():
            v = int(v)
        out[k] = v
    return out


def max_age(layer: str) -> int:
    return MAX_AGE.get(layer, DEFAULT_MAX_AGE)
