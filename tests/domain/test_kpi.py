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
