"""The phone's map style, read at run time from the console's own ``layers/*.qml`` (issue 9).

The QML files are the truth for the desktop (``layers/build_styles.py``); the phone gets the
same colours and rules without Qt: the XML is read with ElementTree. Renderers understood:
single symbol, categorized, rule-based (nested rules flattened: a rule with a symbol applies
where it and all its ancestors match, within the intersection of their scale ranges), and a
point cluster or displacement wrapper around any of them. Rule filters use a small subset of
the QGIS expression language (``expressions.py``-free: parsed here); a rule whose filter
falls outside the subset is kept in the style with ``"unsupported": true`` and never
applied, rather than guessed.

Units: millimetres → pixels at 96 dpi × ``PHONE_FACTOR``; map units (metres) are given as
``*_m`` too, and as pixels at ``REFERENCE_ZOOM``. Scale denominators → zoom levels with
``zoom = log2(SCALE_Z0 / denominator)``.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LAYERS_DIR = Path(__file__).resolve().parents[2] / "layers"
SCALE_Z0 = 559_082_264.0  # the scale denominator of zoom 0 (256 px tiles, 0.28 mm pixels)
MAX_ZOOM = 22
PHONE_FACTOR = 1.5
MM_TO_PX = 96 / 25.4 * PHONE_FACTOR
REFERENCE_ZOOM = 16
REFERENCE_LAT = 32.5  # the demo city; metres per pixel only vary by cos(lat) within a city


@dataclass(frozen=True)
class MapLayer:
    id: str
    title: str
    geometry: str  # polygon | line | point
    styles: tuple[str, ...]  # QML files, their rules in this order (case: pins, then overdue)
    #: the console's layer scale limit (console/maps/layer_specs.py min_scale; 0: none)
    min_scale: float = 0.0


#: the layers the phone's map serves; min_scale mirrors console/maps/layer_specs.py (a test
#: compares them: that module needs Qt, the server does not import it)
MAP_LAYERS: dict[str, MapLayer] = {m.id: m for m in (
    MapLayer("district", "Districts", "polygon", ("district.qml",)),
    MapLayer("street", "Streets (subdistricts)", "polygon", ("street.qml",)),
    MapLayer("community", "Communities", "polygon", ("community.qml",), 30_000),
    MapLayer("grid_cell", "Grid cells", "polygon", ("grid_cell.qml",), 15_000),
    MapLayer("road", "Roads", "line", ("road.qml",)),
    MapLayer("component", "Components", "point", ("component.qml",), 10_000),
    MapLayer("case", "Case pins", "point", ("case.qml", "case_overdue.qml")),
)}


def scale_to_zoom(denominator: float) -> float:
    return round(math.log2(SCALE_Z0 / denominator), 2)


# --- the expression subset -------------------------------------------------------------


class Unsupported(ValueError):
    """An expression outside the subset this module evaluates."""


_TOKEN = re.compile(r"""\s*(?:
    (?P<field>"(?:[^"]|"")*")
  | (?P<string>'(?:[^']|'')*')
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<op><>|!=|<=|>=|=|<|>|\(|\)|,)
  | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
)""", re.VERBOSE)


def _tokens(text: str) -> list[tuple[str, object]]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise Unsupported(f"cannot read {text[pos:pos + 20]!r}")
        pos = m.end()
        kind = m.lastgroup
        raw = m.group(kind)
        if kind == "field":
            out.append(("field", raw[1:-1].replace('""', '"')))
        elif kind == "string":
            out.append(("value", raw[1:-1].replace("''", "'")))
        elif kind == "number":
            out.append(("value", float(raw) if "." in raw else int(raw)))
        elif kind == "word":
            out.append(("word", raw.upper()))
        else:
            out.append(("op", raw))
    return out


_BOOLEAN = ("or", "and", "not", "null", "in", "cmp", "truth")


class _Parser:
    """Recursive descent over: OR, AND, NOT, comparisons, IN (...), IS [NOT] NULL, fields,
    literals, NULL and ``substr(x, start, length)``. Produces nested tuples."""

    def __init__(self, text: str):
        self.toks = _tokens(text)
        self.i = 0

    def peek(self, kind=None, value=None):
        if self.i >= len(self.toks):
            return None
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            return None
        return tok

    def take(self, kind=None, value=None):
        tok = self.peek(kind, value)
        if tok is None:
            raise Unsupported(f"expected {value or kind} at token {self.i}")
        self.i += 1
        return tok

    def parse(self):
        node = self.or_()
        if self.i != len(self.toks):
            raise Unsupported(f"unexpected {self.toks[self.i][1]!r}")
        return node if node[0] in _BOOLEAN else ("truth", node)

    def or_(self):
        node = self.and_()
        while self.peek("word", "OR"):
            self.i += 1
            node = ("or", node, self.and_())
        return node

    def and_(self):
        node = self.not_()
        while self.peek("word", "AND"):
            self.i += 1
            node = ("and", node, self.not_())
        return node

    def not_(self):
        if self.peek("word", "NOT"):
            self.i += 1
            return ("not", self.not_())
        return self.comparison()

    def comparison(self):
        left = self.operand()
        if (tok := self.peek("op")) and tok[1] in ("=", "<>", "!=", "<", ">", "<=", ">="):
            self.i += 1
            return ("cmp", tok[1], left, self.operand())
        if self.peek("word", "IS"):
            self.i += 1
            negate = bool(self.peek("word", "NOT"))
            if negate:
                self.i += 1
            self.take("word", "NULL")
            return ("not", ("null", left)) if negate else ("null", left)
        negate = False
        if self.peek("word", "NOT") and self.i + 1 < len(self.toks) \
                and self.toks[self.i + 1] == ("word", "IN"):
            self.i += 1
            negate = True
        if self.peek("word", "IN"):
            self.i += 1
            self.take("op", "(")
            items = [self.operand()]
            while self.peek("op", ","):
                self.i += 1
                items.append(self.operand())
            self.take("op", ")")
            node = ("in", left, tuple(items))
            return ("not", node) if negate else node
        return left  # a value; a filter made of one is taken for its truth (``parse``)

    def operand(self):
        if self.peek("op", "("):
            self.i += 1
            node = self.or_()
            self.take("op", ")")
            return node
        tok = self.take()
        if tok[0] == "field":
            return ("field", tok[1])
        if tok[0] == "value":
            return ("value", tok[1])
        if tok == ("word", "NULL"):
            return ("value", None)
        if tok in (("word", "TRUE"), ("word", "FALSE")):
            return ("value", tok[1] == "TRUE")
        if tok == ("word", "SUBSTR") and self.peek("op", "("):
            self.i += 1
            args = [self.or_()]
            while self.peek("op", ","):
                self.i += 1
                args.append(self.or_())
            self.take("op", ")")
            if len(args) not in (2, 3):
                raise Unsupported("substr takes 2 or 3 arguments")
            return ("substr", *args)
        raise Unsupported(f"{tok[1]!r} is outside the supported subset")


def parse_expression(text: str):
    """The AST of a filter; Unsupported if it uses anything outside the subset."""
    return _Parser(text).parse()


def parse_value(text: str):
    """The AST of a value expression (a categorized renderer's attribute)."""
    parser = _Parser(text)
    node = parser.or_()
    if parser.i != len(parser.toks):
        raise Unsupported(f"unexpected {parser.toks[parser.i][1]!r}")
    return node


def fields_of(node) -> set[str]:
    if not isinstance(node, tuple):
        return set()
    if node[0] == "field":
        return {node[1]}
    out: set[str] = set()
    for part in node[1:]:
        if isinstance(part, tuple):
            if part and isinstance(part[0], str):
                out |= fields_of(part)
            else:
                for p in part:
                    out |= fields_of(p)
    return out


def evaluate(node, attrs: dict):
    """The value of an expression on a feature's attributes (SQL three-valued logic: NULL
    compares to nothing; a filter matches only when it is true)."""
    op = node[0]
    if op == "value":
        return node[1]
    if op == "field":
        return attrs.get(node[1])
    if op == "or":
        a, b = _truth(evaluate(node[1], attrs)), _truth(evaluate(node[2], attrs))
        return True if a or b else (None if a is None or b is None else False)
    if op == "and":
        a, b = _truth(evaluate(node[1], attrs)), _truth(evaluate(node[2], attrs))
        return False if a is False or b is False else (None if a is None or b is None else True)
    if op == "not":
        a = _truth(evaluate(node[1], attrs))
        return None if a is None else not a
    if op == "null":
        return evaluate(node[1], attrs) is None
    if op == "truth":
        return _truth(evaluate(node[1], attrs))
    if op == "in":
        left = evaluate(node[1], attrs)
        if left is None:
            return None
        return any(_equal(left, evaluate(i, attrs)) for i in node[2])
    if op == "cmp":
        a, b = evaluate(node[2], attrs), evaluate(node[3], attrs)
        if a is None or b is None:
            return None
        if node[1] == "=":
            return _equal(a, b)
        if node[1] in ("<>", "!="):
            return not _equal(a, b)
        a, b = _comparable(a, b)
        return {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[node[1]]
    if op == "substr":
        text = evaluate(node[1], attrs)
        start = evaluate(node[2], attrs)
        length = evaluate(node[3], attrs) if len(node) > 3 else None
        if text is None or start is None:
            return None
        text, start = str(text), int(start)
        begin = start - 1 if start > 0 else max(len(text) + start, 0)
        return text[begin:] if length is None else text[begin:begin + int(length)]
    raise Unsupported(op)


def _truth(value):
    if value is None:
        return None
    if isinstance(value, str):
        return value != ""  # QGIS: a non-empty string is true
    return bool(value)


def _comparable(a, b):
    if isinstance(a, (int, float)) and not isinstance(b, (int, float)):
        return a, float(b)
    if isinstance(b, (int, float)) and not isinstance(a, (int, float)):
        return float(a), b
    return a, b


def _equal(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return int(a) == int(b) if not isinstance(a, str) and not isinstance(b, str) else False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    try:
        a, b = _comparable(a, b)
    except ValueError:
        return False
    return a == b


# --- rules -----------------------------------------------------------------------------


@dataclass
class StyleRule:
    label: str
    filter: str | None  # the QGIS expression (None: every feature)
    expression: object | None  # its AST; None for no filter
    symbol: dict
    minzoom: float = 0.0
    maxzoom: float = float(MAX_ZOOM + 1)
    unsupported: str | None = None  # why the filter is not evaluated
    is_else: bool = False  # QGIS ELSE: only where no sibling of the same level matched
    siblings: list = field(default_factory=list)  # the expressions an ELSE rule excludes

    def applies(self, attrs: dict, zoom: float) -> bool:
        if self.unsupported or not (self.minzoom <= zoom < self.maxzoom):
            return False
        if self.is_else and any(evaluate(e, attrs) is True for e in self.siblings):
            return False
        return self.expression is None or evaluate(self.expression, attrs) is True

    def json(self) -> dict:
        doc = {"label": self.label, **self.symbol,
               "minzoom": self.minzoom, "maxzoom": min(self.maxzoom, MAX_ZOOM + 1),
               "filter": self.filter}
        if self.unsupported:
            doc["unsupported"] = self.unsupported
        return doc


def _color(text: str | None, alpha: float = 1.0) -> str | None:
    if not text:
        return None
    parts = [p for p in re.split(r"[,\s]+", text.strip()) if p]
    try:
        r, g, b = (int(float(p)) for p in parts[:3])
        a = int(float(parts[3])) if len(parts) > 3 else 255
    except (ValueError, IndexError):
        return None
    a = round(a * alpha)
    return f"#{r:02x}{g:02x}{b:02x}{a:02x}"


def _props(layer: ET.Element) -> dict[str, str]:
    """A symbol layer's properties: ``<Option>`` map (QGIS ≥ 3.10) or the older ``<prop>``."""
    out = {p.get("k"): p.get("v") for p in layer.findall("prop")}
    options = layer.find("Option")
    if options is not None:
        for o in options.findall("Option"):
            if o.get("name") and o.get("value") is not None:
                out[o.get("name")] = o.get("value")
    return out


def _size_px(value: str | None, unit: str | None) -> tuple[float, float | None]:
    """(pixels, metres or None) of a width or size in its QGIS unit."""
    v = float(value or 0)
    unit = (unit or "MM").lower()
    if unit in ("mm", "rendermetersinmapunits"):
        return round(v * MM_TO_PX, 2), None
    if unit == "pixel":
        return round(v * PHONE_FACTOR, 2), None
    if unit == "point":
        return round(v / 72 * 96 * PHONE_FACTOR, 2), None
    if unit in ("mapunit", "meters", "metersinmapunits"):
        metres_per_px = 156_543.03 * math.cos(math.radians(REFERENCE_LAT)) / 2 ** REFERENCE_ZOOM
        return round(v / metres_per_px, 2), v
    return round(v * MM_TO_PX, 2), None


def symbol_json(symbol: ET.Element | None) -> dict:
    """fill, stroke, stroke_width (px), radius, shape of a QGIS symbol (its enabled layers;
    the topmost sets the colours; a line drawn below it is its ``casing``)."""
    out = {"fill": None, "stroke": None, "stroke_width": 0.0}
    if symbol is None:
        return out
    alpha = float(symbol.get("alpha", "1") or 1)
    kind = symbol.get("type")
    if kind == "marker":
        out.update(radius=0.0, shape="circle")
    for layer in symbol.findall("layer"):
        if layer.get("enabled", "1") == "0":
            continue
        p = _props(layer)
        cls = layer.get("class")
        if cls == "SimpleFill":
            if p.get("style", "solid") != "no":
                out["fill"] = _color(p.get("color"), alpha)
            if p.get("outline_style", "solid") != "no":
                out["stroke"] = _color(p.get("outline_color"), alpha)
                out["stroke_width"], _ = _size_px(p.get("outline_width"), p.get("outline_width_unit"))
        elif cls == "SimpleLine":
            if p.get("line_style", "solid") == "no":
                continue
            width, metres = _size_px(p.get("line_width"), p.get("line_width_unit"))
            if out["stroke"] is not None:  # the line below is a casing (drawn wider)
                out["casing"], out["casing_width"] = out["stroke"], out["stroke_width"]
                if "stroke_width_m" in out:
                    out["casing_width_m"] = out.pop("stroke_width_m")
            out["stroke"] = _color(p.get("line_color"), alpha)
            out["stroke_width"] = width
            if metres is not None:
                out["stroke_width_m"] = metres
        elif cls == "SimpleMarker":
            out["fill"] = _color(p.get("color"), alpha)
            if p.get("outline_style", "solid") != "no":
                out["stroke"] = _color(p.get("outline_color"), alpha)
                out["stroke_width"], _ = _size_px(p.get("outline_width"), p.get("outline_width_unit"))
            size, _ = _size_px(p.get("size"), p.get("size_unit"))
            out["radius"] = round(size / 2, 2)
            out["shape"] = p.get("name") or "circle"
    return out


def _zoom_range(el: ET.Element, lo: float, hi: float) -> tuple[float, float]:
    """Intersect with a rule's scale range: ``scalemaxdenom`` (drawn below it: a minimum
    zoom) and ``scalemindenom`` (drawn from it up: a maximum zoom)."""
    if (d := float(el.get("scalemaxdenom") or 0)) > 0:
        lo = max(lo, scale_to_zoom(d))
    if (d := float(el.get("scalemindenom") or 0)) > 0:
        hi = min(hi, scale_to_zoom(d))
    return lo, hi


def _compile(text: str | None):
    if text is None or text.strip() == "":
        return None, None
    try:
        return parse_expression(text), None
    except Unsupported as exc:
        return None, str(exc)


def _renderer(root: ET.Element) -> ET.Element:
    renderer = root.find("renderer-v2")
    if renderer is None:
        raise ValueError("no renderer-v2")
    while renderer.get("type") in ("pointCluster", "pointDisplacement"):
        inner = renderer.find("renderer-v2")
        if inner is None:
            break
        renderer = inner
    return renderer


def _rule_rules(parent: ET.Element, symbols: dict, ancestors: list, lo: float, hi: float,
                out: list[StyleRule]) -> None:
    """Flatten nested rules; ``ancestors`` holds (text, ast, problem) of the enclosing filters."""
    children = [c for c in parent.findall("rule") if c.get("active", "1") != "0"]
    sibling_exprs = [e for c in children
                     if (c.get("filter") or "").strip().upper() != "ELSE"
                     for e in [_compile(c.get("filter"))[0]] if e is not None]
    for child in children:
        text = child.get("filter")
        is_else = (text or "").strip().upper() == "ELSE"
        expr, problem = (None, None) if is_else else _compile(text)
        chain = [*ancestors, (None if is_else else text, expr, problem)]
        clo, chi = _zoom_range(child, lo, hi)
        if child.get("symbol") is not None:
            combined = None
            for _t, e, _p in chain:
                if e is not None:
                    combined = e if combined is None else ("and", combined, e)
            texts = [t for t, _e, _p in chain if t and t.strip()]
            out.append(StyleRule(
                label=child.get("label") or child.get("description") or "",
                filter=" AND ".join(f"({t})" for t in texts) if texts else None,
                expression=combined, symbol=symbol_json(symbols.get(child.get("symbol"))),
                minzoom=clo, maxzoom=chi,
                unsupported=next((p for _t, _e, p in chain if p), None), is_else=is_else,
                siblings=sibling_exprs if is_else else []))
        _rule_rules(child, symbols, chain, clo, chi, out)


def rules_of_qml(path: Path) -> list[StyleRule]:
    root = ET.parse(path).getroot()
    lo, hi = 0.0, float(MAX_ZOOM + 1)
    if root.get("hasScaleBasedVisibilityFlag") == "1":
        lo, hi = _zoom_range(ET.Element("x", scalemaxdenom=root.get("maxScale", "0") or "0",
                                        scalemindenom=root.get("minScale", "0") or "0"), lo, hi)
    renderer = _renderer(root)
    symbols = {s.get("name"): s for s in renderer.findall("symbols/symbol")}
    kind = renderer.get("type")
    if kind == "singleSymbol":
        return [StyleRule(label="", filter=None, expression=None,
                          symbol=symbol_json(symbols.get("0")), minzoom=lo, maxzoom=hi)]
    if kind == "categorizedSymbol":
        attr = renderer.get("attr") or ""
        try:
            attr_expr, problem = parse_value(
                attr if not re.fullmatch(r"\w+", attr) else f'"{attr}"'), None
        except Unsupported as exc:
            attr_expr, problem = None, str(exc)
        rules = []
        values = []
        for cat in renderer.findall("categories/category"):
            if cat.get("render", "true") == "false":
                continue
            value = cat.get("value")
            symbol = symbol_json(symbols.get(cat.get("symbol")))
            if value in ("", None):  # QGIS: the catch-all category
                rules.append(StyleRule(label=cat.get("label") or "", filter="ELSE",
                                       expression=None, symbol=symbol, minzoom=lo, maxzoom=hi,
                                       unsupported=problem, is_else=True,
                                       siblings=[("cmp", "=", attr_expr, ("value", v))
                                                 for v in values] if attr_expr else []))
                continue
            values.append(value)
            literal = "'" + value.replace("'", "''") + "'"
            rules.append(StyleRule(
                label=cat.get("label") or value, filter=f"{attr} = {literal}",
                expression=("cmp", "=", attr_expr, ("value", value)) if attr_expr else None,
                symbol=symbol, minzoom=lo, maxzoom=hi, unsupported=problem))
        for r in rules:  # the catch-all excludes every value, wherever it was listed
            if r.is_else and attr_expr:
                r.siblings = [("cmp", "=", attr_expr, ("value", v)) for v in values]
        return rules
    if kind == "RuleRenderer":
        out: list[StyleRule] = []
        top = renderer.find("rules")
        if top is not None:
            _rule_rules(top, symbols, [], lo, hi, out)
        return out
    raise ValueError(f"renderer {kind!r} is not understood")


@dataclass
class LayerStyle:
    layer: MapLayer
    rules: list[StyleRule]
    minzoom: float
    maxzoom: float

    def rule_for(self, attrs: dict, zoom: float) -> int | None:
        """The index of the first rule that applies at ``zoom``, or None (not drawn)."""
        for i, rule in enumerate(self.rules):
            if rule.applies(attrs, zoom):
                return i
        return None

    def json(self) -> dict:
        return {"id": self.layer.id, "title": self.layer.title, "geometry": self.layer.geometry,
                "minzoom": self.minzoom, "maxzoom": self.maxzoom,
                "rules": [r.json() for r in self.rules]}


def layer_style(layer_id: str, layers_dir: Path = LAYERS_DIR) -> LayerStyle:
    layer = MAP_LAYERS[layer_id]
    rules: list[StyleRule] = []
    for name in layer.styles:
        rules += rules_of_qml(layers_dir / name)
    lo = scale_to_zoom(layer.min_scale) if layer.min_scale else 0.0
    return LayerStyle(layer, rules, lo, MAX_ZOOM + 1)


@lru_cache(maxsize=4)
def _cached(layers_dir: Path, stamp: tuple) -> dict[str, LayerStyle]:
    return {key: layer_style(key, layers_dir) for key in MAP_LAYERS}


def styles(layers_dir: Path = LAYERS_DIR) -> dict[str, LayerStyle]:
    """Every layer's style, read again when a QML file changed (its mtime)."""
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in layers_dir.glob("*.qml")))
    return _cached(layers_dir, stamp)


def style_json(layers_dir: Path = LAYERS_DIR) -> dict:
    return {"version": 1, "layers": [s.json() for s in styles(layers_dir).values()]}
