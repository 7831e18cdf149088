"""Applying one upload batch: one PostgreSQL transaction, idempotent, never blocked.

Every event is either stored (a re-sent one has no second effect: the primary key is
(center_id, event_id)) or parked with its reason; both count as handled, and the answer
acknowledges the highest seq of the batch. Uploads of one center are serialised by a
row lock on the center, so two desks (or a desk and its own retry) never interleave.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from hub.sqlite import is_sqlite, parse_moment

# The kinds this hub understands, with the payload fields each must carry.
KNOWN_KINDS: dict[str, tuple[str, ...]] = {
    "roster.post": ("post_id", "name"),
    "roster.staff": ("staff_id", "name"),
    "roster.day": ("day", "duties"),
    "roster.whereabouts": ("staff_id", "status", "at"),
    "activities.activity": ("id", "title", "starts_at"),
    "activities.signup": ("activity_id", "signup_id", "state"),
    "activities.attendance": ("activity_id", "signup_id", "people"),
    "activities.volunteer": (),
    "rooms.booking": ("booking_id", "room", "starts_at", "state"),
    "services.catalogue": (),
    "services.item": (),
    "services.request": (),
    "services.demand": (),
    "services.wish": (),
    "services.resource": (),
    "visits.daily": ("day", "purpose", "visits", "people"),
    "rooms.daily": ("day", "room", "open_hours", "used_hours", "headcount", "no_shows"),
}


# Payload fields the dashboard computes with, by kind, and the shape each must have when
# present: "day" 2026-11-20; "moment" an ISO date and time PostgreSQL reads too (None
# allowed: a request not resolved yet); "count" a whole number >= 0; "hours" a number >= 0.
# An event that breaks one is parked with the reason, so one bad fact cannot spoil a figure.
FIELD_SHAPES: dict[str, dict[str, str]] = {
    "visits.daily": {"day": "day", "visits": "count", "people": "count"},
    "rooms.daily": {"day": "day", "open_hours": "hours", "used_hours": "hours", "booked_hours": "hours",
                    "headcount": "count", "no_shows": "count", "bookings": "count"},
    "activities.activity": {"starts_at": "moment"},
    "activities.attendance": {"people": "count"},
    "activities.volunteer": {"starts_at": "moment", "minutes": "count"},
    "services.request": {"accepted_at": "moment", "due_at": "moment", "resolved_at": "moment"},
}
_DAY = re.compile(r"\d{4}-\d\d-\d\d", re.ASCII)
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d{1,6})?)?(Z|[+-]\d\d(:?\d\d)?)?", re.ASCII)


def _bad_shape(shape: str, value: Any) -> bool:
    if shape == "count":
        return isinstance(value, bool) or not isinstance(value, int) or value < 0
    if shape == "hours":
        return (isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value)
                or value < 0)
    if shape == "day":
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            return True
        try:
            date.fromisoformat(value)
        except ValueError:
            return True
        return False
    if value is None:
        return False
    if not isinstance(value, str) or not _MOMENT.fullmatch(value):
        return True
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return True
    # PostgreSQL reads offsets below 16 hours only: "+20:00" would fail the dashboard's cast.
    offset = moment.utcoffset()
    return offset is not None and abs(offset) >= timedelta(hours=16)


def holds_nul(payload: Any) -> bool:
    """Whether a string or key anywhere in the payload holds NUL, which PostgreSQL's jsonb
    cannot store: such an event would fail the whole batch, every time it is sent."""
    stack = [payload]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


@dataclass
class Incoming:
    seq: int
    event_id: str
    kind: str
    payload: Any  # a dict when well formed
    created_at: str


@dataclass
class BatchResult:
    acked_seq: int
    applied: int = 0
    duplicates: int = 0
    parked: list[dict[str, Any]] = field(default_factory=list)


def registered_kinds(conn: psycopg.Connection) -> dict[str, tuple[str, ...]]:
    kinds = dict(KNOWN_KINDS)
    for kind, required in conn.execute("SELECT kind, required FROM accepted_kind"):
        kinds[kind] = tuple(required)
    return kinds


def problem(event: Incoming, kinds: dict[str, tuple[str, ...]]) -> str | None:
    """Why the hub cannot accept this event, or None when it can."""
    if event.kind not in kinds:
        return f"unknown kind {event.kind!r}: this hub does not know it yet"
    if not isinstance(event.payload, dict):
        return "the payload is not a JSON object"
    if holds_nul(event.payload):
        return "the payload holds a NUL character (\\u0000), which the hub cannot store"
    missing = [name for name in kinds[event.kind] if name not in event.payload]
    if missing:
        return f"the payload lacks {', '.join(missing)}"
    shapes = FIELD_SHAPES.get(event.kind, {})
    wrong = [name for name, shape in shapes.items()
             if name in event.payload and _bad_shape(shape, event.payload[name])]
    if wrong:
        return f"the payload's {', '.join(wrong)} {'is' if len(wrong) == 1 else 'are'} not valid"
    # The shape PostgreSQL reads too: one it cannot would fail the whole batch's insert.
    if not isinstance(event.created_at, str) or _bad_shape("moment", event.created_at):
        return f"bad created_at {event.created_at!r}"
    return None


def _rows_json(good: list[Incoming], bad: list[tuple[Incoming, str]]) -> str:
    """The good events as one JSON document that PostgreSQL takes apart: one C-speed
    json.dumps, not every payload quoted into a text array literal. An event holding NaN
    or an infinity (which JSON and PostgreSQL cannot store) moves from ``good`` to ``bad``:
    it would fail the whole batch, every time it is sent."""
    def text() -> str:
        return json.dumps([{"id": e.event_id, "seq": e.seq, "kind": e.kind, "payload": e.payload,
                            "created_at": e.created_at} for e in good], ensure_ascii=False, allow_nan=False)

    try:
        return text()
    except ValueError:
        for event in list(good):
            if not _storable(event.payload):
                good.remove(event)
                bad.append((event, NOT_JSON))
        return text()


NOT_JSON = "the payload holds a number JSON cannot carry (NaN or infinity)"


def _storable(payload: Any) -> bool:
    try:
        json.dumps(payload, allow_nan=False)
    except ValueError:
        return False
    return True


def apply_batch(conn: psycopg.Connection, center_id: str, events: list[Incoming]) -> BatchResult:
    """Store a batch for ``center_id`` (from the token) in one transaction."""
    if not events:
        row = conn.execute("SELECT last_seq FROM center WHERE id = %s", (center_id,)).fetchone()
        return BatchResult(acked_seq=int(row[0]) if row else 0)
    kinds = registered_kinds(conn)
    good: list[Incoming] = []
    bad: list[tuple[Incoming, str]] = []
    for event in events:
        reason = problem(event, kinds)
        if reason is None:
            good.append(event)
        else:
            bad.append((event, reason))
    rows = _rows_json(good, bad)
    top = max(event.seq for event in events)
    result = BatchResult(acked_seq=top)
    with conn.transaction():
        conn.execute("SELECT 1 FROM center WHERE id = %s FOR UPDATE", (center_id,))
        if good and is_sqlite(conn):
            inserted = conn.executemany(
                "INSERT INTO event (center_id, event_id, seq, kind, payload, created_at) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                [(center_id, e.event_id, e.seq, e.kind, Jsonb(e.payload), parse_moment(e.created_at))
                 for e in good]).rowcount
        elif good:
            inserted = conn.execute(
                "INSERT INTO event (center_id, event_id, seq, kind, payload, created_at) "
                "SELECT %s, e.id, e.seq, e.kind, e.payload, e.created_at FROM jsonb_to_recordset(%s::jsonb) "
                "AS e(id text, seq bigint, kind text, payload jsonb, created_at timestamptz) "
                "ON CONFLICT DO NOTHING", (center_id, rows)).rowcount
        if good:
            result.applied = inserted
            result.duplicates = len(good) - inserted
        for event, reason in bad:
            # Already stored (accepted once, e.g. after a retry): a re-send is a duplicate.
            stored = conn.execute("SELECT 1 FROM event WHERE center_id = %s AND event_id = %s",
                                  (center_id, event.event_id)).fetchone()
            if stored:
                result.duplicates += 1
                continue
            conn.execute(
                "INSERT INTO parked_event (center_id, event_id, seq, kind, payload, created_at, reason) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (center_id, event_id) DO NOTHING",
                (center_id, event.event_id, event.seq, event.kind,
                 json.dumps(event.payload, ensure_ascii=False), str(event.created_at), reason))
            result.parked.append({"id": event.event_id, "seq": event.seq, "kind": event.kind, "reason": reason})
        conn.execute("UPDATE center SET last_seq = greatest(last_seq, %s), last_upload_at = now() WHERE id = %s",
                     (top, center_id))
    return result


def retry_parked(conn: psycopg.Connection, center_id: str, event_ids: list[str] | None = None
                 ) -> tuple[list[str], list[dict[str, Any]]]:
    """Check parked events again (after a fix); returns (accepted ids, still parked)."""
    kinds = registered_kinds(conn)
    accepted: list[str] = []
    still: list[dict[str, Any]] = []
    with conn.transaction():
        if is_sqlite(conn):
            rows = conn.execute(
                "SELECT event_id, seq, kind, payload, created_at FROM parked_event WHERE center_id = %s "
                "AND (%s IS NULL OR event_id IN (SELECT value FROM json_each(%s))) ORDER BY seq",
                (center_id, event_ids, event_ids)).fetchall()
        else:
            rows = conn.execute(
                "SELECT event_id, seq, kind, payload, created_at FROM parked_event WHERE center_id = %s "
                "AND (%s::text[] IS NULL OR event_id = ANY(%s::text[])) ORDER BY seq FOR UPDATE",
                (center_id, event_ids, event_ids)).fetchall()
        for event_id, seq, kind, payload, created_at in rows:
            event = Incoming(seq, event_id, kind, json.loads(payload), created_at)
            reason = problem(event, kinds) or (None if _storable(event.payload) else NOT_JSON)
            if reason is not None:
                conn.execute("UPDATE parked_event SET reason = %s WHERE center_id = %s AND event_id = %s",
                             (reason, center_id, event_id))
                still.append({"id": event_id, "seq": seq, "kind": kind, "reason": reason})
                continue
            conn.execute("INSERT INTO event (center_id, event_id, seq, kind, payload, created_at) "
                         "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                         (center_id, event_id, seq, kind, Jsonb(event.payload),
                          parse_moment(created_at) if is_sqlite(conn) else created_at))
            conn.execute("DELETE FROM parked_event WHERE center_id = %s AND event_id = %s", (center_id, event_id))
            accepted.append(event_id)
    return accepted, still


def parked(conn: psycopg.Connection, center_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT event_id, seq, kind, reason FROM parked_event WHERE center_id = %s ORDER BY seq",
                        (center_id,))
    return [{"id": event_id, "seq": seq, "kind": kind, "reason": reason} for event_id, seq, kind, reason in rows]
