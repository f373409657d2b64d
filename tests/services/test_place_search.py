"""Search by name (with pinyin initials) and addresses from points, on the demo city (no Qt)."""

import pytest
from shapely.geometry import Point
from sqlalchemy import select

from console.services.address_service import AddressService, format_address
from console.services.place_search import PlaceIndex, pinyin_keys
from console.store.models import Community, District, GridCell, Road


@pytest.fixture(scope="module")
def lite(spatialite_template):
    from console.services.app import open_services

    sv = open_services(f"sqlite:///{spatialite_template}")
    yield sv
    sv.close()


@pytest.fixture(scope="module")
def addresses(lite):
    return AddressService(lite.db, lite.locator)


@pytest.fixture(scope="module")
def index(lite, addresses):
    idx = PlaceIndex(lite.db, addresses)
    idx.load()
    return idx


def test_pinyin_keys():
    assert pinyin_keys("海陵区") == ("hlq", "hailingqu")


def test_every_named_place_is_found_by_its_name(lite, index):
    with lite.db.read() as s:
        communities = s.scalars(select(Community.name)).all()
        roads = set(s.scalars(select(Road.name).where(Road.name != "")).all())
    assert communities and roads
    for name in communities:
        hits = index.search(name)
        assert hits[0]["name"] == name and hits[0]["kind"] == "community"
        assert hits[0]["parent"]  # district and street, to tell equal names apart
    for name in roads:
        assert any(h["kind"] == "road" and h["name"] == name for h in index.search(name))


def test_partial_names_and_pinyin_initials(index):
    assert index.search("hlq")[0]["name"] == "海陵区"
    assert index.search("hailing")[0]["name"].startswith("海陵")
    hits = index.search("社区", limit=50)
    assert hits and all(h["kind"] == "community" for h in hits)
    first = index.search("海陵")
    assert first[0]["kind"] == "district"  # the district before the road of the same name
    assert index.search("zzzzqqq") == [] and index.search("  ") == []
    assert len(index.search("社区", limit=3)) == 3


def test_hits_carry_geometry_for_the_map(index):
    hit = index.search("海陵区")[0]
    minx, miny, maxx, maxy = hit["bounds"]
    assert minx < hit["x"] < maxx and miny < hit["y"] < maxy
    wkt = index.geometry_wkt(hit["kind"], hit["key"])
    assert wkt.startswith(("MULTIPOLYGON", "POLYGON"))


def test_address_at_names_area_road_and_door_number(lite, addresses):
    with lite.db.read() as s:
        cell = s.execute(select(GridCell.code, GridCell.geom).limit(1)).first()
        district = s.scalar(select(District.name).where(District.code == cell.code[:6]))
    from geoalchemy2.shape import to_shape

    p = to_shape(cell.geom).representative_point()
    got = addresses.address_at(p.x, p.y)
    assert got["district"] == district and got["community"] and got["street"]
    assert got["road"] and got["number"] >= 1
    assert got["address"].startswith(district)
    assert f"{got['road']}{got['number']}号" in got["address"]


def test_door_numbers_round_trip(addresses, index):
    road = next(h for h in index.search("路", limit=50) if h["kind"] == "road")["name"]
    for number in (1, 2, 37, 88):
        spot = addresses.locate_address(f"{road}{number}号")
        assert spot is not None and spot["number"] == number
        line = next(r.line for r in addresses._roads if r.name == road)
        assert addresses.door_number(line, Point(spot["x"], spot["y"])) == number
        assert line.distance(Point(spot["x"], spot["y"])) < 20
    assert addresses.locate_address("不存在路5号") is None
    assert addresses.locate_address("海陵区") is None
    hits = index.search(f"{road}12号")
    assert hits[0]["kind"] == "address" and hits[0]["name"] == f"{road}12号"


def test_format_address_leaves_out_what_is_unknown():
    assert format_address({"district": "海陵区", "street": None, "community": None,
                           "road": "凤凰路", "number": 3}) == "海陵区 凤凰路3号"
    assert format_address({"district": "海陵区"}) == "海陵区"
