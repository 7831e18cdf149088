"""Bookings made in the city mini-program (上游预约), taken in by the sync client.

Each arrives with the mini-program's id (``upstream_id``, unique here: importing a batch
twice adds nothing) and usually with the serial of the QR pass the mini-program signed,
which the desk verifies with the trusted upstream key like any pass; without one the desk
issues its own. An upstream booking passes the same rules as a desk booking. One that
cannot stand (the slot is taken, the room is closed, too many people) is kept as a
*rejected* booking with the reason, so the receptionist sees it and the hub is told
through the outbox; it is never silently dropped. Only data that cannot be a booking at
all (an unknown room, no end) is refused without a row, and reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from db.engine import Store
from db.tables import Booking, Room
from desk.accounts.actor import SYSTEM, Actor
from desk.audit.trail import record
from desk.changes import BOOKINGS, NOTHING, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.rooms.approval import initial_state
from desk.rooms.checkin import CheckInService
from desk.rooms.conflicts import Candidate, find_clashes
from desk.rooms.forms import BookingDetails, check_visitor, clean_details, new_booking
from desk.rooms.intervals import block_of
from desk.rooms.openings import openings
from desk.rooms.policy import check_headcount, check_room, check_times, clash_problem, opening_problem
from desk.rooms.records import REJECTED, UPSTREAM
from desk.rooms.transitions import logged
from desk.text import clean_text

ADDED, KNOWN, REJECTED_HERE, REFUSED = "added", "known", "rejected", "refused"


@dataclass(frozen=True)
class UpstreamBooking:
    upstream_id: str
    room_id: int
    starts_at: datetime
    ends_at: datetime
    details: BookingDetails
    pass_serial: int | None = None  # the mini-program's signed pass; None: the desk issues one


@dataclass(frozen=True)
class ImportOutcome:
    upstream_id: str
    outcome: str  # added | known | rejected (kept, with the reason) | refused (not a booking)
    booking_id: int | None = None
    problem: Refusal | None = None


class UpstreamImport:
    def __init__(self, store: Store, clock: CenterClock, checkin: CheckInService) -> None:
        self.store = store
        self.clock = clock
        self.checkin = checkin

    def import_upstream(self, bookings: Iterable[UpstreamBooking],
                        actor: Actor = SYSTEM) -> Done[list[ImportOutcome]]:
        """Take in a batch, all in one transaction; then issue passes for those that came without."""
        items = list(bookings)
        now = utcnow()
        zone = self.clock.zone
        outcomes: list[ImportOutcome] = []
        needs_pass: list[int] = []
        with self.store.write() as session:
            for item in items:
                try:
                    upstream_id = clean_text(item.upstream_id, field="Upstream id", max_length=64, required=True)
                except Refusal as refusal:
                    outcomes.append(ImportOutcome(str(item.upstream_id), REFUSED, problem=refusal))
                    continue
                known = session.exec(select(Booking.id).where(Booking.upstream_id == upstream_id)).first()
                if known is not None:
                    outcomes.append(ImportOutcome(upstream_id, KNOWN, known))
                    continue
                try:
                    details = clean_details(item.details)
                    check_times(item.starts_at, item.ends_at, now)
                    room = check_room(session.get(Room, item.room_id))
                    check_visitor(session, details.visitor_id)
                except Refusal as refusal:
                    record(session, actor, "booking.upstream_refused", entity="booking", detail=f"{upstream_id}: "
                           f"{refusal.message}")
                    outcomes.append(ImportOutcome(upstream_id, REFUSED, problem=refusal))
                    continue
                problem: Refusal | None = None
                try:
                    check_headcount(room, details.headcount)
                except Refusal as refusal:
                    problem = refusal
                if problem is None:
                    first = item.starts_at.astimezone(zone).date()
                    days = openings(session, [room], first, first + timedelta(days=1))[room.id or 0]
                    block = block_of(item.starts_at, item.ends_at, room.setup_minutes, room.cleanup_minutes)
                    clashes = find_clashes(session, [Candidate(0, room.id or 0, *block)], now).get(0)
                    found = (opening_problem(room, days, zone, item.starts_at, item.ends_at)
                             or (clash_problem(room, clashes, zone, item.starts_at, item.ends_at) if clashes else None))
                    problem = found.refusal if found else None
                state, holds = initial_state(session, actor, room, now)
                booking = new_booking(room, item.starts_at, item.ends_at, details, state=state, holds_until=holds,
                                      now=now, created_by=actor.user_id, source=UPSTREAM, upstream_id=upstream_id)
                booking.pass_serial = item.pass_serial
                if problem is not None:
                    booking.state, booking.holds_until = REJECTED, None
                    booking.state_reason = problem.message[:200]
                    booking.decided_at = now
                session.add(booking)
                session.flush()
                logged(session, actor, booking, room.name, "import", before=None,
                       detail=problem.message if problem else "")
                if problem is None:
                    outcomes.append(ImportOutcome(upstream_id, ADDED, booking.id))
                    if item.pass_serial is None:
                        needs_pass.append(booking.id or 0)
                else:
                    outcomes.append(ImportOutcome(upstream_id, REJECTED_HERE, booking.id, problem))
        for booking_id in needs_pass:  # after the commit: passes are written in their own transactions
            self.checkin.issue_pass(actor, booking_id)
        changed = any(o.outcome in (ADDED, REJECTED_HERE) for o in outcomes)
        return Done(outcomes, Changes.of(BOOKINGS) if changed else NOTHING)
