"""The application server, running as its own process on a real PostGIS copy of the demo city."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import text

from console.domain.errors import ConsoleError
from console.services.demo_city.build import DEMO_PASSWORD
from console.services.remote import RemoteServices
from tests.center import ROOT
from tests.services.helpers import HL, spot
from tests.services.next_action import next_action

API = "/api/v1"


# One center and one server for the module: every test here either refuses (and checks that
# nothing changed) or works on its own cases and users, so they share the start-up cost.
@pytest.fixture(scope="module")
def server(shared_start_server):
    return shared_start_server()


def _fingerprint(url: str) -> dict:
    """Row counts and a checksum of what a refused request must leave untouched."""
    from console.store.engine import Database

    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' "
                                         f"ORDER BY t::text), '')) FROM {t} t")).one()
                    for t in ("case_file", "case_event", "app_user", "component", "attachment",
                              "change_log", "api_token")}
    finally:
        db.dispose()


def _directory(url: str):
    from console.store.engine import Database

    db = Database(url)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT name, roles, department_code, district_code "
                                     "FROM app_user WHERE active")).all()
        return [(n, frozenset(r.split(",")), d, dist) for n, r, d, dist in rows]
    finally:
        db.dispose()


def _photo(name: str):
    """A real JPEG, as a phone would send it."""
    import io

    from PIL import Image

    from console.services.case_service import Photo

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 160, 90)).save(buf, "JPEG")
    return Photo.from_bytes(f"{name}.jpg", buf.getvalue())


def _login(server, name: str) -> RemoteServices:
    remote = RemoteServices(server.url)
    remote.auth.authenticate(name, DEMO_PASSWORD)
    return remote


def _cli(server, *argv, user: str | None = None) -> tuple[int, dict]:
    env = dict(os.environ, CONSOLE_PASSWORD=DEMO_PASSWORD, PYTHONPATH=str(ROOT))
    env.pop("CONSOLE_DB", None)
    proc = subprocess.run([sys.executable, "-m", "console", *argv, "--server", server.url,
                           "--json", *(("--as", user) if user else ())],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    out = proc.stdout if proc.returncode == 0 else proc.stderr
    return proc.returncode, json.loads(out.strip().splitlines()[-1])


def test_without_a_token_every_endpoint_but_login_refuses_and_nothing_changes(server, shared_center_db):
    spec = httpx.get(f"{server.url}{API}/openapi.json").json()
    before = _fingerprint(shared_center_db["owner"])
    tried = 0
    for path, methods in spec["paths"].items():
        for method in methods:
            if path.endswith(("/login", "/health", "/logout")) or path.startswith("/open311/"):
                continue  # Open311 authenticates systems by API key (tests/server/test_open311.py)
            concrete = path.replace("{ref}", "2026000001").replace("{action}", "close") \
                .replace("{code}", "x").replace("{name}", "admin").replace("{attachment_id}", "x")
            concrete = re.sub(r"\{[a-z_]+\}", "1", concrete)  # tiles' layer/z/x/y and the like
            for headers in ({}, {"Authorization": "Bearer forged-token"}):
                reply = httpx.request(method.upper(), server.url + concrete, json={},
                                      headers=headers)
                assert reply.status_code == 401, (method, path, reply.text)
                assert reply.json()["error"] == "authentication_failed"
                tried += 1
    assert tried >= 2 * 15
    assert _fingerprint(shared_center_db["owner"]) == before


def test_a_demo_case_walks_the_closed_loop_through_the_server(server, shared_center_db):
    """Report from the field, then whoever's turn it is acts, each through their own login."""
    from console.services.app import open_services

    directory = _directory(shared_center_db["owner"])
    reader = open_services(shared_center_db["owner"])
    x, y, _cell, inspector = spot(reader, index=3)
    reader.close()
    code, case = _cli(server, "case", "report", "--source", "inspector", "--kind", "event",
                      "--class", "0102", "--x", str(x), "--y", str(y),
                      "--description", "人行道上堆放建筑垃圾", user=inspector)
    assert code == 0, case
    sessions: dict[str, RemoteServices] = {}
    try:
        for _step in range(20):
            if case["state"] in ("closed", "rejected"):
                break
            action, user, params = next_action(case, directory)
            remote = sessions.get(user) or sessions.setdefault(user, _login(server, user))
            if action in ("submit_verification", "submit_check", "report_done"):
                params = {**params, "photos": [_photo(action)]}
            case = remote.cases.act(remote.session.user, case["id"], action,
                                    expect_version=case["version"], **params)
        assert case["state"] == "closed"
        shown = remote.queries.show(case["code"])
        assert [h["seq"] for h in shown["history"]] == list(range(1, shown["version"] + 1))
        assert {h["actor"] for h in shown["history"]} >= {inspector}
        # the photos went through the server and come back as they were sent
        photo_ids = [p["id"] for p in shown["photos"]]
        assert photo_ids
        name, data = remote.queries.photo(photo_ids[-1])
        assert data[:3] == b"\xff\xd8\xff" and name.endswith(".jpg")
    finally:
        for remote in sessions.values():
            remote.close()


def test_two_instances_share_logins_and_clients_alternate_between_them(shared_start_server,
                                                                      shared_center_db):
    a, b = shared_start_server(), shared_start_server()
    assert httpx.get(f"{a.url}{API}/health").json()["instance"] != \
        httpx.get(f"{b.url}{API}/health").json()["instance"]
    directory = _directory(shared_center_db["owner"])
    dispatcher = next(n for n, roles, _d, dist in sorted(directory)
                      if "dispatcher" in roles and dist == HL)
    token = httpx.post(f"{a.url}{API}/login",
                       json={"name": dispatcher, "password": DEMO_PASSWORD}).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    filed = httpx.get(f"{b.url}{API}/cases", params={"state": "filed", "limit": 50},
                      headers=auth).json()["cases"]
    mine = [c for c in filed if c["district_code"] == HL and c["level"] == "district"][:4]
    if len(mine) < 4:  # a demo built at a quiet hour: the acceptor files a few more
        acceptor = next(n for n, roles, _d, dist in sorted(directory)
                        if "acceptor" in roles and dist == HL)
        from console.services.app import open_services

        reader = open_services(shared_center_db["owner"])
        spots = [spot(reader, index=i) for i in range(4 - len(mine))]
        reader.close()
        desk = _login(b, acceptor)
        for x, y, _cell, inspector in spots:
            field = _login(a, inspector)
            new = field.cases.register(field.session.user, source="inspector", kind="event",
                                       class_code="0102", description="占道经营", x=x, y=y)
            field.close()
            mine.append(desk.cases.act(desk.session.user, new["id"], "file"))
        desk.close()
    assert len(mine) == 4
    for i, case in enumerate(mine):
        server = (a, b)[i % 2]
        reply = httpx.post(f"{server.url}{API}/cases/{case['code']}/actions/dispatch", headers=auth,
                           json={"department": case["suggested_department"],
                                 "expect_version": case["version"]})
        assert reply.status_code == 200, reply.text
        assert reply.json()["state"] == "dispatched" and reply.json()["version"] == case["version"] + 1
    # the same case, stale on the other instance
    stale = httpx.post(f"{b.url}{API}/cases/{mine[0]['code']}/actions/recall", headers=auth,
                       json={"reason": "改派", "expect_version": mine[0]["version"]})
    assert stale.status_code == 409 and stale.json()["error"] == "stale"
    # a logout at one instance ends the token at every instance
    assert httpx.post(f"{a.url}{API}/logout", headers=auth).json() == {"revoked": True}
    assert httpx.get(f"{b.url}{API}/me", headers=auth).status_code == 401


def test_refusals_keep_their_kind_code_and_params_through_the_server(server, shared_center_db):
    directory = _directory(shared_center_db["owner"])
    acceptor = next(n for n, roles, _d, dist in sorted(directory)
                    if "acceptor" in roles and dist == HL)
    remote = _login(server, acceptor)
    try:
        with pytest.raises(ConsoleError) as missing:
            remote.queries.show("2099999999")
        assert missing.value.kind == "not_found" and missing.value.code
        filed = remote.queries.list(state="filed", limit=5)[0]
        with pytest.raises(ConsoleError) as refused:
            remote.cases.act(remote.session.user, filed["id"], "close", close_type="normal")
        assert refused.value.kind in ("invalid_transition", "permission_denied")
        assert refused.value.params  # the facts travel, for the UI to word
        with pytest.raises(ConsoleError) as bad:
            remote.cases.register(remote.session.user, source="public", kind="event",
                                  class_code="0102", description="x", x="not-a-number", y=1)
        assert bad.value.kind == "invalid_input"
        before = _fingerprint(shared_center_db["owner"])
        reply = httpx.post(f"{server.url}{API}/cases", json={"source": "public"},
                           headers={"Authorization": f"Bearer {remote.session.token}"})
        assert reply.status_code == 422 and reply.json()["error"] == "invalid_input"
        assert _fingerprint(shared_center_db["owner"]) == before
    finally:
        remote.close()


def test_the_cli_reads_through_the_server_only_with_a_login(server, shared_center_db):
    code, doc = _cli(server, "case", "list", "--limit", "3")
    assert code != 0 and doc["error"] == "authentication_failed"
    directory = _directory(shared_center_db["owner"])
    acceptor = next(n for n, roles, _d, dist in sorted(directory)
                    if "acceptor" in roles and dist == HL)
    code, doc = _cli(server, "case", "list", "--limit", "3", user=acceptor)
    assert code == 0 and len(doc["cases"]) == 3
    code, doc = _cli(server, "kpi", "--by", "district", user=acceptor)
    assert code == 0 and doc
    # the CLI logged out: no token of that run is still alive
    from console.store.engine import Database

    db = Database(shared_center_db["owner"])
    with db.engine.connect() as conn:
        alive = conn.execute(text("SELECT count(*) FROM api_token WHERE user_name = :u "
                                  "AND revoked_at IS NULL"), {"u": acceptor}).scalar()
    db.dispose()
    assert alive == 0


def test_a_burst_of_wrong_passwords_locks_one_client_only(server, shared_center_db):
    """32 wrong passwords at once from one address (behind the center's proxy): all refused
    alike, the right one is then refused from there and accepted from another desk."""
    from concurrent.futures import ThreadPoolExecutor

    def attempt(password: str, client: str, name: str = "dispatcher"):
        return httpx.post(f"{server.url}{API}/login", json={"name": name, "password": password},
                          headers={"X-Forwarded-For": client}, timeout=60)

    with ThreadPoolExecutor(32) as pool:
        replies = list(pool.map(lambda i: attempt(f"guess-{i}", "10.0.0.66"), range(32)))
    assert {r.status_code for r in replies} == {401}
    assert {(r.json()["error"], r.json()["code"]) for r in replies} == \
        {("authentication_failed", "login_refused")}
    locked = attempt(DEMO_PASSWORD, "10.0.0.66")
    assert locked.status_code == 401 and locked.json()["params"].get("until")
    assert attempt(DEMO_PASSWORD, "10.0.0.7").status_code == 200  # the dispatcher's own desk
    # an unknown name answers exactly like a wrong password, and locks the same way
    unknown, wrong = attempt("x", "10.0.0.8", "nobody_here"), attempt("x", "10.0.0.8")
    assert (unknown.status_code, unknown.json()["code"], sorted(unknown.json()["params"])) == \
        (wrong.status_code, wrong.json()["code"], sorted(wrong.json()["params"]))
    from console.store.engine import Database

    db = Database(shared_center_db["owner"])
    with db.engine.connect() as conn:
        logged = conn.execute(text("SELECT count(*) FROM security_event WHERE user_name = "
                                   "'dispatcher' AND kind = 'login_failed' AND message LIKE "
                                   "'%10.0.0.66%'")).scalar()
    db.dispose()
    assert logged == 33  # every attempt is in the security log, with its client


def test_user_administration_through_the_server_needs_an_admin(server, shared_center_db):
    before = _fingerprint(shared_center_db["owner"])
    desk = _login(server, "commander")
    try:
        with pytest.raises(ConsoleError) as refused:
            desk.auth.add_user(desk.session.user, "mallory", "mallory-pw-1", ["admin"])
        assert refused.value.kind == "permission_denied"
        with pytest.raises(ConsoleError):
            desk.auth.set_password(desk.session.user, "city_commander", "taken-over-1")
        after = _fingerprint(shared_center_db["owner"])
        assert {k: v for k, v in after.items() if k != "api_token"} == \
            {k: v for k, v in before.items() if k != "api_token"}
    finally:
        desk.close()
    admin = _login(server, "admin")
    try:
        admin.auth.add_user(admin.session.user, "zhang_san", "zhang-pw-1", ["acceptor"],
                            district=HL)
        old = RemoteServices(server.url)
        old.auth.authenticate("zhang_san", "zhang-pw-1")
        admin.auth.set_password(admin.session.user, "zhang_san", "zhang-pw-2")
        with pytest.raises(ConsoleError) as expired:  # a password set by the admin ends logins
            old.queries.list(limit=1)
        assert expired.value.code == "token_invalid"
    finally:
        admin.close()


def test_a_phone_retrying_a_report_over_http_registers_it_once(server, shared_center_db):
    """The offline queue resends when an answer was lost: the Idempotency-Key makes that safe,
    and the audit names the program that sent it."""
    from console.services.app import open_services

    reader = open_services(shared_center_db["owner"])
    x, y, _cell, inspector = spot(reader, index=5)
    reader.close()
    token = httpx.post(f"{server.url}{API}/login",
                       json={"name": inspector, "password": DEMO_PASSWORD}).json()["token"]
    headers = {"Authorization": f"Bearer {token}", "X-Console-Client": "field-web",
               "Idempotency-Key": "3f1c2a9e-0c55-4a8e-9b1f-phone-retry"}
    body = {"source": "inspector", "kind": "event", "class_code": "0102",
            "description": "占道经营 重发", "x": x, "y": y}
    first = httpx.post(f"{server.url}{API}/cases", json=body, headers=headers)
    again = httpx.post(f"{server.url}{API}/cases", json=body, headers=headers)
    assert first.status_code == 201 and again.status_code == 201, again.text
    assert again.json()["code"] == first.json()["code"] and again.json()["replayed"] is True
    changed = httpx.post(f"{server.url}{API}/cases", json={**body, "description": "另一件"},
                         headers=headers)
    assert changed.status_code == 400 and changed.json()["code"] == "idempotency_key_reused"
    bad_key = httpx.post(f"{server.url}{API}/cases", json=body,
                         headers={**headers, "Idempotency-Key": "no spaces allowed"})
    assert bad_key.status_code == 400 and bad_key.json()["code"] == "invalid_idempotency_key"
    shown = httpx.get(f"{server.url}{API}/cases/{first.json()['code']}", headers=headers).json()
    assert [h["action"] for h in shown["history"]] == ["register"]
    from console.store.engine import Database

    db = Database(shared_center_db["owner"])
    try:
        with db.engine.connect() as conn:
            payload = conn.execute(text("SELECT payload FROM case_event WHERE case_id = :id"),
                                   {"id": first.json()["id"]}).scalar_one()
            described = conn.execute(text("SELECT count(*) FROM case_file WHERE description "
                                          "IN ('占道经营 重发', '另一件')")).scalar_one()
    finally:
        db.dispose()
    assert json.loads(payload)["client"] == "field-web" and described == 1


def test_a_lost_answer_is_retried_once_and_applied_once(server, shared_center_db):
    """A workstation's report reaches the server but the answer is lost (a keep-alive
    connection closed under it): the client tries once more with the same key, and the
    server applies it once."""
    from console.services.app import open_services

    class LosesFirstAnswer(httpx.HTTPTransport):
        lost = 0

        def handle_request(self, request):
            reply = super().handle_request(request)
            if request.method == "POST" and request.url.path.endswith("/cases") and not self.lost:
                reply.read()
                self.lost += 1
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            return reply

    reader = open_services(shared_center_db["owner"])
    x, y, _cell, inspector = spot(reader, index=7)
    reader.close()
    transport = LosesFirstAnswer()
    remote = RemoteServices(server.url, transport=transport)
    try:
        who = remote.auth.authenticate(inspector, DEMO_PASSWORD)
        case = remote.cases.register(who, source="inspector", kind="event", class_code="0102",
                                     description="应答丢失后重试", x=x, y=y)
    finally:
        remote.close()
    assert transport.lost == 1 and case["replayed"] is True
    from console.store.engine import Database

    db = Database(shared_center_db["owner"])
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM case_file WHERE description = "
                                     "'应答丢失后重试'")).scalar_one() == 1
    finally:
        db.dispose()
