"""The privacy purge reaches the resident's name and phone kept on a finished request."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlmodel import select

from db.tables import ServiceRequest
from services_world import ADMIN, DESK, local

ACCEPTED = local(2026, 3, 2, 9)


def _rows(ctx):  # noqa: ANN001
    with ctx.store.read() as session:
        return {row.id: (row.name, row.phone) for row in session.exec(select(ServiceRequest))}


def test_the_retention_purge_blanks_finished_requests_and_keeps_open_ones(world):
    ctx = world.ctx
    with time_machine.travel(ACCEPTED, tick=False):
        finished, still_open = (ctx.requests.open_requests(
            DESK, item_ids=[world.items[code]], owner_id=world.staff["张三"], channel="phone",
            name="钱阿姨", phone="13812345678").value[0] for code in ("SH-001", "DY-001"))
        ctx.requests.resolve(DESK, finished.id)
    # Past the retention period (180 days by default): the purge runs as an administrator would.
    with time_machine.travel(ACCEPTED + timedelta(days=200), tick=False):
        ctx.privacy.purge(ADMIN)
    rows = _rows(ctx)
    assert rows[finished.id] == ("", "")
    assert rows[still_open.id] == ("钱阿姨", "13812345678")  # still being handled: the owner needs to call back
    assert len(rows) == 2  # the requests themselves stay and are still counted
