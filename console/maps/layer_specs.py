"""The map's layers, described as data: one ``LayerSpec`` per layer, styled by ``layers/<style>``.

``LAYER_SPECS`` is in layer-tree order: the first spec is drawn on top. Scale limits follow
QGIS: ``min_scale`` is the smallest scale (largest denominator) at which the layer is drawn,
``max_scale`` the largest (smallest denominator); 0 means no limit. So a layer with
``min_scale=10_000`` appears once the user zooms in to 1:10,000 or closer.

Titles are English ids marked for translation in the ``LayerSpec`` context; the map names
its layers with ``QCoreApplication.translate("LayerSpec", title)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from console.domain.workflow import TERMINAL_STATES

LAYERS_DIR = Path(__file__).resolve().parents[2] / "layers"

# The groups of the layer tree, top to bottom.
GROUP_CASES = QT_TRANSLATE_NOOP("LayerSpec", "Cases")
GROUP_COMPONENTS = QT_TRANSLATE_NOOP("LayerSpec", "Components")
GROUP_BOUNDARIES = QT_TRANSLATE_NOOP("LayerSpec", "Boundaries")
GROUP_BASEMAP = QT_TRANSLATE_NOOP("LayerSpec", "Base map")
GROUPS = (GROUP_CASES, GROUP_COMPONENTS, GROUP_BOUNDARIES, GROUP_BASEMAP)

CLOSED_STATES = tuple(sorted(s.value for s in TERMINAL_STATES))
# Provider-side SQL (same text for SpatiaLite and PostGIS): the database drops closed cases,
# so they are never fetched, not merely not drawn.
OPEN_CASES_SUBSET = '"state" NOT IN ({})'.format(", ".join(f"'{s}'" for s in CLOSED_STATES))


@dataclass(frozen=True)
class LayerSpec:
    key: str  # stable id of the layer in the map (also the QgsMapLayer id prefix)
    table: str  # database table; the change feed names tables, refresh_tables() matches them
    title: str  # English id, translated by the UI
    style: str  # file name in layers/
    group: str
    geometry_column: str = "geom"
    min_scale: float = 0.0  # drawn when the scale denominator is below this (0: always)
    max_scale: float = 0.0  # drawn when the scale denominator is above this (0: always)
    visible: bool = True  # checked in the layer tree when the map opens
    read_only: bool = True
    subset: str = ""  # provider filter (SQL WHERE text) applied when the layer is built
    code_field: str | None = "code"  # the human code find() searches, if any

    @property
    def style_path(self) -> Path:
        return LAYERS_DIR / self.style

    @property
    def has_scale_limits(self) -> bool:
        return bool(self.min_scale or self.max_scale)


LAYER_SPECS: tuple[LayerSpec, ...] = (
    # Overdue cases again, unclustered, above the clustered pins: a cluster never hides one.
    LayerSpec(
        key="case_overdue", table="case_file", title=QT_TRANSLATE_NOOP("LayerSpec", "Overdue cases"),
        style="case_overdue.qml", group=GROUP_CASES, subset=OPEN_CASES_SUBSET, code_field=None,
    ),
    LayerSpec(
        key="case", table="case_file", title=QT_TRANSLATE_NOOP("LayerSpec", "Case pins"),
        style="case.qml", group=GROUP_CASES, subset=OPEN_CASES_SUBSET,
    ),
    LayerSpec(
        key="case_heat", table="case_file", title=QT_TRANSLATE_NOOP("LayerSpec", "Case density"),
        style="case_heat.qml", group=GROUP_CASES, subset=OPEN_CASES_SUBSET, visible=False,
        code_field=None,
    ),
    LayerSpec(
        key="component", table="component", title=QT_TRANSLATE_NOOP("LayerSpec", "Components"),
        style="component.qml", group=GROUP_COMPONENTS, min_scale=10_000, read_only=False,
    ),
    LayerSpec(
        key="district", table="district", title=QT_TRANSLATE_NOOP("LayerSpec", "Districts"),
        style="district.qml", group=GROUP_BOUNDARIES,
    ),
    LayerSpec(
        key="street", table="street", title=QT_TRANSLATE_NOOP("LayerSpec", "Streets (subdistricts)"),
        style="street.qml", group=GROUP_BOUNDARIES,
    ),
    LayerSpec(
        key="community", table="community", title=QT_TRANSLATE_NOOP("LayerSpec", "Communities"),
        style="community.qml", group=GROUP_BOUNDARIES, min_scale=30_000,
    ),
    LayerSpec(
        key="grid_cell", table="grid_cell", title=QT_TRANSLATE_NOOP("LayerSpec", "Grid cells"),
        style="grid_cell.qml", group=GROUP_BOUNDARIES, min_scale=15_000, read_only=False,
    ),
    LayerSpec(
        key="road", table="road", title=QT_TRANSLATE_NOOP("LayerSpec", "Roads"),
        style="road.qml", group=GROUP_BASEMAP, code_field=None,
    ),
    LayerSpec(
        key="building", table="building", title=QT_TRANSLATE_NOOP("LayerSpec", "Buildings"),
        style="building.qml", group=GROUP_BASEMAP, min_scale=12_000, code_field=None,
    ),
    LayerSpec(
        key="water", table="water", title=QT_TRANSLATE_NOOP("LayerSpec", "Water"),
        style="water.qml", group=GROUP_BASEMAP, code_field=None,
    ),
)

SPECS_BY_KEY = {s.key: s for s in LAYER_SPECS}


def spec(key: str) -> LayerSpec:
    return SPECS_BY_KEY[key]


def specs_for_tables(tables) -> list[LayerSpec]:
    wanted = set(tables)
    return [s for s in LAYER_SPECS if s.table in wanted]
