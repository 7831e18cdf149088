"""What a receptionist fills in to book: who, what for, how many, and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from db.tables import Booking, Room, Visitor
from desk.errors import NotFound, Refusal
from desk.rooms.intervals import block_of
from desk.rooms.records import BOOKER_KINDS, DESK, GROUP
from desk.rooms.repeats import Repeat
from desk.text import clean_text, validate_phone

ONE, FOLLOWING, SERIES = "one", "following", "series"
SCOPES = (ONE, FOLLOWING, SERIES)


@dataclass(frozen=True)
class BookingDetails:
    """Who books and what for. ``booker_name`` is the branch, club or resident."""

    title: str
    booker_name: str
    booker_kind: str = GROUP  # group | resident
    contact_name: str = ""
    contact_phone: str = ""
    visitor_id: int | None = None  # the resident's visitor record, when known
    purpose: str = ""
    headcount: int = 1


@dataclass(frozen=True)
class BookingForm:
    room_id: int
    starts_at: datetime  # aware; use ``intervals.local_span`` to build from a day and HH:MM
    ends_at: datetime
    details: BookingDetails
    override_reason: str = ""  # an administrator's reason to book a taken slot or a closed day


@dataclass(frozen=True)
class SeriesForm:
    room_id: int
    first_day: date
    start_time: str  # "HH:MM" local
    end_time: str  # "HH:MM" local; before start_time: ends the next day
    repeat: Repeat
    details: BookingDetails


@dataclass(frozen=True)
class Move:
    """Where one date of a series goes instead: another day, other times, or both."""

    day: date | None = None
    start_time: str | None = None
    end_time: str | None = None


@dataclass(frozen=True)
class CleanDetails:
    title: str
    booker_name: str
    booker_kind: str
    contact_name: str
    contact_phone: str
    visitor_id: int | None
    purpose: str
    headcount: int = field(default=1)


def clean_details(details: BookingDetails) -> CleanDetails:
    """Checked and tidied text; the headcount is checked against the room later."""
    kind = details.booker_kind
    if kind not in BOOKER_KINDS:
        raise Refusal("A booking is made by a group or a resident, not {kind}.", kind=kind)
    return CleanDetails(
        title=clean_text(details.title, field="Title", max_length=100, required=True),
        booker_name=clean_text(details.booker_name, field="Booked by", max_length=100, required=True),
        booker_kind=kind,
        contact_name=clean_text(details.contact_name, field="Contact person", max_length=50),
        contact_phone=validate_phone(details.contact_phone, field="Contact phone") or "",
        visitor_id=details.visitor_id,
        purpose=clean_text(details.purpose, field="Purpose", max_length=200),
        headcount=details.headcount,
    )


def check_visitor(session: Session, visitor_id: int | None) -> None:
    if visitor_id is not None and session.get(Visitor, visitor_id) is None:
        raise NotFound("This visitor is no longer on record.")


def new_booking(room: Room, starts_at: datetime, ends_at: datetime, details: CleanDetails, *,
                state: str, holds_until: datetime | None, now: datetime, created_by: int | None,
                series_id: int | None = None, source: str = DESK, upstream_id: str | None = None,
                override_reason: str = "") -> Booking:
    block_start, block_end = block_of(starts_at, ends_at, room.setup_minutes, room.cleanup_minutes)
    return Booking(
        room_id=room.id, series_id=series_id, starts_at=starts_at, ends_at=ends_at, block_start=block_start,
        block_end=block_end, state=state, holds_until=holds_until, title=details.title, purpose=details.purpose,
        booker_kind=details.booker_kind, booker_name=details.booker_name, visitor_id=details.visitor_id,
        contact_name=details.contact_name, contact_phone=details.contact_phone, headcount=details.headcount,
        source=source, upstream_id=upstream_id, override_reason=override_reason, created_by=created_by,
        created_at=now, updated_at=now,
    )
