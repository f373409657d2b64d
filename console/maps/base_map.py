"""A center's own base map under the city layers: XYZ tiles, WMS/WMTS, or a local file.

Kinds (the settings dialog's choices): ``none`` (only the city's own roads, water and
buildings), ``xyz`` (``https://host/{z}/{x}/{y}.png``), ``wms`` (a GetMap-style address
``https://host/wms?layers=a&crs=EPSG:4549&format=image/png`` or a QGIS WMS/WMTS source
string ``url=...&layers=...``), ``file`` (GeoPackage raster tiles, MBTiles, GeoTIFF).

A WMS layer asks the server for its capabilities when it is created: that is a network
round trip on the main thread, bounded by QGIS's network timeout.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from qgis.core import QgsErrorMessage, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication

KINDS = ("none", "xyz", "wms", "file")
WMS_KEYS = {"layers", "styles", "crs", "format", "tilematrixset", "dpimode", "contextualwmslegend"}


class BaseMapError(ValueError):
    """The base map address is unusable (unknown kind, missing file, invalid source)."""


def xyz_source(url: str, zmax: int = 19) -> str:
    # The template's braces must survive as they are; everything else is percent-encoded.
    return f"type=xyz&url={quote(url, safe=':/?={}')}&zmin=0&zmax={zmax}"


def wms_source(address: str) -> str:
    """A QGIS WMS provider source from a GetMap-style address (or a source string as is)."""
    address = address.strip()
    if address.startswith("url=") or "&url=" in address:
        return address
    parts = urlsplit(address)
    params = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    extra = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in WMS_KEYS | {"service", "request", "version"}]
    if extra:  # vendor parameters (a key, a map name) stay on the address
        base += "?" + "&".join(f"{k}={v}" for k, v in extra)
    source = [("url", base), ("layers", params.get("layers", "")),
              ("styles", params.get("styles", "")),
              ("crs", params.get("crs") or params.get("srs") or "EPSG:4549"),
              ("format", params.get("format", "image/png"))]
    if params.get("tilematrixset"):
        source.append(("tileMatrixSet", params["tilematrixset"]))
    return "&".join(f"{k}={v}" for k, v in source)


def base_map_layer(kind: str, location: str = "") -> QgsRasterLayer | None:
    """The raster layer for a base map setting; None for ``none``; ``BaseMapError`` if unusable."""
    kind = (kind or "none").strip().lower()
    location = (location or "").strip()
    if kind not in KINDS:
        raise BaseMapError(f"unknown base map kind {kind!r}; kinds are: {', '.join(KINDS)}")
    if kind == "none":
        return None
    if not location:
        raise BaseMapError(f"a {kind} base map needs an address")
    title = QCoreApplication.translate("LayerSpec", "External base map")
    if kind == "xyz":
        layer = QgsRasterLayer(xyz_source(location), title, "wms")
    elif kind == "wms":
        layer = QgsRasterLayer(wms_source(location), title, "wms")
    else:
        if not Path(location).exists():
            raise BaseMapError(f"no such file: {location}")
        layer = QgsRasterLayer(location, title, "gdal")
    if not layer.isValid():
        # never QgsError.summary(): it crashes QGIS 3.22 on an empty error
        error = layer.error().message(QgsErrorMessage.Text) if not layer.error().isEmpty() else ""
        raise BaseMapError(f"the base map {location} did not load {error}".strip())
    return layer
