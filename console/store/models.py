"""The tables of DESIGN §4. One schema for SpatiaLite and PostGIS.

Geometry is stored in the city's projected CRS (EPSG:4549 by default) so that areas and
distances are metres. Every row has a text UUID key; human codes are unique columns.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from geoalchemy2 import Geometry
from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from console.store.types import UTCDateTime

SRID = 4549

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _id() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


class District(Base):
    __tablename__ = "district"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    geom = mapped_column(Geometry("MULTIPOLYGON", srid=SRID, spatial_index=True))


class Street(Base):
    __tablename__ = "street"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    district_code: Mapped[str] = mapped_column(ForeignKey("district.code"), index=True)
    geom = mapped_column(Geometry("MULTIPOLYGON", srid=SRID, spatial_index=True))


class Community(Base):
    __tablename__ = "community"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    street_code: Mapped[str] = mapped_column(ForeignKey("street.code"), index=True)
    geom = mapped_column(Geometry("MULTIPOLYGON", srid=SRID, spatial_index=True))


class Department(Base):
    __tablename__ = "department"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    level: Mapped[str] = mapped_column(String(8))  # city | district
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code"), nullable=True)


class RoutingRule(Base):
    """Which department handles a class (先属主后属地 for components, 先属地后属主 for events)."""

    __tablename__ = "routing_rule"
    id: Mapped[str] = _id()
    department_code: Mapped[str] = mapped_column(ForeignKey("department.code"), index=True)
    kind: Mapped[str] = mapped_column(String(9))  # component | event
    class_pattern: Mapped[str] = mapped_column(String(4))  # '*', 2-digit major or 4-digit code
    district_code: Mapped[str | None] = mapped_column(String(6), nullable=True)


class AppUser(Base):
    __tablename__ = "app_user"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(64), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[str] = mapped_column(String(255))  # comma-separated role ids
    department_code: Mapped[str | None] = mapped_column(ForeignKey("department.code"), nullable=True)
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in self.roles.split(",") if r)


class GridCell(Base):
    __tablename__ = "grid_cell"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(15), unique=True)
    community_code: Mapped[str] = mapped_column(ForeignKey("community.code"), index=True)
    area: Mapped[float] = mapped_column(Float)
    inspector: Mapped[str | None] = mapped_column(ForeignKey("app_user.name"), nullable=True, index=True)
    geom = mapped_column(Geometry("POLYGON", srid=SRID, spatial_index=True))


class _ClassColumns:
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    major_code: Mapped[str] = mapped_column(String(2))
    major_name: Mapped[str] = mapped_column(String(64))
    local: Mapped[bool] = mapped_column(Boolean, default=False)


class ComponentClass(_ClassColumns, Base):
    __tablename__ = "component_class"


class EventClass(_ClassColumns, Base):
    __tablename__ = "event_class"


class Component(Base):
    __tablename__ = "component"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(16), unique=True)
    class_code: Mapped[str] = mapped_column(ForeignKey("component_class.code"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    owner_code: Mapped[str | None] = mapped_column(ForeignKey("department.code"), nullable=True)
    maintainer_code: Mapped[str | None] = mapped_column(ForeignKey("department.code"), nullable=True)
    grid_code: Mapped[str | None] = mapped_column(String(15), index=True)
    state: Mapped[str] = mapped_column(String(8), default="完好")
    data_source: Mapped[str] = mapped_column(String(8), default="实测")
    installed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    changed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    geom = mapped_column(Geometry("POINT", srid=SRID, spatial_index=True))


class CaseFile(Base):
    """A case (案卷). ``state`` is written only from a workflow Decision (services/case_service)."""

    __tablename__ = "case_file"
    id: Mapped[str] = _id()
    code: Mapped[str] = mapped_column(String(10), unique=True)
    source: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(9))
    class_code: Mapped[str] = mapped_column(String(4))
    description: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(String(255), default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    component_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    geom = mapped_column(Geometry("POINT", srid=SRID, spatial_index=True))
    grid_code: Mapped[str] = mapped_column(String(15), index=True)
    community_code: Mapped[str] = mapped_column(String(12), index=True)
    street_code: Mapped[str] = mapped_column(String(9), index=True)
    district_code: Mapped[str] = mapped_column(String(6), index=True)
    level: Mapped[str] = mapped_column(String(8), default="district")
    state: Mapped[str] = mapped_column(String(16), index=True)
    reporter: Mapped[str] = mapped_column(String(64), index=True)  # "my reports" (0008)
    inspector: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    department_code: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    suggested_department_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_department_code: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    # the running stage and its clock
    stage: Mapped[str | None] = mapped_column(String(12), nullable=True)
    stage_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    # when the running stage's light turns yellow (80 % of its time, in working time where the
    # rule counts working time): stored so the map's style compares one column, like the lists
    warn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # the deadline crossed into a year the work calendar has no holidays for: it was counted
    # on the plain working week and is recomputed when that year's holidays are loaded
    deadline_estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    postponement_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verification_result: Mapped[str | None] = mapped_column(String(8), nullable=True)
    check_result: Mapped[str | None] = mapped_column(String(8), nullable=True)
    close_type: Mapped[str | None] = mapped_column(String(8), nullable=True)
    rework_count: Mapped[int] = mapped_column(Integer, default=0)
    return_count: Mapped[int] = mapped_column(Integer, default=0)
    urge_count: Mapped[int] = mapped_column(Integer, default=0)
    postpone_count: Mapped[int] = mapped_column(Integer, default=0)
    # stage outcomes, kept for the KPIs (None: the stage has not run or not finished)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    accept_late: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    filed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verify_late: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    dispatch_late: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    handle_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    handle_late: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    check_late: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # issue 7 (migration 0006): the seeds' rules
    # the district center a city case was sent down to, when not the location's own district
    handling_district: Mapped[str | None] = mapped_column(String(6), nullable=True)
    # who was ordered to verify / inspect (named by the acceptor, else the cell's inspector)
    ordered_inspector: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # a department's 回退 waiting for the dispatcher (its reason); None: no request
    return_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    proxy_handling: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 代处理
    merged_into: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    # the earliest reply deadline of an open 督办 (case_urge); None: none waits
    urge_reply_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # the public caller (公众举报) and the reply to them (回访)
    caller_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    caller_phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reply_wanted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    callback_contact: Mapped[str | None] = mapped_column(String(10), nullable=True)
    callback_satisfaction: Mapped[str | None] = mapped_column(String(12), nullable=True)
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # issue 9 (migration 0008): the outside system a report came from (Open311); its state
    # changes are pushed back to that system only, and its caller contact stays with it
    origin_system: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)

    __table_args__ = (
        Index("ix_case_file_xy", "x", "y"),
        # the duplicate look-up of every registration: same class, within 50 m
        Index("ix_case_file_class_xy", "class_code", "x", "y"),
    )
    # optimistic locking: every UPDATE says WHERE version = <read version>
    __mapper_args__ = {"version_id_col": version}


class CaseEvent(Base):
    """The audit trail: append-only, one row per applied action, gap-free ``seq`` per case."""

    __tablename__ = "case_event"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    from_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON

    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_case_event_case_seq"),)


class CaseUrge(Base):
    """A 督办 (seed 3.5): who urged, the reply deadline, and the department's reply."""

    __tablename__ = "case_urge"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("case_event.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    department_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reply_deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answered_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)


class CaseReporter(Base):
    """Further reporters of a case: those of duplicates merged into it (``merge``)."""

    __tablename__ = "case_reporter"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), nullable=True)
    from_case_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    reporter: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(12))
    caller_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    caller_phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reply_wanted: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Attachment(Base):
    __tablename__ = "attachment"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("case_event.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # report | verification | handling | inspection
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ChangeLog(Base):
    """The change feed every console follows (DESIGN §6)."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class SecurityEvent(Base):
    """Logins and refused actions: who tried what, and why it was refused (append-only)."""

    __tablename__ = "security_event"
    id: Mapped[str] = _id()
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # login | login_failed | refused
    action: Mapped[str | None] = mapped_column(String(32), nullable=True)
    case_ref: Mapped[str | None] = mapped_column(String(36), nullable=True)
    message: Mapped[str] = mapped_column(Text, default="")


class GisEdit(Base):
    """The audit trail of the GIS layers (components, later cells): who changed what, with the
    row before and after as JSON. Append-only like ``case_event``."""

    __tablename__ = "gis_edit"
    id: Mapped[str] = _id()
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(32))
    row_code: Mapped[str] = mapped_column(String(32), index=True)
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ApiToken(Base):
    """A login's bearer token, stored only as its SHA-256: a stolen table grants nothing.
    Any server instance can check it, so no instance keeps a session of its own."""

    __tablename__ = "api_token"
    id: Mapped[str] = _id()
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_name: Mapped[str] = mapped_column(String(64), index=True)
    client: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LoginThrottle(Base):
    """Password attempts per (user name, client), counted with one atomic UPDATE, so however
    many arrive at once exactly ``MAX_FAILURES`` passwords are checked before the lock; a
    lock from one client never keeps the user out at another."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(64), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ChangeFeedLock(Base):
    """One row whose UPDATE orders the change feed on PostgreSQL. A row lock needs UPDATE
    privilege, which no workstation role holds (an advisory lock anyone could take)."""

    __tablename__ = "change_feed_lock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    writes: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)


class ApiSystem(Base):
    """An outside system (the 12345 hotline, a public app) speaking Open311 with its own key.
    Only the key's SHA-256 is stored; the webhook secret signs what is pushed back to it."""

    __tablename__ = "api_system"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(64), default="")
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(12), default="public")  # public | system
    rate_per_minute: Mapped[int] = mapped_column(Integer, default=60)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    webhook_url: Mapped[str | None] = mapped_column(String(512), nullable=True)
    webhook_secret: Mapped[str | None] = mapped_column(String(128), nullable=True)
    # the delivery cursor: the last outbox seq the receiver acknowledged, and the back-off
    delivered_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    webhook_attempts: Mapped[int] = mapped_column(Integer, default=0)
    webhook_next_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    webhook_last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class ApiRate(Base):
    """Requests of one system in the current minute, counted with one atomic UPDATE so that
    every server instance applies the same limit."""

    __tablename__ = "api_rate"
    system: Mapped[str] = mapped_column(String(32), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)


class WebhookEvent(Base):
    """The outbox of state changes owed to outside systems, written in the transaction of the
    change itself (so none is lost) under the change feed's lock (so seq order is commit
    order). Kept after delivery: a replay from a given time reads it again."""

    __tablename__ = "webhook_event"
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    system: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[str] = mapped_column(String(36))
    case_code: Mapped[str] = mapped_column(String(10))
    event_seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    body: Mapped[str] = mapped_column(Text, default="{}")  # JSON


class RequestKey(Base):
    """Exactly-once for clients that retry (the field client's offline queue): the
    Idempotency-Key of a report or an action, written in the transaction of its effect, with
    the answer to give a retry."""

    __tablename__ = "request_key"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # user + ":" + client key
    user_name: Mapped[str] = mapped_column(String(64))
    request_hash: Mapped[str] = mapped_column(String(64))
    response: Mapped[str] = mapped_column(Text)  # JSON
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class CaseSequence(Base):
    __tablename__ = "case_sequence"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Center-wide settings (city, catalog, SRID) every workstation shares."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Road(Base):
    __tablename__ = "road"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(12))
    geom = mapped_column(Geometry("LINESTRING", srid=SRID, spatial_index=True))


class Water(Base):
    __tablename__ = "water"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(64), default="")
    geom = mapped_column(Geometry("MULTIPOLYGON", srid=SRID, spatial_index=True))


class Building(Base):
    __tablename__ = "building"
    id: Mapped[str] = _id()
    grid_code: Mapped[str | None] = mapped_column(String(15), nullable=True)
    geom = mapped_column(Geometry("POLYGON", srid=SRID, spatial_index=True))
