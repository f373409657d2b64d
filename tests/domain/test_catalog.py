import pytest

from console.domain.catalog import load_catalog, read_class_file
from console.domain.errors import CatalogError, NotFound


def test_demo_city_counts():
    cat = load_catalog("demo")
    assert len(cat.classes("component")) == 99
    assert len(cat.majors("component")) == 7
    assert len(cat.classes("event")) == 65
    assert len(cat.majors("event")) == 6


def test_extension_classes_are_local_and_national_are_not():
    cat = load_catalog("demo")
    assert cat.get("component", "2101").local
    assert not cat.get("component", "0101").local
    assert all(c.local == c.code.startswith("21") for c in cat.classes("event"))


def test_kinds_are_separate_namespaces():
    cat = load_catalog("demo")
    assert cat.get("component", "0101").name == "上水井盖"
    assert cat.get("event", "0101").name == "私搭乱建"


def test_unknown_class_and_kind():
    cat = load_catalog("demo")
    with pytest.raises(NotFound, match="unknown event class '9999'"):
        cat.get("event", "9999")
    with pytest.raises(NotFound, match="unknown kind"):
        cat.get("thing", "0101")


def test_type_ahead_search():
    cat = load_catalog("demo")
    assert [c.code for c in cat.search("component", "井盖")][:3] == ["0101", "0102", "0103"]
    assert {c.code for c in cat.search("event", "05")} >= {"0501", "0599"}


@pytest.mark.parametrize(
    "body,line,problem",
    [
        ("code,name,major_code,major_name\n0101,x,01,y\n01x2,z,01,y\n", 3, "not 4 digits"),
        ("code,name,major_code,major_name\n0101,x,01,y\n0101,z,01,y\n", 3, "duplicate class code 0101"),
        ("code,name,major_code,major_name\n0201,x,01,y\n", 2, "does not start with its major 01"),
        ("code,name,major_code,major_name\n0101,,01,y\n", 2, "empty name"),
        ("code,name\n0101,x\n", 1, "header lacks"),
        ("code,name,major_code,major_name\n0101,x,01,y,extra\n", 2, "more fields"),
    ],
)
def test_malformed_file_names_file_line_and_problem(tmp_path, body, line, problem):
    path = tmp_path / "component_classes.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        read_class_file(path, "component", False)
    assert f"{path}:{line}" in err.value.message
    assert problem in err.value.message


def test_local_class_may_not_redefine_a_national_one(tmp_path):
    import shutil

    from console.domain.catalog import DATA_DIR

    shutil.copytree(DATA_DIR / "catalog", tmp_path / "catalog")
    (tmp_path / "cities" / "x").mkdir(parents=True)
    (tmp_path / "cities" / "x" / "event_classes.csv").write_text(
        "code,name,major_code,major_name\n0101,重复,01,市容环境\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="redefines a national class"):
        load_catalog("x", tmp_path)


def test_the_sixth_event_major_follows_the_seed():
    """Seed 000: 城市事件分市容环境、宣传公告、施工管理、突发事件、街面秩序、市政公用设施、房屋建筑及其他
    共六大类65种 — the demo city's local major (21, STANDARDS.md) carries the sixth's wording."""
    cat = load_catalog("demo")
    majors = cat.majors("event")
    assert majors["21"] == "市政公用设施、房屋建筑及其他"
    assert len(cat.minors("event", "21")) == 11 and all(c.local for c in cat.minors("event", "21"))
    assert cat.get("event", "2199").name.startswith("其他")
