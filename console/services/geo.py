"""Coordinate conversion at the edge: lon/lat (CGCS2000 ≈ WGS 84) in, projected metres stored.

Transformers are built here once; nothing else constructs one.
"""

from __future__ import annotations

import math
from functools import lru_cache

from pyproj import Transformer

from console.domain.errors import InvalidInput

PROJECTED = "EPSG:4549"
GEOGRAPHIC = "EPSG:4490"


@lru_cache(maxsize=8)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


def number(value, name: str) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{name} must be a number, got {value!r}", code="not_a_number",
                           field=name, value=str(value)) from None
    if not math.isfinite(out):
        raise InvalidInput(f"{name} must be a finite number, got {value!r}", code="not_a_number",
                           field=name, value=str(value))
    return out


def lonlat_to_xy(lon, lat, crs: str = PROJECTED) -> tuple[float, float]:
    lon, lat = number(lon, "longitude"), number(lat, "latitude")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise InvalidInput(f"({lon}, {lat}) is not a longitude/latitude", code="invalid_lonlat",
                           lon=lon, lat=lat)
    return _transformer(GEOGRAPHIC, crs).transform(lon, lat)


def xy_to_lonlat(x: float, y: float, crs: str = PROJECTED) -> tuple[float, float]:
    return _transformer(crs, GEOGRAPHIC).transform(x, y)
