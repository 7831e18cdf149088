"""Moving a booking to another room (the day grid's drag between rows): checked like a new booking."""

from __future__ import annotations

import pytest
from rooms_world import (ADMIN, DESK1, book, desk, events, frozen, make_room,  # noqa: F401
                         overlaps_in_store, rooms_template)

from desk.errors import NotFound, Refusal


def test_a_booking_moves_to_another_free_room_keeping_its_times(desk) -> None:
    first, second = make_room(desk, "党员教育室"), make_room(desk, "文体活动室")
    booking = book(desk, first, 1, "09:00", "10:00")
    moved = desk.bookings.move(DESK1, booking.id, room_id=second).value
    assert [(b.room_id, b.room_name, b.starts_at, b.ends_at) for b in moved] == [
        (second, "文体活动室", booking.starts_at, booking.ends_at)]
    assert desk.bookings.get(booking.id).room_id == second
    assert [e.payload for e in events(desk)][-1].find("文体活动室") >= 0
    history = desk.bookings.history(booking.id)
    assert history[-1].action == "booking.move"


def test_moving_into_a_taken_too_small_retired_or_approval_room_changes_nothing(desk) -> None:
    first = make_room(desk, "党员教育室", capacity=30)
    taken = make_room(desk, "文体活动室")
    small = make_room(desk, "谈心谈话室", capacity=4)
    approval = make_room(desk, "书画室", needs_approval=True)
    booking = book(desk, first, 1, "09:00", "10:00", headcount=10)
    book(desk, taken, 1, "09:30", "11:00", title="书法班")
    with pytest.raises(Refusal):
        desk.bookings.move(DESK1, booking.id, room_id=taken)
    with pytest.raises(Refusal, match="(?i)people|capacity|seats"):
        desk.bookings.move(DESK1, booking.id, room_id=small)
    with pytest.raises(Refusal, match="approval"):
        desk.bookings.move(DESK1, booking.id, room_id=approval)
    with pytest.raises(NotFound):
        desk.bookings.move(DESK1, booking.id, room_id=9999)
    desk.rooms.retire(ADMIN, small, "改作储藏室")
    with pytest.raises(Refusal, match="no longer in use"):
        desk.bookings.move(DESK1, booking.id, room_id=small)
    assert desk.bookings.get(booking.id).room_id == first
    assert overlaps_in_store(desk) == []
    # An administrator may approve, so the approval room takes it from them.
    assert desk.bookings.move(ADMIN, booking.id, room_id=approval).value[0].room_id == approval
