"""Every change of a booking leaves two traces, in the transaction that makes it:

an audit line (who, what, before and after, why), which ``history`` reads back, and an
outbox event for the city hub (public fields only). Nothing is deleted: a cancelled,
rejected or released booking is a row in that state, with its reason.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from db.tables import Booking
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.clock import utcnow
from desk.rooms.records import SYNC_KIND, snapshot, sync_payload
from desk.sync.outbox import emit

ENTITY = "booking"
# Every action written for a booking ("booking.<action>"), so ``history`` can use the action index.
ACTIONS = ("create", "import", "edit", "move", "cancel", "approve", "reject", "release", "check_in", "pass")


def logged(session: Session, actor: Actor, booking: Booking, room_name: str, action: str, *,
           before: dict[str, Any] | None, detail: str = "") -> None:
    """Write the audit line and the sync event for a booking already changed (and flushed)."""
    assert action in ACTIONS, action
    after = snapshot(booking, *before.keys()) if before else snapshot(booking)
    record(session, actor, f"booking.{action}", entity=ENTITY, entity_id=booking.id,
           before=before, after=after, detail=detail)
    emit(session, SYNC_KIND, sync_payload(booking, room_name, action))


def set_state(session: Session, actor: Actor, booking: Booking, room_name: str, state: str, *,
              action: str, reason: str = "", **fields: Any) -> None:
    """Move a booking to ``state`` (and set ``fields``), logged with the reason."""
    names = ("state", "state_reason", "holds_until", *fields)
    before = snapshot(booking, *names)
    booking.state, booking.state_reason = state, reason[:200]
    booking.holds_until = None
    for name, value in fields.items():
        setattr(booking, name, value)
    booking.updated_at = utcnow()
    session.add(booking)
    session.flush()
    logged(session, actor, booking, room_name, action, before=before, detail=reason)
