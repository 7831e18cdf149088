"""Helpers for the check-in, log and privacy page tests (plain functions, no fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desk.accounts.actor import Actor
from desk.context import DeskContext
from desk.passes.codec import PassKind
from desk.visits.rows import VisitRow
from desk.visits.service import WalkInForm, new_token

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Monday morning: the center is open (08:30–12:00, 14:00–17:30).
MONDAY_0903 = datetime(2025, 3, 10, 9, 3, tzinfo=SHANGHAI)


def walk_in(ctx: DeskContext, actor: Actor, name: str = "张小明", phone: str = "13812345678",
            purpose: str = "service", headcount: int = 1, **extra: Any) -> VisitRow:
    form = WalkInForm(token=new_token(), purpose_code=purpose, name=name, phone=phone,
                      headcount=headcount, consent=True, **extra)
    return ctx.visits.check_in_walk_in(actor, form).value


def issue_pass(ctx: DeskContext, actor: Actor, visitor_id: int) -> str:
    now = datetime.now(SHANGHAI)
    done = ctx.passes.issue(actor, kind=PassKind.RESIDENT, visitor_id=visitor_id,
                            valid_from=now - timedelta(hours=1), valid_until=now + timedelta(days=30))
    return done.value.payload


class DeferredWrites:
    """Stands in for TaskRunner.write: holds jobs until ``run_all`` (a slow worker)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable | None, Callable | None]] = []

    def __call__(self, fn: Callable[[], Any], on_done: Callable | None = None,
                 on_error: Callable | None = None) -> None:
        self.jobs.append((fn, on_done, on_error))

    def run_all(self) -> None:
        jobs, self.jobs = self.jobs, []
        for fn, on_done, on_error in jobs:
            try:
                value = fn()
            except Exception as error:  # noqa: BLE001
                if on_error:
                    on_error(error)
            else:
                if on_done:
                    on_done(value)
