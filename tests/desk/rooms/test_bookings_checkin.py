"""Checking bookings in by hand and by QR, and releasing no-shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rooms_world import DESK1, MONDAY, book, desk, frozen, make_room, rooms_template, span  # noqa: F401

from desk.errors import Refusal
from desk.passes.codec import PassKind
from desk.passes.errors import PassRejected


def forge(payload: str) -> str:
    index = len(payload) - 20
    return payload[:index] + ("B" if payload[index] != "B" else "C") + payload[index + 1:]


def test_check_in_by_key_opens_half_an_hour_before_and_closes_at_the_end(desk, frozen) -> None:
    room = make_room(desk)
    booking = book(desk, room, 0, "10:00", "11:00", headcount=12)
    starts_at, ends_at = span(desk, 0, "10:00", "11:00")
    frozen.move_to(starts_at - timedelta(minutes=31))
    with pytest.raises(Refusal, match="opens at 09:30"):
        desk.booking_checkin.check_in(DESK1, booking.id, 12)
    frozen.move_to(starts_at - timedelta(minutes=30))
    with pytest.raises(Refusal, match="at least 1"):
        desk.booking_checkin.check_in(DESK1, booking.id, 0)
    done = desk.booking_checkin.check_in(DESK1, booking.id, 9).value
    assert done.attendance == 9 and done.checked_in_at == starts_at - timedelta(minutes=30)
    with pytest.raises(Refusal, match="already checked in at 09:30"):
        desk.booking_checkin.check_in(DESK1, booking.id, 9)
    late = book(desk, room, 0, "11:00", "12:00")
    frozen.move_to(span(desk, 0, "11:00", "12:00")[1])
    with pytest.raises(Refusal, match="ended at 12:00"):
        desk.booking_checkin.check_in(DESK1, late.id, 3)
    assert ends_at  # the first booking stays checked in after it ends
    assert desk.bookings.get(booking.id).checked_in_at is not None


def test_check_in_by_scanning_the_booking_pass(desk, frozen) -> None:
    room = make_room(desk)
    booking = book(desk, room, 0, "10:00", "11:00", headcount=12)
    issued = desk.booking_checkin.issue_pass(DESK1, booking.id).value
    assert desk.booking_checkin.issue_pass(DESK1, booking.id).value == issued  # the same pass again
    assert desk.bookings.get(booking.id).pass_serial == issued.serial
    frozen.move_to(span(desk, 0, "09:45", "10:00")[0])
    with pytest.raises(PassRejected, match="not a valid pass"):
        desk.booking_checkin.check_in_by_scan(DESK1, forge(issued.payload))
    # A scanner typing through a full-width input method still works.
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in issued.payload) + "\r\n"
    done = desk.booking_checkin.check_in_by_scan(DESK1, wide).value
    assert done.id == booking.id and done.attendance == 12
    with pytest.raises(Refusal, match="already checked in at 09:45"):
        desk.booking_checkin.check_in_by_scan(DESK1, issued.payload)
    assert [h.action for h in desk.bookings.history(booking.id)] == [
        "booking.create", "booking.pass", "booking.check_in"]


def test_scan_refusals_say_what_is_wrong(desk, frozen) -> None:
    room = make_room(desk)
    first = book(desk, room, 0, "10:00", "11:00", title="书法班")
    second = book(desk, room, 0, "14:00", "15:00", title="合唱团")
    pass_one = desk.booking_checkin.issue_pass(DESK1, first.id).value.payload
    pass_two = desk.booking_checkin.issue_pass(DESK1, second.id).value.payload
    frozen.move_to(span(desk, 0, "13:50", "14:00")[0])
    with pytest.raises(PassRejected, match="expired"):
        desk.booking_checkin.check_in_by_scan(DESK1, pass_one)
    desk.bookings.cancel(DESK1, second.id, "合唱团解散")
    with pytest.raises(Refusal, match="cancelled \\(合唱团解散\\)"):
        desk.booking_checkin.check_in_by_scan(DESK1, pass_two)
    resident = desk.passes.issue(DESK1, kind=PassKind.RESIDENT, visitor_id=None, valid_from=first.starts_at,
                                 valid_until=second.ends_at).value.payload
    with pytest.raises(Refusal, match="not a room booking pass"):
        desk.booking_checkin.check_in_by_scan(DESK1, resident)


def test_a_pass_of_another_booking_is_refused_when_one_is_open(desk, frozen) -> None:
    room = make_room(desk)
    first = book(desk, room, 0, "10:00", "11:00", title="书法班")
    second = book(desk, room, 0, "11:00", "12:00", title="合唱团")
    pass_one = desk.booking_checkin.issue_pass(DESK1, first.id).value.payload
    frozen.move_to(span(desk, 0, "10:40", "11:00")[0])
    with pytest.raises(Refusal, match="another booking: 书法班, 2026-11-16 10:00–11:00"):
        desk.booking_checkin.check_in_by_scan(DESK1, pass_one, booking_id=second.id)
    assert desk.bookings.get(first.id).checked_in_at is None


def test_a_moved_booking_withdraws_its_old_pass(desk, frozen) -> None:
    room = make_room(desk)
    booking = book(desk, room, 0, "10:00", "11:00")
    old = desk.booking_checkin.issue_pass(DESK1, booking.id).value
    desk.bookings.move(DESK1, booking.id, start_time="14:00", end_time="15:00")
    frozen.move_to(span(desk, 0, "10:30", "11:00")[0])  # within the old pass's own validity
    with pytest.raises(PassRejected, match="withdrawn"):
        desk.booking_checkin.check_in_by_scan(DESK1, old.payload)
    new = desk.booking_checkin.issue_pass(DESK1, booking.id).value
    frozen.move_to(span(desk, 0, "14:00", "15:00")[0])
    assert new.serial != old.serial
    assert desk.booking_checkin.check_in_by_scan(DESK1, new.payload).value.id == booking.id


def test_no_shows_are_released_at_the_exact_minute_and_free_the_room(desk, frozen) -> None:
    room = make_room(desk, no_show_minutes=15)
    never = make_room(desk, "谈心谈话室", no_show_minutes=0)
    booking = book(desk, room, 0, "10:00", "11:00")
    kept = book(desk, never, 0, "10:00", "11:00")
    came = book(desk, room, 0, "09:00", "09:45")
    starts_at = span(desk, 0, "10:00", "11:00")[0]
    frozen.move_to(starts_at - timedelta(minutes=40))
    desk.booking_checkin.check_in(DESK1, came.id, 4)
    frozen.move_to(starts_at + timedelta(minutes=14, seconds=59))
    assert desk.booking_checkin.release_no_shows().value == []
    frozen.move_to(starts_at + timedelta(minutes=15))
    released = desk.booking_checkin.release_no_shows().value
    assert [b.id for b in released] == [booking.id]
    assert released[0].state == "released" and released[0].released_at == starts_at + timedelta(minutes=15)
    assert desk.bookings.get(kept.id).state == "confirmed" and desk.bookings.get(came.id).state == "confirmed"
    with pytest.raises(Refusal, match="released as a no-show at 10:15"):
        desk.booking_checkin.check_in(DESK1, booking.id, 5)
    walk_in = book(desk, room, 0, "10:20", "11:00", title="临时活动")  # the freed room can be booked
    assert walk_in.state == "confirmed"
    assert desk.booking_checkin.release_no_shows().value == []  # nothing twice
    assert desk.bookings.history(booking.id)[-1].username == "system"
    usage = {u.room_id: u for u in desk.room_usage.room_usage(MONDAY, MONDAY)}
    assert usage[room].no_shows == 1 and usage[room].checked_in == 1 and usage[room].no_show_rate == 0.5
