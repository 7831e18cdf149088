"""Closing a day (impact, cancelling with contacts, reopening) and bookings from the mini-program."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from rooms_world import (ADMIN, DESK1, MONDAY, book, desk, details, events, frozen, make_room,  # noqa: F401
                         rooms_template, span)
from sqlmodel import select

from db.tables import Center
from desk.errors import NotAllowed, Refusal
from desk.passes.codec import PassClaims, PassKind, encode
from desk.rooms.upstream import UpstreamBooking

TUESDAY = MONDAY + timedelta(days=1)


def test_closing_a_day_lists_then_cancels_its_bookings_with_their_contacts(desk) -> None:
    a = make_room(desk, "书画室")
    b = make_room(desk, "棋牌室")
    one = book(desk, a, 1, "09:00", "10:00", contact_name="李四", contact_phone="13700001111")
    two = book(desk, b, 1, "14:00", "15:00")
    book(desk, a, 2, "09:00", "10:00")  # the next day is not touched
    assert [x.id for x in desk.closures.closure_impact(TUESDAY)] == [one.id, two.id]
    assert [x.id for x in desk.closures.closure_impact(TUESDAY, a)] == [one.id]
    with pytest.raises(NotAllowed):
        desk.closures.close_day(DESK1, TUESDAY, None, "停电检修")
    result = desk.closures.close_day(ADMIN, TUESDAY, None, "停电检修").value
    assert [(x.id, x.contact_name, x.contact_phone) for x in result.cancelled] == [
        (one.id, "李四", "13700001111"), (two.id, "张三", "13800138000")]
    assert all(desk.bookings.get(x.id).state_reason == "停电检修" for x in result.cancelled)
    with pytest.raises(Refusal, match="closed on 2026-11-17: 停电检修"):
        book(desk, a, 1, "16:00", "17:00")
    with pytest.raises(Refusal, match="already closed"):
        desk.closures.close_day(ADMIN, TUESDAY, None, "again")
    assert sum('"change": "cancel"' in e.payload for e in events(desk)) == 2
    desk.closures.reopen(ADMIN, result.closure.id)
    assert book(desk, a, 1, "16:00", "17:00").state == "confirmed"
    assert desk.bookings.get(one.id).state == "cancelled"  # reopening does not bring bookings back


def test_closing_one_room_without_cancelling_keeps_its_bookings_listed(desk) -> None:
    a = make_room(desk, "书画室")
    b = make_room(desk, "棋牌室")
    kept = book(desk, a, 1, "09:00", "10:00")
    result = desk.closures.close_day(ADMIN, TUESDAY, a, "换地板", cancel_bookings=False).value
    assert [x.id for x in result.kept] == [kept.id] and result.cancelled == ()
    assert desk.bookings.get(kept.id).state == "confirmed"
    assert book(desk, b, 1, "09:00", "10:00").state == "confirmed"  # the other room is open
    grid = {d.room.id: d for d in desk.room_grid.day_grid(TUESDAY).rooms}
    assert grid[a].closed and grid[a].closure == "换地板" and not grid[b].closed


def _upstream_pass(desk, serial: int, key: Ed25519PrivateKey, starts_at, ends_at) -> str:
    with desk.store.read() as session:
        center_id = session.exec(select(Center)).first().pass_center_id
    claims = PassClaims(kind=PassKind.BOOKING, serial=serial, center_id=center_id,
                        valid_from=starts_at - timedelta(minutes=30), valid_until=ends_at, key_id=4242)
    return encode(claims, key)


def test_upstream_bookings_are_idempotent_checked_and_verified_by_their_qr(desk, frozen) -> None:
    room = make_room(desk)
    key = Ed25519PrivateKey.generate()
    desk.passes.add_trusted_key(ADMIN, 4242, key.public_key().public_bytes_raw())
    book(desk, room, 0, "14:00", "15:00", title="书法班")
    s1, e1 = span(desk, 0, "10:00", "11:00")
    s2, e2 = span(desk, 0, "14:30", "15:30")
    s3, e3 = span(desk, 0, "16:00", "17:00")
    batch = [
        UpstreamBooking("mp-1", room, s1, e1, details(booker_kind="resident", booker_name="陈小红"), pass_serial=777),
        UpstreamBooking("mp-2", room, s2, e2, details(title="读书会")),
        UpstreamBooking("mp-3", room, s3, e3, details(title="合唱")),
        UpstreamBooking("mp-4", 999, s3, e3, details()),
    ]
    outcomes = desk.upstream_bookings.import_upstream(batch).value
    assert [o.outcome for o in outcomes] == ["added", "rejected", "added", "refused"]
    assert "already booked 2026-11-16 14:00–15:00 for 书法班" in outcomes[1].problem.message
    clash = desk.bookings.get(outcomes[1].booking_id)
    assert clash.state == "rejected" and clash.source == "upstream" and "书法班" in clash.state_reason
    assert desk.bookings.get(outcomes[2].booking_id).pass_serial is not None  # the desk issued one
    again = desk.upstream_bookings.import_upstream(batch[:3]).value
    assert [o.outcome for o in again] == ["known"] * 3
    assert [o.booking_id for o in again] == [o.booking_id for o in outcomes[:3]]
    frozen.move_to(s1 - timedelta(minutes=5))
    checked = desk.booking_checkin.check_in_by_scan(DESK1, _upstream_pass(desk, 777, key, s1, e1)).value
    assert checked.id == outcomes[0].booking_id and checked.upstream_id == "mp-1"
    payloads = [e.payload for e in events(desk)]
    assert not any("陈小红" in p for p in payloads) and any('"booker": "陈*红"' in p for p in payloads)
