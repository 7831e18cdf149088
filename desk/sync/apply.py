"""Handing what came down from the hub to the desk's services.

Each kind goes through the service that owns it, acting as the hub ("hub" in the audit
trail): the calendar's import (source "hub"), the pass service's trusted keys and
revocation list. Every apply is idempotent (the same list twice changes nothing), so a
crash between a service's commit and the row being marked applied is harmless: the next
run applies it again. Kinds whose desk side is not built yet (the service catalogue,
resource lists, upstream bookings and sign-ups) stay in sync_received, durable, until
it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import col, select

from db.engine import Store
from db.tables import SyncReceived
from desk.accounts.actor import ADMIN, Actor
from desk.clock import utcnow
from desk.errors import Refusal
from desk.passes.service import PassService, Revocation
from desk.roster.calendar import CalendarService
from desk.sync.download import position_key
from desk.sync.protocol import FEED_CALENDAR, FEED_REVOCATION, FEED_TRUSTED_KEY, unb64

# The city's administrators, acting through the feed.
HUB = Actor(user_id=None, username="hub", role=ADMIN)
APPLIED_HERE = (FEED_CALENDAR, FEED_TRUSTED_KEY, FEED_REVOCATION)


@dataclass
class ApplyResult:
    applied: int = 0
    failed: int = 0


def _calendar_rows(payload: dict[str, Any]) -> list[tuple[date, str, str]]:
    return [(date.fromisoformat(str(day["day"])), str(day["kind"]), str(day.get("name", "")))
            for day in payload.get("days", [])]


def _revocation(payload: dict[str, Any]) -> Revocation:
    return Revocation(center_id=int(payload["center_id"]), serial=int(payload["serial"]),
                      revoked_at=datetime.fromisoformat(str(payload["revoked_at"])),
                      reason=str(payload.get("reason", "")))


class Applier:
    def __init__(self, store: Store, passes: PassService, calendar: CalendarService) -> None:
        self.store = store
        self.passes = passes
        self.calendar = calendar

    def _apply_one(self, row: SyncReceived) -> None:
        payload = json.loads(row.payload)
        if row.deleted:
            # Withdrawing a calendar list or a key is a decision for the center's administrator:
            # the desk keeps what it has and says so (visible in `desk sync status`).
            raise Refusal("The city withdrew this item; the desk keeps it until an administrator removes it.")
        if row.kind == FEED_CALENDAR:
            self.calendar.import_days(HUB, _calendar_rows(payload), source="hub")
        elif row.kind == FEED_TRUSTED_KEY:
            self.passes.add_trusted_key(HUB, int(payload["key_id"]), unb64(str(payload["public_key"])),
                                        source="hub")
        elif row.kind == FEED_REVOCATION:
            self.passes.import_revocations(HUB, [_revocation(payload)])

    def apply_pending(self) -> ApplyResult:
        result = ApplyResult()
        with self.store.read() as session:
            rows = list(session.exec(select(SyncReceived).where(
                col(SyncReceived.applied_at).is_(None), col(SyncReceived.kind).in_(APPLIED_HERE))))
        rows.sort(key=lambda row: position_key(row.position))  # in the order the city wrote them
        for row in rows:
            error = ""
            try:
                self._apply_one(row)
                result.applied += 1
            except Refusal as refusal:
                error = refusal.message
                result.failed += 1
            except (KeyError, TypeError, ValueError) as bad:
                error = f"The hub sent an item the desk cannot read ({type(bad).__name__}: {bad})."
                result.failed += 1
            with self.store.write() as session:
                current = session.get(SyncReceived, row.id)
                # Untouched since we read it (a newer version would have reset applied_at).
                if current is not None and current.position == row.position:
                    current.applied_at, current.apply_error = utcnow(), error[:500]
                    session.add(current)
        return result
