"""Today's visits go up while the day runs (visits.daily marked partial), only what changed,
and the closing count at midnight supersedes them, zeros included; frozen clock."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import delete
from sqlmodel import col, select

from db.tables import OutboxEvent, SyncState, Visit
from desk.accounts.actor import SYSTEM
from desk.sync.counts import count_closed_days, count_today
from desk.visits.service import WalkInForm, new_token

SATURDAY = date(2026, 11, 21)


def _at(day: date, hhmm: str) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def _walk_in(ctx, purpose: str = "consult", headcount: int = 1) -> int:
    return ctx.visits.check_in_walk_in(SYSTEM, WalkInForm(
        token=new_token(), purpose_code=purpose, headcount=headcount, name="张三", phone="13912345678",
        organisation="第一党支部", branch="第一党支部", consent=True)).value.id


def _round(ctx, *, visits: bool = True) -> int:
    """What a sync round does before it uploads: close finished days, then today's figures."""
    with ctx.store.write() as session:
        state = session.get(SyncState, 1)
        closed = count_closed_days(session, state, ctx.clock, visits=visits)
        return closed + count_today(session, state, ctx.clock, visits=visits)


def _facts(ctx) -> list[dict]:
    with ctx.store.read() as session:
        rows = session.exec(select(OutboxEvent).where(OutboxEvent.kind == "visits.daily")
                            .order_by(col(OutboxEvent.seq)))
        return [json.loads(row.payload) for row in rows]


def _newest(facts: list[dict]) -> dict[tuple[str, str], tuple[int, int, bool]]:
    """What the hub shows: the newest fact per day and purpose."""
    shown: dict[tuple[str, str], tuple[int, int, bool]] = {}
    for fact in facts:
        shown[(fact["day"], fact["purpose"])] = (fact["visits"], fact["people"], bool(fact.get("partial")))
    return shown


@pytest.fixture
def desk(center_ctx):
    with time_machine.travel(_at(SATURDAY, "08:00"), tick=False) as traveller:
        with center_ctx.store.write() as session:
            session.add(SyncState(id=1, hub_url="http://127.0.0.1:9", center_id="c", device_id="d",
                                  device_key=b"k" * 32, enrolled_at=_at(SATURDAY, "07:00")))
        yield center_ctx, traveller


def test_todays_figures_go_up_as_they_change_and_only_then(desk) -> None:
    ctx, traveller = desk
    assert _round(ctx) == 0, "nothing checked in yet: nothing to say"
    traveller.move_to(_at(SATURDAY, "09:00"))
    _walk_in(ctx)
    _walk_in(ctx, headcount=3)
    assert _round(ctx) == 1
    assert _facts(ctx) == [{"day": "2026-11-21", "purpose": "consult", "visits": 2, "people": 4, "partial": True}]
    assert _round(ctx) == 0, "nothing changed since the last round"
    traveller.move_to(_at(SATURDAY, "10:30"))
    _walk_in(ctx, "service")
    assert _round(ctx) == 1, "only the purpose that changed goes up again"
    assert _newest(_facts(ctx)) == {("2026-11-21", "consult"): (2, 4, True),
                                    ("2026-11-21", "service"): (1, 1, True)}


def test_midnight_closes_the_day_over_its_running_figures_zeros_included(desk) -> None:
    ctx, traveller = desk
    traveller.move_to(_at(SATURDAY, "09:00"))
    _walk_in(ctx)
    gone = _walk_in(ctx, "tour")
    _round(ctx)
    # A visit taken back (a privacy purge or a correction): its purpose falls to nothing.
    with ctx.store.write() as session:
        session.execute(delete(Visit).where(col(Visit.id) == gone))
    traveller.move_to(_at(SATURDAY, "23:59"))
    _walk_in(ctx)
    traveller.move_to(_at(SATURDAY + timedelta(days=1), "00:00"))
    _round(ctx)
    shown = _newest(_facts(ctx))
    assert shown == {("2026-11-21", "consult"): (2, 2, False), ("2026-11-21", "tour"): (0, 0, False)}, \
        "the closing count replaces the running one, and a purpose that fell to nothing shows 0"
    assert _round(ctx) == 0, "the closed day is not counted twice, and Sunday has nothing yet"


def test_a_purpose_falling_to_nothing_during_the_day_is_sent_as_zero(desk) -> None:
    ctx, traveller = desk
    traveller.move_to(_at(SATURDAY, "09:00"))
    gone = _walk_in(ctx, "tour")
    _round(ctx)
    with ctx.store.write() as session:
        session.execute(delete(Visit).where(col(Visit.id) == gone))
    assert _round(ctx) == 1
    assert _newest(_facts(ctx))[("2026-11-21", "tour")] == (0, 0, True)


def test_a_desk_off_overnight_closes_the_old_day_first(desk) -> None:
    ctx, traveller = desk
    traveller.move_to(_at(SATURDAY, "16:00"))
    _walk_in(ctx)
    _round(ctx)
    traveller.move_to(_at(SATURDAY + timedelta(days=2), "08:30"))  # switched off until Monday
    _walk_in(ctx, "service")
    _round(ctx)
    shown = _newest(_facts(ctx))
    assert shown[("2026-11-21", "consult")] == (1, 1, False)
    assert shown[("2026-11-23", "service")] == (1, 1, True)
    assert ("2026-11-22", "consult") not in shown


def test_visits_off_sends_no_running_figures(desk) -> None:
    ctx, traveller = desk
    traveller.move_to(_at(SATURDAY, "09:00"))
    _walk_in(ctx)
    assert _round(ctx, visits=False) == 0
    assert _facts(ctx) == []
    with ctx.store.read() as session:
        assert session.get(SyncState, 1).running_counts == ""


def test_a_damaged_note_costs_only_a_resend(desk) -> None:
    ctx, traveller = desk
    traveller.move_to(_at(SATURDAY, "09:00"))
    _walk_in(ctx)
    _round(ctx)
    with ctx.store.write() as session:
        state = session.get(SyncState, 1)
        state.running_counts = "{not json"
        session.add(state)
    assert _round(ctx) == 1
    assert _newest(_facts(ctx)) == {("2026-11-21", "consult"): (1, 1, True)}


def test_offline_todays_check_ins_are_counted_as_waiting(desk) -> None:
    """The status bar's "waiting" must include today's check-ins while the hub is away."""
    from desk.sync.client import HubOffline
    from desk.sync.service import open_sync

    ctx, traveller = desk
    traveller.move_to(_at(SATURDAY, "09:00"))
    _walk_in(ctx)
    _walk_in(ctx)
    sync = open_sync(ctx)  # enrolled with a hub at 127.0.0.1:9, where nothing listens
    try:
        with pytest.raises(HubOffline):
            sync.sync_once()
        assert sync.status().pending == 1, "today's consult figure waits to go up"
    finally:
        sync.close()
