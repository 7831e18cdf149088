"""The figures of a period, as plain frozen values (safe to hand to any thread).

Each field is one of the figures in ``desk.reports.definitions``; the comments name the
definition key. Rooms and requests are the room-usage and service figures themselves
(``RoomUsage``, ``ServiceFigures``): the statistics reuse them, they do not recount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.reports.period import Period
from desk.rooms.usage import RoomUsage
from desk.services.figures import ServiceFigures

HOURS_PER_DAY = 24
BUSIEST_DAYS = 5


@dataclass(frozen=True)
class PurposeCount:
    code: str
    label: str
    visits: int
    person_times: int


@dataclass(frozen=True)
class HourCount:
    hour: int  # local hour of check-in, 0..23
    visits: int
    person_times: int


@dataclass(frozen=True)
class DayCount:
    day: date
    visits: int
    person_times: int
    open: bool  # counted in visits.open_days
    note: str = ""  # the holiday's name or why the center was closed


@dataclass(frozen=True)
class VisitFigures:
    checkins: int  # visits.checkins
    person_times: int  # visits.person_times
    people: int  # visits.people
    known_people: int  # of those, visitors known by name
    open_days: int  # visits.open_days
    per_open_day: float | None  # visits.per_open_day
    by_purpose: tuple[PurposeCount, ...]  # busiest first, every active purpose listed
    by_hour: tuple[HourCount, ...]  # 24 buckets
    by_day: tuple[DayCount, ...]  # every day of the period
    busiest_days: tuple[DayCount, ...]  # up to five, only days with visits


@dataclass(frozen=True)
class RoomFigures:
    rooms: tuple[RoomUsage, ...]
    open_hours: float
    used_hours: float
    utilisation: float | None  # rooms.utilisation (all rooms)
    people: int  # rooms.people
    bookings: int  # rooms.bookings
    checked_in: int
    no_shows: int  # rooms.no_shows
    no_show_rate: float | None  # rooms.no_show_rate
    cancelled: int


@dataclass(frozen=True)
class ActivityFigures:
    held: int  # activities.held
    upcoming: int  # not cancelled, starting later in the period
    cancelled: int  # activities.cancelled
    signups: int  # activities.signups (places, companions included)
    attendance: int  # activities.attendance
    no_shows: int  # activities.no_shows


class _ServiceTime:
    """Service time is counted in whole minutes (sums stay exact) and shown in hours."""

    minutes: int  # a field of each dataclass below; a plain class adds no field

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class VolunteerRow(_ServiceTime):
    key: str  # staff:3, visitor:17 or name:张三, as the volunteer hours add up
    name: str
    times: int  # volunteers.times
    person_times: int
    minutes: int


@dataclass(frozen=True)
class ActivityVolunteerRow(_ServiceTime):
    activity_id: int
    title: str
    day: date  # local day the activity started
    volunteers: int
    person_times: int
    minutes: int


@dataclass(frozen=True)
class VolunteerFigures(_ServiceTime):
    people: int  # volunteers.people
    person_times: int  # volunteers.person_times
    minutes: int  # .hours is volunteers.hours
    by_volunteer: tuple[VolunteerRow, ...]  # most hours first
    by_activity: tuple[ActivityVolunteerRow, ...]  # in the order the activities started


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    counted_at: datetime  # aware UTC: when these were read from the store
    visits: VisitFigures
    rooms: RoomFigures
    activities: ActivityFigures
    volunteers: VolunteerFigures
    requests: ServiceFigures

    def headline(self) -> dict[str, float | None]:
        """The single-number figures by definition key (what the comparison and the
        corrections look at)."""
        v, r, a, w, s = self.visits, self.rooms, self.activities, self.volunteers, self.requests
        return {
            "visits.checkins": v.checkins, "visits.person_times": v.person_times, "visits.people": v.people,
            "visits.open_days": v.open_days, "visits.per_open_day": v.per_open_day,
            "rooms.open_hours": r.open_hours, "rooms.used_hours": r.used_hours, "rooms.utilisation": r.utilisation,
            "rooms.people": r.people, "rooms.bookings": r.bookings, "rooms.no_shows": r.no_shows,
            "rooms.no_show_rate": r.no_show_rate,
            "activities.held": a.held, "activities.cancelled": a.cancelled, "activities.signups": a.signups,
            "activities.attendance": a.attendance, "activities.no_shows": a.no_shows,
            "volunteers.people": w.people, "volunteers.person_times": w.person_times, "volunteers.hours": w.hours,
            "requests.accepted": s.accepted, "requests.resolved": s.resolved, "requests.on_time_rate": s.on_time_rate,
            "requests.average_working_hours": s.average_working_hours,
            "requests.average_calendar_hours": s.average_calendar_hours,
            "requests.satisfaction_rate": s.satisfaction_rate,
        }

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period: no visit, booking, activity, service hour or request."""
        v, r, a, s = self.visits, self.rooms, self.activities, self.requests
        return not (v.checkins or r.bookings or r.cancelled or a.held or a.upcoming or a.cancelled
                    or self.volunteers.person_times or s.accepted or s.resolved
                    or any(s.satisfaction.values()))
