"""The one way the screens write a stored moment: the center's day decides "today", not UTC's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import time_machine

from desk.clock import CenterClock
from ui.moments import as_local, moment_text, short_moment_text, time_text

CLOCK = CenterClock("Asia/Shanghai")


@pytest.fixture
def machine_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine zone that is neither UTC nor the center's, so "naive means local" would show."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("machine_in_new_york")
def test_a_naive_moment_from_sqlite_is_read_as_utc() -> None:
    naive = datetime(2025, 1, 2, 1, 30)  # 09:30 in Shanghai
    assert as_local(naive, CLOCK) == datetime(2025, 1, 2, 9, 30, tzinfo=CLOCK.zone)
    assert moment_text(CLOCK, naive, with_year=True) == "2025-01-02 09:30"
    assert time_text(CLOCK, naive) == "09:30"


def test_no_moment_is_an_empty_cell() -> None:
    assert as_local(None, CLOCK) is None
    assert moment_text(CLOCK, None) == time_text(CLOCK, None) == short_moment_text(CLOCK, None) == ""


def test_the_new_year_in_shanghai_comes_before_utc_s() -> None:
    moment = datetime(2025, 12, 31, 16, 5, tzinfo=UTC)  # already 2026-01-01 00:05 in Shanghai
    assert moment_text(CLOCK, moment) == "01-01 00:05"
    assert moment_text(CLOCK, moment, with_year=True) == "2026-01-01 00:05"


def test_the_date_shows_only_for_another_local_day() -> None:
    before_midnight = datetime(2025, 3, 9, 15, 59, tzinfo=UTC)  # 23:59 on the 9th in Shanghai
    after_midnight = datetime(2025, 3, 9, 16, 1, tzinfo=UTC)  # 00:01 on the 10th, the same UTC day
    assert short_moment_text(CLOCK, before_midnight, today=after_midnight) == "03-09 23:59"
    assert short_moment_text(CLOCK, after_midnight, today=after_midnight) == "00:01"


def test_today_is_now_in_the_center_when_not_given() -> None:
    with time_machine.travel(datetime(2025, 12, 31, 16, 30, tzinfo=UTC), tick=False):  # 00:30 on 1 January
        assert short_moment_text(CLOCK, datetime(2025, 12, 31, 16, 10, tzinfo=UTC)) == "00:10"
        assert short_moment_text(CLOCK, datetime(2025, 12, 31, 15, 50, tzinfo=UTC)) == "12-31 23:50"
