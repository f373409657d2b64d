"""Outside systems: `console system ...` (admin only, --db only), keys stored as hashes,
rotation and deactivation, and the per-minute rate limit counted in the database."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from console.cli import main
from console.domain.errors import AuthenticationFailed
from console.services.system_service import RateLimited, SystemService
from console.store.engine import Database
from console.store.models import ApiSystem, SecurityEvent


def console(capsys, db_url, *args):
    """`console ... --db URL --json` in-process: (exit status, stdout doc, stderr doc)."""
    status = main([*args, "--db", db_url, "--json"])
    out, err = capsys.readouterr()
    return (status, json.loads(out) if out.strip() else None,
            json.loads(err.strip().splitlines()[-1]) if err.strip() else None)


def test_system_commands_keys_and_rate_limit(db_url, capsys, monkeypatch):
    monkeypatch.setenv("CONSOLE_PASSWORD", "demo1234")
    monkeypatch.delenv("CONSOLE_SERVER", raising=False)

    # only an admin manages systems; a refusal writes nothing but the security log
    status, _, err = console(capsys, db_url, "system", "add", "hotline", "--as", "acceptor")
    assert (status, err["code"]) == (4, "admin_only")
    status, doc, err = console(capsys, db_url, "system", "add", "hotline", "--title", "12345热线",
                               "--rate", "3", "--webhook", "http://127.0.0.1:9/hook",
                               "--as", "admin")
    assert status == 0, err
    key, secret = doc["api_key"], doc["webhook_secret"]
    assert doc["name"] == "hotline" and doc["source"] == "public" and doc["rate_per_minute"] == 3
    assert len(key) > 40 and len(secret) == 64

    # bad input: each refused with its code, nothing added
    for args, code in ((["add", "Bad Name"], "invalid_system_name"),
                       (["add", "hotline"], "system_exists"),
                       (["add", "acceptor"], "system_exists"),  # a user's name
                       (["add", "other", "--webhook", "ftp://x/y"], "invalid_webhook_url"),
                       (["add", "other", "--rate", "0"], "invalid_rate"),
                       (["set", "nobody", "--rate", "5"], "system_not_found"),
                       (["replay", "hotline", "--since", "yesterday"], "invalid_datetime")):
        status, _, err = console(capsys, db_url, "system", *args, "--as", "admin")
        assert status != 0 and err["code"] == code, (args, err)
    status, _, err = console(capsys, db_url, "system", "add", "x2", "--server",
                             "http://127.0.0.1:9", "--as", "admin")
    assert (status, err["code"]) == (2, "usage")  # --server beside --db
    status, _, err = main_with_server(capsys, monkeypatch)
    assert (status, err["code"]) == (2, "needs_database")

    db = Database(db_url)
    try:
        with db.read() as s:
            row = s.get(ApiSystem, "hotline")
            assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()  # never the key
            assert [r.name for r in s.scalars(select(ApiSystem))] == ["hotline"]
            assert s.scalar(select(SecurityEvent.kind).where(SecurityEvent.case_ref == "hotline")
                            .order_by(SecurityEvent.at.desc()).limit(1)) == "system_added"
        systems = SystemService(db)
        assert systems.authenticate(key).name == "hotline"
        for bad in (None, "", "o311_wrong", key + "x"):
            with pytest.raises(AuthenticationFailed):
                systems.authenticate(bad)

        # a new key: the old one stops at once
        status, doc, _ = console(capsys, db_url, "system", "key", "hotline", "--as", "admin")
        new_key = doc["api_key"]
        assert status == 0 and new_key != key
        with pytest.raises(AuthenticationFailed) as old:
            systems.authenticate(key)
        assert old.value.code == "api_key_invalid"
        system = systems.authenticate(new_key)

        # deactivated: refused with its own code, then back
        console(capsys, db_url, "system", "set", "hotline", "--active", "no", "--as", "admin")
        with pytest.raises(AuthenticationFailed) as inactive:
            systems.authenticate(new_key)
        assert inactive.value.code == "system_inactive"
        status, doc, _ = console(capsys, db_url, "system", "set", "hotline", "--active", "yes",
                                 "--no-webhook", "--as", "admin")
        assert doc["active"] is True and doc["webhook_url"] is None

        # the rate: 3 a minute, the 4th refused until the next minute starts
        t0 = datetime(2026, 11, 30, 8, 15, 20, tzinfo=UTC)
        assert [systems.count_request(system, t0 + timedelta(seconds=i)) for i in range(3)] \
            == [2, 1, 0]
        with pytest.raises(RateLimited) as limited:
            systems.count_request(system, t0 + timedelta(seconds=10))
        assert limited.value.code == "rate_limited" and limited.value.retry_after == 30
        assert systems.count_request(system, t0 + timedelta(seconds=40)) == 2  # next minute
        other = SystemService(Database(db_url))  # another server instance shares the count
        other.count_request(system, t0 + timedelta(seconds=41))
        other.count_request(system, t0 + timedelta(seconds=42))
        with pytest.raises(RateLimited):
            systems.count_request(system, t0 + timedelta(seconds=43))
        other.db.dispose()

        status, doc, _ = console(capsys, db_url, "system", "list", "--as", "admin")
        assert [s["name"] for s in doc["systems"]] == ["hotline"]
        assert "api_key" not in doc["systems"][0] and "webhook_secret" not in doc["systems"][0]
        status, _, err = console(capsys, db_url, "system", "list", "--as", "dispatcher")
        assert err["code"] == "admin_only"
    finally:
        db.dispose()


def main_with_server(capsys, monkeypatch):
    """CONSOLE_SERVER set and no --db: refused before any login or connection."""
    monkeypatch.setenv("CONSOLE_SERVER", "http://127.0.0.1:9")
    status = main(["system", "list", "--as", "admin", "--json"])
    monkeypatch.delenv("CONSOLE_SERVER")
    _, err = capsys.readouterr()
    return status, None, json.loads(err.strip().splitlines()[-1])
