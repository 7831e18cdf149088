"""Closed days go up as counted facts: visits per local day x purpose, rooms per day x room.

When a day is over (by the center's clock), its figures become events in the outbox, in
the same transaction that moves ``counted_through`` on, so each closed day is reported
once and a crash cannot report it twice or skip it:

* ``visits.daily`` {day, purpose, visits, people}: the visits checked in that day (never
  the visit rows), only when the policy sends visits as counts (``sync_visits``). Days
  that close while visits are off are not counted later when they are turned on: "off"
  sends nothing about those days. While a day is still open, ``count_today`` sends its
  running figures (``partial``: true); the closing count supersedes them (the
  hub keeps the newest fact), and a purpose sent during the day that ends with no visits
  is closed with zeros rather than left standing.
* ``rooms.daily`` {day, room, room_id, open_hours, booked_hours, used_hours, headcount,
  bookings, checked_in, no_shows}: each room's usage that day, exactly as
  ``desk.rooms.usage.UsageService`` defines it (time utilisation = used / open hours,
  headcount = 人次 of checked-in bookings). A room-day goes up when the room was open (an
  active room) or had bookings; a retired room that stood unused says nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session, col, func, select

from db.tables import Booking, Purpose, Room, SyncState, Visit
from desk.clock import CenterClock
from desk.rooms.records import CONFIRMED, RELEASED
from desk.rooms.usage import RoomUsage, UsageService
from desk.sync.outbox import emit
from desk.sync.protocol import ROOMS_DAILY, VISITS_DAILY


def count_closed_days(session: Session, state: SyncState, clock: CenterClock, usage: UsageService | None = None,
                      *, visits: bool = True) -> int:
    """Emit the figures of every day after ``counted_through`` up to yesterday and move
    it on; returns how many ``visits.daily`` events were emitted. ``usage`` given: the
    rooms' daily usage too; ``visits`` False: no visit counts. Call inside a write
    transaction."""
    yesterday = clock.today() - timedelta(days=1)
    if state.counted_through:
        first = date.fromisoformat(state.counted_through) + timedelta(days=1)
    else:
        earliest = _earliest_fact(session, rooms=usage is not None)
        if earliest is None:
            state.counted_through = yesterday.isoformat()
            session.add(state)
            return 0
        first = clock.local(earliest).date()
    if first > yesterday:
        return 0
    emitted = _count_visits(session, clock, first, yesterday, running_purposes(state)) if visits else 0
    if usage is not None:
        _count_rooms(session, usage, first, yesterday)
    state.counted_through = yesterday.isoformat()
    session.add(state)
    return emitted


def _earliest_fact(session: Session, *, rooms: bool) -> datetime | None:
    """The first moment anything worth counting happened (a visit, or a held booking)."""
    moments = [session.exec(select(func.min(Visit.check_in_at))).one()]
    if rooms:
        moments.append(session.exec(select(func.min(Booking.starts_at)).where(
            col(Booking.state).in_((CONFIRMED, RELEASED)))).one())
    # SQLite hands datetimes back naive; they are UTC.
    found = [_aware(moment) for moment in moments if moment is not None]
    return min(found) if found else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _count_visits(session: Session, clock: CenterClock, first: date, last: date,
                  sent_while_open: tuple[date | None, frozenset[str]] = (None, frozenset())) -> int:
    totals = visit_totals(session, clock, first, last)
    open_day, open_purposes = sent_while_open
    if open_day is not None and first <= open_day <= last:
        for purpose in open_purposes:
            totals.setdefault((open_day, purpose), (0, 0))
    for (day, purpose), (visits, people) in sorted(totals.items()):
        emit(session, VISITS_DAILY, {"day": day.isoformat(), "purpose": purpose, "visits": visits,
                                     "people": people})
    return len(totals)


def visit_totals(session: Session, clock: CenterClock, first: date, last: date) -> dict[tuple[date, str], tuple[int, int]]:
    """(local day, purpose code) -> (visits, people) for the visits checked in on those days."""
    codes = {pid: code for pid, code in session.exec(select(Purpose.id, Purpose.code))}
    totals: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = session.exec(select(Visit.check_in_at, Visit.purpose_id, Visit.headcount).where(
        col(Visit.check_in_at) >= clock.day_bounds(first)[0],
        col(Visit.check_in_at) < clock.day_bounds(last)[1]))
    for check_in_at, purpose_id, headcount in rows:
        bucket = totals[(clock.local(check_in_at).date(), codes.get(purpose_id, "unknown"))]
        bucket[0] += 1
        bucket[1] += headcount or 1
    return {key: (visits, people) for key, (visits, people) in totals.items()}


def _count_rooms(session: Session, usage: UsageService, first: date, last: date) -> int:
    active = {room_id for room_id, on in session.exec(select(Room.id, Room.active)) if on}
    emitted = 0
    day = first
    while day <= last:
        # One day at a time: the usage service's own figures for that day, nothing re-defined.
        for figures in usage.room_usage(day, day):
            if figures.bookings or (figures.room_id in active and figures.open_hours):
                emit(session, ROOMS_DAILY, rooms_daily_payload(day, figures))
                emitted += 1
        day += timedelta(days=1)
    return emitted


def rooms_daily_payload(day: date, figures: RoomUsage) -> dict[str, object]:
    """One room's day as it goes up (public figures only: no booker, no contact)."""
    return {"day": day.isoformat(), "room": figures.room_name, "room_id": figures.room_id,
            "open_hours": round(figures.open_hours, 4), "booked_hours": round(figures.booked_hours, 4),
            "used_hours": round(figures.used_hours, 4), "headcount": figures.people,
            "bookings": figures.bookings, "checked_in": figures.checked_in, "no_shows": figures.no_shows}


# -- today's running figures ----------------------------------------------------------------

def count_today(session: Session, state: SyncState, clock: CenterClock, *, visits: bool = True) -> int:
    """Emit today's visit figures for each purpose that changed since they were last sent
    (a purpose that fell back to none is sent as zeros), marked ``partial``, so the city
    sees the day as it goes; returns how many were emitted. Call after
    ``count_closed_days`` in the same transaction: that one closes the day the last
    running figures were about."""
    if not visits:
        state.running_counts = ""
        session.add(state)
        return 0
    today = clock.today()
    sent_day, sent = _running(state)
    before = sent if sent_day == today else {}
    now = {purpose: figures for (_day, purpose), figures in visit_totals(session, clock, today, today).items()}
    emitted = 0
    for purpose in sorted(set(now) | set(before)):
        figures = now.get(purpose, (0, 0))
        if before.get(purpose) != figures:
            emit(session, VISITS_DAILY, {"day": today.isoformat(), "purpose": purpose, "visits": figures[0],
                                         "people": figures[1], "partial": True})
            emitted += 1
    state.running_counts = json.dumps({"day": today.isoformat(),
                                       "counts": {purpose: list(figures) for purpose, figures in now.items()}},
                                      ensure_ascii=False, sort_keys=True)
    session.add(state)
    return emitted


def running_purposes(state: SyncState) -> tuple[date | None, frozenset[str]]:
    """The day the last running figures were about, and the purposes they named."""
    day, counts = _running(state)
    return day, frozenset(counts)


def _running(state: SyncState) -> tuple[date | None, dict[str, tuple[int, int]]]:
    if not state.running_counts:
        return None, {}
    try:
        data = json.loads(state.running_counts)
        return (date.fromisoformat(data["day"]),
                {str(purpose): (int(v), int(p)) for purpose, (v, p) in data["counts"].items()})
    except (ValueError, KeyError, TypeError):
        # A damaged note only costs a re-send of today's figures; the closing count is exact anyway.
        return None, {}
