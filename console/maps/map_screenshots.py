"""Screenshots of the map: the whole city, and a busy street corner.

From a script (QgsApplication already running)::

    render_map_screenshots(city_map, Path("docs/screenshots"))

or alone::

    QT_QPA_PLATFORM=offscreen python -m console.maps.map_screenshots --db URL --out DIR

The street corner is the grid cell with the most open cases, at 1:2,000.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsPointXY, QgsRectangle

STREET_SCALE = 2_000


def busiest_spot(city_map) -> QgsPointXY | None:
    """The mean position of the open cases in the grid cell that has most of them."""
    layer = city_map.layer("case")
    if layer is None:
        return None
    request = QgsFeatureRequest().setSubsetOfAttributes(["grid_code"], layer.fields())
    points: dict[str, list[QgsPointXY]] = {}
    counts: Counter[str] = Counter()
    for feature in layer.getFeatures(request):
        if feature.hasGeometry():
            code = feature["grid_code"]
            counts[code] += 1
            points.setdefault(code, []).append(feature.geometry().asPoint())
    if not counts:
        return None
    best = points[counts.most_common(1)[0][0]]
    return QgsPointXY(sum(p.x() for p in best) / len(best), sum(p.y() for p in best) / len(best))


def render_map_screenshots(city_map, out_dir: Path, width: int = 1920,
                           height: int = 1080) -> list[Path]:
    """Write ``map-city.png`` and ``map-street.png`` into ``out_dir``; returns the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    city = out_dir / "map-city.png"
    city_map.render_to_image(city, width, height, city_map.city_extent())
    paths = [city]
    spot = busiest_spot(city_map)
    if spot is not None:
        # the extent of a width × height image at 1:STREET_SCALE (96 dpi)
        metres_per_px = STREET_SCALE * 0.0254 / 96
        w, h = width * metres_per_px / 2, height * metres_per_px / 2
        street = out_dir / "map-street.png"
        city_map.render_to_image(street, width, height, QgsRectangle(
            spot.x() - w, spot.y() - h, spot.x() + w, spot.y() + h))
        paths.append(street)
    return paths


def main(argv=None) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    parser = argparse.ArgumentParser(description="Render the city map at city and street scale.")
    parser.add_argument("--db", required=True, help="database URL")
    parser.add_argument("--out", default="docs/screenshots", help="output folder")
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QgsApplication([], True)
    app.initQgis()
    from console.maps.city_map import CityMap

    city_map = CityMap(args.db)
    city_map.resize(width, height)
    for path in render_map_screenshots(city_map, Path(args.out), width, height):
        print(path)
    city_map.shutdown()
    del city_map
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
