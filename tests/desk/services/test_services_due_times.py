"""Due times over working time: weekends, holidays, make-up days, after closing, year ends.

The default hours: weekdays 08:30–12:00 and 14:00–17:30, weekends 09:00–12:00 (weekend
sessions are staggered-hours service and do not count against a promise). The 2026
holidays are the calendar's seeded ones (National Day 1–7 October, make-up Saturday
10 October; Spring Festival 15–23 February, make-up Saturday 14 February).
"""

from __future__ import annotations

from datetime import date

import pytest
import time_machine

from desk.errors import Refusal
from desk.services.working_time import DAYS, HOURS, IMMEDIATE, TimeLimit, due_at
from services_world import ADMIN, DESK, local


def due(ctx, accepted, text: str):  # noqa: ANN001
    with ctx.store.read() as session:
        return due_at(session, ctx.clock.zone, accepted, TimeLimit.parse(text)).astimezone(local(2026, 1, 1).tzinfo)


@pytest.mark.parametrize("text, kind, amount", [
    ("即时办结", IMMEDIATE, 0), ("即办", IMMEDIATE, 0), ("immediate", IMMEDIATE, 0),
    ("3个工作日", DAYS, 3), ("三个工作日", DAYS, 3), ("3 working days", DAYS, 3), ("１５个工作日内", DAYS, 15),
    ("4个工作小时", HOURS, 4), ("2小时", HOURS, 2), ("4h", HOURS, 4), ("2 working hours", HOURS, 2),
])
def test_time_limits_are_read_the_way_people_write_them(text, kind, amount):
    limit = TimeLimit.parse(text)
    assert (limit.kind, limit.amount) == (kind, amount)
    assert TimeLimit.parse(limit.text) == limit  # what is printed reads back


@pytest.mark.parametrize("text", ["", "尽快", "0个工作日", "3个月", "-2小时", "999个工作日", "abc"])
def test_a_time_limit_the_desk_cannot_read_is_refused(text):
    with pytest.raises(Refusal, match="not a time limit"):
        TimeLimit.parse(text)


def test_working_days_skip_the_day_of_acceptance_and_the_weekend(ctx):
    assert due(ctx, local(2026, 9, 1, 10), "3个工作日") == local(2026, 9, 4, 17, 30)  # Tue → Fri
    assert due(ctx, local(2026, 9, 3, 10), "3个工作日") == local(2026, 9, 8, 17, 30)  # Thu → next Tue
    assert due(ctx, local(2026, 9, 5, 10), "1个工作日") == local(2026, 9, 7, 17, 30)  # Sat → Mon
    # Accepted after closing: the day of acceptance is not counted either way.
    assert due(ctx, local(2026, 9, 4, 19), "1个工作日") == local(2026, 9, 7, 17, 30)


def test_a_limit_ending_on_national_day_moves_to_the_next_working_day(ctx):
    # Wed 30 September + 1 working day would be Thu 1 October: the holiday runs to 7 October.
    assert due(ctx, local(2026, 9, 30, 10), "1个工作日") == local(2026, 10, 8, 17, 30)
    # The make-up Saturday (10 October) counts as a working day, with Monday's hours.
    assert due(ctx, local(2026, 10, 9, 10), "1个工作日") == local(2026, 10, 10, 17, 30)
    assert due(ctx, local(2026, 10, 8, 10), "3个工作日") == local(2026, 10, 12, 17, 30)


def test_spring_festival_and_its_make_up_saturdays(ctx):
    assert due(ctx, local(2026, 2, 13, 10), "1个工作日") == local(2026, 2, 14, 17, 30)
    assert due(ctx, local(2026, 2, 13, 10), "2个工作日") == local(2026, 2, 24, 17, 30)
    assert due(ctx, local(2026, 2, 18, 10), "即时办结") == local(2026, 2, 24, 17, 30)  # accepted on a holiday


def test_immediate_means_by_closing_time_of_the_working_day(ctx):
    assert due(ctx, local(2026, 9, 1, 10), "即时办结") == local(2026, 9, 1, 17, 30)
    assert due(ctx, local(2026, 9, 1, 18), "即时办结") == local(2026, 9, 2, 17, 30)  # after closing
    assert due(ctx, local(2026, 9, 5, 10), "即时办结") == local(2026, 9, 7, 17, 30)  # a Saturday
    assert due(ctx, local(2026, 10, 3, 10), "即时办结") == local(2026, 10, 8, 17, 30)  # a holiday


def test_working_hours_count_only_inside_opening_sessions(ctx):
    assert due(ctx, local(2026, 9, 1, 9), "2个工作小时") == local(2026, 9, 1, 11)
    assert due(ctx, local(2026, 9, 1, 12, 30), "2个工作小时") == local(2026, 9, 1, 16)  # lunch break
    assert due(ctx, local(2026, 9, 1, 17), "2个工作小时") == local(2026, 9, 2, 10)  # across the night
    assert due(ctx, local(2026, 9, 1, 20), "1个工作小时") == local(2026, 9, 2, 9, 30)  # after closing
    assert due(ctx, local(2026, 9, 4, 17), "2个工作小时") == local(2026, 9, 7, 10)  # across the weekend
    assert due(ctx, local(2026, 9, 1, 10), "3个工作小时") == local(2026, 9, 1, 15)  # 2 h before lunch, 1 h after
    assert due(ctx, local(2026, 9, 1, 10), "2个工作小时") == local(2026, 9, 1, 12)  # used up as the session ends
    # Accepted on a holiday: counting starts when the center opens on the next working day.
    assert due(ctx, local(2026, 10, 3, 10), "4个工作小时") == local(2026, 10, 8, 14, 30)


def test_year_boundaries(ctx, world):
    # New Year 2026 (seeded): 1–3 January off, Sunday 4 January a make-up working day.
    assert due(ctx, local(2025, 12, 31, 10), "2个工作日") == local(2026, 1, 5, 17, 30)
    assert due(ctx, local(2025, 12, 31, 23, 59), "即时办结") == local(2026, 1, 4, 17, 30)
    # 2027 is not in the package yet: the administrator marks New Year's Day by hand.
    world.ctx.schedule.calendar.set_day(ADMIN, date(2027, 1, 1), "holiday", "元旦")
    assert due(ctx, local(2026, 12, 31, 16), "1个工作日") == local(2027, 1, 4, 17, 30)  # Fri holiday, weekend
    assert due(ctx, local(2026, 12, 31, 17), "2个工作小时") == local(2027, 1, 4, 10)


def test_a_request_opened_under_a_frozen_clock_gets_its_due_time(world):
    requests = world.ctx.requests
    with time_machine.travel(local(2026, 9, 30, 16), tick=False):
        made = requests.open_requests(DESK, item_ids=[world.items["DY-001"], world.items["SH-002"]],
                                      owner_id=world.staff["张三"], channel="phone", name="赵大爷",
                                      phone="13812345678").value
    dues = {row.item_code: row.due_at for row in made}
    assert dues["DY-001"] == local(2026, 10, 10, 17, 30)  # 8 and 9 October, then the make-up Saturday
    assert dues["SH-002"] == local(2026, 10, 8, 11)  # 1.5 h on 30 September, 2.5 h after the holiday
    assert all(row.accepted_at == local(2026, 9, 30, 16) for row in made)


def test_working_hours_due_times_hold_exactly_the_promised_working_time(ctx):
    """Property: for any moment of 2026 and any N, the working time between acceptance and
    the due time is exactly N hours, and the due time lies inside a working session."""
    from datetime import timedelta

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from desk.services.working_time import WorkingTime

    with ctx.store.read() as session:
        time = WorkingTime.load(session, ctx.clock.zone, date(2026, 1, 1), date(2027, 3, 31))

    @settings(max_examples=300, deadline=None)
    @given(minutes=st.integers(0, 365 * 24 * 60 - 1), hours=st.integers(1, 40))
    def check(minutes: int, hours: int) -> None:
        accepted = local(2026, 1, 1) + timedelta(minutes=minutes)
        limit = TimeLimit(HOURS, hours)
        due = time.due(accepted, limit)
        assert due is not None
        assert time.seconds_between(accepted, due) == hours * 3600
        assert any(start < due <= end for start, end in time.days[due.date()])

    check()


def test_working_days_due_times_are_closing_times_of_working_days(ctx):
    from datetime import timedelta

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from desk.services.working_time import WorkingTime

    with ctx.store.read() as session:
        time = WorkingTime.load(session, ctx.clock.zone, date(2026, 1, 1), date(2027, 3, 31))

    @settings(max_examples=300, deadline=None)
    @given(minutes=st.integers(0, 365 * 24 * 60 - 1), days=st.integers(1, 20))
    def check(minutes: int, days: int) -> None:
        accepted = local(2026, 1, 1) + timedelta(minutes=minutes)
        due = time.due(accepted, TimeLimit(DAYS, days))
        assert due is not None and due == time.closing(due.date())
        between = [d for d in time.days if accepted.date() < d <= due.date()]
        assert len(between) == days  # exactly N working days after the day of acceptance

    check()
