"""The day and week grids (bounded queries), finding a free room, and the usage figures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rooms_world import (ADMIN, DESK1, MONDAY, book, desk, frozen, make_room, rooms_template,  # noqa: F401
                         set_holiday, span)
from sqlalchemy import event

from desk.center.hours import OpeningHours
from desk.errors import Refusal


def counted(desk, call):
    statements: list[str] = []

    def listen(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(desk.store.read_engine, "before_cursor_execute", listen)
    try:
        return call(), statements
    finally:
        event.remove(desk.store.read_engine, "before_cursor_execute", listen)


def test_week_of_all_rooms_takes_the_same_few_queries_for_one_room_or_eight(desk) -> None:
    first = make_room(desk, "房间0")
    book(desk, first, 0, "09:00", "10:00")
    _, one = counted(desk, lambda: desk.room_grid.week_all(MONDAY))
    for n in range(1, 8):
        room = make_room(desk, f"房间{n}")
        for day in range(5):
            book(desk, room, day, "09:00", "10:00")
    grid, eight = counted(desk, lambda: desk.room_grid.week_all(MONDAY))
    assert len(one) == len(eight) <= 10
    assert len(grid.rooms) == 8 and all(len(r.days) == 7 for r in grid.rooms)
    assert [len(d.bookings) for d in grid.rooms[1].days] == [1, 1, 1, 1, 1, 0, 0]
    with pytest.raises(Refusal, match="starts on a Monday"):
        desk.room_grid.week(first, MONDAY + timedelta(days=1))


def test_day_grid_shows_hours_holidays_and_a_booking_across_midnight_on_both_days(desk) -> None:
    late = OpeningHours(tuple(((("00:00", "02:00"), ("18:00", "23:59"))) for _ in range(7)))
    singing = make_room(desk, "红色唱吧", hours=late)
    plain = make_room(desk, "图书室")
    night = book(desk, singing, 0, "22:00", "01:00")
    set_holiday(desk, MONDAY + timedelta(days=1), "测试节")
    monday = {d.room.id: d for d in desk.room_grid.day_grid(MONDAY).rooms}
    tuesday = {d.room.id: d for d in desk.room_grid.day_grid(MONDAY + timedelta(days=1)).rooms}
    assert [b.id for b in monday[singing].bookings] == [night.id] == [b.id for b in tuesday[singing].bookings]
    assert monday[plain].sessions == (("08:30", "12:00"), ("14:00", "17:30")) and not monday[plain].closed
    assert tuesday[plain].holiday == "测试节" and tuesday[plain].closed


def test_find_free_fits_the_headcount_the_hours_and_the_buffers(desk) -> None:
    small = make_room(desk, "谈心谈话室", capacity=4)
    middle = make_room(desk, "书画室", capacity=20, cleanup_minutes=30)
    big = make_room(desk, "多功能厅", capacity=100)
    closed = make_room(desk, "棋牌室", capacity=10)
    desk.closures.close_day(ADMIN, MONDAY, closed, "维修")
    book(desk, middle, 0, "09:00", "10:00")
    starts_at, ends_at = span(desk, 0, "10:15", "11:00")
    assert [f.room.id for f in desk.room_grid.find_free(starts_at, ends_at, 3)] == [small, big]
    assert [f.room.id for f in desk.room_grid.find_free(starts_at, ends_at, 5)] == [big]
    later = span(desk, 0, "10:30", "11:00")
    assert [f.room.id for f in desk.room_grid.find_free(*later, 5)] == [middle, big]
    assert desk.room_grid.find_free(*span(desk, 0, "12:30", "13:00"), 1) == []  # lunch: nobody is open


def test_usage_figures_follow_their_definitions(desk, frozen) -> None:
    room = make_room(desk)
    used = book(desk, room, 0, "09:00", "11:00", headcount=20)
    book(desk, room, 0, "14:00", "15:00")  # nobody comes
    cancelled = book(desk, room, 0, "16:00", "17:00")
    evening = book(desk, room, 0, "19:00", "20:00", actor=ADMIN, override="晚间党课")
    desk.bookings.cancel(DESK1, cancelled.id, "改期")
    set_holiday(desk, MONDAY + timedelta(days=1))
    desk.closures.close_day(ADMIN, MONDAY + timedelta(days=2), room, "粉刷")
    frozen.move_to(span(desk, 0, "09:05", "10:00")[0])
    desk.booking_checkin.check_in(DESK1, used.id, 15)
    frozen.move_to(span(desk, 0, "19:00", "20:00")[0])
    desk.booking_checkin.check_in(DESK1, evening.id, 5)
    frozen.move_to(span(desk, 3, "08:00", "09:00")[0])
    [usage] = desk.room_usage.room_usage(MONDAY, MONDAY + timedelta(days=2))
    assert usage.open_hours == 7.0  # Monday only: Tuesday a holiday, Wednesday closed
    assert (usage.used_hours, usage.booked_hours) == (2.0, 3.0)  # the evening override adds no hours
    assert usage.utilisation == pytest.approx(2 / 7) and usage.booked_rate == pytest.approx(3 / 7)
    assert (usage.people, usage.bookings, usage.checked_in, usage.no_shows, usage.cancelled) == (20, 3, 2, 1, 1)
    assert usage.no_show_rate == pytest.approx(1 / 3)
    with pytest.raises(Refusal, match="before the first"):
        desk.room_usage.room_usage(MONDAY, MONDAY - timedelta(days=1))
