"""The privacy purge reaches the names and phones kept on bookings and activity sign-ups."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from activity_world import MONDAY_0900, activity, sign_up
from rooms_world import ADMIN, book, desk, frozen, make_room, rooms_template  # noqa: F401


def test_the_retention_purge_blanks_old_bookings_and_sign_ups_and_keeps_the_counts(desk):
    room = make_room(desk)
    old = book(desk, room, 0, "09:00", "10:00", booker_kind="resident", booker_name="钱小红")
    soon = book(desk, room, 300, "09:00", "10:00")  # far ahead: still needed to reach the booker
    with time_machine.travel(MONDAY_0900, tick=False):
        act = activity(desk, ADMIN, day=0, capacity=10)
        sign_up(desk, ADMIN, act.id, "孙悟空", phone="13912345678")
    with time_machine.travel(MONDAY_0900 + timedelta(days=200), tick=False):
        desk.privacy.purge(ADMIN)
    gone = desk.bookings.get(old.id)
    assert (gone.contact_name, gone.contact_phone, gone.booker_name) == ("", "", "钱*红")
    kept = desk.bookings.get(soon.id)
    assert (kept.contact_name, kept.contact_phone) == ("张三", "13800138000")
    detail = desk.activities.detail(act.id)
    assert [(row.name, row.phone_masked) for row in detail.confirmed] == [("孙*空", "")]
    assert desk.activities.attendance(act.id).signed_up == 1  # counted as before
