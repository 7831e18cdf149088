"""The periodic consistency check with the city hub: per-day counts and digests.

The upload path gets every event to the hub once, but either side can still lose what
the other holds: the hub's database restored from an older backup loses events it
acknowledged; this PC's database restored from an older backup loses events it sent.
Once a day (CHECK_EVERY), after a good round, the desk compares the last CHECK_DAYS UTC
days with the hub, each day as the number of events and a digest of their ids
(desk.sync.protocol). Nothing is ever deleted on either side:

* a day the hub lacks events of: the desk sends that day's kept events again with their
  own ids, so the ones the hub holds are harmless duplicates; the outbox and the
  acknowledged position do not change;
* a day the hub holds events this PC does not have: reported in plain words, never fixed.

The desk compares only what it knows completely: acknowledged events (the outbox keeps
them KEEP_DAYS days, desk/sync/upload.py) that the current policy sends, on the days
after the day of the oldest event the outbox holds (that day and the ones before it may
have been trimmed, or trimmed in part by a desk from before the check) and after the last
change of which kinds leave the PC (an event kept here on purpose is never sent later).
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from db.engine import Store
from db.errors import StoreError
from db.tables import AuditEntry, OutboxEvent, SyncParked, SyncState
from desk.clock import utcnow
from desk.errors import DeskError
from desk.sync.client import HubClient, HubRefused
from desk.sync.policy import SyncPolicy
from desk.sync.protocol import BATCH_SIZE, CHECK_DAYS, CHECK_MAX_DAYS, day_digest, day_id_range, id_day
from desk.sync.upload import wire_events

log = logging.getLogger(__name__)

CHECK_EVERY = timedelta(hours=24)
# The settings that decide which events leave the PC at all (desk/sync/policy.py).
POLICY_SETTINGS = ("sync_withheld_kinds", "sync_visits")


@dataclass(frozen=True)
class DayCount:
    day: date  # a UTC day
    events: int


@dataclass(frozen=True)
class CheckResult:
    checked: tuple[date, ...] = ()  # the days compared, oldest first
    equal: tuple[date, ...] = ()  # the same on both sides at the first look
    resent: tuple[DayCount, ...] = ()  # sent again; events: how many the hub took in
    hub_only: tuple[DayCount, ...] = ()  # the hub holds this many events this PC does not have
    unsettled: tuple[date, ...] = ()  # still different after sending again: compared again next time
    note: str = ""  # plain words, as kept in sync_state.check_note


def check_due(state: SyncState, now: datetime) -> bool:
    """CHECK_EVERY after the last check, or after enrollment for a desk never checked (one
    enrolled a moment ago has nothing to compare, and its first drain is not slowed)."""
    last = state.checked_at or state.enrolled_at
    return now - _aware(last) >= CHECK_EVERY


def check_with_hub(store: Store, client: HubClient, policy: SyncPolicy, *, now: datetime | None = None,
                   days: int = CHECK_DAYS) -> CheckResult:
    """Compare the last ``days`` UTC days (today included) with the hub, send again what
    it lacks and record the outcome in sync_state (checked_at, check_note).

    Run it on a drained outbox, right after an upload: an event the hub stored but this
    desk has not recorded as acknowledged yet would count as the hub's own."""
    now = (now or utcnow()).astimezone(UTC)
    today = now.date()
    with store.read() as session:
        state = session.get(SyncState, 1)
        assert state is not None  # only an enrolled desk checks
        acked = state.acked_seq
        first = _first_known_day(session, today - timedelta(days=days - 1), today)
        wanted = [first + timedelta(days=n) for n in range((today - first).days + 1)]
        mine = _desk_ids(session, acked, policy, wanted)
    before = _hub_days(client, wanted)
    differ = [day for day in wanted if before[day] != _summary(mine[day])]
    parked: list[dict[str, Any]] = []
    for day in differ:
        if mine[day]:
            parked.extend(_send_again(store, client, policy, day, acked))
    after = _hub_days(client, [day for day in differ if mine[day]])
    resent: list[DayCount] = []
    hub_only: list[DayCount] = []
    unsettled: list[date] = []
    for day in differ:
        held = after.get(day, before[day])
        took = held[0] - before[day][0]
        if took > 0:
            resent.append(DayCount(day, took))
        if held == _summary(mine[day]):
            continue
        if held[0] > len(mine[day]):
            # Everything this PC has for the day was just sent, so the rest is the hub's alone.
            hub_only.append(DayCount(day, held[0] - len(mine[day])))
        else:
            unsettled.append(day)
    result = CheckResult(checked=tuple(wanted), equal=tuple(d for d in wanted if d not in differ),
                         resent=tuple(resent), hub_only=tuple(hub_only), unsettled=tuple(unsettled))
    result = replace(result, note=describe(result))
    _record(store, now, result.note, parked)
    return result


def check_if_due(store: Store, client: HubClient, policy: SyncPolicy) -> CheckResult | None:
    """The check after a good round, when due. It never spoils the round: a hub that
    cannot be reached is tried again at the next round; a hub that refuses (one older
    than the check) is noted and asked again after CHECK_EVERY, not every round."""
    now = utcnow()
    with store.read() as session:
        state = session.get(SyncState, 1)
    if state is None or not check_due(state, now):
        return None
    try:
        return check_with_hub(store, client, policy, now=now)
    except HubRefused as error:
        note = f"The check with the city hub did not run: {error.message}"
    except (DeskError, StoreError) as error:  # the hub away, the database busy: next round
        log.warning("consistency check not done: %s", error)
        return None
    except Exception:  # noqa: BLE001 - the round itself succeeded; logged, tried again next round
        log.exception("consistency check failed")
        return None
    try:
        _record(store, now, note, [])
    except StoreError as error:
        log.warning("consistency check not recorded: %s", error)
    return None


def describe(result: CheckResult) -> str:
    """What the check found, in plain words for the desk's status."""
    if not result.checked:
        return "Nothing to compare with the city hub yet."
    compared = f"Compared {_count(len(result.checked), 'day')} with the city hub"
    if not (result.resent or result.hub_only or result.unsettled):
        return compared + ": the same on both sides."
    lines = [compared + "."]
    if result.resent:
        total = sum(gap.events for gap in result.resent)
        lines.append(f"Sent {_count(total, 'missing record')} again ({_days(g.day for g in result.resent)}).")
    if result.hub_only:
        total = sum(gap.events for gap in result.hub_only)
        lines.append(f"The hub holds {_count(total, 'record')} that this PC does not have "
                     f"({_days(g.day for g in result.hub_only)}); perhaps an older backup was restored on "
                     "this PC. Nothing was deleted.")
    if result.unsettled:
        lines.append(f"Still different, compared again next time: {_days(result.unsettled)}.")
    return " ".join(lines)


# -- the desk's side ---------------------------------------------------------------------


def _first_known_day(session: Session, earliest: date, today: date) -> date:
    """The first day this PC knows completely: the day after its oldest kept event (an
    empty outbox never made anything, so it knows no day), and after the last change of
    what the policy keeps on this PC. Before that change an event the policy sends now
    may have been kept here on purpose: sending it again would break that choice, and
    one sent then but kept now would look like the hub's own."""
    oldest = session.exec(select(func.min(OutboxEvent.id))).one()
    try:
        known = id_day(oldest) + timedelta(days=1) if oldest else today + timedelta(days=1)
    except ValueError:  # not a UUIDv7: the desk cannot tell its day
        known = today + timedelta(days=1)
    changed = session.exec(select(func.max(AuditEntry.at)).where(
        AuditEntry.entity == "setting", col(AuditEntry.entity_id).in_(POLICY_SETTINGS))).one()
    if changed is not None:
        known = max(known, _aware(changed).astimezone(UTC).date() + timedelta(days=1))
    return max(earliest, known)


def _desk_ids(session: Session, acked: int, policy: SyncPolicy, days: list[date]) -> dict[date, list[str]]:
    """The ids of acknowledged events the policy sends, by day."""
    ids: dict[date, list[str]] = defaultdict(list)
    if not days:
        return ids
    starts = [day_id_range(day)[0] for day in days]
    rows = session.exec(select(OutboxEvent.id, OutboxEvent.kind).where(
        col(OutboxEvent.id) >= starts[0], col(OutboxEvent.id) < day_id_range(days[-1])[1],
        col(OutboxEvent.seq) <= acked))
    # policy.prepare(kind, payload) is None exactly when the kind may not leave, so the
    # kind is enough (no payload to parse).
    sent: dict[str, bool] = {}
    for event_id, kind in rows:
        if kind not in sent:
            sent[kind] = policy.allows(kind)
        if sent[kind]:
            ids[days[bisect_right(starts, event_id) - 1]].append(event_id)
    return ids


def _send_again(store: Store, client: HubClient, policy: SyncPolicy, day: date, acked: int
                ) -> list[dict[str, Any]]:
    """Send the day's kept events again as they were (same ids), in batches; returns
    what the hub parked. The outbox and the acknowledged position stay as they are."""
    lo, hi = day_id_range(day)
    with store.read() as session:
        rows = list(session.exec(select(OutboxEvent).where(
            col(OutboxEvent.id) >= lo, col(OutboxEvent.id) < hi, col(OutboxEvent.seq) <= acked)
            .order_by(col(OutboxEvent.seq))))
    events = wire_events(rows, policy, client.negotiate())
    parked: list[dict[str, Any]] = []
    for start in range(0, len(events), BATCH_SIZE):
        parked.extend(client.upload(events[start:start + BATCH_SIZE]).get("parked", []))
    return parked


def _record(store: Store, now: datetime, note: str, parked: list[dict[str, Any]]) -> None:
    """The outcome and the parked mirror of what was sent again, in one transaction."""
    with store.write() as session:
        state = session.get(SyncState, 1)
        if state is None:
            return
        state.checked_at, state.check_note = now, note[:500]
        session.add(state)
        for item in parked:
            if session.get(SyncParked, item["id"]) is None:
                session.add(SyncParked(event_id=item["id"], seq=int(item["seq"]), kind=item["kind"],
                                       reason=str(item["reason"])[:500], parked_at=now))


# -- the hub's side ----------------------------------------------------------------------


def _hub_days(client: HubClient, days: list[date]) -> dict[date, tuple[int, str]]:
    answer: dict[date, tuple[int, str]] = {}
    for start in range(0, len(days), CHECK_MAX_DAYS):
        part = days[start:start + CHECK_MAX_DAYS]
        got = client.check([day.isoformat() for day in part])
        for day in part:
            item = got.get(day.isoformat()) or {}
            answer[day] = (int(item.get("count", 0)), str(item.get("digest", "")))
    return answer


def _summary(ids: list[str]) -> tuple[int, str]:
    return len(ids), day_digest(ids)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _days(days: Iterable[date]) -> str:
    listed = [day.isoformat() for day in days]
    more = len(listed) - 3
    return ", ".join(listed[:3]) + (f" and {more} more day{'s' if more > 1 else ''}" if more > 0 else "")
