"""Builds the map's QgsVectorLayers from ``LayerSpec``s, for SpatiaLite and PostGIS.

The layers read the database through QGIS's own providers (multi-threaded rendering, spatial
indexes, compiled filters); nothing here writes. Styles come from ``layers/<spec.style>``.

Threading: create layers on the main thread (QgsVectorLayer is a QObject); rendering then
reads them from QGIS's render threads.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsErrorMessage,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from sqlalchemy.engine import make_url

from console.domain.errors import InvalidInput
from console.maps.layer_specs import LAYER_SPECS, LayerSpec
from console.maps.legend import translate_legend

log = logging.getLogger(__name__)

CRS = "EPSG:4549"
KEY_PROPERTY = "console/layer_key"
#: QGIS often says nothing when PostgreSQL is down or the database is missing
NO_REASON = "the database did not answer or refused the connection"  # custom layer property: the spec key of a layer
_WKB = {
    "district": QgsWkbTypes.MultiPolygon, "street": QgsWkbTypes.MultiPolygon,
    "community": QgsWkbTypes.MultiPolygon, "water": QgsWkbTypes.MultiPolygon,
    "grid_cell": QgsWkbTypes.Polygon, "building": QgsWkbTypes.Polygon,
    "road": QgsWkbTypes.LineString, "component": QgsWkbTypes.Point, "case_file": QgsWkbTypes.Point,
}


class LayerFactory:
    """``LayerFactory(db_url).create(spec)``: a styled, valid layer, or ``LayerError``.

    ``db_url`` is the SQLAlchemy URL the services use: ``sqlite:///FILE`` or
    ``postgresql[+psycopg]://user:pw@host:port/db`` (``?host=/socket/dir``, ``?sslmode=``
    allowed), or a libpq service (``postgresql://?service=city``, from pg_service.conf, with
    an optional database/user/password that override the service's).

    A layer that cannot load raises ``LayerError`` naming the reason; ``failures`` keeps the
    last reason per spec key until that layer loads (the window shows them).
    """

    def __init__(self, db_url: str, layers_dir: Path | None = None):
        try:
            self.url = make_url(str(db_url))
        except Exception as exc:
            raise InvalidInput(f"not a database URL: {db_url!r} ({exc})") from None
        self.backend = self.url.get_backend_name()
        if self.backend == "sqlite":
            if not self.url.database or self.url.database == ":memory:":
                raise InvalidInput("the map needs a SpatiaLite file, not an in-memory database")
            self.provider = "spatialite"
        elif self.backend == "postgresql":
            self.provider = "postgres"
        else:
            raise InvalidInput(f"unsupported database {self.backend!r} for the map")
        self.layers_dir = layers_dir
        self.failures: dict[str, str] = {}
        #: key → "missing_file", "unreachable" (QGIS gave no reason) or "provider"
        self.failure_kinds: dict[str, str] = {}

    # --- data source ------------------------------------------------------------------

    def uri(self, spec: LayerSpec, subset: str | None = None) -> QgsDataSourceUri:
        uri = QgsDataSourceUri()
        sql = spec.subset if subset is None else subset
        if self.provider == "spatialite":
            uri.setDatabase(str(Path(self.url.database).resolve()))
            uri.setDataSource("", spec.table, spec.geometry_column, sql)
        else:
            q = self.url.query
            host = self.url.host or _first(q.get("host")) or ""
            port = str(self.url.port or _first(q.get("port")) or "")
            service = _first(q.get("service"))
            sslmode = _first(q.get("sslmode"))
            ssl = QgsDataSourceUri.decodeSslMode(sslmode) if sslmode else QgsDataSourceUri.SslPrefer
            if service and not host:
                # QgsDataSourceUri has no setService() in QGIS 3.22: the service overload of
                # setConnection (libpq reads host, port, dbname... from pg_service.conf)
                uri.setConnection(service, self.url.database or "", self.url.username or "",
                                  self.url.password or "", ssl)
            else:
                uri.setConnection(host, port, self.url.database or "", self.url.username or "",
                                  self.url.password or "", ssl)
            # Our keys are text UUIDs: QGIS maps them onto feature ids itself.
            uri.setDataSource("public", spec.table, spec.geometry_column, sql, "id")
            uri.setUseEstimatedMetadata(True)
            uri.setParam("checkPrimaryKeyUnicity", "0")
        uri.setSrid(CRS.split(":")[1])
        if spec.table in _WKB:
            uri.setWkbType(_WKB[spec.table])
        return uri

    # --- layers -----------------------------------------------------------------------

    def style_path(self, spec: LayerSpec) -> Path:
        return (self.layers_dir / spec.style) if self.layers_dir else spec.style_path

    def create(self, spec: LayerSpec, styled: bool = True, subset: str | None = None,
               name: str | None = None) -> QgsVectorLayer:
        """A new layer for ``spec`` (not added to any project; the caller owns it)."""
        title = name or QCoreApplication.translate("LayerSpec", spec.title)
        if self.provider == "spatialite" and not Path(self.url.database).is_file():
            # the provider would make an invalid layer; say why instead
            self._fail(spec, f"no SpatiaLite file {self.url.database}", "missing_file")
        layer = QgsVectorLayer(self.uri(spec, subset).uri(False), title, self.provider)
        if not layer.isValid():
            reason = layer_error_text(layer)
            self._fail(spec, reason or NO_REASON, "provider" if reason else "unreachable")
        self.failures.pop(spec.key, None)
        self.failure_kinds.pop(spec.key, None)
        layer.setCrs(QgsCoordinateReferenceSystem(CRS))
        layer.setCustomProperty(KEY_PROPERTY, spec.key)
        if styled:
            self.apply_style(layer, spec)
        layer.setReadOnly(spec.read_only)
        return layer

    def apply_style(self, layer: QgsVectorLayer, spec: LayerSpec) -> None:
        path = self.style_path(spec)
        if path.exists():
            message, ok = layer.loadNamedStyle(str(path))
            if not ok:
                log.warning("style %s not applied: %s", path, message)
            translate_legend(layer)
        else:
            log.warning("no style file %s for layer %s", path, spec.key)
        # The spec owns the scale range, so one place sets it whatever the .qml says.
        layer.setScaleBasedVisibility(spec.has_scale_limits)
        layer.setMinimumScale(spec.min_scale)
        layer.setMaximumScale(spec.max_scale)

    def create_all(self, specs=LAYER_SPECS, styled: bool = True) -> dict[str, QgsVectorLayer]:
        return {s.key: self.create(s, styled=styled) for s in specs}


    def _fail(self, spec: LayerSpec, reason: str, kind: str):
        self.failures[spec.key] = reason
        self.failure_kinds[spec.key] = kind
        raise LayerError(f"layer {spec.key} ({spec.table}) did not load: {reason}", key=spec.key,
                         reason=reason)


def layer_error_text(layer) -> str:
    """Why a layer is invalid, as plain text; "" if QGIS does not say.

    Never ``QgsError.summary()``: on an empty error it crashes QGIS 3.22 (segmentation
    fault). ``message()`` is safe, and the provider's error is only read while the provider
    exists (an invalid layer may have none).
    """
    texts = []
    for error in (layer.error(), layer.dataProvider().error() if layer.dataProvider() else None):
        if error is None or error.isEmpty():
            continue
        text = error.message(QgsErrorMessage.Text).strip()
        if text and text not in texts:
            texts.append(text)
    return "; ".join(texts)


class LayerError(RuntimeError):
    """A layer could not be opened (missing table, wrong database, provider error)."""

    def __init__(self, message: str, key: str | None = None, reason: str = ""):
        super().__init__(message)
        self.key = key
        self.reason = reason


def _first(value):
    if isinstance(value, tuple | list):
        return value[0] if value else None
    return value
