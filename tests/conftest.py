"""Fixtures shared by the store, services and scenario tests.

A small demo city is built once per session per back-end, then every test gets its own
copy: a file copy on SpatiaLite, ``CREATE DATABASE ... TEMPLATE`` on PostGIS.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BACKENDS = ["spatialite", "postgis"]
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg():
    from devtools.pg_cluster import session_cluster

    return session_cluster()


@pytest.fixture(scope="session")
def spatialite_template(tmp_path_factory) -> Path:
    from console.services.demo_city.build import build_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    build_demo(f"sqlite:///{path}", scale="small", seed=1)
    return path


@pytest.fixture(scope="session")
def postgis_template(pg) -> str:
    from console.services.demo_city.build import build_demo
    from console.store.engine import Database

    url = pg.create_database("demo_template")
    build_demo(url, scale="small", seed=1)
    Database(url).dispose()
    return "demo_template"


def _postgis_copy(pg, template: str) -> str:
    from sqlalchemy import create_engine, text

    name = f"t{next(_counter)}_{os.getpid()}"
    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    # A sequence copied from a template is "pre-logged" in the template's WAL only: after a
    # crash of the server (fault tests) it would hand out values again. setval WAL-logs it.
    copy = create_engine(pg.url(name), isolation_level="AUTOCOMMIT")
    with copy.connect() as conn:
        conn.execute(text("SELECT setval(pg_get_serial_sequence('change_log', 'seq'), "
                          "(SELECT coalesce(max(seq), 0) + 1 FROM change_log), false)"))
    copy.dispose()
    return pg.url(name)


def pytest_collection_modifyitems(config, items):
    """Through a server, the scenarios run on the center's back-end (PostGIS) only; a test
    that sets the clock cannot run through a server at all (no client sets the server's
    time). Those variants are deselected, never skipped silently."""
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        through_server = params.get("sv") == "server"
        (drop if through_server and (item.get_closest_marker("clock")
                                     or params.get("db_url") == "spatialite") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def demo_copy(request, tmp_path_factory):
    """A copy of the small demo city on ``request.param``'s back-end (a generator: the copy
    is dropped after the fixture's scope)."""
    if request.param == "spatialite":
        template = request.getfixturevalue("spatialite_template")
        path = tmp_path_factory.mktemp("city") / "city.sqlite"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    pg = request.getfixturevalue("pg")
    url = _postgis_copy(pg, request.getfixturevalue("postgis_template"))
    yield url
    from sqlalchemy.engine import make_url

    pg.drop_database(make_url(url).database)


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path_factory) -> str:
    """A fresh copy of the small demo city on each back-end."""
    yield from demo_copy(request, tmp_path_factory)


def shared_demo_copy(request, tmp_path_factory):
    """``db_url`` for a module of refusal tests: they write nothing (and assert it), so one
    copy per back-end serves the whole module."""
    yield from demo_copy(request, tmp_path_factory)


@pytest.fixture
def sv(db_url):
    from console.services.app import open_services

    services = open_services(db_url)
    yield services
    services.close()


# --- a center: PostGIS with the server's and the workstations' roles, `console serve` ------


def make_center_db(pg):
    """A fresh PostGIS copy of the demo city: the URLs of its owner, of the server's role
    (console_app) and of the workstations' read-only role (console_reader)."""
    from sqlalchemy.engine import make_url

    from console.store import schema
    from console.store.engine import Database
    from tests.center import APP_PASSWORD, APP_ROLE, READER_PASSWORD, READER_ROLE

    owner_url = _postgis_copy(pg, "demo_template")
    db = Database(owner_url)
    schema.grant_app_role(db, APP_ROLE, APP_PASSWORD)
    schema.grant_reader_role(db, READER_ROLE, READER_PASSWORD)
    db.dispose()
    name = make_url(owner_url).database
    yield {"owner": owner_url, "app": pg.role_url(name, APP_ROLE, APP_PASSWORD),
           "reader": pg.role_url(name, READER_ROLE, READER_PASSWORD), "name": name}
    pg.drop_database(name)


def server_starter(center_db, log_dir):
    """start() → one more `console serve` on the center's database (as the server's role)."""
    from tests.center import RunningServer

    running: list = []

    def start() -> RunningServer:
        server = RunningServer(center_db["app"], log_dir / f"serve-{len(running)}.log").start()
        running.append(server)
        return server

    yield start
    for server in running:
        server.stop()


@pytest.fixture(scope="module")
def shared_center_db(pg, postgis_template):
    """``center_db`` for a module whose tests share one center (each works on its own cases
    and users, or refuses and checks that nothing changed)."""
    yield from make_center_db(pg)


@pytest.fixture(scope="module")
def shared_start_server(shared_center_db, tmp_path_factory):
    """``start_server`` on the module's shared center."""
    yield from server_starter(shared_center_db, tmp_path_factory.mktemp("serve"))


@pytest.fixture
def center_db(pg, postgis_template):
    yield from make_center_db(pg)


@pytest.fixture
def start_server(center_db, tmp_path):
    yield from server_starter(center_db, tmp_path)


@pytest.fixture
def server(start_server):
    return start_server()
