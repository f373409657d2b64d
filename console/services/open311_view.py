"""Cases as Open311 GeoReport v2 service requests: the fields the hotline and public apps see,
for the GET endpoints and the webhook payloads alike.

What an outside system sees of a case is this and nothing more: never the caller's contact,
the reporter, the inspector or the internal notes. Only cases reported by the public or by
other systems (sources ``public`` and ``system``) are service requests; an inspector's report
is internal work and is not listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, or_, select

from console.domain.catalog import KINDS, Catalog, CatalogClass
from console.domain.errors import InvalidInput, NotFound
from console.domain.workflow import TERMINAL_STATES
from console.services.geo import xy_to_lonlat
from console.store.engine import Database
from console.store.models import CaseFile, Department

REQUEST_SOURCES = ("public", "system")
DEFAULT_DAYS = 90
MAX_REQUESTS = 1000

#: what the caller is told of each state (the center's own words)
STATUS_NOTES = {
    "reported": "已登记，待受理",
    "verifying": "核实中",
    "adjudicating": "待值班长审核",
    "filed": "已立案，待派遣",
    "dispatched": "已派遣至处置部门",
    "suspended": "挂账",
    "handled": "已处置，待审核",
    "awaiting_check": "已处置，待核查",
    "checking": "核查中",
    "arbitrating": "结案仲裁中",
    "closed": "已结案",
    "rejected": "不予受理",
    "cancelled": "已作废",
    "merged": "与其他案卷合并",
}


def status_of(state: str) -> str:
    """GeoReport's two states: a case that can no longer change is closed."""
    return "closed" if state in {str(s) for s in TERMINAL_STATES} else "open"


def service_code(cls: CatalogClass) -> str:
    """Component and event class codes overlap (0101 is both): the kind is part of the code."""
    return f"{cls.kind}-{cls.code}"


def parse_service_code(catalog: Catalog, code: str) -> CatalogClass:
    kind, _, cls = (code or "").partition("-")
    if kind not in KINDS or (kind, cls) not in catalog:
        raise NotFound(f"unknown service_code {code!r}", code="service_not_found",
                       service_code=code)
    return catalog.get(kind, cls)


def _iso(at: datetime | None) -> str | None:
    return at.astimezone(UTC).isoformat(timespec="seconds") if at else None


@dataclass(frozen=True)
class RequestFilter:
    ids: tuple[str, ...] = ()
    service_codes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None


class Open311View:
    def __init__(self, db: Database, catalog: Catalog):
        self.db, self.catalog = db, catalog

    def services(self) -> list[dict]:
        out = []
        for kind in KINDS:
            label = "部件" if kind == "component" else "事件"
            for c in self.catalog.classes(kind):
                out.append({"service_code": service_code(c), "service_name": c.name,
                            "description": f"{label} · {c.major_name} · {c.name}（{c.code}）",
                            "metadata": False, "type": "realtime",
                            "keywords": ",".join((label, c.major_name, c.name)),
                            "group": c.major_name})
        return out

    def request_json(self, row: CaseFile, agency: str | None) -> dict:
        lon, lat = xy_to_lonlat(row.x, row.y)
        try:
            name = self.catalog.get(row.kind, row.class_code).name
        except NotFound:
            name = row.class_code
        status = status_of(row.state)
        return {"service_request_id": row.code, "status": status,
                "status_notes": STATUS_NOTES.get(row.state, row.state),
                "service_name": name, "service_code": f"{row.kind}-{row.class_code}",
                "description": row.description, "agency_responsible": agency,
                "service_notice": None,
                "requested_datetime": _iso(row.registered_at),
                "updated_datetime": _iso(row.updated_at),
                "expected_datetime": _iso(row.deadline) if status == "open" else None,
                "address": row.address or None, "address_id": None, "zipcode": None,
                "lat": round(lat, 7), "long": round(lon, 7), "media_url": None}

    def _query(self, s, where) -> list[dict]:
        rows = s.execute(select(CaseFile, Department.name)
                         .outerjoin(Department, Department.code == CaseFile.department_code)
                         .where(CaseFile.source.in_(REQUEST_SOURCES), *where)
                         .order_by(CaseFile.registered_at.desc(), CaseFile.code.desc())
                         .limit(MAX_REQUESTS)).all()
        return [self.request_json(row, agency) for row, agency in rows]

    def request(self, code: str) -> dict:
        with self.db.read() as s:
            found = self._query(s, [CaseFile.code == code])
        if not found:
            raise NotFound(f"no service request {code!r}", code="request_not_found",
                           service_request_id=code)
        return found[0]

    def requests(self, f: RequestFilter, now: datetime | None = None) -> list[dict]:
        """The spec's query: by ids (then nothing else counts), else by service, status and
        time (the last 90 days when no date is given); newest first, at most 1000."""
        if f.ids:
            with self.db.read() as s:
                return self._query(s, [CaseFile.code.in_(f.ids)])
        where = []
        if f.service_codes:
            classes = [parse_service_code(self.catalog, c) for c in f.service_codes]
            where.append(or_(*(and_(CaseFile.kind == c.kind, CaseFile.class_code == c.code)
                               for c in classes)))
        for status in f.statuses:
            if status not in ("open", "closed"):
                raise InvalidInput(f"status is open or closed, not {status!r}",
                                   code="invalid_value", field="status", value=status,
                                   allowed=["open", "closed"])
        if len(set(f.statuses)) == 1:
            terminal = [str(s) for s in TERMINAL_STATES]
            where.append(CaseFile.state.in_(terminal) if f.statuses[0] == "closed"
                         else CaseFile.state.not_in(terminal))
        start, end = f.start, f.end
        if start is None and end is None:
            start = (now or datetime.now(UTC)) - timedelta(days=DEFAULT_DAYS)
        if start is not None:
            where.append(CaseFile.registered_at >= start)
        if end is not None:
            where.append(CaseFile.registered_at <= end)
        with self.db.read() as s:
            return self._query(s, where)

    def case_request(self, case_id: str) -> dict | None:
        """The request fields of one case by id (a webhook's payload)."""
        with self.db.read() as s:
            row = s.execute(select(CaseFile, Department.name)
                            .outerjoin(Department, Department.code == CaseFile.department_code)
                            .where(CaseFile.id == case_id)).first()
        return self.request_json(*row) if row else None
