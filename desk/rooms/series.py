"""Planning a repeating booking: every date with what stands in its way, before anything is saved.

``plan_series`` expands the rule, applies the receptionist's skips and moves, and checks
every date against the room's days (closures, holidays, hours) and against other
bookings — all dates in ONE conflict query — and against the series' own other dates.
The same plan is made again inside the write transaction that saves the series, so what
was previewed is what is checked under the lock.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from db.tables import Room
from desk.errors import Refusal
from desk.rooms.conflicts import Candidate, Clash, find_clashes
from desk.rooms.forms import Move, SeriesForm
from desk.rooms.intervals import block_of, local_span
from desk.rooms.openings import openings
from desk.rooms.policy import OK, clash_problem, opening_problem, past_problem, self_clash_problem
from desk.rooms.records import RoomInfo
from desk.rooms.repeats import Repeat, check_rule, occurrence_dates

SKIPPED = "skipped"


@dataclass(frozen=True)
class Occurrence:
    day: date  # the date the rule gave: the key for skipping or moving it
    starts_at: datetime
    ends_at: datetime
    status: str  # ok | clash | closed | holiday | outside | past | skipped
    problem: Refusal | None = None  # what is in the way, in words
    clashes: tuple[Clash, ...] = ()  # the bookings in the way (title, room, time)
    moved: bool = False


@dataclass(frozen=True)
class SeriesPreview:
    room: RoomInfo
    rule: str
    occurrences: tuple[Occurrence, ...]

    @property
    def problems(self) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.status not in (OK, SKIPPED))

    @property
    def bookable(self) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.status == OK)


def _check_keys(days: set[date], keys: Collection[date]) -> None:
    for key in keys:
        if key not in days:
            raise Refusal("{day} is not one of this series' dates.", day=key.isoformat())


def plan_series(session: Session, room: Room, form: SeriesForm, zone: ZoneInfo, now: datetime, *,
                skip: Collection[date] = (), moves: Mapping[date, date | Move] | None = None) -> tuple[str, list[Occurrence]]:
    """(the rule as stored, every date with its status)."""
    moves = dict(moves or {})
    rule = check_rule(form.repeat.rule)
    days = occurrence_dates(form.first_day, Repeat(rule, form.repeat.picked, form.repeat.skipped))
    _check_keys(set(days), set(skip) | set(moves))
    spans: dict[date, tuple[datetime, datetime]] = {}
    for day in days:
        move = moves.get(day)
        if isinstance(move, date):
            move = Move(day=move)
        target = (move.day if move and move.day else day)
        start_time = (move.start_time if move and move.start_time else form.start_time)
        end_time = (move.end_time if move and move.end_time else form.end_time)
        spans[day] = local_span(zone, target, start_time, end_time)
    local_dates = [moment.astimezone(zone).date() for span in spans.values() for moment in span]
    opening = openings(session, [room], min(local_dates), max(local_dates) + timedelta(days=1),
                       only=local_dates)[room.id or 0]
    wanted = [day for day in days if day not in skip]
    blocks = {day: block_of(*spans[day], room.setup_minutes, room.cleanup_minutes) for day in wanted}
    clashes = find_clashes(session, [Candidate(day, room.id or 0, *blocks[day]) for day in wanted], now)
    # The series' own dates must not run into each other (long bookings, buffers, moves).
    own: dict[date, date] = {}
    ordered = sorted(wanted, key=lambda d: blocks[d])
    for earlier, later in zip(ordered, ordered[1:]):
        if blocks[later][0] < blocks[earlier][1]:
            own[later] = earlier
    result = []
    for day in days:
        starts_at, ends_at = spans[day]
        moved = day in moves
        if day in skip:
            result.append(Occurrence(day, starts_at, ends_at, SKIPPED, moved=moved))
            continue
        found = tuple(clashes.get(day, ()))
        problem = (past_problem(zone, starts_at, ends_at, now)
                   or opening_problem(room, opening, zone, starts_at, ends_at)
                   or (clash_problem(room, found, zone, starts_at, ends_at) if found else None)
                   or (self_clash_problem(zone, *spans[own[day]]) if day in own else None))
        if problem is None:
            result.append(Occurrence(day, starts_at, ends_at, OK, moved=moved))
        else:
            result.append(Occurrence(day, starts_at, ends_at, problem.status, problem.refusal, found, moved))
    return rule, result
