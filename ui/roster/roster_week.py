"""Everything the roster page shows for one week, read in one go on a worker thread.

The grid, the problem list and the cell editor's hints ("on leave", "on duty at 党员服务
then") all come from this one snapshot, so the editor never asks the store while a
receptionist is choosing someone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desk.roster.calendar import ORDINARY, CalendarDayInfo
from desk.roster.coverage import CoverageColumn, CoverageWeek
from desk.roster.duties import DutyInfo, LeaveInfo
from desk.roster.generate import duty_times
from desk.roster.posts import PostInfo
from desk.roster.shifts import ShiftInfo
from desk.roster.staff import StaffInfo

if TYPE_CHECKING:
    from desk.context import DeskContext


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class RosterWeek:
    coverage: CoverageWeek
    marks: dict[date, CalendarDayInfo]  # holidays and make-up working days of the week
    duties: tuple[DutyInfo, ...]  # the week's duties (not removed)
    leaves: tuple[LeaveInfo, ...]  # leave overlapping the week
    staff: tuple[StaffInfo, ...]  # everyone, former staff included (old duties name them)
    posts: tuple[PostInfo, ...]
    shifts: tuple[ShiftInfo, ...]  # active shifts

    @property
    def monday(self) -> date:
        return self.coverage.monday

    @property
    def sunday(self) -> date:
        return self.coverage.monday + timedelta(days=6)

    def post(self, post_id: int) -> PostInfo | None:
        return next((p for p in self.posts if p.id == post_id), None)

    def leave_of(self, staff_id: int, day: date) -> LeaveInfo | None:
        return next((leave for leave in self.leaves
                     if leave.staff_id == staff_id and leave.starts_on <= day <= leave.ends_on), None)

    def busy(self, staff_id: int, starts_at: datetime, ends_at: datetime,
             exclude: tuple[int, ...] = ()) -> DutyInfo | None:
        """The person's duty overlapping that time, if any (the editor's "already on duty")."""
        return next((d for d in self.duties if d.staff_id == staff_id and d.id not in exclude
                     and d.starts_at < ends_at and d.ends_at > starts_at), None)

    def duties_in(self, post_id: int, column: CoverageColumn, clock_at) -> list[DutyInfo]:  # noqa: ANN001
        """Duties at the post overlapping the session (clock_at: CenterClock.at)."""
        if column.closed:
            return [d for d in self.duties if d.post_id == post_id and d.day == column.day]
        start, end = clock_at(column.day, column.start), clock_at(column.day, column.end)
        return sorted((d for d in self.duties if d.post_id == post_id and d.starts_at < end and d.ends_at > start),
                      key=lambda d: (d.starts_at, d.staff_name))


def session_shifts(week: RosterWeek, column: CoverageColumn, clock) -> list[ShiftInfo]:  # noqa: ANN001
    """Active shifts that overlap the session, the best fit first (most of the session, least outside it)."""
    if column.closed:
        return list(week.shifts)
    start, end = clock.at(column.day, column.start), clock.at(column.day, column.end)
    scored = []
    for shift in week.shifts:
        s, e = duty_times(clock, column.day, shift.start, shift.end)
        overlap = (min(e, end) - max(s, start)).total_seconds()
        if overlap > 0:
            spill = (e - s).total_seconds() - overlap  # time outside the session: less is a better fit
            scored.append((-overlap, spill, shift.start, shift))
    return [item[-1] for item in sorted(scored, key=lambda item: item[:3])]


def load_week(desk: "DeskContext", monday: date) -> RosterWeek:
    """Runs on a read worker: the coverage of the week and what the editor needs."""
    sunday = monday + timedelta(days=6)
    schedule = desk.schedule
    coverage = schedule.coverage.week(monday)
    marks = {info.day: info for year in sorted({monday.year, sunday.year})
             for info in schedule.calendar.days(year)
             if monday <= info.day <= sunday and info.kind != ORDINARY}
    return RosterWeek(
        coverage=coverage,
        marks=marks,
        # A night duty of Sunday still runs on Monday morning: read a day either side.
        duties=tuple(schedule.duties.duties_between(monday - timedelta(days=1), sunday)),
        leaves=tuple(schedule.duties.leaves_between(monday, sunday)),
        staff=tuple(desk.staff.list(include_inactive=True)),
        posts=tuple(desk.posts.list()),
        shifts=tuple(schedule.shifts.shifts(include_inactive=False)),
    )
