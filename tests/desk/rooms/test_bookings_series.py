"""Repeating bookings: rules, picked dates, exceptions, the preview, skips and moves, the cap,
and changing one date, this and the following, or the whole series."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from rooms_world import (ADMIN, DESK1, MONDAY, book, desk, details, frozen, make_room,  # noqa: F401
                         overlaps_in_store, rooms_template, set_holiday)
from sqlalchemy import event
from sqlmodel import select

from db.tables import BookingSeries
from desk.errors import Refusal
from desk.rooms.forms import FOLLOWING, SERIES, Move, SeriesForm
from desk.rooms.repeats import MAX_OCCURRENCES, Repeat, daily, monthly_on_weekday, occurrence_dates, weekly


def weekly_form(room: int, weeks: int = 10, start: str = "09:00", end: str = "10:00", **repeat) -> SeriesForm:
    rule = weekly([0], count=weeks)
    return SeriesForm(room, MONDAY, start, end, Repeat(rule, **repeat), details(title="党课"))


def week(n: int) -> date:
    return MONDAY + timedelta(weeks=n)


def test_preview_lists_every_date_with_what_is_in_its_way(desk) -> None:
    room = make_room(desk)
    book(desk, room, week(2), "09:30", "11:00", title="书法班", booker_name="书画协会")
    set_holiday(desk, week(4), "测试节")
    desk.closures.close_day(ADMIN, week(6), room, "粉刷墙面")
    preview = desk.bookings.preview_series(weekly_form(room))
    assert [o.day for o in preview.occurrences] == [week(n) for n in range(10)]
    status = {o.day: o.status for o in preview.occurrences}
    assert status == {**{week(n): "ok" for n in range(10)}, week(2): "clash", week(4): "holiday", week(6): "closed"}
    clash = next(o for o in preview.occurrences if o.day == week(2))
    assert clash.clashes[0].title == "书法班" and clash.clashes[0].booker_name == "书画协会"
    assert "already booked 2026-11-30 09:30–11:00 for 书法班" in clash.problem.message
    assert "测试节" in next(o for o in preview.occurrences if o.day == week(4)).problem.message
    assert "粉刷墙面" in next(o for o in preview.occurrences if o.day == week(6)).problem.message
    assert len(preview.bookable) == 7 and len(preview.problems) == 3


def test_the_whole_series_is_checked_in_one_query_however_long(desk) -> None:
    room = make_room(desk)
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(desk.store.read_engine, "before_cursor_execute", count)
    try:
        desk.bookings.preview_series(weekly_form(room, weeks=5))
        short = list(statements)
        statements.clear()
        desk.bookings.preview_series(weekly_form(room, weeks=52))
        long = list(statements)
    finally:
        event.remove(desk.store.read_engine, "before_cursor_execute", count)
    assert len(long) == len(short) <= 10
    assert sum("JOIN booking" in s or "FROM booking" in s for s in long) == 1


def test_booking_a_series_refuses_dates_in_the_way_until_they_are_skipped_or_moved(desk) -> None:
    room = make_room(desk)
    book(desk, room, week(2), "09:00", "10:00", title="书法班")
    set_holiday(desk, week(4))
    form = weekly_form(room)
    with pytest.raises(Refusal, match="2 dates of this series cannot be booked as asked: 2026-11-30, 2026-12-14"):
        desk.bookings.book_series(DESK1, form)
    # Moving the holiday onto a date that is taken is refused too.
    with pytest.raises(Refusal, match="2026-12-14"):
        desk.bookings.book_series(DESK1, form, skip=[week(2)], moves={week(4): Move(start_time="09:00")})
    result = desk.bookings.book_series(DESK1, form, skip=[week(2)],
                                       moves={week(4): week(4) + timedelta(days=1)}).value
    starts = [b.starts_at.astimezone(desk.clock.zone) for b in result.bookings]
    assert len(starts) == 9 and result.skipped == (week(2),)
    assert starts[3].date() == week(4) + timedelta(days=1) and starts[3].strftime("%H:%M") == "09:00"
    with desk.store.read() as session:
        series = session.exec(select(BookingSeries)).one()
    assert series.rule == "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=10"
    assert json.loads(series.skipped_dates) == [week(2).isoformat()]
    assert overlaps_in_store(desk) == []


def test_a_moved_date_to_other_times(desk) -> None:
    room = make_room(desk)
    book(desk, room, week(1), "09:00", "10:00")
    result = desk.bookings.book_series(DESK1, weekly_form(room, weeks=3),
                                       moves={week(1): Move(start_time="14:00", end_time="15:30")}).value
    moved = result.bookings[1].starts_at.astimezone(desk.clock.zone)
    assert (moved.date(), moved.strftime("%H:%M")) == (week(1), "14:00")


def test_dates_of_one_series_must_not_run_into_each_other(desk) -> None:
    room = make_room(desk)
    form = SeriesForm(room, MONDAY, "09:00", "10:00", Repeat(picked=(week(1), week(1) + timedelta(days=1))),
                      details())
    preview = desk.bookings.preview_series(form, moves={week(1) + timedelta(days=1): Move(day=week(1))})
    assert [o.status for o in preview.occurrences] == ["ok", "clash"]
    assert "another date of the same series" in preview.occurrences[1].problem.message


@pytest.mark.parametrize("rule, message", [
    (daily(count=10_000), "more than 500 dates; at most 500"),
    ("FREQ=WEEKLY;BYDAY=MO", "needs an end"),
    ("FREQ=HOURLY;COUNT=3", "daily, weekly, monthly or yearly"),
    ("FREQ=DAILY;BYHOUR=9;COUNT=3", "may not set times of day"),
    ("FREQ=DAILY;UNTIL=soon", "cannot be read"),
])
def test_bad_or_huge_rules_are_refused_with_the_cap_named(desk, rule, message) -> None:
    room = make_room(desk)
    form = SeriesForm(room, MONDAY, "09:00", "10:00", Repeat(rule), details())
    with pytest.raises(Refusal, match=message):
        desk.bookings.preview_series(form)
    with pytest.raises(Refusal, match=message):
        desk.bookings.book_series(DESK1, form)
    assert desk.room_grid.day_grid(MONDAY).rooms[0].bookings == ()


def test_rules_picked_dates_and_exceptions() -> None:
    assert MAX_OCCURRENCES == 500
    last_fridays = occurrence_dates(date(2026, 11, 1), Repeat(monthly_on_weekday(-1, 4, count=3)))
    assert last_fridays == [date(2026, 11, 27), date(2026, 12, 25), date(2027, 1, 29)]
    days = occurrence_dates(MONDAY, Repeat(weekly([0, 2], until=date(2026, 11, 30)), picked=(date(2026, 12, 5),),
                                           skipped=(date(2026, 11, 18),)))
    assert days == [date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 25), date(2026, 11, 30), date(2026, 12, 5)]
    assert occurrence_dates(MONDAY, Repeat(picked=(date(2027, 1, 4), date(2026, 12, 1)))) == [
        date(2026, 12, 1), date(2027, 1, 4)]
    # UNTIL may arrive as a UTC moment from an iCal file; it is read as the last local day.
    assert occurrence_dates(MONDAY, Repeat("RRULE:FREQ=DAILY;UNTIL=20261118T160000Z"))[-1] == date(2026, 11, 18)
    with pytest.raises(Refusal, match="no dates"):
        occurrence_dates(MONDAY, Repeat(picked=(MONDAY,), skipped=(MONDAY,)))


def test_cancel_one_date_this_and_following_and_the_whole_series(desk) -> None:
    room = make_room(desk)
    made = desk.bookings.book_series(DESK1, weekly_form(room, weeks=6)).value.bookings
    one = desk.bookings.cancel(DESK1, made[1].id, "支部外出学习").value
    assert [b.id for b in one] == [made[1].id]
    following = desk.bookings.cancel(DESK1, made[3].id, "场地改用", scope=FOLLOWING).value
    assert [b.id for b in following] == [made[3].id, made[4].id, made[5].id]
    rest = desk.bookings.cancel(DESK1, made[0].id, "支部合并", scope=SERIES).value
    assert [b.id for b in rest] == [made[0].id, made[2].id]
    states = {b.id: (b.state, b.state_reason) for b in desk.bookings.of_series(made[0].series_id)}
    assert states[made[1].id] == ("cancelled", "支部外出学习") and states[made[5].id] == ("cancelled", "场地改用")
    with pytest.raises(Refusal, match="is cancelled and can no longer be changed"):
        desk.bookings.cancel(DESK1, made[1].id, "again")
    history = desk.bookings.history(made[1].id)
    assert [h.action for h in history] == ["booking.create", "booking.cancel"]
    assert history[1].before["state"] == "confirmed" and history[1].after["state"] == "cancelled"
    assert history[1].detail == "支部外出学习" and history[1].username == "desk1"


def test_move_this_and_following_shifts_them_all_or_none(desk) -> None:
    room = make_room(desk)
    made = desk.bookings.book_series(DESK1, weekly_form(room, weeks=4)).value.bookings
    book(desk, room, week(3) + timedelta(days=1), "14:00", "15:00", title="书法班")
    tuesday = week(1) + timedelta(days=1)
    with pytest.raises(Refusal, match="1 of the dates cannot be moved: 2026-12-08. Nothing was changed"):
        desk.bookings.move(DESK1, made[1].id, day=tuesday, start_time="14:00", end_time="15:00", scope=FOLLOWING)
    assert desk.bookings.get(made[2].id).starts_at == made[2].starts_at
    moved = desk.bookings.move(DESK1, made[1].id, day=tuesday, start_time="15:00", end_time="16:00",
                               scope=FOLLOWING).value
    local = [b.starts_at.astimezone(desk.clock.zone) for b in moved]
    assert [(d.date(), d.strftime("%H:%M")) for d in local] == [
        (week(n) + timedelta(days=1), "15:00") for n in (1, 2, 3)]
    assert desk.bookings.get(made[0].id).starts_at == made[0].starts_at
    line = desk.bookings.history(made[2].id)[-1]
    assert line.action == "booking.move" and line.before["starts_at"] != line.after["starts_at"]
    assert overlaps_in_store(desk) == []


def test_move_one_date_into_a_clash_is_refused_unless_an_administrator_overrides(desk) -> None:
    room = make_room(desk)
    first = book(desk, room, 0, "09:00", "10:00", title="书法班")
    second = book(desk, room, 0, "14:00", "15:00")
    with pytest.raises(Refusal, match="already booked 2026-11-16 09:00–10:00 for 书法班"):
        desk.bookings.move(DESK1, second.id, start_time="09:30", end_time="10:30")
    [moved] = desk.bookings.move(ADMIN, second.id, start_time="09:30", end_time="10:30",
                                 override_reason="书记临时调整").value
    assert moved.override_reason == "书记临时调整" and desk.bookings.get(first.id).state == "confirmed"


def test_a_series_across_the_new_year_marks_new_years_day(desk) -> None:
    room = make_room(desk)
    set_holiday(desk, date(2027, 1, 1), "元旦")
    form = SeriesForm(room, date(2026, 12, 30), "09:00", "10:00", Repeat(daily(until=date(2027, 1, 4))), details())
    status = {o.day: o.status for o in desk.bookings.preview_series(form).occurrences}
    assert status == {date(2026, 12, 30): "ok", date(2026, 12, 31): "ok", date(2027, 1, 1): "holiday",
                      date(2027, 1, 2): "ok", date(2027, 1, 3): "ok", date(2027, 1, 4): "ok"}
    made = desk.bookings.book_series(DESK1, form, skip=[date(2027, 1, 1)]).value
    assert [b.starts_at.astimezone(desk.clock.zone).date() for b in made.bookings][1:3] == [
        date(2026, 12, 31), date(2027, 1, 2)]
