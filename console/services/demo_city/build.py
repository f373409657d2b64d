"""`console demo`: a believable city around Taizhou, with people, departments and history.

Geometry comes from ``geometry``/``components`` (pure shapely). The six months of history
are produced by the real workflow: every simulated step goes through ``workflow.decide`` and
``CaseService._apply``, so the history obeys the same table as live cases, and then lands
in bulk (a city-scale history through one transaction per action would take an hour).
"""

from __future__ import annotations

import json
import random
import zlib
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

from geoalchemy2.shape import from_shape
from shapely.geometry import MultiPolygon, Point, Polygon
from sqlalchemy import func, insert, select, text

from console.domain import workflow
from console.domain.codes import parent_codes
from console.domain.errors import InvalidInput
from console.domain.workflow import Actor, State
from console.services.app import Services, open_services
from console.services.auth_service import hash_password
from console.services.case_service import _closes_urges, _payload, case_view
from console.services.changes import record_change
from console.services.demo_city.components import OWNER_KEYS, place_components
from console.services.demo_city.geometry import assign_inspectors, generate_city, validate_tiling
from console.services.reference_service import sync_catalog
from console.store import schema
from console.store.engine import Database
from console.store.models import (
    SRID,
    AppUser,
    Building,
    CaseEvent,
    CaseFile,
    CaseReporter,
    CaseSequence,
    CaseUrge,
    Community,
    Component,
    Department,
    District,
    GridCell,
    Road,
    RoutingRule,
    Setting,
    Street,
    Water,
    new_id,
)

DEMO_PASSWORD = "demo1234"
HISTORY_DAYS = 182
CASES = {"small": 1500, "city": 50_000}
SHORT = {"321202": "", "321203": "_gg", "321204": "_jy"}
# Owners that are district branches; every other owner key is a city-level company/bureau.
DISTRICT_KEYS = {"sanitation": "环卫处", "drainage": "市政处", "greening": "园林处",
                 "construction": "住建局", "urban_management": "城管局", "commerce": "市场监管局",
                 "housing": "房管局"}
EVENT_RULES = [  # (class pattern, department key); district departments unless the key is city-level
    ("*", "urban_management"), ("01", "sanitation"), ("0101", "urban_management"),
    ("0110", "drainage"), ("0111", "drainage"), ("02", "urban_management"), ("03", "construction"),
    ("04", "drainage"), ("0402", "water"), ("0403", "gas"), ("0405", "heat"), ("0408", "telecom"),
    ("05", "urban_management"), ("0504", "commerce"), ("21", "urban_management"),
    # the sixth major, 市政公用设施、房屋建筑及其他: municipal works and housing
    ("2101", "drainage"), ("2102", "drainage"), ("2103", "lighting"), ("2104", "housing"),
    ("2105", "housing"), ("2106", "housing"),
]
COMPONENT_RULES = [("*", "urban_management"), ("01", "drainage"), ("02", "drainage"),
                   ("03", "sanitation"), ("04", "greening"), ("05", "housing"), ("06", "urban_management")]
# Staged cases: the action after which a case stops (``action:variant``), and the branches
# of the walk it forces. Every open state and pending condition is in the demo's queues.
STAGED = {
    "register": ("public",),  # a public report waiting for its verification order
    "register:city": ("public", "city_line"),  # on the city's hotline: to send down
    "request_verification": ("public", "district_line"),
    "submit_verification": ("public", "district_line"),  # verified: to file
    "submit_verification:failed": ("public", "district_line", "verify_fails"),  # reject or re-verify
    "escalate": ("inspector", "escalate"),
    "file": ("inspector",),
    "file:city": ("public", "city_line", "city_files"),  # filed at the city: to send down
    "transfer_to_district": ("public", "city_line"),  # sent down: the district files
    "transfer_to_city": ("inspector", "to_city"),
    "merge": ("inspector", "duplicate"),
    "dispatch": ("inspector",),
    "dispatch:proxy": ("inspector", "proxy"),
    "return": ("inspector", "wrong_dispatch"),  # waiting for approve_return / deny_return
    "request_postponement": ("inspector", "postpone"),
    "urge": ("inspector", "urge"),  # waiting for answer_urge
    "suspend": ("inspector", "suspend"),
    "report_done": ("inspector",),
    "accept_result": ("inspector",),  # waiting for request_check
    "request_check": ("inspector",),
    "submit_check": ("inspector",),
    "submit_check:failed": ("inspector", "check_fails"),
    "escalate:close": ("inspector", "arbitrate"),
}
# branches a staged case takes only when its target forces them
BRANCHES = {"city_line", "escalate", "to_city", "wrong_dispatch", "recall", "proxy", "deny_return",
            "postpone", "suspend", "urge", "arbitrate", "city_files", "verify_fails", "check_fails"}
CALLERS = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
TERMINAL = {s.value for s in workflow.TERMINAL_STATES}
SOURCE_SHARES = [("inspector", 0.86), ("public", 0.08), ("video", 0.03), ("system", 0.02), ("leader", 0.01)]


def _multi(geom):
    return geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom])


def _wkb(geom):
    return from_shape(geom, srid=SRID)


def dept_code(key: str, district: str | None) -> str:
    return f"{district}-{key}" if district and key in DISTRICT_KEYS else f"city-{key}"


def build_demo(url: str | None = None, scale: str = "small", seed: int = 1,
               now: datetime | None = None) -> dict:
    if scale not in CASES:
        raise InvalidInput("--scale must be small or city", code="invalid_value", field="scale",
                           value=scale, allowed=list(CASES))
    # in UTC whatever zone it came in: the history's arithmetic (hours, days) is UTC's
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    db = Database(url)
    schema.upgrade(db)
    with db.read() as s:
        kind = s.scalar(select(Setting.value).where(Setting.key == "city"))
    if kind is not None and kind != "demo":
        raise InvalidInput(f"the database holds the city {kind!r}; demo only builds into an "
                           "empty or demo database", code="not_a_demo_database", city=kind)
    schema.reset(db)
    sv = open_services(db=db)
    sync_catalog(db, sv.catalog)
    city = generate_city(scale, seed)
    tiling = validate_tiling(city.cells)  # no gaps, no overlaps: raises before anything is stored
    _insert_city(db, city)
    depts = _insert_departments(db, city)
    users = _insert_users(db, city, depts)
    comps = place_components(city, sv.catalog, scale, seed)
    _insert_components(db, comps, city, now)
    sv.locator.invalidate()
    history = HistoryBuilder(sv, city, users, depts, comps, seed, now).run(CASES[scale])
    with db.unit_of_work() as s:
        s.add_all([Setting(key="city", value="demo"), Setting(key="scale", value=scale),
                   Setting(key="seed", value=str(seed)), Setting(key="srid", value=str(SRID)),
                   Setting(key="built_at", value=now.isoformat())])
        record_change(s, "demo", "all", "insert", "demo", now)
    doc = city_summary(db=db)
    doc["history"] = history
    doc["tiling"] = tiling
    db.dispose()
    return doc


def _insert_city(db: Database, city) -> None:
    with db.unit_of_work() as s:
        s.execute(insert(District), [{"id": new_id(), "code": d.code, "name": d.name,
                                      "geom": _wkb(_multi(d.geom))} for d in city.districts])
        s.execute(insert(Street), [{"id": new_id(), "code": d.code, "name": d.name,
                                    "district_code": d.district_code, "geom": _wkb(_multi(d.geom))}
                                   for d in city.streets])
        s.execute(insert(Community), [{"id": new_id(), "code": c.code, "name": c.name,
                                       "street_code": c.street_code, "geom": _wkb(_multi(c.geom))}
                                      for c in city.communities])
        s.execute(insert(Road), [{"id": new_id(), "name": r.name, "kind": r.kind, "geom": _wkb(r.geom)}
                                 for r in city.roads])
        s.execute(insert(Water), [{"id": new_id(), "name": w.name, "geom": _wkb(_multi(w.geom))}
                                  for w in city.water])
        rows = [{"id": new_id(), "grid_code": b.cell_code, "geom": _wkb(b.geom)} for b in city.buildings
                if isinstance(b.geom, Polygon)]
        for i in range(0, len(rows), 20_000):
            s.execute(insert(Building), rows[i:i + 20_000])


def _insert_departments(db: Database, city) -> dict[str, dict]:
    depts: dict[str, dict] = {}
    names = {d.code: d.name for d in city.districts}
    for key, name in OWNER_KEYS.items():
        if key not in DISTRICT_KEYS:
            depts[dept_code(key, None)] = {"name": f"泰州市{name}", "level": "city", "district_code": None}
    for key in ("urban_management", "sanitation", "greening"):
        depts[dept_code(key, None)] = {"name": f"泰州市{DISTRICT_KEYS[key].replace('处', '管理处')}",
                                       "level": "city", "district_code": None}
    for d in city.districts:
        for key, name in DISTRICT_KEYS.items():
            depts[dept_code(key, d.code)] = {"name": f"{names[d.code]}{name}", "level": "district",
                                             "district_code": d.code}
    rules = []
    for kind, table in (("event", EVENT_RULES), ("component", COMPONENT_RULES)):
        for pattern, key in table:
            if key in DISTRICT_KEYS:
                rules += [(kind, pattern, dept_code(key, d.code), d.code) for d in city.districts]
                if dept_code(key, None) in depts:
                    rules.append((kind, pattern, dept_code(key, None), None))
            else:
                rules.append((kind, pattern, dept_code(key, None), None))
    with db.unit_of_work() as s:
        s.execute(insert(Department), [{"id": new_id(), "code": c, **v} for c, v in depts.items()])
        s.execute(insert(RoutingRule), [{"id": new_id(), "kind": k, "class_pattern": p,
                                         "department_code": c, "district_code": dc}
                                        for k, p, c, dc in rules])
    return depts


def _insert_users(db: Database, city, depts: dict[str, dict]) -> dict[str, list[Actor]]:
    """Users for every role. One argon2 hash is shared by the demo users (hashing a few
    hundred passwords would take a minute); `user add` and `user passwd` salt each anew."""
    pw = hash_password(DEMO_PASSWORD)
    users: list[dict] = []

    def add(name, roles, full_name, department=None, district=None):
        users.append({"id": new_id(), "name": name, "full_name": full_name, "password_hash": pw,
                      "roles": ",".join(roles), "department_code": department,
                      "district_code": district, "active": True, "failed_logins": 0})

    add("admin", ["admin"], "系统管理员")
    add("gis", ["gis_technician"], "GIS 技术员")
    add("leader", ["leader"], "市领导")
    add("wall", ["viewer"], "大屏")
    for role, zh in (("acceptor", "受理员"), ("shift_leader", "值班长"), ("dispatcher", "派遣员"),
                     ("commander", "指挥长")):
        add(f"city_{role}", [role], f"市{zh}")
        for d in city.districts:
            add(f"{role}{SHORT[d.code]}", [role], f"{d.name}{zh}", district=d.code)
    for code, dept in depts.items():
        key, district = code.split("-", 1)[1], dept["district_code"]
        name = f"city_{key}" if district is None else f"dept_{key}{SHORT[district]}"
        add(name, ["department"], dept["name"], department=code, district=district)
    groups = assign_inspectors(city.cells, per_inspector=18)
    district_of = {c.code: c.code[:6] for c in city.cells}
    inspector_names = {}
    for cell_code, idx in groups.items():
        inspector_names.setdefault(idx, (f"inspector{idx + 1:03d}", district_of[cell_code]))
    for idx in sorted(inspector_names):
        name, district = inspector_names[idx]
        add(name, ["inspector"], f"监督员{idx + 1:03d}", district=district)
    cells = [{"id": new_id(), "code": c.code, "community_code": c.community_code, "area": c.area,
              "inspector": inspector_names[groups[c.code]][0], "geom": _wkb(c.geom)} for c in city.cells]
    with db.unit_of_work() as s:
        s.execute(insert(AppUser), users)
        for i in range(0, len(cells), 5000):
            s.execute(insert(GridCell), cells[i:i + 5000])
    by_role: dict[str, list[Actor]] = {}
    for u in users:
        actor = Actor(u["name"], frozenset(u["roles"].split(",")), u["department_code"], u["district_code"])
        for r in actor.roles:
            by_role.setdefault(r, []).append(actor)
    return by_role


def _insert_components(db: Database, comps, city, now: datetime) -> None:
    names = {}
    rows = []
    for c in comps:
        district = c.cell_code[:6]
        rows.append({
            "id": new_id(), "code": c.code, "class_code": c.class_code, "name": names.get(c.class_code, ""),
            "owner_code": dept_code(c.owner_key, district), "maintainer_code": dept_code(c.maintainer_key, district),
            "grid_code": c.cell_code, "state": c.state, "data_source": "实测",
            "installed_on": (now - timedelta(days=400 + zlib.crc32(c.code.encode()) % 2000)).date(),
            "changed_on": None, "note": "", "x": c.x, "y": c.y, "geom": _wkb(Point(c.x, c.y)),
        })
    with db.unit_of_work() as s:
        for cls_row in s.execute(text("SELECT code, name FROM component_class")):
            names[cls_row.code] = cls_row.name
        for r in rows:
            r["name"] = names.get(r["class_code"], r["class_code"])
        for i in range(0, len(rows), 10_000):
            s.execute(insert(Component), rows[i:i + 10_000])


class HistoryBuilder:
    """Six months of cases walked through the real workflow on a simulated clock."""

    def __init__(self, sv: Services, city, users, depts, comps, seed: int, now: datetime):
        self.sv, self.users, self.depts, self.now = sv, users, depts, now
        self.rng = random.Random(seed * 7919 + 17)
        self.cells = city.cells
        self.comps = comps
        self._hotspots()
        self.events: list[dict] = []
        self.inspector_of = {}
        with sv.db.read() as s:
            self.inspector_of = dict(s.execute(select(GridCell.code, GridCell.inspector)).all())
        self.by_name = {a.name: a for actors in users.values() for a in actors}
        self.center = {}  # (role, district or None) -> actor
        for role in ("acceptor", "shift_leader", "dispatcher", "commander"):
            for a in users.get(role, []):
                self.center[(role, a.district_code)] = a
        self.dept_user = {a.department_code: a for a in users.get("department", [])}
        self.inspectors_in: dict[str, list[Actor]] = {}
        for a in users.get("inspector", []):
            self.inspectors_in.setdefault(a.district_code, []).append(a)
        self.urges: list[dict] = []
        self.reporters: list[dict] = []
        self._recent: list[CaseFile] = []
        self._ended: dict[str, datetime] = {}
        self._events_of: dict[str, list] = defaultdict(list)
        self._target, self._reached, self._forced = None, False, set()
        self.event_classes = [c.code for c in sv.catalog.classes("event")]
        self.event_weights = [6 if c in ("0102", "0104", "0201", "0505", "0504", "0507") else
                              (0.3 if c.startswith("21") else 1) for c in self.event_classes]

    def run(self, count: int) -> dict:
        start = self.now - timedelta(days=HISTORY_DAYS)
        span = (self.now - start).total_seconds()
        # a busier last day and a half, and reports of the last quarter of an hour still in the
        # acceptance queues: the console opens on a city at work, not on empty panels
        recent = max(20, count // 25)
        live = max(12, count // 400)
        # and cases stopped on purpose in every open state and pending condition (a return
        # waiting for the dispatcher, a 督办 waiting for its reply, ...), so that each role
        # finds work of every kind in its queue; a few of each, most of them recent (a center
        # clears its queues: thousands of staged cases would paint a city's video wall red)
        reps = max(3, count // 5000)
        # (the first three of each within two days, time to reach the later stages at any hour;
        # a city's further ones within four hours)
        staged = [(self.now - timedelta(hours=(48 if i < 3 else 4) * self.rng.random()), target)
                  for target in STAGED for i in range(reps)]
        times = sorted([(start + timedelta(seconds=self.rng.random() * span), None)
                        for _ in range(count - recent - live - len(staged))]
                       + [(self.now - timedelta(hours=36 * self.rng.random()), None) for _ in range(recent)]
                       + [(self.now - timedelta(minutes=15 * self.rng.random()), None) for _ in range(live)]
                       + staged, key=lambda p: (p[0], p[1] or ""))
        cases = []
        seq_by_year: Counter = Counter()
        for t, target in times:
            t = self._daytime(t) if target is None else min(t, self.now - timedelta(minutes=1))
            seq_by_year[t.year] += 1
            cases.append(self._one_case(t, f"{t.year:04d}{seq_by_year[t.year]:06d}", target))
        self._flush(cases)
        states = Counter(c.state for c in cases)
        return {"cases": len(cases), "events": len(self.events), "states": dict(sorted(states.items()))}

    def _daytime(self, t: datetime) -> datetime:
        local_hour = (t.hour + 8) % 24
        if (local_hour < 7 or local_hour > 20) and t < self.now - timedelta(minutes=30):
            # most reports come in the day: move night ones by half a day, never into the future
            t = t + timedelta(hours=12) if t + timedelta(hours=12) < self.now else t - timedelta(hours=12)
        return min(t, self.now - timedelta(minutes=1))

    def _pick_source(self) -> str:
        r, acc = self.rng.random(), 0.0
        for source, share in SOURCE_SHARES:
            acc += share
            if r < acc:
                return source
        return "inspector"

    def _hotspots(self) -> None:
        """Problems crowd where people do (markets, stations, old streets): a few hot spots
        weight where cases happen, so that maps, heat and KPIs per area differ as in a city."""
        import bisect
        import math
        from collections import defaultdict

        rng = self.rng
        centres = [c.geom.centroid for c in self.cells]
        spots = [centres[rng.randrange(len(centres))] for _ in range(max(3, len(centres) // 800))]
        sigma = 350.0
        weights = [0.25 + sum(2.0 * math.exp(-((p.x - h.x) ** 2 + (p.y - h.y) ** 2) / (2 * sigma**2))
                               for h in spots) for p in centres]
        self._cum = []
        total = 0.0
        for w in weights:
            total += w
            self._cum.append(total)
        self._bisect = bisect.bisect_left
        self._comps_in = defaultdict(list)
        for comp in self.comps:
            self._comps_in[comp.cell_code].append(comp)

    def _weighted_cell(self):
        r = self.rng.random() * self._cum[-1]
        return self.cells[min(self._bisect(self._cum, r), len(self.cells) - 1)]

    def _one_case(self, t: datetime, code: str, target: str | None = None) -> CaseFile:
        rng = self.rng
        self._target, self._reached = target, False
        self._forced = set(STAGED.get(target, ())) if target else set()
        source = self._pick_source()
        if "public" in self._forced:
            source = "public"
        elif target and "inspector" in self._forced:
            source = "inspector"
        cellobj = self._weighted_cell()
        in_cell = self._comps_in.get(cellobj.code)
        original = self._duplicate_of(t) if target is None or "duplicate" in self._forced else None
        if original is not None:  # a second report of the same problem, a few metres away
            kind, cls, comp_code = original.kind, original.class_code, original.component_code
            x, y = original.x + rng.uniform(-8, 8), original.y + rng.uniform(-8, 8)
            cell = original.grid_code
        elif in_cell and rng.random() < 0.4:
            comp = in_cell[rng.randrange(len(in_cell))]
            kind, cls, x, y, cell, comp_code = "component", comp.class_code, comp.x, comp.y, comp.cell_code, comp.code
        else:
            p = cellobj.geom.representative_point()
            minx, miny, maxx, maxy = cellobj.geom.bounds
            for _ in range(5):
                q = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
                if cellobj.geom.contains(q):
                    p = q
                    break
            kind, cls, x, y, cell, comp_code = ("event", rng.choices(self.event_classes, self.event_weights)[0],
                                                p.x, p.y, cellobj.code, None)
        district = cell[:6]
        inspector = self.inspector_of.get(cell)
        # public reports come in on the districts' hotlines, a share on the city's 12319 line:
        # those are city-level cases the city center sends down (transfer_to_district)
        city_line = source == "public" and (self._chance("city_line", 0.25))
        if "district_line" in self._forced:
            city_line = False
        reporter = (self.by_name[inspector] if source == "inspector" and inspector
                    else self.center[("acceptor", None if city_line else district)])
        urgent = rng.random() < 0.05
        caller = {}
        if source == "public":
            caller = {"caller_name": rng.choice(CALLERS) + rng.choice(("先生", "女士")),
                      "caller_phone": f"1{rng.choice('358')}{rng.randrange(10**9):09d}",
                      "reply_wanted": rng.random() < 0.6}
        row = CaseFile(id=new_id(), code=code, source=source, kind=kind, class_code=cls,
                       description=f"{self.sv.catalog.get(kind, cls).name}（演示数据）", address="",
                       urgent=urgent, component_code=comp_code, x=x, y=y, grid_code=cell,
                       **parent_codes(cell), level="city" if city_line else "district",
                       state=State.REPORTED.value,
                       reporter=reporter.name, inspector=inspector, registered_at=t, updated_at=t,
                       version=1, rework_count=0, return_count=0, urge_count=0, postpone_count=0,
                       proxy_handling=False, **{"reply_wanted": False, **caller})
        row.suggested_department_code = self._suggest(kind, cls, district, comp_code, row.level)
        row.stage = "accept"
        row.stage_started_at = t
        row.deadline = self.sv.policy.deadline("accept", kind, cls, urgent, t)
        row.warn_at = self.sv.cases.warn_at_for(row)
        self._event(row, "register", reporter, None, t, None, {"source": source})
        if target is None or target.split(":")[0] != "register":
            self._walk(row, t, original)
        self._recent.append(row)
        if len(self._recent) > 60:
            self._recent.pop(0)
        return row

    def _duplicate_of(self, t: datetime):
        """Now and then a problem is reported twice: an earlier case still open at ``t``."""
        if self.rng.random() >= 0.012 and "duplicate" not in self._forced:
            return None
        for prev in reversed(self._recent):
            ended = self._ended.get(prev.id)
            if prev.registered_at < t and (ended is None or ended > t + timedelta(hours=2)):
                return prev
        return None

    def _chance(self, name: str, p: float) -> bool:
        """A random branch of the walk; a staged case forces the branches its target needs
        (the draw is always made, so the other cases' history does not depend on them)."""
        hit = self.rng.random() < p
        if self._target is None:
            return hit
        if name in self._forced:
            return True
        return False if name in BRANCHES else hit

    def _suggest(self, kind, cls, district, comp_code, level="district"):
        """The responsible department, as routing.suggest_department would say: of the
        district for district cases, a city department for city-level ones."""
        rules = EVENT_RULES if kind == "event" else COMPONENT_RULES
        best = None
        for pattern, key in rules:
            if pattern in ("*", cls[:2], cls):
                rank = 3 if pattern == cls else 2 if pattern == cls[:2] else 1
                if best is None or rank >= best[0]:
                    best = (rank, key)
        key = best[1]
        if level == "city":
            code = dept_code(key, None)
            return code if code in self.depts else dept_code("urban_management", None)
        code = dept_code(key, district)
        if code not in self.depts or self.depts[code]["level"] == "city":
            code = dept_code("urban_management", district)
        return code

    # -- the simulated walk ---------------------------------------------------------------

    def _step(self, row, action, actor, t, **params):
        """Apply one action at time t through the real workflow. False once t is in the future,
        or once a staged case reached its target (the walk stops there)."""
        if t >= self.now or self._reached:
            return False
        if action in ("submit_check", "submit_verification"):
            params.setdefault("no_photo_reason", "演示数据（无照片）")
        decision = workflow.decide(case_view(row), action, actor, params)
        from_state = row.state
        self.sv.cases._apply(None, row, decision, actor, t, params)
        if action in ("request_verification", "request_check"):
            params["inspector"] = row.ordered_inspector  # who was ordered, in the audit
        if action in ("transfer_to_city", "transfer_to_district"):  # as CaseService._act does
            row.suggested_department_code = self._suggest(
                row.kind, row.class_code, row.handling_district or row.district_code,
                row.component_code, row.level)
        self._event(row, action, actor, from_state, t, params.get("reason"), _payload(params))
        if action == "urge":
            self.urges.append({"id": new_id(), "case_id": row.id, "event_id": self.events[-1]["id"],
                               "at": t, "actor": actor.name, "note": params.get("reason") or "",
                               "department_code": row.department_code,
                               "reply_deadline": self.sv.cases.urge_reply_deadline(row, t),
                               "answered_at": None, "answered_by": None, "answer": None})
        elif _closes_urges(action, row.state):
            for u in self.urges_of(row.id):
                if u["answered_at"] is None:
                    u.update(answered_at=t, answered_by=actor.name,
                             answer=params.get("reason") if action == "answer_urge" else f"({action})")
        if row.state in TERMINAL and row.id not in self._ended:
            self._ended[row.id] = t
        if action == "accept_result" and workflow.SETTINGS.auto_check_order:
            auto = workflow.decide(case_view(row), "request_check", workflow.SYSTEM_ACTOR, {})
            self.sv.cases._apply(None, row, auto, workflow.SYSTEM_ACTOR, t, {})
            self._event(row, "request_check", workflow.SYSTEM_ACTOR, auto.from_state, t, None,
                        {"automatic": True})
        if self._target is not None and action == self._target.split(":")[0]:
            self._reached = True
            return False
        return True

    def urges_of(self, case_id):
        return [u for u in self.urges[-50:] if u["case_id"] == case_id]

    def _delay(self, row, stage, late_share):
        """Time to finish a stage: mostly within the limit, ``late_share`` of the time late.
        Staged cases move briskly, so that they reach their target before 'now'."""
        limit = (row.deadline - row.stage_started_at) if row.deadline else timedelta(minutes=30)
        if self._target is not None:
            return max(timedelta(minutes=1), min(limit * self.rng.uniform(0.05, 0.3), timedelta(hours=2)))
        f = self.rng.uniform(1.05, 2.5) if self.rng.random() < late_share else self.rng.uniform(0.1, 0.95)
        return max(timedelta(minutes=1), limit * f)

    def _minutes(self, low, high):
        m = self.rng.uniform(low, high)
        return timedelta(minutes=min(m, 45) if self._target is not None else m)

    def _walk(self, row, t, original=None):
        rng = self.rng
        district = row.district_code
        inspector = self.by_name.get(row.inspector) if row.inspector else None
        city = self.center_of(row)
        acceptor, shift = self.center[("acceptor", city)], self.center[("shift_leader", city)]
        # 核实 (4.1.3): reports other than the inspectors' are verified before filing
        if workflow.needs_verification(row.source) and inspector is None:
            return  # no inspector covers the cell: the report waits for one to be named
        if row.source != "inspector" and inspector and workflow.needs_verification(row.source):
            for attempt in range(2):
                t += self._delay(row, "accept", 0.05)
                other = None
                if rng.random() < 0.1:  # the acceptor names another inspector of the district
                    other = self.inspectors_in.get(district, [inspector])[0]
                if not self._step(row, "request_verification", acceptor, t,
                                  **({"inspector": other.name} if other else {})):
                    return
                t += self._delay(row, "verify", 0.08)
                ok = rng.random() < 0.85 and not self._chance("verify_fails", 0.0)
                who = other or inspector
                if not self._step(row, "submit_verification", who, t, result="passed" if ok else "failed"):
                    return
                if ok:
                    break
                if attempt == 0 and rng.random() < 0.3:
                    continue  # a second look (4.1.3: a new verification order)
                t += self._delay(row, "accept", 0.05)
                self._step(row, "reject", acceptor, t, reason="核实不属实")
                self._callback(row, t)
                return
            else:
                return
        if original is not None and self.center_of(original) == city:  # 值班长 merges the duplicate
            t += self._delay(row, "accept", 0.1)
            ended = self._ended.get(original.id)
            if ended is None or ended > t:
                if self._step(row, "merge", shift, t, into=original.code):
                    self._merged_into(row, original, shift, t)
                return
        if row.level == "city":  # a city hotline report: the city sends it down to the district
            t += self._delay(row, "accept", 0.05)
            if self._chance("city_files", 0.5):
                if not self._step(row, "file", acceptor, t):
                    return
                t += self._delay(row, "dispatch", 0.05)
                if not self._step(row, "transfer_to_district", self.center[("dispatcher", None)], t,
                                  reason="属区级事权，交区指挥中心派遣"):
                    return
            elif not self._step(row, "transfer_to_district", shift, t, reason="属区级事权，交区监督中心立案"):
                return
            city = self.center_of(row)
            acceptor, shift = self.center[("acceptor", city)], self.center[("shift_leader", city)]
        if row.state == State.REPORTED.value:
            t += self._delay(row, "accept", 0.04)
            r = rng.random()
            if r < 0.04 and not self._forced:
                self._step(row, "reject", acceptor, t, reason="不属于城管受理范围")
                self._callback(row, t)
                return
            if r < 0.06 and not self._forced:
                self._step(row, "cancel", shift, t, reason="重复上报")
                return
            if self._chance("escalate", 0.03):
                if not self._step(row, "escalate", acceptor, t, reason="难以判定，请值班长裁定"):
                    return
                t += self._delay(row, "accept", 0.1)
                if rng.random() < 0.3 and not self._forced:
                    self._step(row, "reject", shift, t, reason="值班长裁定不予受理")
                    self._callback(row, t)
                    return
                if not self._step(row, "file", shift, t):
                    return
            elif not self._step(row, "file", acceptor, t):
                return
        if self._chance("to_city", 0.02):  # needs a city department: 市区两级
            t += self._delay(row, "dispatch", 0.05)
            if not self._step(row, "transfer_to_city", shift, t, reason="需市级部门处置"):
                return
            t += self._delay(row, "accept", 0.05)
            if not self._step(row, "file", self.center[("shift_leader", None)], t):
                return
        city = self.center_of(row)
        dispatcher, commander = self.center[("dispatcher", city)], self.center[("commander", city)]
        for round_ in range(3):
            dept = row.suggested_department_code if row.level == "district" else self._city_dept(row)
            if self._chance("wrong_dispatch", 0.06):  # wrongly dispatched: 回退 (4.3.3)
                wrong = dept_code("urban_management" if "urban" not in dept else "sanitation",
                                  city if row.level == "district" else None)
                t += self._delay(row, "dispatch", 0.05)
                if not self._step(row, "dispatch", dispatcher, t, department=wrong):
                    return
                t += self._minutes(20, 240)
                if not self._step(row, "return", self.dept_user[wrong], t, reason="非本部门职责"):
                    return
                t += self._minutes(5, 60)
                if not self._step(row, "approve_return", dispatcher, t):
                    return
            elif self._chance("recall", 0.015):  # the dispatcher corrects himself: 改派
                t += self._delay(row, "dispatch", 0.05)
                if not self._step(row, "dispatch", dispatcher, t, department=dept):
                    return
                t += self._minutes(5, 40)
                if not self._step(row, "recall", dispatcher, t, reason="派遣有误，改派"):
                    return
            t += self._delay(row, "dispatch", 0.05)
            proxy = self._chance("proxy", 0.02) and row.level == "district"
            if proxy:  # 代处理 (4.4.3): another department handles for the responsible one
                dept = dept_code("urban_management" if "urban" not in dept else "sanitation", city)
            if not self._step(row, "dispatch", dispatcher, t, department=dept,
                              **({"proxy": True} if proxy else {})):
                return
            handler = self.dept_user[dept]
            if self._chance("deny_return", 0.01):
                t += self._minutes(20, 120)
                if not self._step(row, "return", handler, t, reason="建议由其他部门处置"):
                    return
                t += self._minutes(5, 60)
                if not self._step(row, "deny_return", dispatcher, t, reason="属本部门职责，请处置"):
                    return
            if self._chance("postpone", 0.05):
                ask = t + timedelta(hours=rng.uniform(1, 8) if self._target is None else 0.3)
                until = row.deadline + timedelta(days=rng.randint(1, 5))
                if not self._step(row, "request_postponement", handler, ask, until=until, reason="需协调施工"):
                    return
                t = ask + self._minutes(10, 120)
                approve = rng.random() < 0.7
                if not self._step(row, "approve_postponement" if approve else "deny_postponement", commander, t):
                    return
            if self._chance("suspend", 0.015):
                t += timedelta(hours=rng.uniform(1, 12) if self._target is None else 0.3)
                if not self._step(row, "suspend", commander, t, reason="涉及规划调整，暂缓处置"):
                    return
                t += timedelta(days=rng.uniform(1, 20))
                if not self._step(row, "resume", commander, t):
                    return
            if self._chance("urge", 0.05):  # 督办 (3.5): by the commander or a leader
                urger = self.by_name["leader"] if rng.random() < 0.3 else commander
                t += timedelta(hours=rng.uniform(1, 6) if self._target is None else 0.3)
                if not self._step(row, "urge", urger, t, reason="请加快处置"):
                    return
                late = rng.random() < 0.15
                t += timedelta(hours=rng.uniform(5, 30) if late else rng.uniform(0.3, 3))
                if not self._step(row, "answer_urge", handler, t, reason="已安排人员，今日处置"):
                    return
            t += self._delay(row, "handle", 0.12)
            if not self._step(row, "report_done", handler, t, reason="已处置完毕"):
                return
            t += self._delay(row, "review", 0.05)
            if not self._step(row, "accept_result", dispatcher, t):
                return
            # 核查 (4.6.1): the supervision center orders the inspection
            closer = self.center[("acceptor", city)]
            t += self._minutes(2, 15)
            if row.state == State.AWAITING_CHECK.value:
                if not self._step(row, "request_check", closer, t):
                    return
            t += self._delay(row, "check", 0.07)
            checker = self.by_name.get(row.ordered_inspector or "") or self.by_name.get(row.inspector) \
                or self.users["inspector"][0]
            # a third rework is where a center's coordination (4.6.3) steps in: the demo's
            # history never leaves a case waiting months in a dispatcher's queue
            passed = round_ == 2 or (rng.random() < 0.94 and not self._chance("check_fails", 0.0))
            if not self._step(row, "submit_check", checker, t, result="passed" if passed else "failed"):
                return
            t += self._minutes(2, 40)
            if self._chance("arbitrate", 0.01):  # the acceptor cannot judge: the shift leader does
                if not self._step(row, "escalate", closer, t, reason="结案条件难以判定"):
                    return
                closer = self.center[("shift_leader", city)]
                t += self._minutes(5, 60)
            if passed:
                if self._step(row, "close", closer, t, close_type="overdue" if row.handle_late else "normal"):
                    self._callback(row, t)
                return
            if not self._step(row, "rework", closer, t, reason="核查未通过，返工"):
                return

    def _callback(self, row, t):
        """回访 (4.2.2, seed 3.9): a caller who asked for a reply is called back, again the next
        days when unreached; a few others are called too. Only recent calls stay waiting."""
        if row.source not in workflow.SETTINGS.callback_sources:
            return
        if not (row.reply_wanted or self.rng.random() < 0.1):
            return
        acceptor = self.center[("acceptor", self.center_of(row))]
        for attempt in range(3):
            t += self._minutes(30, 600) if attempt == 0 else timedelta(hours=self.rng.uniform(18, 30))
            reached = self.rng.random() < 0.8
            satisfied = self.rng.random() < (0.9 if row.state == State.CLOSED.value else 0.4)
            if not self._step(row, "callback", acceptor, t,
                              contact="reached" if reached else "unreached",
                              **({"satisfaction": "satisfied" if satisfied else "unsatisfied"}
                                 if reached else {})):
                return
            if reached:
                return

    def center_of(self, row):
        """The center whose staff act on a case: the city's (None) or a district's."""
        return None if row.level == "city" else (row.handling_district or row.district_code)

    def _merged_into(self, dup, original, actor, t):
        state = original.state
        for e in reversed(self._events_of[original.id]):  # its state at t (its walk ran already)
            if e["at"] <= t:
                state = e["to_state"]
                break
        self._events_of[original.id].append({"at": t, "to_state": state})
        self.events.append({"id": new_id(), "case_id": original.id, "seq": 0, "action": "merge",
                            "actor": actor.name, "at": t, "from_state": state, "to_state": state,
                            "note": None, "payload": json.dumps(
                                {"duplicate": dup.code, "role": "original", "reporters": 1},
                                ensure_ascii=False)})
        self.reporters.append({"id": new_id(), "case_id": original.id, "from_case_id": dup.id,
                               "from_case_code": dup.code, "reporter": dup.reporter, "source": dup.source,
                               "caller_name": dup.caller_name, "caller_phone": dup.caller_phone,
                               "reply_wanted": bool(dup.reply_wanted), "at": dup.registered_at})

    def _city_dept(self, row) -> str:
        for key in ("water", "gas", "power", "telecom", "lighting", "traffic"):
            code = dept_code(key, None)
            if code in self.depts and code in self.dept_user:
                if row.kind == "component" and self.rng.random() < 0.5:
                    return code
        return dept_code("urban_management", None)

    def _event(self, row, action, actor, from_state, t, note, payload=None):
        self._events_of[row.id].append({"at": t, "to_state": row.state})
        self.events.append({"id": new_id(), "case_id": row.id, "seq": 0, "action": action,
                            "actor": actor.name, "at": t, "from_state": from_state,
                            "to_state": row.state, "note": note,
                            "payload": json.dumps(payload or {}, ensure_ascii=False, default=str)})

    def _flush(self, cases) -> None:
        cols = [c.name for c in CaseFile.__table__.columns]
        rows = []
        for c in cases:
            d = {k: getattr(c, k) for k in cols}
            d["deadline_estimated"] = bool(d["deadline_estimated"])
            d["geom"] = _wkb(Point(c.x, c.y))
            rows.append(d)
        # a merge adds an event to the original's history at the time of the merge: order each
        # case's events by time (stable: same-time events keep their order) before numbering
        order = {id(e): i for i, e in enumerate(self.events)}
        self.events.sort(key=lambda e: (e["case_id"], e["at"], order[id(e)]))
        counts: Counter = Counter()
        for e in self.events:
            counts[e["case_id"]] += 1
            e["seq"] = counts[e["case_id"]]
        for r in rows:
            r["version"] = counts[r["id"]]
        years = Counter()
        for c in cases:
            years[int(c.code[:4])] = max(years[int(c.code[:4])], int(c.code[4:]))
        # Core inserts on the tables: the ORM-enabled ``insert(CaseFile)`` would reset the
        # ``version_id_col`` to 1, and the next action would collide with the history's seq.
        with self.sv.db.unit_of_work() as s:
            for i in range(0, len(rows), 5000):
                s.execute(CaseFile.__table__.insert(), rows[i:i + 5000])
            for i in range(0, len(self.events), 20_000):
                s.execute(CaseEvent.__table__.insert(), self.events[i:i + 20_000])
            if self.urges:
                s.execute(CaseUrge.__table__.insert(), self.urges)
            if self.reporters:
                s.execute(CaseReporter.__table__.insert(), self.reporters)
            s.execute(insert(CaseSequence), [{"year": y, "last": n} for y, n in years.items()])


def city_summary(url: str | None = None, db: Database | None = None) -> dict:
    db = db or Database(url)
    with db.read() as s:
        count = lambda m: s.scalar(select(func.count()).select_from(m))  # noqa: E731
        states = dict(s.execute(select(CaseFile.state, func.count()).group_by(CaseFile.state)).all())
        roles = Counter()
        examples: dict[str, list[str]] = {}
        for name, role_list in s.execute(select(AppUser.name, AppUser.roles).order_by(AppUser.name)):
            for r in role_list.split(","):
                roles[r] += 1
                if len(examples.setdefault(r, [])) < 4:
                    examples[r].append(name)
        settings = dict(s.execute(select(Setting.key, Setting.value)).all())
        return {
            "database": db.url.split("?")[0],
            "city": settings.get("city"),
            "scale": settings.get("scale"),
            "seed": int(settings["seed"]) if "seed" in settings else None,
            "districts": count(District), "streets": count(Street), "communities": count(Community),
            "grid_cells": count(GridCell), "components": count(Component),
            "departments": count(Department), "users": count(AppUser),
            "cases": count(CaseFile), "cases_by_state": states,
            "roads": count(Road), "buildings": count(Building),
            "users_by_role": dict(roles),
            "demo_users": examples,
            "demo_password": DEMO_PASSWORD if settings.get("city") == "demo" else None,
        }
