"""What the field client (an inspector's or a crew's phone) reads: its work, the catalog,
where a point is, duplicates and components nearby (issue 9). No Qt, no FastAPI.

Every call is one read session and a bounded number of queries (no query per case); the
positions go out in WGS 84 (``geo``), distances are metres in the projected CRS.
"""

from __future__ import annotations

from datetime import UTC, datetime

from geoalchemy2.shape import to_shape
from sqlalchemy import and_, or_, select

from console.domain.catalog import Catalog
from console.domain.deadlines import DeadlinePolicy
from console.domain.errors import InvalidInput, NotFound
from console.domain.text_input import clean_reference
from console.domain.workflow import Actor, State, allowed_actions
from console.services.address_service import AddressService
from console.services.case_query import light
from console.services.case_service import CaseService, case_view
from console.services.geo import lonlat_to_xy, number, xy_to_lonlat
from console.services.locator import GridLocator
from console.store.engine import Database
from console.store.models import CaseFile, Component, GridCell

RECENT_CLASSES = 8
RECENT_SCAN = 200  # the user's last reports looked at for their recent classes
LAST_REPORTS = 50
COMPONENT_RADIUS_M = 50.0
MAX_COMPONENT_RADIUS_M = 200.0
MAX_COMPONENTS = 50
MAX_ORDERS = 500
#: the order each state is for the field: 核实, 核查, 处置
ORDER_OF_STATE = {State.VERIFYING.value: "verify", State.CHECKING.value: "inspect",
                  State.DISPATCHED.value: "handle"}


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat(timespec="seconds") if dt else None


def _lonlat(x: float, y: float) -> tuple[float, float]:
    lon, lat = xy_to_lonlat(x, y)
    return round(lon, 7), round(lat, 7)


def _ring_lonlat(ring) -> list[list[float]]:
    """A ring's vertices in WGS 84, transformed in one call."""
    xs, ys = zip(*ring.coords, strict=True)
    lons, lats = xy_to_lonlat(list(xs), list(ys))
    return [[round(a, 7), round(b, 7)] for a, b in zip(lons, lats, strict=True)]


def is_crew(actor: Actor) -> bool:
    """A department user with a department: the field crew of that department."""
    return "department" in actor.all_roles and bool(actor.department_code)


class FieldWork:
    def __init__(self, db: Database, catalog: Catalog, policy: DeadlinePolicy,
                 locator: GridLocator, cases: CaseService):
        self.db = db
        self.catalog = catalog
        self.policy = policy
        self.locator = locator
        self.cases = cases
        self.addresses = AddressService(db, locator)

    # --- catalog ---------------------------------------------------------------------

    def catalog_json(self, actor: Actor) -> dict:
        classes = [{"kind": c.kind, "code": c.code, "name": c.name, "major_code": c.major_code,
                    "major_name": c.major_name}
                   for kind in ("component", "event") for c in self.catalog.classes(kind)]
        with self.db.read() as s:
            rows = s.execute(select(CaseFile.kind, CaseFile.class_code)
                             .where(CaseFile.reporter == actor.name)
                             .order_by(CaseFile.registered_at.desc()).limit(RECENT_SCAN)).all()
        recent: list[dict] = []
        for kind, code in dict.fromkeys((r.kind, r.class_code) for r in rows):
            if (kind, code) in self.catalog:
                recent.append({"kind": kind, "code": code})
            if len(recent) == RECENT_CLASSES:
                break
        return {"classes": classes, "recent": recent}

    # --- where a point is ------------------------------------------------------------

    def locate(self, lon, lat) -> dict:
        x, y, hit = self.locator.resolve(lon=lon, lat=lat)
        where = self.addresses.address_at(x, y)
        lon_, lat_ = _lonlat(x, y)
        return {"x": round(x, 3), "y": round(y, 3), "lon": lon_, "lat": lat_,
                "grid_code": hit.code, "community_code": hit.code[:12],
                "community_name": where["community"], "street_name": where["street"],
                "district_name": where["district"], "road": where["road"],
                "address": where["address"], "inspector": hit.inspector}

    def duplicates(self, actor: Actor, kind: str, class_code: str, lon, lat) -> dict:
        """The open cases a new report of this class here would duplicate (the services'
        own rule: same kind and class, within 50 m)."""
        preview = self.cases.preview_report(kind, class_code, actor, lon=lon, lat=lat)
        found = preview["duplicates"]
        with self.db.read() as s:
            extra = {r.id: r for r in s.execute(
                select(CaseFile.id, CaseFile.description, CaseFile.registered_at)
                .where(CaseFile.id.in_([d["id"] for d in found])))} if found else {}
        return {"duplicates": [
            {"code": d["code"], "state": d["state"], "distance_m": d["distance_m"],
             "description": extra[d["id"]].description if d["id"] in extra else "",
             "registered_at": _iso(extra[d["id"]].registered_at) if d["id"] in extra else None}
            for d in found]}

    def components_near(self, lon, lat, class_code: str | None = None,
                        radius=COMPONENT_RADIUS_M) -> dict:
        x, y = lonlat_to_xy(lon, lat)
        radius = number(radius, "radius")
        if not 0 < radius <= MAX_COMPONENT_RADIUS_M:
            raise InvalidInput(f"radius must be more than 0 and at most "
                               f"{MAX_COMPONENT_RADIUS_M:g} m, got {radius:g}",
                               code="radius_out_of_range", radius=radius,
                               max=MAX_COMPONENT_RADIUS_M)
        class_code = clean_reference(class_code, "class_code") if class_code else None
        if class_code:
            self.catalog.get("component", class_code)
        stmt = select(Component.code, Component.class_code, Component.name, Component.x,
                      Component.y).where(Component.x.between(x - radius, x + radius),
                                         Component.y.between(y - radius, y + radius))
        if class_code:
            stmt = stmt.where(Component.class_code == class_code)
        with self.db.read() as s:
            rows = s.execute(stmt).all()
        near = []
        for r in rows:
            d = ((r.x - x) ** 2 + (r.y - y) ** 2) ** 0.5
            if d <= radius:
                near.append((d, r))
        near.sort(key=lambda p: (p[0], p[1].code))
        out = []
        for d, r in near[:MAX_COMPONENTS]:
            lon_, lat_ = _lonlat(r.x, r.y)
            out.append({"code": r.code, "class_code": r.class_code, "name": r.name,
                        "lon": lon_, "lat": lat_, "distance_m": round(d, 1)})
        return {"components": out}

    # --- the user's work -------------------------------------------------------------

    def _position(self, lon, lat) -> tuple[float, float] | None:
        if lon is None and lat is None:
            return None
        if lon is None or lat is None:
            raise InvalidInput("give both lon and lat, or neither", code="location_incomplete")
        return lonlat_to_xy(lon, lat)

    def _orders_filter(self, actor: Actor):
        """The cases waiting for this user in the field (SQL: indexes on state, inspector
        and department)."""
        terms = []
        if "inspector" in actor.all_roles:
            mine = or_(CaseFile.ordered_inspector == actor.name,
                       and_(CaseFile.ordered_inspector.is_(None),
                            CaseFile.inspector == actor.name))
            terms.append(and_(CaseFile.state == State.VERIFYING.value, mine))
            terms.append(and_(CaseFile.state == State.CHECKING.value,
                              CaseFile.check_result.is_(None), mine))
        if is_crew(actor):
            terms.append(and_(CaseFile.state == State.DISPATCHED.value,
                              CaseFile.department_code == actor.department_code))
        return or_(*terms) if terms else None

    def work(self, actor: Actor, lon=None, lat=None, now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        here = self._position(lon, lat)
        where = self._orders_filter(actor)
        with self.db.read() as s:
            rows = s.scalars(select(CaseFile).where(where).limit(MAX_ORDERS)).all() \
                if where is not None else []
            orders = [self._order(r, actor, here, now) for r in rows]
            mine = s.execute(
                select(CaseFile.id, CaseFile.code, CaseFile.state, CaseFile.kind,
                       CaseFile.class_code, CaseFile.registered_at, CaseFile.x, CaseFile.y)
                .where(CaseFile.reporter == actor.name)
                .order_by(CaseFile.registered_at.desc()).limit(LAST_REPORTS)).all()
            cells = list(s.scalars(select(GridCell.code).where(GridCell.inspector == actor.name)
                                   .order_by(GridCell.code)))
        if here is not None:
            orders.sort(key=lambda o: (o["distance_m"], o["code"]))
        else:
            orders.sort(key=lambda o: (o["deadline"] is None, o["deadline"] or "", o["code"]))
        reports = []
        for r in mine:
            lon_, lat_ = _lonlat(r.x, r.y)
            reports.append({"id": r.id, "code": r.code, "state": r.state,
                            "class_name": self._class_name(r.kind, r.class_code),
                            "registered_at": _iso(r.registered_at), "lon": lon_, "lat": lat_})
        return {"role": "crew" if is_crew(actor) and "inspector" not in actor.all_roles
                else "inspector",
                "orders": orders, "reports": reports, "cells": cells}

    def _class_name(self, kind: str, code: str) -> str | None:
        try:
            return self.catalog.get(kind, code).name
        except NotFound:
            return None

    def _order(self, row: CaseFile, actor: Actor, here, now: datetime) -> dict:
        lon_, lat_ = _lonlat(row.x, row.y)
        distance = (round(((row.x - here[0]) ** 2 + (row.y - here[1]) ** 2) ** 0.5, 1)
                    if here is not None else None)
        return {"id": row.id, "code": row.code, "order": ORDER_OF_STATE[row.state],
                "state": row.state, "kind": row.kind, "class_code": row.class_code,
                "class_name": self._class_name(row.kind, row.class_code),
                "description": row.description, "address": row.address,
                "lon": lon_, "lat": lat_, "distance_m": distance,
                "deadline": _iso(row.deadline), "light": light(row, now, self.policy),
                "actions": allowed_actions(case_view(row), actor), "version": row.version}

    # --- the user's cells ------------------------------------------------------------

    def cells_geojson(self, actor: Actor) -> dict:
        with self.db.read() as s:
            rows = s.execute(select(GridCell.code, GridCell.geom)
                             .where(GridCell.inspector == actor.name)
                             .order_by(GridCell.code)).all()
        features = []
        for code, geom in rows:
            shape = to_shape(geom)
            ring, *holes = (_ring_lonlat(r) for r in (shape.exterior, *shape.interiors))
            features.append({"type": "Feature", "id": code, "properties": {"grid_code": code},
                             "geometry": {"type": "Polygon", "coordinates": [ring, *holes]}})
        return {"type": "FeatureCollection", "features": features}
