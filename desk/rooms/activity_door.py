"""Taking attendance (签到) at an activity: by scanning at the door, or by a key press.

The door accepts the sign-up's own SIGNUP pass, or the resident's RESIDENT pass (their
sign-up for this activity is looked up). Someone with no sign-up is not let in by the
scan: the receptionist sees how many places are free and signs them up first (one
click), because only a person can ask how many companions came and whether the waiting
list goes first. Sign-in opens an hour before the start and closes at the end; ticking
by key has no closing time, so a paper sign-in sheet can be entered afterwards.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Activity, Pass, Signup, Visitor
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import ACTIVITIES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.passes.codec import PassKind
from desk.passes.errors import PassRejected
from desk.passes.service import PassService
from desk.rooms.activity_rows import ACTIVITY_CANCELLED, CANCELLED, WAITLIST, DoorScanResult, SignupRow
from desk.rooms.activity_rules import (
    DOOR_OPENS_MINUTES,
    emit_activity,
    emit_attendance,
    free_places,
    hhmm,
    load_activity,
    load_signup,
    signup_row_in,
    signup_snapshot,
    waitlist_position,
    when_text,
)


# What the door says; the UI translates the template, then fills the {fields} in.
DOOR_TEMPLATES: dict[str, str] = {
    "unknown_pass": ("This sign-up pass is not on the desk's list. If the resident signed up in the "
        "mini-program, sync and scan again, or find them by name."),
    "holder_unknown": "This pass is valid but its holder is no longer on record.",
    "other_kind": "This is a {kind} pass; scan the sign-up pass or the resident pass.",
    "wrong_activity": "This pass is for another activity: {title} on {date}.",
    "cancelled_signup": "{name}'s sign-up was cancelled at {time}. Sign them up again if there is room.",
    "waitlisted": "{name} is on the waiting list (number {position}) and has no place yet.",
    "repeat": "{name} already signed in at {time}.",
    "signed_in": "Welcome, {name}: signed in at {time} ({people} people).",
    "activity_cancelled": "{title} was cancelled.",
    "not_open_yet": "Sign-in for {title} opens at {time}.",
    "ended": "{title} ended at {time}; sign-in is closed. Tick latecomers on the list by hand.",
    "not_signed_up_room": ("{name} has not signed up for {title}. There is room: sign them up on the list, then "
        "scan again."),
    "not_signed_up_full": ("{name} has not signed up for {title}, and it is full. Offer them the waiting "
        "list."),
}


class DoorService:
    def __init__(self, store: Store, passes: PassService, clock: CenterClock) -> None:
        self.store = store
        self.passes = passes
        self.clock = clock

    def scan_at_door(self, actor: Actor, activity_id: int, raw: str) -> Done[DoorScanResult]:
        """Sign in whoever the scanned pass belongs to, or say plainly why not."""
        now = utcnow()
        try:
            claims = self.passes.verify_scan(actor, raw, now=now, audit_action="activity.scan_refused",
                                             entity="activity", entity_id=activity_id)
        except PassRejected as rejected:
            # Tomorrow's pass at today's activity: "another activity" says more than "not valid
            # yet". The pass service has put the refusal on record already.
            if rejected.claims is not None and rejected.claims.kind is PassKind.SIGNUP:
                with self.store.read() as session:
                    signup = _signup_with_pass(session, rejected.claims.serial)
                    if signup is not None and signup.activity_id != activity_id:
                        return Done(self._other_activity(session, signup))
            return Done(DoorScanResult("refused", rejected.template, dict(rejected.fields)))
        with self.store.write() as session:
            activity = load_activity(session, activity_id)
            if claims.kind is PassKind.SIGNUP:
                signup = _signup_with_pass(session, claims.serial)
                if signup is None:
                    return self._refused(session, actor, activity, "refused", "unknown sign-up pass",
                                         DOOR_TEMPLATES["unknown_pass"])
                if signup.activity_id != activity_id:
                    return self._wrong_activity(session, actor, activity, signup)
            elif claims.kind is PassKind.RESIDENT:
                issued = session.exec(select(Pass).where(Pass.serial == claims.serial)).first()
                visitor = session.get(Visitor, issued.visitor_id) if issued and issued.visitor_id else None
                if visitor is None or visitor.purged_at is not None:
                    return self._refused(session, actor, activity, "refused", "holder unknown",
                                         DOOR_TEMPLATES["holder_unknown"])
                signup = _signup_of(session, activity_id, visitor.id)
                if signup is None:
                    return self._not_signed_up(session, actor, activity, visitor.name or "—")
            else:
                return self._refused(session, actor, activity, "refused", f"kind {claims.kind.code}",
                                     DOOR_TEMPLATES["other_kind"],
                                     kind=claims.kind.code)
            closed = self._closed(activity, now)
            if closed is not None:
                return self._refused(session, actor, activity, "closed", "outside sign-in", *closed)
            if signup.state == CANCELLED:
                return self._refused(session, actor, activity, "cancelled", "cancelled sign-up",
                                     DOOR_TEMPLATES["cancelled_signup"], name=signup.name,
                                     time=when_text(self.clock, signup.cancelled_at or signup.created_at))
            if signup.state == WAITLIST:
                return self._refused(session, actor, activity, "waitlisted", "waiting list",
                                     DOOR_TEMPLATES["waitlisted"], name=signup.name,
                                     position=waitlist_position(session, signup))
            if signup.attended_at is not None:
                return Done(DoorScanResult("repeat", DOOR_TEMPLATES["repeat"],
                                           {"name": signup.name, "time": hhmm(self.clock, signup.attended_at)},
                                           signup_row_in(session, signup)))
            _sign_in(session, actor, activity, signup, 1 + signup.companions, now, how="scan")
            return Done(DoorScanResult("signed_in", DOOR_TEMPLATES["signed_in"],
                                       {"name": signup.name, "time": hhmm(self.clock, now),
                                        "people": signup.attended_count},
                                       signup_row_in(session, signup)), Changes.of(ACTIVITIES))

    def mark_attended(self, actor: Actor, signup_id: int, people: int | None = None) -> Done[SignupRow]:
        """Tick a sign-up by hand; ``people`` who came, default the resident and all companions."""
        now = utcnow()
        with self.store.write() as session:
            signup = load_signup(session, signup_id)
            activity = load_activity(session, signup.activity_id)
            if activity.state == ACTIVITY_CANCELLED:
                raise Refusal("{title} was cancelled; nobody can be signed in.", title=activity.title)
            opens = activity.starts_at - timedelta(minutes=DOOR_OPENS_MINUTES)
            if now < opens:
                raise Refusal("Sign-in for {title} opens at {time}.", title=activity.title,
                              time=when_text(self.clock, opens))
            if signup.state == CANCELLED:
                raise Refusal("{name}'s sign-up was cancelled; sign them up again first.", name=signup.name)
            if signup.state == WAITLIST:
                raise Refusal("{name} is on the waiting list and has no place yet.", name=signup.name)
            if signup.attended_at is not None:
                raise Refusal("{name} already signed in at {time}.", name=signup.name,
                              time=hhmm(self.clock, signup.attended_at))
            most = 1 + signup.companions
            count = most if people is None else people
            if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= most:
                raise Refusal("The number of people who came must be from 1 to {max} (the resident and "
                              "their companions).", max=most)
            _sign_in(session, actor, activity, signup, count, now, how="key")
            return Done(signup_row_in(session, signup), Changes.of(ACTIVITIES))

    def undo_attendance(self, actor: Actor, signup_id: int) -> Done[SignupRow]:
        """Take back a sign-in made by mistake (the wrong line ticked)."""
        with self.store.write() as session:
            signup = load_signup(session, signup_id)
            if signup.attended_at is None:
                raise Refusal("{name} has not signed in.", name=signup.name)
            activity = load_activity(session, signup.activity_id)
            before = signup_snapshot(signup)
            signup.attended_at, signup.attended_count = None, None
            session.add(signup)
            session.flush()
            record(session, actor, "activity.attendance_undo", entity="signup", entity_id=signup_id,
                   before=before, after=signup_snapshot(signup))
            emit_attendance(session, activity, signup)
            emit_activity(session, activity)
            return Done(signup_row_in(session, signup), Changes.of(ACTIVITIES))

    # ---- helpers -----------------------------------------------------------------------
    def _closed(self, activity: Activity, now: datetime) -> tuple[str, ...] | None:
        """(template, time) for ``_refused`` when sign-in is closed; None while it is open."""
        if activity.state == ACTIVITY_CANCELLED:
            return (DOOR_TEMPLATES["activity_cancelled"],)
        opens = activity.starts_at - timedelta(minutes=DOOR_OPENS_MINUTES)
        if now < opens:
            return (DOOR_TEMPLATES["not_open_yet"], when_text(self.clock, opens))
        if now >= activity.ends_at:
            return (DOOR_TEMPLATES["ended"],
                    when_text(self.clock, activity.ends_at))
        return None

    def _refused(self, session: Session, actor: Actor, activity: Activity, outcome: str, why: str,
                 template: str, time: str | None = None, **fields: object) -> Done[DoorScanResult]:
        fields = {"title": activity.title, **fields}
        if time is not None:
            fields["time"] = time
        record(session, actor, "activity.scan_refused", entity="activity", entity_id=activity.id, detail=why)
        return Done(DoorScanResult(outcome, template, fields))

    def _wrong_activity(self, session: Session, actor: Actor, activity: Activity,
                        signup: Signup) -> Done[DoorScanResult]:
        record(session, actor, "activity.scan_refused", entity="activity", entity_id=activity.id,
               detail="other activity")
        return Done(self._other_activity(session, signup))

    def _other_activity(self, session: Session, signup: Signup) -> DoorScanResult:
        """What the door says to the sign-up pass of another activity: which one it is for."""
        other = load_activity(session, signup.activity_id)
        return DoorScanResult("wrong_activity", DOOR_TEMPLATES["wrong_activity"],
                              {"title": other.title, "date": when_text(self.clock, other.starts_at)})

    def _not_signed_up(self, session: Session, actor: Actor, activity: Activity,
                       name: str) -> Done[DoorScanResult]:
        closed = self._closed(activity, utcnow())
        if closed is not None:
            return self._refused(session, actor, activity, "closed", "outside sign-in", *closed)
        free = free_places(session, activity)
        if free is None or free > 0:
            template = DOOR_TEMPLATES["not_signed_up_room"]
        else:
            template = DOOR_TEMPLATES["not_signed_up_full"]
        return self._refused(session, actor, activity, "not_signed_up", "no sign-up", template, name=name)


def _signup_with_pass(session: Session, serial: int) -> Signup | None:
    return session.exec(select(Signup).where(Signup.pass_serial == serial)).first()


def _signup_of(session: Session, activity_id: int, visitor_id: int | None) -> Signup | None:
    """The resident's live sign-up for the activity, else their latest cancelled one."""
    rows = session.exec(select(Signup).where(Signup.activity_id == activity_id, Signup.visitor_id == visitor_id)
                        .order_by(col(Signup.created_at).desc())).all()
    live = [s for s in rows if s.state != CANCELLED]
    return (live or rows or [None])[0]


def _sign_in(session: Session, actor: Actor, activity: Activity, signup: Signup, count: int,
             now: datetime, *, how: str) -> None:
    before = signup_snapshot(signup)
    signup.attended_at, signup.attended_count = now, count
    session.add(signup)
    session.flush()
    record(session, actor, "activity.attendance", entity="signup", entity_id=signup.id, before=before,
           after=signup_snapshot(signup), detail=how)
    emit_attendance(session, activity, signup)
    emit_activity(session, activity)
