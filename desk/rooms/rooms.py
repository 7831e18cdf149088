"""Administering rooms: their facts, hours, buffers, approval policy, approvers and photo.

Rooms are never deleted: bookings and figures point at them. Retiring a room takes it
off the booking screens; if it still has bookings to come, the administrator sees them
first and either moves them or retires the room cancelling them (with the contacts
returned, to let people know).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Booking, Room, RoomApprover, User
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.hours import OpeningHours
from desk.changes import BOOKINGS, NOTHING, ROOMS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.roster.photos import normalise_photo
from desk.rooms.intervals import MAX_BUFFER_MINUTES, when_text
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, BookingInfo, RoomInfo, booking_info, room_info
from desk.rooms.transitions import set_state
from desk.text import clean_text

MAX_CAPACITY = 2000
MAX_HOLD_MINUTES = 7 * 24 * 60
MAX_NO_SHOW_MINUTES = 12 * 60


@dataclass(frozen=True)
class RoomForm:
    name: str
    capacity: int
    kind: str = ""
    equipment: str = ""
    location: str = ""
    hours: OpeningHours | None = None  # None: the center's hours and timetables
    setup_minutes: int = 0
    cleanup_minutes: int = 0
    needs_approval: bool = False
    hold_pending_minutes: int = 0
    no_show_minutes: int = 30  # 0: never released as a no-show
    sort_order: int = 0
    approver_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class RetireResult:
    room: RoomInfo
    cancelled: tuple[BookingInfo, ...]  # with their contacts, to tell them


def _whole(value: object, low: int, high: int, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Refusal("{field} must be a whole number from {low} to {high}.", field=field_name, low=low, high=high)
    return value


def _snapshot(room: Room, approvers: Iterable[int]) -> dict[str, object]:
    return {"name": room.name, "kind": room.kind, "capacity": room.capacity, "equipment": room.equipment,
            "location": room.location, "hours": room.hours, "setup_minutes": room.setup_minutes,
            "cleanup_minutes": room.cleanup_minutes, "needs_approval": room.needs_approval,
            "hold_pending_minutes": room.hold_pending_minutes, "no_show_minutes": room.no_show_minutes,
            "sort_order": room.sort_order, "active": room.active, "approvers": sorted(approvers)}


def approvers_of(session: Session, room_id: int) -> tuple[int, ...]:
    return tuple(sorted(session.exec(select(RoomApprover.user_id).where(RoomApprover.room_id == room_id))))


def future_bookings_in(session: Session, room_id: int, now) -> list[Booking]:  # noqa: ANN001
    """Bookings of the room not yet over and still standing (confirmed or pending)."""
    return list(session.exec(select(Booking).where(
        Booking.room_id == room_id, col(Booking.ends_at) > now,
        col(Booking.state).in_((CONFIRMED, PENDING))).order_by(Booking.starts_at)))


class RoomService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    # ---- reading ---------------------------------------------------------------------
    def rooms(self, include_retired: bool = False) -> list[RoomInfo]:
        with self.store.read() as session:
            statement = select(Room).order_by(Room.sort_order, Room.name)
            if not include_retired:
                statement = statement.where(Room.active == True)  # noqa: E712
            rows = list(session.exec(statement))
            approvers: dict[int, list[int]] = {}
            for room_id, user_id in session.exec(select(RoomApprover.room_id, RoomApprover.user_id)):
                approvers.setdefault(room_id, []).append(user_id)
            return [room_info(row, tuple(sorted(approvers.get(row.id or 0, ())))) for row in rows]

    def get(self, room_id: int) -> RoomInfo:
        with self.store.read() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound("That room no longer exists.")
            return room_info(room, approvers_of(session, room_id))

    def photo(self, room_id: int) -> bytes | None:
        with self.store.read() as session:
            room = session.get(Room, room_id)
            return room.photo if room else None

    def future_bookings(self, room_id: int) -> list[BookingInfo]:
        """What retiring the room would affect."""
        with self.store.read() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound("That room no longer exists.")
            return [booking_info(b, room.name) for b in future_bookings_in(session, room_id, utcnow())]

    # ---- writing (administrators) ----------------------------------------------------
    def _apply(self, session: Session, room: Room, form: RoomForm) -> None:
        name = clean_text(form.name, field="Room name", max_length=50, required=True)
        clash = session.exec(select(Room).where(Room.name == name, col(Room.id) != room.id)).first()
        if clash is not None:
            raise Refusal("There is already a room called {name}.", name=name)
        room.name = name
        room.kind = clean_text(form.kind, field="Kind of room", max_length=30)
        room.equipment = clean_text(form.equipment, field="Equipment", max_length=300)
        room.location = clean_text(form.location, field="Location", max_length=100)
        room.capacity = _whole(form.capacity, 1, MAX_CAPACITY, "Capacity")
        room.setup_minutes = _whole(form.setup_minutes, 0, MAX_BUFFER_MINUTES, "Setup minutes")
        room.cleanup_minutes = _whole(form.cleanup_minutes, 0, MAX_BUFFER_MINUTES, "Cleanup minutes")
        room.hold_pending_minutes = _whole(form.hold_pending_minutes, 0, MAX_HOLD_MINUTES,
                                           "Minutes a request holds its slot")
        room.no_show_minutes = _whole(form.no_show_minutes, 0, MAX_NO_SHOW_MINUTES, "No-show minutes")
        room.sort_order = _whole(form.sort_order, -10**6, 10**6, "Sort order")
        room.needs_approval = bool(form.needs_approval)
        room.hours = (OpeningHours.validated(tuple(tuple(d) for d in form.hours.days)).to_json()
                      if form.hours is not None else None)

    def _set_approvers(self, session: Session, room_id: int, user_ids: Iterable[int]) -> tuple[int, ...]:
        wanted = set(user_ids)
        known = set(session.exec(select(User.id).where(col(User.id).in_(wanted)))) if wanted else set()
        if wanted - known:
            raise Refusal("An approver chosen for this room is no longer an account. Choose again.")
        current = set(approvers_of(session, room_id))
        for user_id in current - wanted:
            session.delete(session.get(RoomApprover, (room_id, user_id)))
        for user_id in wanted - current:
            session.add(RoomApprover(room_id=room_id, user_id=user_id))
        return tuple(sorted(wanted))

    def create(self, actor: Actor, form: RoomForm) -> Done[RoomInfo]:
        actor.require_admin()
        with self.store.write() as session:
            room = Room(name="", created_at=utcnow())
            self._apply(session, room, form)
            session.add(room)
            session.flush()
            approvers = self._set_approvers(session, room.id, form.approver_ids)
            record(session, actor, "room.create", entity="room", entity_id=room.id,
                   after=_snapshot(room, approvers))
            return Done(room_info(room, approvers), Changes.of(ROOMS))

    def update(self, actor: Actor, room_id: int, form: RoomForm) -> Done[RoomInfo]:
        """Change a room. New buffers apply to bookings made from now on."""
        actor.require_admin()
        with self.store.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound("That room no longer exists.")
            before = _snapshot(room, approvers_of(session, room_id))
            self._apply(session, room, form)
            session.add(room)
            approvers = self._set_approvers(session, room_id, form.approver_ids)
            record(session, actor, "room.update", entity="room", entity_id=room_id,
                   before=before, after=_snapshot(room, approvers))
            return Done(room_info(room, approvers), Changes.of(ROOMS))

    def set_photo(self, actor: Actor, room_id: int, data: bytes | None) -> Done[RoomInfo]:
        """Any common picture in, a small JPEG kept; None removes the photo."""
        actor.require_admin()
        photo = normalise_photo(data) if data is not None else None  # slow: outside the write lock
        with self.store.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound("That room no longer exists.")
            had = room.photo is not None
            room.photo = photo
            session.add(room)
            record(session, actor, "room.photo", entity="room", entity_id=room_id,
                   before={"photo": had}, after={"photo": photo is not None})
            return Done(room_info(room, approvers_of(session, room_id)), Changes.of(ROOMS))

    def retire(self, actor: Actor, room_id: int, reason: str, *,
               cancel_bookings: bool = False) -> Done[RetireResult]:
        """Take a room off the booking screens. With bookings still to come, refuse and name
        them, unless ``cancel_bookings``: then they are cancelled with the reason."""
        actor.require_admin()
        reason = clean_text(reason, field="Reason", max_length=200, required=True)
        now = utcnow()
        with self.store.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound("That room no longer exists.")
            if not room.active:
                return Done(RetireResult(room_info(room), ()), NOTHING)
            standing = future_bookings_in(session, room_id, now)
            if standing and not cancel_bookings:
                first = standing[0]
                raise Refusal("{room} still has {n} bookings to come (the first: {title}, {when}). Move them "
                              "to another room, or retire the room cancelling them.", room=room.name,
                              n=len(standing), title=first.title, when=when_text(self.clock.zone, first.starts_at, first.ends_at))
            for booking in standing:
                set_state(session, actor, booking, room.name, CANCELLED, action="cancel",
                          reason=reason)
            room.active = False
            session.add(room)
            record(session, actor, "room.retire", entity="room", entity_id=room_id,
                   before={"active": True}, after={"active": False}, detail=reason)
            cancelled = tuple(booking_info(b, room.name) for b in standing)
            changes = Changes.of(ROOMS, BOOKINGS) if cancelled else Changes.of(ROOMS)
            return Done(RetireResult(room_info(room, approvers_of(session, room_id)), cancelled), changes)

    def reactivate(self, actor: Actor, room_id: int) -> Done[RoomInfo]:
        actor.require_admin()
        with self.store.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound("That room no longer exists.")
            if room.active:
                return Done(room_info(room, approvers_of(session, room_id)), NOTHING)
            room.active = True
            session.add(room)
            record(session, actor, "room.reactivate", entity="room", entity_id=room_id,
                   before={"active": False}, after={"active": True})
            return Done(room_info(room, approvers_of(session, room_id)), Changes.of(ROOMS))
