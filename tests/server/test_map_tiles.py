"""The phone's map through the server (issue 9): style.json and vector tiles on both back-ends."""

from __future__ import annotations

import math

import mapbox_vector_tile
import pytest
import shapely
from sqlalchemy import func, select

from console.services.demo_city.build import DEMO_PASSWORD
from console.services.geo import xy_to_lonlat
from console.services.map_style import evaluate, styles
from console.services.vector_tiles import EXTENT, VectorTiles
from console.store.models import CaseFile
from tests.conftest import BACKENDS, shared_demo_copy

LAYERS = ("district", "street", "community", "grid_cell", "road", "component", "case")


@pytest.fixture(scope="module")
def backends(request, tmp_path_factory):
    """A demo copy and an in-process app on each back-end (the tiles are compared)."""
    from fastapi.testclient import TestClient

    from console.server.app import create_app
    from console.services.app import open_services

    out, gens = {}, []
    for backend in BACKENDS:
        request.param = backend  # shared_demo_copy reads the back-end from the request
        gen = shared_demo_copy(request, tmp_path_factory)
        services = open_services(next(gen))
        client = TestClient(create_app(services))
        token = client.post("/api/v1/login", json={"name": "inspector001",
                                                   "password": DEMO_PASSWORD}).json()["token"]
        client.headers["Authorization"] = f"Bearer {token}"
        out[backend] = (client, services)
        gens.append(gen)
    yield out
    for _client, services in out.values():
        services.close()
    for gen in gens:
        next(gen, None)


def _tile_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 2 ** z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def _centre(services):
    with services.db.read() as s:
        x, y = s.execute(select(func.avg(CaseFile.x), func.avg(CaseFile.y))
                         .where(CaseFile.state == "dispatched")).one()
    return xy_to_lonlat(x, y)


def test_tiles_decode_inside_their_box_with_the_rule_their_attributes_select(backends):
    client, services = backends["spatialite"]
    lon, lat = _centre(services)
    every = styles()
    seen = set()
    for layer in LAYERS:
        for z in (12, 16):
            x, y = _tile_of(lon, lat, z)
            r = client.get(f"/api/v1/tiles/{layer}/{z}/{x}/{y}.mvt")
            assert "private" in r.headers["cache-control"]
            if r.status_code == 204:
                assert z + 0.5 < every[layer].minzoom or layer not in ("district", "case"), layer
                continue
            assert r.status_code == 200 and r.headers["content-type"].startswith(
                "application/vnd.mapbox-vector-tile")
            features = mapbox_vector_tile.decode(
                r.content, default_options={"y_coord_down": False})[layer]["features"]
            assert features
            seen.add(layer)
            if layer == "component":  # the categories by major class, not only the catch-all
                assert len({f["properties"]["_rule"] for f in features}) > 1
            for f in features:
                geom = shapely.geometry.shape(f["geometry"])
                lo, hi = -EXTENT * 0.02, EXTENT * 1.02  # the buffer around the tile
                minx, miny, maxx, maxy = geom.bounds
                assert lo <= minx and maxx <= hi and lo <= miny and maxy <= hi, (layer, z)
                props = f["properties"]
                rule = every[layer].rules[props["_rule"]]
                attrs = {k: v for k, v in props.items() if k != "_rule"}
                attrs.setdefault("light", None)
                assert rule.minzoom <= z + 0.5 < rule.maxzoom
                assert rule.expression is None or evaluate(rule.expression, attrs) is True
                assert every[layer].rule_for(attrs, z + 0.5) == props["_rule"]
    assert seen >= {"district", "road", "component", "case", "grid_cell"}
    # below a layer's zoom range: nothing, without a query; unknown layers and tiles refused
    assert client.get("/api/v1/tiles/component/10/850/410.mvt").status_code == 204
    assert client.get("/api/v1/tiles/nope/1/0/0.mvt").json()["code"] == "unknown_map_layer"
    assert client.get("/api/v1/tiles/case/2/4/0.mvt").json()["code"] == "invalid_tile"
    style = client.get("/api/v1/map/style.json").json()
    assert [layer["id"] for layer in style["layers"]] == list(every)
    token = client.headers.pop("Authorization")
    try:
        assert client.get("/api/v1/map/style.json").status_code == 401
        assert client.get("/api/v1/tiles/case/12/0/0.mvt").status_code == 401
    finally:
        client.headers["Authorization"] = token


def test_both_back_ends_make_the_same_features(backends):
    lon, lat = _centre(backends["spatialite"][1])
    tiles = {b: VectorTiles(services.db, services.policy)
             for b, (_c, services) in backends.items()}
    from datetime import UTC, datetime

    now = datetime(2026, 12, 1, tzinfo=UTC)
    for layer in LAYERS:
        for z in (13, 16):
            x, y = _tile_of(lon, lat, z)
            a, b = (tiles[k].features(layer, z, x, y, now) for k in BACKENDS)
            assert [f["properties"] for f in a] == [f["properties"] for f in b], (layer, z)
            for fa, fb in zip(a, b, strict=True):
                assert fa["geometry"].equals_exact(fb["geometry"], 0.01), (layer, z)


def test_features_per_tile_stay_bounded_at_low_zoom(backends):
    _client, services = backends["spatialite"]
    lon, lat = _centre(services)
    tiles = VectorTiles(services.db, services.policy)
    x, y = _tile_of(lon, lat, 11)
    assert tiles.features("component", 11, x, y) == []  # the QML's scale range: z ≥ 16
    assert tiles.features("grid_cell", 11, x, y) == []
    with services.db.read() as s:
        open_cases = s.scalar(select(func.count()).select_from(CaseFile).where(
            CaseFile.state.notin_(["closed", "rejected", "cancelled", "merged"])))
    assert len(tiles.features("case", 11, x, y)) <= open_cases
