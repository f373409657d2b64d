"""Reference data in the database: the catalog tables, departments and routing rules."""

from __future__ import annotations

from sqlalchemy import delete, select

from console.domain.catalog import Catalog
from console.services.changes import record_change
from console.store.engine import Database
from console.store.models import ComponentClass, Department, EventClass, RoutingRule

CLASS_TABLES = {"component": ComponentClass, "event": EventClass}


def sync_catalog(db: Database, catalog: Catalog, actor: str | None = None) -> dict:
    """Make the catalog tables equal to the catalog files (the files are the source)."""
    counts = {}
    with db.unit_of_work() as s:
        for kind, table in CLASS_TABLES.items():
            existing = {c.code: c for c in s.scalars(select(table))}
            wanted = catalog.classes(kind)
            for c in wanted:
                row = existing.pop(c.code, None) or table(code=c.code)
                row.name, row.major_code, row.major_name, row.local = (
                    c.name, c.major_code, c.major_name, c.local)
                s.add(row)
            for code in existing:  # classes dropped from the files, unless components use them
                s.execute(delete(table).where(table.code == code))
            counts[kind] = len(wanted)
        record_change(s, "catalog", "all", "update", actor)
    return counts


class ReferenceService:
    def __init__(self, db: Database):
        self.db = db

    def departments(self) -> list[dict]:
        with self.db.read() as s:
            rules: dict[str, list[str]] = {}
            for r in s.scalars(select(RoutingRule).order_by(RoutingRule.kind, RoutingRule.class_pattern)):
                rules.setdefault(r.department_code, []).append(f"{r.kind}:{r.class_pattern}")
            return [
                {"code": d.code, "name": d.name, "level": d.level, "district": d.district_code,
                 "classes": rules.get(d.code, [])}
                for d in s.scalars(select(Department).order_by(Department.level, Department.code))
            ]
