"""The field client's API: an inspector's or a crew's work, the catalog, locating, duplicates (issue 9).

The rules live in ``console.services.field_work``; this module only maps HTTP onto it.
Every endpoint needs the login token (the ``Who`` dependency of the server's app).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query

from console.server.app import API, Who
from console.services.app import Services
from console.services.field_work import COMPONENT_RADIUS_M, FieldWork

FIELD = f"{API}/field"
Lon = Annotated[float, Query(ge=-180, le=180, description="longitude, WGS 84")]
Lat = Annotated[float, Query(ge=-90, le=90, description="latitude, WGS 84")]
Code = Annotated[str, Query(min_length=1, max_length=16)]


def install(app: FastAPI, services: Services) -> None:
    """Add this part's routes (and any background work) to the server's app."""
    field = FieldWork(services.db, services.catalog, services.policy, services.locator,
                      services.cases)
    app.state.field_work = field

    @app.get(f"{FIELD}/catalog", tags=["field"])
    def field_catalog(who: Who) -> dict:
        """The classes a report may take, and the user's own recent ones (newest first)."""
        return field.catalog_json(who)

    @app.get(f"{FIELD}/locate", tags=["field"])
    def field_locate(who: Who, lon: Lon, lat: Lat) -> dict:
        """Grid cell, area names, nearest road and the cell's inspector of a point."""
        return field.locate(lon, lat)

    @app.get(f"{FIELD}/duplicates", tags=["field"])
    def field_duplicates(who: Who, kind: Code, class_code: Code, lon: Lon, lat: Lat) -> dict:
        """Open cases of the same class within 50 m: the report may be a duplicate."""
        return field.duplicates(who, kind, class_code, lon, lat)

    @app.get(f"{FIELD}/components", tags=["field"])
    def field_components(who: Who, lon: Lon, lat: Lat,
                         class_code: Annotated[str | None, Query(max_length=16)] = None,
                         radius: Annotated[float, Query(gt=0, le=200)] = COMPONENT_RADIUS_M
                         ) -> dict:
        """Components near a point, nearest first (to pick the one a report is about)."""
        return field.components_near(lon, lat, class_code, radius)

    @app.get(f"{FIELD}/work", tags=["field"])
    def field_work(who: Who, lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
                   lat: Annotated[float | None, Query(ge=-90, le=90)] = None) -> dict:
        """The user's open orders (核实, 核查, 处置), nearest first with a position, their
        last reports and their cells."""
        return field.work(who, lon, lat)

    @app.get(f"{FIELD}/cells", tags=["field"])
    def field_cells(who: Who) -> dict:
        """The user's grid cells as GeoJSON in WGS 84."""
        return field.cells_geojson(who)
