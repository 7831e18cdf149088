"""A center with three rooms for the rooms page tests, and the clock frozen at 08:00 on
Monday 2026-11-16 in Shanghai (default hours: weekdays 08:30–12:00 and 14:00–17:30)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine

from desk.rooms.rooms import RoomForm
from ui.rooms.rooms_page import RoomsPage

MONDAY = date(2026, 11, 16)
NOW = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def rooms(desk_ctx, admin_actor, frozen) -> dict[str, int]:  # noqa: ANN001
    made = {}
    for name, capacity, extra in (("党员教育室", 40, {}), ("文体活动室", 30, {"no_show_minutes": 15}),
                                  ("书画室", 12, {"needs_approval": True})):
        made[name] = desk_ctx.rooms.create(admin_actor, RoomForm(name=name, capacity=capacity, **extra)).value.id
    return made


def open_page(qtbot, ui_services, actor) -> RoomsPage:  # noqa: ANN001
    ui_services.session.sign_in(actor)
    page = RoomsPage(ui_services)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    return page
