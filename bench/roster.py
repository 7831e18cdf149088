"""Generating a year's duty roster for 40 staff and 10 posts (limit 1 s), and reading it back.

The bench makes its own staff, posts, three shifts and a 4-week rotation for every post
and shift (every weekday and statutory holidays), on the demo center's store. Any
rotation already there (the demo's) is switched off in this throwaway copy, so the figure
is exactly the workload the issue names. The baseline inserts the same number of duty
rows with plain sqlite3 ``executemany`` in one transaction, under the same pragmas.
The month's checks and one week's coverage grid are timed for the record.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.stats import Figure

STAFF, POSTS = 40, 10
SHIFTS = (("压测上午班", "08:30", "12:00"), ("压测下午班", "14:00", "17:30"), ("压测晚间班", "18:00", "21:00"))
WEEKS = 4
RUNS = 3


def _setup(ctx, schedule) -> None:  # noqa: ANN001
    from db.tables import Post, Staff
    from desk.accounts.actor import COMMAND_LINE
    from desk.roster.shifts import RotationForm, ShiftForm

    with ctx.store.write() as session:
        staff = [Staff(name=f"压测员工{n:02d}", active_from=date(2020, 1, 1), created_at=datetime.now(UTC))
                 for n in range(STAFF)]
        posts = [Post(name=f"压测岗位{n:02d}", sort_order=100 + n) for n in range(POSTS)]
        session.add_all(staff + posts)
        session.flush()
        staff_ids, post_ids = [s.id for s in staff], [p.id for p in posts]
    with ctx.store.write_engine.begin() as conn:
        conn.exec_driver_sql("UPDATE rotation SET active = 0")
    shift_ids = [schedule.shifts.save_shift(COMMAND_LINE, ShiftForm(name, start, end)).value.id
                 for name, start, end in SHIFTS]
    today = ctx.clock.today()
    anchor = today - timedelta(days=today.weekday())
    for p, post_id in enumerate(post_ids):
        for s, shift_id in enumerate(shift_ids):
            slots = tuple((week, weekday, staff_ids[(p * 4 + s + week * 8 + weekday) % STAFF])
                          for week in range(WEEKS) for weekday in range(8))
            schedule.shifts.save_rotation(COMMAND_LINE, RotationForm(
                f"压测轮班{p:02d}-{s}", post_id, shift_id, WEEKS, anchor, slots))


def _clear(ctx, start: date, end: date) -> None:  # noqa: ANN001
    with ctx.store.write_engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM duty WHERE day BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))
        conn.exec_driver_sql("DELETE FROM outbox_event WHERE kind = 'roster.day'")


def measure(folder: Path) -> list[Figure]:
    from desk.accounts.actor import COMMAND_LINE
    from desk.context import open_desk
    from desk.roster.schedule import open_schedule

    ctx = open_desk(folder)
    try:
        schedule = open_schedule(ctx.store, ctx.clock, ctx.center)
        _setup(ctx, schedule)
        start = ctx.clock.today() + timedelta(days=1)
        end = start + timedelta(days=364)
        timings, created = [], 0
        for _ in range(RUNS):
            _clear(ctx, start, end)
            started = time.perf_counter()
            report = schedule.generator.generate(COMMAND_LINE, start, end).value
            timings.append((time.perf_counter() - started) * 1000)
            created = report.created
        started = time.perf_counter()
        again = schedule.generator.generate(COMMAND_LINE, start, end).value
        regenerate_ms = (time.perf_counter() - started) * 1000
        assert again.created == 0, "a regeneration without changes must write nothing"

        started = time.perf_counter()
        problems = schedule.checks.problems(start, start + timedelta(days=30))
        check_ms = (time.perf_counter() - started) * 1000
        monday = start + timedelta(days=7 - start.weekday())
        started = time.perf_counter()
        schedule.coverage.week(monday)
        week_ms = (time.perf_counter() - started) * 1000
    finally:
        ctx.close()
    baseline = _raw_inserts(folder / "desk.sqlite3", created)
    ours = statistics.median(timings)
    return [
        Figure("roster generate, a year (40 staff, 10 posts)", ours, "ms", limit=1000.0,
               baseline=baseline, baseline_name="raw sqlite3 executemany of the same duty rows, one transaction",
               extra={"duties": created, "runs_ms": [round(t, 1) for t in timings]}),
        Figure("roster regenerate a year, nothing changed", regenerate_ms, "ms"),
        Figure("roster checks, a month", check_ms, "ms", extra={"problems": len(problems)}),
        Figure("roster coverage grid, a week", week_ms, "ms"),
    ]


def _raw_inserts(path: Path, count: int) -> float:
    """The same number of duty rows inserted with plain sqlite3, in one transaction (median of runs)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    post = conn.execute("SELECT id FROM post ORDER BY id DESC LIMIT 1").fetchone()[0]
    shift = conn.execute("SELECT id FROM shift ORDER BY id DESC LIMIT 1").fetchone()[0]
    staff = conn.execute("SELECT id FROM staff ORDER BY id DESC LIMIT 1").fetchone()[0]
    first = date(2100, 1, 1)  # far from any real roster; deleted again below
    timings = []
    for _ in range(RUNS):
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows = []
        for n in range(count):
            day = first + timedelta(days=n // 30)
            moment = f"{day.isoformat()} 00:30:00.000000"
            rows.append((day.isoformat(), post, shift, staff, moment, moment, now))
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO duty (day, post_id, shift_id, staff_id, starts_at, ends_at, source, "
                         "reason, removed, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'auto', '', 0, ?, "
                         "'bench')", rows)
        conn.execute("COMMIT")
        timings.append((time.perf_counter() - started) * 1000)
        conn.execute("DELETE FROM duty WHERE day >= ?", (first.isoformat(),))
    conn.close()
    return statistics.median(timings)
