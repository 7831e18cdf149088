"""The conflict check: which active bookings take a room during given stretches, in ONE query.

A candidate is (key, room, block start, block end), the block being the wanted time
widened by the room's setup and cleanup buffers; it clashes with a booking whose own
block overlaps it (half-open, so touching blocks do not clash). Active means confirmed
(checked in or not), or pending with a hold that has not run out. The query only looks
at bookings whose block starts less than ``MAX_BLOCK`` before the candidate, so it is a
bounded range scan of the (room_id, block_start) index however long the history is.

Any number of candidates (a whole series, every room for "find a free room") go in one
statement: a VALUES list joined to ``booking``; SQLite walks the list and probes the index
for each row (the CROSS JOIN fixes that order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from desk.rooms.intervals import MAX_BLOCK, from_stamp, stamp

ACTIVE_SQL = "(b.state = 'confirmed' OR (b.state = 'pending' AND b.holds_until > ?))"
# Keeps each statement well under SQLite's variable limit (32766).
_CHUNK = 2000


@dataclass(frozen=True)
class Candidate:
    key: Hashable
    room_id: int
    block_start: datetime
    block_end: datetime


@dataclass(frozen=True)
class Clash:
    """An existing booking in the way."""

    booking_id: int
    room_id: int
    room_name: str
    title: str
    booker_name: str
    starts_at: datetime
    ends_at: datetime
    state: str


def find_clashes(session: Session, candidates: Sequence[Candidate], now: datetime,
                 exclude: Collection[int] = ()) -> dict[Hashable, list[Clash]]:
    """key → the active bookings in the way (keys without clashes are left out)."""
    result: dict[Hashable, list[Clash]] = defaultdict(list)
    keys = {index: candidate.key for index, candidate in enumerate(candidates)}
    excluded = sorted(set(exclude))
    for offset in range(0, len(candidates), _CHUNK):
        chunk = candidates[offset:offset + _CHUNK]
        values = ", ".join("(?, ?, ?, ?, ?)" for _ in chunk)
        params: list[object] = []
        for index, candidate in enumerate(chunk, start=offset):
            params += [index, candidate.room_id, stamp(candidate.block_start - MAX_BLOCK),
                       stamp(candidate.block_start), stamp(candidate.block_end)]
        params.append(stamp(now))
        not_in = ""
        if excluded:
            not_in = f" AND b.id NOT IN ({', '.join('?' for _ in excluded)})"
            params += excluded
        sql = (
            f"WITH cand(k, room, lo, s, e) AS (VALUES {values}) "
            "SELECT cand.k, b.id, b.room_id, r.name, b.title, b.booker_name, b.starts_at, b.ends_at, b.state "
            "FROM cand CROSS JOIN booking AS b JOIN room AS r ON r.id = b.room_id "
            "WHERE b.room_id = cand.room AND b.block_start > cand.lo AND b.block_start < cand.e "
            f"AND b.block_end > cand.s AND {ACTIVE_SQL}{not_in} ORDER BY cand.k, b.starts_at"
        )
        for k, booking_id, room_id, room_name, title, booker, starts, ends, state in (
                session.connection().exec_driver_sql(sql, tuple(params))):
            result[keys[k]].append(Clash(booking_id, room_id, room_name, title, booker,
                                         from_stamp(starts), from_stamp(ends), state))
    return dict(result)
