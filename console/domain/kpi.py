"""综合评价: the KPI formulas of shared/reference/STANDARDS.md, in one module.

Counts come from the store; these functions only divide. A case that is late and still
open counts in the denominators of the on-time rates (it is not on time), as in the
published monthly reports the formulas were checked against.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from console.domain.catalog import DATA_DIR

#: 案件来源 (console.domain.workflow.SOURCES) as the reports name them
SOURCE_NAMES = {"inspector": "监督员上报", "public": "公众举报", "system": "系统转办",
                "leader": "领导交办", "video": "视频发现"}


@dataclass
class KpiCounts:
    reported: int = 0  # 上报数
    valid_reported: int = 0  # 有效上报数 (became a case)
    filed: int = 0  # 立案数
    filed_on_time: int = 0  # 按时立案数
    accept_due: int = 0  # 应立案数 (accepted + waiting and overdue)
    cancelled: int = 0  # 作废数 (after filing)
    rejected: int = 0  # 不受理数
    dispatch_due: int = 0  # 应派遣数
    dispatched: int = 0  # 派遣数
    dispatched_on_time: int = 0  # 按时派遣数
    returned: int = 0  # 回退数
    handle_due: int = 0  # 应处置数
    handled: int = 0  # 处置数
    handled_on_time: int = 0  # 按期处置数
    reworked: int = 0  # 返工数
    close_due: int = 0  # 应结案数
    closed: int = 0  # 结案数
    closed_on_time: int = 0  # 按期结案数
    closed_overdue: int = 0  # 超期结案数
    verify_due: int = 0  # 应核实数
    verified_on_time: int = 0  # 按时核实数
    check_due: int = 0  # 应核查数
    checked_on_time: int = 0  # 按时核查数
    urged: int = 0  # 督办数 (records of case_urge)
    urge_reply_due: int = 0  # 应回复督办数 (answered, or open past the reply deadline)
    urge_replied_on_time: int = 0  # 按时回复督办数
    callbacks: int = 0  # 回访数 (callers reached)
    satisfied: int = 0  # 满意数
    callbacks_unreached: int = 0  # 回访未接通数
    missed: int = 0  # 漏报数 (filed problems in an inspector's cells that others reported)

    @classmethod
    def from_mapping(cls, m) -> KpiCounts:
        return cls(**{f.name: int(m.get(f.name) or 0) for f in fields(cls)})


def ratio(num: int, den: int) -> float | None:
    """A percentage with two decimals; None where nothing was due (not 0 %, not 100 %)."""
    return round(100.0 * num / den, 2) if den else None


def rates(c: KpiCounts) -> dict[str, float | None]:
    return {
        "close_rate": ratio(c.closed, c.close_due),  # 结案率
        "on_time_close_rate": ratio(c.closed_on_time, c.close_due),  # 按期结案率
        "overdue_close_rate": ratio(c.closed_overdue, c.close_due),  # 超期结案率
        "handle_rate": ratio(c.handled, c.handle_due),  # 处置率
        "on_time_handle_rate": ratio(c.handled_on_time, c.handle_due),  # 按期处置率
        "rework_rate": ratio(c.reworked, c.handled),  # 返工率
        "on_time_file_rate": ratio(c.filed_on_time, c.accept_due),  # 按时立案率
        "accurate_file_rate": ratio(c.filed - c.cancelled, c.filed),  # 准确立案率
        "on_time_dispatch_rate": ratio(c.dispatched_on_time, c.dispatch_due),  # 按时派遣率
        "accurate_dispatch_rate": ratio(c.dispatched - c.returned, c.dispatched),  # 准确派遣率
        "valid_report_rate": ratio(c.valid_reported, c.reported),  # 有效上报率
        "on_time_verify_rate": ratio(c.verified_on_time, c.verify_due),  # 按时核实率
        "on_time_check_rate": ratio(c.checked_on_time, c.check_due),  # 按时核查率
        "on_time_urge_reply_rate": ratio(c.urge_replied_on_time, c.urge_reply_due),  # 督办按时回复率
        "satisfaction_rate": ratio(c.satisfied, c.callbacks),  # 满意率 (of the callers reached)
        "missed_report_rate": ratio(c.missed, c.filed),  # 漏报率 = 漏报数 / 立案数
    }


#: STANDARDS.md's bands (A 90–100, B 75–90, C 60–75, D 40–60, E < 40); data/kpi_weights.json
#: may override them (a center's setting) — see load_grades
GRADES = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))
GRADE_NAMES = {"A": "优秀", "B": "良好", "C": "合格", "D": "基本合格", "E": "不合格"}


def grade(score: float | None, bands=GRADES) -> str | None:
    if score is None:
        return None
    return next((g for floor, g in bands if score >= floor), bands[-1][1])


def _weights_doc(path: Path | None = None) -> dict:
    path = Path(path or DATA_DIR / "kpi_weights.json")
    return json.loads(path.read_text(encoding="utf-8"))


def load_weights(path: Path | None = None) -> dict[str, dict[str, float]]:
    return _weights_doc(path)["posts"]


def load_grades(path: Path | None = None) -> tuple[tuple, dict[str, str]]:
    """The score bands (highest floor first) and each grade's name, from data/kpi_weights.json
    when it has them, else STANDARDS.md's."""
    doc = _weights_doc(path).get("grades")
    if not doc:
        return GRADES, dict(GRADE_NAMES)
    bands = tuple(sorted(((float(g["min"]), g["grade"]) for g in doc), reverse=True))
    return bands, {g["grade"]: g.get("name") or g["grade"] for g in doc}


def composite(rate_values: dict, weights: dict[str, float]) -> float | None:
    """综合指标值: weighted rates; a missing rate drops out and the weights re-normalise."""
    total, weight = 0.0, 0.0
    for name, w in weights.items():
        invert = name.startswith("100-")
        value = rate_values.get(name[4:] if invert else name)
        if value is None:
            continue
        total += w * ((100.0 - value) if invert else value)
        weight += w
    return round(total / weight, 2) if weight else None


#: the rates a person's own actions give; a post's other rates are None (not theirs to judge)
PERSON_RATES = {
    "inspector": ("valid_report_rate", "missed_report_rate", "on_time_verify_rate",
                  "on_time_check_rate"),
    "acceptor": ("on_time_file_rate", "accurate_file_rate"),
    "shift_leader": ("on_time_file_rate", "accurate_file_rate"),
    "dispatcher": ("on_time_dispatch_rate", "accurate_dispatch_rate"),
}


def evaluate(counts: KpiCounts, post: str | None = None, weights=None, grades=None) -> dict:
    r = rates(counts)
    if post in PERSON_RATES:
        r = {k: (v if k in PERSON_RATES[post] else None) for k, v in r.items()}
    doc = {"counts": asdict(counts), "rates": r}
    if post:
        weights = weights or load_weights()
        bands, names = grades or load_grades()
        score = composite(r, weights[post])
        doc["score"] = score
        doc["grade"] = grade(score, bands)
        doc["grade_name"] = names.get(doc["grade"]) if doc["grade"] else None
        doc["post"] = post
    return doc


FIGURES = tuple(f.name for f in fields(KpiCounts))


def delta(now: dict, then: dict | None) -> dict[str, float | int | None]:
    """同比/环比 per figure: now − then for every count, rate (percentage points) and the
    score; None where either side has no value."""
    out: dict[str, float | int | None] = {}
    then = then or {}
    for block in ("counts", "rates"):
        a, b = now.get(block) or {}, then.get(block) or {}
        for name, value in a.items():
            other = b.get(name)
            if value is None or other is None:
                out[name] = None
            else:
                out[name] = round(value - other, 2) if block == "rates" else value - other
    s, t = now.get("score"), then.get("score")
    out["score"] = None if s is None or t is None else round(s - t, 2)
    return out
