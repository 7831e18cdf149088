"""The public board repainted after a whereabouts change, against the same board
repainting with nothing changed.

An offscreen QApplication shows the real ``RosterBoard`` at 1920×1080 on a center with
10 posts and 40 staff. Each of ~30 changes is committed through the service (as the
desk does), then the clock starts: the bus announces it, the board reads a snapshot on
its worker and repaints; the clock stops when that paint has run. The baseline is a
synchronous ``repaint()`` of the same board with no new data: the cost of painting alone.
"""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

from bench.stats import Figure, summary

POSTS, STAFF, CHANGES = 10, 40, 30
POST_NAMES = ("咨询接待", "宣传策划", "活动组织", "后勤管理", "党员服务", "政务代办", "法律援助", "老年照料",
              "文体活动", "志愿服务")


def _center(ctx, admin) -> list[int]:  # noqa: ANN001
    """Top the demo center up to STAFF people and POSTS posts; the A holders' ids."""
    from desk.roster.posts import PostForm
    from desk.roster.staff import StaffForm

    people = [s.id for s in ctx.staff.list()]
    for number in range(len(people), STAFF):
        people.append(ctx.staff.create(admin, StaffForm(name=f"工作人员{number:02d}", public_phone=f"138{number:08d}",
                                                        active_from=date(2020, 1, 1))).value.id)
    posts = ctx.posts.list()
    taken = {p.name for p in posts}
    free = [name for name in POST_NAMES if name not in taken] + [f"岗位{n}" for n in range(POSTS)]
    for number in range(len(posts), POSTS):
        ctx.posts.create(admin, PostForm(name=free.pop(0), location=f"{101 + number}室",
                                         holder_id=people[2 * number], backup_id=people[2 * number + 1]))
    return [p.holder_id for p in ctx.posts.list()[:POSTS] if p.holder_id]


def measure(folder: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desk.clock import utcnow
    from desk.context import open_desk
    from ui.app import install_fonts
    from ui.bus import ChangeBus
    from ui.roster.board import RosterBoard
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(["bench-board"])
    install_fonts(app)  # type: ignore[arg-type]
    ctx = open_desk(folder)
    tasks, bus = TaskRunner(), ChangeBus()
    try:
        admin = ctx.accounts.sign_in("admin", "demo-admin-1")
        holders = _center(ctx, admin)
        statuses = {s.label: s.id for s in ctx.whereabouts.statuses()}
        board = RosterBoard(tasks, ctx, bus)
        board.resize(1920, 1080)
        board.show()
        _wait_painted(app, board, 0)
        changes, paints = [], []
        for number in range(CHANGES):
            person = holders[number % len(holders)]
            away = (number // len(holders)) % 2 == 0
            done = ctx.whereabouts.set(admin, person, statuses["外出办事" if away else "在岗"],
                                       expected_return=utcnow() + timedelta(hours=1) if away else None)
            mark = ctx.disclosure.change_mark()
            started = time.perf_counter()  # committed: the desk announces it now
            bus.announce(done.changes)
            _wait_painted(app, board, mark)
            changes.append((time.perf_counter() - started) * 1000)
        for _ in range(CHANGES):
            started = time.perf_counter()
            board.repaint()
            paints.append((time.perf_counter() - started) * 1000)
        board.close_board()
        tasks.wait_idle(10_000)
    finally:
        ctx.close()
    ours, pure = summary(changes), summary(paints)
    extra = {"p50": round(ours["p50"], 2), "baseline_p50": round(pure["p50"], 2), "n": ours["n"],
             "posts": POSTS, "staff": STAFF}
    return [
        Figure("board repaint after a whereabouts change, p95", ours["p95"], "ms", limit=200.0,
               baseline=pure["p95"], baseline_name="the same board repainting with no data change, p95",
               extra=extra),
        Figure("board repaint after a whereabouts change, median", ours["p50"], "ms", limit=200.0,
               baseline=pure["p50"], baseline_name="the same board repainting with no data change, median"),
    ]


def _wait_painted(app, board, mark: int, timeout: float = 10.0) -> None:  # noqa: ANN001
    """Run the event loop until the board has painted content read at ``mark`` or later
    (not merely a refresh its own poll had started before the change)."""
    deadline = time.perf_counter() + timeout
    while not (board.content is not None and board.shown_mark >= mark
               and board.painted_count == board.refresh_count):
        if time.perf_counter() > deadline:
            raise RuntimeError("the board did not repaint within 10 s")
        app.processEvents()
        time.sleep(0.0005)
