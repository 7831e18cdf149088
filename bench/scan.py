"""Scan to committed: a pass scanned at the desk until its visit is on disk.

The baseline inserts the same rows (the visit and its audit line, and the visitor's
last-visit time) with plain sqlite3 under the same durability settings (WAL,
synchronous=FULL), one transaction per scan, as fast as SQLite itself can.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.stats import Figure, summary


def _passes(ctx, count: int) -> list[str]:  # noqa: ANN001
    from sqlmodel import col, select

    from db.tables import Visit, Visitor
    from desk.accounts.actor import SYSTEM
    from desk.passes.codec import PassKind

    with ctx.store.read() as session:
        inside = select(Visit.visitor_id).where(col(Visit.check_out_at).is_(None))
        ids = list(session.exec(select(Visitor.id).where(col(Visitor.id).not_in(inside)).limit(count)))
    now = datetime.now(UTC)
    return [ctx.passes.issue(SYSTEM, kind=PassKind.RESIDENT, visitor_id=i, valid_from=now - timedelta(minutes=1),
                             valid_until=now + timedelta(days=30)).value.payload for i in ids]


def measure(folder: Path, scans: int = 1000) -> list[Figure]:
    from desk.context import open_desk

    ctx = open_desk(folder)
    try:
        admin = ctx.accounts.sign_in("admin", "demo-admin-1")
        payloads = _passes(ctx, scans)
        ctx.visits.scan(admin, payloads[0])  # warm caches: key ring, settings, statements
        timings = []
        for payload in payloads[1:]:
            started = time.perf_counter()
            result = ctx.visits.scan(admin, payload)
            timings.append((time.perf_counter() - started) * 1000)
            assert result.outcome == "checked_in", result.message
        baseline = _raw_inserts(folder / "desk.sqlite3", len(timings))
    finally:
        ctx.close()
    ours, raw = summary(timings), summary(baseline)
    return [
        Figure("scan to committed, p99", ours["p99"], "ms", limit=10.0, baseline=raw["p99"],
               baseline_name="raw sqlite3 insert of the same rows, p99", max_ratio=5.0,
               extra={"p50": round(ours["p50"], 3), "baseline_p50": round(raw["p50"], 3), "n": ours["n"]}),
    ]


def _raw_inserts(path: Path, count: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    visitor_ids = [row[0] for row in conn.execute("SELECT id FROM visitor ORDER BY id DESC LIMIT ?", (count,))]
    purpose = conn.execute("SELECT id FROM purpose LIMIT 1").fetchone()[0]
    timings = []
    for visitor_id in visitor_ids:
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        vid = str(uuid.uuid4())
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE visitor SET last_visit_at=? WHERE id=?", (now, visitor_id))
        conn.execute("INSERT INTO visit (id, visitor_id, purpose_id, headcount, source, check_in_at, consent)"
                     " VALUES (?, ?, ?, 1, 'pass', ?, 1)", (vid, visitor_id, purpose, now))
        conn.execute("INSERT INTO audit_entry (at, username, action, entity, entity_id, detail, after)"
                     " VALUES (?, 'bench', 'visit.check_in', 'visit', ?, '', '{}')", (now, vid))
        conn.execute("COMMIT")
        timings.append((time.perf_counter() - started) * 1000)
    conn.close()
    return timings
