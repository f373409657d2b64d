"""The center's application server (`console serve`): the only writer of the central database.

It hosts the services the console runs in-process in embedded mode, over HTTP/JSON, behind a
login token. It keeps nothing between requests (tokens and throttles live in the database),
so a center runs as many instances as it likes behind any HTTP load balancer.

Endpoint functions are plain ``def``: the services block on the database, and FastAPI runs
such functions in its thread pool.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import re
import socket
from dataclasses import replace
from typing import Annotated

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from console import __version__
from console.domain.errors import ConsoleError, InvalidInput
from console.domain.workflow import Actor
from console.server import bodies
from console.services import request_keys, security_log
from console.services.app import Services
from console.services.request_keys import Idempotency
from console.services.token_service import TokenService

log = logging.getLogger("console.server")

API = "/api/v1"

# The HTTP status of each error kind; the body is the CLI's JSON error document.
STATUS = {
    "invalid_input": 400,
    "not_found": 404,
    "permission_denied": 403,
    "authentication_failed": 401,
    "invalid_transition": 409,
    "stale": 409,
    "database_error": 409,
    "invalid_data": 422,
    "connection_lost": 503,
    "schema_out_of_date": 503,
}

# a case id or code, a component code, a user name, an action name
Ref = Annotated[str, Path(min_length=1, max_length=64)]

_bearer = HTTPBearer(auto_error=False, description="the token of POST /api/v1/login")


def _actor(request: Request,
           credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Actor:
    """The token's owner, with the roles they hold now, and the program they use (the
    ``X-Console-Client`` header, named in the audit); every endpoint but login asks."""
    who = request.app.state.tokens.resolve(credentials.credentials if credentials else None)
    client = request.headers.get("x-console-client", "")
    return replace(who, client=client if _CLIENT_NAME.fullmatch(client) else "api")


_CLIENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,31}")


def _idempotency(request: Request, what: str, body) -> Idempotency | None:
    """The retry key of a report or an action (the field client's offline queue): a retry
    with the same key and the same content gets the first answer and changes nothing."""
    return request_keys.from_header(request.headers.get("idempotency-key"),
                                    f"{what}\n{body.model_dump_json()}")


Who = Annotated[Actor, Depends(_actor)]
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _error(doc: dict, status: int) -> JSONResponse:
    return JSONResponse(doc, status_code=status)


def _client(request: Request) -> str:
    """The address the login throttle counts against (a proxy's X-Forwarded-For is applied
    by uvicorn for the proxies it trusts)."""
    return request.client.host if request.client else "unknown"


def _photos(items: list[bodies.PhotoIn]):
    from console.services.case_service import Photo, check_photo_count

    check_photo_count(len(items))  # before decoding any of them
    photos = []
    for item in items:
        try:
            data = base64.b64decode(item.data, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput(f"photo {item.name!r} is not base64", code="photo_not_base64",
                               photo=item.name) from None
        photos.append(Photo.from_bytes(item.name, data))
    return photos


def _voice(item: bodies.VoiceIn | None):
    """A report's voice note, decoded and parsed as audio (or refused: nothing is saved)."""
    if item is None:
        return None
    from console.services.voice_note import VoiceNote

    try:
        data = base64.b64decode(item.data, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(f"voice note {item.name!r} is not base64", code="voice_not_base64",
                           name=item.name) from None
    return VoiceNote.from_bytes(item.name, data)


def create_app(services: Services) -> FastAPI:
    app = FastAPI(
        title="数字城管 application server",
        version=__version__,
        description="The only writer of the center's database: every workflow action, "
                    "report, component and user change goes through here, behind a login.",
        openapi_url=f"{API}/openapi.json", docs_url=f"{API}/docs", redoc_url=None)
    tokens = app.state.tokens = TokenService(services.db)
    instance = f"{socket.gethostname()}:{os.getpid()}"

    @app.exception_handler(ConsoleError)
    def _console_error(_request: Request, exc: ConsoleError):
        return _error(exc.to_json(), STATUS.get(exc.kind, 400))

    @app.exception_handler(RequestValidationError)
    def _invalid_request(_request: Request, exc: RequestValidationError):
        problems = [{"field": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                    for e in exc.errors()]
        first = problems[0] if problems else {"field": "", "problem": "invalid"}
        return _error({"error": "invalid_input", "code": "invalid_request",
                       "message": f"{first['field']}: {first['problem']}",
                       "params": {"problems": problems}}, 422)

    @app.exception_handler(SQLAlchemyError)
    def _database_error(_request: Request, exc: SQLAlchemyError):
        if isinstance(exc, IntegrityError):
            from console.services.case_service import integrity_error

            return _error(integrity_error(exc).to_json(), 409)
        if isinstance(exc, OperationalError):
            return _error({"error": "connection_lost", "code": "database_unavailable",
                           "message": "the database is not reachable; try again shortly",
                           "params": {}}, 503)
        log.exception("database error")
        return _error({"error": "database_error", "code": "database_error",
                       "message": "the database refused the request; nothing was saved",
                       "params": {}}, 500)

    # --- session ----------------------------------------------------------------------

    @app.get(f"{API}/health", tags=["server"])
    def health() -> dict:
        """For load balancers and installers: answers without a login."""
        from console.store import schema

        return {"status": "ok", "version": __version__, "instance": instance,
                "schema": schema.current_revision(services.db)}

    @app.post(f"{API}/login", tags=["session"])
    def login(body: bodies.Login, request: Request) -> dict:
        who = services.auth.authenticate(body.name, body.password, client=_client(request))
        doc = tokens.issue(who.name, _client(request))
        doc["user"] = _actor_json(who)
        return doc

    @app.post(f"{API}/logout", tags=["session"])
    def logout(credentials: Bearer) -> dict:
        if not credentials:
            return {"revoked": False}
        try:
            who = tokens.resolve(credentials.credentials)
        except ConsoleError:
            return {"revoked": False}
        revoked = tokens.revoke(credentials.credentials)
        security_log.record(services.db, who.name, "logout")
        return {"revoked": revoked}

    @app.get(f"{API}/me", tags=["session"])
    def me(who: Who) -> dict:
        return _actor_json(who)

    @app.post(f"{API}/me/password", tags=["session"])
    def change_own_password(body: bodies.OwnPassword, who: Who, request: Request) -> dict:
        from console.services.account_service import AccountService

        AccountService(services.db).change_own_password(who.name, body.old_password,
                                                        body.new_password,
                                                        client=_client(request))
        tokens.revoke_user(who.name)
        return {"user": who.name, "changed": True}

    # --- cases ------------------------------------------------------------------------

    @app.get(f"{API}/cases", tags=["cases"])
    def list_cases(who: Who, state: Annotated[str | None, Query(max_length=32)] = None,
                   overdue: bool = False,
                   grid: Annotated[str | None, Query(max_length=32)] = None,
                   limit: Annotated[int | None, Query(ge=1, le=1000)] = None) -> dict:
        return {"cases": services.queries.list(state=state, overdue=overdue, grid=grid,
                                               limit=limit)}

    @app.get(f"{API}/cases/{{ref}}", tags=["cases"])
    def show_case(ref: Ref, who: Who) -> dict:
        return services.queries.show(ref)

    @app.post(f"{API}/cases", tags=["cases"], status_code=201)
    def report(body: bodies.Report, who: Who, request: Request) -> dict:
        return services.cases.register(
            who, source=body.source, kind=body.kind, class_code=body.class_code,
            description=body.description, x=body.x, y=body.y, lon=body.lon, lat=body.lat,
            address=body.address, component_code=body.component, urgent=body.urgent,
            photos=_photos(body.photos), caller_name=body.caller_name,
            caller_phone=body.caller_phone, reply_wanted=body.reply_wanted,
            voice=_voice(body.voice), request_key=_idempotency(request, "report", body))

    @app.post(f"{API}/cases/{{ref}}/actions/{{action}}", tags=["cases"])
    def act(ref: Ref, action: Ref, body: bodies.Act, who: Who, request: Request) -> dict:
        return services.cases.act(
            who, ref, action, department=body.department, reason=body.reason,
            result=body.result, close_type=body.close_type, until=body.until,
            photos=_photos(body.photos), inspector=body.inspector,
            no_photo_reason=body.no_photo_reason, proxy=body.proxy, district=body.district,
            into=body.into, contact=body.contact, satisfaction=body.satisfaction,
            expect_version=body.expect_version,
            request_key=_idempotency(request, f"act {ref} {action}", body))

    @app.get(f"{API}/attachments/{{attachment_id}}", tags=["cases"],
             response_class=Response,
             responses={200: {"content": {"image/*": {}, "audio/*": {}}}})
    def attachment(attachment_id: Ref, who: Who) -> Response:
        from console.services.voice_note import audio_media_type

        name, data = services.queries.photo(attachment_id)
        kind = _image_type(data)
        if kind == "application/octet-stream":  # a voice note (issue 9)
            kind = audio_media_type(data) or kind
        return Response(data, media_type=kind,
                        headers={"Content-Disposition": f'inline; filename="{_ascii(name)}"'})

    # --- components -------------------------------------------------------------------

    @app.get(f"{API}/components/{{code}}", tags=["components"])
    def show_component(code: Ref, who: Who) -> dict:
        return services.components.show(code)

    @app.post(f"{API}/components", tags=["components"], status_code=201)
    def add_component(body: bodies.ComponentNew, who: Who) -> dict:
        return services.components.add(who, **body.model_dump())

    @app.post(f"{API}/components/{{code}}/move", tags=["components"])
    def move_component(code: Ref, body: bodies.ComponentMove, who: Who) -> dict:
        return services.components.move(who, code, **body.model_dump())

    @app.post(f"{API}/components/{{code}}/update", tags=["components"])
    def update_component(code: Ref, body: bodies.ComponentUpdate,
                         who: Who) -> dict:
        return services.components.update(who, code, **body.model_dump())

    @app.post(f"{API}/components/{{code}}/retire", tags=["components"])
    def retire_component(code: Ref, body: bodies.ComponentRetire,
                         who: Who) -> dict:
        return services.components.retire(who, code, reason=body.reason)

    # --- reference, evaluation, users ---------------------------------------------------

    @app.get(f"{API}/departments", tags=["reference"])
    def departments(who: Who) -> dict:
        return {"departments": services.reference.departments()}

    @app.get(f"{API}/kpi", tags=["evaluation"])
    def kpi(who: Who, date_from: Annotated[str | None, Query(alias="from", max_length=32)] = None,
            date_to: Annotated[str | None, Query(alias="to", max_length=32)] = None,
            by: Annotated[str | None, Query(max_length=32)] = None,
            compare: bool = False) -> dict:
        return services.kpi.compute(date_from, date_to, by, compare=compare)

    @app.get(f"{API}/kpi/trend", tags=["evaluation"])
    def kpi_trend(who: Who,
                  date_from: Annotated[str | None, Query(alias="from", max_length=32)] = None,
                  date_to: Annotated[str | None, Query(alias="to", max_length=32)] = None,
                  step: Annotated[str, Query(max_length=16)] = "day") -> dict:
        return services.kpi.trend(date_from, date_to, step)

    @app.get(f"{API}/kpi/hot-spots", tags=["evaluation"])
    def kpi_hot_spots(who: Who,
                      date_from: Annotated[str | None, Query(alias="from", max_length=32)] = None,
                      date_to: Annotated[str | None, Query(alias="to", max_length=32)] = None,
                      limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict:
        return services.kpi.hot_spots(date_from, date_to, limit)

    @app.get(f"{API}/users", tags=["users"])
    def list_users(who: Who) -> dict:
        return {"users": services.auth.list_users(who)}

    @app.post(f"{API}/users", tags=["users"], status_code=201)
    def add_user(body: bodies.User, who: Who) -> dict:
        return services.auth.add_user(who, body.name, body.password, body.roles,
                                      department=body.department, district=body.district,
                                      full_name=body.full_name)

    @app.post(f"{API}/users/{{name}}/password", tags=["users"])
    def set_password(name: Ref, body: bodies.NewPassword, who: Who) -> dict:
        doc = services.auth.set_password(who, name, body.password)
        tokens.revoke_user(name)
        return doc

    @app.post(f"{API}/users/{{name}}/unlock", tags=["users"])
    def unlock(name: Ref, who: Who) -> dict:
        return services.auth.unlock(who, name)

    @app.post(f"{API}/users/{{name}}/active", tags=["users"])
    def set_active(name: Ref, body: bodies.Active, who: Who) -> dict:
        doc = services.auth.set_active(who, name, body.active)
        if not body.active:
            tokens.revoke_user(name)
        return doc

    # --- the field end (issue 9): the phones, the hotline and other systems ------------
    from console.server import field_api, field_site, map_tiles, open311

    for part in (field_api, map_tiles, open311, field_site):
        part.install(app, services)

    return app


def _actor_json(who: Actor) -> dict:
    return {"name": who.name, "roles": sorted(who.roles), "department": who.department_code,
            "district": who.district_code}


def _image_type(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return "application/octet-stream"


def _ascii(name: str) -> str:
    return "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name)
