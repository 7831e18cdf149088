"""The statistics of a period: visits, rooms, activities, volunteer service and requests.

Everything is read in one read transaction, so the figures on a page or in a report are
one consistent moment of the store. Visits are aggregated by SQLite (GROUP BY over the
indexed check-in time; ``ix_visit_statistics`` covers every column read) per hour and
purpose, and the few hundred hour buckets are moved into local days and hours by the
zone's UTC offset. The offset comes from the center's zone for each stretch of the
period: Asia/Shanghai has one offset all year, a zone with summer time gets one query per
stretch, and a zone whose offset is not whole hours (+05:30) is shifted row by row in
SQL. Room usage and service figures are the rooms' and services' own (``UsageService``,
``ServiceFiguresService``), read through the same transaction.

The meaning of every figure is in ``desk.reports.definitions``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import case
from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import Activity, CalendarDay, Closure, Purpose, Signup, Visit, VolunteerService
from desk.clock import CenterClock, utcnow
from desk.reports.figures import (
    BUSIEST_DAYS,
    HOURS_PER_DAY,
    ActivityFigures,
    ActivityVolunteerRow,
    DayCount,
    HourCount,
    PeriodFigures,
    PurposeCount,
    RoomFigures,
    VisitFigures,
    VolunteerFigures,
    VolunteerRow,
)
from desk.reports.period import Period
from desk.rooms.activity_rows import ACTIVITY_CANCELLED, CONFIRMED
from desk.rooms.usage import RoomUsage, UsageService
from desk.roster.calendar import HOLIDAY
from desk.roster.timetable import sessions_in
from desk.services.figures import ServiceFiguresService


class _OneTransaction:
    """A store whose ``read()`` is the transaction already open, so the room and service
    figures are read in the same snapshot as the rest (they only read)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def offset_spans(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, datetime, int]]:
    """[start, end) cut where the zone's UTC offset changes: (from, to, offset minutes)."""

    def offset(moment: datetime) -> int:
        return int(moment.astimezone(zone).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]

    spans: list[tuple[datetime, datetime, int]] = []
    span_start, current = start, offset(start)
    probe = start
    while probe < end:
        step = min(probe + timedelta(hours=1), end)
        if offset(step) != current and step < end:
            # Summer time starts or ends inside this hour: find the second it does.
            low, high = probe, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == current else (low, middle)
            spans.append((span_start, high, current))
            span_start, current = high, offset(high)
        probe = step
    spans.append((span_start, end, current))
    return spans


@dataclass(frozen=True)
class Change:
    """One headline figure of a period beside the period before and the year before."""

    key: str  # a definition key
    current: float | None
    previous: float | None
    last_year: float | None

    @property
    def vs_previous(self) -> float | None:
        return _delta(self.current, self.previous)

    @property
    def vs_last_year(self) -> float | None:
        return _delta(self.current, self.last_year)

    @property
    def growth_vs_previous(self) -> float | None:
        """环比: the change as a share of the period before (None from nothing)."""
        return _growth(self.current, self.previous)

    @property
    def growth_vs_last_year(self) -> float | None:
        """同比: the change as a share of the same period a year before."""
        return _growth(self.current, self.last_year)


def _delta(now: float | None, then: float | None) -> float | None:
    return None if now is None or then is None else now - then


def _growth(now: float | None, then: float | None) -> float | None:
    return None if now is None or not then else (now - then) / then


@dataclass(frozen=True)
class Comparison:
    current: PeriodFigures
    previous: PeriodFigures
    last_year: PeriodFigures
    changes: tuple[Change, ...]  # one per headline figure, in the order of PeriodFigures.headline

    def change(self, key: str) -> Change:
        return next(c for c in self.changes if c.key == key)


@dataclass
class _VisitTotals:
    checkins: int = 0
    person_times: int = 0
    unknown_people: int = 0


class StatisticsService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def figures(self, period: Period) -> PeriodFigures:
        with self.store.read() as session:
            return self.figures_in(session, period)

    def compare(self, period: Period) -> Comparison:
        """This period beside the one before and the same period a year before, read together."""
        with self.store.read() as session:
            return self._compared(session, self.figures_in(session, period))

    def compare_with(self, current: PeriodFigures) -> Comparison:
        """``current`` (already shown) beside the period before and the year before: the
        statistics page shows a period's own figures first, then the comparison."""
        with self.store.read() as session:
            return self._compared(session, current)

    def _compared(self, session: Session, current: PeriodFigures) -> Comparison:
        period = current.period
        previous = self.figures_in(session, period.previous())
        last_year = self.figures_in(session, period.same_last_year())
        now, before, year_ago = current.headline(), previous.headline(), last_year.headline()
        changes = tuple(Change(key, now[key], before[key], year_ago[key]) for key in now)
        return Comparison(current, previous, last_year, changes)

    def figures_in(self, session: Session, period: Period) -> PeriodFigures:
        """The figures read in the caller's transaction (a report reads its month and the
        months it corrects in one)."""
        now = utcnow()
        start, _ = self.clock.day_bounds(period.first)
        _, end = self.clock.day_bounds(period.last)
        shared = cast(Store, _OneTransaction(session))
        usage = UsageService(shared, self.clock).room_usage(period.first, period.last)
        return PeriodFigures(
            period=period, counted_at=now,
            visits=self._visits(session, period, start, end),
            rooms=_room_totals(tuple(usage)),
            activities=_activities(session, start, end, now),
            volunteers=self._volunteers(session, start, end),
            requests=ServiceFiguresService(shared, self.clock).figures(period.first, period.last),
        )

    # ---- visits ------------------------------------------------------------------------
    def _visits(self, session: Session, period: Period, start: datetime, end: datetime) -> VisitFigures:
        slots: dict[tuple[date, int, int], _VisitTotals] = defaultdict(_VisitTotals)
        for span_start, span_end, minutes in offset_spans(self.clock.zone, start, end):
            whole_hours = minutes % 60 == 0
            # With a whole-hour offset a UTC hour is a local hour: group by the stored text's
            # "YYYY-MM-DD HH" (cheap) and shift the few hundred keys here. Otherwise let
            # SQLite shift every row (strftime), twice as slow but exact for +05:30 and the like.
            slot = (func.substr(Visit.check_in_at, 1, 13) if whole_hours
                    else func.strftime("%Y-%m-%d %H", Visit.check_in_at, f"{minutes:+d} minutes"))
            rows = session.exec(
                select(slot, Visit.purpose_id, func.count(), func.sum(Visit.headcount),
                       func.sum(case((col(Visit.visitor_id).is_(None), Visit.headcount),
                                     else_=Visit.headcount - 1)))
                .where(col(Visit.check_in_at) >= span_start, col(Visit.check_in_at) < span_end)
                .group_by(slot, Visit.purpose_id))
            shift = timedelta(minutes=minutes if whole_hours else 0)
            for text, purpose_id, checkins, person_times, unknown in rows:
                local = datetime.fromisoformat(text[:10]) + timedelta(hours=int(text[11:13])) + shift
                totals = slots[(local.date(), local.hour, purpose_id)]
                totals.checkins += checkins
                totals.person_times += person_times or 0
                totals.unknown_people += unknown or 0
        known = session.exec(select(func.count(func.distinct(Visit.visitor_id))).where(
            col(Visit.check_in_at) >= start, col(Visit.check_in_at) < end)).one()

        by_day: dict[date, list[int]] = defaultdict(lambda: [0, 0])
        by_hour = [[0, 0] for _ in range(HOURS_PER_DAY)]
        by_purpose: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for (day, hour, purpose_id), totals in slots.items():
            for bucket in (by_day[day], by_hour[hour], by_purpose[purpose_id]):
                bucket[0] += totals.checkins
                bucket[1] += totals.person_times
        checkins = sum(t.checkins for t in slots.values())
        person_times = sum(t.person_times for t in slots.values())
        unknown = sum(t.unknown_people for t in slots.values())

        days = _day_counts(session, period, by_day)
        open_days = sum(1 for d in days if d.open)
        busiest = sorted((d for d in days if d.person_times), key=lambda d: (-d.person_times, d.day))
        return VisitFigures(
            checkins=checkins, person_times=person_times, people=known + unknown, known_people=known,
            open_days=open_days, per_open_day=_ratio(person_times, open_days),
            by_purpose=_purposes(session, by_purpose),
            by_hour=tuple(HourCount(hour, v, p) for hour, (v, p) in enumerate(by_hour)),
            by_day=days, busiest_days=tuple(busiest[:BUSIEST_DAYS]))

    # ---- volunteer service ---------------------------------------------------------------
    def _volunteers(self, session: Session, start: datetime, end: datetime) -> VolunteerFigures:
        rows = session.exec(
            select(VolunteerService.staff_id, VolunteerService.visitor_id, VolunteerService.name,
                   Activity.id, Activity.title, Activity.starts_at, func.count(), func.sum(VolunteerService.minutes))
            .join(Activity, col(Activity.id) == VolunteerService.activity_id)
            .where(VolunteerService.removed == False,  # noqa: E712
                   col(Activity.starts_at) >= start, col(Activity.starts_at) < end)
            .group_by(VolunteerService.staff_id, VolunteerService.visitor_id, VolunteerService.name, Activity.id)
        ).all()
        people: dict[str, dict] = {}
        activities: dict[int, dict] = {}
        for staff_id, visitor_id, name, activity_id, title, starts_at, lines, minutes in rows:
            # The same key the volunteer hours page adds up by (desk.rooms.volunteers).
            key = f"staff:{staff_id}" if staff_id is not None else (
                f"visitor:{visitor_id}" if visitor_id is not None else f"name:{name}")
            person = people.setdefault(key, {"name": name, "activities": set(), "lines": 0, "minutes": 0})
            person["activities"].add(activity_id)
            person["lines"] += lines
            person["minutes"] += minutes or 0
            served = activities.setdefault(activity_id, {"title": title, "starts_at": starts_at, "keys": set(),
                                                         "lines": 0, "minutes": 0})
            served["keys"].add(key)
            served["lines"] += lines
            served["minutes"] += minutes or 0
        by_volunteer = sorted(
            (VolunteerRow(key, p["name"], len(p["activities"]), p["lines"], p["minutes"]) for key, p in people.items()),
            key=lambda row: (-row.minutes, row.name, row.key))
        by_activity = sorted(
            (ActivityVolunteerRow(activity_id, a["title"], self.clock.local(a["starts_at"]).date(), len(a["keys"]),
                                  a["lines"], a["minutes"]) for activity_id, a in activities.items()),
            key=lambda row: (row.day, row.activity_id))
        return VolunteerFigures(people=len(people), person_times=sum(p["lines"] for p in people.values()),
                                minutes=sum(p["minutes"] for p in people.values()),
                                by_volunteer=tuple(by_volunteer), by_activity=tuple(by_activity))


def _day_counts(session: Session, period: Period, by_day: dict[date, list[int]]) -> tuple[DayCount, ...]:
    """Every day of the period with its visits, whether the center was open, and why not."""
    sessions = sessions_in(session, period.first, period.last)
    holidays = {day: name for day, name in session.exec(select(CalendarDay.day, CalendarDay.name).where(
        col(CalendarDay.day) >= period.first, col(CalendarDay.day) <= period.last, CalendarDay.kind == HOLIDAY))}
    closed = {day: reason for day, reason in session.exec(select(Closure.day, Closure.reason).where(
        col(Closure.day) >= period.first, col(Closure.day) <= period.last,
        col(Closure.room_id).is_(None), Closure.removed == False))}  # noqa: E712
    result = []
    for day in period.each_day():
        visits, person_times = by_day.get(day, (0, 0))
        is_open = bool(sessions.get(day)) and day not in closed
        note = holidays.get(day) or closed.get(day) or ""
        result.append(DayCount(day, visits, person_times, is_open, note))
    return tuple(result)


def _purposes(session: Session, counts: dict[int, list[int]]) -> tuple[PurposeCount, ...]:
    """Every active purpose (a zero row says nobody came for it), and retired ones with visits."""
    rows = session.exec(select(Purpose.id, Purpose.code, Purpose.label, Purpose.active, Purpose.sort_order)).all()
    known = {purpose_id for purpose_id, *_ in rows}
    listed = [(sort_order, PurposeCount(code, label, *counts.get(purpose_id, (0, 0))))
              for purpose_id, code, label, active, sort_order in rows if active or purpose_id in counts]
    # A visit whose purpose row is gone still counts; it shows as "unknown", as sync sends it.
    orphans = [counts[pid] for pid in counts if pid not in known]
    if orphans:
        listed.append((10**6, PurposeCount("unknown", "未知", sum(o[0] for o in orphans), sum(o[1] for o in orphans))))
    listed.sort(key=lambda item: (-item[1].person_times, item[0], item[1].code))
    return tuple(count for _order, count in listed)


def _room_totals(rooms: tuple[RoomUsage, ...]) -> RoomFigures:
    open_hours = sum(r.open_hours for r in rooms)
    used_hours = sum(r.used_hours for r in rooms)
    checked_in = sum(r.checked_in for r in rooms)
    no_shows = sum(r.no_shows for r in rooms)
    return RoomFigures(rooms=rooms, open_hours=open_hours, used_hours=used_hours,
                       utilisation=_ratio(used_hours, open_hours), people=sum(r.people for r in rooms),
                       bookings=sum(r.bookings for r in rooms), checked_in=checked_in, no_shows=no_shows,
                       no_show_rate=_ratio(no_shows, checked_in + no_shows),
                       cancelled=sum(r.cancelled for r in rooms))


def _activities(session: Session, start: datetime, end: datetime, now: datetime) -> ActivityFigures:
    activities = session.exec(select(Activity.id, Activity.state, Activity.starts_at, Activity.ends_at).where(
        col(Activity.starts_at) >= start, col(Activity.starts_at) < end)).all()
    held = {a_id: ends_at for a_id, state, starts_at, ends_at in activities
            if state != ACTIVITY_CANCELLED and starts_at <= now}
    upcoming = sum(1 for _id, state, starts_at, _e in activities if state != ACTIVITY_CANCELLED and starts_at > now)
    cancelled = sum(1 for _id, state, _s, _e in activities if state == ACTIVITY_CANCELLED)
    signups = attendance = no_shows = 0
    if held:
        came = col(Signup.attended_at).is_not(None)
        rows = session.exec(
            select(Signup.activity_id, func.sum(1 + Signup.companions),
                   func.sum(case((came, func.coalesce(Signup.attended_count, 0)), else_=0)),
                   func.sum(case((came, 0), else_=1)))
            .where(col(Signup.activity_id).in_(list(held)), Signup.state == CONFIRMED)
            .group_by(Signup.activity_id))
        for activity_id, places, people, missing in rows:
            signups += places or 0
            attendance += people or 0
            if held[activity_id] <= now:  # a no-show only once the activity is over
                no_shows += missing or 0
    return ActivityFigures(held=len(held), upcoming=upcoming, cancelled=cancelled, signups=signups,
                           attendance=attendance, no_shows=no_shows)
