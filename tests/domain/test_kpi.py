from console.domain.kpi import KpiCounts, composite, evaluate, grade, rates


def test_published_monthly_report_figures():
    # 天门, 2016-12: 应结案 972, 结案 911 → 93.72 %; 按期结案 737 → 75.82 %
    r = rates(KpiCounts(close_due=972, closed=911, closed_on_time=737))
    assert r["close_rate"] == 93.72
    assert r["on_time_close_rate"] == 75.82


def test_nothing_due_is_none_not_zero():
    r = rates(KpiCounts())
    assert r["close_rate"] is None and r["rework_rate"] is None


def test_accuracy_rates():
    r = rates(KpiCounts(filed=200, cancelled=10, dispatched=100, returned=5, handled=80, reworked=4,
                        reported=250, valid_reported=200))
    assert r["accurate_file_rate"] == 95.0
    assert r["accurate_dispatch_rate"] == 95.0
    assert r["rework_rate"] == 5.0
    assert r["valid_report_rate"] == 80.0


def test_grades_and_composite():
    assert [grade(s) for s in (95, 90, 89.9, 75, 60, 40, 10)] == ["A", "A", "B", "B", "C", "D", "E"]
    # department: 100-rework inverted; a missing rate drops out and weights re-normalise
    assert composite({"close_rate": 90.0, "rework_rate": 10.0}, {"close_rate": 1, "100-rework_rate": 1,
                                                                 "on_time_handle_rate": 1}) == 90.0


def test_evaluate_has_score_for_a_post():
    doc = evaluate(KpiCounts(close_due=10, closed=10, handle_due=10, handled=10, handled_on_time=5), "department")
    assert doc["rates"]["on_time_handle_rate"] == 50.0
    assert doc["score"] == round((33 * 100 + 33 * 50 + 34 * 100) / 100, 2)
    assert doc["grade"] == "B"


def test_the_published_report_from_all_four_raw_counts():
    """天门 2016-12: 立案 996, 应结案 972, 结案 911, 按期结案 737 → 93.72 % and 75.82 %, through
    the same evaluate() every KPI row goes through."""
    from console.domain.kpi import KpiCounts, evaluate

    doc = evaluate(KpiCounts(filed=996, close_due=972, closed=911, closed_on_time=737), "area")
    assert doc["rates"]["close_rate"] == 93.72
    assert doc["rates"]["on_time_close_rate"] == 75.82
    assert doc["counts"]["filed"] == 996
    # the figures are the formulas, not the rounding of a neighbour: one case less moves them
    worse = evaluate(KpiCounts(filed=996, close_due=972, closed=910, closed_on_time=736))
    assert worse["rates"]["close_rate"] == 93.62 and worse["rates"]["on_time_close_rate"] == 75.72


def test_grades_come_from_data_with_their_names(tmp_path):
    import json

    from console.domain.kpi import load_grades

    bands, names = load_grades()
    assert bands[0] == (90.0, "A") and bands[-1] == (0.0, "E") and names["A"] == "优秀"
    # a center's own bands replace STANDARDS.md's
    own = tmp_path / "w.json"
    own.write_text(json.dumps({"posts": {"area": {"close_rate": 1}},
                               "grades": [{"grade": "好", "min": 80}, {"grade": "差", "min": 0}]}),
                   encoding="utf-8")
    bands, names = load_grades(own)
    assert grade(85, bands) == "好" and grade(79.99, bands) == "差" and names["差"] == "差"
    doc = evaluate(KpiCounts(close_due=10, closed=9), "area",
                   weights={"area": {"close_rate": 1}}, grades=load_grades(own))
    assert doc["score"] == 90.0 and doc["grade"] == "好"


def test_a_person_is_judged_only_by_their_own_rates():
    doc = evaluate(KpiCounts(accept_due=10, filed=8, filed_on_time=6, closed=5, close_due=0,
                             missed=0), "acceptor")
    assert doc["rates"]["on_time_file_rate"] == 60.0 and doc["rates"]["accurate_file_rate"] == 100.0
    assert doc["rates"]["missed_report_rate"] is None and doc["rates"]["close_rate"] is None
    assert doc["score"] == 80.0 and doc["grade"] == "B" and doc["grade_name"] == "良好"
    inspector = evaluate(KpiCounts(reported=10, valid_reported=9, filed=20, missed=5), "inspector")
    assert inspector["rates"]["missed_report_rate"] == 25.0
    # 有效上报率 40, (100 − 漏报率) 20; no verification or inspection due: they drop out
    assert inspector["score"] == round((40 * 90 + 20 * 75) / 60, 2)


def test_delta_is_now_minus_then_per_figure():
    from console.domain.kpi import delta

    now = evaluate(KpiCounts(close_due=10, closed=9, reported=12), "area")
    then = evaluate(KpiCounts(close_due=10, closed=8, reported=15), "area")
    d = delta(now, then)
    assert d["reported"] == -3 and d["close_rate"] == 10.0 and d["handle_rate"] is None
    assert d["score"] == round(now["score"] - then["score"], 2)
