"""The composition root of the non-GUI layers: one ``Services`` per process and database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from console.domain.catalog import Catalog, load_catalog
from console.domain.deadlines import DeadlinePolicy, load_policy
from console.domain.errors import ConsoleError
from console.services.auth_service import AuthService
from console.services.calendar_service import CalendarService
from console.services.case_query import CaseQuery
from console.services.case_service import CaseService
from console.services.component_service import ComponentService
from console.services.kpi_service import KpiService
from console.services.locator import GridLocator
from console.services.reference_service import ReferenceService
from console.store import schema
from console.store.engine import Database, connection_lost


@dataclass
class Services:
    db: Database
    catalog: Catalog
    policy: DeadlinePolicy
    locator: GridLocator
    auth: AuthService
    cases: CaseService
    components: ComponentService
    queries: CaseQuery
    kpi: KpiService
    reference: ReferenceService
    #: the center's work calendar (data/calendar.json + the years loaded into the database)
    calendar: CalendarService | None = None

    def close(self) -> None:
        self.db.dispose()


class SchemaOutOfDate(ConsoleError):
    kind = "schema_out_of_date"


def check_schema(db: Database) -> None:
    """Refuse to run on a schema other than the one this console was built for: a clear
    message instead of SQL errors in the middle of a shift."""
    try:  # the first contact with the database: a server that is down says so here
        current = schema.current_revision(db)
    except OperationalError as exc:
        if (lost := connection_lost(exc)) is not None:
            raise lost from exc
        raise
    head = schema.head_revision()
    if current != head:
        where = "has no schema" if current is None else f"is at schema {current}"
        raise SchemaOutOfDate(code="schema_out_of_date", current=current, needed=head,
                              message=f"the database {where}; this console needs {head}: "
                              "run `console db upgrade` (as the schema owner)")


def open_services(url: str | None = None, city: str = "demo", db: Database | None = None) -> Services:
    db = db or Database(url)
    check_schema(db)
    catalog = load_catalog(city)
    policy = load_policy()
    calendar = CalendarService(db, policy)
    calendar.refresh()  # the years the center loaded, shared by every instance
    locator = GridLocator(db)
    return Services(
        db=db,
        catalog=catalog,
        policy=policy,
        locator=locator,
        auth=AuthService(db),
        cases=CaseService(db, catalog, policy, locator),
        components=ComponentService(db, catalog, locator),
        queries=CaseQuery(db, policy),
        kpi=KpiService(db),
        reference=ReferenceService(db),
        calendar=calendar,
    )
