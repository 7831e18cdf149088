"""What the rooms printouts read (desk.rooms.printouts), with the clock frozen at every day edge."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from desk.center.hours import OpeningHours
from desk.errors import NotFound
from desk.rooms.activity_rows import ActivityForm, SignupForm
from desk.rooms.printouts import find_room, room_day, room_week, signin_sheet
from rooms_world import ADMIN, DESK1, MONDAY, book, desk, frozen, make_room, rooms_template  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")
ALL_DAY = OpeningHours(((("00:00", "23:59"),),) * 7)


def _titles(desk, day, room_id):
    (room,) = room_day(desk.store, desk.clock, day, room_id=room_id).rooms
    return [booking.title for booking in room.bookings]


def test_a_booking_to_midnight_is_on_its_day_only(desk):
    night = make_room(desk, name="夜间活动室", hours=ALL_DAY)
    book(desk, night, 0, "23:00", "00:00", title="夜间排练")
    book(desk, night, 1, "00:00", "01:00", title="凌晨值守")
    assert _titles(desk, MONDAY, night) == ["夜间排练"]
    assert _titles(desk, MONDAY + timedelta(days=1), night) == ["凌晨值守"]
    (first,) = room_day(desk.store, desk.clock, MONDAY, room_id=night).rooms[0].bookings
    assert first.starts_at == datetime(2026, 11, 16, 23, 0, tzinfo=SHANGHAI)  # in the center's zone
    assert first.ends_at == datetime(2026, 11, 17, 0, 0, tzinfo=SHANGHAI)


def test_a_booking_across_midnight_is_on_both_days(desk):
    night = make_room(desk, name="夜间活动室", hours=ALL_DAY)
    book(desk, night, 0, "22:00", "01:00", title="跨夜值守")
    assert _titles(desk, MONDAY, night) == ["跨夜值守"]
    assert _titles(desk, MONDAY + timedelta(days=1), night) == ["跨夜值守"]
    assert _titles(desk, MONDAY + timedelta(days=2), night) == []
    week = room_week(desk.store, desk.clock, MONDAY)
    (room,) = [r for r in week.rooms if r.room.id == night]
    assert [len(day.live) for day in room.days] == [1, 1, 0, 0, 0, 0, 0]


def test_the_year_boundary(desk):
    """2026-12-31 23:00–24:00 is on New Year's Eve; 2027-01-01 00:00–01:00 on New Year's Day."""
    night = make_room(desk, name="夜间活动室", hours=ALL_DAY)
    eve, new_year = date(2026, 12, 31), date(2027, 1, 1)
    # New Year's Day is a statutory holiday: booking it takes an administrator's override.
    book(desk, night, eve, "23:00", "00:00", title="跨年晚会", actor=ADMIN, override="跨年活动")
    book(desk, night, new_year, "00:00", "01:00", title="新年第一课", actor=ADMIN, override="跨年活动")
    assert _titles(desk, eve, night) == ["跨年晚会"]
    assert _titles(desk, new_year, night) == ["新年第一课"]
    week = room_week(desk.store, desk.clock, new_year)
    assert week.monday == date(2026, 12, 28) and week.days[-1].day == date(2027, 1, 3)
    (room,) = [r for r in week.rooms if r.room.id == night]
    by_day = {day.day: [b.title for b in day.live] for day in room.days}
    assert by_day[eve] == ["跨年晚会"] and by_day[new_year] == ["新年第一课"]


def test_which_day_is_today_does_not_matter_only_the_day_asked(desk):
    """The same sheet read at 23:59 and at 00:00 local time lists the same bookings."""
    room = make_room(desk)
    book(desk, room, 1, "09:00", "10:00", title="主题党日")
    sheets = []
    for moment in (datetime(2026, 11, 16, 23, 59, tzinfo=SHANGHAI), datetime(2026, 11, 17, 0, 0, tzinfo=SHANGHAI)):
        with time_machine.travel(moment, tick=False):
            sheets.append(room_day(desk.store, desk.clock, MONDAY + timedelta(days=1)))
    assert sheets[0] == sheets[1] and [b.title for b in sheets[0].rooms[0].bookings] == ["主题党日"]


def test_states_on_the_schedule_and_live_ones_on_the_week(desk):
    room = make_room(desk)
    keep = book(desk, room, 1, "09:00", "10:00", title="留下的")
    gone = book(desk, room, 1, "10:00", "11:00", title="取消的")
    desk.bookings.cancel(DESK1, gone.id, "临时有事")
    day = room_day(desk.store, desk.clock, MONDAY + timedelta(days=1)).rooms[0]
    assert [(b.title, b.state) for b in day.bookings] == [("留下的", "confirmed"), ("取消的", "cancelled")]
    assert [b.id for b in day.live] == [keep.id]
    week = room_week(desk.store, desk.clock, MONDAY)
    assert [b.title for b in week.rooms[0].days[1].live] == ["留下的"]


def test_retired_rooms_leave_the_sheets_but_can_be_asked_for(desk):
    kept = make_room(desk, name="党员教育室")
    old = make_room(desk, name="旧会议室")
    desk.rooms.retire(ADMIN, old, "拆除")
    assert [r.room.name for r in room_day(desk.store, desk.clock, MONDAY).rooms] == ["党员教育室"]
    assert room_day(desk.store, desk.clock, MONDAY, room_id=old).rooms[0].room.name == "旧会议室"
    assert find_room(desk.store, "旧会议室").id == old
    assert find_room(desk.store, f" {kept} ").name == "党员教育室"
    with pytest.raises(NotFound, match="党员教育室"):
        find_room(desk.store, "不存在的房间")
    with pytest.raises(NotFound):
        find_room(desk.store, "9" * 30)
    with pytest.raises(NotFound):
        room_day(desk.store, desk.clock, MONDAY, room_id=old + 50)


def test_sign_in_sheet_rows(desk):
    room = make_room(desk, capacity=40)
    booking = book(desk, room, 1, "14:00", "16:00", title="健康讲座")
    activity = desk.activities.create(ADMIN, ActivityForm(title="健康讲座", booking_id=booking.id, capacity=3)).value
    ids = {}
    for name, phone, companions in (("张三", "13812345678", 1), ("李四", "", 0), ("王五", "13600002222", 1)):
        ids[name] = desk.activities.signups.sign_up(ADMIN, activity.id, SignupForm(
            name=name, phone=phone, companions=companions)).value.signup.id
    issued = desk.activities.signups.issue_pass(ADMIN, ids["张三"]).value
    sheet = signin_sheet(desk.store, desk.clock, activity.id)
    assert [(r.number, r.name, r.phone_masked, r.people) for r in sheet.confirmed] == [
        (1, "张三", "138****5678", 2), (2, "李四", "", 1)]
    assert [(r.number, r.name) for r in sheet.waitlist] == [(1, "王五")]
    assert sheet.confirmed[0].pass_payload == issued.payload and sheet.confirmed[1].pass_payload == ""
    assert sheet.place == "党员教育室" and sheet.capacity == 3 and sheet.places_used == 3
    assert sheet.starts_at == datetime(2026, 11, 17, 14, 0, tzinfo=SHANGHAI)
    assert sheet.door_opens == datetime(2026, 11, 17, 13, 0, tzinfo=SHANGHAI)
    assert sheet.booking_pass == ""  # no pass issued for the room booking yet
    with pytest.raises(NotFound):
        signin_sheet(desk.store, desk.clock, activity.id + 100)
