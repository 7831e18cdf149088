"""Rooms that need approval: pending requests, who decides, and whether a request holds its slot."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rooms_world import (ADMIN, APPROVER, DESK1, NOW, book, desk, events, frozen, make_room,  # noqa: F401
                         rooms_template)

from desk.errors import NotAllowed, Refusal


def hall(desk, hold: int = 60) -> int:
    return make_room(desk, "多功能厅", capacity=100, needs_approval=True, hold_pending_minutes=hold,
                     approver_ids=(APPROVER.user_id,))


def test_a_request_waits_in_the_queue_oldest_first_with_its_hold(desk, frozen) -> None:
    room = hall(desk, hold=60)
    first = book(desk, room, 1, "09:00", "10:00", title="老年大学")
    frozen.shift(timedelta(minutes=20))
    second = book(desk, room, 2, "09:00", "10:00", title="亲子阅读")
    assert first.state == "pending" and first.holds_until == NOW + timedelta(minutes=60)
    frozen.shift(timedelta(minutes=10))
    queue = desk.booking_approvals.pending()
    assert [p.booking.id for p in queue] == [first.id, second.id]
    assert queue[0].waiting == timedelta(minutes=30) and queue[0].holds_left == timedelta(minutes=30)
    assert queue[0].holds_slot


def test_a_held_request_blocks_the_slot_until_its_hold_runs_out(desk, frozen) -> None:
    room = hall(desk, hold=60)
    request = book(desk, room, 1, "09:00", "10:00")
    with pytest.raises(Refusal, match="already booked"):
        book(desk, room, 1, "09:00", "10:00")
    frozen.shift(timedelta(minutes=60))  # the hold ends exactly now: half-open, it no longer holds
    taken = book(desk, room, 1, "09:00", "10:00", actor=ADMIN)
    assert taken.state == "confirmed"
    with pytest.raises(Refusal, match="taken meanwhile by 主题党日"):
        desk.booking_approvals.approve(ADMIN, request.id)
    assert desk.bookings.get(request.id).state == "pending"
    assert not desk.booking_approvals.pending()[0].holds_slot


def test_a_room_that_holds_nothing_lets_others_book_and_approval_rechecks(desk) -> None:
    room = hall(desk, hold=0)
    request = book(desk, room, 1, "09:00", "10:00")
    assert request.holds_until is None
    other = book(desk, room, 1, "09:30", "10:30")  # also pending, holds nothing
    desk.booking_approvals.approve(APPROVER, other.id)
    with pytest.raises(Refusal, match="taken meanwhile"):
        desk.booking_approvals.approve(ADMIN, request.id)
    rejected = desk.booking_approvals.reject(ADMIN, request.id, "时段已被占用").value
    assert (rejected.state, rejected.state_reason) == ("rejected", "时段已被占用")


def test_only_an_administrator_or_an_approver_of_the_room_decides(desk) -> None:
    room = hall(desk)
    request = book(desk, room, 1, "09:00", "10:00")
    with pytest.raises(NotAllowed, match="approver of 多功能厅"):
        desk.booking_approvals.approve(DESK1, request.id)
    approved = desk.booking_approvals.approve(APPROVER, request.id).value
    assert approved.state == "confirmed" and approved.holds_until is None
    with pytest.raises(Refusal, match="already decided"):
        desk.booking_approvals.reject(ADMIN, request.id, "晚了")
    with pytest.raises(Refusal, match="Reason is required"):
        desk.booking_approvals.reject(ADMIN, book(desk, room, 2, "09:00", "10:00").id, " ")
    assert [e.payload.count('"change": "approve"') for e in events(desk)][1] == 1


def test_bookings_by_those_who_may_approve_are_confirmed_at_once(desk) -> None:
    room = hall(desk)
    assert book(desk, room, 1, "09:00", "10:00", actor=APPROVER).state == "confirmed"
    assert book(desk, room, 1, "14:00", "15:00", actor=ADMIN).state == "confirmed"
    assert book(desk, room, 2, "14:00", "15:00", actor=DESK1).state == "pending"
