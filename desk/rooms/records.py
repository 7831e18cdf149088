"""What the rooms services hand out: frozen copies of rooms and bookings, safe across threads.

Also the two other shapes a booking takes: the audit snapshot (everything, to explain a
change later) and the sync payload (public fields only: no phone numbers, people's names
masked as 张*).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from db.tables import Booking, Room
from desk.center.hours import OpeningHours
from desk.text import mask_name

PENDING, CONFIRMED, REJECTED, CANCELLED, RELEASED = "pending", "confirmed", "rejected", "cancelled", "released"
STATES = (PENDING, CONFIRMED, REJECTED, CANCELLED, RELEASED)
GROUP, RESIDENT = "group", "resident"
BOOKER_KINDS = (GROUP, RESIDENT)
DESK, UPSTREAM = "desk", "upstream"
SYNC_KIND = "rooms.booking"


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    kind: str
    capacity: int
    equipment: str
    location: str
    has_photo: bool
    hours: OpeningHours | None  # None: the center's hours (and its seasonal timetables)
    setup_minutes: int
    cleanup_minutes: int
    needs_approval: bool
    hold_pending_minutes: int
    no_show_minutes: int
    sort_order: int
    active: bool
    approver_ids: tuple[int, ...] = ()


def room_info(room: Room, approver_ids: tuple[int, ...] = ()) -> RoomInfo:
    return RoomInfo(
        id=room.id or 0, name=room.name, kind=room.kind, capacity=room.capacity, equipment=room.equipment,
        location=room.location, has_photo=room.photo is not None,
        hours=OpeningHours.from_json(room.hours) if room.hours else None,
        setup_minutes=room.setup_minutes, cleanup_minutes=room.cleanup_minutes,
        needs_approval=room.needs_approval, hold_pending_minutes=room.hold_pending_minutes,
        no_show_minutes=room.no_show_minutes, sort_order=room.sort_order, active=room.active,
        approver_ids=approver_ids,
    )


@dataclass(frozen=True)
class BookingInfo:
    id: int
    room_id: int
    room_name: str
    series_id: int | None
    starts_at: datetime
    ends_at: datetime
    block_start: datetime
    block_end: datetime
    state: str
    state_reason: str
    holds_until: datetime | None
    title: str
    purpose: str
    booker_kind: str
    booker_name: str
    visitor_id: int | None
    contact_name: str
    contact_phone: str
    headcount: int
    attendance: int | None
    checked_in_at: datetime | None
    released_at: datetime | None
    source: str
    upstream_id: str | None
    pass_serial: int | None
    override_reason: str
    created_at: datetime

    def blocks(self, now: datetime) -> bool:
        """Does it keep the room from others now? Confirmed, or pending with a hold not yet run out."""
        return self.state == CONFIRMED or (
            self.state == PENDING and self.holds_until is not None and self.holds_until > now)


def booking_info(booking: Booking, room_name: str) -> BookingInfo:
    return BookingInfo(
        id=booking.id or 0, room_id=booking.room_id, room_name=room_name, series_id=booking.series_id,
        starts_at=booking.starts_at, ends_at=booking.ends_at, block_start=booking.block_start,
        block_end=booking.block_end, state=booking.state, state_reason=booking.state_reason,
        holds_until=booking.holds_until, title=booking.title, purpose=booking.purpose,
        booker_kind=booking.booker_kind, booker_name=booking.booker_name, visitor_id=booking.visitor_id,
        contact_name=booking.contact_name, contact_phone=booking.contact_phone, headcount=booking.headcount,
        attendance=booking.attendance, checked_in_at=booking.checked_in_at, released_at=booking.released_at,
        source=booking.source, upstream_id=booking.upstream_id, pass_serial=booking.pass_serial,
        override_reason=booking.override_reason, created_at=booking.created_at,
    )


_SNAPSHOT_FIELDS = ("room_id", "series_id", "starts_at", "ends_at", "block_start", "block_end", "state",
                    "state_reason", "holds_until", "title", "purpose", "booker_kind", "booker_name",
                    "visitor_id", "contact_name", "contact_phone", "headcount", "attendance",
                    "checked_in_at", "released_at", "source", "upstream_id", "pass_serial", "override_reason")


def snapshot(booking: Booking, *fields: str) -> dict[str, Any]:
    """The booking's fields for an audit line (all, or the ones named)."""
    return {name: getattr(booking, name) for name in (fields or _SNAPSHOT_FIELDS)}


def sync_payload(booking: Booking, room_name: str, change: str) -> dict[str, Any]:
    """What the city hub learns about a booking: no phone numbers; a resident's name masked."""
    booker = booking.booker_name if booking.booker_kind == GROUP else mask_name(booking.booker_name)
    return {
        "change": change, "booking_id": booking.id, "series_id": booking.series_id,
        "upstream_id": booking.upstream_id, "room_id": booking.room_id, "room": room_name,
        "starts_at": booking.starts_at, "ends_at": booking.ends_at, "state": booking.state,
        "title": booking.title, "booker_kind": booking.booker_kind, "booker": booker,
        "contact": mask_name(booking.contact_name), "headcount": booking.headcount,
        "attendance": booking.attendance, "checked_in_at": booking.checked_in_at,
        "released_at": booking.released_at, "source": booking.source,
    }


def json_dates(values: list[str] | tuple[str, ...]) -> str:
    return json.dumps(sorted(set(values)))
