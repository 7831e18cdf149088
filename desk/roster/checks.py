"""Checking a roster, with an explanation a receptionist can act on.

Everything needed for a range of days is loaded in a few queries and checked in Python:
an opening session a post has nobody for (gap), a person in two places at once (double),
on duty while on leave (leave) or outside their working period (inactive), too little
rest between one day's last duty and the next day's first (rest), and too many days on
duty in a row (streak). The two rest rules are the center's settings; 0 turns one off.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, select

from db.engine import Store
from db.tables import Leave, Post, PostCover, Staff
from desk.center.service import CenterService
from desk.clock import CenterClock
from desk.roster.duties import DutyInfo, load_duties
from desk.roster.generate import staff_active
from desk.roster.timetable import Sessions, TimetableService

KINDS = ("gap", "double", "leave", "inactive", "rest", "streak")

GAP = "{post} has nobody on duty on {day} from {times}."
DOUBLE = ("{staff} is on duty at {post} {start}–{end} and at {other_post} {other_start}–{other_end} "
          "on {day}: nobody can be in two places.")
ON_LEAVE = "{staff} is on leave ({kind}) on {day} but on duty at {post} {start}–{end}."
INACTIVE = "{staff} does not work at the center on {day} but is on duty at {post} {start}–{end}."
REST = ("{staff} has only {hours} hours of rest between {previous_end} on {previous_day} and {start} "
        "on {day}; the center asks for at least {limit}.")
STREAK = ("{staff} is on duty {count} days in a row, from {first} to {last}; the center allows at "
          "most {limit}.")


@dataclass(frozen=True)
class Problem:
    kind: str  # gap | double | leave | inactive | rest | streak
    day: date
    post: str  # "" when the problem is not about one post
    staff: str  # "" for a gap
    template: str  # English, with {fields}; the UI translates it before filling it in
    fields: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    duty_ids: tuple[int, ...] = ()  # the duties concerned, for the UI to select

    def text(self) -> str:
        return self.template.format(**self.fields)


@dataclass(frozen=True)
class PostRow:
    id: int
    name: str
    holder_id: int | None
    backup_id: int | None
    covers: frozenset[int]

    def may_serve(self, staff_id: int) -> bool:
        """A (holder), B (backup) or listed to stand in; a post naming nobody takes anyone."""
        named = {self.holder_id, self.backup_id} - {None} | self.covers
        return not named or staff_id in named


@dataclass(frozen=True)
class RosterData:
    """What the checks and the coverage grid need for start..end, loaded once."""

    start: date
    end: date
    duties: tuple[DutyInfo, ...]  # from a few days before start, for rest and streak rules
    leave: Mapping[tuple[int, date], str]  # (staff id, day) -> kind of leave
    staff: Mapping[int, Staff]
    posts: tuple[PostRow, ...]  # active posts in board order
    sessions: Mapping[date, Sessions]
    min_rest_hours: int
    max_days_in_row: int


def uncovered(start: datetime, end: datetime,
              intervals: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """The parts of [start, end) that none of the intervals covers."""
    holes, cursor = [], start
    for first, last in sorted(intervals):
        if last <= cursor or first >= end:
            continue
        if first > cursor:
            holes.append((cursor, first))
        cursor = max(cursor, last)
        if cursor >= end:
            break
    if cursor < end:
        holes.append((cursor, end))
    return holes


def _hhmm(clock: CenterClock, moment: datetime) -> str:
    return f"{clock.local(moment):%H:%M}"


class RosterChecks:
    def __init__(self, store: Store, clock: CenterClock, center: CenterService,
                 timetable: TimetableService) -> None:
        self.store = store
        self.clock = clock
        self.center = center
        self.timetable = timetable

    def problems(self, start: date, end: date) -> list[Problem]:
        return self.analyse(self.load(start, end))

    # ---- loading ---------------------------------------------------------------------
    def load(self, start: date, end: date) -> RosterData:
        settings = self.center.settings()
        min_rest, max_days = settings["roster_min_rest_hours"], settings["roster_max_days_in_row"]
        since = start - timedelta(days=max(2, max_days + 1))
        sessions = self.timetable.sessions_between(start, end)
        with self.store.read() as session:
            duties = load_duties(session, since, end, clock=self.clock)
            leave: dict[tuple[int, date], str] = {}
            for row in session.exec(select(Leave).where(Leave.cancelled == False,  # noqa: E712
                                                        col(Leave.starts_on) <= end, col(Leave.ends_on) >= since)):
                day = max(row.starts_on, since)
                while day <= min(row.ends_on, end):
                    leave[(row.staff_id, day)] = row.kind
                    day += timedelta(days=1)
            staff = {s.id: s for s in session.exec(select(Staff))}
            covers: dict[int, set[int]] = defaultdict(set)
            for cover in session.exec(select(PostCover)):
                covers[cover.post_id].add(cover.staff_id)
            posts = tuple(PostRow(p.id, p.name, p.holder_id, p.backup_id, frozenset(covers[p.id]))
                          for p in session.exec(select(Post).where(Post.active == True)  # noqa: E712
                                                .order_by(Post.sort_order, Post.name)))
        return RosterData(start, end, tuple(duties), leave, staff, posts, sessions, min_rest, max_days)

    # ---- checking --------------------------------------------------------------------
    def analyse(self, data: RosterData) -> list[Problem]:
        problems = self._gaps(data) + self._people(data)
        order = {kind: i for i, kind in enumerate(KINDS)}
        board = {post.name: i for i, post in enumerate(data.posts)}  # posts in the board's order
        return sorted(problems, key=lambda p: (p.day, order[p.kind], board.get(p.post, len(board)), p.post,
                                               p.staff))

    def session_moments(self, day: date, sessions: Sessions) -> list[tuple[datetime, datetime]]:
        return [(self.clock.at(day, s), self.clock.at(day, e)) for s, e in sessions]

    def _gaps(self, data: RosterData) -> list[Problem]:
        by_post_day: dict[tuple[int, date], list[DutyInfo]] = defaultdict(list)
        for duty in data.duties:
            by_post_day[(duty.post_id, duty.day)].append(duty)
        problems = []
        for day, sessions in sorted(data.sessions.items()):
            moments = self.session_moments(day, sessions)
            for post in data.posts:
                nearby = by_post_day[(post.id, day)] + by_post_day[(post.id, day - timedelta(days=1))]
                intervals = [(d.starts_at, d.ends_at) for d in nearby]
                holes = [hole for start, end in moments for hole in uncovered(start, end, intervals)]
                if holes:
                    times = ", ".join(f"{_hhmm(self.clock, a)}–{_hhmm(self.clock, b)}" for a, b in holes)
                    problems.append(Problem("gap", day, post.name, "", GAP,
                                            {"post": post.name, "day": day.isoformat(), "times": times}))
        return problems

    def _people(self, data: RosterData) -> list[Problem]:
        mine: dict[int, list[DutyInfo]] = defaultdict(list)
        for duty in data.duties:
            mine[duty.staff_id].append(duty)
        problems: list[Problem] = []
        for staff_id, duties in mine.items():
            duties.sort(key=lambda d: (d.starts_at, d.id))
            person = data.staff[staff_id]
            problems += self._each_duty(data, person, duties)
            problems += self._doubles(data, person, duties)
            if data.min_rest_hours:
                problems += self._rest(data, person, duties)
            if data.max_days_in_row:
                problems += self._streaks(data, person, duties)
        return problems

    @staticmethod
    def _each_duty(data: RosterData, person: Staff, duties: list[DutyInfo]) -> list[Problem]:
        problems = []
        for d in duties:
            if not data.start <= d.day <= data.end:
                continue
            fields = {"staff": person.name, "day": d.day.isoformat(), "post": d.post_name, "start": d.start,
                      "end": d.end}
            kind = data.leave.get((person.id, d.day))
            if kind is not None:
                problems.append(Problem("leave", d.day, d.post_name, person.name, ON_LEAVE,
                                        dict(fields, kind=kind), (d.id,)))
            if not staff_active(person, d.day):
                problems.append(Problem("inactive", d.day, d.post_name, person.name, INACTIVE, fields, (d.id,)))
        return problems

    @staticmethod
    def _doubles(data: RosterData, person: Staff, duties: list[DutyInfo]) -> list[Problem]:
        problems = []
        for i, first in enumerate(duties):
            for second in duties[i + 1:]:
                if second.starts_at >= first.ends_at:
                    break
                if not data.start <= second.day <= data.end:
                    continue
                problems.append(Problem("double", second.day, second.post_name, person.name, DOUBLE, {
                    "staff": person.name, "day": second.day.isoformat(), "post": first.post_name,
                    "start": first.start, "end": first.end, "other_post": second.post_name,
                    "other_start": second.start, "other_end": second.end}, (first.id, second.id)))
        return problems

    def _rest(self, data: RosterData, person: Staff, duties: list[DutyInfo]) -> list[Problem]:
        # Rest is counted between working days: a split day (morning and afternoon) is one day.
        days: dict[date, list[DutyInfo]] = defaultdict(list)
        for d in duties:
            days[d.day].append(d)
        ordered = sorted(days)
        problems = []
        for before, after in zip(ordered, ordered[1:]):
            if not data.start <= after <= data.end:
                continue
            last = max(days[before], key=lambda d: d.ends_at)
            first = min(days[after], key=lambda d: d.starts_at)
            rest = first.starts_at - last.ends_at
            if timedelta(0) <= rest < timedelta(hours=data.min_rest_hours):
                hours = f"{rest.total_seconds() / 3600:.1f}".removesuffix(".0")
                problems.append(Problem("rest", after, first.post_name, person.name, REST, {
                    "staff": person.name, "hours": hours, "previous_end": last.end,
                    "previous_day": before.isoformat(), "start": first.start, "day": after.isoformat(),
                    "limit": data.min_rest_hours}, (first.id,)))
        return problems

    @staticmethod
    def _streaks(data: RosterData, person: Staff, duties: list[DutyInfo]) -> list[Problem]:
        days = sorted({d.day for d in duties})
        runs: list[list[date]] = []
        for day in days:
            if runs and runs[-1][-1] + timedelta(days=1) == day:
                runs[-1].append(day)
            else:
                runs.append([day])
        problems = []
        for run in runs:
            if len(run) <= data.max_days_in_row or run[-1] < data.start:
                continue
            # Said once, on the first day over the limit (or the first day checked).
            day = max(run[data.max_days_in_row], data.start)
            if day > data.end:
                continue
            problems.append(Problem("streak", day, "", person.name, STREAK, {
                "staff": person.name, "count": len(run), "first": run[0].isoformat(),
                "last": run[-1].isoformat(), "limit": data.max_days_in_row}))
        return problems
