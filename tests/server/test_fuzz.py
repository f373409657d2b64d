"""Fuzzing the server from its own OpenAPI description (schemathesis + Hypothesis).

Every operation gets generated requests, valid and invalid, with a commander's token: the
server must never answer 5xx, and a refused request must not change any data. Deterministic
(derandomized) so that CI runs the same requests every time; a longer run is
``CONSOLE_FUZZ_EXAMPLES=500 bash scripts/run-tests.sh tests/server/test_fuzz.py``.
"""

from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import func, select

from console.store.models import ApiToken, AppUser, CaseEvent, CaseFile, ChangeLog, Component

EXAMPLES = int(os.environ.get("CONSOLE_FUZZ_EXAMPLES", "6"))
# logout would end the fuzzer's own login; everything else is fair game
SPARED = {("POST", "/api/v1/logout")}


def _fingerprint(db) -> tuple:
    with db.read() as s:
        return (s.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0))),
                s.scalar(select(func.count()).select_from(CaseEvent)),
                s.scalar(select(func.count()).select_from(CaseFile)),
                s.scalar(select(func.count()).select_from(Component)),
                s.scalar(select(func.count()).select_from(AppUser)),
                s.scalar(select(func.count()).select_from(ApiToken)))


def test_no_generated_request_gets_a_5xx_or_changes_data_when_refused(spatialite_template,
                                                                       tmp_path):
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    from console.server.app import create_app
    from console.services.app import open_services
    from console.services.demo_city.build import DEMO_PASSWORD

    path = tmp_path / "fuzz.sqlite"
    shutil.copy(spatialite_template, path)
    services = open_services(f"sqlite:///{path}")
    app = create_app(services)
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    token = app.state.tokens.issue(services.auth.authenticate("commander", DEMO_PASSWORD).name,
                                   "fuzz")["token"]
    headers = {"Authorization": f"Bearer {token}"}
    seen: dict[str, int] = {}
    problems: list[str] = []

    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SPARED:
            continue

        @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def probe(case):
            before = _fingerprint(services.db)
            reply = case.call(headers=headers)
            label = f"{case.method} {case.formatted_path}"
            seen[label] = reply.status_code
            if reply.status_code >= 500:
                problems.append(f"{label} → {reply.status_code}: {reply.text[:300]}")
            elif reply.status_code >= 400 and _fingerprint(services.db) != before:
                problems.append(f"{label} → {reply.status_code} but data changed")
            elif reply.status_code >= 400 and case.formatted_path.startswith("/open311/"):
                # Open311 answers the spec's error list (JSON or XML), our code in a header
                if not reply.headers.get("x-console-error"):
                    problems.append(f"{label} → {reply.status_code} without a typed error")
            elif reply.status_code >= 400:
                body = reply.json()
                if not (isinstance(body, dict) and body.get("error") and body.get("code")):
                    problems.append(f"{label} → {reply.status_code} without a typed error")

        probe()
    services.close()
    assert not problems, "\n".join(problems[:20])
    assert len({label.split()[0] + label.split()[1].split("/")[3] for label in seen}) >= 8
    assert any(status < 300 for status in seen.values())  # some requests got through too


@pytest.mark.parametrize("body", [
    {"source": "public", "kind": "event", "class_code": "0102", "description": "x\x00y",
     "x": 1, "y": 2},
    {"source": "public", "kind": "event", "class_code": "0102", "description": "d",
     "x": "NaN", "y": "1e999"},
    {"source": "public", "kind": "event", "class_code": "0102", "description": "d" * 5000,
     "x": 1, "y": 2},
    {"source": "public", "kind": "event", "class_code": "0102", "description": "d", "x": 1,
     "y": 2, "photos": [{"name": "a.jpg", "data": "not base64!"}]},
])
def test_hostile_bodies_are_refused_as_invalid_input(spatialite_template, tmp_path, body):
    from fastapi.testclient import TestClient

    from console.server.app import create_app
    from console.services.app import open_services
    from console.services.demo_city.build import DEMO_PASSWORD

    path = tmp_path / "hostile.sqlite"
    shutil.copy(spatialite_template, path)
    services = open_services(f"sqlite:///{path}")
    client = TestClient(create_app(services))
    token = client.post("/api/v1/login", json={"name": "acceptor",
                                               "password": DEMO_PASSWORD}).json()["token"]
    before = _fingerprint(services.db)
    reply = client.post("/api/v1/cases", json=body, headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code in (400, 422), reply.text
    assert reply.json()["error"] == "invalid_input"
    assert _fingerprint(services.db) == before
    services.close()
