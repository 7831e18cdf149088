"""When each room is open, day by day: hours, statutory holidays and closures, read together.

A room without its own hours follows the center: its weekly hours, a seasonal timetable
when one is in force, the timetable's holiday sessions on statutory holidays (closed if
it has none) and Monday's hours on a make-up working day (调休) — exactly what the roster
uses (``desk.roster.timetable.sessions_for``). A room with its own weekly hours keeps them
all year, is closed on statutory holidays and works Monday's hours on a make-up day.
A closure (the whole center, or this room) closes the day whatever the hours say.

Everything is read in a bounded number of queries for any number of rooms and days.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from db.tables import CalendarDay, Center, Closure, Room
from desk.center.hours import OpeningHours
from desk.center.service import hours_of
from desk.rooms.intervals import Interval, session_intervals
from desk.roster.calendar import HOLIDAY, WORKDAY
# sessions_for day by day, not sessions_in: a series needs 52 Mondays of a year, not all 365 days.
from desk.roster.timetable import active_timetables, sessions_for

Sessions = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DayOpening:
    """One room on one day."""

    day: date
    sessions: Sessions  # local "HH:MM" pairs; the hours that apply, even on a closed day
    holiday: str  # the statutory holiday's name ("" on other days)
    closure: str  # why the center or the room is closed that day ("" when not closed)
    closure_id: int | None = None

    @property
    def closed(self) -> bool:
        """No booking without an override: closed by a closure, or no sessions at all."""
        return bool(self.closure_id) or not self.sessions

    def intervals(self, zone: ZoneInfo) -> list[Interval]:
        return [] if self.closed else session_intervals(zone, self.day, self.sessions)


def _own_sessions(hours: OpeningHours, day: date, kind: str | None) -> Sessions:
    if kind == HOLIDAY:
        return ()
    return hours.days[0 if kind == WORKDAY else day.weekday()]


def openings(session: Session, rooms: Iterable[Room], start: date, end: date, *,
             only: Collection[date] | None = None) -> dict[int, dict[date, DayOpening]]:
    """room id → day → opening, for every day from start to end inclusive (or just the days
    in ``only``: a series needs 52 Mondays of a year, not all 365 days)."""
    rooms = list(rooms)
    wanted = sorted(set(only)) if only is not None else None
    center_hours = hours_of(session.get(Center, 1))
    timetables = active_timetables(session)
    center_days: dict[date, Sessions] = {}
    special = {day: (kind, name) for day, kind, name in session.exec(
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.name).where(
            col(CalendarDay.day) >= start, col(CalendarDay.day) <= end))}
    closures: dict[tuple[date, int | None], Closure] = {}
    for row in session.exec(select(Closure).where(
            col(Closure.day) >= start, col(Closure.day) <= end, Closure.removed == False)):  # noqa: E712
        closures.setdefault((row.day, row.room_id), row)
    result: dict[int, dict[date, DayOpening]] = {}
    for room in rooms:
        own = OpeningHours.from_json(room.hours) if room.hours else None
        days: dict[date, DayOpening] = {}
        for day in wanted if wanted is not None else _every_day(start, end):
            kind, name = special.get(day, (None, ""))
            kind = kind if kind in (HOLIDAY, WORKDAY) else None  # "ordinary": a day made ordinary again
            if own:
                sessions = _own_sessions(own, day, kind)
            else:
                if day not in center_days:  # the roster's rule (timetable.sessions_for), once per day
                    center_days[day] = sessions_for(day, kind, timetables, center_hours)
                sessions = center_days[day]
            closure = closures.get((day, room.id)) or closures.get((day, None))
            days[day] = DayOpening(day=day, sessions=tuple(sessions), holiday=name if kind == HOLIDAY else "",
                                   closure=closure.reason if closure else "",
                                   closure_id=closure.id if closure else None)
        result[room.id or 0] = days
    return result


def _every_day(start: date, end: date) -> Iterable[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def describe(sessions: Sessions) -> str:
    """08:30–12:00, 14:00–17:30 (for messages)."""
    return ", ".join(f"{start}–{end}" for start, end in sessions)
