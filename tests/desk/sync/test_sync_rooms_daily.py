"""Rooms go up as daily usage facts (rooms.daily): once per closed local day and room, with
exactly the figures the desk's own usage service computes, midnight and New Year included."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
import time_machine
from sqlmodel import col, select

from db.tables import OutboxEvent, SyncState
from desk.accounts.actor import SYSTEM
from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span
from desk.rooms.rooms import RoomForm
from desk.sync.counts import count_closed_days
from desk.sync.service import open_sync
from desk.visits.service import WalkInForm, new_token
from hub import auth

MONDAY = date(2026, 11, 16)  # default hours: weekdays 08:30-12:00 and 14:00-17:30 (7 h)


def _at(day: date, hhmm: str) -> datetime:
    """A local (Shanghai) time as an aware UTC moment."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def _book(ctx, admin, room_id: int, day: date, start: str, end: str, headcount: int = 10):
    starts_at, ends_at = local_span(ctx.clock.zone, day, start, end)
    details = BookingDetails(title="主题党日", booker_name="第一党支部", contact_name="张三",
                             contact_phone="13800138000", headcount=headcount)
    return ctx.bookings.book(admin, BookingForm(room_id, starts_at, ends_at, details)).value


def _state(ctx) -> None:
    """An enrolled desk's sync state (the hub itself is not needed to close days)."""
    with ctx.store.write() as session:
        session.add(SyncState(id=1, hub_url="http://127.0.0.1:9", center_id="c", device_id="d",
                              device_key=b"k" * 32, enrolled_at=datetime(2026, 11, 1, tzinfo=UTC)))


def _close(ctx, *, visits: bool = True) -> int:
    with ctx.store.write() as session:
        state = session.get(SyncState, 1)
        return count_closed_days(session, state, ctx.clock, ctx.room_usage, visits=visits)


def _facts(ctx, kind: str = "rooms.daily") -> list[dict]:
    with ctx.store.read() as session:
        rows = session.exec(select(OutboxEvent).where(OutboxEvent.kind == kind).order_by(col(OutboxEvent.seq)))
        return [json.loads(row.payload) for row in rows]


@pytest.fixture
def rooms(center_ctx, admin):
    """Two rooms; on Monday the first has a used booking (15 came) and a no-show."""
    with time_machine.travel(_at(MONDAY, "07:00"), tick=False) as traveller:
        hall = center_ctx.rooms.create(admin, RoomForm(name="党员教育室", capacity=30)).value.id
        chess = center_ctx.rooms.create(admin, RoomForm(name="棋牌室", capacity=12)).value.id
        used = _book(center_ctx, admin, hall, MONDAY, "09:00", "11:00", headcount=20)
        _book(center_ctx, admin, hall, MONDAY, "14:00", "15:00")
        traveller.move_to(_at(MONDAY, "09:05"))
        center_ctx.booking_checkin.check_in(admin, used.id, 15)
        yield traveller, hall, chess


def test_a_closed_day_reports_each_room_once_with_the_usage_services_figures(center_ctx, rooms) -> None:
    traveller, hall, chess = rooms
    _state(center_ctx)
    traveller.move_to(_at(MONDAY, "23:59"))
    _close(center_ctx)
    assert _facts(center_ctx) == [], "Monday is not over at 23:59"
    traveller.move_to(_at(MONDAY + timedelta(days=1), "00:00"))
    _close(center_ctx)
    facts = _facts(center_ctx)
    assert [(f["day"], f["room"]) for f in facts] == [("2026-11-16", "党员教育室"), ("2026-11-16", "棋牌室")]
    assert {k: facts[0][k] for k in ("open_hours", "booked_hours", "used_hours", "headcount", "bookings",
                                     "checked_in", "no_shows")} == {
        "open_hours": 7.0, "booked_hours": 3.0, "used_hours": 2.0, "headcount": 15, "bookings": 2,
        "checked_in": 1, "no_shows": 1}
    assert (facts[1]["open_hours"], facts[1]["used_hours"], facts[1]["bookings"]) == (7.0, 0.0, 0)
    # The same figures as the desk's usage service, field by field.
    for fact, usage in zip(facts, center_ctx.room_usage.room_usage(MONDAY, MONDAY), strict=True):
        assert (fact["room_id"], fact["open_hours"], fact["booked_hours"], fact["used_hours"], fact["headcount"],
                fact["bookings"], fact["checked_in"], fact["no_shows"]) == (
            usage.room_id, usage.open_hours, usage.booked_hours, usage.used_hours, usage.people,
            usage.bookings, usage.checked_in, usage.no_shows)
    assert {f["room_id"] for f in facts} == {hall, chess}
    # Later in the same night, and again: Monday is never counted twice.
    traveller.move_to(_at(MONDAY + timedelta(days=1), "06:00"))
    _close(center_ctx)
    _close(center_ctx)
    assert len(_facts(center_ctx)) == 2
    with center_ctx.store.read() as session:
        assert session.get(SyncState, 1).counted_through == "2026-11-16"


def test_days_missed_while_the_pc_was_off_are_each_closed_and_a_weekend_has_its_own_hours(
        center_ctx, rooms) -> None:
    traveller, _hall, _chess = rooms
    _state(center_ctx)
    traveller.move_to(_at(MONDAY + timedelta(days=7), "10:00"))  # the next Monday: a week switched off
    _close(center_ctx)
    facts = _facts(center_ctx)
    days = sorted({f["day"] for f in facts})
    assert days == [(MONDAY + timedelta(days=n)).isoformat() for n in range(7)]
    hours = {(f["day"], f["room"]): f["open_hours"] for f in facts}
    assert hours[("2026-11-21", "棋牌室")] == 3.0  # Saturday 09:00-12:00
    assert hours[("2026-11-18", "棋牌室")] == 7.0
    assert sum(f["used_hours"] for f in facts) == 2.0 and sum(f["headcount"] for f in facts) == 15


def test_rooms_go_up_even_when_visits_do_not_and_those_days_stay_closed(center_ctx, admin, rooms) -> None:
    traveller, _hall, _chess = rooms
    center_ctx.visits.check_in_walk_in(SYSTEM, WalkInForm(token=new_token(), purpose_code="consult",
                                                          name="张三", phone="13912345678", consent=True))
    _state(center_ctx)
    traveller.move_to(_at(MONDAY + timedelta(days=1), "08:00"))
    assert _close(center_ctx, visits=False) == 0
    assert len(_facts(center_ctx)) == 2 and _facts(center_ctx, "visits.daily") == []
    _close(center_ctx, visits=True)
    assert _facts(center_ctx, "visits.daily") == [], "a day closed while visits were off stays unsent"


def test_the_last_day_of_the_year_closes_at_midnight_shanghai_time(center_ctx, admin) -> None:
    new_year_eve = date(2026, 12, 31)  # a Thursday
    with time_machine.travel(_at(new_year_eve, "07:00"), tick=False) as traveller:
        room = center_ctx.rooms.create(admin, RoomForm(name="书画室", capacity=20)).value.id
        booking = _book(center_ctx, admin, room, new_year_eve, "15:00", "17:00", headcount=8)
        _state(center_ctx)
        _close(center_ctx)  # 2026-12-30 closes: nothing had happened yet
        traveller.move_to(_at(new_year_eve, "15:01"))
        center_ctx.booking_checkin.check_in(admin, booking.id, 8)
        traveller.move_to(datetime(2026, 12, 31, 15, 59, 59, tzinfo=UTC))  # 23:59:59 local
        _close(center_ctx)
        assert _facts(center_ctx) == []
        traveller.move_to(datetime(2026, 12, 31, 16, 0, tzinfo=UTC))  # 2027-01-01 00:00 local
        _close(center_ctx)
        [fact] = _facts(center_ctx)
        assert (fact["day"], fact["used_hours"], fact["headcount"]) == ("2026-12-31", 2.0, 8)


def test_a_sync_round_sends_the_rooms_day_to_the_hub_once(center_ctx, admin, rooms, hub_server, hub_dsn) -> None:
    traveller, _hall, _chess = rooms
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, code = auth.create_center(conn, "幸福社区党群服务中心")
    sync = open_sync(center_ctx)
    try:
        sync.enroll(admin, hub_server.url, code)
        traveller.move_to(_at(MONDAY + timedelta(days=1), "00:30"))
        sync.sync_once()
        sync.sync_once()
        assert sync.status().parked == ()
    finally:
        sync.close()
    with psycopg.connect(hub_dsn) as conn:
        rows = conn.execute("SELECT payload FROM event WHERE center_id = %s AND kind = 'rooms.daily' "
                            "ORDER BY seq", (center_id,)).fetchall()
    assert [(r[0]["room"], r[0]["used_hours"], r[0]["headcount"]) for r in rows] == [
        ("党员教育室", 2.0, 15), ("棋牌室", 0.0, 0)]
    assert "张三" not in json.dumps([r[0] for r in rows], ensure_ascii=False)
