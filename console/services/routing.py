"""Which department a case should go to (DESIGN §4 routing rules).

Components go to their owner first (先属主、后属地); events to the area's department for the
class first (先属地、后属主). A rule's class pattern is '*', a 2-digit major or a 4-digit code;
the most specific rule wins, and a district rule beats a city one for district cases.
"""

from __future__ import annotations

import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.errors import InvalidInput, NotFound
from console.store.models import Component, Department, RoutingRule


def _specificity(pattern: str, class_code: str) -> int:
    if pattern == class_code:
        return 3
    if pattern == class_code[:2]:
        return 2
    if pattern == "*":
        return 1
    return 0


_RULES_TTL_S = 30.0
_rules_cache: dict[str, tuple[float, list]] = {}


def _rules(session: Session) -> list[tuple[str, str, str, str, str | None]]:
    """(kind, pattern, department, level, district) rows, cached briefly per database: they
    change a few times a year, and registration is on the hot path of bulk imports."""
    key = str(session.bind.url)
    hit = _rules_cache.get(key)
    now = time.monotonic()
    if hit and now - hit[0] < _RULES_TTL_S:
        return hit[1]
    rows = [tuple(r) for r in session.execute(
        select(RoutingRule.kind, RoutingRule.class_pattern, Department.code, Department.level,
               Department.district_code)
        .join(Department, Department.code == RoutingRule.department_code)).all()]
    _rules_cache[key] = (now, rows)
    return rows


def forget_rules() -> None:
    _rules_cache.clear()


def suggest_department(session: Session, kind: str, class_code: str, district_code: str,
                       level: str = "district", component_code: str | None = None) -> str | None:
    if kind == "component" and component_code:
        owner = session.scalar(select(Component.owner_code).where(Component.code == component_code))
        if owner:
            return owner
    best, best_key = None, (0, 0)
    for rule_kind, pattern, dept_code, dept_level, dept_district in _rules(session):
        if rule_kind != kind:
            continue
        spec = _specificity(pattern, class_code)
        if not spec:
            continue
        if level == "district":
            if dept_level == "district" and dept_district != district_code:
                continue
            area = 2 if dept_level == "district" else 1
        else:
            if dept_level != "city":
                continue
            area = 1
        key = (area, spec) if kind == "event" else (spec, area)
        if key > best_key:
            best, best_key = dept_code, key
    return best


def check_dispatch_target(session: Session, department_code: str, level: str,
                          district_code: str) -> Department:
    """The department must be of the case's level, and of its district center if district.
    ``district_code`` is the district whose center handles the case."""
    dept = session.scalar(select(Department).where(Department.code == department_code))
    if dept is None:
        raise NotFound(f"unknown department {department_code!r}", code="department_not_found",
                       department=department_code)
    if level == "city" and dept.level != "city":
        raise InvalidInput(f"{dept.name} is a district department; this is a city-level case "
                           "(send it down first: transfer_to_district)",
                           code="department_level_mismatch", department=department_code,
                           department_name=dept.name, department_level=dept.level, case_level=level)
    if level == "district":
        if dept.level == "city":
            raise InvalidInput(
                f"{dept.name} is a city department: transfer the case to the city first "
                "(transfer_to_city)", code="department_level_mismatch", department=department_code,
                department_name=dept.name, department_level=dept.level, case_level=level)
        if dept.district_code != district_code:
            raise InvalidInput(f"{dept.name} works in district {dept.district_code}, "
                               f"the case is in {district_code}", code="department_wrong_district",
                               department=department_code, department_name=dept.name,
                               department_district=dept.district_code, case_district=district_code)
    return dept
