"""GIS technicians' maintenance of the component layer (部件普查/更新).

Every edit is validated (a component class of the catalog, inside the grid, an identifier of
its district) and audited in ``gis_edit`` with the row before and after, in the same
transaction as the change and its ``change_log`` entry.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

from geoalchemy2.shape import from_shape
from shapely.geometry import Point
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.domain.catalog import Catalog
from console.domain.codes import COMPONENT_SEQ_LEN, DISTRICT_LEN, ComponentId
from console.domain.errors import InvalidInput, NotFound, PermissionDenied
from console.domain.text_input import MAX_REFERENCE, clean_text
from console.domain.workflow import Actor
from console.services import security_log
from console.services.changes import record_change
from console.services.geo import xy_to_lonlat
from console.services.locator import GridLocator
from console.store.engine import Database
from console.store.models import SRID, Component, Department, GisEdit

EDITOR_ROLES = frozenset({"gis_technician", "admin"})
STATES = ("完好", "破损", "丢失", "占用")
DATA_SOURCES = ("实测", "地形图", "调绘", "其它")


def component_json(c: Component) -> dict:
    lon, lat = xy_to_lonlat(c.x, c.y)
    return {
        "id": c.id, "code": c.code, "class_code": c.class_code, "name": c.name,
        "owner": c.owner_code, "maintainer": c.maintainer_code, "grid_code": c.grid_code,
        "state": c.state, "data_source": c.data_source,
        "installed_on": c.installed_on.isoformat() if c.installed_on else None,
        "changed_on": c.changed_on.isoformat() if c.changed_on else None,
        "note": c.note, "x": round(c.x, 3), "y": round(c.y, 3), "lon": round(lon, 7),
        "lat": round(lat, 7),
    }


class ComponentService:
    def __init__(self, db: Database, catalog: Catalog, locator: GridLocator):
        self.db = db
        self.catalog = catalog
        self.locator = locator

    # --- reads -----------------------------------------------------------------------------

    def show(self, code: str) -> dict:
        code = _reference(code, "component") or ""
        with self.db.read() as s:
            c = self._get(s, code)
            doc = component_json(c)
            doc["history"] = [
                {"at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "op": e.op, "note": e.note}
                for e in s.scalars(select(GisEdit).where(GisEdit.row_code == c.code)
                                   .order_by(GisEdit.at))]
            return doc

    # --- edits -----------------------------------------------------------------------------

    def add(self, actor: Actor, *, class_code: str, x=None, y=None, lon=None, lat=None,
            state: str = "完好", owner: str | None = None, maintainer: str | None = None,
            data_source: str = "实测", note: str = "", now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        owner, maintainer = _reference(owner, "owner"), _reference(maintainer, "maintainer")
        note = clean_text(note, "note") or ""
        class_code = clean_text(class_code, "class_code", MAX_REFERENCE)
        state, data_source = _reference(state, "state"), _reference(data_source, "data_source")
        self._may_edit(actor, "add a component")
        cls = self.catalog.get("component", class_code)
        _check_choice(state, STATES, "state")
        _check_choice(data_source, DATA_SOURCES, "data source")
        x, y, cell = self._where(x, y, lon, lat)
        district = cell[:DISTRICT_LEN]
        for attempt in range(3):  # two technicians may take the same next number: retry
            try:
                return self._add(actor, cls, x, y, cell, district, state, owner, maintainer,
                                 data_source, note, now)
            except IntegrityError as exc:
                if attempt == 2:
                    from console.services.case_service import integrity_error

                    raise integrity_error(exc) from None

    def _add(self, actor, cls, x, y, cell, district, state, owner, maintainer, data_source,
             note, now) -> dict:
        with self.db.unit_of_work() as s:
            owner = self._department(s, owner) or self._usual_owner(s, cls.code, district)
            maintainer = self._department(s, maintainer) or owner
            code = self._next_code(s, district, cls.code)
            c = Component(code=code, class_code=cls.code, name=cls.name, owner_code=owner,
                          maintainer_code=maintainer, grid_code=cell, state=state,
                          data_source=data_source, installed_on=now.date(), changed_on=now.date(),
                          note=note or "", x=x, y=y, geom=from_shape(Point(x, y), srid=SRID))
            s.add(c)
            s.flush()
            after = component_json(c)
            self._audit(s, actor, c, "insert", None, after, note, now)
            return after

    def move(self, actor: Actor, code: str, *, x=None, y=None, lon=None, lat=None,
             note: str = "", now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        code, note = _reference(code, "component"), clean_text(note, "note") or ""
        self._may_edit(actor, "move a component")
        x, y, cell = self._where(x, y, lon, lat)
        with self.db.unit_of_work() as s:
            c = self._get(s, code)
            if cell[:DISTRICT_LEN] != c.code[:DISTRICT_LEN]:
                raise InvalidInput(
                    f"{c.code} belongs to district {c.code[:DISTRICT_LEN]}; the new place is in "
                    f"{cell[:DISTRICT_LEN]}: its identifier would be wrong. Retire it and add a new one.",
                    code="component_move_across_district", component=c.code,
                    component_district=c.code[:DISTRICT_LEN], location_district=cell[:DISTRICT_LEN])
            before = component_json(c)
            c.x, c.y, c.grid_code = x, y, cell
            c.geom = from_shape(Point(x, y), srid=SRID)
            c.changed_on = now.date()
            s.flush()
            after = component_json(c)
            self._audit(s, actor, c, "update", before, after, note or "moved", now)
            return after

    def update(self, actor: Actor, code: str, *, state: str | None = None, owner: str | None = None,
               maintainer: str | None = None, note: str | None = None,
               now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        # "" stays "" (it clears owner or maintainer); None means "leave as it is"
        code, state = _reference(code, "component"), _reference(state, "state")
        owner, maintainer = _reference(owner, "owner"), _reference(maintainer, "maintainer")
        note = clean_text(note, "note")
        self._may_edit(actor, "change a component")
        if state is not None:
            _check_choice(state, STATES, "state")
        with self.db.unit_of_work() as s:
            c = self._get(s, code)
            before = component_json(c)
            if state is not None:
                c.state = state
            if owner is not None:
                c.owner_code = self._department(s, owner)
            if maintainer is not None:
                c.maintainer_code = self._department(s, maintainer)
            if note is not None:
                c.note = note
            if component_json(c) == before:
                raise InvalidInput("nothing to change: give --state, --owner, --maintainer or --note",
                                   code="nothing_to_change")
            c.changed_on = now.date()
            s.flush()
            after = component_json(c)
            self._audit(s, actor, c, "update", before, after, note or "", now)
            return after

    def retire(self, actor: Actor, code: str, *, reason: str, now: datetime | None = None) -> dict:
        """Remove a component from the layer (demolished, surveyed twice); the audit keeps it."""
        now = now or datetime.now(UTC)
        code, reason = _reference(code, "component"), clean_text(reason, "reason") or ""
        self._may_edit(actor, "retire a component")
        if not reason:
            raise InvalidInput("retiring a component needs a reason (--reason)", code="missing_input",
                               action="retire", missing=["reason"])
        with self.db.unit_of_work() as s:
            c = self._get(s, code)
            before = component_json(c)
            self._audit(s, actor, c, "delete", before, None, reason, now)
            s.delete(c)
            return {"code": code, "retired": True, "reason": reason}

    # --- helpers ---------------------------------------------------------------------------

    def _may_edit(self, actor: Actor, what: str) -> None:
        if not actor.all_roles & EDITOR_ROLES:
            security_log.record(self.db, actor.name, "refused", action="component",
                                message=f"may not {what}")
            raise PermissionDenied(f"{actor.name} may not {what}: it needs gis_technician or admin",
                                   code="not_allowed", action="component", state=None,
                                   actor=actor.name, actor_roles=sorted(actor.roles),
                                   roles_needed=sorted(EDITOR_ROLES))

    def _where(self, x, y, lon, lat) -> tuple[float, float, str]:
        x, y, hit = self.locator.resolve(x, y, lon, lat)
        return x, y, hit.code

    @staticmethod
    def _get(s: Session, code: str) -> Component:
        c = s.scalar(select(Component).where(Component.code == str(code).strip()))
        if c is None:
            raise NotFound(f"no component {code!r}", code="component_not_found", component=code)
        return c

    @staticmethod
    def _department(s: Session, code: str | None) -> str | None:
        if not code:
            return None
        if not s.scalar(select(Department.id).where(Department.code == code)):
            raise NotFound(f"unknown department {code!r}", code="department_not_found", department=code)
        return code

    @staticmethod
    def _usual_owner(s: Session, class_code: str, district: str) -> str | None:
        """The owner most components of the class in the district have (先属主)."""
        owners = Counter(dict(s.execute(
            select(Component.owner_code, func.count())
            .where(Component.class_code == class_code, Component.code.startswith(district))
            .group_by(Component.owner_code)).all()))
        owners.pop(None, None)
        return owners.most_common(1)[0][0] if owners else None

    @staticmethod
    def _next_code(s: Session, district: str, class_code: str) -> str:
        prefix = f"{district}{class_code}"
        last = s.scalar(select(func.max(Component.code)).where(Component.code.startswith(prefix)))
        seq = int(last[-COMPONENT_SEQ_LEN:]) + 1 if last else 1
        return ComponentId.compose(district, class_code, seq).code

    @staticmethod
    def _audit(s: Session, actor: Actor, c: Component, op: str, before, after, note: str,
               at: datetime) -> None:
        s.add(GisEdit(at=at, actor=actor.name, table_name="component", row_code=c.code, op=op,
                      before=json.dumps(before, ensure_ascii=False) if before else None,
                      after=json.dumps(after, ensure_ascii=False) if after else None,
                      note=note or ""))
        record_change(s, "component", c.id, op, actor.name, at)


def _reference(value, field: str) -> str | None:
    """A code or choice given as text (department, state, component): checked like free text."""
    return clean_text(value, field, MAX_REFERENCE)


def _check_choice(value: str, allowed, what: str) -> None:
    if value not in allowed:
        raise InvalidInput(f"{what} must be one of {', '.join(allowed)}, got {value!r}",
                           code="invalid_value", field=what.replace(" ", "_"), value=value,
                           allowed=list(allowed))


