"""Days the center, or one room, is closed besides statutory holidays (repairs, elections, events).

Closing a day that already has bookings first shows them (``closure_impact``); closing
it then cancels them with the reason, in the same transaction as the closure, and hands
them back with their contacts so the receptionist can ring each one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Booking, Closure, Room
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import BOOKINGS, NOTHING, ROOMS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.rooms.intervals import MAX_BOOKING
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, BookingInfo, booking_info
from desk.rooms.transitions import set_state
from desk.text import clean_text


@dataclass(frozen=True)
class ClosureInfo:
    id: int
    day: date
    room_id: int | None  # None: the whole center
    room_name: str
    reason: str
    removed: bool
    created_at: datetime


@dataclass(frozen=True)
class CloseResult:
    closure: ClosureInfo
    cancelled: tuple[BookingInfo, ...]  # with contact name and phone, to let them know
    kept: tuple[BookingInfo, ...]  # bookings left standing (closed without cancelling)


def _info(row: Closure, room_name: str) -> ClosureInfo:
    return ClosureInfo(id=row.id or 0, day=row.day, room_id=row.room_id, room_name=room_name, reason=row.reason,
                       removed=row.removed, created_at=row.created_at)


class ClosureService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def closures(self, start: date, end: date, *, include_removed: bool = False) -> list[ClosureInfo]:
        with self.store.read() as session:
            statement = select(Closure, Room.name).outerjoin(Room, col(Room.id) == Closure.room_id).where(
                col(Closure.day) >= start, col(Closure.day) <= end)
            if not include_removed:
                statement = statement.where(Closure.removed == False)  # noqa: E712
            rows = session.exec(statement.order_by(Closure.day, Closure.id))
            return [_info(row, name or "") for row, name in rows]

    def _affected(self, session: Session, day: date, room_id: int | None, now: datetime) -> list[tuple[Booking, str]]:
        start, end = self.clock.day_bounds(day)
        statement = select(Booking, Room.name).join(Room, col(Room.id) == Booking.room_id).where(
            col(Booking.starts_at) > start - MAX_BOOKING, col(Booking.starts_at) < end, col(Booking.ends_at) > start,
            col(Booking.ends_at) > now, col(Booking.state).in_((CONFIRMED, PENDING)))
        if room_id is not None:
            statement = statement.where(Booking.room_id == room_id)
        return list(session.exec(statement.order_by(Booking.starts_at, Booking.id)))

    def closure_impact(self, day: date, room_id: int | None = None) -> list[BookingInfo]:
        """The standing bookings that closing this day (whole center, or one room) would hit."""
        with self.store.read() as session:
            return [booking_info(b, name) for b, name in self._affected(session, day, room_id, utcnow())]

    def close_day(self, actor: Actor, day: date, room_id: int | None, reason: str, *,
                  cancel_bookings: bool = True) -> Done[CloseResult]:
        actor.require_admin()
        reason = clean_text(reason, field="Reason", max_length=200, required=True)
        now = utcnow()
        with self.store.write() as session:
            room_name = ""
            if room_id is not None:
                room = session.get(Room, room_id)
                if room is None:
                    raise NotFound("That room no longer exists.")
                room_name = room.name
            same = session.exec(select(Closure).where(Closure.day == day, Closure.room_id == room_id,
                                                      Closure.removed == False)).first()  # noqa: E712
            if same is not None:
                raise Refusal("{day} is already closed: {reason}.", day=day.isoformat(), reason=same.reason)
            closure = Closure(day=day, room_id=room_id, reason=reason, created_by=actor.user_id, created_at=now)
            session.add(closure)
            session.flush()
            affected = self._affected(session, day, room_id, now)
            if cancel_bookings:
                for booking, name in affected:
                    set_state(session, actor, booking, name, CANCELLED, action="cancel", reason=reason)
            record(session, actor, "closure.add", entity="closure", entity_id=closure.id,
                   after={"day": day, "room_id": room_id, "reason": reason,
                          "cancelled": [b.id for b, _ in affected] if cancel_bookings else []})
            infos = tuple(booking_info(b, name) for b, name in affected)
            changes = Changes.of(ROOMS, BOOKINGS) if cancel_bookings and infos else Changes.of(ROOMS)
            return Done(CloseResult(_info(closure, room_name), infos if cancel_bookings else (),
                                    () if cancel_bookings else infos), changes)

    def reopen(self, actor: Actor, closure_id: int) -> Done[ClosureInfo]:
        """Take a closure back (kept, marked removed). Cancelled bookings stay cancelled."""
        actor.require_admin()
        with self.store.write() as session:
            closure = session.get(Closure, closure_id)
            if closure is None:
                raise NotFound("That closure no longer exists.")
            room = session.get(Room, closure.room_id) if closure.room_id else None
            if closure.removed:
                return Done(_info(closure, room.name if room else ""), NOTHING)
            closure.removed = True
            session.add(closure)
            record(session, actor, "closure.remove", entity="closure", entity_id=closure_id,
                   before={"removed": False}, after={"removed": True}, detail=closure.reason)
            return Done(_info(closure, room.name if room else ""), Changes.of(ROOMS))
