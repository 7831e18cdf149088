"""The roster as a grid for printing: posts down, days across, each cell the day's duties.

The weekly roster (周值班安排表) and the month view are both read from here, in four
queries whatever the range (center, posts, duties with their shift and person, calendar
marks), so printing a month of a big center stays as quick as printing a week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select

from db.engine import Store
from db.tables import CalendarDay, Center, Duty, Shift, Staff
from desk.text import format_phone
from desk.clock import CenterClock
from desk.errors import Refusal
from desk.roster.calendar import ORDINARY
from desk.roster.posts import load_posts

# Longer than any month: a grid is a week or a month, never a quarter by accident.
MAX_DAYS = 62
# Sources that differ from the plan and so are marked on paper.
MARKED_SOURCES = ("cover", "swap")


@dataclass(frozen=True)
class GridLine:
    """One person on one shift in one cell."""

    shift: str
    start: str  # "HH:MM" local
    end: str
    staff_id: int
    person: str
    source: str  # auto | manual | swap | cover

    @property
    def marked(self) -> bool:
        return self.source in MARKED_SOURCES


@dataclass(frozen=True)
class GridDay:
    day: date
    kind: str | None  # holiday | workday (调休上班) | None
    name: str  # 春节, 国庆节, ... ("" on ordinary days)

    @property
    def weekend(self) -> bool:
        return self.day.weekday() >= 5

    @property
    def rest_day(self) -> bool:
        """A day most staff are off: a holiday, or a weekend that is not a make-up day."""
        return self.kind == "holiday" or (self.weekend and self.kind != "workday")


@dataclass(frozen=True)
class GridRow:
    post_id: int
    post_name: str
    location: str
    holder_name: str
    backup_name: str
    cells: tuple[tuple[GridLine, ...], ...]  # one per day of the grid


@dataclass(frozen=True)
class RosterGrid:
    center_name: str
    supervision_phone: str
    days: tuple[GridDay, ...]
    rows: tuple[GridRow, ...]

    @property
    def first(self) -> date:
        return self.days[0].day

    @property
    def last(self) -> date:
        return self.days[-1].day


def week_start(day: date) -> date:
    """The Monday of the week containing ``day`` (Chinese rosters run Monday to Sunday)."""
    return day - timedelta(days=day.weekday())


def month_span(day: date) -> tuple[date, int]:
    """The first day of ``day``'s month and how many days it has."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, (following - first).days


def roster_grid(store: Store, clock: CenterClock, start_day: date, days: int) -> RosterGrid:
    """Posts × days from ``start_day`` for ``days`` days, with holiday and 调休 marks.

    Active posts are listed, and so is a post deactivated since that still has duties in
    the range: a printed roster must never drop someone who was on duty.
    """
    if not 1 <= days <= MAX_DAYS:
        raise Refusal("A roster covers 1 to {most} days.", most=MAX_DAYS)
    last = start_day + timedelta(days=days - 1)
    with store.read() as session:
        center = session.exec(select(Center)).first()
        posts = load_posts(session, include_inactive=True)
        rows = session.exec(
            select(Duty.day, Duty.post_id, Duty.staff_id, Duty.starts_at, Duty.ends_at, Duty.source,
                   Shift.name, Staff.name)
            .join(Shift, col(Shift.id) == Duty.shift_id)
            .join(Staff, col(Staff.id) == Duty.staff_id)
            .where(col(Duty.day) >= start_day, col(Duty.day) <= last, col(Duty.removed).is_(False))
            .order_by(col(Duty.starts_at), col(Duty.id))).all()
        marks = {row.day: row for row in session.exec(
            select(CalendarDay).where(col(CalendarDay.day) >= start_day, col(CalendarDay.day) <= last,
                                      CalendarDay.kind != ORDINARY))}
    grid_days = tuple(
        GridDay(day, marks[day].kind if day in marks else None, marks[day].name if day in marks else "")
        for day in (start_day + timedelta(days=offset) for offset in range(days)))
    cells: dict[tuple[int, date], list[GridLine]] = {}
    for day, post_id, staff_id, starts_at, ends_at, source, shift_name, person in rows:
        line = GridLine(shift_name, clock.local(starts_at).strftime("%H:%M"),
                        clock.local(ends_at).strftime("%H:%M"), staff_id, person, source)
        cells.setdefault((post_id, day), []).append(line)
    with_duties = {post_id for post_id, _ in cells}
    grid_rows = tuple(
        GridRow(post.id, post.name, post.location, post.holder_name, post.backup_name,
                tuple(tuple(cells.get((post.id, d.day), ())) for d in grid_days))
        for post in posts if post.active or post.id in with_duties)
    return RosterGrid(
        center_name=center.name if center else "",
        supervision_phone=format_phone(center.supervision_phone) if center else "",
        days=grid_days, rows=grid_rows)
