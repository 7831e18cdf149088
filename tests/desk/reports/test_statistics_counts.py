"""The statistics against counts worked out by hand: visits (次, 人次, 人数) by purpose,
hour and day at local-midnight, month, year and holiday boundaries; activities, volunteer
service; rooms and requests as their own services count them; an empty period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from stats_world import add_activity, add_service, add_signup, add_visit, add_visitor, local

from db.tables import Booking, Room
from desk.clock import CenterClock
from desk.reports.period import Period
from desk.reports.statistics import StatisticsService, offset_spans

NOVEMBER = Period.month(2026, 11)


@pytest.fixture
def world(center_ctx, admin):
    """November 2026 with visits at its very edges, a holiday and a closed day."""
    a, b = add_visitor(center_ctx, "张三"), add_visitor(center_ctx, "李四")
    add_visit(center_ctx, local(2026, 10, 31, 23, 59, 59, 999999), "consult", 1, a)  # October: not counted
    add_visit(center_ctx, local(2026, 11, 1, 0, 0, 0), "consult", 1, a)  # the first instant of November
    add_visit(center_ctx, local(2026, 11, 2, 9, 15), "tour", 12, b)  # a group of twelve led by 李四
    add_visit(center_ctx, local(2026, 11, 2, 9, 45), "consult", 2)  # two people, no name given
    add_visit(center_ctx, local(2026, 11, 15, 14, 5), "service", 3, a)  # 张三 with two companions
    add_visit(center_ctx, local(2026, 11, 30, 23, 59, 59, 999999), "other", 1)  # the last instant of November
    add_visit(center_ctx, local(2026, 12, 1, 0, 0, 0), "consult", 1, b)  # December: not counted
    center_ctx.schedule.calendar.set_day(admin, date(2026, 11, 10), "holiday", "测试节")
    center_ctx.closures.close_day(admin, date(2026, 11, 20), None, "停电检修")
    return center_ctx


def test_visits_count_check_ins_person_times_and_people_by_the_definitions(world) -> None:
    with time_machine.travel(datetime(2026, 12, 5, 2, 0, tzinfo=UTC), tick=False):
        visits = world.statistics.figures(NOVEMBER).visits
    assert visits.checkins == 5  # check-in rows from local midnight to local midnight
    assert visits.person_times == 1 + 12 + 2 + 3 + 1  # the sum of headcounts
    # 张三 and 李四 once each, plus everyone who cannot be told apart: 李四's 11 group
    # members, the 2 anonymous visitors, 张三's 2 companions and the last anonymous one.
    assert visits.known_people == 2
    assert visits.people == 2 + 11 + 2 + 2 + 1


def test_visits_by_hour_day_and_purpose_use_the_local_clock(world) -> None:
    with time_machine.travel(datetime(2026, 12, 5, 2, 0, tzinfo=UTC), tick=False):
        visits = world.statistics.figures(NOVEMBER).visits
    hours = {h.hour: (h.visits, h.person_times) for h in visits.by_hour if h.visits}
    assert len(visits.by_hour) == 24
    assert hours == {0: (1, 1), 9: (2, 14), 14: (1, 3), 23: (1, 1)}
    days = {d.day.day: (d.visits, d.person_times) for d in visits.by_day if d.visits}
    assert len(visits.by_day) == 30 and days == {1: (1, 1), 2: (2, 14), 15: (1, 3), 30: (1, 1)}
    assert [(d.day.day, d.person_times) for d in visits.busiest_days] == [(2, 14), (15, 3), (1, 1), (30, 1)]
    purposes = [(p.code, p.visits, p.person_times) for p in visits.by_purpose]
    assert purposes[:4] == [("tour", 1, 12), ("consult", 2, 3), ("service", 1, 3), ("other", 1, 1)]
    assert {code for code, visits_, _ in purposes[4:] if visits_ == 0} == {"activity", "room", "party_report"}


def test_holidays_and_closed_days_are_not_open_days(world) -> None:
    with time_machine.travel(datetime(2026, 12, 5, 2, 0, tzinfo=UTC), tick=False):
        visits = world.statistics.figures(NOVEMBER).visits
    by_day = {d.day: d for d in visits.by_day}
    assert not by_day[date(2026, 11, 10)].open and by_day[date(2026, 11, 10)].note == "测试节"
    assert not by_day[date(2026, 11, 20)].open and by_day[date(2026, 11, 20)].note == "停电检修"
    assert by_day[date(2026, 11, 21)].open  # a Saturday: the default week opens Saturday mornings
    assert visits.open_days == 30 - 2
    assert visits.per_open_day == pytest.approx(19 / 28)


def test_new_years_eve_and_day_split_at_local_midnight(center_ctx) -> None:
    eve, day = local(2026, 12, 31, 23, 30), local(2027, 1, 1, 0, 10)  # both on 31 December in UTC
    add_visit(center_ctx, eve, "consult")
    add_visit(center_ctx, day, "consult", 2)
    with time_machine.travel(datetime(2027, 1, 2, 2, 0, tzinfo=UTC), tick=False):
        turn = center_ctx.statistics.figures(Period(date(2026, 12, 31), date(2027, 1, 1))).visits
        january = center_ctx.statistics.figures(Period.month(2027, 1)).visits
    assert [(d.day, d.person_times) for d in turn.by_day] == [(date(2026, 12, 31), 1), (date(2027, 1, 1), 2)]
    assert {h.hour: h.visits for h in turn.by_hour if h.visits} == {23: 1, 0: 1}
    assert january.checkins == 1 and january.person_times == 2


def test_activities_held_upcoming_cancelled_sign_ups_attendance_and_no_shows(center_ctx) -> None:
    held = add_activity(center_ctx, "四点半课堂", local(2026, 11, 5, 10), local(2026, 11, 5, 11, 30))
    add_signup(center_ctx, held, "王一", companions=1, came=2)  # a parent and child came: 2 people
    add_signup(center_ctx, held, "王二")  # signed up, never came: a no-show
    add_signup(center_ctx, held, "王三", state="waitlist")  # waiting list: no place held
    add_signup(center_ctx, held, "王四", state="cancelled")
    running = add_activity(center_ctx, "书法班", local(2026, 11, 20, 11), local(2026, 11, 20, 13))
    add_signup(center_ctx, running, "赵一")  # not signed in yet, but the activity is still on
    add_signup(center_ctx, running, "赵二", came=1)
    upcoming = add_activity(center_ctx, "观影会", local(2026, 11, 25, 19), local(2026, 11, 25, 21))
    add_signup(center_ctx, upcoming, "钱一")
    add_activity(center_ctx, "健步走", local(2026, 11, 10, 9), local(2026, 11, 10, 10), state="cancelled")
    add_activity(center_ctx, "万圣夜", local(2026, 10, 31, 23, 30), local(2026, 11, 1, 0, 30))  # October's
    with time_machine.travel(local(2026, 11, 20, 12), tick=False):
        activities = center_ctx.statistics.figures(NOVEMBER).activities
    assert (activities.held, activities.upcoming, activities.cancelled) == (2, 1, 1)
    assert activities.signups == (2 + 1) + (1 + 1)  # places, companions included, of held activities
    assert activities.attendance == 2 + 1
    assert activities.no_shows == 1  # 赵一 is not a no-show while 书法班 is still on


def test_volunteer_service_by_volunteer_and_by_activity(center_ctx) -> None:
    first = add_activity(center_ctx, "四点半课堂", local(2026, 11, 5, 10), local(2026, 11, 5, 11, 30))
    second = add_activity(center_ctx, "书法班", local(2026, 11, 20, 11), local(2026, 11, 20, 13))
    add_service(center_ctx, first, "张三", 90)
    add_service(center_ctx, first, "张三", 30)  # a second shift the same day: another person-time
    add_service(center_ctx, first, "李四", 60, removed=True)  # withdrawn: not counted
    add_service(center_ctx, second, "张三", 60)
    add_service(center_ctx, second, "王五", 45)
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        volunteers = center_ctx.statistics.figures(NOVEMBER).volunteers
    assert (volunteers.people, volunteers.person_times, volunteers.minutes) == (2, 4, 225)
    assert volunteers.hours == pytest.approx(3.75)
    assert [(v.name, v.times, v.person_times, v.minutes) for v in volunteers.by_volunteer] == [
        ("张三", 2, 3, 180), ("王五", 1, 1, 45)]
    assert [(a.title, a.volunteers, a.person_times, a.minutes) for a in volunteers.by_activity] == [
        ("四点半课堂", 1, 2, 120), ("书法班", 2, 2, 105)]


def test_rooms_and_requests_are_the_room_and_service_figures_themselves(center_ctx) -> None:
    start, end = local(2026, 11, 16, 9), local(2026, 11, 16, 11)
    with center_ctx.store.write() as session:
        room = Room(name="党员教育室", capacity=30, created_at=start)
        session.add(room)
        session.flush()
        session.add(Booking(room_id=room.id, starts_at=start, ends_at=end, block_start=start, block_end=end,
                            state="confirmed", title="主题党日", booker_name="第一党支部", attendance=18,
                            checked_in_at=start, created_at=start, updated_at=start))
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        figures = center_ctx.statistics.figures(NOVEMBER)
        usage = center_ctx.room_usage.room_usage(NOVEMBER.first, NOVEMBER.last)
        service = center_ctx.service_figures.figures(NOVEMBER.first, NOVEMBER.last)
    assert figures.rooms.rooms == tuple(usage)
    assert figures.rooms.used_hours == pytest.approx(2.0) and figures.rooms.people == 18
    assert figures.rooms.utilisation == pytest.approx(2.0 / figures.rooms.open_hours)
    assert figures.requests == service


def test_an_empty_period_is_all_zeros_and_says_so(center_ctx) -> None:
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        figures = center_ctx.statistics.figures(Period.month(2025, 3))
    visits = figures.visits
    assert figures.is_empty
    assert (visits.checkins, visits.person_times, visits.people) == (0, 0, 0)
    assert len(visits.by_hour) == 24 and not any(h.visits for h in visits.by_hour)
    assert len(visits.by_day) == 31 and visits.busiest_days == ()
    assert figures.rooms.utilisation is None and figures.requests.on_time_rate is None
    assert figures.volunteers.by_volunteer == () and figures.activities.held == 0


def test_the_comparison_sets_a_month_beside_the_one_before_and_last_years(center_ctx) -> None:
    add_visit(center_ctx, local(2026, 11, 3, 10), "consult", 4)
    add_visit(center_ctx, local(2026, 10, 3, 10), "consult", 2)
    add_visit(center_ctx, local(2025, 11, 3, 10), "consult", 1)
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        comparison = center_ctx.statistics.compare(NOVEMBER)
    change = comparison.change("visits.person_times")
    assert (change.current, change.previous, change.last_year) == (4, 2, 1)
    assert (change.vs_previous, change.vs_last_year) == (2, 3)
    assert change.growth_vs_previous == pytest.approx(1.0) and change.growth_vs_last_year == pytest.approx(3.0)
    assert comparison.previous.period == Period.month(2026, 10)
    assert comparison.last_year.period == Period.month(2025, 11)
    assert comparison.change("requests.on_time_rate").growth_vs_previous is None  # nothing to compare
    # The page shows the month first, then compares what it shows: the same changes.
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        shown = center_ctx.statistics.figures(NOVEMBER)
        later = center_ctx.statistics.compare_with(shown)
    assert later.current is shown and later.changes == comparison.changes


def test_hours_follow_the_zone_offset_through_summer_time_and_half_hour_zones(center_ctx) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Summer time starts at 02:00 on 29 March 2026: 01:30 is UTC+1, 03:30 is UTC+2.
    add_visit(center_ctx, datetime(2026, 3, 29, 1, 30, tzinfo=berlin), "consult")
    add_visit(center_ctx, datetime(2026, 3, 29, 3, 30, tzinfo=berlin), "consult")
    day = Period.day(date(2026, 3, 29))
    with time_machine.travel(datetime(2026, 4, 1, tzinfo=UTC), tick=False):
        in_berlin = StatisticsService(center_ctx.store, CenterClock("Europe/Berlin")).figures(day).visits
        # 09:15 in Kolkata (UTC+05:30) is 03:45 UTC: the hour must be 9, not 3 or 8.
        add_visit(center_ctx, datetime(2026, 11, 2, 3, 45, tzinfo=UTC), "consult")
        in_kolkata = StatisticsService(center_ctx.store, CenterClock("Asia/Kolkata")).figures(
            Period.day(date(2026, 11, 2))).visits
    assert {h.hour: h.visits for h in in_berlin.by_hour if h.visits} == {1: 1, 3: 1}
    assert {h.hour: h.visits for h in in_kolkata.by_hour if h.visits} == {9: 1}
    spans = offset_spans(berlin, datetime(2026, 3, 28, 23, tzinfo=UTC), datetime(2026, 3, 29, 22, tzinfo=UTC))
    assert [(s.astimezone(UTC).hour, minutes) for s, _e, minutes in spans] == [(23, 60), (1, 120)]
    assert spans[0][1] == datetime(2026, 3, 29, 1, tzinfo=UTC)  # the switch, to the second
    shanghai = offset_spans(ZoneInfo("Asia/Shanghai"), datetime(2026, 1, 1, tzinfo=UTC),
                            datetime(2026, 12, 31, tzinfo=UTC))
    assert [minutes for _s, _e, minutes in shanghai] == [480]
    assert shanghai[0][1] - shanghai[0][0] == timedelta(days=364)
