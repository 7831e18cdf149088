"""Time arithmetic of bookings: half-open intervals, buffers, opening sessions. No database.

Every interval is half-open, [start, end): a booking until 10:00 and one from 10:00 touch
but do not clash. Moments are aware UTC datetimes; "HH:MM" texts are local times of the
center's zone. A session that ends at 23:59 runs to midnight (``OpeningHours`` cannot
say 24:00), so a room open 18:00–23:59 and 00:00–02:00 can be booked across midnight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk.errors import Refusal

Interval = tuple[datetime, datetime]

MAX_BOOKING = timedelta(hours=24)  # one booking, across midnight included
MAX_BUFFER_MINUTES = 240  # setup or cleanup
# The longest a room can be taken by one booking, buffers included: the conflict query
# only looks at bookings whose block starts less than this before the new one.
MAX_BLOCK = MAX_BOOKING + timedelta(minutes=2 * MAX_BUFFER_MINUTES)
END_OF_DAY = "23:59"

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_STAMP = "%Y-%m-%d %H:%M:%S.%f"


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open overlap: touching intervals do not overlap."""
    return a_start < b_end and b_start < a_end


def block_of(start: datetime, end: datetime, setup_minutes: int, cleanup_minutes: int) -> Interval:
    """The stretch the room is taken: the booking widened by its setup and cleanup buffers."""
    return start - timedelta(minutes=setup_minutes), end + timedelta(minutes=cleanup_minutes)


def check_hhmm(text: str) -> str:
    value = (text or "").strip()
    if not _HHMM.match(value):
        raise Refusal("Times must look like 08:30 (hours and minutes); {text} does not.", text=text)
    return value


def local_span(zone: ZoneInfo, day: date, start_hhmm: str, end_hhmm: str) -> Interval:
    """The UTC interval of a booking on ``day`` from start to end local time.

    An end before the start means the next day (a booking across midnight); an end equal
    to the start is refused, it would be empty.
    """
    start_text, end_text = check_hhmm(start_hhmm), check_hhmm(end_hhmm)
    if start_text == end_text:
        raise Refusal("A booking must end after it starts ({start}–{end}).", start=start_text, end=end_text)
    start = datetime.combine(day, _time(start_text), zone)
    end_day = day + timedelta(days=1) if end_text < start_text else day
    end = datetime.combine(end_day, _time(end_text), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def _time(hhmm: str) -> time:
    return time(int(hhmm[:2]), int(hhmm[3:5]))  # "HH:MM", already checked


def session_intervals(zone: ZoneInfo, day: date, sessions: Iterable[tuple[str, str]]) -> list[Interval]:
    """A day's opening sessions as UTC intervals (a session ending 23:59 runs to midnight)."""
    result = []
    for start, end in sessions:
        begin = datetime.combine(day, _time(start), zone)
        finish = (datetime.combine(day + timedelta(days=1), time(0, 0), zone) if end == END_OF_DAY
                  else datetime.combine(day, _time(end), zone))
        result.append((begin.astimezone(UTC), finish.astimezone(UTC)))
    return result


def merged(intervals: Iterable[Interval]) -> list[Interval]:
    """The union of intervals as sorted, disjoint intervals (touching ones joined)."""
    result: list[Interval] = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            if end > result[-1][1]:
                result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
    return result


def covered(start: datetime, end: datetime, open_intervals: Sequence[Interval]) -> bool:
    """Is [start, end) inside one stretch of opening time (after joining touching sessions)?"""
    return any(s <= start and end <= e for s, e in merged(open_intervals))


def intersection_total(intervals: Iterable[Interval], windows: Iterable[Interval]) -> timedelta:
    """How much of the union of ``intervals`` lies inside the union of ``windows``."""
    total = timedelta(0)
    spans, frames = merged(intervals), merged(windows)
    i = j = 0
    while i < len(spans) and j < len(frames):
        start = max(spans[i][0], frames[j][0])
        end = min(spans[i][1], frames[j][1])
        if start < end:
            total += end - start
        if spans[i][1] < frames[j][1]:
            i += 1
        else:
            j += 1
    return total


def local_days(zone: ZoneInfo, start: datetime, end: datetime) -> list[date]:
    """The local calendar days an interval touches (one, or two across midnight)."""
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    days, day = [], first
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    return days


def stamp(moment: datetime) -> str:
    """A moment as the store keeps it (naive UTC text), for hand-written SQL."""
    return moment.astimezone(UTC).strftime(_STAMP)


def from_stamp(text: str | datetime) -> datetime:
    if isinstance(text, datetime):
        return text if text.tzinfo else text.replace(tzinfo=UTC)
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def when_text(zone: ZoneInfo, start: datetime, end: datetime) -> str:
    """2026-05-04 14:00–16:00, or 2026-05-04 22:00 – 2026-05-05 01:00 across midnight (for messages)."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    if first.date() == last.date():
        return f"{first:%Y-%m-%d %H:%M}–{last:%H:%M}"
    return f"{first:%Y-%m-%d %H:%M} – {last:%Y-%m-%d %H:%M}"
