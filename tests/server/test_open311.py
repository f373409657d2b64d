"""Open311 GeoReport v2 conformance: every endpoint and error case in JSON and XML, on
SpatiaLite in-process (FastAPI's TestClient) and the POST/GET round trip, the rate limit and
the webhook loop on PostGIS through a real `console serve`."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import httpx
import pytest
from sqlalchemy import select, text

from console.services.system_service import SystemService
from console.store.engine import Database
from console.store.models import Attachment, CaseFile, Road
from tests.conftest import demo_copy
from tests.server.webhook_receiver import Receiver
from tests.services.helpers import image_bytes, spot

V2 = "/open311/v2"
REQUEST_FIELDS = {"service_request_id", "status", "status_notes", "service_name", "service_code",
                  "description", "agency_responsible", "service_notice", "requested_datetime",
                  "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
                  "lat", "long", "media_url"}
CONTACT = ("王", "13812345678", "wang@example.com")  # no Open311 answer may hold any of them


def _admin(sv):
    return sv.auth.actor("admin")


def _errors(resp, fmt="json"):
    """The spec's error list as [(code, description)]."""
    if fmt == "xml":
        root = ElementTree.fromstring(resp.content)
        assert root.tag == "errors"
        return [(int(e.findtext("code")), e.findtext("description")) for e in root]
    return [(e["code"], e["description"]) for e in resp.json()]


def _refused(resp, status, code, fmt="json"):
    assert resp.status_code == status, resp.text
    assert resp.headers["x-console-error"] == code, resp.headers
    errors = _errors(resp, fmt)
    assert len(errors) == 1 and errors[0][0] == status and errors[0][1]


def _xml_items(resp, root_tag, item_tag):
    assert resp.headers["content-type"].startswith("text/xml")
    assert resp.content.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    root = ElementTree.fromstring(resp.content)
    assert root.tag == root_tag and all(child.tag == item_tag for child in root)
    return [{field.tag: field.text for field in item} for item in root]


@pytest.fixture(scope="module", params=["spatialite"])
def city(request, tmp_path_factory):
    yield from demo_copy(request, tmp_path_factory)


@pytest.fixture(scope="module")
def center(city):
    """The app in-process, two systems (A with a small rate for the limit test)."""
    from fastapi.testclient import TestClient

    from console.server.app import create_app
    from console.services.app import open_services

    sv = open_services(city)
    app = create_app(sv)
    a = SystemService(sv.db).add(_admin(sv), "hotline", title="12345热线", rate=1000)
    b = SystemService(sv.db).add(_admin(sv), "publicapp", source="system")
    client = TestClient(app)  # no lifespan: webhooks are test_webhooks.py's
    yield {"sv": sv, "app": app, "client": client, "a": a["api_key"], "b": b["api_key"]}
    sv.close()


def _report(center, fmt="json", key=None, **fields):
    x, y, _, _ = spot(center["sv"], index=3)
    from console.services.geo import xy_to_lonlat

    lon, lat = xy_to_lonlat(x, y)
    form = {"api_key": key or center["a"], "service_code": "event-0102", "lat": lat, "long": lon,
            "description": "小区门口垃圾堆放", "first_name": "女士", "last_name": "王",
            "phone": "13812345678", "email": "wang@example.com", "device_id": "d1",
            "account_id": "a1", **fields}
    return center["client"].post(f"{V2}/requests.{fmt}", data=form)


def test_services_catalog_and_definition(center):
    client, catalog = center["client"], center["sv"].catalog
    services = client.get(f"{V2}/services.json")
    assert services.status_code == 200 and services.headers["content-type"].startswith(
        "application/json")
    docs = services.json()
    codes = [d["service_code"] for d in docs]
    assert len(codes) == len(set(codes)) == len(catalog)  # 0101 twice, unambiguous by kind
    assert {"component-0101", "event-0101"} <= set(codes)
    for d in docs:
        assert set(d) == {"service_code", "service_name", "description", "metadata", "type",
                          "keywords", "group"}
        kind, _, code = d["service_code"].partition("-")
        cls = catalog.get(kind, code)
        assert (d["service_name"], d["group"], d["metadata"], d["type"]) == \
            (cls.name, cls.major_name, False, "realtime")
    xml = _xml_items(client.get(f"{V2}/services.xml"), "services", "service")
    assert [i["service_code"] for i in xml] == codes and xml[0]["metadata"] == "false"

    one = client.get(f"{V2}/services/event-0102.json")
    assert one.json() == {"service_code": "event-0102", "attributes": []}
    root = ElementTree.fromstring(client.get(f"{V2}/services/event-0102.xml").content)
    assert root.tag == "service_definition" and root.findtext("service_code") == "event-0102"
    assert root.find("attributes") is not None and len(root.find("attributes")) == 0
    for fmt in ("json", "xml"):
        for bad in ("event-9999", "0102", "thing-0102"):
            _refused(client.get(f"{V2}/services/{bad}.{fmt}"), 404, "service_not_found", fmt)
    _refused(client.get(f"{V2}/services.csv"), 400, "unsupported_format")


def test_post_and_get_requests(center):
    client, sv = center["client"], center["sv"]
    created = _report(center)
    assert created.status_code == 200, created.text
    [doc] = created.json()
    assert set(doc) == {"service_request_id", "service_notice", "account_id"}
    code = doc["service_request_id"]

    # a case in the normal workflow, named by its client in the audit, contact with the case
    case = sv.queries.show(code)
    assert (case["source"], case["state"], case["kind"], case["class_code"]) == \
        ("public", "reported", "event", "0102")
    assert (case["caller_name"], case["caller_phone"]) == ("王女士", "13812345678")
    register = case["history"][0]
    assert register["actor"] == "hotline" and register["payload"]["client"] == "open311:hotline"
    with sv.db.read() as s:
        assert s.scalar(select(CaseFile.origin_system).where(CaseFile.code == code)) == "hotline"
    acted = sv.cases.act(sv.auth.actor("city_acceptor"), code, "request_verification")
    assert acted["state"] == "verifying"

    # GET it back, JSON and XML, every spec field, the contact nowhere
    one = client.get(f"{V2}/requests/{code}.json", params={"api_key": center["b"]})
    assert one.status_code == 200 and int(one.headers["x-ratelimit-limit"]) == 60
    [req] = one.json()
    assert set(req) == REQUEST_FIELDS
    assert (req["service_request_id"], req["status"], req["service_code"], req["media_url"]) == \
        (code, "open", "event-0102", None)
    assert req["service_name"] == sv.catalog.get("event", "0102").name
    assert req["expected_datetime"] == _utc(sv.queries.show(code)["deadline"])
    assert abs(req["lat"] - case["lat"]) < 1e-6 and abs(req["long"] - case["lon"]) < 1e-6
    [xml] = _xml_items(client.get(f"{V2}/requests/{code}.xml",
                                  headers={"X-Api-Key": center["b"]}),
                       "service_requests", "request")
    assert set(xml) == REQUEST_FIELDS and xml["service_request_id"] == code
    assert xml["status"] == "open" and xml["media_url"] is None

    # XML POST answer; JSON body; media as base64; media_url never fetched
    posted = _xml_items(_report(center, "xml"), "service_requests", "request")
    assert posted[0]["service_request_id"] and posted[0]["service_request_id"] != code
    photo = base64.b64encode(image_bytes("PNG")).decode()
    x, y, _, _ = spot(sv, index=5)
    from console.services.geo import xy_to_lonlat

    lon, lat = xy_to_lonlat(x, y)
    as_json = client.post(f"{V2}/requests.json", json={
        "api_key": center["a"], "service_code": "component-0101", "lat": lat, "long": lon,
        "description": "井盖缺失", "media": [photo], "media_url": "http://example.com/p.jpg"})
    assert as_json.status_code == 200, as_json.text
    [with_media] = as_json.json()
    assert "media_url was not fetched" in with_media["service_notice"]
    with sv.db.read() as s:
        case_id = s.scalar(select(CaseFile.id).where(
            CaseFile.code == with_media["service_request_id"]))
        assert s.scalar(select(Attachment.media_type).where(Attachment.case_id == case_id)) \
            == "image/png"

    # address_string alone: found on a road of the city
    from console.services.address_service import AddressService

    addresses = AddressService(sv.db, sv.locator)
    with sv.db.read() as s:
        names = list(s.scalars(select(Road.name).where(Road.name.is_not(None))))
    road = next(n for n in names if (p := addresses.locate_address(f"{n}12号"))
                and sv.locator.locate(p["x"], p["y"]) is not None)
    by_address = client.post(f"{V2}/requests.json", data={
        "api_key": center["a"], "service_code": "event-0102", "description": "路边垃圾",
        "address_string": f"{road}12号"})
    assert by_address.status_code == 200, by_address.text
    assert sv.queries.show(by_address.json()[0]["service_request_id"])["address"] == f"{road}12号"

    # exactly once with an Idempotency-Key
    again = [center["client"].post(f"{V2}/requests.json", headers={"Idempotency-Key": "k-0001-ab"},
                                   data={"api_key": center["a"], "service_code": "event-0102",
                                         "description": "重复提交", "lat": lat, "long": lon})
             for _ in range(2)]
    assert again[0].json()[0]["service_request_id"] == again[1].json()[0]["service_request_id"]

    # the list: filters, default window, XML; B sees A's requests, never a contact
    listed = client.get(f"{V2}/requests.json", params={"api_key": center["b"]}).json()
    assert code in [r["service_request_id"] for r in listed]
    assert all(set(r) == REQUEST_FIELDS for r in listed)
    assert all(r["requested_datetime"] >= r2["requested_datetime"]
               for r, r2 in zip(listed, listed[1:], strict=False))
    ids = client.get(f"{V2}/requests.json", params={
        "api_key": center["b"], "service_request_id": f"{code},{with_media['service_request_id']}"})
    assert sorted(r["service_request_id"] for r in ids.json()) == \
        sorted([code, with_media["service_request_id"]])
    by_service = client.get(f"{V2}/requests.json", params={
        "api_key": center["b"], "service_code": "component-0101"}).json()
    assert with_media["service_request_id"] in [r["service_request_id"] for r in by_service]
    assert {r["service_code"] for r in by_service} == {"component-0101"}
    closed = client.get(f"{V2}/requests.json", params={"api_key": center["b"],
                                                       "status": "closed"}).json()
    assert {r["status"] for r in closed} <= {"closed"}
    assert code not in [r["service_request_id"] for r in closed]
    assert {r["service_request_id"] for r in closed} | {
        r["service_request_id"] for r in client.get(f"{V2}/requests.json", params={
            "api_key": center["b"], "status": "open"}).json()} == \
        {r["service_request_id"] for r in listed}
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert client.get(f"{V2}/requests.json", params={
        "api_key": center["b"], "start_date": future}).json() == []
    xml_list = _xml_items(client.get(f"{V2}/requests.xml", params={"api_key": center["b"]}),
                          "service_requests", "request")
    assert [r["service_request_id"] for r in xml_list] == [r["service_request_id"]
                                                            for r in listed]
    for fmt in ("json", "xml"):
        for resp in (client.get(f"{V2}/requests.{fmt}", params={"api_key": center["b"]}),
                     client.get(f"{V2}/requests/{code}.{fmt}", params={"api_key": center["a"]})):
            assert not any(c in resp.text for c in CONTACT), resp.text

    # an inspector's own report is internal work, not a service request
    x, y, _, inspector = spot(sv, index=7)
    internal = sv.cases.register(sv.auth.actor(inspector), source="inspector", kind="event",
                                 class_code="0102", description="巡查发现", x=x, y=y)
    _refused(client.get(f"{V2}/requests/{internal['code']}.json",
                        params={"api_key": center["a"]}), 404, "request_not_found")


def _utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat(timespec="seconds")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_error_case(center, fmt):
    client, sv = center["client"], center["sv"]
    with sv.db.read() as s:
        before = s.scalar(text("SELECT count(*) FROM case_file"))
    post = f"{V2}/requests.{fmt}"
    # keys: none, wrong, inactive → 403
    _refused(_report(center, fmt, api_key=""), 403, "api_key_missing", fmt)
    _refused(_report(center, fmt, key="o311_not-a-key"), 403, "api_key_invalid", fmt)
    _refused(client.get(f"{V2}/requests.{fmt}"), 403, "api_key_missing", fmt)
    _refused(client.get(f"{V2}/requests/2026000001.{fmt}", params={"api_key": "x"}), 403,
             "api_key_invalid", fmt)
    systems = SystemService(sv.db)
    systems.set(_admin(sv), "publicapp", active=False)
    _refused(_report(center, fmt, key=center["b"]), 403, "system_inactive", fmt)
    systems.set(_admin(sv), "publicapp", active=True)
    # the body: missing and bad fields → 400
    _refused(_report(center, fmt, service_code=""), 400, "request_field_missing", fmt)
    _refused(_report(center, fmt, service_code="event-9999"), 400, "service_not_found", fmt)
    _refused(_report(center, fmt, description=""), 400, "request_field_missing", fmt)
    _refused(_report(center, fmt, lat="", long=""), 400, "request_field_missing", fmt)
    _refused(_report(center, fmt, long=""), 400, "request_field_missing", fmt)
    _refused(_report(center, fmt, lat="north"), 400, "request_field_invalid", fmt)
    _refused(_report(center, fmt, lat="0", long="0"), 400, "outside_grid", fmt)
    _refused(_report(center, fmt, lat="", long="", address_string="无此路1号"), 400,
             "address_not_found", fmt)
    _refused(_report(center, fmt, media="@@@"), 400, "request_field_invalid", fmt)
    _refused(_report(center, fmt, media=base64.b64encode(b"not an image").decode()), 400,
             "photo_not_an_image", fmt)
    _refused(_report(center, fmt, phone="call me"), 400, "invalid_value", fmt)
    _refused(client.post(post, content=b"api_key=x", headers={"content-type": "text/plain"}),
             400, "unsupported_body", fmt)
    _refused(client.post(post, content=b"[1, 2]", headers={"content-type": "application/json"}),
             400, "unsupported_body", fmt)
    # the query: bad filters → 400, unknown id → 404
    key = {"api_key": center["b"]}
    _refused(client.get(f"{V2}/requests.{fmt}", params={**key, "status": "pending"}), 400,
             "invalid_value", fmt)
    _refused(client.get(f"{V2}/requests.{fmt}", params={**key, "start_date": "last week"}), 400,
             "invalid_datetime", fmt)
    _refused(client.get(f"{V2}/requests.{fmt}", params={**key, "service_code": "x-1"}), 400,
             "service_not_found", fmt)
    _refused(client.get(f"{V2}/requests/1999000001.{fmt}", params=key), 404,
             "request_not_found", fmt)
    with sv.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM case_file")) == before  # nothing registered


def test_rate_limit_per_system(center):
    """The N+1th request of a minute → 429 with Retry-After; the next minute is accepted;
    another system's count is its own. The clock is set, nobody waits."""
    client, systems = center["client"], center["app"].state.open311_systems
    sv = center["sv"]
    tiny = SystemService(sv.db).add(_admin(sv), "tiny", rate=2)["api_key"]
    now = datetime(2026, 12, 1, 9, 30, 45, tzinfo=UTC)
    systems.clock = lambda: now
    try:
        got = [client.get(f"{V2}/requests.json", params={"api_key": tiny}) for _ in range(3)]
        assert [r.status_code for r in got] == [200, 200, 429]
        assert [r.headers.get("x-ratelimit-remaining") for r in got[:2]] == ["1", "0"]
        assert got[2].headers["retry-after"] == "15"
        _refused(got[2], 429, "rate_limited")
        assert client.get(f"{V2}/requests.json", params={"api_key": center["b"]}).status_code \
            == 200  # B's own count
        _refused(_report(center, key=tiny), 429, "rate_limited")  # POSTs count too
        now = now + timedelta(seconds=15)
        assert client.get(f"{V2}/requests.json", params={"api_key": tiny}).status_code == 200
    finally:
        systems.clock = lambda: datetime.now(UTC)


# --- PostGIS, through a real server ----------------------------------------------------------


@pytest.fixture(scope="module")
def pg_server(shared_start_server):
    return shared_start_server()


def test_round_trip_rate_and_webhook_through_a_real_server(shared_center_db, pg_server):
    from console.services.app import open_services
    from console.services.geo import xy_to_lonlat

    sv = open_services(shared_center_db["owner"])
    try:
        receiver = Receiver().up()
        added = SystemService(sv.db).add(_admin(sv), "hotline", webhook=receiver.url)
        receiver.secret = added["webhook_secret"]
        key = added["api_key"]
        x, y, _, _ = spot(sv, index=2)
        lon, lat = xy_to_lonlat(x, y)
        url = f"{pg_server.url}{V2}"
        resp = httpx.post(f"{url}/requests.xml", data={
            "api_key": key, "service_code": "event-0102", "lat": lat, "long": lon,
            "description": "垃圾满溢", "last_name": "王", "first_name": "女士",
            "phone": "13812345678"})
        assert resp.status_code == 200, resp.text
        code = ElementTree.fromstring(resp.content).findtext("request/service_request_id")
        got = httpx.get(f"{url}/requests/{code}.json", params={"api_key": key})
        [req] = got.json()
        assert (req["service_request_id"], req["status"], req["service_code"]) == \
            (code, "open", "event-0102")
        assert "13812345678" not in got.text
        case = sv.queries.show(code)
        assert case["history"][0]["payload"]["client"] == "open311:hotline"

        # the server's own loop delivers: the register, then the acceptor's action, in order
        assert receiver.wait_for(1), "the server's webhook loop delivered nothing"
        sv.cases.act(sv.auth.actor("city_acceptor"), code, "request_verification")
        assert receiver.wait_for(2)
        assert [(d["event"]["action"], d["request"]["service_request_id"])
                for d in receiver.accepted] == [("register", code),
                                                ("request_verification", code)]
        assert receiver.bad_signatures == 0
        assert "13812345678" not in json.dumps(receiver.accepted, ensure_ascii=False)

        # the limit on PostgreSQL: one a minute, three requests → at least one 429 (a minute
        # boundary can fall between two of them, never between all three)
        tiny = SystemService(sv.db).add(_admin(sv), "tiny", rate=1)["api_key"]
        statuses = [httpx.get(f"{url}/requests.json", params={"api_key": tiny}).status_code
                    for _ in range(3)]
        assert statuses[0] == 200 and 429 in statuses
    finally:
        receiver.down()
        sv.close()


def test_the_reader_role_sees_no_system_secrets(shared_center_db):
    """Keys and secrets live in tables the workstations' role cannot read."""
    db = Database(shared_center_db["reader"])
    try:
        with pytest.raises(Exception, match="permission denied"), db.read() as s:
            s.execute(text("SELECT key_hash, webhook_secret FROM api_system")).all()
    finally:
        db.dispose()
