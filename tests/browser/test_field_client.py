"""城管通 on a phone (360×640, touch, zh-CN, GPS inside the demo city) in headless Chromium:
log in, report with a photo and a position, verify and inspect orders, a whole case from the
inspector's report to closure with the console's steps, and the offline queue."""

from __future__ import annotations

import io

import httpx
import pytest
from PIL import Image

from tests.browser.conftest import PHONE, jpeg, needs_chromium

pytestmark = needs_chromium

WAIT = 20_000  # ms: the longest any single step may take on a loaded CI machine


class Phone:
    """One inspector's (or crew's) phone: a fresh browser context with its GPS position."""

    def __init__(self, browser, server, lon: float, lat: float):
        self.context = browser.new_context(**PHONE, geolocation={"longitude": lon, "latitude": lat},
                                           base_url=server.url)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.set_default_timeout(WAIT)

    def login(self, name: str, password: str = "demo1234") -> Phone:
        page = self.page
        page.goto("/field/")
        page.fill("#login-name", name)
        page.fill("#login-password", password)
        page.click("form.login button[type=submit]")
        page.wait_for_selector("#orders li")
        return self

    def map_drawn(self, selector: str = "#work-map") -> None:
        """Tiles and my cells are on the map's canvas (a blank map is a bug)."""
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_selector(f"{selector}[data-rendered]", state="attached")
        self.page.wait_for_function("""(sel) => Array.from(document.querySelectorAll(sel + ' canvas'))
            .some((c) => { if (!c.width) return false;
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let n = 0; for (let i = 3; i < d.length; i += 16) if (d[i]) n++;
              return n > d.length / 16 / 4; })""", arg=selector)

    def report(self, cls: dict, description: str, photo=None, online: bool = True) -> None:
        page = self.page
        page.click("a[data-view=report]")
        page.fill("#class-search", cls["name"])
        page.click(f"button.choice[data-code='{cls['code']}'][data-kind='{cls['kind']}']")
        page.click("#use-gps")
        if online:
            page.wait_for_selector("#place-grid")
            page.wait_for_load_state("networkidle")
        page.fill("#description", description)
        if photo:
            page.set_input_files("#photo-input", str(photo))
            page.wait_for_selector("#photo-preview img")
        if page.locator("#send-anyway").count():
            page.check("#send-anyway")

    def send_report(self) -> None:
        self.page.click("#send-report")
        self.page.wait_for_selector("#orders")

    def queue_empty(self) -> None:
        self.page.wait_for_function("""async () => {
            const q = await import('/field/js/queue.js');
            return (await q.items()).length === 0; }""")

    def open_order(self, code: str) -> None:
        self.page.goto("/field/#/work")
        self.page.click(f"a.order[data-code='{code}']")
        self.page.wait_for_selector("#case")

    def act(self, action: str, result: str | None = None, note: str = "", photo=None,
            no_photo_reason: str = "", shot=None) -> None:
        form = self.page.locator(f"form.action[data-action='{action}']")
        form.wait_for()
        if result:
            form.locator(f"input[value='{result}']").check()
        if note:
            form.locator("textarea[name=reason]").fill(note)
        if photo:
            form.locator("input[type=file]").set_input_files(str(photo))
            form.locator("ul.photos img").first.wait_for()
        if no_photo_reason:
            form.locator("input[name=no_photo_reason]").fill(no_photo_reason)
        if shot:
            form.locator("h2").scroll_into_view_if_needed()
            form.evaluate("f => f.scrollIntoView()")
            self.page.evaluate("window.scrollBy(0, -60)")
            self.page.screenshot(path=shot)
        form.locator("button[type=submit]").click()
        self.page.wait_for_selector("#orders")

    def close(self) -> None:
        assert not self.errors, self.errors
        self.context.close()


def _event_class(center, who: str, avoid: set = frozenset()) -> dict:
    classes = center.get(who, "/field/catalog")["classes"]
    names = {}
    for c in classes:
        names.setdefault(c["name"], []).append(c)
    return next(c for c in classes if c["kind"] == "event" and len(names[c["name"]]) == 1
                and c["code"] not in avoid)


def _cases_with(center, grid: str, description: str) -> list[dict]:
    return [c for c in center.get("acceptor", "/cases", grid=grid, limit=1000)["cases"]
            if c["description"] == description]


def _client_of(case: dict, action: str) -> str | None:
    events = [h for h in case["history"] if h["action"] == action]
    return events[-1]["payload"].get("client") if events else None


@pytest.fixture(scope="module")
def inspector(center):
    name = "inspector001"
    lon, lat, grid = center.inside_cell(name)
    return {"name": name, "lon": lon, "lat": lat, "grid": grid}


def test_login_report_with_photo_and_position(browser, server, center, inspector, shots,
                                              tmp_path):
    phone = Phone(browser, server, inspector["lon"], inspector["lat"])
    page = phone.page
    page.goto("/field/")
    page.wait_for_selector("#login-name")
    page.screenshot(path=shots / "field-login.png")
    page.fill("#login-name", inspector["name"])
    page.fill("#login-password", "wrong-password")
    page.click("form.login button[type=submit]")
    page.wait_for_selector("#login-error:has-text('用户名或密码错误')")

    phone.login(inspector["name"])
    phone.map_drawn()
    assert page.locator("#user").inner_text() == inspector["name"]
    page.wait_for_selector(".status:has-text('已更新')")

    cls = _event_class(center, inspector["name"])
    description = "人行道上有暴露垃圾（城管通测试）"
    phone.report(cls, description, photo=jpeg(tmp_path / "site.jpg"))
    place = center.get(inspector["name"], "/field/locate", lon=inspector["lon"],
                       lat=inspector["lat"])
    assert page.inner_text("#place-grid") == place["grid_code"] == inspector["grid"]
    assert page.inner_text("#place-community") == place["community_name"]
    page.evaluate("document.querySelector('#class-chosen').scrollIntoView()")
    page.evaluate("window.scrollBy(0, -60)")
    phone.map_drawn("#report-map")
    page.screenshot(path=shots / "field-report.png")
    phone.send_report()
    phone.queue_empty()

    # the queue lets an item go only on the server's 2xx: the case is committed by now
    case = _cases_with(center, inspector["grid"], description)
    assert len(case) == 1
    case = center.case(case[0]["code"])
    assert case["reporter"] == inspector["name"] and case["source"] == "inspector"
    assert (case["kind"], case["class_code"]) == (cls["kind"], cls["code"])
    assert abs(case["lon"] - inspector["lon"]) < 1e-5 and abs(case["lat"] - inspector["lat"]) < 1e-5
    assert len(case["photos"]) == 1 and case["photos"][0]["kind"] != "voice"
    assert _client_of(case, case["history"][0]["action"]) == "field-web"
    # the photo was made smaller on the phone: ≤ 1600 px, JPEG
    data = httpx.get(f"{server.url}/api/v1/attachments/{case['photos'][0]['id']}",
                     headers=center.login("acceptor")["headers"]).content
    assert max(Image.open(io.BytesIO(data)).size) <= 1600 and data[:3] == b"\xff\xd8\xff"

    page.wait_for_selector(f"#reports li[data-code='{case['code']}']")
    phone.close()


def test_verify_and_inspect_the_demo_citys_orders(browser, server, center, shots, tmp_path):
    """A 核实 and a 核查 from the demo city's own open orders."""
    verifying = center.get("acceptor", "/cases", state="verifying")["cases"]
    awaiting = center.get("acceptor", "/cases", state="awaiting_check")["cases"]
    # a verification order, and a finished case of the same district waiting for its
    # inspection, which the acceptor orders to the same inspector
    order, waiting = next((v, w) for v in verifying for w in awaiting
                          if v["district_code"] == w["district_code"])
    name = order["ordered_inspector"] or order["inspector"]
    center.act(center.acceptor_of(waiting["district_code"]), waiting["code"], "request_check",
               inspector=name)

    phone = Phone(browser, server, order["lon"] + 0.0002, order["lat"])
    phone.login(name)
    page = phone.page
    page.wait_for_selector(f"a.order[data-code='{order['code']}'][data-order='verify']")
    page.wait_for_selector(f"a.order[data-code='{waiting['code']}'][data-order='inspect']")
    phone.map_drawn()
    page.wait_for_selector(".status:has-text('已更新')")
    page.screenshot(path=shots / "field-work.png")

    phone.open_order(order["code"])
    page.wait_for_selector("form.action[data-action='submit_verification']")
    page.screenshot(path=shots / "field-order.png")
    phone.act("submit_verification", "passed", note="现场属实", photo=jpeg(tmp_path / "v.jpg"),
              shot=shots / "field-order-verify.png")
    phone.queue_empty()
    done = center.case(order["code"])
    assert done["state"] == "reported" and done["verification_result"] == "passed"
    assert _client_of(done, "submit_verification") == "field-web"
    assert len(done["photos"]) == len(center.case(order["code"])["photos"]) > 0
    assert any(p["event_id"] == [h for h in done["history"]
                                 if h["action"] == "submit_verification"][-1]["seq"]
               or p["kind"] != "report" for p in done["photos"])

    phone.open_order(waiting["code"])
    phone.act("submit_check", "failed", note="仍有残留", no_photo_reason="现场禁止拍照")
    phone.queue_empty()
    checked = center.case(waiting["code"])
    assert checked["check_result"] == "failed"
    assert _client_of(checked, "submit_check") == "field-web"
    page.goto("/field/#/work")
    page.wait_for_selector("#orders")
    page.wait_for_load_state("networkidle")
    assert page.locator(f"a.order[data-code='{order['code']}']").count() == 0
    phone.close()


def test_a_case_from_the_inspectors_report_to_closure(browser, server, center, inspector,
                                                      tmp_path):
    cls = _event_class(center, inspector["name"])
    phone = Phone(browser, server, inspector["lon"], inspector["lat"])
    phone.login(inspector["name"])
    description = "井边堆放建筑垃圾（全流程）"
    phone.report(cls, description, photo=jpeg(tmp_path / "a.jpg", (160, 90, 60)))
    phone.send_report()
    phone.queue_empty()
    code = _cases_with(center, inspector["grid"], description)[0]["code"]

    case = center.case(code)
    acceptor = center.acceptor_of(case["district_code"])
    dispatcher = {"acceptor": "dispatcher", "acceptor_gg": "dispatcher_gg",
                  "acceptor_jy": "dispatcher_jy"}.get(acceptor, "city_dispatcher")
    center.act(acceptor, code, "file")
    case = center.case(code)
    department = case["suggested_department"]
    assert department, "the demo city suggests a department for each class"
    center.act(dispatcher, code, "dispatch", department=department)
    crew = next(u["name"] for u in center.get("admin", "/users")["users"]
                if u.get("department") == department and "department" in u["roles"])
    # the department's field crew reports it done from their own phone, with a photo
    crew_phone = Phone(browser, server, inspector["lon"], inspector["lat"])
    crew_phone.login(crew)
    assert crew_phone.page.locator("a[data-view=report]").is_hidden()  # crews do not report
    crew_phone.open_order(code)
    assert crew_phone.page.locator("form.action[data-action='return']").count() == 1
    assert crew_phone.page.locator("form.action[data-action='request_postponement']").count() == 1
    crew_phone.act("report_done", note="已清运", photo=jpeg(tmp_path / "done.jpg"))
    crew_phone.queue_empty()
    assert center.case(code)["state"] == "handled"
    crew_phone.close()
    center.act(dispatcher, code, "accept_result")
    center.act(acceptor, code, "request_check", inspector=inspector["name"])

    page = phone.page
    page.goto("/field/#/work")
    page.click("#refresh")
    page.wait_for_selector(f"a.order[data-code='{code}'][data-order='inspect']")
    phone.open_order(code)
    assert page.inner_text("#case-state") == "核查中"
    phone.act("submit_check", "passed", note="已清理干净", photo=jpeg(tmp_path / "after.jpg"))
    phone.queue_empty()
    center.act(acceptor, code, "close", close_type="normal")

    page.click("#refresh")
    page.wait_for_selector(f"#reports li[data-code='{code}'][data-state='closed']")
    history = [h["action"] for h in center.case(code)["history"]]
    assert history[-2:] == ["submit_check", "close"]
    phone.close()


def test_offline_queue_sends_in_order_exactly_once(browser, server, center, inspector, shots):
    cls = _event_class(center, inspector["name"])
    phone = Phone(browser, server, inspector["lon"], inspector["lat"])
    phone.login(inspector["name"])
    page = phone.page
    phone.map_drawn()
    page.wait_for_load_state("networkidle")  # the catalog is kept for reports made offline

    # The first attempt reaches the server but its answer is lost on the way back: the
    # retry with the same Idempotency-Key must not make a second case.
    lost = []

    def lose_first_answer(route):
        if route.request.method == "POST" and not lost:
            lost.append(route.request.headers.get("idempotency-key"))
            route.fetch()
            route.abort("connectionreset")
        else:
            route.continue_()

    phone.context.set_offline(True)
    texts = ["离线上报一：路面坑洼", "离线上报二：路灯不亮"]
    for text in texts:
        phone.report(cls, text, online=False)
        phone.send_report()
    page.wait_for_selector("#queue-badge:not([hidden]) .n:has-text('2')")
    page.click("#queue-badge")
    page.wait_for_selector("#queue-waiting li.queued >> nth=1")
    page.screenshot(path=shots / "field-queue.png")
    assert not _cases_with(center, inspector["grid"], texts[0])

    page.route("**/api/v1/cases", lose_first_answer)
    phone.context.set_offline(False)
    page.wait_for_selector("#queue-waiting li.empty")
    phone.queue_empty()
    assert lost and lost[0]

    found = [_cases_with(center, inspector["grid"], t) for t in texts]
    assert [len(f) for f in found] == [1, 1], "each queued report arrives exactly once"
    first, second = (center.case(f[0]["code"]) for f in found)
    assert first["registered_at"] <= second["registered_at"] and first["code"] < second["code"]

    # A refusal (4xx) is taken out of the queue, shown with the server's message, and kept
    # until the user resends or discards it.
    page.evaluate("""async () => {
        const q = await import('/field/js/queue.js');
        await q.enqueue({kind: 'report', path: '/cases', label: '错误类别', body: {
            source: 'inspector', kind: 'event', class_code: '9999', description: '坏类别',
            lon: 0, lat: 0, photos: []}});
    }""")
    page.wait_for_selector("#queue-failed li.failed .error")
    assert "被拒绝" in page.inner_text("#queue-failed li.failed .error")
    page.once("dialog", lambda d: d.accept())
    page.click("#queue-failed li.failed button.danger")
    page.wait_for_selector("#queue-failed li.failed", state="detached")
    phone.close()


def test_the_app_is_served_installable_and_only_its_own_files(browser, server):
    r = httpx.get(f"{server.url}/field", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == "/field/"
    types = {"/field/": "text/html", "/field/js/app.js": "text/javascript",
             "/field/manifest.webmanifest": "application/manifest+json",
             "/field/vendor/ol.js": "text/javascript", "/field/icons/icon-192.png": "image/png"}
    for path, media in types.items():
        r = httpx.get(server.url + path)
        assert r.status_code == 200 and r.headers["content-type"].startswith(media), path
        assert r.headers["cache-control"] == "no-cache" and r.headers["etag"]
        again = httpx.get(server.url + path, headers={"If-None-Match": r.headers["etag"]})
        assert again.status_code == 304, path
    assert httpx.get(f"{server.url}/field/sw.js").headers["service-worker-allowed"] == "/field/"
    for path in ("package.json", "node_modules/ol/package.json", "src/ol-entry.js",
                 "js/../../server/app.py", "%2e%2e/server/app.py", ".gitignore"):
        assert httpx.get(f"{server.url}/field/{path}").status_code == 404, path
    manifest = httpx.get(f"{server.url}/field/manifest.webmanifest").json()
    assert manifest["name"] == "城管通" and manifest["display"] == "standalone"

    # the service worker takes the shell: the app opens again without a network
    phone = Phone(browser, server, 119.9, 32.46)
    page = phone.page
    page.goto("/field/")
    scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert scope == f"{server.url}/field/"
    page.wait_for_function("""async () => (await caches.keys()).length > 0
        && (await (await caches.open((await caches.keys())[0])).keys()).length >= 15""")
    phone.context.set_offline(True)
    page.reload()
    page.wait_for_selector("#login-name")
    phone.context.set_offline(False)
    phone.close()
