"""Queueing facts for the city hub, inside the transaction that makes them true.

Only what may leave the PC goes into a payload: callers pass the public fields, never
a private phone number; desk/sync/policy.py checks every payload again as it leaves
(docs/SYNC.md).
"""

from __future__ import annotations

import json
import math
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
        payload=json.dumps(_finite(payload), ensure_ascii=False, default=str, sort_keys=True, allow_nan=False),
        created_at=utcnow(),
    )
    session.add(event)
    return event


def _finite(value: Any) -> Any:
    """NaN and infinity become null. JSON has no such numbers: an event holding one could
    never be sent (the HTTP client refuses it), and it would block every later round."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value
