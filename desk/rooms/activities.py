"""Activities (活动): what, who organises it, where, when and for how many people.

An activity either uses one of the center's room bookings (its times default to the
booking's and its capacity may not exceed the room's) or names a place in words. It is
never deleted: a cancelled activity keeps its sign-ups, so the figures and the residents
who were told can still be traced. Sign-ups, the door, volunteer hours and evidence
each have their own service, reachable from this one (``activities.signups`` ...).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Activity, Booking, Room, Signup
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import ACTIVITIES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.passes.service import PassService
from desk.rooms.activity_door import DoorService
from desk.rooms.activity_rows import (
    ACTIVITY_CANCELLED,
    CANCELLED,
    CONFIRMED,
    OPEN,
    WAITLIST,
    ActivityDetail,
    ActivityForm,
    ActivityInfo,
    AttendanceSummary,
)
from desk.rooms.activity_rules import (
    activity_info,
    activity_snapshot,
    emit_activity,
    load_activity,
    places_used,
    promote_waiting,
    signup_row,
    when_text,
)
from desk.rooms.evidence import EvidenceService
from desk.rooms.signups import SignupService
from desk.rooms.volunteers import VolunteerHours
from desk.text import clean_text

MAX_CAPACITY = 10_000
# Booking states in which the room is not (or no longer) taken.
_DEAD_BOOKING_STATES = ("cancelled", "rejected", "released")


class ActivityService:
    def __init__(self, store: Store, passes: PassService, clock: CenterClock | None = None) -> None:
        self.store = store
        self.clock = clock or CenterClock()
        self.signups = SignupService(store, passes, self.clock)
        self.door = DoorService(store, passes, self.clock)
        self.volunteers = VolunteerHours(store, self.clock)
        self.evidence = EvidenceService(store)

    # ---- writing ---------------------------------------------------------------------
    def create(self, actor: Actor, form: ActivityForm) -> Done[ActivityInfo]:
        text = _clean_texts(form)
        now = utcnow()
        with self.store.write() as session:
            starts_at, ends_at, capacity = self._checked_times_and_capacity(session, form)
            activity = Activity(**text, booking_id=form.booking_id, starts_at=starts_at, ends_at=ends_at,
                                capacity=capacity, state=OPEN, created_by=actor.user_id, created_at=now)
            session.add(activity)
            session.flush()
            record(session, actor, "activity.create", entity="activity", entity_id=activity.id,
                   after=activity_snapshot(activity))
            emit_activity(session, activity)
            return Done(activity_info(session, activity), Changes.of(ACTIVITIES))

    def update(self, actor: Actor, activity_id: int, form: ActivityForm) -> Done[ActivityInfo]:
        """Change the details; a higher capacity gives places to the waiting list at once."""
        text = _clean_texts(form)
        now = utcnow()
        with self.store.write() as session:
            activity = load_activity(session, activity_id)
            if activity.state == ACTIVITY_CANCELLED:
                raise Refusal("This activity was cancelled; it can no longer be changed.")
            starts_at, ends_at, capacity = self._checked_times_and_capacity(session, form)
            used = places_used(session, activity_id)
            if capacity and capacity < used:
                raise Refusal("{used} places are already taken, so the capacity cannot be {capacity}. "
                              "Cancel sign-ups first, or keep at least {used} places.",
                              used=used, capacity=capacity)
            before = activity_snapshot(activity)
            for name, value in text.items():
                setattr(activity, name, value)
            activity.booking_id, activity.starts_at, activity.ends_at = form.booking_id, starts_at, ends_at
            activity.capacity = capacity
            session.add(activity)
            session.flush()
            record(session, actor, "activity.update", entity="activity", entity_id=activity_id,
                   before=before, after=activity_snapshot(activity))
            promote_waiting(session, actor, activity, now)
            emit_activity(session, activity)
            return Done(activity_info(session, activity), Changes.of(ACTIVITIES))

    def cancel(self, actor: Actor, activity_id: int, reason: str = "") -> Done[ActivityInfo]:
        """Call the activity off. Its sign-ups are kept as they were, for the record and for
        ringing the people who signed up."""
        reason = clean_text(reason, field="Reason", max_length=200)
        with self.store.write() as session:
            activity = load_activity(session, activity_id)
            if activity.state == ACTIVITY_CANCELLED:
                raise Refusal("This activity was already cancelled.")
            activity.state = ACTIVITY_CANCELLED
            session.add(activity)
            record(session, actor, "activity.cancel", entity="activity", entity_id=activity_id,
                   before={"state": OPEN}, after={"state": ACTIVITY_CANCELLED}, detail=reason)
            emit_activity(session, activity)
            return Done(activity_info(session, activity), Changes.of(ACTIVITIES))

    def _checked_times_and_capacity(self, session: Session, form: ActivityForm) -> tuple[datetime, datetime, int]:
        starts_at, ends_at = form.starts_at, form.ends_at
        room: Room | None = None
        if form.booking_id is not None:
            booking = session.get(Booking, form.booking_id)
            if booking is None:
                raise Refusal("The room booking {booking} does not exist. Choose the booking again, or "
                              "type the place instead.", booking=form.booking_id)
            if booking.state in _DEAD_BOOKING_STATES:
                raise Refusal("The room booking for {when} was {state}; book the room again, or type "
                              "the place instead.", when=when_text(self.clock, booking.starts_at),
                              state=booking.state)
            room = session.get(Room, booking.room_id)
            starts_at = starts_at or booking.starts_at
            ends_at = ends_at or booking.ends_at
            if starts_at < booking.starts_at or ends_at > booking.ends_at:
                raise Refusal("The activity must take place within its room booking ({start} to {end}).",
                              start=when_text(self.clock, booking.starts_at),
                              end=when_text(self.clock, booking.ends_at))
        elif not form.place.strip():
            raise Refusal("Choose a room booking or type where the activity takes place.")
        if starts_at is None or ends_at is None:
            raise Refusal("Give the start and end time of the activity.")
        if starts_at.tzinfo is None or ends_at.tzinfo is None:
            raise ValueError("activity times must be timezone-aware")
        if ends_at <= starts_at:
            raise Refusal("The activity must end after it starts (it starts at {start}).",
                          start=when_text(self.clock, starts_at))
        capacity = form.capacity
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 0:
            raise Refusal("The number of places must be a whole number, 0 or more (0: no limit).")
        if capacity > MAX_CAPACITY:
            raise Refusal("The number of places can be at most {max}.", max=MAX_CAPACITY)
        if room is not None:
            if capacity > room.capacity:
                raise Refusal("{room} holds at most {room_capacity} people; the activity cannot have "
                              "{capacity} places there.", room=room.name, room_capacity=room.capacity,
                              capacity=capacity)
            # A booked room is never "unlimited": it holds what it holds.
            capacity = capacity or room.capacity
        return starts_at, ends_at, capacity

    # ---- reading ---------------------------------------------------------------------
    def get(self, activity_id: int) -> ActivityInfo:
        with self.store.read() as session:
            return activity_info(session, load_activity(session, activity_id))

    def list_period(self, first: date, last: date, *, include_cancelled: bool = True) -> list[ActivityInfo]:
        """Activities that take place (even partly) on the local days first..last, by start."""
        start, _ = self.clock.day_bounds(first)
        _, end = self.clock.day_bounds(last)
        statement = select(Activity).where(Activity.starts_at < end, Activity.ends_at > start)
        if not include_cancelled:
            statement = statement.where(Activity.state == OPEN)
        with self.store.read() as session:
            return [activity_info(session, a)
                    for a in session.exec(statement.order_by(col(Activity.starts_at), col(Activity.id)))]

    def detail(self, activity_id: int) -> ActivityDetail:
        """One activity with its sign-ups: confirmed, the waiting list in order, cancelled."""
        with self.store.read() as session:
            activity = load_activity(session, activity_id)
            signups = session.exec(select(Signup).where(Signup.activity_id == activity_id)
                                   .order_by(col(Signup.created_at), col(Signup.id))).all()
            waiting = [s for s in signups if s.state == WAITLIST]
            return ActivityDetail(
                activity=activity_info(session, activity),
                confirmed=tuple(signup_row(s) for s in signups if s.state == CONFIRMED),
                waitlist=tuple(signup_row(s, n) for n, s in enumerate(waiting, start=1)),
                cancelled=tuple(signup_row(s) for s in signups if s.state == CANCELLED),
            )

    def attendance(self, activity_id: int) -> AttendanceSummary:
        with self.store.read() as session:
            activity = load_activity(session, activity_id)
            confirmed = session.exec(select(Signup).where(Signup.activity_id == activity_id,
                                                          Signup.state == CONFIRMED)).all()
            came = [s for s in confirmed if s.attended_at is not None]
            return AttendanceSummary(
                activity_id=activity_id, title=activity.title, signed_up=len(confirmed),
                signed_up_people=sum(1 + s.companions for s in confirmed), attended=len(came),
                no_shows=len(confirmed) - len(came),
                attended_people=sum(s.attended_count or 0 for s in came),
            )


def _clean_texts(form: ActivityForm) -> dict[str, str]:
    return {
        "title": clean_text(form.title, field="Title", max_length=100, required=True),
        "organiser": clean_text(form.organiser, field="Organiser", max_length=100),
        "description": clean_text(form.description, field="Description", max_length=1000, multiline=True),
        "place": clean_text(form.place, field="Place", max_length=100),
    }
