"""Photos are real images (decoded, not trusted by name), at most 10 MB each and 9 per action,
read only from regular files and only after the login succeeded (issue 8, bad input)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading

import pytest
from sqlalchemy import func, select

from console.domain.errors import InvalidInput
from console.services.case_service import MAX_PHOTOS, Photo
from console.store.models import Attachment, CaseEvent, CaseFile, ChangeLog
from tests.conftest import BACKENDS, shared_demo_copy
from tests.services.helpers import actor, image_bytes, spot

# refusal tests write nothing (and assert it): one demo copy per back-end for the module
db_url = pytest.fixture(scope="module", params=BACKENDS, name="db_url")(shared_demo_copy)

CONSOLE = [sys.executable, "-m", "console"]


def refused(code: str, fn, *args, **kw) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        fn(*args, **kw)
    assert info.value.code == code, info.value.to_json()
    return info.value


def within(seconds: float, fn, *args):
    """Run ``fn`` in a thread: a call that would wait on a FIFO fails the test, never hangs it."""
    box = {}

    def target():
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # handed to the test below
            box["error"] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"{fn.__name__} still waiting after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


# --- what an image is ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt,media_type", [("JPEG", "image/jpeg"), ("PNG", "image/png"),
                                            ("WEBP", "image/webp")])
def test_real_images_are_accepted_with_the_type_they_are(tmp_path, fmt, media_type):
    path = tmp_path / "scene.bin"  # the name says nothing; the data does
    path.write_bytes(image_bytes(fmt))
    photo = Photo.from_path(path)
    assert (photo.filename, photo.media_type) == ("scene.bin", media_type)
    assert photo.data == path.read_bytes()
    assert Photo.from_bytes("scene.bin", image_bytes(fmt)).media_type == media_type


def test_a_text_file_renamed_jpg_is_refused(tmp_path):
    path = tmp_path / "site.jpg"
    path.write_text("not a photo at all\n" * 50, encoding="utf-8")
    err = refused("photo_not_an_image", Photo.from_path, path)
    assert err.params["format"] is None and "image/jpeg" in err.params["allowed"]
    refused("photo_not_an_image", Photo.from_bytes, "site.jpg", b"\xff\xd8\xff\xe0 site photo")
    refused("photo_not_an_image", Photo, "site.jpg", b"<html></html>")


def test_other_formats_and_broken_images_are_refused():
    err = refused("photo_not_an_image", Photo.from_bytes, "anim.gif", image_bytes("GIF"))
    assert err.params["format"] == "GIF"
    jpeg = image_bytes("JPEG", size=(640, 480))
    refused("photo_not_an_image", Photo.from_bytes, "cut.jpg", jpeg[: len(jpeg) // 2])
    png = image_bytes("PNG", size=(64, 64))
    broken = png[:60] + bytes(b ^ 0xFF for b in png[60:80]) + png[80:]  # a bad CRC
    refused("photo_not_an_image", Photo.from_bytes, "bad.png", broken)


def test_a_decompression_bomb_is_refused_before_decoding():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (10_000, 6_000)).save(buf, "PNG")  # 60 megapixels in a few kB
    assert len(buf.getvalue()) < 100_000
    err = refused("photo_too_many_pixels", Photo.from_bytes, "bomb.png", buf.getvalue())
    assert (err.params["width"], err.params["height"]) == (10_000, 6_000)


def test_size_limits(tmp_path):
    big = tmp_path / "big.jpg"
    big.write_bytes(image_bytes() + os.urandom(11 * 2**20))
    err = refused("photo_too_large", Photo.from_path, big)
    assert err.params["max_mib"] == 10
    refused("photo_too_large", Photo.from_bytes, "big.jpg", big.read_bytes())
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    refused("photo_empty", Photo.from_path, empty)
    refused("photo_empty", Photo.from_bytes, "empty.jpg", b"")


def test_the_name_is_a_label_never_a_path():
    assert Photo.from_bytes("../../etc/passwd.jpg", image_bytes()).filename == "passwd.jpg"
    assert Photo.from_bytes("C:\\Users\\a\\现场.jpg", image_bytes()).filename == "现场.jpg"
    long = Photo.from_bytes("x" * 400 + ".jpg", image_bytes()).filename
    assert len(long) == 255 and long.endswith(".jpg")
    err = refused("control_character", Photo.from_bytes, "a\x1b[2J.jpg", image_bytes())
    assert err.params["field"] == "photo_name"


# --- what a file is ---------------------------------------------------------------------


def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    err = within(10, refused, "photo_not_a_file", Photo.from_path, fifo)
    assert err.params["file_type"] == "fifo"


def test_a_fifo_swapped_in_after_the_check_is_not_waited_on(tmp_path, monkeypatch):
    """The second guard: stat said "regular file", then the path became a FIFO."""
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    real_stat = os.stat
    regular = real_stat(__file__)
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if str(p) == str(fifo)
                        else real_stat(p, *a, **k))
    err = within(10, refused, "photo_not_a_file", Photo.from_path, fifo)
    assert err.params["file_type"] == "fifo"


@pytest.mark.parametrize("path,file_type", [("/dev/zero", "character_device"),
                                            ("/dev/null", "character_device")])
def test_devices_and_directories_are_refused(tmp_path, path, file_type):
    err = within(10, refused, "photo_not_a_file", Photo.from_path, path)
    assert err.params["file_type"] == file_type
    err = refused("photo_not_a_file", Photo.from_path, tmp_path)
    assert err.params["file_type"] == "directory"
    link = tmp_path / "zero.jpg"
    link.symlink_to("/dev/zero")
    within(10, refused, "photo_not_a_file", Photo.from_path, link)
    refused("photo_unreadable", Photo.from_path, tmp_path / "missing.jpg")


# --- per action, on both back-ends --------------------------------------------------------


def _counts(sv) -> dict:
    with sv.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (CaseFile, CaseEvent, Attachment, ChangeLog)}


def test_nine_photos_pass_ten_are_refused_and_nothing_is_written(sv):
    x, y, _, inspector = spot(sv)
    who = actor(sv, inspector)
    nine = [Photo.from_bytes(f"p{i}.png", image_bytes("PNG", color=(i, 0, 0)))
            for i in range(MAX_PHOTOS)]
    ten = [*nine, Photo.from_bytes("p9.webp", image_bytes("WEBP"))]
    before = _counts(sv)
    err = refused("too_many_photos", sv.cases.register, who, source="inspector", kind="event",
                  class_code="0102", description="暴露垃圾", x=x, y=y, photos=ten)
    assert err.params == {"count": 10, "max": MAX_PHOTOS}
    assert _counts(sv) == before
    case = sv.cases.register(who, source="inspector", kind="event", class_code="0102",
                             description="暴露垃圾", x=x, y=y, photos=nine)
    shown = sv.queries.show(case["code"])
    assert len(shown["photos"]) == MAX_PHOTOS
    with sv.db.read() as s:
        types = set(s.scalars(select(Attachment.media_type).where(Attachment.case_id == case["id"])))
    assert types == {"image/png"}
    case = sv.cases.act(actor(sv, "acceptor"), case["id"], "file")
    case = sv.cases.act(actor(sv, "dispatcher"), case["id"], "dispatch",
                        department=case["suggested_department"])
    before = _counts(sv)
    refused("too_many_photos", sv.cases.act, actor(sv, "dept_sanitation"), case["id"],
            "report_done", reason="已清运", photos=ten)
    assert _counts(sv) == before
    done = sv.cases.act(actor(sv, "dept_sanitation"), case["id"], "report_done", reason="已清运",
                        photos=ten[-1:])
    assert done["state"] == "handled"


def test_only_photo_objects_reach_the_database(sv):
    x, y, _, inspector = spot(sv)
    before = _counts(sv)
    refused("photo_not_an_image", sv.cases.register, actor(sv, inspector), source="inspector",
            kind="event", class_code="0102", description="暴露垃圾", x=x, y=y,
            photos=[("site.jpg", b"whatever")])
    assert _counts(sv) == before


# --- the command line: the login first, then the files --------------------------------------


def _cli(db_url, *args, password="demo1234"):
    env = dict(os.environ, CONSOLE_DB=db_url, CONSOLE_PASSWORD=password)
    env.pop("CONSOLE_SERVER", None)
    p = subprocess.run([*CONSOLE, *args, "--json"], capture_output=True, text=True, env=env,
                       timeout=90)  # a command waiting on a FIFO fails here instead of hanging
    import json

    err = json.loads(p.stderr.strip().splitlines()[-1]) if p.returncode and p.stderr.strip() else None
    return p.returncode, err


@pytest.fixture
def report_args(db_url):
    from console.services.app import open_services

    sv = open_services(db_url)
    x, y, _, inspector = spot(sv)
    sv.close()
    return ["case", "report", "--as", inspector, "--source", "inspector", "--kind", "event",
            "--class", "0102", "--x", str(x), "--y", str(y), "--description", "暴露垃圾"]


def test_cli_reads_no_file_before_the_login(db_url, report_args, tmp_path):
    fifo = tmp_path / "site.jpg"
    os.mkfifo(fifo)  # opened for reading before the login, it would block the command
    code, err = _cli(db_url, *report_args, "--photo", str(fifo), password="wrong-password")
    assert code == 4 and err["error"] == "authentication_failed", err
    code, err = _cli(db_url, *report_args, "--photo", str(fifo))
    assert code == 2 and (err["code"], err["params"]["file_type"]) == ("photo_not_a_file", "fifo")


def test_cli_counts_photos_before_reading_them(db_url, report_args, tmp_path):
    missing = [str(tmp_path / f"missing{i}.jpg") for i in range(10)]
    code, err = _cli(db_url, *report_args, *[a for p in missing for a in ("--photo", p)])
    assert code == 2 and err["code"] == "too_many_photos", err
    text_file = tmp_path / "site.jpg"
    text_file.write_text("hello", encoding="utf-8")
    code, err = _cli(db_url, *report_args, "--photo", str(text_file))
    assert code == 2 and err["code"] == "photo_not_an_image", err
