"""Time limits (服务定效) and the working time they are counted in.

Working time is the opening sessions of the center's *working days*. A working day is a
statutory one: Monday to Friday unless it is a statutory holiday, or a make-up working
day (调休) — and the center must be open that day (``sessions_in`` applies seasonal
timetables, holidays and make-up days). Weekend sessions of the staggered-hours rota
(错时服务) serve walk-ins but do not count against a promise, as with government time
limits; nor do sessions a timetable keeps on a holiday.

The three kinds of promise:

* 即时办结 (immediate): resolved the same working day — due at that day's closing time;
  accepted after closing, on a weekend or on a holiday, due at the next working day's
  closing time.
* N 个工作日 (working days): the day of acceptance is not counted (the usual rule for
  periods counted in days, Civil Code art. 201); due at the closing time of the Nth
  working day after it. A limit that would end on a holiday so ends on the next working
  day.
* N 个工作小时 (working hours): counted only inside working sessions, from the moment of
  acceptance (or the next session's opening), across days.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from desk.errors import Refusal
from desk.roster.calendar import HOLIDAY, WORKDAY, kinds_in
from desk.roster.timetable import sessions_in

IMMEDIATE, DAYS, HOURS = "immediate", "days", "hours"
LIMIT_KINDS = (IMMEDIATE, DAYS, HOURS)
MAX_DAYS, MAX_HOURS = 365, 2000
_SEARCH_LIMIT_DAYS = 800  # a calendar with no working day for two years is broken

_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十五": 15, "二十": 20, "三十": 30}
_IMMEDIATE_WORDS = {"即时办结", "即办", "即时", "立即办结", "当场办结", "当即办结", "immediate", "immediately",
                    "sameday", "0"}
_DAYS = re.compile(r"^(\S+?)(?:个)?(?:工作日|workingdays?|days?|d)(?:内)?(?:办结)?$")
_HOURS = re.compile(r"^(\S+?)(?:个)?(?:工作)?(?:小时|workinghours?|hours?|h)(?:内)?(?:办结)?$")

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class TimeLimit:
    """A promised time limit: immediate, N working days or N working hours."""

    kind: str = IMMEDIATE
    amount: int = 0

    @classmethod
    def parse(cls, text: str) -> "TimeLimit":
        """即时办结, 3个工作日, 三个工作日, 4个工作小时, 2小时, "3 working days", "4h"."""
        key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).lower()
        if key in _IMMEDIATE_WORDS:
            return cls(IMMEDIATE, 0)
        for pattern, kind, most in ((_DAYS, DAYS, MAX_DAYS), (_HOURS, HOURS, MAX_HOURS)):
            match = pattern.match(key)
            if match:
                number = match.group(1)
                amount = int(number) if number.isdigit() else _NUMERALS.get(number)
                if amount is None or not 1 <= amount <= most:
                    break
                return cls(kind, amount)
        raise Refusal("{text} is not a time limit the desk understands: write 即时办结, "
                      "3个工作日 or 4个工作小时.", text=text)

    @classmethod
    def of(cls, kind: str, amount: int) -> "TimeLimit":
        if kind == IMMEDIATE:
            return cls(IMMEDIATE, 0)
        if kind not in LIMIT_KINDS or amount < 1 or amount > (MAX_DAYS if kind == DAYS else MAX_HOURS):
            raise Refusal("{amount} {kind} is not a time limit the desk understands: write "
                          "即时办结, 3个工作日 or 4个工作小时.", amount=amount, kind=kind)
        return cls(kind, amount)

    @property
    def text(self) -> str:
        """As the service list prints it."""
        if self.kind == DAYS:
            return f"{self.amount}个工作日"
        if self.kind == HOURS:
            return f"{self.amount}个工作小时"
        return "即时办结"


class WorkingTime:
    """The working intervals of a span of days, read once (in the caller's transaction)."""

    def __init__(self, days: dict[date, tuple[Interval, ...]], first: date, last: date, zone: ZoneInfo) -> None:
        self.days = days  # working days only, each with its sessions as aware local datetimes
        self.first, self.last, self.zone = first, last, zone

    @classmethod
    def load(cls, session: Session, zone: ZoneInfo, first: date, last: date) -> "WorkingTime":
        sessions = sessions_in(session, first, last)
        kinds = kinds_in(session, first, last)
        days: dict[date, tuple[Interval, ...]] = {}
        for day, day_sessions in sessions.items():
            kind = kinds.get(day)
            working = kind == WORKDAY or (kind != HOLIDAY and day.weekday() < 5)
            if working and day_sessions:
                days[day] = tuple((_at(day, start, zone), _at(day, end, zone)) for start, end in day_sessions)
        return cls(days, first, last, zone)

    def working_days_from(self, day: date) -> Iterator[date]:
        while day <= self.last:
            if day in self.days:
                yield day
            day += timedelta(days=1)

    def closing(self, day: date) -> datetime:
        return self.days[day][-1][1]

    def due(self, accepted: datetime, limit: TimeLimit) -> datetime | None:
        """When ``limit`` runs out for something accepted at ``accepted`` (aware), or None
        when the loaded span is too short to say."""
        local = accepted.astimezone(self.zone)
        if limit.kind == DAYS:
            count = 0
            for day in self.working_days_from(local.date() + timedelta(days=1)):
                count += 1
                if count == limit.amount:
                    return self.closing(day)
            return None
        if limit.kind == HOURS:
            remaining = timedelta(hours=limit.amount)
            for day in self.working_days_from(local.date()):
                for start, end in self.days[day]:
                    begin = max(start, local)
                    if end <= begin:
                        continue
                    if end - begin >= remaining:
                        return begin + remaining
                    remaining -= end - begin
            return None
        for day in self.working_days_from(local.date()):
            if self.closing(day) > local:
                return self.closing(day)
        return None

    def working_seconds_before(self) -> "Callable[[float], float]":
        """W(t): the working seconds from the start of the loaded span to the POSIX time t.

        The working seconds between two moments are W(end) - W(start): one bisection each,
        instead of walking the days between them (the statistics do this for every request
        resolved in a month)."""
        starts: list[float] = []
        spans: list[tuple[float, float]] = []
        total = 0.0
        for day in sorted(self.days):
            for s, e in self.days[day]:
                begin, finish = s.timestamp(), e.timestamp()
                starts.append(begin)
                spans.append((finish, total))
                total += finish - begin

        def before(moment: float) -> float:
            index = bisect_right(starts, moment) - 1
            if index < 0:
                return 0.0
            finish, done = spans[index]
            return done + min(moment, finish) - starts[index]

        return before

    def seconds_between(self, start: datetime, end: datetime) -> float:
        """Working seconds between two moments (the overlap with working sessions)."""
        total = 0.0
        day = start.astimezone(self.zone).date()
        last = end.astimezone(self.zone).date()
        while day <= last:
            for s, e in self.days.get(day, ()):
                overlap = (min(e, end) - max(s, start)).total_seconds()
                if overlap > 0:
                    total += overlap
            day += timedelta(days=1)
        return total


def _at(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def due_at(session: Session, zone: ZoneInfo, accepted: datetime, limit: TimeLimit) -> datetime:
    """The due moment (aware UTC) of ``limit`` from ``accepted``, read in the caller's transaction."""
    start = accepted.astimezone(zone).date()
    span = 14 + limit.amount * 2 if limit.kind == DAYS else 14 + limit.amount // 4
    while True:
        due = WorkingTime.load(session, zone, start, start + timedelta(days=span)).due(accepted, limit)
        if due is not None:
            return due.astimezone(UTC)
        if span >= _SEARCH_LIMIT_DAYS:
            raise Refusal("The center has no working day in the next two years, so no due time "
                          "can be set. Check the opening hours and the holidays in the calendar.")
        span = min(span * 2, _SEARCH_LIMIT_DAYS)
