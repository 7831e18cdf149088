"""China's statutory holidays and make-up working days (调休), kept in the store.

The store is seeded from the ``chinesecalendar`` package by migration 0002; an
administrator may add or correct days by hand ("local"), refresh from a newer package, or
import a list (a file today, the city hub later). A hand edit is never overwritten by a
package refresh: the center knows its own calendar best.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import CalendarDay
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import CALENDAR, NOTHING, Changes, Done
from desk.clock import utcnow
from desk.errors import NotFound, Refusal
from desk.text import clean_text

HOLIDAY = "holiday"
WORKDAY = "workday"
KINDS = (HOLIDAY, WORKDAY)
# A day the package marks but the center has made ordinary again: the row stays, so a
# package refresh does not bring the holiday back. Readers treat it as no special day.
ORDINARY = "ordinary"
SOURCES = ("package", "local", "hub")
# The package covers years long past; a desk only needs the years it can still schedule.
FIRST_YEAR = 2020

# The package names its days in English; the desk shows what people call them.
# (Migration 0002 keeps its own frozen copy, as migrations must.)
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


@dataclass(frozen=True)
class CalendarDayInfo:
    day: date
    kind: str  # holiday | workday | ordinary (a package day the center made ordinary)
    name: str
    source: str  # package | local | hub


@dataclass(frozen=True)
class CalendarUpdate:
    """What a refresh from the package did."""

    added: tuple[date, ...]
    updated: tuple[date, ...]
    kept: tuple[CalendarDayInfo, ...]  # hand edits left as they are although the package differs


def chinese_name(name: str) -> str:
    return HOLIDAY_NAMES.get(name, name)


def package_days() -> dict[date, tuple[str, str]]:
    """Every day the installed package knows from FIRST_YEAR on: day -> (kind, Chinese name)."""
    import chinese_calendar  # loaded on first use: only refreshes need it

    days: dict[date, tuple[str, str]] = {}
    for kind, table in ((HOLIDAY, chinese_calendar.holidays), (WORKDAY, chinese_calendar.workdays)):
        for day, name in table.items():
            if day.year >= FIRST_YEAR:
                days[day] = (kind, chinese_name(name or ""))
    return days


def kinds_in(session: Session, start: date, end: date) -> dict[date, str]:
    """The special days between start and end inclusive, read in the caller's transaction."""
    rows = session.exec(select(CalendarDay.day, CalendarDay.kind).where(
        col(CalendarDay.day) >= start, col(CalendarDay.day) <= end, CalendarDay.kind != ORDINARY))
    return {day: kind for day, kind in rows}


def _info(row: CalendarDay) -> CalendarDayInfo:
    return CalendarDayInfo(day=row.day, kind=row.kind, name=row.name, source=row.source)


def _check_kind(kind: str, day: date) -> str:
    if kind not in KINDS:
        raise Refusal("{day}: {kind} is not a kind of day; a day is a holiday or a make-up "
                      "working day (workday).", day=day.isoformat(), kind=kind)
    return kind


def _clean_name(name: str) -> str:
    return clean_text(name, field="Holiday name", max_length=50)


class CalendarService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- reading ---------------------------------------------------------------------
    def kind_of(self, day: date) -> str | None:
        """"holiday", "workday" (a make-up working day) or None for an ordinary day."""
        with self.store.read() as session:
            row = session.get(CalendarDay, day)
            return row.kind if row and row.kind != ORDINARY else None

    def kinds_between(self, start: date, end: date) -> dict[date, str]:
        with self.store.read() as session:
            return kinds_in(session, start, end)

    def days(self, year: int) -> list[CalendarDayInfo]:
        with self.store.read() as session:
            rows = session.exec(select(CalendarDay).where(
                col(CalendarDay.day) >= date(year, 1, 1), col(CalendarDay.day) <= date(year, 12, 31),
            ).order_by(CalendarDay.day))
            return [_info(row) for row in rows]

    # ---- writing (administrators) ----------------------------------------------------
    def set_day(self, actor: Actor, day: date, kind: str, name: str) -> Done[CalendarDayInfo]:
        actor.require_admin()
        _check_kind(kind, day)
        clean = _clean_name(name)
        with self.store.write() as session:
            row = session.get(CalendarDay, day)
            before = _info(row).__dict__ if row else None
            if row is None:
                row = CalendarDay(day=day, kind=kind, name=clean, source="local", updated_at=utcnow())
            else:
                row.kind, row.name, row.source, row.updated_at = kind, clean, "local", utcnow()
            session.add(row)
            record(session, actor, "calendar.set_day", entity="calendar_day", entity_id=day.isoformat(),
                   before=before, after={"kind": kind, "name": clean, "source": "local"})
            return Done(_info(row), Changes.of(CALENDAR))

    def remove_day(self, actor: Actor, day: date) -> Done[None]:
        """Make a day ordinary again (a holiday the package got wrong, a cancelled 调休)."""
        actor.require_admin()
        in_package = day in package_days()  # read before taking the write lock
        with self.store.write() as session:
            row = session.get(CalendarDay, day)
            if row is None or row.kind == ORDINARY:
                raise NotFound("{day} is an ordinary day already.", day=day.isoformat())
            before = _info(row).__dict__
            if in_package:
                # Remembered, so that "update from the package" keeps the center's word.
                row.kind, row.source, row.updated_at = ORDINARY, "local", utcnow()
                session.add(row)
            else:
                session.delete(row)
            record(session, actor, "calendar.remove_day", entity="calendar_day",
                   entity_id=day.isoformat(), before=before)
        return Done(None, Changes.of(CALENDAR))

    def update_from_package(self, actor: Actor) -> Done[CalendarUpdate]:
        """Add the days a newer package knows and correct package days; keep hand edits."""
        actor.require_admin()
        known = package_days()
        added: list[date] = []
        updated: list[date] = []
        kept: list[CalendarDayInfo] = []
        now = utcnow()
        with self.store.write() as session:
            rows = {row.day: row for row in session.exec(select(CalendarDay).where(
                col(CalendarDay.day) >= date(FIRST_YEAR, 1, 1)))}
            for day, (kind, name) in sorted(known.items()):
                row = rows.get(day)
                if row is None:
                    session.add(CalendarDay(day=day, kind=kind, name=name, source="package", updated_at=now))
                    added.append(day)
                elif (row.kind, row.name) == (kind, name):
                    continue
                elif row.source == "package":
                    row.kind, row.name, row.updated_at = kind, name, now
                    session.add(row)
                    updated.append(day)
                else:
                    kept.append(_info(row))
            result = CalendarUpdate(tuple(added), tuple(updated), tuple(kept))
            if added or updated:
                record(session, actor, "calendar.update", entity="calendar", entity_id="package",
                       after={"added": len(added), "updated": len(updated), "kept": len(kept)},
                       detail=", ".join(d.isoformat() for d in (added + updated)[:60]))
        return Done(result, Changes.of(CALENDAR) if (added or updated) else NOTHING)

    def import_days(self, actor: Actor, rows: Iterable[tuple[date, str, str]], *,
                    source: str = "local") -> Done[int]:
        """Set many days at once; all or nothing. Returns how many days were set: a list from
        the hub leaves the days the center set itself as they are."""
        actor.require_admin()
        if source not in SOURCES:
            raise Refusal("{source} is not a calendar source.", source=source)
        wanted: dict[date, tuple[str, str]] = {}
        for day, kind, name in rows:
            _check_kind(kind, day)
            clean = _clean_name(name)
            if day in wanted and wanted[day][0] != kind:
                raise Refusal("{day} is listed both as a holiday and as a make-up working day. "
                              "Correct the list and import it again; nothing was changed.",
                              day=day.isoformat())
            wanted[day] = (kind, clean)
        if not wanted:
            raise Refusal("The list has no days in it; nothing was changed.")
        now = utcnow()
        with self.store.write() as session:
            existing = {row.day: row for row in session.exec(select(CalendarDay).where(
                col(CalendarDay.day).in_(list(wanted))))}
            set_days = 0
            for day, (kind, name) in sorted(wanted.items()):
                row = existing.get(day)
                if source == "hub" and row is not None and row.source == "local":
                    continue  # the center's own edit wins over the city's list, as over a refresh
                row = row or CalendarDay(day=day, kind=kind, name=name, source=source, updated_at=now)
                row.kind, row.name, row.source, row.updated_at = kind, name, source, now
                session.add(row)
                set_days += 1
            first, last = min(wanted), max(wanted)
            record(session, actor, "calendar.import", entity="calendar", entity_id=source,
                   after={"days": set_days, "kept_local": len(wanted) - set_days,
                          "first": first.isoformat(), "last": last.isoformat()})
        return Done(set_days, Changes.of(CALENDAR) if set_days else Changes())
