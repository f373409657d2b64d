"""The field client's API (issue 9) on the small demo city, in process, on both back-ends."""

from __future__ import annotations

import base64
import io
import wave

import pytest
from sqlalchemy import func, select

from console.domain.workflow import allowed_actions
from console.services.case_service import case_view
from console.services.demo_city.build import DEMO_PASSWORD
from console.services.geo import lonlat_to_xy, xy_to_lonlat
from console.store.models import Attachment, CaseFile, GridCell
from tests.conftest import BACKENDS, shared_demo_copy

F = "/api/v1/field"


@pytest.fixture(scope="module", params=BACKENDS)
def field(request, tmp_path_factory):
    """One demo copy, services and in-process app per back-end for the module."""
    from fastapi.testclient import TestClient

    from console.server.app import create_app
    from console.services.app import open_services

    for url in shared_demo_copy(request, tmp_path_factory):
        services = open_services(url)
        client = TestClient(create_app(services))
        client.services = services
        yield client
        services.close()


def _login(client, name: str) -> dict:
    r = client.post("/api/v1/login", json={"name": name, "password": DEMO_PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}", "X-Console-Client": "field-web"}


def _order_owner(field, state: str) -> tuple[str, CaseFile]:
    with field.services.db.read() as s:
        row = s.scalars(select(CaseFile).where(CaseFile.state == state,
                                               CaseFile.check_result.is_(None))
                        .order_by(CaseFile.code)).first()
    return row.ordered_inspector or row.inspector, row


def test_every_field_endpoint_needs_the_token(field):
    for path in ("/catalog", "/locate?lon=119.9&lat=32.4", "/work", "/cells",
                 "/components?lon=119.9&lat=32.4",
                 "/duplicates?kind=event&class_code=0102&lon=119.9&lat=32.4"):
        r = field.get(F + path)
        assert r.status_code == 401 and r.json()["code"] == "token_invalid", path


def test_an_inspectors_work_is_theirs_nearest_first(field):
    name, case = _order_owner(field, "checking")
    who = _login(field, name)
    lon, lat = xy_to_lonlat(case.x + 30, case.y)
    doc = field.get(f"{F}/work", params={"lon": lon, "lat": lat}, headers=who).json()
    assert doc["role"] == "inspector"
    assert case.code in [o["code"] for o in doc["orders"]]
    db = field.services.db
    with db.read() as s:
        rows = {r.code: r for r in s.scalars(select(CaseFile).where(
            CaseFile.code.in_([o["code"] for o in doc["orders"]])))}
        cells = sorted(s.scalars(select(GridCell.code).where(GridCell.inspector == name)))
        mine = s.scalar(select(func.count()).select_from(CaseFile)
                        .where(CaseFile.reporter == name))
    actor = field.services.auth.actor(name)
    for o in doc["orders"]:
        row = rows[o["code"]]
        assert name == (row.ordered_inspector or row.inspector)
        assert o["order"] == {"verifying": "verify", "checking": "inspect"}[row.state]
        assert o["version"] == row.version and o["distance_m"] is not None
        x, y = lonlat_to_xy(o["lon"], o["lat"])
        assert abs(x - row.x) < 0.05 and abs(y - row.y) < 0.05
        expected = "submit_check" if row.state == "checking" else "submit_verification"
        assert expected in o["actions"]
        assert o["actions"] == allowed_actions(case_view(row), actor)
    distances = [o["distance_m"] for o in doc["orders"]]
    assert distances == sorted(distances) and distances[0] == pytest.approx(30, abs=0.5)
    assert doc["cells"] == cells
    assert len(doc["reports"]) == min(50, mine)
    stamps = [r["registered_at"] for r in doc["reports"]]
    assert stamps == sorted(stamps, reverse=True)
    # without a position: by deadline, no distances
    plain = field.get(f"{F}/work", headers=who).json()["orders"]
    assert {o["code"] for o in plain} == {o["code"] for o in doc["orders"]}
    assert all(o["distance_m"] is None for o in plain)
    deadlines = [o["deadline"] for o in plain if o["deadline"]]
    assert deadlines == sorted(deadlines)
    # someone else's order is not in this list
    with db.read() as s:
        others = set(s.scalars(select(CaseFile.code).where(
            CaseFile.state.in_(["verifying", "checking"]),
            CaseFile.ordered_inspector != name, CaseFile.inspector != name)))
    assert not others & {o["code"] for o in doc["orders"]}


def test_a_crew_sees_its_departments_handling_cases(field):
    with field.services.db.read() as s:
        dept = s.scalar(select(CaseFile.department_code).where(CaseFile.state == "dispatched")
                        .group_by(CaseFile.department_code).order_by(func.count().desc()))
        expected = set(s.scalars(select(CaseFile.code).where(
            CaseFile.state == "dispatched", CaseFile.department_code == dept)))
        # a return the department asked for waits for the dispatcher: nothing to do meanwhile
        waiting = set(s.scalars(select(CaseFile.code).where(
            CaseFile.state == "dispatched", CaseFile.department_code == dept,
            CaseFile.return_reason.is_not(None))))
        from console.store.models import AppUser
        user = s.scalar(select(AppUser.name).where(AppUser.department_code == dept,
                                                   AppUser.roles.contains("department")))
    doc = field.get(f"{F}/work", headers=_login(field, user)).json()
    assert doc["role"] == "crew"
    assert {o["code"] for o in doc["orders"]} == expected
    for o in doc["orders"]:
        assert o["order"] == "handle" and o["state"] == "dispatched"
        assert o["light"] in ("green", "yellow", "red")
        if o["code"] in waiting:
            assert o["actions"] == []
        else:
            assert "report_done" in o["actions"] and "return" in o["actions"], o
        assert "submit_check" not in o["actions"]
    assert len(expected - waiting) > 0  # the demo gives the crew work to do


def test_catalog_locate_duplicates_components_and_cells(field):
    name, case = _order_owner(field, "checking")
    who = _login(field, name)
    cat = field.get(f"{F}/catalog", headers=who).json()
    kinds = {c["kind"] for c in cat["classes"]}
    assert kinds == {"component", "event"} and len(cat["classes"]) > 100
    with field.services.db.read() as s:
        recent = s.execute(select(CaseFile.kind, CaseFile.class_code)
                           .where(CaseFile.reporter == name)
                           .order_by(CaseFile.registered_at.desc()).limit(1)).first()
    if recent is not None:
        assert cat["recent"][0] == {"kind": recent.kind, "code": recent.class_code}
    assert len(cat["recent"]) <= 8

    lon, lat = xy_to_lonlat(case.x, case.y)
    where = field.get(f"{F}/locate", params={"lon": lon, "lat": lat}, headers=who).json()
    assert where["grid_code"] == case.grid_code
    assert where["community_code"] == case.community_code
    assert where["district_name"] and where["community_name"]
    outside = field.get(f"{F}/locate", params={"lon": 100.0, "lat": 30.0}, headers=who)
    assert outside.status_code == 400 and outside.json()["code"] == "outside_grid"

    dups = field.get(f"{F}/duplicates", headers=who, params={
        "kind": case.kind, "class_code": case.class_code, "lon": lon, "lat": lat}).json()
    mine = [d for d in dups["duplicates"] if d["code"] == case.code]
    assert mine and mine[0]["distance_m"] < 0.5 and mine[0]["registered_at"]
    assert mine[0]["description"] == case.description

    comps = field.get(f"{F}/components", headers=who,
                      params={"lon": lon, "lat": lat, "radius": 120}).json()["components"]
    assert comps and all(c["distance_m"] <= 120 for c in comps)
    assert [c["distance_m"] for c in comps] == sorted(c["distance_m"] for c in comps)
    one_class = comps[0]["class_code"]
    same = field.get(f"{F}/components", headers=who, params={
        "lon": lon, "lat": lat, "radius": 120, "class_code": one_class}).json()["components"]
    assert same and {c["class_code"] for c in same} == {one_class}
    too_far = field.get(f"{F}/components", headers=who,
                        params={"lon": lon, "lat": lat, "radius": 500})
    assert too_far.status_code == 422

    cells = field.get(f"{F}/cells", headers=who).json()
    assert cells["type"] == "FeatureCollection"
    codes = [f["properties"]["grid_code"] for f in cells["features"]]
    assert codes == field.get(f"{F}/work", headers=who).json()["cells"] and codes
    ring = cells["features"][0]["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1] and all(119 < p[0] < 121 and 32 < p[1] < 33 for p in ring)


def _wav(seconds: float = 0.5) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * int(8000 * seconds))
    return buf.getvalue()


def _ogg_opus(seconds: float = 1.0) -> bytes:
    import struct

    from mutagen.ogg import OggPage

    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48000, 0, 0)
    tags = b"OpusTags" + struct.pack("<I", 4) + b"test" + struct.pack("<I", 0)
    pages = []
    for i, (packet, position) in enumerate([(head, 0), (tags, 0),
                                            (b"\xf8\xff\xfe", int(312 + 48000 * seconds))]):
        page = OggPage()
        page.serial, page.sequence, page.position, page.packets = 7, i, position, [packet]
        page.first, page.last = i == 0, i == 2
        pages.append(page.write())
    return b"".join(pages)


def test_a_voice_note_is_kept_and_bad_audio_saves_nothing(field):
    name, case = _order_owner(field, "checking")
    who = _login(field, name)
    lon, lat = xy_to_lonlat(case.x + 5, case.y + 5)
    report = {"source": "inspector", "kind": "event", "class_code": "0102",
              "description": "路边暴露垃圾（语音）", "lon": lon, "lat": lat}
    db = field.services.db

    def counts():
        with db.read() as s:
            return (s.scalar(select(func.count()).select_from(CaseFile)),
                    s.scalar(select(func.count()).select_from(Attachment)))

    before = counts()
    for bad, code in ((base64.b64encode(b"not audio at all" * 8).decode(), "voice_not_audio"),
                      (base64.b64encode(b"OggS" + bytes(200)).decode(), "voice_not_audio"),
                      (base64.b64encode(_ogg_opus(300)).decode(), "voice_too_long"),
                      ("@@not base64@@", "voice_not_base64")):
        r = field.post("/api/v1/cases", headers=who,
                       json={**report, "voice": {"name": "note.ogg", "data": bad}})
        assert r.status_code == 400 and r.json()["code"] == code, r.text
    assert counts() == before

    for audio, media in ((_wav(), "audio/wav"), (_ogg_opus(), "audio/ogg")):
        r = field.post("/api/v1/cases", headers=who, json={
            **report, "voice": {"name": "note", "data": base64.b64encode(audio).decode()}})
        assert r.status_code == 201, r.text
        shown = field.get(f"/api/v1/cases/{r.json()['code']}", headers=who).json()
        voice = [p for p in shown["photos"] if p["kind"] == "voice"]
        assert len(voice) == 1
        import hashlib

        assert voice[0]["sha256"] == hashlib.sha256(audio).hexdigest()
        got = field.get(f"/api/v1/attachments/{voice[0]['id']}", headers=who)
        assert got.status_code == 200 and got.content == audio
        assert got.headers["content-type"] == media
    assert counts() == (before[0] + 2, before[1] + 2)
