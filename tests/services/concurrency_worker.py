"""One workstation hammering shared cases (run as a separate process by test_concurrency)."""

import json
import random
import sys

from console.domain.errors import InvalidTransition, StaleCase
from console.services.app import open_services


def _open(url: str):
    """In-process on a database URL; through the application server on an http URL, with
    the token the test logged in for this worker ($CONSOLE_TOKEN)."""
    if not url.startswith("http"):
        sv = open_services(url)
        return sv, sv.auth.actor("commander")
    import os

    from console.domain.workflow import Actor
    from console.services.remote import RemoteServices

    sv = RemoteServices(url)
    sv.session.token = os.environ["CONSOLE_TOKEN"]
    me = sv.session.call("GET", "/me")
    sv.session.user = Actor(me["name"], frozenset(me["roles"]), me["department"], me["district"])
    return sv, sv.session.user


def main(url: str, worker: int, actions: int, case_ids: list[str]) -> None:
    sv, commander = _open(url)
    rng = random.Random(worker)
    ok = stale = 0
    for _ in range(actions):
        case_id = rng.choice(case_ids)
        seen = sv.queries.show(case_id)
        if seen["state"] == "suspended":
            action, extra = "resume", {}
        else:
            action, extra = rng.choice([("urge", {"reason": f"w{worker}"}),
                                        ("suspend", {"reason": f"w{worker} 挂账"})])
        try:
            sv.cases.act(commander, case_id, action, expect_version=seen["version"], **extra)
            ok += 1
        except (StaleCase, InvalidTransition):
            stale += 1
    print(json.dumps({"worker": worker, "ok": ok, "stale": stale}))
    sv.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(","))


def assert_races_lost_nothing(sv, procs, before: dict, total: int) -> None:
    """Collect the workers' tallies and check the cases they raced on: every attempt won or
    was stale, races really happened, and every win is in a gap-free trail exactly once."""
    from tests.services.helpers import replay

    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert sum(r["ok"] + r["stale"] for r in results) == total
    won = sum(r["ok"] for r in results)
    assert won > 0 and sum(r["stale"] for r in results) > 0  # the races really happened
    applied = 0
    for case_id, version in before.items():
        shown = sv.queries.show(case_id)
        history = shown["history"]
        assert [h["seq"] for h in history] == list(range(1, len(history) + 1))  # no gaps
        assert replay(history) == shown["state"]
        assert shown["version"] == len(history)
        applied += shown["version"] - version
    assert applied == won  # every win is in the trail exactly once, no loss
