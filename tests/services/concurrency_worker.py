"""One workstation hammering shared cases (run as a separate process by test_concurrency)."""

import json
import random
import sys

from console.domain.errors import InvalidTransition, StaleCase
from console.services.app import open_services


def main(url: str, worker: int, actions: int, case_ids: list[str]) -> None:
    sv = open_services(url)
    commander = sv.auth.actor("commander")
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
