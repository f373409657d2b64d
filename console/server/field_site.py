"""Serves 城管通, the field client's static web app, at /field/ (issue 9).

The app is plain files in console/field/ (its OpenLayers bundle in vendor/, built by
scripts/build-field.sh). Only the app's own files are served, never node_modules or the npm
manifests. Every file is sent with ``no-cache`` and an ETag: a phone revalidates with a
cheap 304 and never runs yesterday's script against today's API; the service worker keeps
the shell for offline starts.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from console.services.app import Services

ROOT = Path(__file__).resolve().parents[1] / "field"

# The directories and top-level files a browser may fetch.
_DIRS = ("js", "vendor", "icons")
_FILES = ("index.html", "style.css", "manifest.webmanifest", "sw.js")

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".webmanifest": "application/manifest+json",
    ".json": "application/json",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".md": "text/plain; charset=utf-8",
}

_SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # Everything from the center's own server: no script, style or tile from anywhere else.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' blob: data:; "
                               "media-src 'self' blob:; style-src 'self' 'unsafe-inline'; "
                               "worker-src 'self' blob:; connect-src 'self'",
}


def _file(rel: str) -> Path | None:
    """The app's file at ``rel``, or None for anything outside the served set."""
    parts = rel.split("/")
    if not rel or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        return None
    if len(parts) == 1 and parts[0] not in _FILES:
        return None
    if len(parts) > 1 and parts[0] not in _DIRS:
        return None
    path = ROOT.joinpath(*parts)
    return path if path.is_file() else None


def _response(path: Path, request: Request) -> Response:
    data = path.read_bytes()
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "no-cache", **_SECURITY}
    if path.name == "sw.js":
        headers["Service-Worker-Allowed"] = "/field/"
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    media = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
    return Response(data, media_type=media or "application/octet-stream", headers=headers)


def install(app: FastAPI, services: Services) -> None:
    """Add this part's routes (and any background work) to the server's app."""

    @app.api_route("/field", methods=["GET", "HEAD"], include_in_schema=False)
    def field_root() -> RedirectResponse:
        return RedirectResponse("/field/", status_code=308)

    @app.api_route("/field/", methods=["GET", "HEAD"], include_in_schema=False)
    def field_index(request: Request) -> Response:
        return _response(ROOT / "index.html", request)

    @app.api_route("/field/{rel:path}", methods=["GET", "HEAD"], include_in_schema=False)
    def field_file(rel: str, request: Request) -> Response:
        path = _file(rel)
        if path is None:
            return Response("not found", status_code=404, media_type="text/plain",
                            headers={"Cache-Control": "no-store"})
        return _response(path, request)
