"""城管通 in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright's own
driver; no browser download) against a real `console serve` on a PostGIS copy of the demo
city. One server and one browser per module; each test opens its own phone."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import httpx
import pytest

from console.services.demo_city.build import DEMO_PASSWORD
from tests.center import ROOT

CHROMIUM = "/usr/bin/chromium"
VENDOR = ROOT / "console" / "field" / "vendor" / "ol.js"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"viewport": {"width": 360, "height": 640}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True, "locale": "zh-CN",
         "timezone_id": "Asia/Shanghai", "permissions": ["geolocation"]}
API = "/api/v1"

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason=f"{CHROMIUM} is missing (apt-get install chromium; "
                                           "`make setup` installs it)")


@pytest.fixture(scope="module")
def server(shared_start_server, field_vendor):
    return shared_start_server()


@pytest.fixture(scope="session")
def field_vendor():
    """The page's OpenLayers bundle: built by `make setup`; built here if a checkout lacks it."""
    if not VENDOR.exists():
        subprocess.run(["bash", str(ROOT / "scripts" / "build-field.sh")], check=True)
    return VENDOR


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where the phone screenshots go: docs/screenshots with FIELD_SCREENSHOTS=docs (or any
    directory named there), else a temporary directory."""
    where = os.environ.get("FIELD_SCREENSHOTS")
    if where == "docs":
        return ROOT / "docs" / "screenshots"
    return Path(where) if where else tmp_path_factory.mktemp("field-shots")


class Center:
    """The console's side of the loop, through the server's API as the staff's programs do."""

    def __init__(self, url: str):
        self.url = url
        self._tokens: dict[str, dict] = {}

    def login(self, name: str) -> dict:
        if name not in self._tokens:
            r = httpx.post(f"{self.url}{API}/login",
                           json={"name": name, "password": DEMO_PASSWORD}, timeout=10)
            r.raise_for_status()
            doc = r.json()
            self._tokens[name] = {"headers": {"Authorization": f"Bearer {doc['token']}"},
                                  "user": doc["user"]}
        return self._tokens[name]

    def get(self, who: str, path: str, **params):
        r = httpx.get(f"{self.url}{API}{path}", params=params, timeout=20,
                      headers=self.login(who)["headers"])
        assert r.status_code == 200, r.text
        return r.json()

    def post(self, who: str, path: str, body: dict):
        r = httpx.post(f"{self.url}{API}{path}", json=body, timeout=20,
                       headers=self.login(who)["headers"])
        assert r.status_code in (200, 201), r.text
        return r.json()

    def act(self, who: str, ref: str, action: str, **body):
        return self.post(who, f"/cases/{ref}/actions/{action}", body)

    def case(self, ref: str) -> dict:
        return self.get("acceptor", f"/cases/{ref}")

    def acceptor_of(self, district: str) -> str:
        for name in ("acceptor", "acceptor_gg", "acceptor_jy"):
            if self.login(name)["user"]["district"] == district:
                return name
        return "city_acceptor"

    def inside_cell(self, inspector: str) -> tuple[float, float, str]:
        """(lon, lat, grid code) of the middle of one of the inspector's cells."""
        cells = self.get(inspector, "/field/cells")["features"]
        cell = cells[len(cells) // 2]
        ring = cell["geometry"]["coordinates"]
        while isinstance(ring[0][0], list):  # MultiPolygon → first polygon's outer ring
            ring = ring[0]
        pts = ring[:-1]
        return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts),
                cell["properties"]["grid_code"])


@pytest.fixture(scope="module")
def center(server) -> Center:
    return Center(server.url)


def jpeg(path: Path, colour=(90, 140, 200), size=(1800, 1200)) -> Path:
    """A real camera-sized JPEG (the page shrinks it to ≤ 1600 px before queueing it)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(img)
    for i in range(0, size[0], 120):
        draw.rectangle([i, size[1] // 3, i + 60, size[1] // 3 * 2], fill=(240, 220, 60))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    path.write_bytes(buf.getvalue())
    return path
