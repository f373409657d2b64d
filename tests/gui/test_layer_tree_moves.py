"""Groups the user moves in the layer panel: Qt's drag and drop re-creates them, and the map
must find its groups again (never through a stale pointer, which crashed on close)."""

import pytest

from console.maps.city_map import CityMap

pytestmark = pytest.mark.gui


def _move_to_top(root, group):
    """What the layer panel does on a drop: a copy goes in, the original is deleted."""
    copy = group.clone()
    root.insertChildNode(0, copy)
    root.removeChildNode(group)
    return copy


def test_moved_and_nested_groups_still_belong_to_the_map(qtbot, demo_db_url):
    from qgis.core import QgsProject

    project = QgsProject()
    m = CityMap(demo_db_url, project=project)
    qtbot.addWidget(m)
    root = project.layerTreeRoot()
    groups = [n for n in root.children() if n.nodeType() == n.NodeGroup]
    assert len(groups) >= 3
    _move_to_top(root, groups[-1])  # the base map group to the top
    inner = _move_to_top(root, groups[1])
    outer = root.children()[-1]
    outer.addChildNode(inner.clone())  # one group dropped into another
    root.removeChildNode(inner)
    # the base map still goes to the map's own base-map group, wherever it is now
    m.set_base_map("none")
    m.shutdown()  # removes every group of the map, moved or nested, and crashes on none
    assert root.children() == []
    assert project.mapLayers() == {}
    project.clear()
