"""The phone's style read from layers/*.qml (issue 9): rules, colours, zooms, expressions."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from console.services.map_style import (
    LAYERS_DIR,
    MAP_LAYERS,
    Unsupported,
    evaluate,
    parse_expression,
    rules_of_qml,
    scale_to_zoom,
    style_json,
)


def _renderer_rules(path):
    """(symbol-bearing rules, categories) of a QML file, counted independently of the parser."""
    root = ET.parse(path).getroot()
    renderer = root.find("renderer-v2")
    while renderer.find("renderer-v2") is not None:
        renderer = renderer.find("renderer-v2")
    if renderer.get("type") == "singleSymbol":
        return 1
    if renderer.get("type") == "categorizedSymbol":
        return len(renderer.findall("categories/category"))
    return len([r for r in renderer.iter("rule") if r.get("symbol") is not None])


def test_every_layer_has_the_rules_and_colours_of_its_qml():
    doc = style_json()
    layers = {layer["id"]: layer for layer in doc["layers"]}
    assert set(layers) == set(MAP_LAYERS)
    for key, layer in MAP_LAYERS.items():
        expected = sum(_renderer_rules(LAYERS_DIR / name) for name in layer.styles)
        assert len(layers[key]["rules"]) == expected, key
        colours = set()
        for name in layer.styles:
            renderer = ET.parse(LAYERS_DIR / name).getroot().find("renderer-v2")
            for prop in renderer.iter("prop"):
                if prop.get("k") in ("color", "line_color", "outline_color") and \
                        not prop.get("v").endswith(",0"):
                    r, g, b, a = (int(v) for v in prop.get("v").split(","))
                    colours.add(f"#{r:02x}{g:02x}{b:02x}{a:02x}")
        used = {c for rule in layers[key]["rules"]
                for c in (rule["fill"], rule["stroke"], rule.get("casing")) if c}
        assert used and used <= colours | {None}, key
    case = layers["case"]["rules"]
    # nested rules carry their parents' filter and scale range; the cluster wrapper is seen through
    due_soon = case[0]
    assert "'reported'" in due_soon["filter"] and "'yellow'" in due_soon["filter"]
    assert due_soon["minzoom"] == scale_to_zoom(25000)
    assert due_soon["fill"] == "#f2a900ff"  # 242,169,0 in case.qml
    city = [r for r in case if r["maxzoom"] == scale_to_zoom(25000)]
    assert city and all(r["minzoom"] == 0 for r in city)
    assert layers["component"]["minzoom"] == scale_to_zoom(10_000)


def test_layer_scale_limits_mirror_the_consoles_layer_specs():
    pytest.importorskip("qgis")
    from console.maps.layer_specs import SPECS_BY_KEY

    for key, layer in MAP_LAYERS.items():
        assert layer.min_scale == SPECS_BY_KEY[key].min_scale, key


@pytest.mark.parametrize("text, attrs, expected", [
    ('"state" IN (\'filed\', \'dispatched\')', {"state": "filed"}, True),
    ('"state" IN (\'filed\')', {"state": None}, None),
    ('"light" IS NULL OR "light" = \'green\'', {"light": None}, True),
    ('"light" IS NULL OR "light" = \'green\'', {"light": "red"}, False),
    ('"light" <> \'red\'', {"light": None}, None),
    ('"light" = \'red\' AND "state" IN (\'filed\')', {"light": "red", "state": "filed"}, True),
    ('NOT "urgent"', {"urgent": False}, True),
    ('"n" >= 3 AND "n" < 5.5', {"n": 4}, True),
    ('"state" NOT IN (\'closed\')', {"state": "filed"}, True),
    ('"a" IS NOT NULL', {"a": 1}, True),
    ('substr("class_code", 1, 2) = \'03\'', {"class_code": "0305"}, True),
])
def test_the_expression_subset(text, attrs, expected):
    assert evaluate(parse_expression(text), attrs) is expected


@pytest.mark.parametrize("text", ['regexp_match("a", \'x\')', '"a" LIKE \'x%\'',
                                  '@map_scale > 5', '"a" + 1 = 2'])
def test_expressions_outside_the_subset_are_refused(text):
    with pytest.raises(Unsupported):
        parse_expression(text)


def test_a_rule_with_an_unknown_function_is_flagged_never_guessed(tmp_path):
    qml = (LAYERS_DIR / "road.qml").read_text(encoding="utf-8")
    changed = re.sub(r'filter="&quot;kind&quot; = \'branch\'"',
                     'filter="regexp_match(&quot;kind&quot;, \'br\')"', qml, count=1)
    assert changed != qml
    path = tmp_path / "road.qml"
    path.write_text(changed, encoding="utf-8")
    rules = rules_of_qml(path)
    assert len(rules) == len(rules_of_qml(LAYERS_DIR / "road.qml"))
    flagged = [r for r in rules if r.unsupported]
    assert len(flagged) == 1
    assert not flagged[0].applies({"kind": "branch"}, 18)
    assert flagged[0].json()["unsupported"]
