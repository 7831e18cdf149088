"""Holidays, make-up days and seasonal timetables decide which sessions a day has."""

from __future__ import annotations

from datetime import date

import pytest

from db.tables import CalendarDay
from desk.center.hours import OpeningHours
from desk.errors import NotAllowed, Refusal
from desk.roster.calendar import HOLIDAY_NAMES, package_days
from desk.roster.timetable import TimetableForm

from roster_world import ADMIN, DESK

NATIONAL_DAY, MAKE_UP = date(2026, 10, 1), date(2026, 10, 10)  # per the chinesecalendar package
WEEKDAY = (("08:30", "12:00"), ("14:00", "17:30"))
SUMMER = OpeningHours(((("08:00", "12:00"), ("15:00", "18:30")),) * 5 + ((("09:00", "12:00"),),) * 2)
WINTER = OpeningHours(((("09:00", "12:00"), ("13:30", "17:00")),) * 5 + ((),) * 2)


def test_the_seeded_calendar_knows_national_day_and_its_make_up_day(world):
    calendar = world.schedule.calendar
    assert calendar.kind_of(NATIONAL_DAY) == "holiday"
    assert calendar.kind_of(MAKE_UP) == "workday"
    assert calendar.kind_of(date(2026, 10, 12)) is None
    kinds = calendar.kinds_between(date(2026, 9, 30), date(2026, 10, 10))
    assert kinds[NATIONAL_DAY] == "holiday" and kinds[MAKE_UP] == "workday"
    assert date(2026, 9, 30) not in kinds
    days = {d.day: d for d in calendar.days(2026)}
    assert days[NATIONAL_DAY].name == "国庆节" and days[NATIONAL_DAY].source == "package"
    assert all(d.day.year == 2026 for d in days.values())


def test_sessions_follow_holidays_make_up_days_and_weekdays(world):
    timetable = world.schedule.timetable
    assert timetable.sessions_on(NATIONAL_DAY) == ()  # closed on a holiday under the center's hours
    assert timetable.sessions_on(MAKE_UP) == WEEKDAY  # a Saturday worked like a Monday
    assert timetable.sessions_on(date(2026, 10, 17)) == (("09:00", "12:00"),)  # an ordinary Saturday
    between = timetable.sessions_between(date(2026, 9, 28), date(2026, 10, 11))
    assert len(between) == 14 and between[date(2026, 9, 28)] == WEEKDAY


def test_a_hand_edit_survives_a_package_refresh_and_is_reported_as_kept(world):
    calendar = world.schedule.calendar
    calendar.set_day(ADMIN, NATIONAL_DAY, "workday", "照常上班")
    with world.ctx.store.write() as session:  # a day the package knows but the store lost
        session.delete(session.get(CalendarDay, date(2026, 10, 2)))
    update = calendar.update_from_package(ADMIN).value
    assert date(2026, 10, 2) in update.added
    assert [k.day for k in update.kept] == [NATIONAL_DAY]
    assert calendar.kind_of(NATIONAL_DAY) == "workday"
    assert calendar.days(2026)[0].name in HOLIDAY_NAMES.values()
    again = calendar.update_from_package(ADMIN)
    assert again.value.added == () and again.value.updated == () and not again.changes


def test_package_names_are_chinese():
    names = {name for _kind, name in package_days().values()}
    assert "国庆节" in names and "National Day" not in names


def test_set_and_remove_a_day(world):
    calendar = world.schedule.calendar
    calendar.set_day(ADMIN, date(2026, 11, 2), "holiday", "中心自定休息日")
    info = calendar.days(2026)
    assert any(d.day == date(2026, 11, 2) and d.source == "local" for d in info)
    calendar.remove_day(ADMIN, date(2026, 11, 2))
    assert calendar.kind_of(date(2026, 11, 2)) is None
    with pytest.raises(Refusal):
        calendar.remove_day(ADMIN, date(2026, 11, 2))
    with pytest.raises(NotAllowed):
        calendar.set_day(DESK, date(2026, 11, 3), "holiday", "x")


def test_a_package_holiday_made_ordinary_stays_ordinary_after_a_refresh(world):
    calendar = world.schedule.calendar
    national_day = date(2026, 10, 2)
    assert calendar.kind_of(national_day) == "holiday"
    calendar.remove_day(ADMIN, national_day)
    assert calendar.kind_of(national_day) is None
    assert national_day not in calendar.kinds_between(date(2026, 10, 1), date(2026, 10, 7))
    update = calendar.update_from_package(ADMIN).value
    assert national_day not in update.added and calendar.kind_of(national_day) is None
    assert [d.kind for d in calendar.days(2026) if d.day == national_day] == ["ordinary"]
    assert world.schedule.timetable.sessions_on(national_day) != ()  # open like any Friday
    with pytest.raises(Refusal):
        calendar.remove_day(ADMIN, national_day)
    calendar.set_day(ADMIN, national_day, "holiday", "国庆节")  # and it can be made a holiday again
    assert calendar.kind_of(national_day) == "holiday"


def test_an_import_with_a_conflicting_day_changes_nothing(world):
    calendar, before = world.schedule.calendar, world.counts()
    rows = [(date(2027, 1, 1), "holiday", "元旦"), (date(2027, 1, 4), "workday", "元旦调休"),
            (date(2027, 1, 1), "workday", "元旦")]
    with pytest.raises(Refusal) as refused:
        calendar.import_days(ADMIN, rows)
    assert "2027-01-01" in refused.value.message
    with pytest.raises(Refusal) as unknown:
        calendar.import_days(ADMIN, [(date(2027, 1, 1), "festival", "元旦")])
    assert "festival" in unknown.value.message
    assert world.counts() == before and calendar.kind_of(date(2027, 1, 4)) is None
    done = calendar.import_days(ADMIN, rows[:2], source="hub")
    assert done.value == 2
    assert calendar.kind_of(date(2027, 1, 4)) == "workday"
    assert calendar.days(2027)[0].source == "hub"


def test_the_hub_s_list_leaves_the_center_s_own_edits_alone(world):
    calendar = world.schedule.calendar
    calendar.set_day(ADMIN, date(2027, 2, 20), "workday", "本中心加班")  # the center's own decision
    rows = [(date(2027, 2, 20), "holiday", "春节"), (date(2027, 2, 21), "holiday", "春节")]
    done = calendar.import_days(ADMIN, rows, source="hub")
    assert done.value == 1
    assert calendar.kind_of(date(2027, 2, 20)) == "workday"  # kept
    assert calendar.kind_of(date(2027, 2, 21)) == "holiday"


def test_a_winter_timetable_wraps_the_new_year(world):
    timetable = world.schedule.timetable
    winter = timetable.save_timetable(ADMIN, TimetableForm("冬令作息", "11-01", "02-28", WINTER,
                                                           holiday=(("09:00", "11:00"),))).value
    assert winter.covers(date(2026, 12, 31)) and winter.covers(date(2027, 1, 1))
    assert not winter.covers(date(2026, 10, 31))
    # The installed package stops at 2026: the administrator adds next year's 元旦 by hand.
    world.schedule.calendar.set_day(ADMIN, date(2027, 1, 1), "holiday", "元旦")
    between = timetable.sessions_between(date(2026, 12, 31), date(2027, 1, 2))
    assert between[date(2026, 12, 31)] == WINTER.days[3]
    assert between[date(2027, 1, 1)] == (("09:00", "11:00"),)  # 元旦: the timetable's holiday hours
    assert between[date(2027, 1, 2)] == ()  # a winter Saturday is closed
    assert timetable.sessions_on(date(2026, 10, 30)) == WEEKDAY  # before it: the center's hours


def test_overlapping_timetables_are_refused_by_name(world):
    timetable = world.schedule.timetable
    timetable.save_timetable(ADMIN, TimetableForm("冬令作息", "11-01", "02-29", WINTER))
    before = world.counts()
    with pytest.raises(Refusal) as refused:
        timetable.save_timetable(ADMIN, TimetableForm("夏令作息", "02-29", "09-30", SUMMER))
    assert "冬令作息" in refused.value.message and "夏令作息" in refused.value.message
    assert world.counts() == before and len(timetable.timetables()) == 1
    summer = timetable.save_timetable(ADMIN, TimetableForm("夏令作息", "03-01", "09-30", SUMMER)).value
    assert timetable.sessions_on(date(2026, 7, 1)) == SUMMER.days[2]
    timetable.deactivate_timetable(ADMIN, summer.id)
    assert timetable.sessions_on(date(2026, 7, 1)) == WEEKDAY


@pytest.mark.parametrize("starts", ["02-30", "13-01", "6-1", "00-10"])
def test_an_impossible_month_day_is_refused(world, starts):
    with pytest.raises(Refusal):
        world.schedule.timetable.save_timetable(ADMIN, TimetableForm("夏令作息", starts, "09-30", SUMMER))
    assert world.schedule.timetable.timetables() == []


def test_timetable_hours_are_validated_and_admin_only(world):
    timetable = world.schedule.timetable
    bad = OpeningHours(((("12:00", "08:00"),),) + ((),) * 6)
    with pytest.raises(Refusal):
        timetable.save_timetable(ADMIN, TimetableForm("夏令作息", "06-01", "09-30", bad))
    with pytest.raises(Refusal):
        timetable.save_timetable(ADMIN, TimetableForm("夏令作息", "06-01", "09-30", SUMMER,
                                                      holiday=(("10:00", "09:00"),)))
    with pytest.raises(NotAllowed):
        timetable.save_timetable(DESK, TimetableForm("夏令作息", "06-01", "09-30", SUMMER))
    assert timetable.timetables() == []
