"""The download feed: what the city authors, read by each desk with a cursor.

The cursor is (txid, pos): the transaction id (xid8) that wrote a row and the row's
sequence number. A reader is only served rows whose transaction is older than the oldest
transaction still running (``txid < pg_snapshot_xmin(pg_current_snapshot())``), in
(txid, pos) order. Every transaction that could still add rows has a txid at or above
that xmin, so above every txid already served: no row can ever land behind a cursor,
whatever order writers commit in. (A plain ``pos > cursor`` loses rows: sequence order is
not commit order.) The price is liveness only: a long transaction holds the feed back.

``trim`` compacts old rows (keeping the newest version of each item) and remembers the
newest position it removed; a cursor before that gets 410 and reads a paged snapshot.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from hub.sqlite import is_sqlite


class CursorTooOld(Exception):
    pass


def parse_cursor(text: str) -> tuple[int, int]:
    """"" is the start; otherwise "txid:pos"."""
    if not text:
        return 0, 0
    txid, _, pos = text.partition(":")
    value = int(txid), int(pos)
    if value[0] < 0 or value[1] < 0:
        raise ValueError("negative cursor")
    return value


def cursor_text(txid: int, pos: int) -> str:
    return f"{txid}:{pos}"


def publish(conn: psycopg.Connection, kind: str, key: str, payload: dict[str, Any], *,
            center_id: str | None = None, deleted: bool = False) -> None:
    """Add one item version to the feed (call inside the transaction of the change)."""
    conn.execute("INSERT INTO feed (center_id, kind, key, payload, deleted) VALUES (%s, %s, %s, %s, %s)",
                 (center_id, kind, key, Jsonb(payload), deleted))


def _row(txid: Any, pos: int, kind: str, key: str, payload: Any, deleted: bool) -> dict[str, Any]:
    return {"position": cursor_text(int(txid), pos), "kind": kind, "key": key,
            "payload": payload, "deleted": bool(deleted)}


def read_page(conn: psycopg.Connection, center_id: str, cursor: str, limit: int) -> dict[str, Any]:
    txid, pos = parse_cursor(cursor)
    horizon = conn.execute("SELECT txid::text::bigint, pos FROM feed_horizon WHERE id = 1").fetchone()
    if horizon is not None and (txid, pos) < (int(horizon[0]), int(horizon[1])):
        raise CursorTooOld(cursor)
    if is_sqlite(conn):
        # One writer at a time: pos order is commit order, and txid is pos (hub/sqlite.py).
        rows = conn.execute(
            "SELECT txid, pos, kind, key, payload, deleted FROM feed WHERE (txid, pos) > (%s, %s) "
            "AND (center_id IS NULL OR center_id = %s) ORDER BY txid, pos LIMIT %s",
            (txid, pos, center_id, limit)).fetchall()
    else:
        rows = conn.execute(
            "SELECT txid::text::bigint, pos, kind, key, payload, deleted FROM feed "
            "WHERE (txid, pos) > (%s::text::xid8, %s) "
            "AND txid < pg_snapshot_xmin(pg_current_snapshot()) "
            "AND (center_id IS NULL OR center_id = %s) "
            "ORDER BY txid, pos LIMIT %s",
            (str(txid), pos, center_id, limit)).fetchall()
    items = [_row(*row) for row in rows]
    conn.execute("UPDATE center SET last_feed_at = now() WHERE id = %s", (center_id,))
    return {"items": items, "cursor": items[-1]["position"] if items else cursor_text(txid, pos),
            "more": len(items) == limit}


def snapshot_start(conn: psycopg.Connection) -> str:
    """The bound of a new snapshot: rows of transactions below it are in the snapshot,
    the rest come afterwards through the feed from cursor (bound, 0)."""
    if is_sqlite(conn):
        row = conn.execute("SELECT coalesce(max(pos), 0) + 1 FROM feed").fetchone()
    else:
        row = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").fetchone()
    return str(int(row[0]))


def snapshot_page(conn: psycopg.Connection, center_id: str, bound: str, after: tuple[str, str],
                  limit: int) -> dict[str, Any]:
    """The newest version of every live item below ``bound``, keyset-paged by (kind, key)."""
    if is_sqlite(conn):
        rows = conn.execute(
            "SELECT txid, pos, kind, key, payload, deleted FROM ("
            "  SELECT txid, pos, kind, key, payload, deleted,"
            "         row_number() OVER (PARTITION BY kind, key ORDER BY txid DESC, pos DESC) AS n FROM feed"
            "  WHERE txid < %s AND (center_id IS NULL OR center_id = %s) AND (kind, key) > (%s, %s)) newest "
            "WHERE n = 1 AND NOT deleted ORDER BY kind, key LIMIT %s",
            (int(bound), center_id, after[0], after[1], limit)).fetchall()
    else:
        rows = conn.execute(
            "SELECT txid::text::bigint, pos, kind, key, payload, deleted FROM ("
            "  SELECT DISTINCT ON (kind, key) txid, pos, kind, key, payload, deleted FROM feed"
            "  WHERE txid < %s::text::xid8 AND (center_id IS NULL OR center_id = %s) AND (kind, key) > (%s, %s)"
            "  ORDER BY kind, key, txid DESC, pos DESC) newest "
            "WHERE NOT deleted ORDER BY kind, key LIMIT %s",
            (bound, center_id, after[0], after[1], limit)).fetchall()
    items = [_row(*row) for row in rows]
    return {"items": items, "more": len(items) == limit, "resume_cursor": cursor_text(int(bound), 0)}


def trim(conn: psycopg.Connection, older_than_days: float) -> int:
    """Drop superseded versions and tombstones older than the limit; returns rows removed."""
    with conn.transaction():
        gone = conn.execute(
            "DELETE FROM feed AS f WHERE f.created_at < %s AND ("
            "  f.deleted OR EXISTS (SELECT 1 FROM feed n WHERE n.kind = f.kind AND n.key = f.key"
            "    AND n.center_id IS NOT DISTINCT FROM f.center_id AND (n.txid, n.pos) > (f.txid, f.pos)))"
            " RETURNING txid::text::bigint, pos",
            (datetime.now(UTC) - timedelta(days=older_than_days),)).fetchall()
        if gone:
            txid, pos = max((int(t), int(p)) for t, p in gone)
            conn.execute("INSERT INTO feed_horizon (id, txid, pos) VALUES (1, %s::text::xid8, %s) "
                         "ON CONFLICT (id) DO UPDATE SET txid = excluded.txid, pos = excluded.pos "
                         "WHERE (excluded.txid, excluded.pos) > (feed_horizon.txid, feed_horizon.pos)",
                         (str(txid), pos))
    return len(gone)
