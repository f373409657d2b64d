"""A webhook receiver for tests: a real HTTP server on a thread that can be down (nothing
listens: connection refused), failing (500) or up (204), and records what it was sent."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.center import free_port


class Receiver:
    def __init__(self, secret: str = ""):
        self.secret = secret
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.mode = "ok"  # ok | fail
        self.accepted: list[dict] = []  # bodies answered 2xx, in arrival order
        self.failed = 0
        self.bad_signatures = 0
        self.arrived = threading.Condition()
        self._server: ThreadingHTTPServer | None = None

    def up(self, mode: str = "ok") -> Receiver:
        self.mode = mode
        if self._server is None:
            receiver = self

            class Handler(BaseHTTPRequestHandler):
                def do_POST(self):
                    raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                    receiver._received(self, raw)

                def log_message(self, *args):
                    pass

            self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
            threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def down(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def _received(self, handler, raw: bytes) -> None:
        expected = "sha256=" + hmac.new(self.secret.encode(), raw, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(handler.headers.get("x-console-signature", ""), expected)
        if self.mode != "ok":
            self.failed += 1
            handler.send_response(500)
            handler.end_headers()
            return
        doc = json.loads(raw)
        with self.arrived:
            if not signed:
                self.bad_signatures += 1
            doc["_delivery_header"] = handler.headers.get("x-console-delivery")
            self.accepted.append(doc)
            self.arrived.notify_all()
        handler.send_response(204)
        handler.end_headers()

    def wait_for(self, count: int, timeout: float = 30.0) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.accepted) >= count, timeout)
