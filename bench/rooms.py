"""Room bookings with five years of history: the series conflict check and the week grid.

On the demo center's store the bench adds 8 rooms (10-minute setup and cleanup buffers)
and about 100,000 bookings over five years (four past, one ahead: seven a day per room,
a few cancelled or released), inserted with ``executemany`` in one transaction and then
ANALYZEd, as a desk that has run for years would be. Figures (medians of RUNS):

- a 52-week weekly series previewed (``BookingService.preview_series``: the rule, the
  opening days, holidays, closures and the one-query conflict check), limit 10 ms;
- every room's week (``RoomGrid.week_all``), limit 100 ms, with the number of SQL
  statements it ran (counted with a ``before_cursor_execute`` listener);

each beside a plain sqlite3 baseline over the same data in the same run: 52 indexed
overlap queries for the series, one indexed range query for the week.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.stats import Figure

ROOMS = 8
YEARS_BACK, YEARS_AHEAD = 4, 1
SLOTS = ("08:00", "09:20", "10:40", "12:00", "13:20", "14:40", "16:00")  # 60 minutes each, 20 apart
RUNS = 30
ACTIVE = "(state = 'confirmed' OR (state = 'pending' AND holds_until > ?))"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _fill(ctx, path: Path) -> tuple[list[int], int]:  # noqa: ANN001
    """The bench rooms and their bookings; returns (room ids, bookings inserted)."""
    from desk.accounts.actor import COMMAND_LINE
    from desk.rooms.rooms import RoomForm

    room_ids = [ctx.rooms.create(COMMAND_LINE, RoomForm(name=f"压测房间{n}", capacity=40, setup_minutes=10,
                                                        cleanup_minutes=10, sort_order=100 + n)).value.id
                for n in range(ROOMS)]
    rng = random.Random(7)
    today = ctx.clock.today()
    first, last = today - timedelta(days=365 * YEARS_BACK), today + timedelta(days=365 * YEARS_AHEAD)
    created = _stamp(datetime.now(UTC))
    rows = []
    day = first
    while day <= last:
        for room_id in room_ids:
            for slot in SLOTS:
                start = ctx.clock.at(day, slot)
                end = start + timedelta(minutes=60)
                luck = rng.random()
                state = "cancelled" if luck < 0.05 else "released" if luck < 0.08 else "confirmed"
                rows.append((room_id, _stamp(start), _stamp(end), _stamp(start - timedelta(minutes=10)),
                             _stamp(end + timedelta(minutes=10)), state, "压测预约", "压测支部", created, created))
        day += timedelta(days=1)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO booking (room_id, starts_at, ends_at, block_start, block_end, state, state_reason, title, "
            "purpose, booker_kind, booker_name, contact_name, contact_phone, headcount, source, override_reason, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, '', 'group', ?, '', '', 10, 'desk', '', ?, ?)",
            rows)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return room_ids, len(rows)


def _median_ms(call, runs: int = RUNS) -> float:  # noqa: ANN001
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def measure(folder: Path) -> list[Figure]:
    from sqlalchemy import event

    from desk.context import open_desk
    from desk.rooms.forms import BookingDetails, SeriesForm
    from desk.rooms.repeats import Repeat, weekly

    path = folder / "desk.sqlite3"
    ctx = open_desk(folder)
    try:
        room_ids, inserted = _fill(ctx, path)
    finally:
        ctx.close()
    ctx = open_desk(folder)  # a fresh start, as after a restart, with the new statistics
    try:
        today = ctx.clock.today()
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
        form = SeriesForm(room_ids[0], monday, "09:00", "10:00", Repeat(weekly([0], count=52)),
                          BookingDetails(title="压测系列", booker_name="压测支部", headcount=10))
        preview = ctx.bookings.preview_series(form)
        clashing = sum(1 for o in preview.occurrences if o.clashes)
        series_ms = _median_ms(lambda: ctx.bookings.preview_series(form))

        statements: list[str] = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
        event.listen(ctx.store.read_engine, "before_cursor_execute", listener)
        grid = ctx.room_grid.week_all(monday)
        event.remove(ctx.store.read_engine, "before_cursor_execute", listener)
        shown = sum(len(d.bookings) for room in grid.rooms for d in room.days)
        week_ms = _median_ms(lambda: ctx.room_grid.week_all(monday))
        spans = [o.starts_at for o in preview.occurrences]
        zone_start, _ = ctx.clock.day_bounds(monday)
        _, zone_end = ctx.clock.day_bounds(monday + timedelta(days=6))
    finally:
        ctx.close()
    series_base, week_base = _baselines(path, room_ids[0], spans, zone_start, zone_end)
    return [
        Figure("rooms: conflict check, 52-week series", series_ms, "ms", limit=10.0, baseline=series_base,
               baseline_name="plain sqlite3: 52 indexed overlap queries (room_id, block_start)",
               extra={"bookings": inserted, "clashing_dates": clashing}),
        Figure("rooms: week grid, all rooms", week_ms, "ms", limit=100.0, baseline=week_base,
               baseline_name="plain sqlite3: one indexed range query of the week's bookings",
               extra={"queries": len(statements), "rooms": len(grid.rooms), "bookings_shown": shown}),
    ]


def _baselines(path: Path, room_id: int, starts: list[datetime], week_start: datetime,
               week_end: datetime) -> tuple[float, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    now = _stamp(datetime.now(UTC))
    probes = [(room_id, _stamp(s - timedelta(minutes=10) - timedelta(hours=32)), _stamp(s + timedelta(minutes=70)),
               _stamp(s - timedelta(minutes=10)), now) for s in starts]

    def series() -> None:
        for probe in probes:
            conn.execute("SELECT id, title, starts_at, ends_at FROM booking WHERE room_id = ? AND block_start > ? "
                         f"AND block_start < ? AND block_end > ? AND {ACTIVE}", probe).fetchall()

    def week() -> None:
        conn.execute("SELECT * FROM booking WHERE starts_at > ? AND starts_at < ? AND ends_at > ? "
                     "AND state IN ('confirmed', 'pending') ORDER BY starts_at",
                     (_stamp(week_start - timedelta(hours=24)), _stamp(week_end), _stamp(week_start))).fetchall()

    try:
        return _median_ms(series), _median_ms(week)
    finally:
        conn.close()

