"""Periods of the statistics: months, weeks and days on the center's clock, and the periods
they are compared with."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine

from desk.clock import CenterClock
from desk.errors import Refusal
from desk.reports.period import Period


def test_a_month_runs_from_its_first_to_its_last_day_leap_years_included() -> None:
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period.month(2028, 2).days == 29
    assert Period.month(2026, 12).last == date(2026, 12, 31)
    assert Period.parse_month(" 2026-11 ") == Period.month(2026, 11)
    assert Period.month(2026, 11).label() == "2026年11月"
    assert Period(date(2026, 11, 3), date(2026, 11, 9)).label() == "2026-11-03 至 2026-11-09"


@pytest.mark.parametrize("text", ["2026/11", "2026-13", "2026-00", "11-2026", "next month", ""])
def test_a_month_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(Refusal, match="month"):
        Period.parse_month(text)


def test_a_period_ending_before_it_starts_or_too_long_is_refused() -> None:
    with pytest.raises(Refusal, match="ends .2026-11-01. before it starts .2026-11-02."):
        Period(date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(Refusal, match="three years"):
        Period(date(2020, 1, 1), date(2023, 12, 31))
    assert Period(date(2026, 11, 2), date(2026, 11, 2)).days == 1


def test_the_month_before_january_is_last_years_december() -> None:
    january = Period.month(2027, 1)
    assert january.previous() == Period.month(2026, 12)
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)  # 28 days, not 31
    assert january.same_last_year() == Period.month(2026, 1)


def test_weeks_and_plain_spans_compare_with_the_same_length_just_before() -> None:
    week = Period.week_of(date(2026, 11, 19))  # a Thursday
    assert week == Period(date(2026, 11, 16), date(2026, 11, 22)) and week.is_week
    assert week.previous() == Period(date(2026, 11, 9), date(2026, 11, 15))
    ten_days = Period(date(2026, 11, 5), date(2026, 11, 14))
    assert ten_days.previous() == Period(date(2026, 10, 26), date(2026, 11, 4))
    assert not ten_days.is_month


def test_the_29th_of_february_a_year_before_is_the_28th() -> None:
    leap_day = Period.day(date(2028, 2, 29))
    assert leap_day.same_last_year() == Period.day(date(2027, 2, 28))


def test_today_this_week_and_this_month_follow_the_local_midnight_not_utc() -> None:
    clock = CenterClock("Asia/Shanghai")
    # 16:30 UTC on 30 November is 00:30 on 1 December in Shanghai.
    with time_machine.travel(datetime(2026, 11, 30, 16, 30, tzinfo=UTC), tick=False):
        assert Period.today(clock) == Period.day(date(2026, 12, 1))
        assert Period.this_month(clock) == Period.month(2026, 12)
        assert Period.this_week(clock) == Period(date(2026, 11, 30), date(2026, 12, 6))
        assert Period.month(2026, 11).is_over(clock)
    # One second before local midnight, November is still running.
    with time_machine.travel(datetime(2026, 11, 30, 15, 59, 59, tzinfo=UTC), tick=False):
        assert Period.this_month(clock) == Period.month(2026, 11)
        assert not Period.month(2026, 11).is_over(clock)


def test_new_years_eve_and_new_years_day_belong_to_different_years() -> None:
    clock = CenterClock("Asia/Shanghai")
    with time_machine.travel(datetime(2026, 12, 31, 16, 0, tzinfo=UTC), tick=False):  # 00:00 on 1 January 2027
        assert Period.this_month(clock) == Period.month(2027, 1)
        assert Period.this_month(clock).previous() == Period.month(2026, 12)
        assert Period.month(2026, 12).is_over(clock)
