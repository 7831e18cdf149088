"""Sending the outbox: batches in seq order after the acknowledged position.

A batch is recomputed from the outbox every time, never stored, so a crash anywhere
loses nothing: before the send, the batch is simply built again; after the hub committed
but before the desk recorded it, the re-send is answered "duplicate" (the hub keys events
by their desk-made id); the acknowledgement, the parked mirror and the trim are one
local transaction, which SQLite rolls back whole if the process dies inside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import col, select

from db.engine import Store
from db.tables import OutboxEvent, SyncParked, SyncState
from desk.clock import utcnow
from desk.sync import failpoints
from desk.sync.client import HubClient
from desk.sync.policy import SyncPolicy
from desk.sync.protocol import BATCH_SIZE, KEEP_DAYS, day_id_range


@dataclass
class UploadResult:
    sent: int = 0  # events that went over the wire
    withheld: int = 0  # events the policy kept on this PC (acknowledged locally)
    applied: int = 0
    duplicates: int = 0
    parked: list[dict[str, Any]] = field(default_factory=list)
    batches: int = 0


def wire_events(rows: list[OutboxEvent], policy: SyncPolicy, protocol: int) -> list[dict[str, Any]]:
    """The batch as it goes on the wire, each payload through the policy."""
    events = []
    for row in rows:
        payload = policy.prepare(row.kind, json.loads(row.payload))
        if payload is None:
            continue
        events.append({"seq": row.seq, "id": row.id, "kind": row.kind,
                       # Protocol 1 carried the payload as JSON text.
                       "payload": json.dumps(payload, ensure_ascii=False) if protocol == 1 else payload,
                       "created_at": row.created_at.isoformat()})
    return events


def pending_count(store: Store) -> int:
    with store.read() as session:
        state = session.get(SyncState, 1)
        acked = state.acked_seq if state else 0
        return int(session.exec(select(func.count()).select_from(OutboxEvent)
                                .where(col(OutboxEvent.seq) > acked)).one())


def record_ack(store: Store, top: int, hub_acked: int, parked: list[dict[str, Any]]) -> None:
    """The acknowledgement, the parked mirror and the trim of rows older than KEEP_DAYS,
    in one transaction."""
    with store.write() as session:
        state = session.get(SyncState, 1)
        assert state is not None  # only an enrolled desk uploads
        # Never past what we sent, never backwards (a stale answer is harmless).
        state.acked_seq = max(state.acked_seq, min(top, hub_acked))
        state.last_success_at = utcnow()
        session.add(state)
        now = utcnow()
        for item in parked:
            if session.get(SyncParked, item["id"]) is None:
                session.add(SyncParked(event_id=item["id"], seq=int(item["seq"]), kind=item["kind"],
                                       reason=str(item["reason"])[:500], parked_at=now))
        # Acknowledged rows stay KEEP_DAYS UTC days, counted by the id's time as the
        # consistency check counts days, so the check can send a day again if the hub lost
        # it (desk/sync/consistency.py); whole days go, and the range on the id's unique
        # index reads only the rows that go, however many are kept.
        cutoff, _ = day_id_range(now.astimezone(UTC).date() - timedelta(days=KEEP_DAYS - 1))
        # Keep the newest row: SQLite gives a new row max(seq) + 1, so a seq is never used
        # twice while that row stays (an emptied table would start again at 1).
        newest = select(func.max(OutboxEvent.seq)).scalar_subquery()
        session.execute(delete(OutboxEvent).where(col(OutboxEvent.id) < cutoff,
                                                  col(OutboxEvent.seq) <= state.acked_seq,
                                                  col(OutboxEvent.seq) < newest))
        session.flush()
        failpoints.hit("mid_trim")


def upload_all(store: Store, client: HubClient, policy: SyncPolicy, *, batch_size: int = BATCH_SIZE,
               max_batches: int | None = None) -> UploadResult:
    """Send batches until the outbox is drained (or ``max_batches`` were sent)."""
    result = UploadResult()
    protocol = client.negotiate()
    while max_batches is None or result.batches < max_batches:
        with store.read() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            rows = list(session.exec(select(OutboxEvent).where(col(OutboxEvent.seq) > state.acked_seq)
                                     .order_by(col(OutboxEvent.seq)).limit(batch_size)))
        if not rows:
            break
        top = rows[-1].seq or 0
        events = wire_events(rows, policy, protocol)
        result.withheld += len(rows) - len(events)
        failpoints.hit("before_send")
        if events:
            answer = client.upload(events)
            failpoints.hit("after_hub_commit")
            # The hub acknowledges the highest seq it got; the withheld rows after it are ours.
            hub_acked = top if int(answer["acked_seq"]) >= events[-1]["seq"] else int(answer["acked_seq"])
            result.sent += len(events)
            result.applied += int(answer.get("applied", 0))
            result.duplicates += int(answer.get("duplicates", 0))
            result.parked.extend(answer.get("parked", []))
            parked = answer.get("parked", [])
        else:
            hub_acked, parked = top, []
        record_ack(store, top, hub_acked, parked)
        result.batches += 1
        if len(rows) < batch_size:
            break
    return result
