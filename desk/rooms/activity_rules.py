"""Rules shared by the activity services: places, the waiting list, rows and sync events.

The waiting-list rule (pretix's "no queue-jumping", adapted to groups):

* The waiting list is ordered by ``created_at`` (then id): first come, first served.
* Whenever places free up (a cancellation, fewer companions, a higher capacity), the
  list is walked in that order and every group that fits the free places is given one,
  in the same transaction as the change that freed them.
* A group that does not fit is skipped but keeps its place at the front: the next
  places that free up are offered to it first. A later, smaller group only takes places
  the groups ahead of it could not use, so nobody loses a place to someone behind them.
* So after every change, no waiting group fits the free places, and a new sign-up is
  given a place exactly when its group fits them (it cannot take anything a waiting
  group could have used).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from db.tables import Activity, Booking, Room, Signup
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.clock import CenterClock
from desk.errors import NotFound
from desk.rooms.activity_rows import CONFIRMED, WAITLIST, ActivityInfo, SignupRow
from desk.sync.outbox import emit
from desk.text import mask_name, mask_phone

# Sign-in at the door opens this long before the start, for people who come early.
DOOR_OPENS_MINUTES = 60


def load_activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound("This activity no longer exists.")
    return activity


def load_signup(session: Session, signup_id: int) -> Signup:
    signup = session.get(Signup, signup_id)
    if signup is None:
        raise NotFound("This sign-up no longer exists.")
    return signup


def people(signup: Signup) -> int:
    return 1 + signup.companions


def places_used(session: Session, activity_id: int) -> int:
    total = session.exec(
        select(func.coalesce(func.sum(Signup.companions + 1), 0))
        .where(Signup.activity_id == activity_id, Signup.state == CONFIRMED)
    ).one()
    return int(total or 0)


def waiting_list(session: Session, activity_id: int) -> list[Signup]:
    return list(session.exec(
        select(Signup).where(Signup.activity_id == activity_id, Signup.state == WAITLIST)
        .order_by(col(Signup.created_at), col(Signup.id))
    ))


def free_places(session: Session, activity: Activity) -> int | None:
    """None when the activity has no limit."""
    if activity.capacity == 0:
        return None
    return max(0, activity.capacity - places_used(session, activity.id))


def fits(session: Session, activity: Activity, size: int) -> bool:
    free = free_places(session, activity)
    return free is None or size <= free


def promote_waiting(session: Session, actor: Actor, activity: Activity, now: datetime) -> list[Signup]:
    """Give places to waiting groups that fit, in order (see the module's rule)."""
    free = free_places(session, activity)
    promoted: list[Signup] = []
    for signup in waiting_list(session, activity.id):
        if free is not None and people(signup) > free:
            continue  # keeps its place at the front for the next places that free up
        signup.state, signup.promoted_at = CONFIRMED, now
        session.add(signup)
        if free is not None:
            free -= people(signup)
        record(session, actor, "activity.signup_promote", entity="signup", entity_id=signup.id,
               before={"state": WAITLIST}, after={"state": CONFIRMED, "promoted_at": now})
        emit_signup(session, activity, signup)
        promoted.append(signup)
    if promoted:
        session.flush()
    return promoted


def waitlist_position(session: Session, signup: Signup) -> int | None:
    if signup.state != WAITLIST:
        return None
    ahead = session.exec(
        select(func.count()).select_from(Signup).where(
            Signup.activity_id == signup.activity_id, Signup.state == WAITLIST,
            (col(Signup.created_at) < signup.created_at)
            | ((col(Signup.created_at) == signup.created_at) & (col(Signup.id) < signup.id)))
    ).one()
    return int(ahead) + 1


def signup_row(signup: Signup, position: int | None = None) -> SignupRow:
    assert signup.id is not None
    return SignupRow(
        id=signup.id, activity_id=signup.activity_id, visitor_id=signup.visitor_id, name=signup.name,
        phone_masked=mask_phone(signup.phone), companions=signup.companions, state=signup.state,
        source=signup.source, position=position, pass_serial=signup.pass_serial,
        created_at=signup.created_at, promoted_at=signup.promoted_at, attended_at=signup.attended_at,
        attended_count=signup.attended_count, cancelled_at=signup.cancelled_at,
    )


def signup_row_in(session: Session, signup: Signup) -> SignupRow:
    return signup_row(signup, waitlist_position(session, signup))


def signup_snapshot(signup: Signup) -> dict[str, Any]:
    """For the audit trail: the masked phone only, like every other log line."""
    return {"activity_id": signup.activity_id, "visitor_id": signup.visitor_id, "name": signup.name,
            "phone": mask_phone(signup.phone), "companions": signup.companions, "state": signup.state,
            "source": signup.source, "upstream_id": signup.upstream_id, "pass_serial": signup.pass_serial,
            "attended_at": signup.attended_at, "attended_count": signup.attended_count}


def activity_snapshot(activity: Activity) -> dict[str, Any]:
    return {"title": activity.title, "organiser": activity.organiser, "description": activity.description,
            "booking_id": activity.booking_id, "place": activity.place, "starts_at": activity.starts_at,
            "ends_at": activity.ends_at, "capacity": activity.capacity, "state": activity.state}


def room_of(session: Session, activity: Activity) -> Room | None:
    if activity.booking_id is None:
        return None
    booking = session.get(Booking, activity.booking_id)
    return session.get(Room, booking.room_id) if booking is not None else None


def activity_info(session: Session, activity: Activity) -> ActivityInfo:
    assert activity.id is not None
    counts = dict(session.exec(
        select(Signup.state, func.count()).where(Signup.activity_id == activity.id).group_by(Signup.state)
    ).all())
    attended = session.exec(
        select(func.coalesce(func.sum(Signup.attended_count), 0))
        .where(Signup.activity_id == activity.id, col(Signup.attended_at).is_not(None))
    ).one()
    room = room_of(session, activity)
    return ActivityInfo(
        id=activity.id, title=activity.title, organiser=activity.organiser,
        description=activity.description, booking_id=activity.booking_id,
        room_name=room.name if room else "", place=room.name if room else activity.place,
        starts_at=activity.starts_at, ends_at=activity.ends_at, capacity=activity.capacity,
        state=activity.state, source=activity.source, places_used=places_used(session, activity.id),
        waiting=int(counts.get(WAITLIST, 0)), attended=int(attended or 0),
    )


# ---- sync events: public facts only, names masked (张*), never a phone ---------------------
def emit_activity(session: Session, activity: Activity) -> None:
    info = activity_info(session, activity)
    emit(session, "activities.activity", {
        "id": info.id, "title": info.title, "organiser": info.organiser, "place": info.place,
        "starts_at": info.starts_at, "ends_at": info.ends_at, "capacity": info.capacity,
        "state": info.state, "places_used": info.places_used, "waiting": info.waiting,
        "source": activity.source, "upstream_id": activity.upstream_id,
    })


def emit_signup(session: Session, activity: Activity, signup: Signup) -> None:
    emit(session, "activities.signup", {
        "activity_id": activity.id, "signup_id": signup.id, "name": mask_name(signup.name),
        "people": people(signup), "state": signup.state, "source": signup.source,
        "upstream_id": signup.upstream_id,
    })


def emit_attendance(session: Session, activity: Activity, signup: Signup) -> None:
    emit(session, "activities.attendance", {
        "activity_id": activity.id, "signup_id": signup.id, "name": mask_name(signup.name),
        "attended_at": signup.attended_at, "people": signup.attended_count or 0,
        "source": signup.source, "upstream_id": signup.upstream_id,
    })


def hhmm(clock: CenterClock, moment: datetime) -> str:
    return clock.local(moment).strftime("%H:%M")


def when_text(clock: CenterClock, moment: datetime) -> str:
    return clock.local(moment).strftime("%Y-%m-%d %H:%M")
