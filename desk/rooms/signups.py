"""Sign-ups (报名): at the desk, by resident pass, and from the city mini-program.

A sign-up holds places for a resident and their companions. When the places are full it
goes on the waiting list; cancelling a place moves waiting groups up in the same
transaction (the rule is in ``activity_rules``). Nothing is deleted: a cancelled sign-up
keeps its row, and the person may sign up again at the end of the queue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Activity, Pass, Signup, Visitor
from desk.accounts.actor import SYSTEM, Actor
from desk.audit.trail import record
from desk.changes import ACTIVITIES, NOTHING, PASSES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotAllowed, NotFound, Refusal
from desk.passes.codec import PassKind, decode
from desk.passes.normalize import normalize_scan
from desk.passes.service import IssuedPass, PassService
from desk.rooms.activity_rows import (
    ACTIVITY_CANCELLED,
    CANCELLED,
    CONFIRMED,
    WAITLIST,
    SignupForm,
    SignupOutcome,
    SignupImportReport,
    UpstreamSignup,
)
from desk.rooms.activity_rules import (
    DOOR_OPENS_MINUTES,
    emit_activity,
    emit_signup,
    fits,
    load_activity,
    load_signup,
    promote_waiting,
    signup_row_in,
    signup_snapshot,
    waitlist_position,
    when_text,
)
from desk.text import clean_text, mask_phone, validate_phone
from desk.visits.registry import search_visitors

MAX_COMPANIONS = 10


@dataclass(frozen=True)
class ResidentMatch:
    """A known resident found by phone, name or pinyin, and whether they already signed up."""

    visitor_id: int
    name: str
    phone_masked: str
    signed_up: bool


class SignupService:
    def __init__(self, store: Store, passes: PassService, clock: CenterClock) -> None:
        self.store = store
        self.passes = passes
        self.clock = clock

    # ---- finding people ---------------------------------------------------------------
    def find_residents(self, activity_id: int, text: str, limit: int = 20) -> list[ResidentMatch]:
        """The returning-visitor search of the visit desk, marked with who is on the list."""
        with self.store.read() as session:
            found = search_visitors(session, text, limit=limit)
            taken = set(session.exec(select(Signup.visitor_id).where(
                Signup.activity_id == activity_id, Signup.state != CANCELLED,
                col(Signup.visitor_id).in_([v.id for v in found]))))
            return [ResidentMatch(v.id, v.name or "", mask_phone(v.phone), v.id in taken)
                    for v in found if v.id is not None]

    # ---- signing up -------------------------------------------------------------------
    def sign_up(self, actor: Actor, activity_id: int, form: SignupForm) -> Done[SignupOutcome]:
        """A place if the group fits the free places, else the end of the waiting list."""
        companions = _checked_companions(form.companions)
        typed_name = clean_text(form.name, field="Name", max_length=50)
        typed_phone = validate_phone(form.phone) or ""
        now = utcnow()
        with self.store.write() as session:
            activity = load_activity(session, activity_id)
            if form.visitor_id is not None:
                visitor = _live_visitor(session, form.visitor_id)
                name, phone = visitor.name or typed_name, visitor.phone or typed_phone
                visitor_id: int | None = visitor.id
            else:
                name, phone = typed_name, typed_phone
                visitor_id = _visitor_with_phone(session, phone)
            if not name:
                raise Refusal("Name is required.")
            signup = self._insert(session, actor, activity, visitor_id=visitor_id, name=name, phone=phone,
                                  companions=companions, source="desk", now=now)
            return Done(SignupOutcome(signup_row_in(session, signup)), Changes.of(ACTIVITIES))

    def sign_up_by_pass(self, actor: Actor, activity_id: int, raw: str, *,
                        companions: int = 0) -> Done[SignupOutcome]:
        """Sign up the holder of a scanned resident pass. A refused pass is audited."""
        companions = _checked_companions(companions)
        now = utcnow()
        claims = self.passes.verify_scan(actor, raw, now=now, audit_action="activity.scan_refused",
                                         detail="sign-up, ")
        if claims.kind is not PassKind.RESIDENT:
            raise Refusal("Scan the resident's own pass (this is a {kind} pass).", kind=claims.kind.code)
        with self.store.write() as session:
            activity = load_activity(session, activity_id)
            issued = session.exec(select(Pass).where(Pass.serial == claims.serial)).first()
            if issued is None or issued.visitor_id is None:
                raise NotFound("This pass is valid but its holder is no longer on record.")
            visitor = _live_visitor(session, issued.visitor_id)
            if not visitor.name:
                raise Refusal("This resident's name is not on record; sign them up by typing their name.")
            signup = self._insert(session, actor, activity, visitor_id=visitor.id, name=visitor.name,
                                  phone=visitor.phone or "", companions=companions, source="pass", now=now)
            return Done(SignupOutcome(signup_row_in(session, signup)), Changes.of(ACTIVITIES))

    def _insert(self, session: Session, actor: Actor, activity: Activity, *, visitor_id: int | None,
                name: str, phone: str, companions: int, source: str, now: datetime,
                created_at: datetime | None = None, upstream_id: str | None = None,
                pass_serial: int | None = None) -> Signup:
        """Every check first, then the row: a refusal leaves the session untouched."""
        if activity.state == ACTIVITY_CANCELLED:
            raise Refusal("{title} was cancelled; nobody can sign up for it.", title=activity.title)
        if now >= activity.ends_at:
            raise Refusal("{title} ended at {time}; sign-ups are closed.", title=activity.title,
                          time=when_text(self.clock, activity.ends_at))
        self._refuse_duplicate(session, activity, visitor_id=visitor_id, name=name, phone=phone)
        state = CONFIRMED if fits(session, activity, 1 + companions) else WAITLIST
        signup = Signup(activity_id=activity.id, visitor_id=visitor_id, name=name, phone=phone,
                        companions=companions, state=state, source=source, upstream_id=upstream_id,
                        pass_serial=pass_serial, created_at=created_at or now)
        session.add(signup)
        session.flush()
        record(session, actor, "activity.signup", entity="signup", entity_id=signup.id,
               after=signup_snapshot(signup))
        emit_signup(session, activity, signup)
        emit_activity(session, activity)
        return signup

    def _refuse_duplicate(self, session: Session, activity: Activity, *, visitor_id: int | None,
                          name: str, phone: str) -> None:
        live = session.exec(select(Signup).where(Signup.activity_id == activity.id,
                                                 Signup.state != CANCELLED)).all()
        for other in live:
            same = ((visitor_id is not None and other.visitor_id == visitor_id)
                    or (phone and other.phone == phone)
                    or (not phone and not other.phone and other.name == name))
            if not same:
                continue
            if visitor_id is None and not phone and not other.phone:
                raise Refusal("{name} is already on the list of this activity. If this is another person "
                              "with the same name, add their phone number.", name=other.name)
            if other.state == WAITLIST:
                raise Refusal("{name} is already on the waiting list of this activity (number {position}).",
                              name=other.name, position=waitlist_position(session, other))
            raise Refusal("{name} is already signed up for this activity (since {time}).",
                          name=other.name, time=when_text(self.clock, other.created_at))

    # ---- changing and cancelling ------------------------------------------------------
    def cancel(self, actor: Actor, signup_id: int, reason: str = "") -> Done[SignupOutcome]:
        """Give the places back; waiting groups that fit move up in the same transaction."""
        reason = clean_text(reason, field="Reason", max_length=200)
        now = utcnow()
        with self.store.write() as session:
            signup = load_signup(session, signup_id)
            if signup.state == CANCELLED:
                raise Refusal("This sign-up was already cancelled at {time}.",
                              time=when_text(self.clock, signup.cancelled_at or signup.created_at))
            if signup.attended_at is not None:
                raise Refusal("{name} already came to the activity; their sign-up cannot be cancelled.",
                              name=signup.name)
            activity = load_activity(session, signup.activity_id)
            before = signup_snapshot(signup)
            signup.state, signup.cancelled_at = CANCELLED, now
            session.add(signup)
            session.flush()
            record(session, actor, "activity.signup_cancel", entity="signup", entity_id=signup_id,
                   before=before, after=signup_snapshot(signup), detail=reason)
            return _settled(session, actor, activity, signup, now)

    def change_companions(self, actor: Actor, signup_id: int, companions: int) -> Done[SignupOutcome]:
        """More companions need free places (no jumping the queue); fewer free places up."""
        companions = _checked_companions(companions)
        now = utcnow()
        with self.store.write() as session:
            signup = load_signup(session, signup_id)
            if signup.state == CANCELLED:
                raise Refusal("This sign-up was cancelled; sign the resident up again instead.")
            activity = load_activity(session, signup.activity_id)
            extra = companions - signup.companions
            if signup.state == CONFIRMED and extra > 0 and not fits(session, activity, extra):
                raise Refusal("Not enough free places for {extra} more people. Sign the others up "
                              "separately; they will go on the waiting list.", extra=extra)
            before = signup_snapshot(signup)
            signup.companions = companions
            session.add(signup)
            session.flush()
            record(session, actor, "activity.signup_update", entity="signup", entity_id=signup_id,
                   before=before, after=signup_snapshot(signup))
            return _settled(session, actor, activity, signup, now)

    # ---- the sign-up pass -------------------------------------------------------------
    def issue_pass(self, actor: Actor, signup_id: int) -> Done[IssuedPass]:
        """A SIGNUP pass (QR) valid from sign-in opening to the end of the activity.

        Issued, linked and (for a pass issued again) the earlier one withdrawn, all in
        one transaction: a sign-up cancelled meanwhile can never end up with a live pass.
        """
        with self.store.write() as session:
            signup = load_signup(session, signup_id)
            activity = load_activity(session, signup.activity_id)
            if signup.state == CANCELLED or activity.state == ACTIVITY_CANCELLED:
                raise Refusal("This sign-up or its activity was cancelled; no pass can be issued.")
            if utcnow() >= activity.ends_at:
                raise Refusal("{title} is over; no pass can be issued.", title=activity.title)
            issued = self.passes.issue_in(
                session, actor, kind=PassKind.SIGNUP, visitor_id=signup.visitor_id,
                valid_from=activity.starts_at - timedelta(minutes=DOOR_OPENS_MINUTES),
                valid_until=activity.ends_at)
            old = signup.pass_serial
            if old is not None:
                try:
                    self.passes.revoke_in(session, actor, old, "sign-up pass replaced")
                except Refusal:
                    pass  # withdrawn already: refused before anything was written
            signup.pass_serial = issued.serial
            session.add(signup)
            record(session, actor, "activity.signup_pass", entity="signup", entity_id=signup_id,
                   before={"pass_serial": old}, after={"pass_serial": issued.serial})
        return Done(issued, Changes.of(ACTIVITIES, PASSES))

    # ---- from the city mini-program ---------------------------------------------------
    def import_upstream_signups(self, actor: Actor, entries: Iterable[UpstreamSignup]) -> Done[SignupImportReport]:
        """Add sign-ups made upstream; ones already imported (same upstream id) are skipped.

        Each entry's QR is checked like any pass (signature, this center, not withdrawn)
        but not against the clock: it is valid at the door later. One bad entry is refused
        with its reason and does not stop the others.
        """
        if not (actor.is_admin or actor.role == SYSTEM.role):
            raise NotAllowed("Only an administrator may do this. Ask an administrator to sign in.")
        entries = list(entries)
        refused: list[tuple[str, str]] = []
        serials: dict[str, int | None] = {}
        for entry in entries:
            try:
                serials[entry.upstream_id] = self._upstream_serial(entry.pass_text)
            except Refusal as error:
                refused.append((entry.upstream_id, error.message))
        now = utcnow()
        added, known = [], 0
        with self.store.write() as session:
            for entry in entries:
                if entry.upstream_id not in serials:
                    continue
                if session.exec(select(Signup.id).where(Signup.upstream_id == entry.upstream_id)).first():
                    known += 1
                    continue
                try:
                    added.append(self._insert_upstream(session, actor, entry, serials[entry.upstream_id], now))
                except Refusal as error:
                    refused.append((entry.upstream_id, error.message))
            rows = tuple(signup_row_in(session, s) for s in added)
            if added or refused:
                record(session, actor, "activity.import_upstream", entity="signup",
                       detail=f"{len(added)} added, {known} known, {len(refused)} refused")
        return Done(SignupImportReport(rows, known, tuple(refused)), Changes.of(ACTIVITIES) if added else NOTHING)

    def _upstream_serial(self, pass_text: str) -> int | None:
        text = normalize_scan(pass_text or "")
        if not text:
            return None
        claims, _message, _signature = decode(text)
        if claims.kind is not PassKind.SIGNUP:
            raise Refusal("The sign-up's code is a {kind} pass, not a sign-up pass.", kind=claims.kind.code)
        # Checked at its own start, so that only the signature, the center and the
        # revocation list decide here.
        self.passes.verify(text, now=claims.valid_from)
        return claims.serial

    def _insert_upstream(self, session: Session, actor: Actor, entry: UpstreamSignup,
                         serial: int | None, now: datetime) -> Signup:
        upstream_id = clean_text(entry.upstream_id, field="Upstream id", max_length=64, required=True)
        name = clean_text(entry.name, field="Name", max_length=50, required=True)
        phone = validate_phone(entry.phone) or ""
        companions = _checked_companions(entry.companions)
        activity = session.get(Activity, entry.activity_id)
        if activity is None:
            raise NotFound("There is no activity {activity} at this center.", activity=entry.activity_id)
        if serial is not None and session.exec(select(Signup.id).where(Signup.pass_serial == serial)).first():
            raise Refusal("The sign-up pass {serial} already belongs to another sign-up.", serial=serial)
        # Queue order is when the resident signed up, not when the sync came through.
        signed_up_at = min(entry.signed_up_at, now) if entry.signed_up_at else now
        return self._insert(session, actor, activity, visitor_id=_visitor_with_phone(session, phone),
                            name=name, phone=phone, companions=companions, source="upstream", now=now,
                            created_at=signed_up_at, upstream_id=upstream_id, pass_serial=serial)


def _settled(session: Session, actor: Actor, activity: Activity, signup: Signup,
             now: datetime) -> Done[SignupOutcome]:
    """The end of a cancellation or a change of companions: places given back go to the waiting
    groups that now fit, in the same transaction, and the sync hears of all of it."""
    emit_signup(session, activity, signup)
    promoted = promote_waiting(session, actor, activity, now)
    emit_activity(session, activity)
    return Done(SignupOutcome(signup_row_in(session, signup), tuple(signup_row_in(session, s) for s in promoted)),
                Changes.of(ACTIVITIES))


def _checked_companions(companions: int) -> int:
    if isinstance(companions, bool) or not isinstance(companions, int) or not 0 <= companions <= MAX_COMPANIONS:
        raise Refusal("Companions must be a whole number from 0 to {max}.", max=MAX_COMPANIONS)
    return companions


def _live_visitor(session: Session, visitor_id: int) -> Visitor:
    visitor = session.get(Visitor, visitor_id)
    if visitor is None or visitor.purged_at is not None:
        raise NotFound("This visitor's record no longer exists.")
    return visitor


def _visitor_with_phone(session: Session, phone: str) -> int | None:
    """Link a typed-in resident to the visitor with that phone, so their pass finds the sign-up."""
    if not phone:
        return None
    return session.exec(select(Visitor.id).where(Visitor.phone == phone,
                                                 col(Visitor.purged_at).is_(None))).first()
