"""Repeating bookings: RFC 5545 rules (RRULE), hand-picked dates (RDATE) and exceptions (EXDATE).

The rule is kept as RRULE text on the series (so it can be shown, exported to iCal and
re-read), and expanded here into calendar dates with python-dateutil. Only whole-day
frequencies are accepted (daily, weekly, monthly, yearly): the time of day is the
series' own start and end. A series is capped at ``MAX_OCCURRENCES`` dates, like MRBS's
366: a rule with no end, or one running for decades, is refused with the cap named.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil.rrule import rrulestr

from desk.errors import Refusal

MAX_OCCURRENCES = 500
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_REFUSED_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND", "DTSTART")
_UNTIL = re.compile(r"^(\d{8})(T\d{6}Z?)?$")


@dataclass(frozen=True)
class Repeat:
    """How a series repeats: a rule, dates picked by hand, and dates left out."""

    rule: str = ""  # e.g. "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270115"; "" for picked dates only
    picked: tuple[date, ...] = ()
    skipped: tuple[date, ...] = ()


def _end(until: date | None, count: int | None) -> str:
    if until is not None:
        return f";UNTIL={until:%Y%m%d}"
    if count is not None:
        return f";COUNT={count}"
    return ""


def daily(every: int = 1, *, until: date | None = None, count: int | None = None) -> str:
    return f"FREQ=DAILY;INTERVAL={every}{_end(until, count)}"


def weekly(weekdays: Iterable[int], every: int = 1, *, until: date | None = None,
           count: int | None = None) -> str:
    """``weekdays``: 0 is Monday."""
    days = ",".join(_DAYS[d] for d in sorted(set(weekdays)))
    if not days:
        raise Refusal("Choose at least one weekday for a weekly booking.")
    return f"FREQ=WEEKLY;INTERVAL={every};BYDAY={days}{_end(until, count)}"


def monthly_on_day(day_of_month: int, every: int = 1, *, until: date | None = None,
                   count: int | None = None) -> str:
    """The same day of each month (months without that day are left out, as RFC 5545 says)."""
    return f"FREQ=MONTHLY;INTERVAL={every};BYMONTHDAY={day_of_month}{_end(until, count)}"


def monthly_on_weekday(nth: int, weekday: int, every: int = 1, *, until: date | None = None,
                       count: int | None = None) -> str:
    """E.g. the last Friday (nth=-1, weekday=4) or the first Monday (1, 0) of each month."""
    return f"FREQ=MONTHLY;INTERVAL={every};BYDAY={nth:+d}{_DAYS[weekday]}{_end(until, count)}"


def _normalised(rule: str) -> str:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for part in filter(None, text.split(";")):
        name, _, value = part.partition("=")
        name = name.strip().upper()
        if not value or name in parts:
            raise Refusal("The repeat rule {rule} cannot be read.", rule=rule)
        parts[name] = value.strip().upper()
    frequency = parts.get("FREQ")
    if frequency not in FREQUENCIES:
        raise Refusal("A booking repeats daily, weekly, monthly or yearly; the rule {rule} does not say which.",
                      rule=rule)
    if any(name in parts for name in _REFUSED_PARTS):
        raise Refusal("The repeat rule may not set times of day; the booking's own start and end are used.")
    if "UNTIL" not in parts and "COUNT" not in parts:
        raise Refusal("A repeating booking needs an end: a last date or a number of times (at most {cap}).",
                      cap=MAX_OCCURRENCES)
    if "UNTIL" in parts:
        # A last day, read as a local date (also when sent as a UTC moment), so the
        # rule does not need a time zone.
        match = _UNTIL.match(parts["UNTIL"])
        if not match:
            raise Refusal("The repeat rule's last date {until} cannot be read.", until=parts["UNTIL"])
        parts["UNTIL"] = match.group(1) + "T235959"
    return ";".join(f"{name}={value}" for name, value in parts.items())


def check_rule(rule: str) -> str:
    """The rule as it will be stored, or a Refusal saying what is wrong with it."""
    return _normalised(rule) if rule.strip() else ""


def occurrence_dates(first_day: date, repeat: Repeat, cap: int = MAX_OCCURRENCES) -> list[date]:
    """The series' dates in order: the rule's, plus picked ones, minus skipped ones."""
    days: set[date] = set(repeat.picked)
    if repeat.rule.strip():
        text = _normalised(repeat.rule)
        try:
            rule = rrulestr(text, dtstart=datetime.combine(first_day, time(0, 0)))
        except (ValueError, TypeError):
            raise Refusal("The repeat rule {rule} cannot be read.", rule=repeat.rule) from None
        for moment in itertools.islice(rule, cap + len(repeat.skipped) + 1):
            days.add(moment.date())
    days -= set(repeat.skipped)
    if len(days) > cap:
        raise Refusal("This series has more than {cap} dates; at most {cap} can be booked at once. "
                      "Choose an earlier last date or fewer times, and book the rest later.", cap=cap)
    if not days:
        raise Refusal("This series has no dates. Check the repeat rule, the first day and the dates left out.")
    return sorted(days)
