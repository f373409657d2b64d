"""GIS technicians maintain the component layer: validated, audited, on both back-ends."""

import json

import pytest
from sqlalchemy import select

from console.domain.errors import InvalidInput, NotFound, PermissionDenied
from console.store.models import ChangeLog, GisEdit
from tests.services.helpers import spot


def test_add_move_update_retire_with_audit(sv):
    gis = sv.auth.actor("gis")
    x, y, cell, _ = spot(sv, index=3)
    added = sv.components.add(gis, class_code="0118", x=x, y=y, note="新装路灯")
    assert added["code"].startswith("3212020118") and len(added["code"]) == 16
    assert added["grid_code"] == cell and added["name"] == "路灯" and added["state"] == "完好"
    assert added["owner"] == "city-lighting"  # the usual owner of 0118 in the district
    again = sv.components.add(gis, class_code="0118", x=x + 3, y=y)
    assert int(again["code"][-6:]) == int(added["code"][-6:]) + 1

    x2, y2, cell2, _ = spot(sv, index=4)
    moved = sv.components.move(gis, added["code"], x=x2, y=y2)
    assert moved["grid_code"] == cell2 and moved["code"] == added["code"]
    broken = sv.components.update(gis, added["code"], state="破损", note="灯罩破损")
    assert broken["state"] == "破损"
    shown = sv.components.show(added["code"])
    assert [h["op"] for h in shown["history"]] == ["insert", "update", "update"]
    assert sv.components.retire(gis, added["code"], reason="道路改造拆除")["retired"]
    with pytest.raises(NotFound):
        sv.components.show(added["code"])
    with sv.db.read() as s:
        edits = s.scalars(select(GisEdit).where(GisEdit.row_code == added["code"])
                          .order_by(GisEdit.at)).all()
        feed = s.scalars(select(ChangeLog.op).where(ChangeLog.table_name == "component")).all()
    assert [e.op for e in edits] == ["insert", "update", "update", "delete"]
    assert json.loads(edits[-1].before)["state"] == "破损" and edits[-1].after is None
    assert feed.count("delete") == 1 and feed.count("insert") == 2


def test_refusals(sv):
    gis = sv.auth.actor("gis")
    x, y, _, _ = spot(sv, index=3)
    with pytest.raises(PermissionDenied, match="gis_technician"):
        sv.components.add(sv.auth.actor("acceptor"), class_code="0118", x=x, y=y)
    with pytest.raises(NotFound, match="component class"):
        sv.components.add(gis, class_code="0999", x=x, y=y)
    with pytest.raises(InvalidInput, match="outside"):
        sv.components.add(gis, class_code="0118", lon=116.4, lat=39.9)
    with pytest.raises(InvalidInput, match="state"):
        sv.components.add(gis, class_code="0118", x=x, y=y, state="很好")
    code = sv.components.add(gis, class_code="0305", x=x, y=y)["code"]
    ox, oy, _, _ = spot(sv, district="321203")
    with pytest.raises(InvalidInput, match="identifier would be wrong"):
        sv.components.move(gis, code, x=ox, y=oy)
    with pytest.raises(InvalidInput, match="reason"):
        sv.components.retire(gis, code, reason=" ")
    with pytest.raises(InvalidInput, match="nothing to change"):
        sv.components.update(gis, code)
