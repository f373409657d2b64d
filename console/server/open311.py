"""Open311 GeoReport v2 for the hotline and public apps, and the webhooks back to them (issue 9).

Mounted at ``/open311/v2/``; every resource in JSON and XML (``.json`` / ``.xml``), errors as
the spec's list of ``{code, description}`` with the HTTP status (``X-Console-Error`` names our
stable code). How a system connects: docs/open311.md.

A system acts only through ``POST /requests``: it registers a report of its source, as an
actor holding the acceptor role and nothing else (``System.actor``), through the same
``CaseService.register`` as the console, audited with ``client: open311:<name>`` and marked
``origin_system`` so its state changes are pushed back to it. The caller's contact goes into
the case and never into any Open311 answer or webhook.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import datetime
from urllib.parse import parse_qs
from xml.etree.ElementTree import Element, SubElement, tostring

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from console.domain.errors import ConsoleError, InvalidInput
from console.server.webhook_sender import WebhookSender
from console.services import request_keys
from console.services.app import Services
from console.services.open311_view import Open311View, RequestFilter, parse_service_code
from console.services.request_keys import Idempotency
from console.services.system_service import RateLimited, SystemService, parse_since
from console.services.webhook_service import WebhookService

log = logging.getLogger("console.open311")

PREFIX = "/open311/v2"
FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
MAX_BODY = 24 * 1024 * 1024  # a report with a few base64 photos (the media extension)
_XML_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'

# HTTP status of our error kinds (the spec: 400 bad input, 403 key, 404 unknown resource)
_STATUS = {"invalid_input": 400, "not_found": 404, "permission_denied": 403,
           "authentication_failed": 403, "invalid_transition": 400, "stale": 409,
           "database_error": 503, "connection_lost": 503, "schema_out_of_date": 503}


class Open311Error(InvalidInput):
    """A refusal of this layer itself (its codes are documented with the server's)."""


# --- answers ------------------------------------------------------------------------------


def _fmt(fmt: str) -> str:
    if fmt not in FORMATS:
        raise Open311Error(f"unknown format {fmt!r}: use .json or .xml",
                           code="unsupported_format", format=fmt[:16])
    return fmt


def _xml_value(parent: Element, tag: str, value) -> None:
    el = SubElement(parent, tag)
    if value is None:
        return
    if isinstance(value, bool):
        el.text = "true" if value else "false"
    elif isinstance(value, list):
        for item in value:
            _xml_value(el, tag.removesuffix("s") or "item", item)
    else:
        el.text = str(value)


def _xml(root: str, item: str | None, docs) -> bytes:
    top = Element(root)
    for doc in docs:
        parent = SubElement(top, item) if item else top
        for key, value in doc.items():
            _xml_value(parent, key, value)
    return _XML_DECLARATION + tostring(top, encoding="unicode").encode("utf-8")


def _answer(fmt: str, root: str, item: str | None, docs: list[dict], status: int = 200,
            headers: dict | None = None, single: bool = False) -> Response:
    """A list in JSON (``single``: one object) and ``<root><item>…</item></root>`` in XML."""
    if fmt == "xml":
        body = _xml(root, item, docs)
    else:
        body = json.dumps(docs[0] if single else docs, ensure_ascii=False).encode("utf-8")
    return Response(body, status_code=status, media_type=FORMATS.get(fmt, FORMATS["json"]),
                    headers=headers)


def _error(fmt: str, status: int, description: str, code: str,
           headers: dict | None = None) -> Response:
    return _answer(fmt if fmt in FORMATS else "json", "errors", "error",
                   [{"code": status, "description": description}], status,
                   {**(headers or {}), "X-Console-Error": code})


def _guarded(fmt: str, work: Callable[[], Response], not_found: int = 404) -> Response:
    """Run an endpoint; every refusal answers in the spec's error format. ``not_found``: the
    status of an unknown thing named in a parameter (400) rather than in the path (404)."""
    try:
        return work()
    except RateLimited as exc:
        return _error(fmt, 429, exc.message, exc.code, {"Retry-After": str(exc.retry_after)})
    except ConsoleError as exc:
        status = not_found if exc.kind == "not_found" else _STATUS.get(exc.kind, 400)
        return _error(fmt, status, exc.message, exc.code)
    except SQLAlchemyError:
        log.exception("Open311 request failed on the database")
        return _error(fmt, 503, "the database is not reachable; try again shortly",
                      "database_unavailable")


# --- input --------------------------------------------------------------------------------


async def _form(request: Request) -> dict[str, list]:
    """The POST body: form-encoded as the spec says, or JSON; values as lists."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        return {"_too_large": [declared]}
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY:
            return {"_too_large": [str(len(data))]}
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = bytes(data).decode("utf-8")
        if kind == "application/json":
            doc = json.loads(text or "{}")
            if not isinstance(doc, dict):
                return {"_bad_body": ["a JSON object"]}
            return {k: (v if isinstance(v, list) else [v]) for k, v in doc.items()}
        if kind in ("", "application/x-www-form-urlencoded"):
            return parse_qs(text, keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return {"_bad_body": [kind or "form"]}
    return {"_bad_body": [kind]}


Form = dict[str, list]


def _one(form: Form, name: str) -> str | None:
    """A field's value; empty counts as absent (HTML forms send every field)."""
    values = form.get(name) or []
    value = values[0] if values else None
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise Open311Error(f"{name} must be text", code="request_field_invalid", field=name)
    return str(value)


def _required(form: Form, name: str) -> str:
    value = _one(form, name)
    if value is None:
        raise Open311Error(f"{name} is required", code="request_field_missing", field=name)
    return value


def _number(form: Form, name: str) -> float | None:
    value = _one(form, name)
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if number != number or abs(number) == float("inf"):
        raise Open311Error(f"{name} must be a number, got {value[:32]!r}",
                           code="request_field_invalid", field=name)
    return number


def _caller_name(first: str | None, last: str | None) -> str | None:
    """Chinese names are written family name first, without a space."""
    if not first and not last:
        return None
    if any("\u4e00" <= ch <= "\u9fff" for ch in f"{first or ''}{last or ''}"):
        return f"{last or ''}{first or ''}"
    return " ".join(p for p in (first, last) if p)


def _media(form: Form):
    """The extension: photos sent as base64 (``media``), decoded and checked like every
    photo. ``media_url`` is never fetched (the server makes no outgoing calls on a caller's
    behalf)."""
    from console.services.case_service import Photo, check_photo_count

    items = [m for m in form.get("media") or [] if m not in (None, "")]
    check_photo_count(len(items))
    photos = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, str):
            raise Open311Error("media must be base64 text", code="request_field_invalid",
                               field="media")
        try:
            data = base64.b64decode(item.split(",", 1)[-1] if item.startswith("data:") else item,
                                    validate=True)
        except (binascii.Error, ValueError):
            raise Open311Error(f"media {i} is not base64", code="request_field_invalid",
                               field="media") from None
        photos.append(Photo.from_bytes(f"media-{i}", data))
    return photos


def _dates(params, name: str) -> datetime | None:
    value = params.get(name)
    if not value:
        return None
    try:
        return parse_since(value)
    except InvalidInput:
        raise InvalidInput(f"{name} must be an ISO 8601 date and time, got {value[:40]!r}",
                           code="invalid_datetime", field=name, value=value[:40]) from None


def _list(params, name: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (params.get(name) or "").split(",") if v.strip())


# --- the routes ---------------------------------------------------------------------------


def install(app: FastAPI, services: Services) -> None:
    """Add the Open311 routes and the webhook sender (started and stopped with the app)."""
    systems = SystemService(services.db)
    view = Open311View(services.db, services.catalog)
    webhooks = WebhookService(services.db, view)
    sender = WebhookSender(webhooks)
    app.state.open311_systems, app.state.webhooks = systems, webhooks
    app.state.webhook_sender = sender
    addresses = []  # built on the first address_string (it loads the roads)

    previous = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(the_app):
        async with previous(the_app) as state:
            sender.start()
            try:
                yield state
            finally:
                await run_in_threadpool(sender.stop)

    app.router.lifespan_context = lifespan

    def system_of(request: Request, form: Form | None = None):
        """The calling system, counted against its rate (the key from ``api_key``, in the
        query or the body, or the ``X-Api-Key`` header, which stays out of access logs)."""
        key = (request.headers.get("x-api-key") or (form and _one(form, "api_key"))
               or request.query_params.get("api_key"))
        system = systems.authenticate(key)
        left = systems.count_request(system)
        return system, {"X-RateLimit-Limit": str(system.rate_per_minute),
                        "X-RateLimit-Remaining": str(left)}

    tags = ["open311"]

    @app.get(f"{PREFIX}/services.{{fmt}}", tags=tags, response_class=Response)
    def service_list(fmt: str) -> Response:
        """The catalog as services: ``<kind>-<class code>``, grouped by major class. No key."""
        return _guarded(fmt, lambda: _answer(_fmt(fmt), "services", "service", view.services()))

    @app.get(f"{PREFIX}/services/{{service_code}}.{{fmt}}", tags=tags, response_class=Response)
    def service_definition(service_code: str, fmt: str) -> Response:
        """No service has extra attributes (``metadata`` is false): an empty list."""
        def work():
            cls = parse_service_code(services.catalog, service_code)
            return _answer(_fmt(fmt), "service_definition", None,
                           [{"service_code": f"{cls.kind}-{cls.code}", "attributes": []}],
                           single=True)
        return _guarded(fmt, work)

    @app.post(f"{PREFIX}/requests.{{fmt}}", tags=tags, response_class=Response)
    def post_request(fmt: str, request: Request, form: Form = Depends(_form)) -> Response:
        """A report: form-encoded (or JSON) per the spec, with the system's api_key."""
        def work():
            _fmt(fmt)
            if "_too_large" in form:
                raise Open311Error(f"the request is larger than {MAX_BODY // 2**20} MB",
                                   code="body_too_large", max_bytes=MAX_BODY)
            if "_bad_body" in form:
                raise Open311Error("send the request form-encoded "
                                   "(application/x-www-form-urlencoded) or as a JSON object",
                                   code="unsupported_body", content_type=form["_bad_body"][0])
            system, rate = system_of(request, form)
            cls = parse_service_code(services.catalog, _required(form, "service_code"))
            description = _required(form, "description")
            lat, lon = _number(form, "lat"), _number(form, "long")
            address = _one(form, "address_string") or ""
            where: dict = {}
            if lat is not None and lon is not None:
                where = {"lon": lon, "lat": lat}
            elif lat is not None or lon is not None:
                raise Open311Error("give both lat and long", code="request_field_missing",
                                   field="long" if lon is None else "lat")
            elif address:
                if not addresses:
                    from console.services.address_service import AddressService

                    addresses.append(AddressService(services.db, services.locator))
                found = addresses[0].locate_address(address)
                if found is None:
                    raise Open311Error(f"no known address {address[:64]!r}: send lat and long",
                                       code="address_not_found", address=address[:64])
                where = {"x": found["x"], "y": found["y"]}
            else:
                raise Open311Error("a location is required: lat and long, or address_string",
                                   code="request_field_missing", field="lat")
            photos = _media(form)
            doc = services.cases.register(
                system.actor, source=system.source, kind=cls.kind, class_code=cls.code,
                description=description, address=address,
                caller_name=_caller_name(_one(form, "first_name"), _one(form, "last_name")),
                caller_phone=_one(form, "phone"), photos=photos, origin_system=system.name,
                request_key=_idempotency(request, form), **where)
            notice = ("media_url was not fetched: send the photo itself as media (base64)"
                      if _one(form, "media_url") else None)
            return _answer(fmt, "service_requests", "request",
                           [{"service_request_id": doc["code"], "service_notice": notice,
                             "account_id": None}], headers=rate)
        return _guarded(fmt, work, not_found=400)

    @app.get(f"{PREFIX}/requests.{{fmt}}", tags=tags, response_class=Response)
    def get_requests(fmt: str, request: Request) -> Response:
        """Service requests of the public and of every system (never a contact), newest
        first, the last 90 days unless dates are given, at most 1000. Needs an api_key."""
        def work():
            _fmt(fmt)
            _system, rate = system_of(request)
            q = request.query_params
            found = view.requests(RequestFilter(
                ids=_list(q, "service_request_id"), service_codes=_list(q, "service_code"),
                statuses=_list(q, "status"), start=_dates(q, "start_date"),
                end=_dates(q, "end_date")))
            return _answer(fmt, "service_requests", "request", found, headers=rate)
        return _guarded(fmt, work, not_found=400)

    @app.get(f"{PREFIX}/requests/{{request_id}}.{{fmt}}", tags=tags, response_class=Response)
    def get_request(request_id: str, fmt: str, request: Request) -> Response:
        """One service request by its id (the case code), as a list of one."""
        def work():
            _fmt(fmt)
            _system, rate = system_of(request)
            return _answer(fmt, "service_requests", "request", [view.request(request_id)],
                           headers=rate)
        return _guarded(fmt, work)


def _idempotency(request: Request, form: Form) -> Idempotency | None:
    """A retry of a POST with the same ``Idempotency-Key`` gets the first case back."""
    fields = {k: v for k, v in sorted(form.items()) if k != "api_key"}
    return request_keys.from_header(request.headers.get("idempotency-key"), "open311\n"
                                    + json.dumps(fields, ensure_ascii=False, default=str))

