"""The roster's services, wired together once: ``open_schedule(store, clock, center)``."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Store
from desk.center.service import CenterService
from desk.clock import CenterClock
from desk.roster.calendar import CalendarService
from desk.roster.checks import RosterChecks
from desk.roster.coverage import CoverageService
from desk.roster.duties import DutyService
from desk.roster.generate import RosterGenerator
from desk.roster.shifts import ShiftService
from desk.roster.timetable import TimetableService


@dataclass
class Schedule:
    calendar: CalendarService
    timetable: TimetableService
    shifts: ShiftService
    generator: RosterGenerator
    duties: DutyService
    checks: RosterChecks
    coverage: CoverageService


def open_schedule(store: Store, clock: CenterClock, center: CenterService) -> Schedule:
    calendar = CalendarService(store)
    timetable = TimetableService(store)
    checks = RosterChecks(store, clock, center, timetable)
    return Schedule(
        calendar=calendar,
        timetable=timetable,
        shifts=ShiftService(store),
        generator=RosterGenerator(store, clock, calendar, timetable, center),
        duties=DutyService(store, clock, center),
        checks=checks,
        coverage=CoverageService(clock, checks),
    )
