"""Service requests: the owner's queue and the overdue list with 200,000 requests stored
(limit 50 ms each).

The bench adds 12 staff, a 60-item catalogue and 200,000 requests spread over two years
to the demo store: nearly all resolved, 3% still open, about a third of those overdue —
a busy center that has used the desk for years. The rows go in with plain sqlite3
``executemany`` in one transaction, then ANALYZE. The baseline is a plain indexed
sqlite3 query returning the same rows with the same columns (the same joins), timed in
the same run; the desk's figure includes building the frozen rows the UI gets.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.stats import Figure

REQUESTS = 200_000
STAFF, ITEMS = 12, 60
OPEN_SHARE = 0.03
RUNS = 9
LIMIT_MS = 50.0

_COLUMNS = ("r.id, r.item_id, i.code, i.name, c.name, r.owner_id, s.name, r.name, r.phone, r.channel, r.status, "
            "r.limit_kind, r.limit_amount, r.accepted_at, r.due_at, r.resolved_at, r.rating")
_FROM = ("FROM service_request r JOIN service_item i ON i.id = r.item_id "
         "JOIN service_category c ON c.id = i.category_id JOIN staff s ON s.id = r.owner_id")
QUEUE_SQL = f"SELECT {_COLUMNS} {_FROM} WHERE r.owner_id = ? AND r.status IN ('accepted', 'in_progress') ORDER BY r.due_at"
OVERDUE_SQL = f"SELECT {_COLUMNS} {_FROM} WHERE r.status IN ('accepted', 'in_progress') AND r.due_at < ? ORDER BY r.due_at"


def _stamp(moment: datetime) -> str:
    """The text SQLAlchemy stores for an aware datetime in SQLite (UTC, no zone)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _setup(ctx) -> tuple[list[int], list[int]]:  # noqa: ANN001
    from db.tables import ServiceCategory, ServiceItem, Staff

    with ctx.store.write() as session:
        staff = [Staff(name=f"压测办理人{n:02d}", active_from=date(2020, 1, 1), created_at=datetime.now(UTC))
                 for n in range(STAFF)]
        categories = [ServiceCategory(name=f"压测类别{n:02d}", sort_order=100 + n) for n in range(6)]
        session.add_all(staff + categories)
        session.flush()
        items = [ServiceItem(code=f"BENCH-{n:03d}", category_id=categories[n % 6].id, name=f"压测事项{n:03d}",
                             limit_kind="days", limit_amount=3, updated_at=datetime.now(UTC)) for n in range(ITEMS)]
        session.add_all(items)
        session.flush()
        return [s.id for s in staff], [i.id for i in items]


def _fill(path: Path, staff: list[int], items: list[int]) -> int:
    """200,000 requests in one transaction; returns how many are open."""
    rng = random.Random(5)
    now = datetime.now(UTC)
    rows, open_count = [], 0
    for n in range(REQUESTS):
        accepted = now - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        due = accepted + timedelta(days=rng.choice((0, 1, 3, 5)), hours=8)
        is_open = rng.random() < OPEN_SHARE
        if is_open:  # open requests are recent: about a third past due
            accepted = now - timedelta(hours=rng.randint(1, 24 * 6))
            due = accepted + timedelta(days=rng.choice((2, 3, 5, 10)))
            open_count += 1
        resolved = None if is_open else accepted + timedelta(hours=rng.randint(1, 120))
        rating = None if is_open or rng.random() < 0.4 else rng.choice(("satisfied", "basically_satisfied",
                                                                       "dissatisfied"))
        rows.append((rng.choice(items), f"居民{n % 5000}", f"139{n % 100000000:08d}", "visit", rng.choice(staff),
                     rng.choice(("accepted", "in_progress")) if is_open else "resolved", _stamp(accepted),
                     _stamp(due), _stamp(resolved) if resolved else None, rating))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO service_request (item_id, name, phone, channel, owner_id, status, limit_kind, limit_amount, "
            "catalogue_version, accepted_at, due_at, resolved_at, rating, rating_comment) "
            "VALUES (?, ?, ?, ?, ?, ?, 'days', 3, 1, ?, ?, ?, ?, '')", rows)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return open_count


def _time(call, runs: int = RUNS) -> tuple[float, int]:  # noqa: ANN001
    call()  # warm: the first read pays for opening connections and the page cache
    timings, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = len(call())
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), size


def measure(folder: Path) -> list[Figure]:
    from desk.context import open_desk

    ctx = open_desk(folder)
    try:
        staff, items = _setup(ctx)
        started = time.perf_counter()
        open_count = _fill(folder / "desk.sqlite3", staff, items)
        fill_s = time.perf_counter() - started
        owners = {owner: len(ctx.requests.my_queue(owner)) for owner in staff}
        busiest = max(owners, key=owners.__getitem__)
        queue_ms, queue_rows = _time(lambda: ctx.requests.my_queue(busiest))
        overdue_ms, overdue_rows = _time(ctx.requests.overdue)
    finally:
        ctx.close()
    conn = sqlite3.connect(folder / "desk.sqlite3")
    try:
        now = _stamp(datetime.now(UTC))
        base_queue, base_queue_rows = _time(lambda: conn.execute(QUEUE_SQL, (busiest,)).fetchall())
        base_overdue, base_overdue_rows = _time(lambda: conn.execute(OVERDUE_SQL, (now,)).fetchall())
        plan = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + OVERDUE_SQL, (now,))]
    finally:
        conn.close()
    extra = {"requests": REQUESTS, "open": open_count, "fill_s": round(fill_s, 1)}
    return [
        Figure("requests: owner's queue (200k stored)", queue_ms, "ms", limit=LIMIT_MS, baseline=base_queue,
               baseline_name="plain sqlite3 indexed query of the same rows and columns",
               extra=dict(extra, rows=queue_rows, baseline_rows=base_queue_rows)),
        Figure("requests: overdue list (200k stored)", overdue_ms, "ms", limit=LIMIT_MS, baseline=base_overdue,
               baseline_name="plain sqlite3 indexed query of the same rows and columns",
               extra=dict(extra, rows=overdue_rows, baseline_rows=base_overdue_rows, plan=plan)),
    ]
