"""The synthetic demo city: tiling, codes, hierarchy, determinism, components, inspectors."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, box

from console.domain.catalog import load_catalog
from console.domain.codes import GRID_CODE_LEN, ComponentId, GridCode
from console.services.demo_city.components import OWNER_KEYS, owner_key, place_components
from console.services.demo_city.geometry import (
    CELL_AREA_MAX,
    CELL_AREA_MIN,
    DISTRICTS,
    assign_inspectors,
    cell_adjacency,
    centre_xy,
    generate_city,
    validate_tiling,
)


@pytest.fixture(scope="module")
def city():
    return generate_city("small", seed=1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def components(city, catalog):
    return place_components(city, catalog, "small", 1)


@pytest.fixture(scope="module")
def inspectors(city):
    return assign_inspectors(city.cells, per_inspector=18)


# --------------------------------------------------------------------------- the city


def test_small_city_builds(city):
    assert 300 <= len(city.cells) <= 500
    assert {d.code: d.name for d in city.districts} == DISTRICTS
    assert 3 <= len(city.streets) <= 6
    assert len(city.communities) >= 6
    assert city.crs == "EPSG:4549"
    assert city.centre_lonlat == (119.92, 32.46)
    cx, cy = centre_xy()
    assert 480_000 < cx < 500_000 and 3_580_000 < cy < 3_600_000  # west of the 120°E meridian
    minx, miny, maxx, maxy = city.extent
    assert minx < cx < maxx and miny < cy < maxy
    assert {r.kind for r in city.roads} == {"main", "secondary", "branch"}
    assert all(r.geom.geom_type == "LineString" and r.geom.length > 0 for r in city.roads)
    assert len(city.water) >= 2  # the river and at least a pond
    assert all(w.geom.geom_type in ("Polygon", "MultiPolygon") and w.geom.is_valid for w in city.water)
    assert city.buildings


def test_city_extent_is_about_two_km_square(city):
    minx, miny, maxx, maxy = city.extent
    assert 1_800 < maxx - minx < 2_800
    assert 1_800 < maxy - miny < 2_800


def test_river_is_40_to_80_metres_wide(city):
    river = city.water[0].geom
    assert river.area > 0
    # width ~ area / length of its centre line; the outline's length is about twice that
    mean_width = 2 * river.area / river.exterior.length if isinstance(river, Polygon) else None
    if mean_width is not None:
        assert 35 <= mean_width <= 85


def test_tiling_has_no_gaps_or_overlaps(city):
    fig = validate_tiling(city.cells)
    assert fig["cells"] == len(city.cells)
    assert fig["gap_area"] == 0 and fig["holes"] == 0 and fig["parts"] == 1
    assert fig["overlap_area"] <= 1.0
    assert abs(fig["total_area"] - fig["union_area"]) <= 1.0
    assert CELL_AREA_MIN <= fig["min_area"] <= fig["mean_area"] <= fig["max_area"] <= CELL_AREA_MAX


def test_validate_tiling_finds_a_gap(city):
    geoms = [c.geom for c in city.cells]
    adj = cell_adjacency(geoms)
    interior = next(i for i, a in enumerate(adj) if len(a) == 4)  # a cell with 4 neighbours
    with pytest.raises(ValueError, match="hole"):
        validate_tiling(geoms[:interior] + geoms[interior + 1 :])


def test_validate_tiling_finds_an_overlap(city):
    geoms = [c.geom for c in city.cells]
    minx, miny, _, _ = geoms[0].bounds
    extra = box(minx + 10, miny + 10, minx + 60, miny + 60)
    with pytest.raises(ValueError, match="overlap"):
        validate_tiling(geoms + [extra])


def test_validate_tiling_finds_an_invalid_cell(city):
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    with pytest.raises(ValueError, match="invalid"):
        validate_tiling([c.geom for c in city.cells] + [bow_tie])


def test_cell_areas_in_range(city):
    areas = np.array([c.area for c in city.cells])
    assert areas.min() >= CELL_AREA_MIN and areas.max() <= CELL_AREA_MAX
    assert np.allclose(areas, [c.geom.area for c in city.cells])


def test_cells_share_vertices_exactly(city):
    # a conforming mesh: every interior edge is shared by exactly two cells
    adj = cell_adjacency(city.cells)
    assert sum(len(a) for a in adj) / len(adj) > 3.5
    assert all(len(c.geom.exterior.coords) == 5 for c in city.cells)


# --------------------------------------------------------------------------- codes


def test_cell_codes(city):
    codes = [c.code for c in city.cells]
    assert len(set(codes)) == len(codes)
    community_codes = {c.code for c in city.communities}
    for c in city.cells:
        assert len(c.code) == GRID_CODE_LEN == 15 and c.code.isdigit()
        assert c.code[:12] == c.community_code
        assert c.community_code in community_codes
        assert GridCode(c.code).community == c.community_code
        assert c.district_code in DISTRICTS


def test_sequences_run_from_one_within_each_community(city):
    seqs = defaultdict(list)
    for c in city.cells:
        seqs[c.community_code].append(GridCode(c.code).sequence)
    for community, s in seqs.items():
        assert sorted(s) == list(range(1, len(s) + 1)), community


def test_cells_are_numbered_west_to_east_north_to_south(city):
    cells = city.cells
    adj = cell_adjacency(cells)
    cent = shapely.get_coordinates(shapely.centroid([c.geom for c in cells]))
    checked = 0
    for i, neighbours in enumerate(adj):
        for j in neighbours:
            if cells[i].community_code != cells[j].community_code:
                continue
            dx, dy = cent[j] - cent[i]
            seq_i, seq_j = GridCode(cells[i].code).sequence, GridCode(cells[j].code).sequence
            if abs(dx) > 2 * abs(dy):  # j east or west of i, same row
                assert (seq_j > seq_i) == (dx > 0)
            elif abs(dy) > 2 * abs(dx):  # j north or south of i
                assert (seq_j > seq_i) == (dy < 0)
            checked += 1
    assert checked > len(cells)


def test_hierarchy_by_code(city):
    street_codes = {s.code for s in city.streets}
    for s in city.streets:
        assert len(s.code) == 9 and s.code[:6] == s.district_code and s.district_code in DISTRICTS
    for c in city.communities:
        assert len(c.code) == 12 and c.code[:9] == c.street_code and c.street_code in street_codes
    assert len({s.code for s in city.streets}) == len(city.streets)
    assert len({c.code for c in city.communities}) == len(city.communities)
    assert len({c.name for c in city.communities}) == len(city.communities)
    assert all(c.name.endswith("社区") for c in city.communities)
    assert all(s.name.endswith(("街道", "镇")) for s in city.streets)


def test_hierarchy_by_geometry(city):
    streets = {s.code: s for s in city.streets}
    districts = {d.code: d for d in city.districts}
    for c in city.communities:
        assert c.geom.geom_type == "Polygon"  # contiguous
        assert c.geom.within(streets[c.street_code].geom.buffer(0.01))
    for s in city.streets:
        assert s.geom.geom_type == "Polygon"
        assert s.geom.within(districts[s.district_code].geom.buffer(0.01))
    for d in city.districts:
        assert d.geom.geom_type == "Polygon"
    comm = {c.code: c for c in city.communities}
    for cell in city.cells[::7]:
        assert cell.geom.within(comm[cell.community_code].geom.buffer(0.01))
    total = sum(c.area for c in city.cells)
    assert abs(sum(d.geom.area for d in city.districts) - total) < 1.0
    assert abs(sum(s.geom.area for s in city.streets) - total) < 1.0
    assert abs(sum(c.geom.area for c in city.communities) - total) < 1.0


def test_buildings_inside_their_cells_and_dry(city):
    cells = {c.code: c.geom for c in city.cells}
    water = shapely.union_all([w.geom for w in city.water])
    per_cell = Counter(b.cell_code for b in city.buildings)
    assert max(per_cell.values()) <= 5
    for b in city.buildings:
        assert b.geom.is_valid and b.geom.area > 50
        assert b.geom.buffer(5).within(cells[b.cell_code])  # set back from the edges
        assert not b.geom.intersects(water)


def test_deterministic(city):
    again = generate_city("small", seed=1)
    assert [c.code for c in again.cells] == [c.code for c in city.cells]
    assert all(a.geom.equals_exact(b.geom, 0) for a, b in zip(again.cells, city.cells, strict=True))
    assert [c.name for c in again.communities] == [c.name for c in city.communities]
    assert [(r.name, r.kind) for r in again.roads] == [(r.name, r.kind) for r in city.roads]
    assert len(again.buildings) == len(city.buildings)
    other = generate_city("small", seed=2)
    assert [c.geom.wkb for c in other.cells] != [c.geom.wkb for c in city.cells]


def test_unknown_scale():
    with pytest.raises(ValueError, match="scale"):
        generate_city("huge")


# --------------------------------------------------------------------------- components


def test_components_cover_every_class(components, catalog):
    classes = {c.code for c in catalog.classes("component")}
    assert len(classes) == 99
    assert {c.class_code for c in components} == classes
    assert 3_000 <= len(components) <= 12_000


def test_component_frequencies_are_realistic(components):
    n = Counter(c.class_code for c in components)
    common = ("0101", "0102", "0103", "0118", "0305", "0402")
    rare = ("0401", "0502", "0601")
    assert min(n[c] for c in common) > 10 * max(n[c] for c in rare)
    assert n["0402"] > n["0118"] > n["0305"] > n["0203"]


def test_components_inside_their_cells(city, components):
    cells = {c.code: c.geom for c in city.cells}
    inside = shapely.contains_properly(
        np.array([cells[c.cell_code] for c in components]),
        shapely.points([(c.x, c.y) for c in components]),
    )
    assert inside.all()


def test_component_codes(components, catalog):
    codes = [c.code for c in components]
    assert len(set(codes)) == len(codes)
    seqs = defaultdict(list)
    for c in components:
        cid = ComponentId(c.code)
        assert len(c.code) == 16
        assert cid.county == c.cell_code[:6]
        assert cid.class_code == c.class_code and c.class_code[:2] == c.major_code
        assert catalog.get("component", c.class_code).major_code == c.major_code
        seqs[(cid.county, cid.class_code)].append(cid.sequence)
    for key, s in seqs.items():
        assert sorted(s) == list(range(1, len(s) + 1)), key


def test_component_states_and_departments(components):
    states = Counter(c.state for c in components)
    assert set(states) <= {"完好", "破损", "丢失", "占用"}
    assert states["完好"] > 0.85 * len(components)
    assert states["破损"] > 0 and states["丢失"] > 0
    for c in components:
        assert c.owner_key in OWNER_KEYS and c.maintainer_key in OWNER_KEYS
    assert owner_key("0101") == "water"
    assert {owner_key(c) for c in ("0102", "0103", "0104")} == {"drainage"}
    assert {owner_key(c) for c in ("0105", "0116", "0134")} == {"power"}
    assert {owner_key(c) for c in ("0106", "0118", "0119", "0120")} == {"lighting"}
    assert {owner_key(c) for c in ("0107", "0108", "0109", "0115")} == {"telecom"}
    assert owner_key("0305") == "sanitation" and owner_key("0402") == "greening"
    assert owner_key("0503") == "housing" and owner_key("0602") == "construction"
    assert owner_key("0601") == "safety"
    assert {owner_key(c) for c in ("0603", "0604", "0606")} == {"water_affairs"}
    assert owner_key("2199") == "urban_management"
    assert OWNER_KEYS["water"] == "自来水公司"


def test_lamps_and_manholes_stand_by_roads(city, components):
    roads = shapely.union_all([r.geom for r in city.roads])
    near = [c for c in components if c.class_code in ("0118", "0101", "0102", "0103")]
    d = shapely.distance(roads, shapely.points([(c.x, c.y) for c in near]))
    assert np.median(d) < 10.0


def test_components_deterministic(city, catalog, components):
    again = place_components(city, catalog, "small", 1)
    assert [(c.code, c.x, c.y, c.state) for c in again] == [
        (c.code, c.x, c.y, c.state) for c in components
    ]
    other = place_components(city, catalog, "small", 2)
    assert [(c.x, c.y) for c in other[:100]] != [(c.x, c.y) for c in components[:100]]


# --------------------------------------------------------------------------- inspectors


def test_every_cell_has_an_inspector(city, inspectors):
    assert set(inspectors) == {c.code for c in city.cells}


def test_inspector_groups_are_about_18_cells(inspectors):
    sizes = Counter(inspectors.values())
    assert sorted(sizes) == list(range(len(sizes)))
    values = np.array(list(sizes.values()))
    assert 15 <= values.mean() <= 21
    assert values.min() >= 9 and values.max() <= 30


def test_inspector_groups_stay_in_one_street_and_are_contiguous(city, inspectors):
    groups = defaultdict(list)
    for i, c in enumerate(city.cells):
        groups[inspectors[c.code]].append(i)
    adj = cell_adjacency(city.cells)
    for members in groups.values():
        assert len({city.cells[i].code[:9] for i in members}) == 1  # one street
        assert len({city.cells[i].code[:6] for i in members}) == 1  # one district
        seen, stack, ms = {members[0]}, [members[0]], set(members)
        while stack:
            for j in adj[stack.pop()]:
                if j in ms and j not in seen:
                    seen.add(j)
                    stack.append(j)
        assert seen == ms


# --------------------------------------------------------------------------- city scale


@pytest.mark.slow
def test_city_scale():
    big = generate_city("city", seed=1)
    assert 9_000 <= len(big.cells) <= 11_000
    assert len(big.streets) == 12 and len(big.communities) == 60
    fig = validate_tiling(big.cells)
    assert 90e6 <= fig["union_area"] <= 110e6
    groups = assign_inspectors(big.cells)
    district_of = defaultdict(set)
    for code, g in groups.items():
        district_of[g].add(code[:6])
    assert all(len(d) == 1 for d in district_of.values())
    comps = place_components(big, load_catalog(), "city", 1)
    assert 80_000 <= len(comps) <= 120_000
    assert len({c.class_code for c in comps}) == 99
