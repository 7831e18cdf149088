"""Bookings that wait for approval, and the people who decide.

A room with ``needs_approval`` takes requests: a booking made there by a receptionist (or
arriving from the city mini-program) is *pending*. Whether a pending request keeps its
slot is explicit: ``room.hold_pending_minutes`` after it was made (``holds_until``), it
blocks the slot like a confirmed booking; then, or at once when the room holds nothing
(0), others may book the slot, and approving re-checks: a request whose slot was taken
meanwhile cannot be approved (reject it, or move it first). A booking made by someone
who may approve the room (an administrator, or one of its approvers) is confirmed at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Booking, Room, RoomApprover
from desk.accounts.actor import Actor
from desk.changes import BOOKINGS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotAllowed, NotFound, Refusal
from desk.rooms.conflicts import Candidate, find_clashes
from desk.rooms.intervals import when_text
from desk.rooms.policy import hold_until
from desk.rooms.records import CONFIRMED, PENDING, REJECTED, BookingInfo, booking_info
from desk.rooms.transitions import set_state
from desk.text import clean_text


@dataclass(frozen=True)
class PendingRequest:
    booking: BookingInfo
    waiting: timedelta  # since it was made
    holds_slot: bool  # does it keep the slot from others right now?
    holds_left: timedelta | None  # how much longer it does (None: it holds nothing)


def may_approve(session: Session, actor: Actor, room_id: int) -> bool:
    if actor.is_admin:
        return True
    if actor.user_id is None:
        return False
    return session.get(RoomApprover, (room_id, actor.user_id)) is not None


def initial_state(session: Session, actor: Actor, room: Room, now: datetime) -> tuple[str, datetime | None]:
    """(state, holds_until) for a new booking of this room made by ``actor``."""
    if room.needs_approval and not may_approve(session, actor, room.id or 0):
        return PENDING, hold_until(room, now)
    return CONFIRMED, None


class ApprovalService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def pending(self) -> list[PendingRequest]:
        """Requests not yet decided and not yet over, oldest first."""
        now = utcnow()
        with self.store.read() as session:
            rows = session.exec(select(Booking, Room.name).join(Room, col(Room.id) == Booking.room_id).where(
                Booking.state == PENDING, col(Booking.ends_at) > now).order_by(Booking.created_at, Booking.id))
            result = []
            for booking, room_name in rows:
                holds = booking.holds_until is not None and booking.holds_until > now
                result.append(PendingRequest(
                    booking=booking_info(booking, room_name), waiting=now - booking.created_at, holds_slot=holds,
                    holds_left=(booking.holds_until - now) if holds and booking.holds_until else None))
            return result

    def _decidable(self, session: Session, actor: Actor, booking_id: int, now: datetime) -> tuple[Booking, Room]:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise NotFound("That booking no longer exists.")
        room = session.get(Room, booking.room_id)
        assert room is not None  # a booking's room is never deleted
        if not may_approve(session, actor, room.id or 0):
            raise NotAllowed("Only an administrator or an approver of {room} may decide on its requests.",
                             room=room.name)
        if booking.state != PENDING:
            raise Refusal("This request was already decided: it is {state}.", state=booking.state)
        if booking.ends_at <= now:
            raise Refusal("This request is for {when}, which is over. Reject it.",
                          when=when_text(self.clock.zone, booking.starts_at, booking.ends_at))
        return booking, room

    def approve(self, actor: Actor, booking_id: int) -> Done[BookingInfo]:
        now = utcnow()
        with self.store.write() as session:
            booking, room = self._decidable(session, actor, booking_id, now)
            if not room.active:
                raise Refusal("{room} is no longer in use; reject this request.", room=room.name)
            clashes = find_clashes(session, [Candidate(0, room.id or 0, booking.block_start, booking.block_end)],
                                   now, exclude=(booking.id or 0,)).get(0)
            if clashes:
                other = clashes[0]
                raise Refusal("The slot was taken meanwhile by {title} ({when}). Reject this request or move "
                              "it first.", title=other.title,
                              when=when_text(self.clock.zone, other.starts_at, other.ends_at))
            set_state(session, actor, booking, room.name, CONFIRMED, action="approve",
                      decided_by=actor.user_id, decided_at=now)
            return Done(booking_info(booking, room.name), Changes.of(BOOKINGS))

    def reject(self, actor: Actor, booking_id: int, reason: str) -> Done[BookingInfo]:
        reason = clean_text(reason, field="Reason", max_length=200, required=True)
        now = utcnow()
        with self.store.write() as session:
            booking, room = self._decidable(session, actor, booking_id, now)
            set_state(session, actor, booking, room.name, REJECTED, action="reject", reason=reason,
                      decided_by=actor.user_id, decided_at=now)
            return Done(booking_info(booking, room.name), Changes.of(BOOKINGS))
