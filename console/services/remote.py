"""The services' interface over HTTP: what a workstation and the CLI hold in a center.

A workstation of a central deployment has no write credential: every write goes to the
application server (`console serve`) with the token its login got. Reads that must be fast
(the map, the lists) may still go to PostGIS through the read-only ``console_reader`` role;
when such a read connection is given, the reading parts of the services run on it locally.

The methods keep the in-process services' names and arguments, so the widgets and the
CLI do not care which one they hold. The ``actor`` argument of a write must be the logged-in
user: the server acts as the token's owner, never as someone named in a request.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import httpx

from console.domain import errors
from console.domain.workflow import Actor

API = "/api/v1"
_KINDS = {cls.kind: cls for cls in (
    errors.InvalidInput, errors.NotFound, errors.PermissionDenied, errors.AuthenticationFailed,
    errors.InvalidTransition, errors.StaleCase, errors.ConnectionLost, errors.DatabaseError)}


def error_from_json(doc: dict, status: int) -> errors.ConsoleError:
    """The server's error document as the typed error the in-process service would raise."""
    kind = doc.get("error") or "error"
    cls = _KINDS.get(kind)
    params = doc.get("params") or {}
    if cls is None:
        cls = type("RemoteError", (errors.ConsoleError,), {"kind": kind})
    err = cls.__new__(cls)
    errors.ConsoleError.__init__(err, doc.get("message") or f"HTTP {status}",
                                 doc.get("code") or kind, **params)
    return err


class Session:
    """One login on one server: the token, and the HTTP connection pool."""

    def __init__(self, server: str, timeout: float = 30.0, transport=None):
        self.server = server.rstrip("/")
        self.token: str | None = None
        self.user: Actor | None = None
        self._http = httpx.Client(base_url=self.server, timeout=timeout, transport=transport,
                                  headers={"User-Agent": "city-console",
                                           "X-Console-Client": "console"})

    def call(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
             raw: bool = False, request_key=None):
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if request_key is not None:  # the server fingerprints the body itself
            headers["Idempotency-Key"] = request_key.key
        if params:
            params = {k: v for k, v in params.items() if v is not None and v is not False}
        try:
            try:
                reply = self._http.request(method, API + path, json=json, params=params,
                                           headers=headers)
            except (httpx.ConnectError, httpx.RemoteProtocolError):
                # a pooled connection the server had just closed (keep-alive), or a server
                # restarting behind the balancer: one more try is safe for a read, and for a
                # write that carries an Idempotency-Key (the server applies it once)
                if method != "GET" and request_key is None:
                    raise
                reply = self._http.request(method, API + path, json=json, params=params,
                                           headers=headers)
        except httpx.TransportError as exc:
            raise errors.ConnectionLost(
                f"the application server {self.server} is not reachable: {exc}",
                code="server_unreachable", server=self.server) from None
        if reply.status_code >= 400:
            try:
                doc = reply.json()
            except ValueError:
                doc = {"error": "connection_lost" if reply.status_code >= 500 else "error",
                       "code": "server_error", "message": f"HTTP {reply.status_code}"}
            if not isinstance(doc, dict) or "error" not in doc:
                doc = {"error": "error", "code": "server_error", "message": str(doc)[:200]}
            raise error_from_json(doc, reply.status_code)
        return reply if raw else reply.json()

    def login(self, name: str, password: str) -> Actor:
        doc = self.call("POST", "/login", json={"name": name, "password": password or ""})
        self.token = doc["token"]
        u = doc["user"]
        self.user = Actor(u["name"], frozenset(u["roles"]), u.get("department"), u.get("district"))
        return self.user

    def logout(self) -> None:
        if self.token:
            try:
                self.call("POST", "/logout")
            except errors.ConsoleError:
                pass  # the token expires anyway
            self.token = None

    def close(self) -> None:
        self.logout()
        self._http.close()

    def check_actor(self, actor: Actor | None) -> None:
        if self.user is None:
            raise errors.AuthenticationFailed("log in first", code="login_required")
        if actor is not None and actor.name != self.user.name:
            raise errors.PermissionDenied(
                f"this workstation is logged in as {self.user.name}, not {actor.name}",
                code="not_the_logged_in_user", user=actor.name, logged_in=self.user.name)


def _q(segment) -> str:
    return quote(str(segment), safe="")


def _photos(photos) -> list[dict]:
    return [{"name": p.filename, "data": base64.b64encode(p.data).decode("ascii")}
            for p in photos or ()]


def _iso(value):
    return value.isoformat() if isinstance(value, datetime) else value


class RemoteAuth:
    def __init__(self, session: Session):
        self._s = session

    def authenticate(self, name: str, password: str, now=None, client=None) -> Actor:
        return self._s.login(name, password)

    def list_users(self, actor: Actor | None = None) -> list[dict]:
        return self._s.call("GET", "/users")["users"]

    def add_user(self, actor: Actor, name: str, password: str, roles, department=None,
                 district=None, full_name: str = "") -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", "/users", json={
            "name": name, "password": password, "roles": list(roles), "department": department,
            "district": district, "full_name": full_name})

    def set_password(self, actor: Actor, name: str, password: str) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/users/{_q(name)}/password", json={"password": password})

    def unlock(self, actor: Actor, name: str) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/users/{_q(name)}/unlock")

    def set_active(self, actor: Actor, name: str, active: bool) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/users/{_q(name)}/active", json={"active": bool(active)})

    def add_first_admin(self, *args, **kwargs):
        raise errors.InvalidInput("the first admin is made on the database itself (--db), "
                                  "by whoever installs the center", code="needs_database",
                                  command="user add --first-admin")


class RemoteAccounts:
    def __init__(self, session: Session):
        self._s = session

    def change_own_password(self, name: str, old_password: str, new_password: str) -> None:
        self._s.check_actor(Actor(name, frozenset()))
        self._s.call("POST", "/me/password", json={"old_password": old_password,
                                                    "new_password": new_password})


def _fresh_key():
    """Every report and action of a workstation carries its own key, so the one retry of
    ``Session.call`` can never apply it twice."""
    import uuid

    from console.services.request_keys import Idempotency

    return Idempotency(str(uuid.uuid4()), "")


class RemoteCases:
    def __init__(self, session: Session, local=None):
        self._s = session
        self._local = local  # the in-process CaseService on the reader connection, if any

    def register(self, actor: Actor, *, source: str, kind: str, class_code: str,
                 description: str, x=None, y=None, lon=None, lat=None, address: str = "",
                 component_code: str | None = None, urgent: bool = False,
                 photos: Sequence = (), caller_name: str | None = None,
                 caller_phone: str | None = None, reply_wanted: bool = False,
                 request_key=None, now=None) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", "/cases", request_key=request_key or _fresh_key(), json={
            "source": source, "kind": kind, "class_code": class_code,
            "description": description, "x": _num(x), "y": _num(y), "lon": _num(lon),
            "lat": _num(lat), "address": address or "", "component": component_code,
            "urgent": bool(urgent), "photos": _photos(photos), "caller_name": caller_name,
            "caller_phone": caller_phone, "reply_wanted": bool(reply_wanted)})

    def act(self, actor: Actor, case_ref: str, action: str, *, department=None, reason=None,
            result=None, close_type=None, until=None, photos: Sequence = (), inspector=None,
            no_photo_reason=None, proxy: bool = False, district=None, into=None, contact=None,
            satisfaction=None, expect_version=None, request_key=None, now=None) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/cases/{_q(case_ref)}/actions/{_q(action)}",
                            request_key=request_key or _fresh_key(), json={
            "department": department, "reason": reason, "result": result,
            "close_type": close_type, "until": _iso(until), "photos": _photos(photos),
            "inspector": inspector, "no_photo_reason": no_photo_reason, "proxy": bool(proxy),
            "district": district, "into": into, "contact": contact,
            "satisfaction": satisfaction, "expect_version": expect_version})

    def __getattr__(self, name):
        # the read helpers of the form (location preview, duplicates) run on the reader
        if self._local is not None and not name.startswith("_"):
            return getattr(self._local, name)
        raise AttributeError(name)


class RemoteComponents:
    def __init__(self, session: Session):
        self._s = session

    def show(self, code: str) -> dict:
        return self._s.call("GET", f"/components/{_q(code)}")

    def add(self, actor: Actor, *, class_code: str, x=None, y=None, lon=None, lat=None,
            state: str = "完好", owner=None, maintainer=None, data_source: str = "实测",
            note: str = "", now=None) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", "/components", json={
            "class_code": class_code, "x": _num(x), "y": _num(y), "lon": _num(lon),
            "lat": _num(lat), "state": state, "owner": owner, "maintainer": maintainer,
            "note": note or ""})

    def move(self, actor: Actor, code: str, *, x=None, y=None, lon=None, lat=None,
             note: str = "", now=None) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/components/{_q(code)}/move", json={
            "x": _num(x), "y": _num(y), "lon": _num(lon), "lat": _num(lat), "note": note or ""})

    def update(self, actor: Actor, code: str, *, state=None, owner=None, maintainer=None,
               note=None, now=None) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/components/{_q(code)}/update", json={
            "state": state, "owner": owner, "maintainer": maintainer, "note": note})

    def retire(self, actor: Actor, code: str, *, reason: str, now=None) -> dict:
        self._s.check_actor(actor)
        return self._s.call("POST", f"/components/{_q(code)}/retire", json={"reason": reason})


class RemoteQueries:
    def __init__(self, session: Session):
        self._s = session

    def show(self, ref: str, now=None) -> dict:
        return self._s.call("GET", f"/cases/{_q(ref)}")

    def list(self, state=None, overdue: bool = False, grid=None, limit=None, **_ignored) -> list:
        return self._s.call("GET", "/cases", params={"state": state, "overdue": overdue,
                                                     "grid": grid, "limit": limit})["cases"]

    def photo(self, attachment_id: str) -> tuple[str, bytes]:
        reply = self._s.call("GET", f"/attachments/{_q(attachment_id)}", raw=True)
        disposition = reply.headers.get("content-disposition", "")
        name = disposition.split('filename="', 1)[-1].rstrip('"') if "filename=" in disposition \
            else attachment_id
        return name, reply.content


class RemoteKpi:
    def __init__(self, session: Session):
        self._s = session

    def compute(self, date_from=None, date_to=None, by=None, now=None, compare=False) -> dict:
        params = {"from": _day(date_from), "to": _day(date_to), "by": by}
        if compare:
            params["compare"] = True
        return self._s.call("GET", "/kpi", params=params)

    def trend(self, date_from=None, date_to=None, step="day", now=None) -> dict:
        return self._s.call("GET", "/kpi/trend", params={"from": _day(date_from),
                                                         "to": _day(date_to), "step": step})

    def hot_spots(self, date_from=None, date_to=None, limit=10, now=None) -> dict:
        return self._s.call("GET", "/kpi/hot-spots", params={"from": _day(date_from),
                                                             "to": _day(date_to), "limit": limit})


def _day(value):
    """A KPI bound as the server reads it: a date or an ISO text (datetimes keep their time)."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value.isoformat() if isinstance(value, date) else value


class RemoteReference:
    def __init__(self, session: Session):
        self._s = session

    def departments(self) -> list[dict]:
        return self._s.call("GET", "/departments")["departments"]


def _num(value):
    """Numbers as numbers, anything else as text: the server's services check it and refuse
    it in the same words as in-process."""
    if value is None or isinstance(value, (int, float)):
        return value
    return str(value)


class RemoteServices:
    """Writes through the server; reads through the server too unless a reader is given."""

    def __init__(self, server: str, reader=None, transport=None):
        self.session = Session(server, transport=transport)
        self.server = self.session.server
        self.reader = reader  # Services on the console_reader connection, or None
        self.auth = RemoteAuth(self.session)
        self.accounts = RemoteAccounts(self.session)
        self.cases = RemoteCases(self.session, reader.cases if reader else None)
        self.components = RemoteComponents(self.session)
        self.queries = reader.queries if reader else RemoteQueries(self.session)
        self.kpi = reader.kpi if reader else RemoteKpi(self.session)
        self.reference = reader.reference if reader else RemoteReference(self.session)
        if reader is not None:
            self.db = reader.db
            self.catalog = reader.catalog
            self.policy = reader.policy
            self.locator = reader.locator

    def close(self) -> None:
        self.session.close()
        if self.reader is not None:
            self.reader.close()
