"""A headless console for bench_sync: follows the feed, prints `row_id receive_time` lines."""

import sys
import time

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__file__)))

from console.services.live_feed import LiveFeed  # noqa: E402
from console.store.engine import Database  # noqa: E402


def main(url: str, seconds: float) -> None:
    db = Database(url)

    def on_changes(batch):
        now = time.time()
        for c in batch:
            print(f"{c.row_id} {now:.6f}", flush=True)

    feed = LiveFeed(db, on_changes, lambda online, m: print(f"status {online}", flush=True),
                    poll_interval=0.1).start()
    time.sleep(seconds)
    feed.stop()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
