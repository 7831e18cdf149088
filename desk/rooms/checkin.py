"""Checking a booking in, by hand or by scanning its QR pass, and releasing no-shows.

A booking's pass is an ordinary signed pass of kind BOOKING, valid from half an hour
before the start to the end; passes made in the city mini-program are signed upstream
and verified with the trusted key, exactly like the desk's own. Check-in opens half an
hour before the start and closes at the end. If nobody has checked in ``no_show_minutes``
after the start (0: never), ``release_no_shows`` frees the room for others: the booking
becomes *released*, counts as a no-show, and stops blocking the slot. The desk runs it
every few minutes; it looks back a week, so a PC switched off for days catches up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Booking, Pass, Room
from desk.accounts.actor import SYSTEM, Actor
from desk.changes import BOOKINGS, NOTHING, PASSES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.passes.codec import PassKind
from desk.passes.service import PassService
from desk.rooms.intervals import when_text
from desk.rooms.policy import MAX_HEADCOUNT
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, REJECTED, RELEASED, BookingInfo, booking_info
from desk.rooms.transitions import logged, set_state

CHECK_IN_EARLY = timedelta(minutes=30)
RELEASE_LOOKBACK = timedelta(days=7)


@dataclass(frozen=True)
class BookingPass:
    booking_id: int
    serial: int
    payload: str  # the text in the QR code


class CheckInService:
    def __init__(self, store: Store, clock: CenterClock, passes: PassService) -> None:
        self.store = store
        self.clock = clock
        self.passes = passes

    def _hhmm(self, moment: datetime) -> str:
        return f"{moment.astimezone(self.clock.zone):%H:%M}"

    # ---- passes ----------------------------------------------------------------------
    def issue_pass(self, actor: Actor, booking_id: int) -> Done[BookingPass]:
        """The booking's QR pass: the one already issued by this desk, or a new one."""
        now = utcnow()
        with self.store.write() as session:
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise NotFound("That booking no longer exists.")
            if booking.state not in (CONFIRMED, PENDING) or booking.ends_at <= now:
                raise Refusal("Only a booking still to come has a pass; this one is {state} or over.",
                              state=booking.state)
            if booking.pass_serial is not None:
                issued = session.exec(select(Pass).where(Pass.serial == booking.pass_serial)).first()
                if issued is not None:
                    return Done(BookingPass(booking_id, issued.serial, issued.payload))
            # Signed and linked in one commit: a booking cancelled meanwhile never gets a live pass.
            issued_pass = self.passes.issue_in(
                session, actor, kind=PassKind.BOOKING, visitor_id=booking.visitor_id,
                valid_from=booking.starts_at - CHECK_IN_EARLY, valid_until=booking.ends_at)
            before = {"pass_serial": booking.pass_serial}
            booking.pass_serial = issued_pass.serial
            booking.updated_at = utcnow()
            session.add(booking)
            session.flush()
            room = session.get(Room, booking.room_id)
            logged(session, actor, booking, room.name if room else "", "pass", before=before)
        return Done(BookingPass(booking_id, issued_pass.serial, issued_pass.payload), Changes.of(BOOKINGS, PASSES))

    # ---- check-in --------------------------------------------------------------------
    def _refusal(self, booking: Booking, now: datetime) -> Refusal | None:
        if booking.state == CANCELLED:
            return Refusal("This booking was cancelled ({reason}).", reason=booking.state_reason)
        if booking.state == REJECTED:
            return Refusal("This booking was not approved ({reason}).", reason=booking.state_reason)
        if booking.state == RELEASED:
            return Refusal("This booking was released as a no-show at {time}. Book the room again if it is "
                           "still free.", time=self._hhmm(booking.released_at or booking.updated_at))
        if booking.state == PENDING:
            return Refusal("This booking is still waiting for approval; it cannot be checked in yet.")
        if booking.checked_in_at is not None:
            return Refusal("This booking is already checked in at {time}.", time=self._hhmm(booking.checked_in_at))
        if now < booking.starts_at - CHECK_IN_EARLY:
            return Refusal("Check-in for this booking opens at {time}, half an hour before it starts ({when}).",
                           time=self._hhmm(booking.starts_at - CHECK_IN_EARLY),
                           when=when_text(self.clock.zone, booking.starts_at, booking.ends_at))
        if now >= booking.ends_at:
            return Refusal("This booking ended at {time}; it can no longer be checked in.",
                           time=self._hhmm(booking.ends_at))
        return None

    def _check_in(self, session: Session, actor: Actor, booking: Booking, attendance: object,
                  now: datetime, how: str) -> BookingInfo:
        refusal = self._refusal(booking, now)
        if refusal is not None:
            raise refusal
        if isinstance(attendance, bool) or not isinstance(attendance, int) or not 1 <= attendance <= MAX_HEADCOUNT:
            raise Refusal("The number of people who came must be a whole number of at least 1.")
        before = {"checked_in_at": None, "attendance": booking.attendance}
        booking.checked_in_at, booking.attendance, booking.updated_at = now, attendance, now
        session.add(booking)
        session.flush()
        room = session.get(Room, booking.room_id)
        name = room.name if room else ""
        logged(session, actor, booking, name, "check_in", before=before, detail=how)
        return booking_info(booking, name)

    def check_in(self, actor: Actor, booking_id: int, attendance: int) -> Done[BookingInfo]:
        """Check a booking in by hand, with the number of people who came (人次)."""
        now = utcnow()
        with self.store.write() as session:
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise NotFound("That booking no longer exists.")
            return Done(self._check_in(session, actor, booking, attendance, now, "key"), Changes.of(BOOKINGS))

    def check_in_by_scan(self, actor: Actor, raw_text: str, *, attendance: int | None = None,
                         booking_id: int | None = None) -> Done[BookingInfo]:
        """Check in the booking whose pass was scanned (its headcount, unless ``attendance``).

        ``booking_id``: the booking the receptionist has open, if any; a pass of another
        booking is then refused rather than checking that one in by surprise.
        """
        now = utcnow()
        claims = self.passes.verify_scan(actor, raw_text, now=now, audit_action="booking.scan_refused")
        if claims.kind is not PassKind.BOOKING:
            raise Refusal("This pass ({kind}) is not a room booking pass; scan it where that pass is handled.",
                          kind=claims.kind.name.lower())
        with self.store.write() as session:
            booking = session.exec(select(Booking).where(Booking.pass_serial == claims.serial)
                                   .order_by(col(Booking.id).desc())).first()
            if booking is None:
                raise Refusal("This booking pass is genuine, but no booking here carries it (it may have been "
                              "moved). Look the booking up by name.")
            if booking_id is not None and booking.id != booking_id:
                raise Refusal("This pass is for another booking: {title}, {when}.", title=booking.title,
                              when=when_text(self.clock.zone, booking.starts_at, booking.ends_at))
            count = attendance if attendance is not None else booking.headcount
            return Done(self._check_in(session, actor, booking, count, now, "scan"), Changes.of(BOOKINGS))

    # ---- no-shows --------------------------------------------------------------------
    def release_no_shows(self, actor: Actor = SYSTEM, now: datetime | None = None) -> Done[list[BookingInfo]]:
        """Release confirmed bookings nobody checked in for within the room's no-show minutes."""
        now = now or utcnow()
        with self.store.write() as session:
            rows = session.exec(select(Booking, Room).join(Room, col(Room.id) == Booking.room_id).where(
                Booking.state == CONFIRMED, col(Booking.checked_in_at).is_(None),
                col(Booking.starts_at) > now - RELEASE_LOOKBACK, col(Booking.starts_at) <= now,
                Room.no_show_minutes > 0))
            released = []
            for booking, room in list(rows):
                if booking.starts_at + timedelta(minutes=room.no_show_minutes) > now:
                    continue
                set_state(session, actor, booking, room.name, RELEASED, action="release", reason="no-show",
                          released_at=now)
                released.append(booking_info(booking, room.name))
            return Done(released, Changes.of(BOOKINGS) if released else NOTHING)
