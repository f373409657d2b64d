"""``console kpi … --format csv|xlsx --out FILE``: one row per group of ``KpiService.compute``.

No Qt: the CLI and the statistics dock write the same files. CSV carries a UTF-8 BOM (Excel
in China opens it as UTF-8, not GBK); XLSX (openpyxl) has a Chinese header row over the
English field names, numbers as numbers and rates as percentages.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from console.domain.errors import InvalidInput
from console.domain.kpi import FIGURES, KpiCounts, rates

FORMATS = ("json", "csv", "xlsx")
COUNT_LABELS = {
    "reported": "上报数", "valid_reported": "有效上报数", "filed": "立案数",
    "filed_on_time": "按时立案数", "accept_due": "应立案数", "cancelled": "作废数",
    "rejected": "不受理数", "dispatch_due": "应派遣数", "dispatched": "派遣数",
    "dispatched_on_time": "按时派遣数", "returned": "回退数", "handle_due": "应处置数",
    "handled": "处置数", "handled_on_time": "按期处置数", "reworked": "返工数",
    "close_due": "应结案数", "closed": "结案数", "closed_on_time": "按期结案数",
    "closed_overdue": "超期结案数", "verify_due": "应核实数", "verified_on_time": "按时核实数",
    "check_due": "应核查数", "checked_on_time": "按时核查数", "urged": "督办数",
    "urge_reply_due": "应回复督办数", "urge_replied_on_time": "按时回复督办数",
    "callbacks": "回访数", "satisfied": "满意数", "callbacks_unreached": "回访未接通数",
    "missed": "漏报数",
}
RATE_LABELS = {
    "close_rate": "结案率", "on_time_close_rate": "按期结案率", "overdue_close_rate": "超期结案率",
    "handle_rate": "处置率", "on_time_handle_rate": "按期处置率", "rework_rate": "返工率",
    "on_time_file_rate": "按时立案率", "accurate_file_rate": "准确立案率",
    "on_time_dispatch_rate": "按时派遣率", "accurate_dispatch_rate": "准确派遣率",
    "valid_report_rate": "有效上报率", "on_time_verify_rate": "按时核实率",
    "on_time_check_rate": "按时核查率", "on_time_urge_reply_rate": "督办按时回复率",
    "satisfaction_rate": "满意率", "missed_report_rate": "漏报率",
}
RATE_NAMES = tuple(rates(KpiCounts()))
COMPARISONS = {"previous": "环比", "year_before": "同比"}


def columns(doc: dict) -> list[tuple[str, str, str]]:
    """``(field, 中文, kind)`` per column; kind is text, count, rate or score. With a
    comparison, each rate and the score get their change (percentage points) beside."""
    cols = [("key", "编码", "text"), ("name", "名称", "text")]
    cols += [(f, COUNT_LABELS.get(f, f), "count") for f in FIGURES]
    cols += [(r, RATE_LABELS.get(r, r), "rate") for r in RATE_NAMES]
    cols += [("score", "综合指标值", "score"), ("grade", "等级", "text"),
             ("grade_name", "评价", "text")]
    for block, label in COMPARISONS.items():
        if block in doc:
            cols += [(f"{block}.{r}", f"{RATE_LABELS.get(r, r)}{label}(百分点)", "delta")
                     for r in RATE_NAMES]
            cols.append((f"{block}.score", f"综合指标值{label}", "delta"))
    return cols


def _value(group: dict, name: str):
    if "." in name:
        block, figure = name.split(".", 1)
        return ((group.get("delta") or {}).get(block) or {}).get(figure)
    if name in (group.get("counts") or {}):
        return group["counts"][name]
    if name in (group.get("rates") or {}):
        return group["rates"][name]
    return group.get(name)


def table(doc: dict) -> tuple[list[tuple[str, str, str]], list[list]]:
    cols = columns(doc)
    rows = [[_value(g, name) for name, _, _ in cols] for g in doc.get("groups", [])]
    return cols, rows


def check_target(fmt: str, out: str | None) -> Path | None:
    """Refuse a bad ``--format``/``--out`` before anything is computed."""
    if fmt not in FORMATS:
        raise InvalidInput(f"--format must be one of {', '.join(FORMATS)}", code="invalid_value",
                           field="format", value=str(fmt), allowed=list(FORMATS))
    if fmt != "json" and not out:
        raise InvalidInput(f"--format {fmt} needs --out FILE", code="export_needs_out",
                           format=fmt)
    if not out:
        return None
    path = Path(out)
    if path.is_dir():
        raise InvalidInput(f"--out is a directory: {out}", code="export_target_invalid",
                           path=str(out), reason="directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise InvalidInput(f"cannot write to {parent}", code="export_target_invalid",
                           path=str(out), reason="folder missing or not writable")
    suffix = path.suffix.lower().lstrip(".")
    if suffix != fmt:
        raise InvalidInput(f"--out for --format {fmt} must end in .{fmt}",
                           code="export_suffix_mismatch", path=str(out), format=fmt)
    return path


def _replace(path: Path, write) -> None:
    """Write to a temporary name and rename: a failed export never leaves half a file."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_csv(doc: dict, path) -> None:
    """Rates as numbers in percent (93.72 is 93.72 %), empty where nothing was due."""
    cols, rows = table(doc)

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([label for _, label, _ in cols])
            w.writerow([name for name, _, _ in cols])
            for row in rows:
                w.writerow(["" if v is None else v for v in row])

    _replace(Path(path), write)


def write_xlsx(doc: dict, path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    cols, rows = table(doc)
    wb = Workbook()
    ws = wb.active
    ws.title = "综合评价"
    ws.append([label for _, label, _ in cols])
    ws.append([name for name, _, _ in cols])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([v / 100.0 if kind == "rate" and v is not None else v
                   for v, (_, _, kind) in zip(row, cols, strict=True)])
    for idx, (_, _, kind) in enumerate(cols, start=1):
        fmt = {"rate": "0.00%", "score": "0.00", "delta": "+0.00;-0.00;0.00"}.get(kind)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=3, min_col=idx, max_col=idx):
                cell.number_format = fmt
    ws.freeze_panes = "C3"
    meta = wb.create_sheet("说明")
    for k in ("from", "to", "by", "as_of"):
        meta.append([k, doc.get(k)])
    for block in COMPARISONS:
        if block in doc:
            meta.append([block, f"{doc[block]['from']} – {doc[block]['to']}"])
    _replace(Path(path), wb.save)


def write_json(doc: dict, path) -> None:
    def write(tmp: Path) -> None:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    _replace(Path(path), write)


def export(doc: dict, fmt: str, path) -> dict:
    """Write ``doc`` as ``fmt`` to ``path``; what the CLI prints about it."""
    {"csv": write_csv, "xlsx": write_xlsx, "json": write_json}[fmt](doc, path)
    return {"format": fmt, "out": str(path), "rows": len(doc.get("groups", [])),
            "from": doc.get("from"), "to": doc.get("to"), "by": doc.get("by")}
