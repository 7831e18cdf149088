"""The coverage grid: for each post and each opening session of a week, is someone there?

Green: the whole session is covered by someone fit to be there. Amber: part of it has
nobody, or the only people there are on leave, in two places, short of rest, outside
their working period, or not the post's A, B or a listed stand-in. Red: nobody at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from desk.clock import CenterClock
from desk.errors import Refusal
from desk.roster.checks import PostRow, Problem, RosterChecks, uncovered
from desk.roster.duties import DutyInfo

GREEN, AMBER, RED, CLOSED = "green", "amber", "red", "closed"

CLOSED_TEXT = "The center is closed on {day}."
COVERED = "{staff} on duty."
NOBODY = "Nobody is on duty at {post} from {start} to {end}."
PARTLY = "Nobody is on duty at {post} from {times}."
# Why someone on duty does not count as cover, worst first.
NOT_FIT_TEMPLATES = {
    "leave": "{staff} is on leave ({kind}).",
    "inactive": "{staff} does not work at the center on {day}.",
    "double": "{staff} is on duty at two posts at once.",
    "rest": "{staff} has too little rest before this duty.",
}
NOT_NAMED = "{staff} is not the A or B of {post} and not listed to stand in there."


@dataclass(frozen=True)
class Coverage:
    level: str  # green | amber | red | closed
    staff: tuple[str, ...]  # everyone on duty at the post during the session
    uncovered: tuple[tuple[str, str], ...]  # local "HH:MM" spans with nobody
    template: str  # why, in English with {fields}; the UI translates it
    fields: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    duty_ids: tuple[int, ...] = ()

    def text(self) -> str:
        return self.template.format(**self.fields)


@dataclass(frozen=True)
class CoverageColumn:
    day: date
    start: str  # "" on a closed day
    end: str

    @property
    def closed(self) -> bool:
        return not self.start


@dataclass(frozen=True)
class CoverageRow:
    post_id: int
    post_name: str
    cells: tuple[Coverage, ...]  # one per column


@dataclass(frozen=True)
class CoverageWeek:
    monday: date
    columns: tuple[CoverageColumn, ...]
    rows: tuple[CoverageRow, ...]
    problems: tuple[Problem, ...]  # every problem of the week, for a list beside the grid


class CoverageService:
    def __init__(self, clock: CenterClock, checks: RosterChecks) -> None:
        self.clock = clock
        self.checks = checks

    def week(self, monday: date) -> CoverageWeek:
        if monday.weekday() != 0:
            raise Refusal("A coverage week starts on a Monday; {day} is not one.", day=monday.isoformat())
        data = self.checks.load(monday, monday + timedelta(days=6))
        problems = self.checks.analyse(data)
        unfit: dict[int, Problem] = {}  # duty id -> the worst reason it does not count
        for kind in reversed(tuple(NOT_FIT_TEMPLATES)):
            for problem in problems:
                if problem.kind == kind:
                    unfit.update({duty_id: problem for duty_id in problem.duty_ids})
        columns = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            sessions = data.sessions[day]
            columns += [CoverageColumn(day, s, e) for s, e in sessions] or [CoverageColumn(day, "", "")]
        by_post_day: dict[tuple[int, date], list[DutyInfo]] = defaultdict(list)
        for duty in data.duties:
            by_post_day[(duty.post_id, duty.day)].append(duty)
        rows = []
        for post in data.posts:
            cells = []
            for column in columns:
                nearby = by_post_day[(post.id, column.day)] + by_post_day[(post.id, column.day - timedelta(days=1))]
                cells.append(self._cell(post, column, nearby, unfit))
            rows.append(CoverageRow(post.id, post.name, tuple(cells)))
        return CoverageWeek(monday, tuple(columns), tuple(rows), tuple(problems))

    def _cell(self, post: PostRow, column: CoverageColumn, nearby: list[DutyInfo],
              unfit: dict[int, Problem]) -> Coverage:
        if column.closed:
            return Coverage(CLOSED, (), (), CLOSED_TEXT, {"day": column.day.isoformat()})
        start, end = self.clock.at(column.day, column.start), self.clock.at(column.day, column.end)
        there = sorted((d for d in nearby if d.starts_at < end and d.ends_at > start),
                       key=lambda d: (d.starts_at, d.staff_name))
        names = tuple(dict.fromkeys(d.staff_name for d in there))
        ids = tuple(d.id for d in there)
        if not there:
            return Coverage(RED, (), ((column.start, column.end),), NOBODY,
                            {"post": post.name, "start": column.start, "end": column.end})
        holes = self._spans(uncovered(start, end, [(d.starts_at, d.ends_at) for d in there]))
        if holes:
            times = ", ".join(f"{a}–{b}" for a, b in holes)
            return Coverage(AMBER, names, holes, PARTLY, {"post": post.name, "times": times}, ids)
        fit = [d for d in there if d.id not in unfit and post.may_serve(d.staff_id)]
        if not uncovered(start, end, [(d.starts_at, d.ends_at) for d in fit]):
            return Coverage(GREEN, names, (), COVERED, {"staff": "、".join(names)}, ids)
        for duty in there:
            problem = unfit.get(duty.id)
            if problem is not None:
                fields = dict(problem.fields, staff=duty.staff_name)
                return Coverage(AMBER, names, (), NOT_FIT_TEMPLATES[problem.kind], fields, ids)
        stranger = next(d for d in there if not post.may_serve(d.staff_id))
        return Coverage(AMBER, names, (), NOT_NAMED, {"staff": stranger.staff_name, "post": post.name}, ids)

    def _spans(self, holes: list[tuple[datetime, datetime]]) -> tuple[tuple[str, str], ...]:
        return tuple((f"{self.clock.local(a):%H:%M}", f"{self.clock.local(b):%H:%M}") for a, b in holes)
