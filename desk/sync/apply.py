"""Handing what came down from the hub to the desk's services.

Each kind goes through the service that owns it: the calendar's import (source "hub"),
the pass service's trusted keys and revocation list, the catalogue merge
(``desk.services.upstream``), the resource lists (``desk.services.resource_import``),
and bookings and sign-ups from the mini-program (``desk.sync.apply_upstream``). The
payloads are read by ``desk.sync.apply_payloads``, the same code the hub's ``publish``
command checks them with (docs/SYNC.md, "What comes down").

Every apply is idempotent (the same item twice changes nothing), so a crash between a
service's commit and the row being marked applied is harmless: the next run applies it
again. An item a service refuses keeps the reason in ``apply_error`` (shown by ``desk sync
status``) and never stops the items after it; a newer version from the city tries again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import col, select

from db.engine import Store
from db.tables import SyncReceived
from desk.accounts.actor import ADMIN, SYSTEM, Actor
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.passes.service import PassService, Revocation
from desk.roster.calendar import CalendarService
from desk.services.city_lists import CityCatalogue, CityResourceList
from desk.services.resource_import import import_city_resources, withdraw_city_resources
from desk.services.upstream import merge_city_catalogue
from desk.sync import failpoints
from desk.sync.apply_payloads import PayloadError, read_booking, read_catalogue, read_resource_list, read_signup
from desk.sync.apply_upstream import UpstreamApplier
from desk.sync.download import position_key
from desk.sync.protocol import (FEED_BOOKING, FEED_CALENDAR, FEED_CATALOGUE, FEED_RESOURCES, FEED_REVOCATION,
                                FEED_SIGNUP, FEED_TRUSTED_KEY, unb64)

# The city's administrators, acting through the feed (trusted keys and the calendar are
# administrators' work on the desk too).
HUB = Actor(user_id=None, username="hub", role=ADMIN)
# The feed acting for the city's residents and platforms: no administrator's rights, so a
# mini-program booking of a room that needs approval waits for the room's approver.
HUB_SYSTEM = Actor(user_id=None, username="hub", role=SYSTEM.role)
APPLIED_HERE = (FEED_CALENDAR, FEED_TRUSTED_KEY, FEED_REVOCATION, FEED_CATALOGUE, FEED_RESOURCES,
                FEED_BOOKING, FEED_SIGNUP)


@dataclass
class ApplyResult:
    applied: int = 0
    failed: int = 0  # refused, or taken in with something to check (listed in `desk sync status`)


def _calendar_rows(payload: dict[str, Any]) -> list[tuple[date, str, str]]:
    return [(date.fromisoformat(str(day["day"])), str(day["kind"]), str(day.get("name", "")))
            for day in payload.get("days", [])]


def _revocation(payload: dict[str, Any]) -> Revocation:
    return Revocation(center_id=int(payload["center_id"]), serial=int(payload["serial"]),
                      revoked_at=datetime.fromisoformat(str(payload["revoked_at"])),
                      reason=str(payload.get("reason", "")))


def _catalogue(payload: dict[str, Any]) -> CityCatalogue:
    return read_catalogue(payload)


def _resource_list(key: str, payload: dict[str, Any]) -> CityResourceList:
    return read_resource_list(payload, key)


class Applier:
    def __init__(self, store: Store, clock: CenterClock, *, passes: PassService, calendar: CalendarService,
                 upstream: UpstreamApplier) -> None:
        self.store = store
        self.clock = clock
        self.passes = passes
        self.calendar = calendar
        self.upstream = upstream

    def _apply(self, row: SyncReceived, payload: dict[str, Any]) -> str:
        """Apply one live item; "" or a note on what to check. Raises Refusal if it did not go in."""
        if row.kind == FEED_CALENDAR:
            self.calendar.import_days(HUB, _calendar_rows(payload), source="hub")
        elif row.kind == FEED_TRUSTED_KEY:
            self.passes.add_trusted_key(HUB, int(payload["key_id"]), unb64(str(payload["public_key"])),
                                        source="hub")
        elif row.kind == FEED_REVOCATION:
            self.passes.import_revocations(HUB, [_revocation(payload)])
        elif row.kind == FEED_CATALOGUE:
            # City items the center edited are flagged for review by the merge itself.
            merge_city_catalogue(self.store, self.clock, HUB_SYSTEM, _catalogue(payload))
        elif row.kind == FEED_RESOURCES:
            import_city_resources(self.store, HUB_SYSTEM, _resource_list(row.key, payload))
        elif row.kind == FEED_BOOKING:
            return self.upstream.apply_booking(HUB_SYSTEM, row.key, read_booking(payload))
        elif row.kind == FEED_SIGNUP:
            return self.upstream.apply_signup(HUB_SYSTEM, row.key, read_signup(payload))
        return ""

    def _withdraw(self, row: SyncReceived) -> str:
        """The city took an item back: a list it published, or a resident's cancellation."""
        if row.kind == FEED_RESOURCES:
            withdraw_city_resources(self.store, HUB_SYSTEM, row.key)
            return ""
        if row.kind == FEED_BOOKING:
            return self.upstream.withdraw_booking(HUB_SYSTEM, row.key)
        if row.kind == FEED_SIGNUP:
            return self.upstream.withdraw_signup(HUB_SYSTEM, row.key)
        # Withdrawing a calendar list, a key or the catalogue is a decision for the center's
        # administrator: the desk keeps what it has and says so (visible in `desk sync status`).
        raise Refusal("The city withdrew this item; the desk keeps it until an administrator removes it.")

    def _apply_one(self, row: SyncReceived) -> str:
        if row.deleted:
            return self._withdraw(row)
        return self._apply(row, json.loads(row.payload))

    def apply_pending(self) -> ApplyResult:
        result = ApplyResult()
        with self.store.read() as session:
            rows = list(session.exec(select(SyncReceived).where(
                col(SyncReceived.applied_at).is_(None), col(SyncReceived.kind).in_(APPLIED_HERE))))
        # In the order the city wrote them: a trusted key before the bookings whose passes it signed.
        rows.sort(key=lambda row: position_key(row.position))
        for row in rows:
            try:
                error = self._apply_one(row)
            except Refusal as refusal:
                error = refusal.message
            except PayloadError as bad:
                error = f"The hub sent an item the desk cannot read: {bad}."
            except (KeyError, TypeError, ValueError) as bad:
                error = f"The hub sent an item the desk cannot read ({type(bad).__name__}: {bad})."
            if error:
                result.failed += 1
            else:
                result.applied += 1
            failpoints.hit("mid_apply")  # after the service's commit, before the row is marked
            with self.store.write() as session:
                current = session.get(SyncReceived, row.id)
                # Untouched since we read it (a newer version would have reset applied_at).
                if current is not None and current.position == row.position:
                    current.applied_at, current.apply_error = utcnow(), error[:500]
                    session.add(current)
        return result


def desk_applier(ctx) -> Applier:  # noqa: ANN001 - a DeskContext
    """The applier of an open desk, with the services each kind goes through."""
    upstream = UpstreamApplier(ctx.store, ctx.passes, ctx.upstream_bookings, ctx.bookings, ctx.booking_checkin,
                               ctx.activities.signups)
    return Applier(ctx.store, ctx.clock, passes=ctx.passes, calendar=ctx.schedule.calendar, upstream=upstream)
