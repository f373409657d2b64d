"""The phone's map: vector tiles of the console's layers and a style read from the same QML files (issue 9).

GET /api/v1/map/style.json — the layers and their rules (``console.services.map_style``);
GET /api/v1/tiles/{layer}/{z}/{x}/{y}.mvt — a Mapbox Vector Tile, or 204 No Content where
nothing is drawn (below a layer's zoom range, or no feature there). Both need the token;
tiles may be kept by the phone only (``private``): a short time for cases, longer for the
boundaries and roads.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Path
from fastapi.responses import Response

from console.server.app import API, Who
from console.services.app import Services
from console.services.map_style import style_json
from console.services.vector_tiles import VectorTiles, max_age

MVT = "application/vnd.mapbox-vector-tile"


def install(app: FastAPI, services: Services) -> None:
    """Add this part's routes (and any background work) to the server's app."""
    tiles = VectorTiles(services.db, services.policy)

    @app.get(f"{API}/map/style.json", tags=["map"])
    def map_style(who: Who) -> dict:
        """The phone's style: each layer's rules as the console's QML files draw them."""
        return style_json()

    @app.get(f"{API}/tiles/{{layer}}/{{z}}/{{x}}/{{y}}.mvt", tags=["map"],
             response_class=Response,
             responses={200: {"content": {MVT: {}}}, 204: {"description": "nothing drawn"}})
    def tile(who: Who, layer: Annotated[str, Path(max_length=32)],
             z: Annotated[int, Path(ge=0, le=22)], x: Annotated[int, Path(ge=0)],
             y: Annotated[int, Path(ge=0)]) -> Response:
        data = tiles.tile(layer, z, x, y)
        headers = {"Cache-Control": f"private, max-age={max_age(layer)}"}
        if not data:
            return Response(status_code=204, headers=headers)
        return Response(data, media_type=MVT, headers=headers)
