"""Two desk processes book the same slot at the same instant: exactly one gets it.

Each process opens the same data folder with ``open_desk`` (its own engines and
connections, as a second window or a second PC on a shared folder would), waits at a
barrier, and books. The conflict check and the save share one BEGIN IMMEDIATE
transaction, so the second waits for the first to commit, sees its booking, and is
refused with the clash message. Real time, not a frozen clock: the slot is days ahead.
"""

from __future__ import annotations

import multiprocessing
import shutil
from datetime import date, timedelta
from pathlib import Path

from rooms_world import ADMIN, DESK1, details, overlaps_in_store, rooms_template  # noqa: F401

from db.engine import DB_FILENAME
from desk.rooms.forms import BookingForm
from desk.rooms.intervals import local_span
from desk.rooms.rooms import RoomForm

ROUNDS = 3


def _book(folder: str, room_id: int, day: date, start: str, end: str, barrier, results) -> None:  # noqa: ANN001
    from desk.context import open_desk
    from desk.errors import Refusal

    ctx = open_desk(folder, migrate=False)
    try:
        starts_at, ends_at = local_span(ctx.clock.zone, day, start, end)
        form = BookingForm(room_id, starts_at, ends_at, details(title="抢订"))
        barrier.wait(timeout=60)
        try:
            results.put(("booked", ctx.bookings.book(DESK1, form).value.id))
        except Refusal as refusal:
            results.put(("refused", refusal.message))
    finally:
        ctx.close()


def _open_weekday(ctx) -> date:  # noqa: ANN001
    day = ctx.clock.today() + timedelta(days=2)
    while True:
        opening = ctx.room_grid.day_grid(day).rooms[0]
        if not opening.closed and opening.sessions[0][0] <= "09:00" and opening.sessions[0][1] >= "12:00":
            return day
        day += timedelta(days=1)


def test_two_processes_booking_the_same_slot_at_once(data_dir: Path, rooms_template: Path) -> None:
    from desk.context import open_desk

    shutil.copy2(rooms_template, data_dir / DB_FILENAME)
    ctx = open_desk(data_dir)
    try:
        room = ctx.rooms.create(ADMIN, RoomForm(name="党员教育室", capacity=30)).value.id
        day = _open_weekday(ctx)
    finally:
        ctx.close()
    spawn = multiprocessing.get_context("spawn")
    for round_number in range(ROUNDS):
        start, end = f"{9 + round_number:02d}:00", f"{9 + round_number:02d}:45"
        barrier, results = spawn.Barrier(2), spawn.Queue()
        workers = [spawn.Process(target=_book, args=(str(data_dir), room, day, start, end, barrier, results))
                   for _ in range(2)]
        for worker in workers:
            worker.start()
        outcomes = sorted(results.get(timeout=120) for _ in workers)
        for worker in workers:
            worker.join(timeout=60)
            assert worker.exitcode == 0
        assert [kind for kind, _ in outcomes] == ["booked", "refused"], outcomes
        assert f"already booked {day.isoformat()} {start}–{end} for 抢订" in outcomes[1][1]
    ctx = open_desk(data_dir)
    try:
        assert overlaps_in_store(ctx) == []
        assert sum(len(d.bookings) for d in ctx.room_grid.day_grid(day).rooms) == ROUNDS
    finally:
        ctx.close()
