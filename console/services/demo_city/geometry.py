"""Geometry of the synthetic demo city: districts, streets, communities, grid cells, roads.

The city lies around Taizhou, Jiangsu (about 119.92°E, 32.46°N) in EPSG:4549 (CGCS2000,
3-degree Gauss-Krüger, central meridian 120°E; x = easting, y = northing, metres).

How it is built:

1. Main roads form a perturbed lattice: irregular spacing (350–700 m), jittered nodes, a
   slight tilt and a smooth shear warp so the roads curve gently.
2. Each block between consecutive main roads is subdivided bilinearly into sub-quads of
   about 100 m x 100 m. The subdivision count is the same for a whole column band and a
   whole row band, and every vertex is computed once in a global vertex array, so
   neighbouring cells share vertices exactly (no T-junctions, no slivers).
3. Blocks are grouped into communities, communities into streets, streets into districts;
   every boundary polygon is the union of its cells, so boundaries follow cell edges.
4. Secondary and branch roads run along interior cell edges; a meandering river and a few
   ponds are laid over the grid; buildings are small rectangles set back inside cells.

Everything is deterministic for a given ``seed``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.strtree import STRtree

from console.domain.codes import GridCode, community_code, street_code

CRS = "EPSG:4549"
GEOGRAPHIC_CRS = "EPSG:4490"
CENTRE_LONLAT = (119.92, 32.46)
CELL_AREA_MIN = 8000.0
CELL_AREA_MAX = 12000.0
MAIN_SPACING = (350.0, 700.0)
SUB_SIZE = (95.0, 105.0)

DISTRICTS = {"321202": "海陵区", "321203": "高港区", "321204": "姜堰区"}
# Street names per district, in code order (the first gets 001).
_CITY_STREETS = {
    "321202": ("城东街道", "城西街道", "京泰路街道", "凤凰街道", "红旗街道", "城南街道", "九龙镇"),
    "321203": ("口岸街道", "刁铺街道", "许庄街道"),
    "321204": ("三水街道", "天目山街道"),
}
_SMALL_STREETS = {
    "321202": ("城东街道", "城西街道"),
    "321203": ("口岸街道",),
    "321204": ("三水街道",),
}

_NS_ROADS = (
    "海陵路", "青年路", "鼓楼路", "东风路", "济川路", "凤凰路", "永定路", "春晖路", "通江路",
    "扬州路", "金港路", "许庄路", "泰高路", "智堡路", "兴泰路", "太湖路", "泰山路", "梅兰路",
    "周山河路", "姜堰大道",
)
_EW_ROADS = (
    "人民路", "五一路", "江洲路", "迎春路", "东进路", "坡子街", "南通路", "祥泰路", "海军大道",
    "泰州大道", "园林路", "九龙路", "鼓楼大道", "永安路", "凤城路", "站前路",
)
_SECONDARY_ROADS = (
    "工农路", "稻河路", "府前路", "中山路", "药城路", "税东路", "八字桥路", "涵东路", "西仓路",
    "城中路", "草河路", "高桥路", "打渔湾路", "白马路", "东方路", "文昌路", "光孝路", "乐天路",
    "玉带路", "南山路", "北山路", "柳园路", "莲花路", "枫林路", "桃园路", "梨园路",
)
_SYLLABLES_A = (
    "春", "华", "明", "新", "安", "康", "泰", "和", "凤", "鼓", "梅", "兰", "锦", "福", "祥",
    "瑞", "丰", "宁", "兴", "迎", "永", "青", "东", "西", "望", "海", "江", "济", "稻", "坡",
    "碧", "翠", "金", "玉", "紫", "光", "文", "德", "柳", "桃", "莲", "乐", "同", "清", "振",
)
_SYLLABLES_B = (
    "园", "苑", "桥", "河", "湾", "塘", "港", "溪", "林", "城", "庄", "里", "街", "湖", "亭",
    "院", "门", "营", "墩", "圩", "坊", "阁", "庭", "府", "村", "口", "堡", "台", "洲", "滨",
)
_POND_NAMES = ("天德湖", "凤凰湖", "梅兰湖", "莲花池", "柳园塘", "稻香塘", "明珠湖")
_RIVER_NAME = "老通扬运河"
_CN_DIGITS = "〇一二三四五六七八九"


# --------------------------------------------------------------------------- data classes


@dataclass
class District:
    code: str
    name: str
    geom: Polygon | MultiPolygon


@dataclass
class Street:
    code: str
    name: str
    district_code: str
    geom: Polygon | MultiPolygon


@dataclass
class Community:
    code: str
    name: str
    street_code: str
    geom: Polygon | MultiPolygon


@dataclass
class Cell:
    code: str
    community_code: str
    geom: Polygon
    area: float

    @property
    def street_code(self) -> str:
        return GridCode(self.code).street

    @property
    def district_code(self) -> str:
        return GridCode(self.code).district


@dataclass
class Road:
    name: str
    kind: str  # 'main' | 'secondary' | 'branch'
    geom: LineString


@dataclass
class Water:
    name: str
    geom: Polygon | MultiPolygon


@dataclass
class Building:
    geom: Polygon
    cell_code: str


@dataclass
class City:
    districts: list[District]
    streets: list[Street]
    communities: list[Community]
    cells: list[Cell]
    roads: list[Road]
    water: list[Water]
    buildings: list[Building]
    crs: str = CRS
    centre_lonlat: tuple[float, float] = CENTRE_LONLAT
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # minx, miny, maxx, maxy
    seed: int = 1
    scale: str = "small"
    _cells_by_code: dict[str, Cell] = field(default_factory=dict, repr=False, compare=False)

    def cell(self, code: str) -> Cell:
        if not self._cells_by_code:
            self._cells_by_code = {c.code: c for c in self.cells}
        return self._cells_by_code[code]


# --------------------------------------------------------------------------- scales


@dataclass(frozen=True)
class _Scale:
    cols: int  # cells west -> east
    rows: int  # cells north -> south
    band: tuple[int, int]  # cells per main-road band (min, max)
    streets: dict[str, tuple[str, ...]]
    communities_per_street: int
    ponds: int
    secondary_share: float
    branch_share: float


SCALES: dict[str, _Scale] = {
    "small": _Scale(20, 20, (4, 5), _SMALL_STREETS, 2, 2, 0.5, 0.3),
    "city": _Scale(100, 100, (4, 7), _CITY_STREETS, 5, 4, 0.45, 0.3),
}


@lru_cache(maxsize=4)
def centre_xy(lon: float = CENTRE_LONLAT[0], lat: float = CENTRE_LONLAT[1]) -> tuple[float, float]:
    """The city centre projected from EPSG:4490 to EPSG:4549 (x = easting, y = northing)."""
    from pyproj import Transformer

    t = Transformer.from_crs(GEOGRAPHIC_CRS, CRS, always_xy=True)
    x, y = t.transform(lon, lat)
    return float(x), float(y)


# --------------------------------------------------------------------------- lattice


def _band_counts(rng: random.Random, total: int, lo: int, hi: int) -> list[int]:
    """Cells per band, each in [lo, hi], summing to ``total`` (as near as possible)."""
    feasible = [k for k in range(1, total + 1) if k * lo <= total <= k * hi]
    if not feasible:  # no exact split: the fewest bands of at least ``lo``
        return [lo] * max(1, math.ceil(total / hi))
    k = rng.choice(feasible)
    counts = [lo] * k
    extra = total - k * lo
    while extra:
        i = rng.randrange(k)
        if counts[i] < hi:
            counts[i] += 1
            extra -= 1
    return counts


def _band_sizes(rng: random.Random, counts: list[int]) -> np.ndarray:
    """Sub-cell size (m) per band so that the band width lies in MAIN_SPACING."""
    sizes = []
    for n in counts:
        lo = max(SUB_SIZE[0], MAIN_SPACING[0] / n)
        hi = min(SUB_SIZE[1], MAIN_SPACING[1] / n)
        sizes.append(rng.uniform(lo, hi) if hi > lo else (lo + hi) / 2)
    return np.array(sizes)


def _param(counts: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For every global vertex index: its band, its parameter in the band, and band starts."""
    starts = np.concatenate([[0], np.cumsum(counts)])
    total = int(starts[-1])
    idx = np.arange(total + 1)
    band = np.clip(np.searchsorted(starts, idx, side="right") - 1, 0, len(counts) - 1)
    s = (idx - starts[band]) / np.asarray(counts, dtype=float)[band]
    return band, s, starts


@dataclass
class _Lattice:
    col_counts: list[int]
    row_counts: list[int]
    col_starts: np.ndarray  # global u index of each main column line
    row_starts: np.ndarray
    col_band: np.ndarray  # band of each cell column
    row_band: np.ndarray
    verts: np.ndarray  # (NU+1, NV+1, 2) world coordinates
    to_world: object  # callable (a, b) local -> (x, y) world
    width: float
    height: float


def _build_lattice(rng: random.Random, sc: _Scale, centre: tuple[float, float]) -> _Lattice:
    col_counts = _band_counts(rng, sc.cols, *sc.band)
    row_counts = _band_counts(rng, sc.rows, *sc.band)
    col_sizes = _band_sizes(rng, col_counts)
    row_sizes = _band_sizes(rng, row_counts)
    a_lines = np.concatenate([[0.0], np.cumsum(col_sizes * col_counts)])
    b_lines = np.concatenate([[0.0], np.cumsum(row_sizes * row_counts)])
    width, height = float(a_lines[-1]), float(b_lines[-1])
    nc, nr = len(col_counts), len(row_counts)

    nrng = np.random.default_rng(rng.getrandbits(63))
    node_noise = nrng.uniform(-1.0, 1.0, size=(nc + 1, nr + 1, 2))

    ub, us, col_starts = _param(col_counts)
    vb, vs, row_starts = _param(row_counts)
    nu, nv = len(us) - 1, len(vs) - 1
    inner_noise = nrng.uniform(-1.0, 1.0, size=(nu + 1, nv + 1, 2))
    interior = ((us > 0) & (us < 1))[:, None] & ((vs > 0) & (vs < 1))[None, :]

    theta = math.radians(rng.uniform(4.0, 9.0) * rng.choice((-1, 1)))
    cos_t, sin_t = math.cos(theta), math.sin(theta)
    wave = [
        (width / 250.0, width / rng.uniform(2.2, 3.0), rng.uniform(0, 2 * math.pi)),
        (width / 600.0, width / rng.uniform(5.0, 7.0), rng.uniform(0, 2 * math.pi)),
    ]
    wave_b = [
        (height / 250.0, height / rng.uniform(2.2, 3.0), rng.uniform(0, 2 * math.pi)),
        (height / 600.0, height / rng.uniform(5.0, 7.0), rng.uniform(0, 2 * math.pi)),
    ]
    cx, cy = centre

    def warp(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # a shear-only warp: x shifts with b, y shifts with a, so areas barely change
        da = sum(amp * np.sin(2 * np.pi * b / wl + ph) for amp, wl, ph in wave)
        db = sum(amp * np.sin(2 * np.pi * a / wl + ph) for amp, wl, ph in wave_b)
        return a + da, b + db

    def to_world(a, b):
        a = np.asarray(a, dtype=float) - width / 2
        b = height / 2 - np.asarray(b, dtype=float)  # local b points south
        return cx + cos_t * a - sin_t * b, cy + sin_t * a + cos_t * b

    a_n = a_lines[:, None] + np.zeros((1, nr + 1))
    b_n = np.zeros((nc + 1, 1)) + b_lines[None, :]
    factor = 1.0
    for _attempt in range(12):
        nodes = np.stack([a_n, b_n], axis=-1) + node_noise * 18.0 * factor
        i0, j0 = ub[:, None], vb[None, :]
        s, t = us[:, None, None], vs[None, :, None]
        p00 = nodes[i0, j0]
        p10 = nodes[i0 + 1, j0]
        p01 = nodes[i0, j0 + 1]
        p11 = nodes[i0 + 1, j0 + 1]
        loc = (1 - s) * (1 - t) * p00 + s * (1 - t) * p10 + (1 - s) * t * p01 + s * t * p11
        loc = loc + np.where(interior[..., None], inner_noise * 7.0 * factor, 0.0)
        wa, wb = warp(loc[..., 0], loc[..., 1])
        wx, wy = to_world(wa, wb)
        verts = np.stack([wx, wy], axis=-1)
        areas = _quad_areas(verts)
        if areas.min() >= CELL_AREA_MIN * 1.01 and areas.max() <= CELL_AREA_MAX * 0.99:
            break
        factor *= 0.7
    else:  # pragma: no cover - the nominal sizes always fit
        raise RuntimeError("could not build a lattice with cell areas in range")

    col_band = ub[:-1]
    row_band = vb[:-1]
    return _Lattice(
        col_counts, row_counts, col_starts, row_starts, col_band, row_band, verts,
        lambda a, b: to_world(*warp(np.asarray(a, float), np.asarray(b, float))), width, height,
    )


def _quad_corners(verts: np.ndarray) -> np.ndarray:
    """(NU, NV, 4, 2) corners per cell, counter-clockwise: NW, SW, SE, NE."""
    return np.stack(
        [verts[:-1, :-1], verts[:-1, 1:], verts[1:, 1:], verts[1:, :-1]], axis=2
    )


def _quad_areas(verts: np.ndarray) -> np.ndarray:
    q = _quad_corners(verts)
    x, y = q[..., 0], q[..., 1]
    return 0.5 * np.abs(
        np.sum(x * np.roll(y, -1, axis=-1) - np.roll(x, -1, axis=-1) * y, axis=-1)
    )


# --------------------------------------------------------------------------- partitions


def _components(items, adj, members: set) -> list[list[int]]:
    seen: set[int] = set()
    out = []
    for it in items:
        if it in seen:
            continue
        seen.add(it)
        stack, comp = [it], []
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in adj[x]:
                if y in members and y not in seen:
                    seen.add(y)
                    stack.append(y)
        out.append(comp)
    return out


def _bisect(items, pos, weight, adj, frac, direction):
    """Split items by a line across ``direction`` so the first part holds ``frac`` of the
    weight; then hand disconnected fragments to the other side until both are connected."""
    dx, dy = direction
    order = sorted(items, key=lambda i: (pos[i][0] * dx + pos[i][1] * dy, i))
    w = np.array([weight[i] for i in order], dtype=float)
    cum = np.cumsum(w)
    cut = int(np.argmin(np.abs(cum - frac * cum[-1]))) + 1
    cut = min(max(cut, 1), len(order) - 1)
    a, b = set(order[:cut]), set(order[cut:])
    for _ in range(20):
        changed = False
        for src, dst in ((a, b), (b, a)):
            comps = _components(sorted(src), adj, src)
            if len(comps) > 1:
                comps.sort(key=lambda c: (-sum(weight[i] for i in c), min(c)))
                for frag in comps[1:]:
                    src.difference_update(frag)
                    dst.update(frag)
                changed = True
        if not changed:
            break
    return sorted(a), sorted(b)


def _partition(items, k, pos, weight, adj, rng: random.Random | None = None, spread=20.0):
    """Recursive coordinate bisection of a connected item set into k connected parts."""
    items = sorted(items)
    if k <= 1:
        return [items]
    if len(items) < k:
        raise ValueError(f"cannot split {len(items)} items into {k} parts")
    k1 = k // 2
    k2 = k - k1
    xs = [pos[i][0] for i in items]
    ys = [pos[i][1] for i in items]
    base = 0.0 if (max(xs) - min(xs)) >= (max(ys) - min(ys)) else 90.0
    for attempt in range(12):
        angle = base + (rng.uniform(-spread, spread) if rng else 0.0) + attempt * 13.0
        d = (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
        a, b = _bisect(items, pos, weight, adj, k1 / k, d)
        if len(a) >= k1 and len(b) >= k2:
            break
    else:
        raise ValueError(f"could not bisect {len(items)} items into {k1} + {k2} parts")
    return _partition(a, k1, pos, weight, adj, rng, spread) + _partition(
        b, k2, pos, weight, adj, rng, spread
    )


def _reading_order(groups, pos, weight):
    """Sort groups north -> south, then west -> east, by weighted centroid."""

    def key(g):
        w = sum(weight[i] for i in g)
        x = sum(pos[i][0] * weight[i] for i in g) / w
        y = sum(pos[i][1] * weight[i] for i in g) / w
        return (-round(y / 400.0), x)

    return sorted(groups, key=key)


# --------------------------------------------------------------------------- names


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")


def _unique_names(rng: random.Random, count: int, suffix: str, taken: set[str]) -> list[str]:
    out = []
    while len(out) < count:
        name = rng.choice(_SYLLABLES_A) + rng.choice(_SYLLABLES_B) + suffix
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def _road_names(pool, count: int, fallback: str) -> list[str]:
    names = list(pool[:count])
    n = 1
    while len(names) < count:
        names.append(f"{fallback}{_cn_number(n)}路")
        n += 1
    return names


# --------------------------------------------------------------------------- water


def _river(rng: random.Random, lat: _Lattice) -> Polygon:
    w, h = lat.width, lat.height
    a = np.arange(-400.0, w + 400.0, 20.0)
    b0 = h * rng.uniform(0.38, 0.62)
    amp1, wl1 = min(rng.uniform(120.0, 300.0), 0.1 * h), rng.uniform(1800.0, 3500.0)
    amp2, wl2 = rng.uniform(15.0, 35.0), rng.uniform(500.0, 900.0)
    ph1, ph2, ph3 = (rng.uniform(0, 2 * math.pi) for _ in range(3))
    b = b0 + amp1 * np.sin(2 * np.pi * a / wl1 + ph1) + amp2 * np.sin(2 * np.pi * a / wl2 + ph2)
    width = 60.0 + 18.0 * np.sin(2 * np.pi * a / (w / 1.7) + ph3)  # 42..78 m
    x, y = lat.to_world(a, b)
    c = np.stack([x, y], axis=1)
    tang = np.gradient(c, axis=0)
    tang /= np.linalg.norm(tang, axis=1)[:, None]
    normal = np.stack([-tang[:, 1], tang[:, 0]], axis=1)
    left = c + normal * (width / 2)[:, None]
    right = c - normal * (width / 2)[:, None]
    poly = Polygon(np.concatenate([left, right[::-1]]))
    if not poly.is_valid:
        poly = shapely.make_valid(poly)
    return poly


def _pond(rng: random.Random, x: float, y: float, r: float) -> Polygon:
    ang = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    p1, p2 = rng.uniform(0, 2 * np.pi), rng.uniform(0, 2 * np.pi)
    rad = r * (1 + 0.16 * np.sin(2 * ang + p1) + 0.08 * np.sin(3 * ang + p2))
    stretch = rng.uniform(0.7, 1.0)
    return Polygon(np.stack([x + rad * np.cos(ang), y + stretch * rad * np.sin(ang)], axis=1))


# --------------------------------------------------------------------------- the city


def generate_city(scale: str = "small", seed: int = 1) -> City:
    """Build the demo city. ``scale`` is 'small' (400 cells) or 'city' (10,000 cells)."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}: use one of {', '.join(SCALES)}")
    sc = SCALES[scale]
    rng = random.Random(f"demo-city/{scale}/{seed}")
    lat = _build_lattice(rng, sc, centre_xy())
    verts = lat.verts
    nu, nv = verts.shape[0] - 1, verts.shape[1] - 1
    nc, nr = len(lat.col_counts), len(lat.row_counts)

    # cells, indexed by (u, v) -> flat index u * nv + v
    corners = _quad_corners(verts).reshape(-1, 4, 2)
    ring = np.concatenate([corners, corners[:, :1]], axis=1)
    cell_geoms = shapely.polygons(ring)
    cell_area = shapely.area(cell_geoms)
    cu = np.repeat(np.arange(nu), nv)
    cv = np.tile(np.arange(nv), nu)
    cell_block = lat.col_band[cu] * nr + lat.row_band[cv]

    # blocks: position, weight, rook adjacency
    nodes = verts[lat.col_starts][:, lat.row_starts]  # (nc+1, nr+1, 2)
    blocks = list(range(nc * nr))
    bpos = {}
    bweight = {}
    badj: dict[int, list[int]] = {}
    for i in range(nc):
        for j in range(nr):
            k = i * nr + j
            q = nodes[i : i + 2, j : j + 2].reshape(-1, 2)
            bpos[k] = (float(q[:, 0].mean()), float(q[:, 1].mean()))
            bweight[k] = lat.col_counts[i] * lat.row_counts[j]
            badj[k] = [
                ii * nr + jj
                for ii, jj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))
                if 0 <= ii < nc and 0 <= jj < nr
            ]

    # districts: 姜堰 to the east, 高港 to the south, 海陵 the rest
    n_streets = {d: len(s) for d, s in sc.streets.items()}
    total_streets = sum(n_streets.values())
    jy, gg, hl = "321204", "321203", "321202"
    tilt = rng.uniform(-15, 15)
    d_east = (-math.cos(math.radians(tilt)), -math.sin(math.radians(tilt)))
    east, rest = _bisect(blocks, bpos, bweight, badj, n_streets[jy] / total_streets, d_east)
    tilt = rng.uniform(-15, 15)
    d_south = (math.sin(math.radians(tilt)), math.cos(math.radians(tilt)))
    south, north = _bisect(
        rest, bpos, bweight, badj, n_streets[gg] / (n_streets[gg] + n_streets[hl]), d_south
    )
    district_blocks = {jy: east, gg: south, hl: north}

    # streets and communities
    taken: set[str] = set()
    street_rows: list[tuple[str, str, str]] = []  # (code, name, district)
    community_rows: list[tuple[str, str, str, list[int]]] = []  # (code, name, street, blocks)
    for dcode in sorted(sc.streets):
        names = sc.streets[dcode]
        groups = _partition(district_blocks[dcode], len(names), bpos, bweight, badj, rng)
        groups = _assign_street_names(groups, names, bpos, bweight)
        for s_idx, (name, sblocks) in enumerate(groups, start=1):
            scode = street_code(dcode, s_idx)
            street_rows.append((scode, name, dcode))
            cgroups = _partition(sblocks, sc.communities_per_street, bpos, bweight, badj, rng)
            cgroups = _reading_order(cgroups, bpos, bweight)
            cnames = _unique_names(rng, len(cgroups), "社区", taken)
            for c_idx, cblocks in enumerate(cgroups, start=1):
                community_rows.append((community_code(scode, c_idx), cnames[c_idx - 1], scode, cblocks))

    block_community = np.empty(nc * nr, dtype=object)
    for ccode, _name, _s, cblocks in community_rows:
        for b in cblocks:
            block_community[b] = ccode

    # cell codes: within each community, north -> south, then west -> east
    cell_comm = block_community[cell_block]
    order = np.lexsort((cu, cv))  # by v (row, north first), then u (west first)
    seq_counter: dict[str, int] = {}
    codes = np.empty(len(cell_geoms), dtype=object)
    for idx in order:
        cc = cell_comm[idx]
        n = seq_counter.get(cc, 0) + 1
        seq_counter[cc] = n
        if n >= 10**3:
            raise ValueError(f"community {cc} has more than 999 cells")
        codes[idx] = cc + f"{n:03d}"
    cells_sorted = sorted(range(len(cell_geoms)), key=lambda i: codes[i])
    cells = [
        Cell(str(codes[i]), str(cell_comm[i]), cell_geoms[i], float(cell_area[i]))
        for i in cells_sorted
    ]

    # boundaries = unions of their cells
    by_comm: dict[str, list[int]] = {}
    for i in range(len(cell_geoms)):
        by_comm.setdefault(cell_comm[i], []).append(i)
    communities = []
    comm_geom: dict[str, object] = {}
    for ccode, cname, scode, _blocks in community_rows:
        g = shapely.coverage_union_all(cell_geoms[by_comm[ccode]])
        comm_geom[ccode] = g
        communities.append(Community(ccode, cname, scode, g))
    streets = []
    street_geom: dict[str, object] = {}
    for scode, sname, dcode in street_rows:
        parts = [comm_geom[c.code] for c in communities if c.street_code == scode]
        g = shapely.coverage_union_all(parts)
        street_geom[scode] = g
        streets.append(Street(scode, sname, dcode, g))
    districts = []
    for dcode in sorted(sc.streets):
        parts = [street_geom[s.code] for s in streets if s.district_code == dcode]
        districts.append(District(dcode, DISTRICTS[dcode], shapely.coverage_union_all(parts)))
    outline = shapely.coverage_union_all([d.geom for d in districts])

    roads = _roads(rng, sc, lat)
    water = _water(rng, sc, lat, outline, roads)
    buildings = _buildings(rng, corners, cell_geoms, codes, water)

    minx, miny, maxx, maxy = outline.bounds
    return City(
        districts=districts,
        streets=streets,
        communities=communities,
        cells=cells,
        roads=roads,
        water=water,
        buildings=buildings,
        crs=CRS,
        centre_lonlat=CENTRE_LONLAT,
        extent=(minx, miny, maxx, maxy),
        seed=seed,
        scale=scale,
    )


def _assign_street_names(groups, names, pos, weight):
    """Match names to block groups: 城东 east-most, 城西 west-most, 城南 south-most, ...;
    the rest in reading order. Returns [(name, blocks)] in the order of ``names``."""
    cents = []
    for g in groups:
        w = sum(weight[i] for i in g)
        cents.append(
            (sum(pos[i][0] * weight[i] for i in g) / w, sum(pos[i][1] * weight[i] for i in g) / w)
        )
    hints = {"东": (1, 0), "西": (-1, 0), "南": (0, -1), "北": (0, 1)}
    free = set(range(len(groups)))
    chosen: dict[str, int] = {}
    for name in names:
        hint = next((v for k, v in hints.items() if name.startswith("城" + k)), None)
        if hint:
            best = max(free, key=lambda g: cents[g][0] * hint[0] + cents[g][1] * hint[1])
            chosen[name] = best
            free.discard(best)
    rest = sorted(free, key=lambda g: (-round(cents[g][1] / 400.0), cents[g][0]))
    for name in names:
        if name not in chosen:
            chosen[name] = rest.pop(0)
    return [(name, groups[chosen[name]]) for name in names]


def _roads(rng: random.Random, sc: _Scale, lat: _Lattice) -> list[Road]:
    verts = lat.verts
    nc, nr = len(lat.col_counts), len(lat.row_counts)
    roads: list[Road] = []
    ns_names = _road_names(_NS_ROADS, nc + 1, "经")
    ew_names = _road_names(_EW_ROADS, nr + 1, "纬")
    for i, u in enumerate(lat.col_starts):
        roads.append(Road(ns_names[i], "main", LineString(verts[u, :])))
    for j, v in enumerate(lat.row_starts):
        roads.append(Road(ew_names[j], "main", LineString(verts[:, v])))

    secondary = list(_SECONDARY_ROADS)
    rng.shuffle(secondary)
    sec_i = 0
    taken_branch: set[str] = set()
    covered: set[tuple[str, int, int]] = set()  # (direction, band, block across)

    def sec_name():
        nonlocal sec_i
        sec_i += 1
        if sec_i <= len(secondary):
            return secondary[sec_i - 1]
        return f"支{_cn_number(sec_i - len(secondary))}路"

    # secondary roads: the middle line of a band, over a run of consecutive blocks
    for direction, counts, starts, other_counts, other_starts in (
        ("ns", lat.col_counts, lat.col_starts, lat.row_counts, lat.row_starts),
        ("ew", lat.row_counts, lat.row_starts, lat.col_counts, lat.col_starts),
    ):
        for band, n in enumerate(counts):
            if n < 4 or rng.random() > sc.secondary_share:
                continue
            k = int(starts[band]) + n // 2
            m = len(other_counts)
            run = rng.randint(min(2, m), m)
            first = rng.randint(0, m - run)
            lo, hi = int(other_starts[first]), int(other_starts[first + run])
            line = verts[k, lo : hi + 1] if direction == "ns" else verts[lo : hi + 1, k]
            roads.append(Road(sec_name(), "secondary", LineString(line)))
            for blk in range(first, first + run):
                covered.add((direction, band, blk))

    # branch roads: one interior line inside a single block
    for i, n in enumerate(lat.col_counts):
        for j, m in enumerate(lat.row_counts):
            if rng.random() > sc.branch_share:
                continue
            direction = rng.choice(("ns", "ew"))
            if (direction, i if direction == "ns" else j, j if direction == "ns" else i) in covered:
                direction = "ew" if direction == "ns" else "ns"
                if (direction, i if direction == "ns" else j, j if direction == "ns" else i) in covered:
                    continue
            if direction == "ns":
                k = int(lat.col_starts[i]) + rng.randint(1, n - 1)
                if k == int(lat.col_starts[i]) + n // 2:
                    k = int(lat.col_starts[i]) + max(1, n // 2 - 1)
                line = verts[k, int(lat.row_starts[j]) : int(lat.row_starts[j + 1]) + 1]
            else:
                k = int(lat.row_starts[j]) + rng.randint(1, m - 1)
                if k == int(lat.row_starts[j]) + m // 2:
                    k = int(lat.row_starts[j]) + max(1, m // 2 - 1)
                line = verts[int(lat.col_starts[i]) : int(lat.col_starts[i + 1]) + 1, k]
            name = _unique_names(rng, 1, "巷", taken_branch)[0]
            roads.append(Road(name, "branch", LineString(line)))
    return roads


def _water(rng: random.Random, sc: _Scale, lat: _Lattice, outline, roads) -> list[Water]:
    # a river should cross roads, not run along them: keep the first course whose longest
    # stretch of road under water is short (else the best of the tries)
    lines = np.array([r.geom for r in roads], dtype=object)
    tree = STRtree(lines)
    best, best_len = None, math.inf
    for _ in range(40):
        river = _polygonal(shapely.intersection(_river(rng, lat), outline))
        hit = tree.query(river, predicate="intersects")
        wet = shapely.intersection(lines[hit], river)
        parts = shapely.get_parts(wet)
        longest = float(shapely.length(parts).max()) if len(parts) else 0.0
        if longest < best_len:
            best, best_len = river, longest
        if longest <= 140.0:
            break
    river = best
    out = [Water(_RIVER_NAME, river)]
    road_union = shapely.union_all(lines)
    names = list(_POND_NAMES)
    rng.shuffle(names)
    placed: list[Polygon] = []
    attempts = 0
    r_lo, r_hi = (45.0, 90.0) if sc.cols <= 30 else (70.0, 170.0)
    while len(placed) < sc.ponds and attempts < 200:
        attempts += 1
        a = rng.uniform(0.12, 0.88) * lat.width
        b = rng.uniform(0.12, 0.88) * lat.height
        x, y = lat.to_world(a, b)
        pond = _pond(rng, float(x), float(y), rng.uniform(r_lo, r_hi))
        if not outline.contains(pond) or pond.distance(river) < 120:
            continue
        if pond.distance(road_union) < 15.0:
            continue
        if any(pond.distance(p) < 300 for p in placed):
            continue
        placed.append(pond)
        out.append(Water(names[len(placed) - 1], pond))
    return out


def _polygonal(g):
    if isinstance(g, Polygon | MultiPolygon):
        return g
    polys = [p for p in getattr(g, "geoms", []) if isinstance(p, Polygon | MultiPolygon)]
    return shapely.union_all(polys)


def _buildings(rng: random.Random, corners, cell_geoms, codes, water) -> list[Building]:
    """A handful of small rectangles per cell, set back from the edges, not in water."""
    nrng = np.random.default_rng(rng.getrandbits(63))
    n = len(cell_geoms)
    slots4 = np.array([(0.28, 0.28), (0.72, 0.28), (0.28, 0.72), (0.72, 0.72)])
    layout = nrng.choice(5, size=n, p=[0.12, 0.18, 0.2, 0.2, 0.3])  # buildings per cell
    cell_idx, st, big = [], [], []
    for i in range(n):
        k = int(layout[i])
        if k == 0:
            continue
        if k == 1:
            cell_idx.append(i)
            st.append((0.5 + nrng.uniform(-0.05, 0.05), 0.5 + nrng.uniform(-0.05, 0.05)))
            big.append(True)
            continue
        for s in nrng.choice(4, size=k, replace=False):
            cell_idx.append(i)
            st.append(tuple(slots4[s]))
            big.append(False)
    if not cell_idx:
        return []
    ci = np.array(cell_idx)
    st = np.array(st)
    big = np.array(big)
    q = corners[ci]  # NW, SW, SE, NE; s runs west -> east, t north -> south
    s, t = st[:, :1], st[:, 1:]
    nw, sw, se, ne = q[:, 0], q[:, 1], q[:, 2], q[:, 3]
    centre = (1 - s) * (1 - t) * nw + s * (1 - t) * ne + (1 - s) * t * sw + s * t * se
    e1 = (ne - nw) + (se - sw)
    e1 /= np.linalg.norm(e1, axis=1)[:, None]
    ang = nrng.uniform(-0.05, 0.05, size=len(ci))
    c, sn = np.cos(ang)[:, None], np.sin(ang)[:, None]
    e1 = np.concatenate([c * e1[:, :1] - sn * e1[:, 1:], sn * e1[:, :1] + c * e1[:, 1:]], axis=1)
    e2 = np.stack([-e1[:, 1], e1[:, 0]], axis=1)
    w = np.where(big, nrng.uniform(28, 50, len(ci)), nrng.uniform(12, 28, len(ci)))[:, None]
    h = np.where(big, nrng.uniform(22, 45, len(ci)), nrng.uniform(10, 24, len(ci)))[:, None]
    pts = np.stack(
        [
            centre - e1 * w / 2 - e2 * h / 2,
            centre + e1 * w / 2 - e2 * h / 2,
            centre + e1 * w / 2 + e2 * h / 2,
            centre - e1 * w / 2 + e2 * h / 2,
            centre - e1 * w / 2 - e2 * h / 2,
        ],
        axis=1,
    )
    rects = shapely.polygons(pts)
    inset = shapely.buffer(cell_geoms, -6.0, join_style="mitre")
    ok = shapely.contains(inset[ci], rects)
    if water:
        wtree = STRtree([w.geom for w in water])
        hit = wtree.query(rects, predicate="intersects")
        ok[hit[0]] = False
    return [Building(rects[k], str(codes[ci[k]])) for k in np.flatnonzero(ok)]


# --------------------------------------------------------------------------- checks


def _geoms(cells) -> np.ndarray:
    return np.array([getattr(c, "geom", c) for c in cells], dtype=object)


def validate_tiling(cells, tolerance_m2: float = 1.0) -> dict:
    """Prove the cells tile the city: no gaps, no overlaps, all valid, one polygon.

    ``cells`` are Cell objects or shapely polygons. Returns the figures; raises ValueError
    naming the first violation.
    """
    geoms = _geoms(cells)
    n = len(geoms)
    if n == 0:
        raise ValueError("no cells to validate")
    codes = [getattr(c, "code", str(i)) for i, c in enumerate(cells)]
    valid = shapely.is_valid(geoms)
    if not valid.all():
        bad = [codes[i] for i in np.flatnonzero(~valid)[:5]]
        raise ValueError(f"{int((~valid).sum())} invalid cell(s), e.g. {', '.join(bad)}")
    areas = shapely.area(geoms)

    tree = STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    inner = shapely.relate_pattern(geoms[left], geoms[right], "2********")
    overlap_area = 0.0
    if inner.any():
        li, ri = left[inner], right[inner]
        ov = shapely.area(shapely.intersection(geoms[li], geoms[ri]))
        overlap_area = float(ov.sum())
        worst = int(np.argmax(ov))
        if ov[worst] > tolerance_m2:
            raise ValueError(
                f"cells {codes[li[worst]]} and {codes[ri[worst]]} overlap by {ov[worst]:.2f} m² "
                f"({int((ov > tolerance_m2).sum())} overlapping pair(s) above {tolerance_m2} m²)"
            )

    union = shapely.union_all(geoms)
    total = float(areas.sum())
    union_area = float(union.area)
    if isinstance(union, Polygon):
        parts, holes = 1, list(union.interiors)
    else:
        parts = len(getattr(union, "geoms", []))
        holes = [r for p in getattr(union, "geoms", []) for r in getattr(p, "interiors", [])]
    gap_area = float(sum(Polygon(r).area for r in holes))
    figures = {
        "cells": n,
        "min_area": float(areas.min()),
        "max_area": float(areas.max()),
        "mean_area": float(areas.mean()),
        "total_area": total,
        "union_area": union_area,
        "gap_area": gap_area,
        "overlap_area": overlap_area,
        "parts": parts,
        "holes": len(holes),
        "pairs_checked": int(len(left)),
    }
    if abs(total - union_area) > tolerance_m2:
        raise ValueError(
            f"sum of cell areas {total:.2f} m² differs from the union's {union_area:.2f} m² "
            f"by {total - union_area:.2f} m² (cells overlap)"
        )
    if parts != 1:
        raise ValueError(f"the cells form {parts} separate pieces, not one polygon")
    if holes:
        raise ValueError(f"the union has {len(holes)} hole(s), {gap_area:.2f} m² of gaps")
    return figures


def cell_adjacency(cells) -> list[list[int]]:
    """Rook adjacency (shared edge) between cells, by matching edge end points."""
    geoms = _geoms(cells)
    coords, idx = shapely.get_coordinates(shapely.get_exterior_ring(geoms), return_index=True)
    same = idx[:-1] == idx[1:]
    p = np.round(coords[:-1][same], 3)
    q = np.round(coords[1:][same], 3)
    owner = idx[:-1][same]
    edges: dict[tuple, list[int]] = {}
    for a, b, o in zip(map(tuple, p), map(tuple, q), owner, strict=True):
        key = (a, b) if a <= b else (b, a)
        edges.setdefault(key, []).append(int(o))
    adj: list[set[int]] = [set() for _ in range(len(geoms))]
    for owners in edges.values():
        if len(owners) > 1:
            for x in owners:
                adj[x].update(o for o in owners if o != x)
    return [sorted(a) for a in adj]


def assign_inspectors(cells, per_inspector: int = 18) -> dict[str, int]:
    """Give each cell an inspector: contiguous groups of about ``per_inspector`` cells,
    each inside one street (so never across a district). Indexes run from 0."""
    cells = list(cells)
    geoms = _geoms(cells)
    adj = cell_adjacency(geoms)
    cent = shapely.get_coordinates(shapely.centroid(geoms))
    pos = {i: (float(cent[i, 0]), float(cent[i, 1])) for i in range(len(cells))}
    weight = dict.fromkeys(range(len(cells)), 1)
    by_street: dict[str, list[int]] = {}
    for i, c in enumerate(cells):
        by_street.setdefault(GridCode(c.code).street, []).append(i)
    out: dict[str, int] = {}
    inspector = 0
    for scode in sorted(by_street):
        items = by_street[scode]
        members = set(items)
        sadj = {i: [j for j in adj[i] if j in members] for i in items}
        # a street in pieces gets inspectors per piece
        for piece in _components(items, sadj, members):
            k = max(1, round(len(piece) / per_inspector))
            groups = _partition(piece, k, pos, weight, sadj)
            groups.sort(key=lambda g: min(cells[i].code for i in g))
            for g in groups:
                for i in g:
                    out[cells[i].code] = inspector
                inspector += 1
    return out
