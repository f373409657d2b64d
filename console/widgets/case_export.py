"""Export a case file (案卷) with its history and photos: HTML to read or print, JSON to hand on.

``export_case(services, ref, path, zone)`` writes by the file's suffix: ``.html`` (a
self-contained page: facts, timeline with people's and departments' names in local time,
photos inline) or ``.json`` (the case as ``CaseQuery.show`` gives it, photos base64). The
labels are the UI's (translated); names and texts are the case's own.
"""

from __future__ import annotations

import base64
import html
import json
from datetime import UTC, datetime
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from console.widgets import labels

_translate = QCoreApplication.translate  # literal contexts and texts: pylupdate5 finds them


def _local(value, zone) -> str:
    if not value:
        return ""
    dt = datetime.fromisoformat(value) if isinstance(value, str) else value
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _media_type(filename: str) -> str:
    suffix = Path(filename or "").suffix.lower()
    return {".png": "image/png", ".gif": "image/gif", ".webp": "image/webp"}.get(suffix, "image/jpeg")


def case_document(services, ref: str) -> dict:
    """The case with history and photo bytes (base64) — what both formats are made of."""
    doc = services.queries.show(ref)
    photos = []
    for p in doc.get("photos", []):
        filename, data = services.queries.photo(p["id"])
        photos.append({**p, "filename": filename, "media_type": _media_type(filename),
                       "data_base64": base64.b64encode(data).decode("ascii")})
    doc["photos"] = photos
    doc["exported_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    return doc


def export_case(services, ref: str, path, zone, class_name=None, department_name=None) -> Path:
    """Write the case ``ref`` to ``path`` (.html or .json); returns the path."""
    path = Path(path)
    doc = case_document(services, ref)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        if path.suffix.lower() not in (".html", ".htm"):
            path = path.with_suffix(".html")
        path.write_text(case_html(doc, zone, class_name, department_name), encoding="utf-8")
    return path


def case_html(doc: dict, zone, class_name=None, department_name=None) -> str:
    e = html.escape
    cls = class_name(doc.get("kind"), doc.get("class_code")) if class_name else doc.get("class_code")
    dept = doc.get("department_name") or (department_name(doc.get("department"))
                                          if department_name else doc.get("department"))
    facts = [
        (_translate("CaseExport", "Case"), doc.get("code")),
        (_translate("CaseExport", "State"), labels.state(doc.get("state", ""))),
        (_translate("CaseExport", "Source"), labels.source(doc.get("source", ""))),
        (_translate("CaseExport", "Kind"), labels.kind(doc.get("kind", ""))),
        (_translate("CaseExport", "Class"), cls),
        (_translate("CaseExport", "Urgent"), _translate("CaseExport", "yes") if doc.get("urgent") else _translate("CaseExport", "no")),
        (_translate("CaseExport", "Address"), doc.get("address")),
        (_translate("CaseExport", "Grid cell"), doc.get("grid_code")),
        (_translate("CaseExport", "Coordinates"), f"X {doc.get('x')} m, Y {doc.get('y')} m · {doc.get('lon')}°, {doc.get('lat')}°"),
        (_translate("CaseExport", "Department"), dept),
        (_translate("CaseExport", "Registered"), _local(doc.get("registered_at"), zone)),
        (_translate("CaseExport", "Deadline"), _local(doc.get("deadline"), zone)),
        (_translate("CaseExport", "Closed"), _local(doc.get("closed_at"), zone)),
        (_translate("CaseExport", "Description"), doc.get("description")),
    ]
    if doc.get("caller_name") or doc.get("caller_phone"):
        facts.append((_translate("CaseExport", "Caller"), " ".join(x for x in (doc.get("caller_name"),
                                                          doc.get("caller_phone")) if x)))
    rows = "\n".join(f"<tr><th>{e(str(k))}</th><td>{e(str(v or '—'))}</td></tr>" for k, v in facts)
    history = "\n".join(
        "<tr><td>{at}</td><td>{action}</td><td>{who}</td><td>{state}</td><td>{note}</td></tr>".format(
            at=e(_local(h.get("at"), zone)), action=e(labels.action(h.get("action", ""))),
            who=e(" · ".join(x for x in (h.get("actor_name") or h.get("actor"),
                                         h.get("actor_department_name")) if x)),
            state=e(labels.state(h.get("to") or "")), note=e(h.get("note") or ""))
        for h in doc.get("history", []))
    photos = "\n".join(
        f'<figure><img src="data:{p["media_type"]};base64,{p["data_base64"]}" '
        f'alt="{e(p.get("filename") or "")}"><figcaption>{e(p.get("kind") or "")} · '
        f'{e(p.get("filename") or "")}</figcaption></figure>' for p in doc.get("photos", []))
    title = _translate("CaseExport", "Case file {code}").format(code=doc.get("code"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", sans-serif; margin: 24px; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 18px; }}
th, td {{ border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f0f0f0; white-space: nowrap; }}
figure {{ display: inline-block; margin: 6px; }} img {{ max-width: 320px; max-height: 240px; }}
</style></head><body>
<h1>{e(title)}</h1>
<table>{rows}</table>
<h2>{e(_translate("CaseExport", "History"))}</h2>
<table><tr><th>{e(_translate("CaseExport", "Time"))}</th><th>{e(_translate("CaseExport", "Action"))}</th><th>{e(_translate("CaseExport", "By"))}</th>
<th>{e(_translate("CaseExport", "State"))}</th><th>{e(_translate("CaseExport", "Note"))}</th></tr>
{history}</table>
<h2>{e(_translate("CaseExport", "Photos"))}</h2>
{photos or e(_translate("CaseExport", "No photos."))}
<p style="color:#888">{e(_translate("CaseExport", "Exported {at}").format(at=_local(doc.get("exported_at"), zone)))}</p>
</body></html>
"""
