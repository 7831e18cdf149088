"""Booking one room once: overlaps, buffers, opening hours, holidays, closures, midnight, limits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rooms_world import (ADMIN, DESK1, MONDAY, book, desk, details, events, frozen, make_room,  # noqa: F401
                         overlaps_in_store, rooms_template, set_holiday, span)

from desk.center.hours import OpeningHours
from desk.errors import NotAllowed, Refusal
from desk.rooms.forms import BookingForm

# Existing booking 15:00–16:00; the eight cases of a new one (Indico's table), half-open.
EIGHT_CASES = [
    ("before", "14:00", "14:30", False),
    ("touching before", "14:00", "15:00", False),
    ("overlapping the start", "14:30", "15:30", True),
    ("inside", "15:15", "15:45", True),
    ("containing", "14:30", "16:30", True),
    ("the same", "15:00", "16:00", True),
    ("overlapping the end", "15:30", "16:30", True),
    ("touching after", "16:00", "17:00", False),
]


@pytest.mark.parametrize("case, start, end, clashes", EIGHT_CASES, ids=[c[0] for c in EIGHT_CASES])
def test_the_eight_overlap_cases(desk, case, start, end, clashes) -> None:
    room = make_room(desk)
    book(desk, room, 0, "15:00", "16:00", title="书法班")
    if clashes:
        with pytest.raises(Refusal, match="already booked 2026-11-16 15:00–16:00 for 书法班"):
            book(desk, room, 0, start, end)
    else:
        assert book(desk, room, 0, start, end).state == "confirmed"
    assert overlaps_in_store(desk) == []


def test_buffers_turn_a_touch_into_a_clash_and_say_why(desk) -> None:
    room = make_room(desk, setup_minutes=15, cleanup_minutes=15)
    book(desk, room, 0, "09:00", "10:00")
    with pytest.raises(Refusal, match="needs 15 minutes to set up and 15 minutes to clear"):
        book(desk, room, 0, "10:00", "11:00")
    with pytest.raises(Refusal, match="needs 15 minutes"):
        book(desk, room, 0, "10:29", "11:00")
    # cleanup 15 after the first + setup 15 before the second: 30 minutes apart is enough.
    assert book(desk, room, 0, "10:30", "11:00").state == "confirmed"
    assert overlaps_in_store(desk) == []


def test_buffers_of_another_room_do_not_matter(desk) -> None:
    a = make_room(desk, "书画室", cleanup_minutes=60)
    b = make_room(desk, "棋牌室")
    book(desk, a, 0, "09:00", "10:00")
    assert book(desk, b, 0, "10:00", "11:00").state == "confirmed"


@pytest.mark.parametrize("start, end, ok", [
    ("08:30", "09:00", True),   # from the opening minute
    ("08:29", "09:00", False),  # one minute early
    ("11:00", "12:00", True),   # to the closing minute of the morning
    ("11:00", "12:01", False),
    ("11:30", "14:30", False),  # across the lunch break
    ("17:00", "17:30", True),
    ("17:00", "17:31", False),
])
def test_opening_hour_edges(desk, start, end, ok) -> None:
    room = make_room(desk)
    if ok:
        assert book(desk, room, 0, start, end).state == "confirmed"
    else:
        with pytest.raises(Refusal, match="is open 08:30–12:00, 14:00–17:30 on 2026-11-16"):
            book(desk, room, 0, start, end)


def test_weekend_hours_and_a_room_with_its_own_hours(desk) -> None:
    center_room = make_room(desk, "图书室")
    with pytest.raises(Refusal, match="is open 09:00–12:00 on 2026-11-21"):
        book(desk, center_room, 5, "14:00", "15:00")  # Saturday afternoon
    evenings = OpeningHours(((("18:00", "21:00"),),) * 7)
    own = make_room(desk, "红色影院", hours=evenings)
    assert book(desk, own, 5, "19:00", "21:00").state == "confirmed"
    with pytest.raises(Refusal, match="is open 18:00–21:00"):
        book(desk, own, 0, "09:00", "10:00")


def test_holiday_edges_the_day_before_and_after_are_bookable(desk) -> None:
    room = make_room(desk)
    holiday = MONDAY + timedelta(days=2)  # Wednesday
    set_holiday(desk, holiday, "测试节")
    assert book(desk, room, 1, "17:00", "17:30").state == "confirmed"  # Tuesday, the last half hour
    with pytest.raises(Refusal, match="2026-11-18 is a public holiday \\(测试节\\)"):
        book(desk, room, 2, "09:00", "10:00")
    assert book(desk, room, 3, "08:30", "09:00").state == "confirmed"  # Thursday, the first half hour


def test_a_room_with_its_own_hours_is_closed_on_a_holiday_too(desk) -> None:
    room = make_room(desk, "红色影院", hours=OpeningHours(((("18:00", "21:00"),),) * 7))
    set_holiday(desk, MONDAY + timedelta(days=2))
    with pytest.raises(Refusal, match="public holiday"):
        book(desk, room, 2, "19:00", "20:00")


def test_across_midnight_is_allowed_where_the_room_is_open(desk) -> None:
    late = OpeningHours(tuple(((("00:00", "02:00"), ("18:00", "23:59"))) for _ in range(7)))
    room = make_room(desk, "红色唱吧", hours=late)
    booking = book(desk, room, 0, "22:00", "01:00")
    assert booking.ends_at - booking.starts_at == timedelta(hours=3)
    assert booking.ends_at.astimezone(desk.clock.zone).date() == MONDAY + timedelta(days=1)
    with pytest.raises(Refusal, match="already booked 2026-11-16 22:00 – 2026-11-17 01:00"):
        book(desk, room, 1, "00:30", "01:30")  # the next morning, inside the first booking
    assert book(desk, room, 1, "01:00", "02:00").state == "confirmed"  # touching after it
    with pytest.raises(Refusal, match="is open 00:00–02:00, 18:00–23:59"):
        book(desk, room, 1, "01:00", "03:00")


def test_across_midnight_is_refused_where_the_room_closes(desk) -> None:
    room = make_room(desk)
    with pytest.raises(Refusal, match="outside those hours"):
        book(desk, room, 0, "17:00", "01:00")


def test_bad_times_and_headcounts_are_refused_and_nothing_is_saved(desk) -> None:
    room = make_room(desk, capacity=12)
    starts_at, ends_at = span(desk, 0, "10:00", "11:00")

    def attempt(start, end, **fields):
        return desk.bookings.book(DESK1, BookingForm(room, start, end, details(**fields)))

    with pytest.raises(Refusal, match="must end after it starts"):
        attempt(ends_at, starts_at)
    with pytest.raises(Refusal, match="must end after it starts"):
        attempt(starts_at, starts_at)
    with pytest.raises(Refusal, match="at most 24 hours"):
        attempt(starts_at, starts_at + timedelta(hours=24, minutes=1))
    with pytest.raises(Refusal, match="at least 1"):
        attempt(starts_at, ends_at, headcount=0)
    with pytest.raises(Refusal, match="at least 1"):
        attempt(starts_at, ends_at, headcount=-3)
    with pytest.raises(Refusal, match="holds at most 12 people; 13 were entered"):
        attempt(starts_at, ends_at, headcount=13)
    with pytest.raises(Refusal, match="already over"):
        attempt(starts_at - timedelta(days=3), ends_at - timedelta(days=3))
    with pytest.raises(Refusal, match="Title is required"):
        attempt(starts_at, ends_at, title="  ")
    with pytest.raises(Refusal, match="not a valid phone"):
        attempt(starts_at, ends_at, contact_phone="12345")
    assert desk.room_grid.day_grid(MONDAY).rooms[0].bookings == ()
    assert events(desk) == []


def test_an_administrator_overrides_a_clash_and_a_closed_day_with_a_logged_reason(desk) -> None:
    room = make_room(desk)
    book(desk, room, 0, "09:00", "10:00")
    with pytest.raises(NotAllowed):
        book(desk, room, 0, "09:00", "10:00", actor=DESK1, override="街道临时会议")
    forced = book(desk, room, 0, "09:00", "10:00", actor=ADMIN, override="街道临时会议")
    assert forced.override_reason == "街道临时会议"
    late = book(desk, room, 0, "19:00", "20:00", actor=ADMIN, override="晚间党课")
    assert late.override_reason == "晚间党课"
    lines = desk.bookings.history(forced.id)
    assert lines[0].action == "booking.create" and "override" in lines[0].detail and "街道临时会议" in lines[0].detail
    # A booking that needed no override keeps no override reason.
    plain = book(desk, room, 0, "14:00", "15:00", actor=ADMIN, override="不需要")
    assert plain.override_reason == ""


def test_retired_room_cannot_be_booked(desk) -> None:
    room = make_room(desk)
    desk.rooms.retire(ADMIN, room, "改作仓库")
    with pytest.raises(Refusal, match="no longer in use"):
        book(desk, room, 0, "09:00", "10:00")


def test_sync_events_mask_names_and_carry_no_phone(desk) -> None:
    room = make_room(desk)
    book(desk, room, 0, "09:00", "10:00", booker_kind="resident", booker_name="王小明", contact_name="王小明",
         contact_phone="13912345678")
    [event] = events(desk)
    assert "13912345678" not in event.payload and "王小明" not in event.payload
    assert '"booker": "王*明"' in event.payload and '"change": "create"' in event.payload


def test_new_years_eve_across_midnight_runs_into_the_holiday(desk) -> None:
    late = OpeningHours(tuple(((("00:00", "02:00"), ("18:00", "23:59"))) for _ in range(7)))
    room = make_room(desk, "红色唱吧", hours=late)
    set_holiday(desk, MONDAY.replace(year=2027, month=1, day=1), "元旦")
    with pytest.raises(Refusal, match="2027-01-01 is a public holiday \\(元旦\\)"):
        book(desk, room, MONDAY.replace(month=12, day=31), "22:00", "01:00")
    assert book(desk, room, MONDAY.replace(month=12, day=31), "21:00", "23:59").state == "confirmed"


def test_editing_the_details_checks_capacity_and_keeps_the_history(desk) -> None:
    room = make_room(desk, capacity=20)
    booking = book(desk, room, 0, "09:00", "10:00", headcount=10)
    with pytest.raises(Refusal, match="holds at most 20 people; 25 were entered"):
        desk.bookings.update_details(DESK1, booking.id, details(headcount=25))
    edited = desk.bookings.update_details(DESK1, booking.id, details(title="支部书记讲党课", headcount=18)).value
    assert (edited.title, edited.headcount) == ("支部书记讲党课", 18)
    line = desk.bookings.history(booking.id)[-1]
    assert line.action == "booking.edit" and line.before["headcount"] == 10 and line.after["headcount"] == 18
    assert line.before["title"] == "主题党日" and line.after["title"] == "支部书记讲党课"
