"""Queueing facts for the city hub, inside the transaction that makes them true.

Only what may leave the PC goes into a payload: callers pass the public fields, never
a private phone number; desk/sync/policy.py checks every payload again as it leaves
(docs/SYNC.md).
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session
from uuid6 import uuid7

from db.tables import OutboxEvent
from desk.clock import utcnow


def emit(session: Session, kind: str, payload: dict[str, Any]) -> OutboxEvent:
    """Add an event to the outbox; it commits or rolls back with the caller's change."""
    event = OutboxEvent(
        id=str(uuid7()),
        kind=kind,
        payload=json.dumps(payload, ensure_ascii=False, default=str, sort_keys=True),
        created_at=utcnow(),
    )
    session.add(event)
    return event
