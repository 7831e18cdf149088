"""`export_room_ical`: a room's bookings as an .ics file a real iCalendar parser accepts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from desk.center.hours import OpeningHours
from desk.errors import NotFound, Refusal
from desk.rooms.forms import BookingDetails, SeriesForm
from desk.rooms.ical import MAX_DAYS, default_ical_range, export_room_ical
from desk.rooms.repeats import Repeat, weekly
from rooms_world import ADMIN, DESK1, MONDAY, book, desk, frozen, make_room, rooms_template  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")
FIRST, LAST = MONDAY, MONDAY + timedelta(days=60)


def _calendar(desk, room_id, first=FIRST, last=LAST) -> Calendar:
    return Calendar.from_ical(export_room_ical(desk.store, desk.clock, room_id, first, last))


def _events(calendar):
    return sorted(calendar.walk("VEVENT"), key=lambda event: event.decoded("DTSTART"))


def test_events_in_the_centers_zone_with_a_vtimezone(desk):
    room = make_room(desk, capacity=40, location="一楼东侧")
    booking = book(desk, room, 0, "09:00", "11:00", title="主题党日", purpose="重温入党誓词", headcount=35)
    calendar = _calendar(desk, room)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    (event,) = _events(calendar)
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime(2026, 11, 16, 9, 0, tzinfo=SHANGHAI) and end - start == timedelta(hours=2)
    assert start.tzinfo is not None and event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert str(event["UID"]).startswith(f"booking-{booking.id}.") and str(event["UID"]).endswith("@desk")
    assert str(event["SUMMARY"]) == "主题党日" and str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "党员教育室（一楼东侧）"
    description = str(event["DESCRIPTION"])
    assert "第一党支部" in description and "35人" in description and "重温入党誓词" in description
    assert event.decoded("DTSTAMP").tzinfo is not None


def test_a_weekly_series_is_one_event_per_date(desk):
    room = make_room(desk)
    form = SeriesForm(room, MONDAY, "16:30", "17:30", Repeat(weekly([0, 2], count=6)),
                      BookingDetails(title="四点半课堂", booker_name="社区团委", headcount=25))
    series = desk.bookings.book_series(ADMIN, form).value
    events = _events(_calendar(desk, room))
    assert len(events) == 6
    starts = [event.decoded("DTSTART") for event in events]
    assert [start.date() for start in starts] == [MONDAY + timedelta(days=d) for d in (0, 2, 7, 9, 14, 16)]
    assert {(start.hour, start.minute) for start in starts} == {(16, 30)}
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == 6
    assert {f"booking-{b.id}" for b in series.bookings} == {uid.split(".")[0] for uid in uids}


def test_cancelled_moved_and_pending_bookings(desk):
    room = make_room(desk)
    hall = make_room(desk, name="多功能厅", capacity=100, needs_approval=True, hold_pending_minutes=60)
    book(desk, room, 1, "09:00", "10:00", title="留下的")
    cancelled = book(desk, room, 2, "09:00", "10:00", title="取消的")
    moved = book(desk, room, 3, "09:00", "10:00", title="改时间的")
    before = {str(e["UID"]): e for e in _events(_calendar(desk, room))}
    desk.bookings.cancel(DESK1, cancelled.id, "临时有事")
    desk.bookings.move(DESK1, moved.id, start_time="14:00", end_time="15:00")
    after = {str(e["UID"]): e for e in _events(_calendar(desk, room))}
    assert set(after) == set(before)  # the same events: a calendar updates them in place
    by_title = {str(e["SUMMARY"]): e for e in after.values()}
    gone = by_title["取消的"]
    assert str(gone["STATUS"]) == "CANCELLED" and int(gone["SEQUENCE"]) == 1 and "临时有事" in str(gone["DESCRIPTION"])
    assert str(gone["TRANSP"]) == "TRANSPARENT"
    shifted = by_title["改时间的"]
    assert int(shifted["SEQUENCE"]) == 1 and shifted.decoded("DTSTART").hour == 14
    assert int(by_title["留下的"]["SEQUENCE"]) == 0 and int(before[str(shifted["UID"])]["SEQUENCE"]) == 0
    request = book(desk, hall, 1, "14:30", "16:30", title="社区议事会", headcount=60)  # a receptionist's: pending
    (pending,) = _events(_calendar(desk, hall))
    assert request.state == "pending" and str(pending["STATUS"]) == "TENTATIVE"


def test_no_phone_and_a_resident_masked(desk):
    room = make_room(desk, name="谈心谈话室", capacity=4)
    book(desk, room, 0, "10:00", "10:30", title="书记有约", booker_name="刘建国", booker_kind="resident",
         contact_phone="13900139000", headcount=2)
    data = export_room_ical(desk.store, desk.clock, room, FIRST, LAST).decode()
    assert "刘*国" in data and "刘建国" not in data
    assert "13900139000" not in data and "张三" not in data  # the contact person neither


def test_the_range_is_local_days_half_open(desk):
    """A booking to midnight belongs to its day; one from midnight to the next."""
    night = make_room(desk, name="夜间活动室", hours=OpeningHours(((("00:00", "23:59"),),) * 7))
    first, last = MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)
    book(desk, night, 0, "23:00", "00:00", title="前日到午夜")  # the day before the first
    book(desk, night, 1, "00:00", "00:30", title="首日零点")
    book(desk, night, 3, "23:00", "00:00", title="到午夜")  # on the last day
    book(desk, night, 4, "00:00", "01:00", title="午夜起")  # the day after
    titles = [str(e["SUMMARY"]) for e in _events(_calendar(desk, night, first, last))]
    assert titles == ["首日零点", "到午夜"]


def test_a_booking_across_midnight_into_the_first_day_is_included(desk):
    night = make_room(desk, name="夜间活动室", hours=OpeningHours(((("00:00", "23:59"),),) * 7))
    book(desk, night, 1, "22:00", "01:00", title="跨夜值守")
    (event,) = _events(_calendar(desk, night, MONDAY + timedelta(days=2), MONDAY + timedelta(days=5)))
    assert event.decoded("DTSTART") == datetime(2026, 11, 17, 22, 0, tzinfo=SHANGHAI)
    assert event.decoded("DTEND") == datetime(2026, 11, 18, 1, 0, tzinfo=SHANGHAI)
    assert _events(_calendar(desk, night, MONDAY + timedelta(days=3), MONDAY + timedelta(days=5))) == []


def test_bad_ranges_and_rooms_are_refused(desk):
    room = make_room(desk)
    with pytest.raises(Refusal, match="before the first"):
        export_room_ical(desk.store, desk.clock, room, LAST, FIRST)
    with pytest.raises(Refusal, match="at most"):
        export_room_ical(desk.store, desk.clock, room, FIRST, FIRST + timedelta(days=MAX_DAYS))
    with pytest.raises(NotFound):
        export_room_ical(desk.store, desk.clock, room + 99, FIRST, LAST)
    assert default_ical_range(date(2027, 1, 1)) == (date(2026, 12, 2), date(2028, 1, 1))


def test_an_empty_room_is_a_valid_calendar(desk):
    room = make_room(desk)
    calendar = _calendar(desk, room)
    assert calendar.walk("VEVENT") == [] and str(calendar["X-WR-CALNAME"]).endswith("党员教育室")
