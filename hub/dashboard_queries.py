"""The city dashboard's figures, computed in the database from the facts the desks sent
(PostgreSQL; on a SQLite trial hub, the same figures by hub/dashboard_sqlite.py).

A month is a calendar month of the centers' local time (Asia/Shanghai unless the hub is
told otherwise, ``DESK_HUB_TIMEZONE``). For each center, in that month:

* **visits (来访登记, check-ins)** and **people (来访人次, person-times)**: the sums of
  ``visits.daily`` facts whose day is in the month, in the desk's words (docs/STATISTICS.md);
* **room utilisation**: used hours / open hours, summed over the ``rooms.daily`` facts of
  the month's days and the center's rooms (the desk's own time utilisation,
  desk/rooms/usage.py); None when no room was open;
* **activities held**: activities starting in the month, not cancelled, whose start has
  passed; a center's page also shows the people who attended each;
* **volunteer hours**: the minutes of the volunteer service lines (not removed) of
  activities starting in the month, / 60; person-times: how many such lines;
* **requests**: accepted in the month (by category); resolved in the month; on time: those
  resolved no later than due. On-time rate (服务定效达成率) = on time / resolved, as on the
  desk (desk/services/figures.py);
* **parked**: the center's events the hub could not accept yet; **last sync**: the later
  of its last upload and its last feed read.

Facts are immutable; a correction is a newer fact about the same thing. Every figure
uses only the newest fact about each thing — a (day, purpose), a (day, room), an
activity, an attendance, a volunteer line, a request — newest by the desk's created_at,
then by its outbox seq. A correction may move a thing out of the month (an activity
moved to December): the newest fact decides. The indexes are in
hub/migrations/0002_dashboard.sql.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import psycopg

from hub.sqlite import is_sqlite, parse_moment

_MONTH = re.compile(r"\d{4}-\d{2}", re.ASCII)


@dataclass(frozen=True)
class Month:
    """A local calendar month: ``first`` to ``last``, and its UTC bounds [start, end)."""

    year: int
    month: int
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, zone: ZoneInfo) -> "Month":
        """"2026-11" → that month; anything else raises ValueError."""
        if not _MONTH.fullmatch(text):
            raise ValueError(text)
        year, month = int(text[:4]), int(text[5:])
        if not (1 <= month <= 12 and 2000 <= year <= 2999):
            raise ValueError(text)
        return cls(year, month, zone)

    @classmethod
    def containing(cls, moment: datetime, zone: ZoneInfo) -> "Month":
        local = moment.astimezone(zone)
        return cls(local.year, local.month, zone)

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return self.following().first - timedelta(days=1)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min, self.zone).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.following().first, time.min, self.zone).astimezone(UTC)

    def following(self) -> "Month":
        return Month(self.year + self.month // 12, self.month % 12 + 1, self.zone)

    def previous(self) -> "Month":
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1, self.zone)

    def params(self, center: str | None, now: datetime) -> dict[str, Any]:
        # Moments are first narrowed by their written date (any offset is within a day of
        # UTC), then compared exactly.
        return {"first": self.first.isoformat(), "last": self.last.isoformat(),
                "lo": (self.start.date() - timedelta(days=1)).isoformat(),
                "hi": (self.end.date() + timedelta(days=1)).isoformat(),
                "start": self.start, "end": self.end, "now": now, "center": center}


@dataclass(frozen=True)
class CenterFigures:
    center_id: str
    name: str
    last_sync: datetime | None
    parked: int
    visits: int = 0
    people: int = 0
    open_hours: float = 0.0
    used_hours: float = 0.0
    activities: int = 0
    volunteer_minutes: int = 0
    volunteer_lines: int = 0
    accepted: int = 0
    resolved: int = 0
    on_time: int = 0

    @property
    def utilisation(self) -> float | None:
        return self.used_hours / self.open_hours if self.open_hours else None

    @property
    def volunteer_hours(self) -> float:
        return self.volunteer_minutes / 60

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.resolved if self.resolved else None


@dataclass(frozen=True)
class DayVisits:
    day: date
    visits: int
    people: int


@dataclass(frozen=True)
class RoomFigures:
    room: str
    open_hours: float
    used_hours: float
    headcount: int
    bookings: int
    no_shows: int

    @property
    def utilisation(self) -> float | None:
        return self.used_hours / self.open_hours if self.open_hours else None


@dataclass(frozen=True)
class ActivityLine:
    title: str
    place: str
    starts_at: datetime | None
    cancelled: bool
    held: bool
    attended: int


@dataclass(frozen=True)
class CategoryFigures:
    category: str
    accepted: int
    resolved: int
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.resolved if self.resolved else None


@dataclass(frozen=True)
class CenterDetail:
    figures: CenterFigures
    days: tuple[DayVisits, ...]
    rooms: tuple[RoomFigures, ...]
    activities: tuple[ActivityLine, ...]
    categories: tuple[CategoryFigures, ...]


_CENTER = "(%(center)s::uuid IS NULL OR {column} = %(center)s::uuid)"


def _latest(kind: str, subject: str, windows: tuple[str, ...], moments: tuple[str, ...]) -> str:
    """A CTE ``latest(center_id, payload, <moments>...)``: the newest fact about every
    thing of ``kind`` that has a fact with a window field near the month, with its
    ``moments`` read once each (MATERIALIZED: not again for every test of them). The
    names are this module's constants."""
    near = " OR ".join(f"left(payload->>'{field}', 10) BETWEEN %(lo)s AND %(hi)s" for field in windows)
    read = "".join(f", hub_moment(l.payload->>'{field}') AS {field}" for field in moments)
    return (f"WITH latest AS MATERIALIZED (SELECT c.center_id, l.payload{read} FROM ("
            f"  SELECT DISTINCT center_id, payload->>'{subject}' AS subject FROM event"
            f"  WHERE kind = '{kind}' AND ({near}) AND {_CENTER.format(column='center_id')}"
            f") c CROSS JOIN LATERAL ("
            f"  SELECT e.payload FROM event e WHERE e.center_id = c.center_id AND e.kind = '{kind}'"
            f"  AND e.payload->>'{subject}' = c.subject ORDER BY e.created_at DESC, e.seq DESC LIMIT 1) l) ")


def _in_month(field: str) -> str:
    return f"{field} >= %(start)s AND {field} < %(end)s"


CENTERS = (
    "SELECT c.id::text, c.name, greatest(c.last_upload_at, c.last_feed_at), coalesce(p.n, 0) FROM center c "
    "LEFT JOIN (SELECT center_id, count(*) AS n FROM parked_event GROUP BY center_id) p ON p.center_id = c.id "
    f"WHERE {_CENTER.format(column='c.id')} ORDER BY c.name")

VISITS = (
    "SELECT center_id::text, day, sum(visits), sum(people) FROM ("
    "  SELECT DISTINCT ON (center_id, payload->>'day', payload->>'purpose') center_id, payload->>'day' AS day,"
    "         hub_number(payload->'visits') AS visits, hub_number(payload->'people') AS people"
    "  FROM event WHERE kind = 'visits.daily' AND payload->>'day' BETWEEN %(first)s AND %(last)s"
    f"  AND {_CENTER.format(column='center_id')}"
    "  ORDER BY center_id, payload->>'day', payload->>'purpose', created_at DESC, seq DESC"
    ") f GROUP BY center_id, day ORDER BY center_id, day")

ROOMS = (
    "SELECT center_id::text, (array_agg(room ORDER BY day DESC))[1], sum(open_hours), sum(used_hours),"
    "       sum(headcount), sum(bookings), sum(no_shows) FROM ("
    "  SELECT DISTINCT ON (center_id, payload->>'day', coalesce(payload->>'room_id', payload->>'room'))"
    "         center_id, payload->>'day' AS day, coalesce(payload->>'room_id', payload->>'room') AS room_key,"
    "         payload->>'room' AS room, hub_number(payload->'open_hours') AS open_hours,"
    "         hub_number(payload->'used_hours') AS used_hours, hub_number(payload->'headcount') AS headcount,"
    "         hub_number(payload->'bookings') AS bookings, hub_number(payload->'no_shows') AS no_shows"
    "  FROM event WHERE kind = 'rooms.daily' AND payload->>'day' BETWEEN %(first)s AND %(last)s"
    f"  AND {_CENTER.format(column='center_id')}"
    "  ORDER BY center_id, payload->>'day', coalesce(payload->>'room_id', payload->>'room'), created_at DESC,"
    "           seq DESC"
    ") f GROUP BY center_id, room_key ORDER BY center_id, 2")

_ACTIVITIES = _latest("activities.activity", "id", ("starts_at",), ("starts_at",))
ACTIVITIES_HELD = (
    _ACTIVITIES + "SELECT center_id::text, count(*) FROM latest "
    f"WHERE {_in_month('starts_at')} AND payload->>'state' IS DISTINCT FROM 'cancelled' "
    "AND starts_at <= %(now)s GROUP BY center_id")
ACTIVITY_LINES = (
    _ACTIVITIES + "SELECT payload->>'id', payload->>'title', payload->>'place', starts_at, payload->>'state' "
    f"FROM latest WHERE {_in_month('starts_at')} ORDER BY 4, 2")
ATTENDED = (
    "SELECT activity_id, sum(people) FROM ("
    "  SELECT DISTINCT ON (payload->>'activity_id', payload->>'signup_id') payload->>'activity_id' AS activity_id,"
    "         hub_number(payload->'people') AS people"
    "  FROM event WHERE kind = 'activities.attendance' AND center_id = %(center)s::uuid"
    "  AND payload->>'activity_id' = ANY(%(ids)s::text[])"
    "  ORDER BY payload->>'activity_id', payload->>'signup_id', created_at DESC, seq DESC"
    ") a GROUP BY activity_id")

VOLUNTEERS = (
    _latest("activities.volunteer", "id", ("starts_at",), ("starts_at",))
    + "SELECT center_id::text, sum(hub_number(payload->'minutes')), count(*) FROM latest "
    f"WHERE {_in_month('starts_at')} AND payload->'removed' IS DISTINCT FROM 'true'::jsonb "
    "GROUP BY center_id")

# Over the newest fact of each request: portable SQL, used by hub/dashboard_sqlite.py too.
REQUEST_FIGURES = (
    "SELECT center_id::text, coalesce(payload->>'category', ''),"
    f"       count(*) FILTER (WHERE {_in_month('accepted_at')}),"
    f"       count(*) FILTER (WHERE {_in_month('resolved_at')}),"
    f"       count(*) FILTER (WHERE {_in_month('resolved_at')} AND resolved_at <= due_at)"
    " FROM latest GROUP BY 1, 2 ORDER BY 1, 2")
REQUESTS = _latest("services.request", "request_id", ("accepted_at", "resolved_at"),
                   ("accepted_at", "resolved_at", "due_at")) + REQUEST_FIGURES


# The queries above, as _read picks them (hub/dashboard_sqlite.py has the same names for SQLite).
_POSTGRESQL = SimpleNamespace(VISITS=VISITS, ROOMS=ROOMS, ACTIVITIES_HELD=ACTIVITIES_HELD,
                              ACTIVITY_LINES=ACTIVITY_LINES, ATTENDED=ATTENDED, VOLUNTEERS=VOLUNTEERS,
                              REQUESTS=REQUESTS)


def _int(value: Decimal | int | None) -> int:
    return int(value or 0)


def _float(value: Decimal | float | None) -> float:
    return float(value or 0)


def _read(conn: psycopg.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """Every query of a page in one transaction (one consistent snapshot), with the
    session zone UTC so that a moment written without an offset reads as UTC. With a
    center: its activities of the month and who attended them too."""
    from hub import dashboard_sqlite  # here: it takes the portable parts from this module

    sql = dashboard_sqlite if is_sqlite(conn) else _POSTGRESQL
    with conn.transaction():
        if not is_sqlite(conn):
            conn.execute("SET LOCAL TimeZone = 'UTC'")
            # A city's month is some 100,000 facts to sort: in memory, not in temporary files.
            conn.execute("SET LOCAL work_mem = '64MB'")
        data = {
            "centers": [(center_id, name, _moment(last_sync), parked)
                        for center_id, name, last_sync, parked in conn.execute(CENTERS, params)],
            "visits": conn.execute(sql.VISITS, params).fetchall(),
            "rooms": conn.execute(sql.ROOMS, params).fetchall(),
            "held": dict(conn.execute(sql.ACTIVITIES_HELD, params).fetchall()),
            "volunteers": {row[0]: row[1:] for row in conn.execute(sql.VOLUNTEERS, params)},
            "requests": conn.execute(sql.REQUESTS, params).fetchall(),
        }
        if params["center"] is not None and data["centers"]:
            data["lines"] = [(activity_id, title, place, _moment(starts_at), state) for
                             activity_id, title, place, starts_at, state in conn.execute(sql.ACTIVITY_LINES, params)]
            ids = [row[0] for row in data["lines"]]
            data["attended"] = dict(conn.execute(sql.ATTENDED, dict(params, ids=ids)).fetchall())
        return data


def _moment(value: datetime | str | None) -> datetime | None:
    """PostgreSQL gives datetimes; SQLite the stored UTC text of a computed moment."""
    return parse_moment(value) if isinstance(value, str) else value


def _figures(data: dict[str, Any]) -> list[CenterFigures]:
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for center_id, _day, visits, people in data["visits"]:
        sums[center_id]["visits"] += _int(visits)
        sums[center_id]["people"] += _int(people)
    for center_id, _room, open_hours, used_hours, *_rest in data["rooms"]:
        sums[center_id]["open_hours"] += _float(open_hours)
        sums[center_id]["used_hours"] += _float(used_hours)
    for center_id, _category, accepted, resolved, on_time in data["requests"]:
        sums[center_id]["accepted"] += accepted
        sums[center_id]["resolved"] += resolved
        sums[center_id]["on_time"] += on_time
    result = []
    for center_id, name, last_sync, parked in data["centers"]:
        got = sums[center_id]
        minutes, lines = data["volunteers"].get(center_id, (0, 0))
        result.append(CenterFigures(
            center_id=center_id, name=name, last_sync=last_sync, parked=int(parked),
            visits=int(got["visits"]), people=int(got["people"]), open_hours=got["open_hours"],
            used_hours=got["used_hours"], activities=int(data["held"].get(center_id, 0)),
            volunteer_minutes=_int(minutes), volunteer_lines=int(lines), accepted=int(got["accepted"]),
            resolved=int(got["resolved"]), on_time=int(got["on_time"])))
    return result


def overview(conn: psycopg.Connection, month: Month, now: datetime) -> list[CenterFigures]:
    """Every center's figures for the month (also centers that never sent anything)."""
    return _figures(_read(conn, month.params(None, now)))


def center_detail(conn: psycopg.Connection, center_id: str, month: Month, now: datetime) -> CenterDetail | None:
    """One center's month, or None when there is no such center."""
    data = _read(conn, month.params(center_id, now))
    if not data["centers"]:
        return None
    attended = data["attended"]
    days = tuple(DayVisits(date.fromisoformat(day), _int(visits), _int(people))
                 for _center, day, visits, people in data["visits"])
    rooms = tuple(RoomFigures(room or "", _float(open_hours), _float(used_hours), _int(headcount), _int(bookings),
                              _int(no_shows))
                  for _center, room, open_hours, used_hours, headcount, bookings, no_shows in data["rooms"])
    activities = tuple(
        ActivityLine(title=title or "", place=place or "", starts_at=starts_at, cancelled=state == "cancelled",
                     held=state != "cancelled" and starts_at is not None and starts_at <= now,
                     attended=_int(attended.get(activity_id)))
        for activity_id, title, place, starts_at, state in data["lines"])
    categories = tuple(CategoryFigures(category or "—", accepted, resolved, on_time)
                       for _center, category, accepted, resolved, on_time in data["requests"]
                       if accepted or resolved)
    return CenterDetail(_figures(data)[0], days, rooms, activities, categories)
