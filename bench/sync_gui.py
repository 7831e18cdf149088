"""Sync and the GUI thread: the longest stall of a Qt event loop while the background sync
drains 20,000 events to a real hub, beside the same loop's longest stall with no sync.

A 5 ms QTimer ticks on the GUI thread of a real QApplication; the figure is the largest
gap between two ticks minus the timer's interval, i.e. how long the GUI thread could not
run while the sync thread worked (HTTP, JSON, SQLite writes of acknowledgements).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import psycopg

from bench.stats import Figure
from desk.accounts.actor import COMMAND_LINE
from desk.center.hours import OpeningHours
from desk.center.service import CenterForm
from desk.context import open_desk
from desk.sync.outbox import emit
from hub import auth
from hub.testing import HubProcess, PrivateCluster

EVENTS = 20_000
TICK_MS = 5


def _payload(n: int) -> dict:
    return {"staff_id": n % 40, "name": "张小明", "status": "外出", "at": "2026-11-20T08:00:00+08:00"}


def _longest_stall(app, until, timeout: float) -> tuple[float, int]:  # noqa: ANN001
    """Run the event loop until ``until()`` (or ``timeout`` s); the longest tick gap beyond the interval."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    deadline = time.perf_counter() + timeout
    while not until() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    return max(0.0, max(gaps, default=0.0) * 1000 - TICK_MS), len(gaps)


def measure(_folder: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import freeze_long_lived_objects
    from ui.bus import ChangeBus
    from ui.sync.controller import SyncController
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    cluster = PrivateCluster().start()
    try:
        dsn = cluster.create_database("hub")
        hub = HubProcess(dsn).start()
        try:
            with tempfile.TemporaryDirectory(prefix="desk-sync-gui-") as tmp:
                ctx = open_desk(Path(tmp) / "desk")
                ctx.center.set_up(CenterForm(name="基准社区党群服务中心", address="", supervision_phone="010-12345678",
                                             hours=OpeningHours.default()),
                                  admin_username="admin", admin_name="管理员", admin_password="bench-pass-1")
                with psycopg.connect(dsn, autocommit=True) as conn:
                    _center, code = auth.create_center(conn, "基准社区")
                tasks, bus = TaskRunner(app), ChangeBus(app)
                controller = SyncController(ctx, tasks, bus, interval=3600)
                controller.service.enroll(COMMAND_LINE, hub.url, code)
                with ctx.store.write() as session:
                    for n in range(EVENTS):
                        emit(session, "roster.whereabouts", _payload(n))
                idle, _ = _longest_stall(app, lambda: False, timeout=3.0)
                freeze_long_lived_objects()  # as the desk does once it has started (ui/app.py)
                started = time.perf_counter()
                controller.start()
                stall, ticks = _longest_stall(
                    app, lambda: controller.status is not None and controller.status.rounds >= 1
                    and not controller.status.running, timeout=120.0)
                drained = time.perf_counter() - started
                pending = controller.status.pending if controller.status else -1
                controller.stop()
                tasks.wait_idle()
                ctx.close()
        finally:
            hub.stop()
    finally:
        cluster.stop()
    return [Figure(f"sync: longest GUI-thread stall while {EVENTS:,} events go up", stall, "ms", limit=50.0,
                   baseline=max(idle, 0.01), baseline_name="the same event loop's longest stall with no sync (3 s)",
                   notes=f"{ticks} ticks of {TICK_MS} ms over {drained:.1f} s; {pending} events left after the round",
                   extra={"drain_seconds": round(drained, 2), "pending_after": pending})]
