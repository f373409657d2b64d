"""Smoke test for devtools/pg_cluster.py: a throw-away PostgreSQL + PostGIS cluster."""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import create_engine, text

from devtools import pg_cluster

PgCluster = pg_cluster.PgCluster


def _postgis_version(url: str, **engine_kw) -> str:
    engine = create_engine(url, **engine_kw)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT postgis_full_version()")).scalar_one()
    finally:
        engine.dispose()


def test_start_postgis_restart_stop():
    t0 = time.perf_counter()
    cluster = PgCluster().start()
    try:
        startup = time.perf_counter() - t0
        print(f"\n[pg_cluster] start-up (initdb + server ready): {startup:.2f}s")
        assert cluster.running
        data_dir, tmp_dir = cluster.data_dir, cluster.tmp_dir
        assert cluster.url("x").startswith("postgresql+psycopg://postgres@/x?host=/tmp/")
        assert f"port={cluster.port}" in cluster.url("x")

        t1 = time.perf_counter()
        url = cluster.create_database("smoke", postgis=True)
        print(
            f"[pg_cluster] create_database + CREATE EXTENSION postgis: {time.perf_counter() - t1:.2f}s"
        )
        assert url == cluster.url("smoke")
        assert "POSTGIS=" in _postgis_version(url)

        # TCP on 127.0.0.1 works too (trust auth), not only the Unix socket
        tcp = f"postgresql+psycopg://postgres@127.0.0.1:{cluster.port}/smoke"
        assert "POSTGIS=" in _postgis_version(tcp)

        # plain database without PostGIS
        cluster.create_database("plain", postgis=False)
        eng = create_engine(cluster.url("plain"))
        with eng.connect() as conn:
            n = conn.execute(
                text("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")
            ).scalar_one()
        eng.dispose()
        assert n == 0
        cluster.drop_database("plain")

        # An engine with pre-ping survives a restart (what fault tests will rely on).
        survivor = create_engine(url, pool_pre_ping=True)
        with survivor.connect() as conn:
            conn.execute(text("SELECT 1"))
        old_pid, port = cluster.pid, cluster.port

        t2 = time.perf_counter()
        cluster.restart()
        print(f"[pg_cluster] restart: {time.perf_counter() - t2:.2f}s")
        assert cluster.pid != old_pid and cluster.port == port
        assert cluster.data_dir == data_dir
        assert "POSTGIS=" in _postgis_version(url)  # data survived the restart
        with survivor.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
        survivor.dispose()

        # Crash (SIGKILL of the postmaster), then start() again: crash recovery on the same dir.
        cluster.kill()
        assert not cluster.running and cluster.data_dir == data_dir
        cluster.start()
        assert cluster.running and cluster.port == port
        assert "POSTGIS=" in _postgis_version(url)

        # CONSOLE_TEST_PG_URL: session_cluster() uses an existing server instead.
        ext_url = f"postgresql://postgres@127.0.0.1:{cluster.port}/postgres"
        mp = pytest.MonkeyPatch()
        mp.setenv(pg_cluster.ENV_URL, ext_url)
        mp.setattr(pg_cluster, "_session", None)
        try:
            ext = pg_cluster.session_cluster()
            assert isinstance(ext, pg_cluster.ExternalPg)
            assert pg_cluster.session_cluster() is ext
            assert (
                ext.url("other") == f"postgresql+psycopg://postgres@127.0.0.1:{cluster.port}/other"
            )
            ext.create_database("via_env")
            assert "POSTGIS=" in _postgis_version(ext.url("via_env"))
            ext.drop_database("via_env")
        finally:
            mp.undo()

        pid = cluster.pid
    finally:
        cluster.stop()

    assert pid is not None and not pg_cluster._pid_alive(pid)
    assert not cluster.running
    assert not tmp_dir.exists() and not data_dir.exists()
    cluster.stop()  # idempotent


def test_context_manager_and_session_cluster(monkeypatch):
    monkeypatch.delenv(pg_cluster.ENV_URL, raising=False)
    monkeypatch.setattr(pg_cluster, "_session", None)
    s = pg_cluster.session_cluster()
    try:
        assert isinstance(s, PgCluster) and s.running
        assert pg_cluster.session_cluster() is s
        with PgCluster() as other:  # a second, independent cluster
            assert other.port != s.port and other.running
            pid = other.pid
        assert not pg_cluster._pid_alive(pid)
    finally:
        s.stop()
    assert not s.running


def test_missing_binaries_message(monkeypatch):
    monkeypatch.setattr(pg_cluster.glob, "glob", lambda pattern: [])
    with pytest.raises(RuntimeError, match="postgresql-15-postgis-3"):
        pg_cluster.find_pg_bin_dir()
    with pytest.raises(RuntimeError, match="postgresql-15-postgis-3"):
        PgCluster().start()


def test_bin_dir_is_highest_version():
    bin_dir = pg_cluster.find_pg_bin_dir()
    assert (bin_dir / "pg_ctl").exists()
    assert os.path.basename(os.path.dirname(bin_dir)).split(".")[0].isdigit()
