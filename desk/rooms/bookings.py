"""Booking rooms: one booking, a repeating series, edits, moves and cancellations.

Each change is one ``BEGIN IMMEDIATE`` transaction: the rules (``policy``) and the
conflict check read the store under the same write lock as the save, so two windows or
two processes can never both book a slot. Moving or cancelling works on one date, on
this date and the following ones of its series, or on the whole series (the dates not
yet over). Nothing is deleted; ``history`` reads back every change with who made it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import AuditEntry, Booking, BookingSeries, Room
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import BOOKINGS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.passes.service import PassService
from desk.rooms.approval import initial_state
from desk.rooms.conflicts import Candidate, find_clashes
from desk.rooms.forms import (FOLLOWING, ONE, SCOPES, BookingDetails, BookingForm, Move, SeriesForm,
                              check_visitor, clean_details, new_booking)
from desk.rooms.intervals import block_of, local_span, when_text
from desk.rooms.openings import openings
from desk.rooms.policy import (check_headcount, check_room, check_times, clash_problem, opening_problem,
                               self_clash_problem)
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, BookingInfo, booking_info, json_dates, room_info
from desk.rooms.series import SKIPPED, SeriesPreview, plan_series
from desk.rooms.transitions import ACTIONS, ENTITY, logged, set_state
from desk.text import clean_text

_LISTED = 8  # dates named in a refusal; the preview lists them all


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    bookings: tuple[BookingInfo, ...]
    skipped: tuple[date, ...]


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    username: str
    action: str  # booking.create, booking.move, booking.cancel, ...
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    detail: str  # the reason, when one was given


def _dates_text(days: list[date]) -> str:
    text = ", ".join(day.isoformat() for day in days[:_LISTED])
    return text + (" …" if len(days) > _LISTED else "")


class BookingService:
    def __init__(self, store: Store, clock: CenterClock, passes: PassService) -> None:
        self.store = store
        self.clock = clock
        self.passes = passes

    # ---- reading ---------------------------------------------------------------------
    def get(self, booking_id: int) -> BookingInfo:
        with self.store.read() as session:
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise NotFound("That booking no longer exists.")
            room = session.get(Room, booking.room_id)
            return booking_info(booking, room.name if room else "")

    def of_series(self, series_id: int) -> list[BookingInfo]:
        with self.store.read() as session:
            rows = session.exec(select(Booking, Room.name).join(Room, col(Room.id) == Booking.room_id).where(
                Booking.series_id == series_id).order_by(Booking.starts_at))
            return [booking_info(b, name) for b, name in rows]

    def history(self, booking_id: int) -> list[HistoryLine]:
        """Every change of the booking, oldest first, with who made it and why."""
        with self.store.read() as session:
            rows = session.exec(select(AuditEntry).where(
                col(AuditEntry.action).in_([f"booking.{action}" for action in ACTIONS]), AuditEntry.entity == ENTITY,
                AuditEntry.entity_id == str(booking_id)).order_by(AuditEntry.id))
            return [HistoryLine(at=row.at, username=row.username, action=row.action,
                                before=json.loads(row.before) if row.before else None,
                                after=json.loads(row.after) if row.after else None, detail=row.detail)
                    for row in rows]

    # ---- booking ---------------------------------------------------------------------
    def _problems(self, session: Session, room: Room, starts_at: datetime, ends_at: datetime, now: datetime,
                  exclude: Collection[int] = ()) -> list:
        zone = self.clock.zone
        first = starts_at.astimezone(zone).date()
        days = openings(session, [room], first, first + timedelta(days=1))[room.id or 0]
        found = []
        opening = opening_problem(room, days, zone, starts_at, ends_at)
        if opening:
            found.append(opening)
        block = block_of(starts_at, ends_at, room.setup_minutes, room.cleanup_minutes)
        clashes = find_clashes(session, [Candidate(0, room.id or 0, *block)], now, exclude).get(0)
        if clashes:
            found.append(clash_problem(room, clashes, zone, starts_at, ends_at))
        return found

    @staticmethod
    def _override(actor: Actor, reason: str) -> str:
        reason = clean_text(reason, field="Override reason", max_length=200)
        if reason:
            actor.require_admin()
        return reason

    def book(self, actor: Actor, form: BookingForm) -> Done[BookingInfo]:
        """Book a room once. Pending instead of confirmed where the room needs approval."""
        details = clean_details(form.details)
        override = self._override(actor, form.override_reason)
        now = utcnow()
        check_times(form.starts_at, form.ends_at, now)
        with self.store.write() as session:
            room = check_room(session.get(Room, form.room_id))
            check_headcount(room, details.headcount)
            check_visitor(session, details.visitor_id)
            problems = self._problems(session, room, form.starts_at, form.ends_at, now)
            if problems and not override:
                raise problems[0].refusal
            state, holds = initial_state(session, actor, room, now)
            booking = new_booking(room, form.starts_at, form.ends_at, details, state=state, holds_until=holds,
                                  now=now, created_by=actor.user_id, override_reason=override if problems else "")
            if state == CONFIRMED and room.needs_approval:
                booking.decided_by, booking.decided_at = actor.user_id, now
            session.add(booking)
            session.flush()
            detail = "; ".join(f"override: {p.message}" for p in problems) + (f" ({override})" if problems else "")
            logged(session, actor, booking, room.name, "create", before=None, detail=detail)
            return Done(booking_info(booking, room.name), Changes.of(BOOKINGS))

    def preview_series(self, form: SeriesForm, *, skip: Collection[date] = (),
                       moves: Mapping[date, date | Move] | None = None) -> SeriesPreview:
        """Every date of the series with what stands in its way (nothing is saved)."""
        with self.store.read() as session:
            room = check_room(session.get(Room, form.room_id))
            rule, occurrences = plan_series(session, room, form, self.clock.zone, utcnow(), skip=skip, moves=moves)
            return SeriesPreview(room_info(room), rule, tuple(occurrences))

    def book_series(self, actor: Actor, form: SeriesForm, *, skip: Collection[date] = (),
                    moves: Mapping[date, date | Move] | None = None) -> Done[SeriesResult]:
        """Book every date of the series, all or nothing. Dates in the way must be skipped or moved."""
        details = clean_details(form.details)
        now = utcnow()
        with self.store.write() as session:
            room = check_room(session.get(Room, form.room_id))
            check_headcount(room, details.headcount)
            check_visitor(session, details.visitor_id)
            rule, occurrences = plan_series(session, room, form, self.clock.zone, now, skip=skip, moves=moves)
            bad = [o.day for o in occurrences if o.status not in ("ok", SKIPPED)]
            if bad:
                raise Refusal("{n} dates of this series cannot be booked as asked: {dates}. Skip or move them, "
                              "then book again.", n=len(bad), dates=_dates_text(bad))
            state, holds = initial_state(session, actor, room, now)
            skipped = [o.day for o in occurrences if o.status == SKIPPED]
            series = BookingSeries(
                room_id=room.id, rule=rule, picked_dates=json_dates([d.isoformat() for d in form.repeat.picked]),
                skipped_dates=json_dates([d.isoformat() for d in (*form.repeat.skipped, *skipped)]),
                first_day=form.first_day, start_time=form.start_time, end_time=form.end_time, title=details.title,
                created_by=actor.user_id, created_at=now)
            session.add(series)
            session.flush()
            rows = [new_booking(room, o.starts_at, o.ends_at, details, state=state, holds_until=holds, now=now,
                                created_by=actor.user_id, series_id=series.id)
                    for o in occurrences if o.status == "ok"]
            for row in rows:
                if state == CONFIRMED and room.needs_approval:
                    row.decided_by, row.decided_at = actor.user_id, now
            session.add_all(rows)
            session.flush()
            for row in rows:
                logged(session, actor, row, room.name, "create", before=None)
            moved = {day.isoformat(): str(move) for day, move in (moves or {}).items()}
            record(session, actor, "booking.series", entity="booking_series", entity_id=series.id,
                   after={"rule": rule, "dates": len(rows), "skipped": [d.isoformat() for d in skipped],
                          "moved": moved, "start_time": form.start_time, "end_time": form.end_time})
            return Done(SeriesResult(series.id or 0, tuple(booking_info(r, room.name) for r in rows),
                                     tuple(skipped)), Changes.of(BOOKINGS))

    # ---- changing --------------------------------------------------------------------
    def update_details(self, actor: Actor, booking_id: int, details: BookingDetails) -> Done[BookingInfo]:
        """Correct who booked, the title, contact or headcount (the time stays; see ``move``)."""
        clean = clean_details(details)
        now = utcnow()
        with self.store.write() as session:
            booking, room = self._changeable(session, booking_id, now)
            check_headcount(room, clean.headcount)
            check_visitor(session, clean.visitor_id)
            names = ("title", "purpose", "booker_kind", "booker_name", "visitor_id", "contact_name",
                     "contact_phone", "headcount")
            before = {name: getattr(booking, name) for name in names}
            for name in names:
                setattr(booking, name, getattr(clean, name))
            if {name: getattr(booking, name) for name in names} == before:
                return Done(booking_info(booking, room.name))
            booking.updated_at = now
            session.add(booking)
            session.flush()
            logged(session, actor, booking, room.name, "edit", before=before)
            return Done(booking_info(booking, room.name), Changes.of(BOOKINGS))

    def _changeable(self, session: Session, booking_id: int, now: datetime) -> tuple[Booking, Room]:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise NotFound("That booking no longer exists.")
        room = session.get(Room, booking.room_id)
        assert room is not None
        reason = self._unchangeable(booking, now)
        if reason is not None:
            raise reason
        return booking, room

    def _unchangeable(self, booking: Booking, now: datetime) -> Refusal | None:
        if booking.state not in (CONFIRMED, PENDING):
            return Refusal("This booking is {state} and can no longer be changed.", state=booking.state)
        if booking.checked_in_at is not None:
            return Refusal("This booking was checked in at {time} and can no longer be changed.",
                           time=f"{booking.checked_in_at.astimezone(self.clock.zone):%H:%M}")
        if booking.ends_at <= now:
            return Refusal("This booking is over ({when}) and can no longer be changed.",
                           when=when_text(self.clock.zone, booking.starts_at, booking.ends_at))
        return None

    def _scope(self, session: Session, booking: Booking, scope: str, now: datetime) -> list[Booking]:
        if scope not in SCOPES:
            raise ValueError(f"unknown scope {scope!r}")
        if scope == ONE or booking.series_id is None:
            return [booking]
        statement = select(Booking).where(Booking.series_id == booking.series_id,
                                          col(Booking.state).in_((CONFIRMED, PENDING)),
                                          col(Booking.checked_in_at).is_(None), col(Booking.ends_at) > now)
        if scope == FOLLOWING:
            statement = statement.where(col(Booking.starts_at) >= booking.starts_at)
        return list(session.exec(statement.order_by(Booking.starts_at)))

    def cancel(self, actor: Actor, booking_id: int, reason: str, *, scope: str = ONE) -> Done[list[BookingInfo]]:
        """Cancel one date, this and the following dates, or the whole series (dates not yet over)."""
        reason = clean_text(reason, field="Reason", max_length=200, required=True)
        now = utcnow()
        with self.store.write() as session:
            booking, room = self._changeable(session, booking_id, now)
            targets = self._scope(session, booking, scope, now)
            for target in targets:
                set_state(session, actor, target, room.name, CANCELLED, action="cancel", reason=reason)
            if booking.series_id is not None:
                series = session.get(BookingSeries, booking.series_id)
                assert series is not None
                local = [t.starts_at.astimezone(self.clock.zone).date().isoformat() for t in targets]
                series.skipped_dates = json_dates([*json.loads(series.skipped_dates), *local])
                session.add(series)
            return Done([booking_info(t, room.name) for t in targets], Changes.of(BOOKINGS))

    def move(self, actor: Actor, booking_id: int, *, day: date | None = None, start_time: str | None = None,
             end_time: str | None = None, scope: str = ONE, override_reason: str = "",
             room_id: int | None = None) -> Done[list[BookingInfo]]:
        """Move one date (or this and the following, or the whole series) to another day and/or times,
        and with ``room_id`` to another room (checked for its size, hours and bookings like a new one).

        For several dates, ``day`` shifts each by as many days as it shifts this one; new
        times replace each date's own. All moved dates are checked at once; if any cannot
        be moved, nothing is. A moved booking's QR pass is withdrawn: print a new one.
        """
        override = self._override(actor, override_reason)
        now = utcnow()
        zone = self.clock.zone
        with self.store.write() as session:
            booking, room = self._changeable(session, booking_id, now)
            targets = self._scope(session, booking, scope, now)
            if room_id is not None and room_id != room.id:
                room = self._room_to_move_to(session, actor, room_id, targets)
            check_room(room)
            shift = (day - booking.starts_at.astimezone(zone).date()) if day else timedelta(0)
            spans = {}
            for target in targets:
                start_local, end_local = target.starts_at.astimezone(zone), target.ends_at.astimezone(zone)
                spans[target.id] = local_span(zone, start_local.date() + shift, start_time or f"{start_local:%H:%M}",
                                              end_time or f"{end_local:%H:%M}")
            for starts_at, ends_at in spans.values():
                check_times(starts_at, ends_at, now)
            problems = self._move_problems(session, room, targets, spans, now)
            if problems and not override:
                if len(targets) == 1:
                    raise problems[0][1].refusal
                raise Refusal("{n} of the dates cannot be moved: {dates}. Nothing was changed.",
                              n=len(problems), dates=_dates_text(sorted(d for d, _ in problems)))
            for target in targets:
                before = {"room_id": target.room_id, "starts_at": target.starts_at, "ends_at": target.ends_at,
                          "pass_serial": target.pass_serial, "override_reason": target.override_reason}
                target.room_id = room.id or 0
                target.starts_at, target.ends_at = spans[target.id]
                target.block_start, target.block_end = block_of(*spans[target.id], room.setup_minutes,
                                                                room.cleanup_minutes)
                if target.pass_serial is not None:  # the old QR names the old time
                    self._withdraw(session, actor, target.pass_serial)
                    target.pass_serial = None
                if problems:
                    target.override_reason = override
                target.updated_at = now
                session.add(target)
                session.flush()
                detail = f"override: {override}" if problems else ""
                logged(session, actor, target, room.name, "move", before=before, detail=detail)
            moved = [booking_info(t, room.name) for t in targets]
        return Done(moved, Changes.of(BOOKINGS))

    def _room_to_move_to(self, session: Session, actor: Actor, room_id: int, targets: list[Booking]) -> Room:
        room = check_room(session.get(Room, room_id))
        for target in targets:
            check_headcount(room, target.headcount)
        if room.needs_approval and initial_state(session, actor, room, utcnow())[0] == PENDING:
            raise Refusal("{room} needs approval for bookings: cancel this one and book {room} anew, "
                          "so an approver can decide.", room=room.name)
        return room

    def _withdraw(self, session: Session, actor: Actor, serial: int) -> None:
        try:
            self.passes.revoke_in(session, actor, serial, "booking moved")
        except Refusal:
            pass  # withdrawn already: refused before anything was written

    def _move_problems(self, session: Session, room: Room, targets: list[Booking],
                       spans: dict[int | None, tuple[datetime, datetime]], now: datetime) -> list[tuple[date, Any]]:
        zone = self.clock.zone
        local = [m.astimezone(zone).date() for span in spans.values() for m in span]
        days = openings(session, [room], min(local), max(local) + timedelta(days=1))[room.id or 0]
        blocks = {key: block_of(*span, room.setup_minutes, room.cleanup_minutes) for key, span in spans.items()}
        ids = [t.id or 0 for t in targets]
        clashes = find_clashes(session, [Candidate(key, room.id or 0, *blocks[key]) for key in spans], now, ids)
        ordered = sorted(spans, key=lambda key: blocks[key])
        own = {later: earlier for earlier, later in zip(ordered, ordered[1:]) if blocks[later][0] < blocks[earlier][1]}
        problems = []
        for key, (starts_at, ends_at) in spans.items():
            problem = (opening_problem(room, days, zone, starts_at, ends_at)
                       or (clash_problem(room, clashes[key], zone, starts_at, ends_at) if key in clashes else None)
                       or (self_clash_problem(zone, *spans[own[key]]) if key in own else None))
            if problem:
                problems.append((starts_at.astimezone(zone).date(), problem))
        return problems
