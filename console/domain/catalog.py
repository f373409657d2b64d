"""The 部件/事件 classification (GB/T 30428.2, formerly CJ/T 214-2007) of one city.

A city's catalog is the national lists plus the city's own extension file. Component and
event codes are separate namespaces (0101 is 上水井盖 as a component, 私搭乱建 as an
event), so every look-up names the kind.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from console.domain.errors import CatalogError, NotFound

KINDS = ("component", "event")
_CODE = re.compile(r"^\d{4}$")
_MAJOR = re.compile(r"^\d{2}$")
_REQUIRED = ("code", "name", "major_code", "major_name")
DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True)
class CatalogClass:
    kind: str
    code: str
    name: str
    major_code: str
    major_name: str
    local: bool = False

    @property
    def minor_code(self) -> str:
        return self.code[2:]

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


class Catalog:
    def __init__(self, classes: Iterable[CatalogClass]):
        self._by_key: dict[tuple[str, str], CatalogClass] = {}
        for c in classes:
            self._by_key[(c.kind, c.code)] = c

    def get(self, kind: str, code: str) -> CatalogClass:
        if kind not in KINDS:
            raise NotFound(f"unknown kind {kind!r}: use component or event", code="unknown_kind",
                           kind=kind)
        try:
            return self._by_key[(kind, code)]
        except KeyError:
            raise NotFound(f"unknown {kind} class {code!r}", code="class_not_found", kind=kind,
                           class_code=code) from None

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._by_key

    def classes(self, kind: str) -> list[CatalogClass]:
        return sorted((c for c in self._by_key.values() if c.kind == kind), key=lambda c: c.code)

    def majors(self, kind: str) -> dict[str, str]:
        return {c.major_code: c.major_name for c in self.classes(kind)}

    def minors(self, kind: str, major_code: str) -> list[CatalogClass]:
        return [c for c in self.classes(kind) if c.major_code == major_code]

    def search(self, kind: str, text: str) -> list[CatalogClass]:
        """Type-ahead: code prefix or any part of the name (minor or major)."""
        text = text.strip()
        if not text:
            return self.classes(kind)
        return [
            c
            for c in self.classes(kind)
            if c.code.startswith(text) or text in c.name or text in c.major_name
        ]

    def __len__(self) -> int:
        return len(self._by_key)


def read_class_file(path: Path, kind: str, local: bool) -> list[CatalogClass]:
    """Read one catalog CSV, failing with file, line and problem on the first bad row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CatalogError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise CatalogError(path, None, f"not UTF-8 text ({exc.reason})") from None
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise CatalogError(path, 1, f"header lacks column(s) {', '.join(missing)}")
    out: list[CatalogClass] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if None in row:
            raise CatalogError(path, line, "more fields than the header has")
        values = {k: (row.get(k) or "").strip() for k in _REQUIRED}
        if any(v == "" for v in values.values()):
            empty = [k for k, v in values.items() if v == ""]
            raise CatalogError(path, line, f"empty {', '.join(empty)}")
        code, major = values["code"], values["major_code"]
        if not _CODE.match(code):
            raise CatalogError(path, line, f"class code {code!r} is not 4 digits")
        if not _MAJOR.match(major):
            raise CatalogError(path, line, f"major code {major!r} is not 2 digits")
        if code[:2] != major:
            raise CatalogError(path, line, f"class code {code} does not start with its major {major}")
        if code in seen:
            raise CatalogError(path, line, f"duplicate class code {code}")
        seen.add(code)
        out.append(CatalogClass(kind, code, values["name"], major, values["major_name"], local))
    return out


def load_catalog(city: str = "demo", data_dir: Path | None = None) -> Catalog:
    """National classes plus ``data/cities/<city>/`` extensions (marked local)."""
    data_dir = Path(data_dir or DATA_DIR)
    classes: list[CatalogClass] = []
    for kind in KINDS:
        national = read_class_file(data_dir / "catalog" / f"{kind}_classes.csv", kind, False)
        ext_path = data_dir / "cities" / city / f"{kind}_classes.csv"
        local = read_class_file(ext_path, kind, True) if ext_path.exists() else []
        codes = {c.code for c in national}
        for c in local:
            if c.code in codes:
                raise CatalogError(ext_path, None, f"local class {c.code} redefines a national class")
        classes += national + local
    return Catalog(classes)
