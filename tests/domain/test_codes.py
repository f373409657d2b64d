import pytest

from console.domain.codes import ComponentId, GridCode, case_code, is_case_code, parent_codes
from console.domain.errors import InvalidInput


def test_grid_code_hierarchy():
    g = GridCode.compose("321202", 3, 14, 7)
    assert g.code == "321202003014007"
    assert (g.district, g.street, g.community, g.sequence) == ("321202", "321202003", "321202003014", 7)
    assert parent_codes(g.code) == {"district_code": "321202", "street_code": "321202003",
                                    "community_code": "321202003014"}


@pytest.mark.parametrize("bad", ["32120200301400", "3212020030140071", "32120200301400x", ""])
def test_grid_code_rejects_wrong_length_or_letters(bad):
    with pytest.raises(InvalidInput, match="15 digits"):
        GridCode(bad)


def test_component_id_layout_matches_the_standard_sample():
    c = ComponentId("3205080101000001")
    assert (c.county, c.class_code, c.sequence) == ("320508", "0101", 1)
    assert ComponentId.compose("320508", "0101", 1) == c
    with pytest.raises(InvalidInput):
        ComponentId("320508010100001")


def test_case_code():
    assert case_code(2026, 42) == "2026000042"
    assert is_case_code("2026000042") and not is_case_code("2026-42")
    with pytest.raises(InvalidInput):
        case_code(2026, 1_000_000)
