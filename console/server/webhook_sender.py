"""The server's background loop that delivers webhooks (console/services/webhook_service.py).

It runs on its own thread, never on a request's: a receiver that is slow or down delays
nothing but its own deliveries. Every server instance runs one; the leases in the database
keep two of them from sending to the same system at once.
"""

from __future__ import annotations

import logging
import threading

from console.services.webhook_service import WebhookService

log = logging.getLogger("console.webhooks")

INTERVAL_S = 2.0  # a state change reaches its system within about this long


class WebhookSender:
    def __init__(self, webhooks: WebhookService, interval: float = INTERVAL_S):
        self.webhooks, self.interval = webhooks, interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="webhook-sender", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop after the POST in flight (a POST gives up after 10 s)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.webhooks.deliver_due()
            except Exception:  # a database hiccup: log it, try again next round
                log.exception("webhook delivery round failed")
