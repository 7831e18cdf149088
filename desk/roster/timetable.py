"""Which sessions the center is open on a given day.

The center's own opening hours apply unless a seasonal timetable (夏令/冬令作息) is in
force that day. On a statutory holiday the timetable's "holiday" sessions apply (closed
if it has none, and always closed under the center's own hours); a make-up working day
(调休) is worked like a Monday.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta

import sqlmodel
from sqlmodel import col, select

from db.engine import Store
from db.tables import Center, Timetable
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.hours import OpeningHours, Session
from desk.center.service import hours_of
from desk.changes import CALENDAR, NOTHING, Changes, Done
from desk.errors import NotFound, Refusal
from desk.roster.calendar import HOLIDAY, WORKDAY, kinds_in
from desk.text import clean_text

Sessions = tuple[Session, ...]
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")
_LEAP_YEAR = 2000  # every MM-DD, Feb 29 included, is a day of a leap year


@dataclass(frozen=True)
class TimetableInfo:
    id: int
    name: str
    starts: str  # "MM-DD", inclusive
    ends: str  # "MM-DD", inclusive; before ``starts`` means it runs over the new year
    hours: OpeningHours
    holiday: Sessions  # sessions kept on statutory holidays; empty = closed
    active: bool

    def covers(self, day: date) -> bool:
        return _in_range(day.strftime("%m-%d"), self.starts, self.ends)


@dataclass(frozen=True)
class TimetableForm:
    name: str
    starts: str
    ends: str
    hours: OpeningHours
    holiday: Sessions = ()
    active: bool = True
    id: int | None = None  # None adds a new timetable


def _in_range(month_day: str, starts: str, ends: str) -> bool:
    if starts <= ends:
        return starts <= month_day <= ends
    return month_day >= starts or month_day <= ends  # wraps the new year


def _check_month_day(text: str, *, first: bool) -> str:
    match = _MONTH_DAY.match(text.strip())
    try:
        if not match:
            raise ValueError(text)
        date(_LEAP_YEAR, int(match.group(1)), int(match.group(2)))
    except ValueError:
        # Two whole sentences rather than a "{what}" word, so each translates as a whole.
        if first:
            raise Refusal("The first day must look like 06-01 (month and day), and be a real day; "
                          "{text} is not.", text=text) from None
        raise Refusal("The last day must look like 06-01 (month and day), and be a real day; "
                      "{text} is not.", text=text) from None
    return text.strip()


def _days_of(starts: str, ends: str) -> set[str]:
    day, days = date(_LEAP_YEAR, 1, 1), set()
    while day.year == _LEAP_YEAR:
        text = day.strftime("%m-%d")
        if _in_range(text, starts, ends):
            days.add(text)
        day += timedelta(days=1)
    return days


def _info(row: Timetable) -> TimetableInfo:
    raw = json.loads(row.hours or "{}")
    holiday = tuple((s, e) for s, e in raw.pop("holiday", []))
    hours = OpeningHours.from_json(json.dumps(raw))
    return TimetableInfo(id=row.id or 0, name=row.name, starts=row.starts, ends=row.ends,
                         hours=hours, holiday=holiday, active=row.active)


def _snapshot(row: Timetable) -> dict[str, object]:
    return {"name": row.name, "starts": row.starts, "ends": row.ends, "hours": json.loads(row.hours or "{}"),
            "active": row.active}


def _hours_json(hours: OpeningHours, holiday: Sessions) -> str:
    raw = json.loads(hours.to_json())
    raw["holiday"] = [list(s) for s in holiday]
    return json.dumps(raw)


def sessions_for(day: date, kind: str | None, timetables: list[TimetableInfo],
                 center_hours: OpeningHours) -> Sessions:
    """The rule of this module for one day, given what is already loaded."""
    timetable = next((t for t in timetables if t.active and t.covers(day)), None)
    if kind == HOLIDAY:
        return timetable.holiday if timetable else ()
    hours = timetable.hours if timetable else center_hours
    weekday = 0 if kind == WORKDAY else day.weekday()
    return hours.days[weekday]


def active_timetables(session: sqlmodel.Session) -> list[TimetableInfo]:
    """The seasonal timetables in force, read in the caller's transaction."""
    return [_info(row) for row in session.exec(select(Timetable).where(Timetable.active == True))]  # noqa: E712


def sessions_in(session: sqlmodel.Session, start: date, end: date) -> dict[date, Sessions]:
    """Each day's opening sessions from start to end inclusive, read in the caller's transaction."""
    center_hours = hours_of(session.get(Center, 1))
    timetables = active_timetables(session)
    kinds = kinds_in(session, start, end)
    result: dict[date, Sessions] = {}
    day = start
    while day <= end:
        result[day] = sessions_for(day, kinds.get(day), timetables, center_hours)
        day += timedelta(days=1)
    return result


class TimetableService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- opening sessions ------------------------------------------------------------
    def sessions_on(self, day: date) -> Sessions:
        return self.sessions_between(day, day)[day]

    def sessions_between(self, start: date, end: date) -> dict[date, Sessions]:
        with self.store.read() as session:
            return sessions_in(session, start, end)

    # ---- administering timetables ----------------------------------------------------
    def timetables(self) -> list[TimetableInfo]:
        with self.store.read() as session:
            rows = session.exec(select(Timetable).order_by(col(Timetable.active).desc(), Timetable.starts))
            return [_info(row) for row in rows]

    def save_timetable(self, actor: Actor, form: TimetableForm) -> Done[TimetableInfo]:
        actor.require_admin()
        name = clean_text(form.name, field="Timetable name", max_length=50, required=True)
        starts = _check_month_day(form.starts, first=True)
        ends = _check_month_day(form.ends, first=False)
        hours = OpeningHours.validated(tuple(tuple(day) for day in form.hours.days))
        holiday = tuple(tuple(s) for s in form.holiday)
        OpeningHours.validated((holiday,) + ((),) * 6)  # the same rules as any day's sessions
        with self.store.write() as session:
            row = Timetable() if form.id is None else session.get(Timetable, form.id)
            if row is None:
                raise NotFound("That timetable no longer exists.")
            others = list(session.exec(select(Timetable).where(col(Timetable.id) != form.id)))
            for other in others:
                if other.name.casefold() == name.casefold():
                    raise Refusal("There is already a timetable called {name}.", name=other.name)
            if form.active:
                mine = _days_of(starts, ends)
                for other in others:
                    if other.active and mine & _days_of(other.starts, other.ends):
                        raise Refusal("{name} ({starts} to {ends}) overlaps {other} ({other_starts} to "
                                      "{other_ends}). Change the dates or deactivate {other} first.",
                                      name=name, starts=starts, ends=ends, other=other.name,
                                      other_starts=other.starts, other_ends=other.ends)
            before = _snapshot(row) if form.id is not None else None
            row.name, row.starts, row.ends, row.active = name, starts, ends, form.active
            row.hours = _hours_json(hours, holiday)
            session.add(row)
            session.flush()
            record(session, actor, "timetable.save", entity="timetable", entity_id=row.id,
                   before=before, after=_snapshot(row))
            return Done(_info(row), Changes.of(CALENDAR))

    def deactivate_timetable(self, actor: Actor, timetable_id: int) -> Done[TimetableInfo]:
        actor.require_admin()
        with self.store.write() as session:
            row = session.get(Timetable, timetable_id)
            if row is None:
                raise NotFound("That timetable no longer exists.")
            if not row.active:
                return Done(_info(row), NOTHING)
            row.active = False
            session.add(row)
            record(session, actor, "timetable.deactivate", entity="timetable", entity_id=row.id,
                   before={"active": True}, after={"active": False}, detail=row.name)
            return Done(_info(row), Changes.of(CALENDAR))
