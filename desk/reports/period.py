"""A period of the statistics: local calendar days ``first`` to ``last``, both included.

Days are the center's days (Asia/Shanghai), so "November" runs from local midnight on
1 November to local midnight on 1 December, whatever UTC says. The period the page
compares with is of the same kind: the month before a whole month, the week before a
whole week, otherwise the same number of days just before.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from desk.clock import CenterClock
from desk.errors import Refusal

# The room usage figures refuse longer periods; saying so here keeps the message in one place.
MAX_DAYS = 3 * 366
FIRST_YEAR, LAST_YEAR = 1970, 2999


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise Refusal("The period ends ({last}) before it starts ({first}); choose the first day first.",
                          first=self.first.isoformat(), last=self.last.isoformat())
        if (self.last - self.first).days >= MAX_DAYS:
            raise Refusal("A statistics period can be at most three years long; choose a shorter one.")

    # ---- the periods the statistics page offers ----------------------------------------
    @classmethod
    def day(cls, day: date) -> "Period":
        return cls(day, day)

    @classmethod
    def today(cls, clock: CenterClock) -> "Period":
        return cls.day(clock.today())

    @classmethod
    def week_of(cls, day: date) -> "Period":
        """Monday to Sunday, as the roster and the wall calendar count a week."""
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def this_week(cls, clock: CenterClock) -> "Period":
        return cls.week_of(clock.today())

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Refusal("There is no month {month} of {year}; give a month like 2026-11.", year=year, month=month)
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def month_of(cls, day: date) -> "Period":
        return cls.month(day.year, day.month)

    @classmethod
    def this_month(cls, clock: CenterClock) -> "Period":
        return cls.month_of(clock.today())

    @classmethod
    def parse_month(cls, text: str) -> "Period":
        """A month written as 2026-11 (the command line's and the report's way)."""
        parts = text.strip().split("-")
        if len(parts) != 2 or not all(part.isdigit() for part in parts):
            raise Refusal("{text} is not a month; write it like 2026-11.", text=text)
        return cls.month(int(parts[0]), int(parts[1]))

    # ---- what it is ----------------------------------------------------------------------
    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_month(self) -> bool:
        """A whole calendar month."""
        return self.first.day == 1 and self == Period.month_of(self.first)

    @property
    def is_week(self) -> bool:
        return self.days == 7 and self.first.weekday() == 0

    def each_day(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def is_over(self, clock: CenterClock) -> bool:
        """Its last day has ended by the center's clock."""
        return self.last < clock.today()

    def label(self) -> str:
        """How the report and the page title name it: 2026年11月, or the two days."""
        if self.is_month:
            return f"{self.first.year}年{self.first.month}月"
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} 至 {self.last.isoformat()}"

    # ---- the periods it is compared with ------------------------------------------------
    def previous(self) -> "Period":
        if self.is_month:
            return Period.month_of(self.first - timedelta(days=1))
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def same_last_year(self) -> "Period":
        if self.is_month:
            return Period.month(self.first.year - 1, self.first.month)
        return Period(_year_before(self.first), _year_before(self.last))


def _year_before(day: date) -> date:
    # 29 February has no twin a year before: the last day of that February stands in.
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)
