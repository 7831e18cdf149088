"""The demo rooms and their term of bookings pass the same rules as a receptionist's."""

from __future__ import annotations

from rooms_world import ADMIN, DESK1, MONDAY, desk, frozen, overlaps_in_store, rooms_template  # noqa: F401

from desk.rooms.demo import create_rooms_demo


def test_demo_term_has_history_bookings_to_come_and_requests_waiting(desk) -> None:
    summary = create_rooms_demo(desk, ADMIN, MONDAY, receptionist=DESK1)
    assert summary.rooms == 8 and summary.booked > 50 and summary.history > 50
    assert [p.booking.room_name for p in desk.booking_approvals.pending()] == ["多功能厅", "多功能厅"]
    assert overlaps_in_store(desk) == []
    usage = {u.room_name: u for u in desk.room_usage.room_usage(MONDAY.replace(day=1), MONDAY)}
    assert usage["文体活动室"].people > 0 and 0 < usage["文体活动室"].utilisation < 1
    assert any(d.bookings for d in desk.room_grid.week_all(MONDAY).rooms[1].days)
