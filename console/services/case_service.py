"""Every change of a case: registering a report and each workflow action.

One public method per action, one transaction each: permission check and transition (the
workflow decides), stage deadline, audit record (``case_event``), attachments and a
``change_log`` entry. A refused action raises before anything is written, and the unit of
work rolls back whatever an error interrupts, so the database is left exactly as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from geoalchemy2.shape import from_shape
from shapely.geometry import Point
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.domain import workflow
from console.domain.catalog import Catalog
from console.domain.codes import case_code, is_case_code, parent_codes
from console.domain.deadlines import Deadline, DeadlinePolicy
from console.domain.errors import (
    ConsoleError,
    DatabaseError,
    InvalidInput,
    InvalidTransition,
    NotFound,
    StaleCase,
)
from console.domain.text_input import (
    clean_reference,
    clean_text,
    escape_controls,
)
from console.domain.workflow import SYSTEM_ACTOR, Actor, CaseView, Decision, State
from console.services import request_keys, security_log, webhook_outbox
from console.services.changes import record_change
from console.services.locator import GridLocator
from console.services.request_keys import Idempotency
from console.services.routing import check_dispatch_target, suggest_department
from console.services.voice_note import VOICE_TYPES, VoiceNote
from console.store.engine import Database
from console.store.models import (
    SRID,
    AppUser,
    Attachment,
    CaseEvent,
    CaseFile,
    CaseReporter,
    CaseUrge,
    Component,
    District,
    new_id,
)

DUPLICATE_RADIUS_M = 50.0
_CASE_COLUMNS = tuple(CaseFile.__mapper__.column_attrs)
#: a phone photo is 2-8 MB; the limits bound what one request can make the server hold
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTOS = 9  # per action (register or act)
MAX_PHOTO_PIXELS = 50_000_000  # a 48-megapixel phone photo passes; a decompression bomb not
MAX_PHOTO_NAME = 255  # attachment.filename
#: Pillow's format names → media types: what phones and browsers make and every viewer shows
PHOTO_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
#: the columns' own limits (case_file.address, caller_name, caller_phone)
MAX_ADDRESS = 255
MAX_CALLER_NAME = 64
MAX_CALLER_PHONE = 32
PHOTO_KIND = {
    "register": "report",
    "submit_verification": "verification",
    "report_done": "handling",
    "submit_check": "inspection",
}
LATE_FIELD = {
    "accept": "accept_late",
    "verify": "verify_late",
    "dispatch": "dispatch_late",
    "handle": "handle_late",
    "check": "check_late",
}


@dataclass(frozen=True)
class Photo:
    """A photo that is known to be an image: every instance was decoded with Pillow (in
    ``__post_init__``), whatever its name says. ``from_path`` reads a regular file only;
    ``from_bytes`` serves data received another way (the application server's base64)."""

    filename: str
    data: bytes
    media_type: str = field(default="", compare=False)

    def __post_init__(self):
        name = _photo_name(self.filename)
        object.__setattr__(self, "filename", name)
        object.__setattr__(self, "media_type", _check_image(name, self.data))

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Photo:
        return cls(name, bytes(data))

    @classmethod
    def from_path(cls, path) -> Photo:
        """Read a photo file. Anything but a regular file (a FIFO, a device, a directory) is
        refused from its ``stat`` without being opened; ``O_NONBLOCK`` guards the race where
        the path is swapped for a FIFO between the check and the open."""
        path = os.fspath(path)
        try:
            st = os.stat(path)
            _check_regular(path, st.st_mode)
            _check_size(path, st.st_size)
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY
                         | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
            try:
                _check_regular(path, os.fstat(fd).st_mode)
                with os.fdopen(fd, "rb", closefd=False) as fh:
                    data = fh.read(MAX_PHOTO_BYTES + 1)
            finally:
                os.close(fd)
        except OSError as exc:
            raise InvalidInput(f"cannot read photo {path}: {exc.strerror}", code="photo_unreadable",
                               path=escape_controls(path), reason=exc.strerror) from None
        _check_size(path, len(data))
        return cls(os.path.basename(path), data)


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "fifo"),
                       (stat.S_ISCHR, "character_device"), (stat.S_ISBLK, "block_device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "other"


def _check_regular(path: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = _file_type(mode)
        raise InvalidInput(f"photo {escape_controls(path)} is not a regular file ({kind})",
                           code="photo_not_a_file", path=escape_controls(path), file_type=kind)


def _check_size(name: str, size: int) -> None:
    if size > MAX_PHOTO_BYTES:
        raise InvalidInput(f"photo {escape_controls(name)} is larger than "
                           f"{MAX_PHOTO_BYTES // 2**20} MiB", code="photo_too_large",
                           path=escape_controls(name), max_mib=MAX_PHOTO_BYTES // 2**20)
    if size == 0:
        raise InvalidInput(f"photo {escape_controls(name)} is empty", code="photo_empty",
                           path=escape_controls(name))


def _photo_name(name) -> str:
    """The file name alone (no folders, which a client must not choose), checked as text."""
    name = clean_text(str(name or ""), "photo_name", 1000) or ""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if len(name) > MAX_PHOTO_NAME:  # keep the extension: the name is only a label
        stem, dot, ext = name.rpartition(".")
        name = (stem[:MAX_PHOTO_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) < 10 \
            else name[:MAX_PHOTO_NAME]
    return name or "photo"


def _check_image(name: str, data) -> str:
    """Decode the photo; its media type from what it is, never from its name."""
    if not isinstance(data, (bytes, bytearray)):
        raise InvalidInput(f"photo {name} has no data", code="photo_empty", path=name)
    _check_size(name, len(data))
    from PIL import Image  # Pillow: only the paths that receive photos need it

    allowed = sorted(PHOTO_FORMATS.values())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # DecompressionBombWarning: our own limit follows
            with Image.open(io.BytesIO(data)) as img:
                fmt, (width, height) = img.format, img.size
                if fmt not in PHOTO_FORMATS:
                    raise _not_an_image(name, fmt, allowed)
                if width * height > MAX_PHOTO_PIXELS:
                    raise InvalidInput(
                        f"photo {name} is {width}×{height} pixels; at most "
                        f"{MAX_PHOTO_PIXELS // 10**6} megapixels are accepted",
                        code="photo_too_many_pixels", path=name, width=width, height=height,
                        max_megapixels=MAX_PHOTO_PIXELS // 10**6)
                img.verify()
            with Image.open(io.BytesIO(data)) as img:
                img.draft("RGB", (max(1, width // 8), max(1, height // 8)))  # JPEG: fast, whole
                img.load()
    except InvalidInput:
        raise
    except Exception:  # Pillow raises many kinds (OSError, SyntaxError, ValueError, bombs...)
        raise _not_an_image(name, None, allowed) from None
    return PHOTO_FORMATS[fmt]


def _not_an_image(name: str, fmt: str | None, allowed: list[str]) -> InvalidInput:
    return InvalidInput(f"photo {name} is not an image of an accepted kind "
                        f"({', '.join(allowed)})", code="photo_not_an_image", path=name,
                        format=fmt, allowed=allowed)


def check_photo_count(count: int) -> None:
    """At most ``MAX_PHOTOS`` per action: callers check before reading any file."""
    if count > MAX_PHOTOS:
        raise InvalidInput(f"{count} photos: at most {MAX_PHOTOS} per action",
                           code="too_many_photos", count=count, max=MAX_PHOTOS)


def check_photos(photos: Sequence[Photo]) -> None:
    check_photo_count(len(photos))
    for p in photos:
        if not isinstance(p, Photo):  # only a Photo was decoded and checked
            raise InvalidInput("photos must be Photo objects", code="photo_not_an_image",
                               path=None, format=None, allowed=sorted(PHOTO_FORMATS.values()))


def case_view(row: CaseFile) -> CaseView:
    return CaseView(
        state=State(row.state),
        source=row.source,
        level=row.level,
        district_code=row.district_code,
        department_code=row.department_code,
        inspector=row.inspector,
        check_result=row.check_result,
        verification_result=row.verification_result,
        postponement_until=row.postponement_until,
        rework_count=row.rework_count,
        handling_district=row.handling_district,
        ordered_inspector=row.ordered_inspector,
        suggested_department=row.suggested_department_code,
        return_requested=row.return_reason is not None,
        urge_pending=row.urge_reply_deadline is not None,
        callback_contact=row.callback_contact,
    )


def load_case(session: Session, ref: str, for_update: bool = False) -> CaseFile:
    ref = clean_reference(str(ref), "case") or ""
    column = CaseFile.code if is_case_code(ref) else CaseFile.id
    stmt = select(CaseFile).where(column == ref)
    if for_update and session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = session.scalar(stmt)
    if row is None:
        raise NotFound(f"no case {ref!r}", code="case_not_found", case=ref)
    return row


def integrity_error(exc: IntegrityError) -> DatabaseError:
    """A constraint the database enforced, as a typed error: the table and the kind of
    constraint, never the SQL statement (the UI shows this to an operator)."""
    orig = getattr(exc, "orig", None)
    text_ = str(orig or exc)
    diag = getattr(orig, "diag", None)
    table = getattr(diag, "table_name", None)
    constraint = getattr(diag, "constraint_name", None)
    if table is None:
        m = re.search(r"constraint failed: (\w+)\.", text_)
        table = m.group(1) if m else None
    kind = next((k for k in ("UNIQUE", "FOREIGN KEY", "NOT NULL", "CHECK")
                 if k in text_.upper() or k.replace(" ", "") in text_.upper().replace(" ", "")),
                "constraint")
    kind = {"UNIQUE": "unique", "FOREIGN KEY": "foreign_key", "NOT NULL": "not_null",
            "CHECK": "check"}.get(kind, kind)
    return DatabaseError(
        f"the database refused the change ({kind.replace('_', ' ')} constraint"
        f"{' on ' + table if table else ''}); nothing was saved",
        code="integrity_error", table=table, constraint=constraint or kind)


def next_case_code(session: Session, year: int) -> str:
    session.execute(
        text("INSERT INTO case_sequence (year, last) VALUES (:y, 0) ON CONFLICT (year) DO NOTHING"),
        {"y": year},
    )
    seq = session.execute(
        text("UPDATE case_sequence SET last = last + 1 WHERE year = :y RETURNING last"), {"y": year}
    ).scalar_one()
    return case_code(year, seq)


class CaseService:
    def __init__(self, db: Database, catalog: Catalog, policy: DeadlinePolicy, locator: GridLocator):
        self.db = db
        self.catalog = catalog
        self.policy = policy
        self.locator = locator

    # --- registration ------------------------------------------------------------------

    def resolve_location(self, x=None, y=None, lon=None, lat=None) -> dict:
        """Where a point falls: grid cell, its parents and its inspector (for forms too)."""
        x, y, hit = self.locator.resolve(x, y, lon, lat)
        return {"x": x, "y": y, "grid_code": hit.code, "inspector": hit.inspector,
                **parent_codes(hit.code)}

    def nearby_open_cases(self, session: Session, kind: str, class_code: str, x: float, y: float,
                          radius: float = DUPLICATE_RADIUS_M, exclude_id: str | None = None) -> list[dict]:
        rows = session.execute(
            select(CaseFile.id, CaseFile.code, CaseFile.state, CaseFile.x, CaseFile.y)
            .where(
                CaseFile.kind == kind,
                CaseFile.class_code == class_code,
                CaseFile.state.in_([s.value for s in workflow.OPEN_STATES]),
                CaseFile.x.between(x - radius, x + radius),
                CaseFile.y.between(y - radius, y + radius),
            )
        ).all()
        out = []
        for r in rows:
            d = ((r.x - x) ** 2 + (r.y - y) ** 2) ** 0.5
            if d <= radius and r.id != exclude_id:
                out.append({"id": r.id, "code": r.code, "state": r.state, "distance_m": round(d, 1)})
        return sorted(out, key=lambda c: c["distance_m"])

    def preview_report(self, kind: str, class_code: str, actor: Actor | None = None,
                       **location) -> dict:
        """What the new-report form shows before anything is saved. With the ``actor``: the
        level the case will have, and whether the point is in the actor's district
        (``in_actor_district``: False flags it at once; registering would be refused)."""
        self.catalog.get(kind, class_code)
        where = self.resolve_location(**location)
        level = workflow.register_level(actor) if actor else "district"
        where["level"] = level
        if actor is not None:
            where["in_actor_district"] = (actor.district_code is None
                                          or actor.district_code == where["district_code"])
        with self.db.read() as s:
            where["suggested_department"] = suggest_department(
                s, kind, class_code, where["district_code"], level)
            where["duplicates"] = self.nearby_open_cases(s, kind, class_code, where["x"], where["y"])
        return where

    def register(self, actor: Actor, *, source: str, kind: str, class_code: str, description: str,
                 x=None, y=None, lon=None, lat=None, address: str = "",
                 component_code: str | None = None, urgent: bool = False,
                 photos: Sequence[Photo] = (), caller_name: str | None = None,
                 caller_phone: str | None = None, reply_wanted: bool = False,
                 origin_system: str | None = None, request_key: Idempotency | None = None,
                 voice: VoiceNote | None = None, now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        if (first := request_keys.replayed(self.db, actor, request_key)) is not None:
            return first  # a retry of a report that was registered: nothing new
        # free text first: nothing below (look-ups, the security log) sees unchecked text
        description = clean_text(description, "description") or ""
        address = clean_text(address, "address", MAX_ADDRESS) or ""
        caller_name = clean_text(caller_name, "caller_name", MAX_CALLER_NAME) or None
        caller_phone = clean_text(caller_phone, "caller_phone", MAX_CALLER_PHONE) or None
        component_code = clean_reference(component_code, "component")
        class_code = clean_reference(class_code, "class_code")
        source, kind = clean_reference(source, "source"), clean_reference(kind, "kind")
        check_photos(photos)
        if voice is not None and not isinstance(voice, VoiceNote):  # only a VoiceNote was parsed
            raise InvalidInput("voice must be a VoiceNote", code="voice_not_audio", name=None,
                               container=None, allowed=sorted(VOICE_TYPES.values()))
        cls = self.catalog.get(kind, class_code)
        if not description:
            raise InvalidInput("a report needs a description (--description)", code="missing_input",
                               action="register", missing=["description"])
        if caller_phone and not re.fullmatch(r"[0-9+\-() ]{3,32}", caller_phone):
            raise InvalidInput(f"not a phone number: {caller_phone!r}", code="invalid_value",
                               field="caller_phone", value=caller_phone, allowed=[])
        where = self.resolve_location(x=x, y=y, lon=lon, lat=lat)
        try:
            workflow.check_register(actor, source, where["district_code"])
        except ConsoleError as exc:
            security_log.record(self.db, actor.name, "refused", action="register",
                                message=f"{exc.kind}: {exc.message}")
            raise
        try:
            return self._register(actor, source, kind, cls, description, where, address,
                                  component_code, urgent, photos, caller_name, caller_phone,
                                  reply_wanted, now, origin_system, request_key, voice)
        except IntegrityError as exc:
            # the same key sent twice at once: the second waited on the first and lost
            if (first := request_keys.replayed(self.db, actor, request_key)) is not None:
                return first
            raise integrity_error(exc) from None

    def _register(self, actor, source, kind, cls, description, where, address, component_code,
                  urgent, photos, caller_name, caller_phone, reply_wanted, now,
                  origin_system=None, request_key=None, voice=None) -> dict:
        with self.db.unit_of_work() as s:
            if component_code:
                comp = s.scalar(select(Component).where(Component.code == component_code))
                if comp is None:
                    raise NotFound(f"unknown component {component_code!r}",
                                   code="component_not_found", component=component_code)
                if kind != "component" or comp.class_code != cls.code:
                    raise InvalidInput(
                        f"component {component_code} is a {comp.class_code}, not a {kind} {cls.code}",
                        code="component_class_mismatch", component=component_code,
                        component_class=comp.class_code, kind=kind, class_code=cls.code)
            duplicates = self.nearby_open_cases(s, kind, cls.code, where["x"], where["y"])
            level = workflow.register_level(actor)
            suggested = suggest_department(s, kind, cls.code, where["district_code"], level,
                                           component_code)
            stage = workflow.STAGE_OF_STATE[workflow.initial_state()]
            first = self._stage_deadline(s, stage, kind, cls.code, bool(urgent), now)
            row = CaseFile(
                id=new_id(), code=next_case_code(s, now.year),
                source=source, kind=kind, class_code=cls.code, description=description,
                address=address or "", urgent=bool(urgent), component_code=component_code,
                x=where["x"], y=where["y"],
                geom=from_shape(Point(where["x"], where["y"]), srid=SRID),
                grid_code=where["grid_code"], community_code=where["community_code"],
                street_code=where["street_code"], district_code=where["district_code"],
                level=level, state=workflow.initial_state().value,
                reporter=actor.name, inspector=where["inspector"],
                suggested_department_code=suggested,
                stage=stage, stage_started_at=now,
                deadline=first.at,
                rework_count=0, return_count=0, urge_count=0, postpone_count=0,
                registered_at=now, updated_at=now, version=1,
                proxy_handling=False, caller_name=caller_name, caller_phone=caller_phone,
                reply_wanted=bool(reply_wanted), deadline_estimated=first.estimated,
                origin_system=origin_system,
            )
            row.warn_at = self.warn_at_for(row)
            # Core inserts: the hot path of bulk imports skips the ORM unit of work; the
            # transient row still serves case_json below.
            s.execute(insert(CaseFile.__table__), [{c.key: getattr(row, c.key) for c in _CASE_COLUMNS}])
            event_id = self._audit(s, row, "register", actor, None, row.state, now, None,
                                   {"source": source, "duplicates": [d["code"] for d in duplicates],
                                    **({"caller_name": caller_name} if caller_name else {}),
                                    **({"reply_wanted": True} if reply_wanted else {})})
            self._attach(s, row, event_id, "register", photos, now)
            if voice is not None:
                s.add(Attachment(case_id=row.id, event_id=event_id, kind="voice",
                                 filename=voice.filename, media_type=voice.media_type,
                                 sha256=hashlib.sha256(voice.data).hexdigest(),
                                 size=len(voice.data), data=voice.data, at=now))
            record_change(s, "case_file", row.id, "insert", actor.name, now)
            from console.services.case_query import case_json

            doc = case_json(row, now, self.policy)
            doc["duplicates"] = duplicates
            request_keys.remember(s, actor, request_key, doc, now)
            return doc

    # --- actions -----------------------------------------------------------------------

    def act(self, actor: Actor, case_ref: str, action: str, *, department: str | None = None,
            reason: str | None = None, result: str | None = None, close_type: str | None = None,
            until: datetime | str | None = None, photos: Sequence[Photo] = (),
            inspector: str | None = None, no_photo_reason: str | None = None,
            proxy: bool = False, district: str | None = None, into: str | None = None,
            contact: str | None = None, satisfaction: str | None = None,
            expect_version: int | None = None, request_key: Idempotency | None = None,
            now: datetime | None = None) -> dict:
        """Apply one workflow action; the one path every state change takes. A refusal is
        recorded in the security log and raised; nothing else is written."""
        now = now or datetime.now(UTC)
        if (first := request_keys.replayed(self.db, actor, request_key)) is not None:
            return first  # a retry of an action that was applied: nothing new
        try:
            # free text and references first: nothing below sees unchecked text
            case_ref = clean_reference(case_ref, "case") or ""
            action = clean_reference(action, "action") or ""
            params = {"department": clean_reference(department, "department"),
                      "reason": clean_text(reason, "reason") or None,
                      "result": clean_reference(result, "result"),
                      "close_type": clean_reference(close_type, "close_type"),
                      "until": _parse_until(until, now, self.policy.calendar.zone),
                      "inspector": clean_reference(inspector, "inspector"),
                      "no_photo_reason": clean_text(no_photo_reason, "no_photo_reason") or None,
                      "photo_count": len(photos) or None, "proxy": True if proxy else None,
                      "district": clean_reference(district, "district"),
                      "into": clean_reference(into, "into"),
                      "contact": clean_reference(contact, "contact"),
                      "satisfaction": clean_reference(satisfaction, "satisfaction")}
            check_photos(photos)
            try:
                return self._act(actor, case_ref, action, params, photos, expect_version, now,
                                 request_key)
            except ConsoleError:
                # the same key sent twice at once: the second waited on the first and lost
                if (first := request_keys.replayed(self.db, actor, request_key)) is not None:
                    return first
                raise
        except ConsoleError as exc:
            # the refused input may be what was wrong: logged escaped, never raw
            security_log.record(self.db, actor.name, "refused",
                                action=escape_controls(str(action))[:32],
                                case_ref=escape_controls(str(case_ref)),
                                message=f"{exc.kind}: {escape_controls(exc.message)}")
            raise

    def _act(self, actor: Actor, case_ref: str, action: str, params: dict, photos, expect_version,
             now: datetime, request_key: Idempotency | None = None) -> dict:
        if action == "register":
            raise InvalidInput("register is not applied to an existing case: use case report",
                               code="register_is_not_an_action")
        workflow.transition(action)  # unknown actions fail before the database is touched
        try:
            # No autoflush: a query in the middle (routing, references) must not send the case's
            # UPDATE (version + 1) early, or the audit would skip a seq and a second UPDATE would
            # add a second version. Each event is numbered from the version read.
            with self.db.unit_of_work() as s, s.no_autoflush:
                row = load_case(s, case_ref, for_update=True)
                read_version = row.version
                if expect_version is not None and row.version != int(expect_version):
                    raise self._stale(s, row, int(expect_version))
                original = None
                if action == "merge" and params["into"]:
                    original = load_case(s, params["into"], for_update=True)
                    original_version = original.version
                    params["into"] = original.code
                decision = workflow.decide(case_view(row), action, actor, params)
                self._check_references(s, row, action, params, original)
                self._apply(s, row, decision, actor, now, params)
                if action in ("request_verification", "request_check"):
                    params["inspector"] = row.ordered_inspector  # who was ordered, in the audit
                if action in ("transfer_to_city", "transfer_to_district"):
                    # the responsible department of the new level (先属主后属地 / 先属地后属主)
                    row.suggested_department_code = suggest_department(
                        s, row.kind, row.class_code, row.handling_district or row.district_code,
                        row.level, row.component_code)
                event_id = self._audit(s, row, action, actor, decision.from_state, row.state, now,
                                       decision.note, _payload(params), seq=read_version + 1)
                self._attach(s, row, event_id, action, photos, now)
                self._side_records(s, row, action, actor, now, params, event_id)
                if original is not None:
                    self._merge_into(s, row, original, actor, now, original_version)
                record_change(s, "case_file", row.id, "update", actor.name, now)
                if action == "accept_result" and workflow.SETTINGS.auto_check_order:
                    # the setting makes the inspection order automatic: issued by the system
                    auto = workflow.decide(case_view(row), "request_check", SYSTEM_ACTOR, {})
                    s.flush()  # one version per event: the accept_result UPDATE first
                    self._apply(s, row, auto, SYSTEM_ACTOR, now, {})
                    self._audit(s, row, "request_check", SYSTEM_ACTOR, auto.from_state, row.state,
                                now, None, {"automatic": True}, seq=read_version + 2)
                s.flush()
                from console.services.case_query import case_json

                doc = case_json(row, now, self.policy)
                request_keys.remember(s, actor, request_key, doc, now)
                return doc
        except IntegrityError as exc:
            raise integrity_error(exc) from None
        except StaleDataError:
            # another workstation committed between our read and our write
            with self.db.read() as s:
                row = load_case(s, case_ref)
                raise self._stale(s, row, expect_version) from None

    def _check_references(self, s: Session, row: CaseFile, action: str, params: dict,
                          original: CaseFile | None) -> None:
        """What the workflow cannot see: the named inspector, department, district, original."""
        if action in ("request_verification", "request_check") and params.get("inspector"):
            name = params["inspector"]
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            if user is None:
                raise NotFound(f"unknown user {name!r}", code="user_not_found", user=name)
            if "inspector" not in user.role_set or not user.active:
                raise InvalidInput(f"{name} is not an inspector", code="not_an_inspector", user=name)
            district = row.handling_district or row.district_code
            if user.district_code and user.district_code != district:
                # the order would reach a phone whose user may not act in this district
                raise InvalidInput(f"{name} inspects in district {user.district_code}, the case is "
                                   f"handled in {district}", code="inspector_wrong_district",
                                   user=name, inspector_district=user.district_code,
                                   case_district=district)
        if action == "dispatch":
            check_dispatch_target(s, params["department"], row.level,
                                  row.handling_district or row.district_code)
        if action == "transfer_to_district" and params.get("district"):
            if not s.scalar(select(District.id).where(District.code == params["district"])):
                raise NotFound(f"unknown district {params['district']!r}", code="district_not_found",
                               district=params["district"])
        if action == "merge":
            if original.id == row.id:
                raise InvalidInput("a case cannot be merged into itself", code="merge_into_self",
                                   case=row.code)
            if original.state in {s_.value for s_ in workflow.TERMINAL_STATES}:
                raise InvalidTransition(
                    f"case {original.code} is {original.state}: merge into an open case",
                    code="merge_into_closed", into=original.code, state=original.state)
            if original.kind != row.kind:
                raise InvalidInput(f"case {original.code} is a {original.kind}, {row.code} a {row.kind}",
                                   code="merge_kind_mismatch", into=original.code,
                                   into_kind=original.kind, kind=row.kind)

    def _stale(self, s: Session, row: CaseFile, expected) -> StaleCase:
        last = s.execute(
            select(CaseEvent.actor, CaseEvent.action, CaseEvent.at)
            .where(CaseEvent.case_id == row.id).order_by(CaseEvent.seq.desc()).limit(1)
        ).first()
        by = f" by {last.actor} ({last.action} at {last.at.isoformat(timespec='seconds')})" if last else ""
        return StaleCase(
            f"case {row.code} changed{by}: it is now version {row.version}, state {row.state}"
            + (f"; you read version {expected}" if expected is not None else ""),
            code="stale", case=row.code, version=row.version, state=row.state,
            expected_version=expected, changed_by=last.actor if last else None,
            changed_action=last.action if last else None,
            changed_at=last.at.astimezone(UTC).isoformat(timespec="seconds") if last else None,
        )

    def _apply(self, s: Session | None, row: CaseFile, d: Decision, actor: Actor, now: datetime,
               params: dict) -> None:
        """Persist a decision: fields, stage clocks and the KPI outcome columns. Needs no
        session (the demo history applies decisions to rows it inserts in bulk)."""
        pending_until = row.postponement_until
        for key, value in d.changes.items():
            setattr(row, key, value)
        old_stage, new_stage = row.stage, d.stage
        mode = d.deadline
        if mode == "keep" and new_stage != old_stage:
            mode = "restart"
        if mode in ("restart", "resume_accept") or (mode == "complete"):
            if old_stage in LATE_FIELD and row.deadline is not None:
                setattr(row, LATE_FIELD[old_stage], now > row.deadline)
        if mode in ("restart", "resume_accept"):
            row.stage = new_stage
            row.stage_started_at = now if new_stage else None
            row.deadline, row.deadline_estimated = (
                self._stage_deadline(s, new_stage, row.kind, row.class_code, row.urgent, now)
                if new_stage else (None, False))
            if new_stage == "handle":
                row.handle_deadline = row.deadline
        elif mode == "resume_handle":
            row.stage, row.stage_started_at = "handle", now
            row.deadline = row.handle_deadline
            row.deadline_estimated = row.deadline is not None and self.policy.is_estimated(
                self.policy.rule_for("handle", row.kind, row.class_code, row.urgent).working,
                now, row.deadline)
        elif mode == "postpone":
            row.deadline = row.handle_deadline = pending_until
            row.deadline_estimated = False  # a date the center approved, not a count
            row.postpone_count += 1
        elif mode == "pause":
            row.paused_at = now
        elif mode == "resume":
            working = self.policy.rule_for("handle", row.kind, row.class_code, row.urgent).working
            if row.paused_at is not None and row.deadline is not None:
                counted_from = min(row.paused_at, row.deadline)
                row.deadline = row.handle_deadline = self.policy.deadline_after_pause(
                    row.deadline, row.paused_at, now, working)
                row.deadline_estimated = bool(row.deadline_estimated) or self.policy.is_estimated(
                    working, counted_from, row.deadline)
            row.paused_at = None
        elif mode == "complete":
            row.deadline = None
            row.deadline_estimated = False
        # outcome columns the KPIs count
        if d.action in ("file", "reject") and row.accepted_at is None:
            row.accepted_at = now
        if d.action == "file" and row.filed_at is None:
            row.filed_at = now
        if d.action == "dispatch":
            row.dispatched_at = row.dispatched_at or now
            row.last_department_code = params["department"]
        if d.action == "approve_return":  # 回退数 counts returns the dispatcher confirmed
            row.return_count += 1
        if d.action == "urge":
            row.urge_count += 1
            reply_by = self.urge_reply_deadline(row, now)
            if row.urge_reply_deadline is None or reply_by < row.urge_reply_deadline:
                row.urge_reply_deadline = reply_by
        if _closes_urges(d.action, d.to_state.value):
            # a reply answers every open 督办; a case leaving the department closes them too
            row.urge_reply_deadline = None
        if d.action == "report_done":
            row.handled_at = now
        if d.action == "close":
            row.closed_at = now
        if d.action == "merge":
            row.merged_into = params["into"]
        if d.action == "callback":
            row.callback_at = now
        row.state = d.to_state.value
        row.updated_at = now
        row.warn_at = self.warn_at_for(row)

    def _stage_deadline(self, s: Session | None, stage: str, kind, class_code, urgent: bool,
                        start: datetime) -> Deadline:
        """A stage's deadline and whether it is estimated. An estimate first looks whether
        another workstation or server loaded the missing year meanwhile (one read, only then),
        so every instance counts on the center's calendar without a restart."""
        due = self.policy.deadline_estimate(stage, kind, class_code, urgent, start)
        if due.estimated and s is not None:
            from console.services.calendar_service import refresh_calendar

            if refresh_calendar(s, self.policy):
                due = self.policy.deadline_estimate(stage, kind, class_code, urgent, start)
        return due

    def urge_reply_deadline(self, row: CaseFile, now: datetime) -> datetime:
        return self.policy.deadline("urge_reply", row.kind, row.class_code, row.urgent, now)

    def _side_records(self, s: Session, row: CaseFile, action: str, actor: Actor, now: datetime,
                      params: dict, event_id: str) -> None:
        """督办 records: one per ``urge``; a reply (or the case leaving the department)
        answers the open ones."""
        if action == "urge":
            s.execute(insert(CaseUrge.__table__), [{
                "id": new_id(), "case_id": row.id, "event_id": event_id, "at": now,
                "actor": actor.name, "note": params.get("reason") or "",
                "department_code": row.department_code,
                "reply_deadline": self.urge_reply_deadline(row, now),
                "answered_at": None, "answered_by": None, "answer": None}])
        elif _closes_urges(action, row.state):
            answer = params.get("reason") if action == "answer_urge" else f"({action})"
            s.execute(update(CaseUrge.__table__)
                      .where(CaseUrge.case_id == row.id, CaseUrge.answered_at.is_(None))
                      .values(answered_at=now, answered_by=actor.name, answer=answer))

    def _merge_into(self, s: Session, dup: CaseFile, original: CaseFile, actor: Actor,
                    now: datetime, original_version: int) -> None:
        """The duplicate's reporters and photos join the original, which records the merge."""
        extra = s.execute(select(CaseReporter).where(CaseReporter.case_id == dup.id)).scalars().all()
        reporters = [{"id": new_id(), "case_id": original.id, "from_case_id": dup.id,
                      "from_case_code": dup.code, "reporter": dup.reporter, "source": dup.source,
                      "caller_name": dup.caller_name, "caller_phone": dup.caller_phone,
                      "reply_wanted": bool(dup.reply_wanted), "at": dup.registered_at}]
        reporters += [{"id": new_id(), "case_id": original.id, "from_case_id": r.from_case_id or dup.id,
                       "from_case_code": r.from_case_code or dup.code, "reporter": r.reporter,
                       "source": r.source, "caller_name": r.caller_name,
                       "caller_phone": r.caller_phone, "reply_wanted": r.reply_wanted, "at": r.at}
                      for r in extra]
        s.execute(insert(CaseReporter.__table__), reporters)
        original.updated_at = now  # a new version of the original: its audit gets one event
        event_id = self._audit(s, original, "merge", actor, original.state, original.state, now,
                               None, {"duplicate": dup.code, "role": "original",
                                      "reporters": len(reporters)}, seq=original_version + 1)
        photos = s.execute(select(Attachment).where(Attachment.case_id == dup.id)).scalars().all()
        for p in photos:
            s.add(Attachment(case_id=original.id, event_id=event_id, kind=p.kind,
                             filename=p.filename, media_type=p.media_type, sha256=p.sha256,
                             size=p.size, data=p.data, at=p.at))
        record_change(s, "case_file", original.id, "update", actor.name, now)

    def warn_at_for(self, row: CaseFile) -> datetime | None:
        """When the running stage's light turns yellow (stored for the map's style)."""
        if row.deadline is None or row.stage_started_at is None or row.stage is None:
            return None
        rule = self.policy.rule_for(row.stage, row.kind, row.class_code, row.urgent)
        return self.policy.warn_at(rule.working, row.stage_started_at, row.deadline)

    @staticmethod
    def _audit(s: Session, row: CaseFile, action: str, actor: Actor, from_state, to_state,
               at: datetime, note: str | None, payload: dict, seq: int | None = None) -> str:
        # one event per version: register makes version 1, each action adds one (version_id_col);
        # callers pass the seq from the version they read (a flush may have bumped row.version)
        if seq is None:
            seq = 1 if from_state is None and action == "register" else row.version + 1
        event_id = new_id()
        if actor.client:  # the program that acted: the field client, an Open311 system
            payload = {**payload, "client": actor.client}
        s.execute(insert(CaseEvent.__table__), [{
            "id": event_id, "case_id": row.id, "seq": seq, "action": action, "actor": actor.name,
            "at": at, "from_state": str(from_state) if from_state else None,
            "to_state": str(to_state), "note": note,
            "payload": json.dumps(payload, ensure_ascii=False, default=str)}])
        webhook_outbox.enqueue(s, row, seq, action, to_state, at)
        return event_id

    @staticmethod
    def _attach(s: Session, row: CaseFile, event_id: str, action: str,
                photos: Sequence[Photo], at: datetime) -> None:
        for photo in photos:
            s.add(Attachment(
                case_id=row.id, event_id=event_id, kind=PHOTO_KIND.get(action, "other"),
                filename=photo.filename,
                media_type=photo.media_type,
                sha256=hashlib.sha256(photo.data).hexdigest(), size=len(photo.data),
                data=photo.data, at=at))


def _parse_until(until, now: datetime, calendar_zone) -> datetime | None:
    """A postponement's end: in the future, and at most a year away (a typo such as 2062 for
    2026 would otherwise park a case out of every overdue list for decades)."""
    if until is None or until == "":
        return None
    if isinstance(until, str):
        text_ = clean_reference(until, "until") or ""
        try:
            until = datetime.fromisoformat(text_)
        except ValueError:
            raise InvalidInput(f"--until must be an ISO date and time, got {text_!r}",
                               code="invalid_datetime", field="until", value=text_) from None
    if not isinstance(until, datetime):
        raise InvalidInput(f"--until must be an ISO date and time, got {until!r}",
                           code="invalid_datetime", field="until", value=str(until))
    if until.tzinfo is None:
        until = until.replace(tzinfo=calendar_zone)
    latest = _one_year_after(now)
    # compare before converting: a year-1 or year-9999 date cannot always move to UTC
    if until <= now:
        raise InvalidInput("a postponement must end in the future", code="until_in_past",
                           until=_iso(until))
    if until > latest:
        raise InvalidInput(f"a postponement ends at most a year from now ({_iso(latest)})",
                           code="until_too_far", until=_iso(until), latest=_iso(latest))
    return until.astimezone(UTC)


def _one_year_after(now: datetime) -> datetime:
    try:
        return now.replace(year=now.year + 1)
    except ValueError:  # 29 February
        return now.replace(year=now.year + 1, day=28)


def _iso(moment: datetime) -> str:
    try:
        return moment.astimezone(UTC).isoformat(timespec="seconds")
    except OverflowError:
        return moment.isoformat(timespec="seconds")


URGE_CLOSING_ACTIONS = ("answer_urge", "approve_return", "recall", "report_done")


def _closes_urges(action: str, to_state: str) -> bool:
    """A reply answers every open 督办; a case leaving the department closes them too."""
    return action in URGE_CLOSING_ACTIONS or to_state in {s.value for s in workflow.TERMINAL_STATES}


def _payload(params: dict) -> dict:
    return {k: v for k, v in params.items() if v is not None and k != "reason"}
