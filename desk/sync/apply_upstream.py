"""Bookings and sign-ups made in the city mini-program, as they come down the feed.

One feed item is one booking or sign-up; its key is the mini-program's id, which the
desk keeps as ``upstream_id``, so taking an item in twice adds nothing. Each function
returns "" when the item went in cleanly, or a sentence for ``sync_received.apply_error``
when it went in with something the receptionist must know (a booking kept as rejected,
a pass the desk could not check); a Refusal means it did not go in at all.

Everything is worked out again from the desk's own rows on every call, never from a
memory of the last call, so a crash between a service's commit and the item being marked
applied only repeats the answer (the rejected booking's reason included).
"""

from __future__ import annotations

from sqlmodel import col, select

from db.engine import Store
from db.tables import Activity, Booking, Room, Signup
from desk.accounts.actor import Actor
from desk.clock import utcnow
from desk.errors import Refusal
from desk.passes.codec import PassKind, decode
from desk.passes.service import PassService
from desk.rooms.activity_rows import CANCELLED as SIGNUP_CANCELLED
from desk.rooms.activity_rows import UpstreamSignup
from desk.rooms.bookings import BookingService
from desk.rooms.checkin import CheckInService
from desk.rooms.forms import BookingDetails
from desk.rooms.records import CONFIRMED, PENDING, REJECTED
from desk.rooms.signups import SignupService
from desk.rooms.upstream import REFUSED, REJECTED_HERE, UpstreamBooking, UpstreamImport
from desk.sync.apply_payloads import BookingWire, SignupWire

# Written into a booking's or sign-up's reason when the resident cancels upstream.
CANCELLED_UPSTREAM = "cancelled in the mini-program"


class UpstreamApplier:
    def __init__(self, store: Store, passes: PassService, upstream: UpstreamImport, bookings: BookingService,
                 checkin: CheckInService, signups: SignupService) -> None:
        self.store = store
        self.passes = passes
        self.upstream = upstream
        self.bookings = bookings
        self.checkin = checkin
        self.signups = signups

    # ---- bookings ----------------------------------------------------------------------
    def _room_id(self, wire: BookingWire) -> int:
        if wire.room_id is not None:
            return wire.room_id
        with self.store.read() as session:
            room_id = session.exec(select(Room.id).where(Room.name == wire.room)).first()
        if room_id is None:
            raise Refusal("The mini-program booked a room named {room}, and this center has no room of that "
                          "name. Check the room names the city shows.", room=wire.room)
        return room_id

    def _pass_serial(self, text: str) -> tuple[int | None, str]:
        """The serial of the mini-program's pass, checked like any pass but not against the clock
        (it is shown at the door later); or None and why, and the desk issues its own."""
        if not text:
            return None, ""
        try:
            claims, _message, _signature = decode(text)
            if claims.kind is not PassKind.BOOKING:
                raise Refusal("The code is a {kind} pass, not a booking pass.", kind=claims.kind.code)
            return self.passes.verify(text, now=claims.valid_from).serial, ""
        except Refusal as refusal:
            # The slot is held all the same: losing the booking over its code would let
            # someone else book the room the resident was promised.
            return None, Refusal("The booking was taken in, but its mini-program code could not be checked "
                                 "({reason}); the desk made its own pass for it.",
                                 reason=refusal.message).message

    def apply_booking(self, actor: Actor, upstream_id: str, wire: BookingWire) -> str:
        known = self._booking(upstream_id)
        if known is not None:
            return self._known_booking(actor, known, wire)
        serial, note = self._pass_serial(wire.pass_text)
        details = BookingDetails(title=wire.title, booker_name=wire.booker_name, booker_kind=wire.booker_kind,
                                 contact_name=wire.contact_name, contact_phone=wire.contact_phone,
                                 purpose=wire.purpose, headcount=wire.headcount)
        item = UpstreamBooking(upstream_id, self._room_id(wire), wire.starts_at, wire.ends_at, details, serial)
        outcome = self.upstream.import_upstream([item], actor).value[0]
        if outcome.outcome == REFUSED:
            raise outcome.problem or Refusal("The booking could not be taken in.")
        if outcome.outcome == REJECTED_HERE and outcome.problem is not None:
            return _rejected(outcome.problem.message)
        return note

    def _booking(self, upstream_id: str) -> Booking | None:
        with self.store.read() as session:
            return session.exec(select(Booking).where(Booking.upstream_id == upstream_id)).first()

    def _known_booking(self, actor: Actor, booking: Booking, wire: BookingWire) -> str:
        """Taken in before (maybe just before a crash): finish what the import left and say again
        what the first time said."""
        if booking.state == REJECTED:
            return _rejected(booking.state_reason)
        if booking.state in (CONFIRMED, PENDING) and booking.pass_serial is None and booking.ends_at > utcnow():
            self.checkin.issue_pass(actor, booking.id or 0)  # the import commits before issuing passes
        if (booking.starts_at, booking.ends_at) != (wire.starts_at, wire.ends_at) or (
                wire.room_id is not None and booking.room_id != wire.room_id):
            return Refusal("The mini-program changed this booking after the desk took it in; the desk keeps the "
                           "first time and room. Move the booking by hand if the resident asks.").message
        return ""

    def withdraw_booking(self, actor: Actor, upstream_id: str) -> str:
        """The resident cancelled in the mini-program: free the room, unless it is over or used."""
        booking = self._booking(upstream_id)
        if booking is None or booking.state not in (CONFIRMED, PENDING) or booking.ends_at <= utcnow():
            return ""  # never arrived, already ended one way or another, or history now
        self.bookings.cancel(actor, booking.id or 0, CANCELLED_UPSTREAM)
        return ""

    # ---- sign-ups ----------------------------------------------------------------------
    def apply_signup(self, actor: Actor, upstream_id: str, wire: SignupWire) -> str:
        entry = UpstreamSignup(upstream_id=upstream_id, activity_id=wire.activity_id, name=wire.name,
                               phone=wire.phone, companions=wire.companions, signed_up_at=wire.signed_up_at,
                               pass_text=wire.pass_text)
        report = self.signups.import_upstream_signups(actor, [entry]).value
        if report.refused:
            raise Refusal("The mini-program's sign-up could not be taken in: {reason}",
                          reason=report.refused[0][1])
        return ""

    def withdraw_signup(self, actor: Actor, upstream_id: str) -> str:
        with self.store.read() as session:
            found = session.exec(select(Signup, Activity.ends_at).join(Activity, col(Activity.id) == Signup.activity_id)
                                 .where(Signup.upstream_id == upstream_id)).first()
        if found is None:
            return ""
        signup, ends_at = found
        if signup.state == SIGNUP_CANCELLED or ends_at <= utcnow():
            return ""  # cancelled already, or the activity is history now
        self.signups.cancel(actor, signup.id or 0, CANCELLED_UPSTREAM)
        return ""


def _rejected(reason: str) -> str:
    return Refusal("The booking was kept as rejected: {reason}", reason=reason).message

