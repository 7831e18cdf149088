"""The dashboard's queries for the SQLite trial hub: the figures hub/dashboard_queries.py
defines, the same columns in the same order, in SQL SQLite runs.

"The newest fact about each thing" is PostgreSQL's DISTINCT ON / LATERAL there and a
window (row_number() over the thing, newest first, n = 1) here. Numbers and moments are
read by the functions hub/sqlite.py registers (hub_number, hub_moment); moments compare
as the fixed-shape UTC text every moment is stored in. A test runs the same facts through
both databases and compares every figure (tests/hub/test_hub_sqlite.py).
"""

from __future__ import annotations

from hub.dashboard_queries import REQUEST_FIGURES

_CENTER = "(%(center)s IS NULL OR {column} = %(center)s)"


def _in_month(field: str) -> str:
    return f"{field} >= %(start)s AND {field} < %(end)s"


def _newest(*keys: str) -> str:
    """n = 1 on the newest fact about each thing (the thing: these key expressions)."""
    return f"row_number() OVER (PARTITION BY {', '.join(keys)} ORDER BY created_at DESC, seq DESC) AS n"


def _latest(kind: str, subject: str, windows: tuple[str, ...], moments: tuple[str, ...]) -> str:
    """A CTE ``latest(center_id, payload, <moments>...)``, as in dashboard_queries._latest."""
    near = " OR ".join(f"substr(payload->>'{field}', 1, 10) BETWEEN %(lo)s AND %(hi)s" for field in windows)
    read = "".join(f", hub_moment(payload->>'{field}') AS {field}" for field in moments)
    newest = _newest("center_id", f"payload->>'{subject}'")
    return (f"WITH latest AS MATERIALIZED (SELECT center_id, payload{read} FROM ("
            f"  SELECT center_id, payload, {newest} FROM event"
            f"  WHERE kind = '{kind}' AND (center_id, payload->>'{subject}') IN ("
            f"    SELECT center_id, payload->>'{subject}' FROM event WHERE kind = '{kind}' AND ({near})"
            f"    AND {_CENTER.format(column='center_id')})"
            f") WHERE n = 1) ")


VISITS = (
    "SELECT center_id, day, sum(visits), sum(people) FROM ("
    "  SELECT center_id, payload->>'day' AS day, hub_number(payload->'visits') AS visits,"
    "         hub_number(payload->'people') AS people,"
    "         " + _newest("center_id", "payload->>'day'", "payload->>'purpose'") +
    "  FROM event WHERE kind = 'visits.daily' AND payload->>'day' BETWEEN %(first)s AND %(last)s"
    f"  AND {_CENTER.format(column='center_id')}"
    ") WHERE n = 1 GROUP BY center_id, day ORDER BY center_id, day")

_ROOM_KEY = "coalesce(payload->>'room_id', payload->>'room')"
ROOMS = (
    "SELECT center_id, max(latest_room), sum(open_hours), sum(used_hours), sum(headcount), sum(bookings),"
    "       sum(no_shows) FROM ("
    "  SELECT *, first_value(room) OVER (PARTITION BY center_id, room_key ORDER BY day DESC) AS latest_room FROM ("
    f"   SELECT center_id, payload->>'day' AS day, {_ROOM_KEY} AS room_key, payload->>'room' AS room,"
    "           hub_number(payload->'open_hours') AS open_hours, hub_number(payload->'used_hours') AS used_hours,"
    "           hub_number(payload->'headcount') AS headcount, hub_number(payload->'bookings') AS bookings,"
    "           hub_number(payload->'no_shows') AS no_shows,"
    "          " + _newest("center_id", "payload->>'day'", _ROOM_KEY) +
    "    FROM event WHERE kind = 'rooms.daily' AND payload->>'day' BETWEEN %(first)s AND %(last)s"
    f"   AND {_CENTER.format(column='center_id')}"
    "  ) WHERE n = 1"
    ") GROUP BY center_id, room_key ORDER BY center_id, 2")

_ACTIVITIES = _latest("activities.activity", "id", ("starts_at",), ("starts_at",))
ACTIVITIES_HELD = (
    _ACTIVITIES + "SELECT center_id, count(*) FROM latest "
    f"WHERE {_in_month('starts_at')} AND payload->>'state' IS NOT 'cancelled' "
    "AND starts_at <= %(now)s GROUP BY center_id")
ACTIVITY_LINES = (
    _ACTIVITIES + "SELECT payload->>'id', payload->>'title', payload->>'place', starts_at, payload->>'state' "
    f"FROM latest WHERE {_in_month('starts_at')} ORDER BY 4, 2")
ATTENDED = (
    "SELECT activity_id, sum(people) FROM ("
    "  SELECT payload->>'activity_id' AS activity_id, hub_number(payload->'people') AS people,"
    "         " + _newest("payload->>'activity_id'", "payload->>'signup_id'") +
    "  FROM event WHERE kind = 'activities.attendance' AND center_id = %(center)s"
    "  AND payload->>'activity_id' IN (SELECT value FROM json_each(%(ids)s))"
    ") WHERE n = 1 GROUP BY activity_id")

VOLUNTEERS = (
    _latest("activities.volunteer", "id", ("starts_at",), ("starts_at",))
    + "SELECT center_id, sum(hub_number(payload->'minutes')), count(*) FROM latest "
    f"WHERE {_in_month('starts_at')} AND payload->'removed' IS NOT 'true' "
    "GROUP BY center_id")

REQUESTS = (_latest("services.request", "request_id", ("accepted_at", "resolved_at"),
                    ("accepted_at", "resolved_at", "due_at")) + REQUEST_FIGURES)
