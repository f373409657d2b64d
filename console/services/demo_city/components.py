"""Components (部件) of the demo city: every catalog class, realistic frequencies, placed in cells.

Counts per class come from a table of expected components per cell (manhole covers, street
lamps, street trees and litter bins are common; 古树名木, 人防工事 and 重大危险源 rare), and
every catalog class gets at least one. Placement follows the class: lamps, covers, trees and
signs stand a few metres inside a cell edge that lies on a road; signals at main-road
intersections; bridges where a road crosses the river; water-side facilities on the banks;
the rest anywhere in the cell but out of the water. Every point lies strictly inside its cell.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.strtree import STRtree

from console.domain.codes import ComponentId

# --------------------------------------------------------------------------- departments

OWNER_KEYS: dict[str, str] = {
    "water": "自来水公司",
    "drainage": "排水管理处",
    "power": "供电公司",
    "lighting": "路灯管理所",
    "telecom": "通信运营商",
    "heat": "热力公司",
    "gas": "燃气公司",
    "police": "公安局",
    "fire": "消防救援支队",
    "traffic": "公安交警支队",
    "transit": "公交公司",
    "sanitation": "环境卫生管理处",
    "greening": "园林绿化管理处",
    "housing": "房产管理中心",
    "water_affairs": "水利局",
    "construction": "住房和城乡建设局",
    "municipal": "市政设施管理处",
    "safety": "应急管理局",
    "commerce": "商务局",
    "post": "邮政公司",
    "environment": "生态环境局",
    "meteorology": "气象局",
    "civil_defense": "人民防空办公室",
    "civil_affairs": "民政局",
    "sports": "体育局",
    "maritime": "海事局",
    "market_regulation": "市场监督管理局",
    "urban_management": "城市管理局",
}

_OWNER_BY_CLASS: dict[str, str] = {
    "0101": "water", "0102": "drainage", "0103": "drainage", "0104": "drainage",
    "0105": "power", "0106": "lighting", "0107": "telecom", "0108": "telecom",
    "0109": "telecom", "0110": "heat", "0111": "gas", "0112": "police", "0113": "fire",
    "0114": "urban_management", "0115": "telecom", "0116": "power", "0117": "power",
    "0118": "lighting", "0119": "lighting", "0120": "lighting", "0121": "commerce",
    "0122": "telecom", "0123": "post", "0124": "telecom", "0125": "commerce",
    "0126": "sports", "0127": "water", "0128": "transit", "0129": "gas",
    "0130": "urban_management", "0131": "water_affairs", "0132": "water", "0133": "power",
    "0134": "power", "0135": "gas", "0136": "police", "0137": "commerce", "0138": "police",
    "0201": "traffic", "0202": "traffic", "0203": "transit", "0204": "transit",
    "0205": "municipal", "0206": "municipal", "0207": "municipal", "0208": "municipal",
    "0209": "traffic", "0210": "traffic", "0211": "traffic", "0212": "urban_management",
    "0213": "civil_affairs", "0214": "traffic", "0215": "traffic", "0216": "municipal",
    "0217": "traffic",
    "0306": "urban_management", "0307": "urban_management", "0308": "environment",
    "0309": "meteorology", "0310": "environment", "0311": "environment",
    "0501": "urban_management", "0502": "civil_defense", "0503": "housing",
    "0601": "safety", "0602": "construction", "0603": "water_affairs",
    "0604": "water_affairs", "0605": "maritime", "0606": "water_affairs",
    "2101": "drainage", "2102": "lighting", "2104": "lighting", "2105": "greening",
    "2106": "commerce", "2112": "transit", "2113": "transit", "2114": "transit",
    "2115": "drainage", "2117": "municipal", "2118": "sanitation", "2124": "commerce",
    "2126": "sanitation", "2133": "market_regulation",
}
_OWNER_BY_MAJOR = {"03": "sanitation", "04": "greening", "05": "housing"}
# where the department that maintains differs from the one that owns
_MAINTAINER_BY_CLASS: dict[str, str] = {
    "0114": "municipal", "0130": "municipal", "0209": "municipal", "0211": "municipal",
    "0213": "municipal", "0212": "sanitation", "0302": "housing", "0501": "housing",
    "0502": "housing", "2105": "commerce", "2133": "housing",
}


def owner_key(class_code: str) -> str:
    return _OWNER_BY_CLASS.get(class_code) or _OWNER_BY_MAJOR.get(class_code[:2], "urban_management")


def maintainer_key(class_code: str) -> str:
    return _MAINTAINER_BY_CLASS.get(class_code, owner_key(class_code))


# --------------------------------------------------------------------------- frequencies

# Expected components per grid cell at 'city' scale (about 10 per cell in all).
EXPECTED_PER_CELL: dict[str, float] = {
    "0101": 0.55, "0102": 0.6, "0103": 0.7, "0104": 0.6, "0105": 0.3, "0106": 0.2,
    "0107": 0.3, "0108": 0.1, "0109": 0.1, "0110": 0.02, "0111": 0.15, "0112": 0.05,
    "0113": 0.1, "0114": 0.03, "0115": 0.08, "0116": 0.08, "0117": 0.3, "0118": 1.0,
    "0119": 0.08, "0120": 0.12, "0121": 0.008, "0122": 0.008, "0123": 0.01, "0124": 0.005,
    "0125": 0.015, "0126": 0.04, "0127": 0.02, "0128": 0.01, "0129": 0.005, "0130": 0.005,
    "0131": 0.003, "0132": 0.01, "0133": 0.005, "0134": 0.05, "0135": 0.015, "0136": 0.06,
    "0137": 0.008, "0138": 0.005,
    "0201": 0.015, "0202": 0.02, "0203": 0.03, "0204": 0.005, "0205": 0.002, "0206": 0.001,
    "0207": 0.0005, "0209": 0.2, "0210": 0.05, "0211": 0.15, "0212": 0.05, "0213": 0.1,
    "0214": 0.03, "0215": 0.003, "0216": 0.002, "0217": 0.003,
    "0301": 0.015, "0302": 0.06, "0303": 0.02, "0304": 0.02, "0305": 0.6, "0306": 0.06,
    "0307": 0.2, "0308": 0.001, "0309": 0.0005, "0310": 0.001, "0311": 0.002,
    "0401": 0.003, "0402": 1.5, "0403": 0.2, "0404": 0.05, "0405": 0.1, "0406": 0.005,
    "0407": 0.06, "0408": 0.06, "0409": 0.02, "0410": 0.002,
    "0501": 0.04, "0502": 0.002, "0503": 0.005,
    "0601": 0.0005, "0602": 0.005, "0603": 0.01, "0604": 0.03, "0605": 0.001, "0606": 0.005,
    "2101": 0.02, "2102": 0.01, "2104": 0.02, "2105": 0.002, "2106": 0.01, "2112": 0.0005,
    "2113": 0.0005, "2114": 0.0005, "2115": 0.002, "2117": 0.005, "2118": 0.005,
    "2124": 0.002, "2126": 0.02, "2133": 0.01,
}
DEFAULT_PER_CELL = 0.005  # a class of another city's catalog, not in the table
DENSITY = {"small": 2.0, "city": 1.0}  # the small city is denser, to show every class

# Placement: near a road edge, at a main intersection, on a bridge, on a bank, or anywhere.
_ROAD = set(
    "0101 0102 0103 0104 0105 0106 0107 0108 0109 0110 0111 0112 0113 0114 0115 0116 0117 "
    "0118 0122 0123 0127 0128 0129 0130 0132 0136 0202 0203 0204 0205 0206 0209 0211 0213 "
    "0215 0216 0305 0306 0307 0402 0403 2102 2104 2112 2113 2114".split()
)
_CROSSING = {"0210", "0214", "0217", "0138"}
_BRIDGE = {"0208"}
_WATERSIDE = {"0603", "0604", "0605", "0606", "2115"}

STATE_OK = "完好"
_COVERS = {f"01{n:02d}" for n in range(1, 13)} | {"0114", "0127", "0128", "0129", "0130"}
_MOVABLE = {"0305", "0209", "0213", "0212", "0404", "0407", "2126"}
_OCCUPIABLE = {"0201", "0203", "0405", "0501", "0301", "0212", "0604", "0606"}


@dataclass(slots=True)
class ComponentSpec:
    class_code: str
    major_code: str
    code: str  # 16-digit ComponentId
    x: float
    y: float
    cell_code: str
    state: str
    owner_key: str
    maintainer_key: str


def _state_choices(class_code: str) -> tuple[list[str], list[float]]:
    bad = ["破损"]
    if class_code in _COVERS or class_code == "0104" or class_code in _MOVABLE:
        bad.append("丢失")
    if class_code in _OCCUPIABLE:
        bad.append("占用")
    return bad, [1.0 / len(bad)] * len(bad)


# --------------------------------------------------------------------------- geometry helpers


class _Sampler:
    """Vectorised point sampling inside the cells of a city."""

    def __init__(self, city, rng: np.random.Generator):
        self.rng = rng
        self.cells = city.cells
        self.geoms = np.array([c.geom for c in city.cells], dtype=object)
        shapely.prepare(self.geoms)
        self.bounds = shapely.bounds(self.geoms)
        self.centroids = shapely.get_coordinates(shapely.centroid(self.geoms))
        self.tree = STRtree(self.geoms)
        water = [w.geom for w in city.water]
        self.water = shapely.union_all(water) if water else None
        if self.water is not None:
            shapely.prepare(self.water)
        self._edges(city)
        self._crossings(city)

    # cell edges, flagged when they lie on a road
    def _edges(self, city):
        rings = shapely.get_exterior_ring(self.geoms)
        xy, idx = shapely.get_coordinates(rings, return_index=True)
        same = idx[:-1] == idx[1:]
        p, q, owner = xy[:-1][same], xy[1:][same], idx[:-1][same]
        # ring orientation per cell (shoelace), so the inward normal is known
        cross = p[:, 0] * q[:, 1] - q[:, 0] * p[:, 1]
        signed = np.bincount(owner, weights=cross, minlength=len(self.geoms))
        d = q - p
        length = np.hypot(d[:, 0], d[:, 1])
        keep = length > 1e-6
        p, q, owner, d, length = p[keep], q[keep], owner[keep], d[keep], length[keep]
        normal = np.stack([-d[:, 1], d[:, 0]], axis=1) / length[:, None]
        normal *= np.where(signed[owner] > 0, 1.0, -1.0)[:, None]
        on_road = np.zeros(len(p), dtype=bool)
        road_lines = [r.geom for r in city.roads]
        if road_lines:
            rxy, ridx = shapely.get_coordinates(road_lines, return_index=True)
            rs = ridx[:-1] == ridx[1:]
            segs = shapely.linestrings(np.stack([rxy[:-1][rs], rxy[1:][rs]], axis=1))
            mids = shapely.points((p + q) / 2)
            hit = STRtree(segs).query(mids, predicate="dwithin", distance=0.5)
            on_road[np.unique(hit[0])] = True
        self.edge_p, self.edge_d, self.edge_n = p, d, normal
        self.edge_owner, self.edge_len, self.edge_on_road = owner, length, on_road

    # main-road intersections and road/water crossings
    def _crossings(self, city):
        seen: dict[tuple[float, float], set[int]] = {}
        for k, r in enumerate(city.roads):
            if r.kind != "main":
                continue
            for x, y in shapely.get_coordinates(r.geom):
                seen.setdefault((round(x, 3), round(y, 3)), set()).add(k)
        self.junctions = np.array([xy for xy, ks in seen.items() if len(ks) > 1], dtype=float)
        bridges = []
        if self.water is not None:
            for r in city.roads:
                if r.kind == "branch":
                    continue
                inter = shapely.intersection(r.geom, self.water)
                for part in getattr(inter, "geoms", [inter]):
                    if part.geom_type == "LineString" and 1.0 < part.length < 150.0:
                        bridges.append(shapely.get_coordinates(part.interpolate(0.5, normalized=True))[0])
        self.bridges = np.array(bridges, dtype=float).reshape(-1, 2)

    def inside(self, cell_idx: np.ndarray, pts: np.ndarray) -> np.ndarray:
        return shapely.contains_properly(self.geoms[cell_idx], shapely.points(pts))

    def dry(self, pts: np.ndarray) -> np.ndarray:
        if self.water is None:
            return np.ones(len(pts), dtype=bool)
        return ~shapely.intersects(self.water, shapely.points(pts))

    def anywhere(self, cell_idx: np.ndarray) -> np.ndarray:
        """Uniform points in the given cells, out of the water where the cell allows."""
        out = np.empty((len(cell_idx), 2))
        todo = np.arange(len(cell_idx))
        for attempt in range(40):
            if not len(todo):
                break
            b = self.bounds[cell_idx[todo]]
            u = self.rng.random((len(todo), 2))
            pts = b[:, :2] + u * (b[:, 2:] - b[:, :2])
            ok = self.inside(cell_idx[todo], pts)
            if attempt < 30:
                ok &= self.dry(pts)
            out[todo[ok]] = pts[ok]
            todo = todo[~ok]
        if len(todo):  # pathological cells: a point on the surface
            out[todo] = shapely.get_coordinates(shapely.point_on_surface(self.geoms[cell_idx[todo]]))
        return out

    def near_road(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Points 2–8 m inside a cell edge that lies on a road (weighted by edge length)."""
        edges = np.flatnonzero(self.edge_on_road)
        if not len(edges):
            cells = self.rng.integers(0, len(self.geoms), n)
            return cells, self.anywhere(cells)
        w = self.edge_len[edges] / self.edge_len[edges].sum()
        e = self.rng.choice(edges, size=n, p=w)
        t = self.rng.uniform(0.08, 0.92, n)[:, None]
        off = self.rng.uniform(2.0, 8.0, n)[:, None]
        pts = self.edge_p[e] + t * self.edge_d[e] + off * self.edge_n[e]
        cells = self.edge_owner[e]
        return cells, self._repair(cells, pts)

    def at_junctions(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if not len(self.junctions):
            return self.near_road(n)
        j = self.junctions[self.rng.integers(0, len(self.junctions), n)]
        return self._nudge_into_cells(j, 4.0, 12.0)

    def on_bridges(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if not len(self.bridges):
            return self.waterside(n)
        b = self.bridges[np.arange(n) % len(self.bridges)]
        return self._nudge_into_cells(b, 1.5, 4.0, keep_wet=True)

    def waterside(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Points on a bank: in a cell, out of the water, within 25 m of it."""
        if self.water is None:
            cells = self.rng.integers(0, len(self.geoms), n)
            return cells, self.anywhere(cells)
        cand = np.unique(self.tree.query(self.water, predicate="dwithin", distance=25.0))
        if not len(cand):
            cells = self.rng.integers(0, len(self.geoms), n)
            return cells, self.anywhere(cells)
        cells = self.rng.choice(cand, size=n)
        out = np.empty((n, 2))
        todo = np.arange(n)
        for _ in range(60):
            if not len(todo):
                break
            b = self.bounds[cells[todo]]
            pts = b[:, :2] + self.rng.random((len(todo), 2)) * (b[:, 2:] - b[:, :2])
            ok = self.inside(cells[todo], pts) & self.dry(pts)
            ok &= shapely.distance(self.water, shapely.points(pts)) <= 25.0
            out[todo[ok]] = pts[ok]
            todo = todo[~ok]
        if len(todo):
            out[todo] = self.anywhere(cells[todo])
        return cells, out

    def _nudge_into_cells(self, pts, lo, hi, keep_wet=False):
        """Move points that sit on cell corners or edges a few metres into a touching cell."""
        hits = self.tree.query(shapely.points(pts), predicate="intersects")
        first: dict[int, list[int]] = {}
        for p_i, c_i in zip(hits[0], hits[1], strict=True):
            first.setdefault(int(p_i), []).append(int(c_i))
        cells = np.empty(len(pts), dtype=int)
        for i in range(len(pts)):
            options = first.get(i)
            if options:
                cells[i] = options[int(self.rng.integers(0, len(options)))]
            else:
                cells[i] = int(self.tree.query_nearest(shapely.Point(pts[i]))[0])
        vec = self.centroids[cells] - pts
        vec /= np.maximum(np.hypot(vec[:, 0], vec[:, 1]), 1e-9)[:, None]
        moved = pts + vec * self.rng.uniform(lo, hi, len(pts))[:, None]
        return cells, self._repair(cells, moved, check_dry=not keep_wet)

    def _repair(self, cells, pts, check_dry=True):
        ok = self.inside(cells, pts)
        if check_dry:
            ok &= self.dry(pts)
        if (~ok).any():
            bad = np.flatnonzero(~ok)
            pts = pts.copy()
            pts[bad] = self.anywhere(cells[bad])
        return pts


# --------------------------------------------------------------------------- placement


def place_components(city, catalog, scale: str | None = None, seed: int | None = None) -> list[ComponentSpec]:
    """One list of components covering every component class of ``catalog``.

    ``scale`` picks the density ('small' is denser than 'city'); by default the city's own.
    Sequences run per district and class, in cell-code order.
    """
    scale = scale or getattr(city, "scale", "city")
    seed = getattr(city, "seed", 1) if seed is None else seed
    density = DENSITY.get(scale, 1.0)
    rnd = random.Random(f"demo-components/{scale}/{seed}")
    rng = np.random.default_rng(rnd.getrandbits(63))
    sampler = _Sampler(city, rng)
    n_cells = len(city.cells)
    cell_codes = np.array([c.code for c in city.cells], dtype=object)
    cell_rank = np.argsort(np.argsort(cell_codes.astype(str)))

    out: list[ComponentSpec] = []
    for cls in catalog.classes("component"):
        code = cls.code
        if code in _BRIDGE:
            n = max(1, len(sampler.bridges))
        else:
            lam = EXPECTED_PER_CELL.get(code, DEFAULT_PER_CELL) * n_cells * density
            n = max(1, int(rng.poisson(lam)))
        if code in _BRIDGE:
            cells, pts = sampler.on_bridges(n)
        elif code in _CROSSING:
            cells, pts = sampler.at_junctions(n)
        elif code in _WATERSIDE:
            cells, pts = sampler.waterside(n)
        elif code in _ROAD:
            cells, pts = sampler.near_road(n)
        else:
            cells = rng.integers(0, n_cells, n)
            pts = sampler.anywhere(cells)
        # states
        bad_states, bad_p = _state_choices(code)
        p_bad = 0.06 if code in _COVERS or code in _MOVABLE else 0.04
        is_bad = rng.random(n) < p_bad
        picks = rng.choice(len(bad_states), size=n, p=bad_p)
        # sequence per district and class, in cell-code order, then north -> south, west -> east
        order = np.lexsort((pts[:, 0], -pts[:, 1], cell_rank[cells]))
        owner, maint = owner_key(code), maintainer_key(code)
        seq: dict[str, int] = {}
        for k in order:
            cc = cell_codes[cells[k]]
            district = cc[:6]
            s = seq.get(district, 0) + 1
            seq[district] = s
            out.append(
                ComponentSpec(
                    class_code=code,
                    major_code=cls.major_code,
                    code=ComponentId.compose(district, code, s).code,
                    x=float(pts[k, 0]),
                    y=float(pts[k, 1]),
                    cell_code=cc,
                    state=bad_states[picks[k]] if is_bad[k] else STATE_OK,
                    owner_key=owner,
                    maintainer_key=maint,
                )
            )
    return out
