"""The roster by hand: reading duties, assigning, covering, swapping, removing, and leave.

Receptionists may do all of this. The past is history: a duty that has started can no
longer be changed. Every change is audited and sends the affected days' duties to the
outbox ("roster.day"), in the transaction that makes the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Duty, Leave, Post, Shift, Staff
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import CenterService
from desk.changes import ROSTER, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.roster.generate import duty_times, emit_days, staff_active
from desk.text import clean_text


@dataclass(frozen=True)
class DutyInfo:
    id: int
    day: date
    post_id: int
    post_name: str
    shift_id: int
    shift_name: str
    staff_id: int
    staff_name: str
    start: str  # local "HH:MM"
    end: str  # local "HH:MM"; the next day when not after start
    starts_at: datetime  # aware UTC
    ends_at: datetime
    source: str  # auto | manual | swap | cover
    original_staff_id: int | None
    original_staff_name: str
    reason: str
    rotation_id: int | None


@dataclass(frozen=True)
class LeaveInfo:
    id: int
    staff_id: int
    staff_name: str
    kind: str
    starts_on: date
    ends_on: date
    note: str


@dataclass(frozen=True)
class LeaveResult:
    leave: LeaveInfo
    duties: tuple[DutyInfo, ...]  # the person's duties during the leave, to reassign


_Original = aliased(Staff)


def _duty_query():  # noqa: ANN202 - a select of a tuple of columns
    return (select(Duty, Post.name, Shift.name, Shift.start, Shift.end, Staff.name, _Original.name)
            .join(Post, col(Post.id) == Duty.post_id).join(Shift, col(Shift.id) == Duty.shift_id)
            .join(Staff, col(Staff.id) == Duty.staff_id)
            .outerjoin(_Original, col(_Original.id) == Duty.original_staff_id))


def load_duties(session: Session, start_day: date, end_day: date, *, post_id: int | None = None,
                staff_id: int | None = None, clock: CenterClock | None = None) -> list[DutyInfo]:
    """Duties (not removed) of the days start_day..end_day, in the caller's transaction."""
    statement = _duty_query().where(col(Duty.day) >= start_day, col(Duty.day) <= end_day,
                                    Duty.removed == False)  # noqa: E712
    if post_id is not None:
        statement = statement.where(Duty.post_id == post_id)
    if staff_id is not None:
        statement = statement.where(Duty.staff_id == staff_id)
    statement = statement.order_by(Duty.day, Post.sort_order, Post.name, Duty.starts_at, Staff.name)
    return [_info(row, clock) for row in session.exec(statement)]


def _info(row: tuple, clock: CenterClock | None) -> DutyInfo:
    duty, post, shift, shift_start, shift_end, staff, original = row
    start, end = shift_start, shift_end
    if clock is not None:  # the times of the duty itself, should the shift have changed since
        start, end = (f"{clock.local(m):%H:%M}" for m in (duty.starts_at, duty.ends_at))
    return DutyInfo(id=duty.id, day=duty.day, post_id=duty.post_id, post_name=post, shift_id=duty.shift_id,
                    shift_name=shift, staff_id=duty.staff_id, staff_name=staff, start=start, end=end,
                    starts_at=duty.starts_at, ends_at=duty.ends_at, source=duty.source,
                    original_staff_id=duty.original_staff_id, original_staff_name=original or "",
                    reason=duty.reason, rotation_id=duty.rotation_id)


def _leave_info(row: Leave, name: str) -> LeaveInfo:
    return LeaveInfo(id=row.id or 0, staff_id=row.staff_id, staff_name=name, kind=row.kind,
                     starts_on=row.starts_on, ends_on=row.ends_on, note=row.note)


def _reason(reason: str, *, required: bool) -> str:
    return clean_text(reason, field="Reason", max_length=200, required=required)


class DutyService:
    def __init__(self, store: Store, clock: CenterClock, center: CenterService) -> None:
        self.store = store
        self.clock = clock
        self.center = center

    # ---- reading ---------------------------------------------------------------------
    def duties_between(self, start_day: date, end_day: date, *, post_id: int | None = None,
                       staff_id: int | None = None) -> list[DutyInfo]:
        with self.store.read() as session:
            return load_duties(session, start_day, end_day, post_id=post_id, staff_id=staff_id,
                               clock=self.clock)

    def leaves_between(self, start: date, end: date) -> list[LeaveInfo]:
        with self.store.read() as session:
            rows = session.exec(select(Leave, Staff.name).join(Staff, col(Staff.id) == Leave.staff_id).where(
                Leave.cancelled == False, col(Leave.starts_on) <= end, col(Leave.ends_on) >= start,  # noqa: E712
            ).order_by(Leave.starts_on, Staff.name))
            return [_leave_info(row, name) for row, name in rows]

    # ---- hand edits ------------------------------------------------------------------
    def assign(self, actor: Actor, day: date, post_id: int, shift_id: int, staff_id: int,
               reason: str = "") -> Done[DutyInfo]:
        """Put someone on duty by hand (a gap the coverage view shows, an extra person)."""
        why = _reason(reason, required=False)
        now = utcnow()
        with self.store.write() as session:
            post, shift = session.get(Post, post_id), session.get(Shift, shift_id)
            if post is None or not post.active:
                raise Refusal("That post is no longer in use; choose another post.")
            if shift is None or not shift.active:
                raise Refusal("That shift is no longer in use; choose another shift.")
            starts_at, ends_at = duty_times(self.clock, day, shift.start, shift.end)
            _check_future(starts_at, now)
            self._check_free(session, staff_id, day, starts_at, ends_at, exclude=())
            duty = Duty(day=day, post_id=post_id, shift_id=shift_id, staff_id=staff_id, starts_at=starts_at,
                        ends_at=ends_at, source="manual", reason=why, updated_at=now,
                        updated_by=actor.username)
            session.add(duty)
            session.flush()
            info = self._one(session, duty.id)
            record(session, actor, "roster.assign", entity="duty", entity_id=duty.id, after=_audit(info))
            emit_days(session, [day])
            return Done(info, Changes.of(ROSTER))

    def replace(self, actor: Actor, duty_id: int, staff_id: int, reason: str) -> Done[DutyInfo]:
        """Someone else covers this duty (B covers for A); who was planned is remembered."""
        why = _reason(reason, required=True)
        now = utcnow()
        with self.store.write() as session:
            duty = self._changeable(session, duty_id, now)
            if duty.staff_id == staff_id:
                raise Refusal("That person is already on this duty.")
            self._check_free(session, staff_id, duty.day, duty.starts_at, duty.ends_at, exclude=(duty.id,))
            before = _audit(self._one(session, duty.id))
            duty.original_staff_id = duty.original_staff_id or duty.staff_id
            duty.staff_id, duty.source, duty.reason = staff_id, "cover", why
            duty.updated_at, duty.updated_by = now, actor.username
            session.add(duty)
            session.flush()
            info = self._one(session, duty.id)
            record(session, actor, "roster.cover", entity="duty", entity_id=duty.id, before=before,
                   after=_audit(info), detail=why)
            emit_days(session, [duty.day])
            return Done(info, Changes.of(ROSTER))

    def swap(self, actor: Actor, duty_a: int, duty_b: int, reason: str) -> Done[tuple[DutyInfo, DutyInfo]]:
        """Two people exchange their duties (换班)."""
        why = _reason(reason, required=True)
        now = utcnow()
        with self.store.write() as session:
            first, second = self._changeable(session, duty_a, now), self._changeable(session, duty_b, now)
            if first.id == second.id:
                raise Refusal("Choose two different duties to swap.")
            if first.staff_id == second.staff_id:
                raise Refusal("Both duties are the same person's; a swap needs two people.")
            both = (first.id, second.id)
            self._check_free(session, second.staff_id, first.day, first.starts_at, first.ends_at, exclude=both)
            self._check_free(session, first.staff_id, second.day, second.starts_at, second.ends_at, exclude=both)
            before = [_audit(self._one(session, d.id)) for d in (first, second)]
            a_staff, b_staff = first.staff_id, second.staff_id
            for duty, staff_id in ((first, b_staff), (second, a_staff)):
                duty.original_staff_id = duty.original_staff_id or duty.staff_id
                duty.staff_id, duty.source, duty.reason = staff_id, "swap", why
                duty.updated_at, duty.updated_by = now, actor.username
                session.add(duty)
            session.flush()
            infos = (self._one(session, first.id), self._one(session, second.id))
            record(session, actor, "roster.swap", entity="duty", entity_id=f"{first.id},{second.id}",
                   before=before, after=[_audit(i) for i in infos], detail=why)
            emit_days(session, {first.day, second.day})
            return Done(infos, Changes.of(ROSTER))

    def remove(self, actor: Actor, duty_id: int, reason: str) -> Done[DutyInfo]:
        """Take a duty off the roster; it is kept as removed so generation does not bring it back."""
        why = _reason(reason, required=True)
        now = utcnow()
        with self.store.write() as session:
            duty = self._changeable(session, duty_id, now)
            info = self._one(session, duty.id)
            duty.removed, duty.reason = True, why
            duty.updated_at, duty.updated_by = now, actor.username
            session.add(duty)
            session.flush()
            record(session, actor, "roster.remove", entity="duty", entity_id=duty.id, before=_audit(info),
                   detail=why)
            emit_days(session, [duty.day])
            return Done(info, Changes.of(ROSTER))

    # ---- leave -----------------------------------------------------------------------
    def add_leave(self, actor: Actor, staff_id: int, kind: str, starts_on: date, ends_on: date,
                  note: str = "") -> Done[LeaveResult]:
        clean_kind = clean_text(kind, field="Kind of leave", max_length=20, required=True)
        clean_note = clean_text(note, field="Note", max_length=200)
        if ends_on < starts_on:
            raise Refusal("The leave ends ({end}) before it starts ({start}).",
                          start=starts_on.isoformat(), end=ends_on.isoformat())
        with self.store.write() as session:
            person = session.get(Staff, staff_id)
            if person is None:
                raise NotFound("That person is no longer in the staff list.")
            other = session.exec(select(Leave).where(
                Leave.staff_id == staff_id, Leave.cancelled == False,  # noqa: E712
                col(Leave.starts_on) <= ends_on, col(Leave.ends_on) >= starts_on)).first()
            if other is not None:
                raise Refusal("{staff} already has leave ({kind}) from {start} to {end}. Change or cancel "
                              "that leave instead.", staff=person.name, kind=other.kind,
                              start=other.starts_on.isoformat(), end=other.ends_on.isoformat())
            row = Leave(staff_id=staff_id, kind=clean_kind, starts_on=starts_on, ends_on=ends_on,
                        note=clean_note, created_at=utcnow(), created_by=actor.username)
            session.add(row)
            session.flush()
            info = _leave_info(row, person.name)
            record(session, actor, "leave.add", entity="leave", entity_id=row.id,
                   after={"staff": person.name, "kind": clean_kind, "starts_on": starts_on.isoformat(),
                          "ends_on": ends_on.isoformat()})
            duties = load_duties(session, starts_on, ends_on, staff_id=staff_id, clock=self.clock)
            return Done(LeaveResult(info, tuple(duties)), Changes.of(ROSTER))

    def cancel_leave(self, actor: Actor, leave_id: int) -> Done[LeaveInfo]:
        with self.store.write() as session:
            row = session.get(Leave, leave_id)
            if row is None or row.cancelled:
                raise NotFound("That leave no longer exists.")
            row.cancelled = True
            session.add(row)
            person = session.get(Staff, row.staff_id)
            info = _leave_info(row, person.name if person else "")
            record(session, actor, "leave.cancel", entity="leave", entity_id=row.id,
                   before={"staff": info.staff_name, "kind": row.kind, "starts_on": row.starts_on.isoformat(),
                           "ends_on": row.ends_on.isoformat()})
            return Done(info, Changes.of(ROSTER))

    # ---- rules -----------------------------------------------------------------------
    def _one(self, session: Session, duty_id: int | None) -> DutyInfo:
        row = session.exec(_duty_query().where(Duty.id == duty_id)).one()
        return _info(row, self.clock)

    @staticmethod
    def _changeable(session: Session, duty_id: int, now: datetime) -> Duty:
        duty = session.get(Duty, duty_id)
        if duty is None or duty.removed:
            raise NotFound("That duty is no longer on the roster; reload the roster.")
        _check_future(duty.starts_at, now)
        return duty

    def _check_free(self, session: Session, staff_id: int, day: date, starts_at: datetime,
                    ends_at: datetime, exclude: tuple[int | None, ...]) -> None:
        """Refuse someone who does not work here that day, is on leave, or is busy then."""
        person = session.get(Staff, staff_id)
        if person is None:
            raise NotFound("That person is no longer in the staff list.")
        if not staff_active(person, day):
            raise Refusal("{staff} does not work at the center on {day}.", staff=person.name,
                          day=day.isoformat())
        leave = session.exec(select(Leave).where(
            Leave.staff_id == staff_id, Leave.cancelled == False,  # noqa: E712
            col(Leave.starts_on) <= day, col(Leave.ends_on) >= day)).first()
        if leave is not None:
            raise Refusal("{staff} is on leave ({kind}) on {day}. Choose someone else, or cancel the "
                          "leave first.", staff=person.name, kind=leave.kind, day=day.isoformat())
        busy = session.exec(_duty_query().where(
            Duty.staff_id == staff_id, Duty.removed == False,  # noqa: E712
            col(Duty.starts_at) < ends_at, col(Duty.ends_at) > starts_at,
            col(Duty.id).not_in([i for i in exclude if i is not None]))).first()
        if busy is not None:
            other = _info(busy, self.clock)
            raise Refusal("{staff} is already on duty at {post} {start}–{end} on {day}.", staff=person.name,
                          post=other.post_name, start=other.start, end=other.end, day=other.day.isoformat())


def _check_future(starts_at: datetime, now: datetime) -> None:
    if starts_at <= now:
        raise Refusal("This duty has already started or is over; the roster of the past is kept as "
                      "it was.")


def _audit(info: DutyInfo) -> dict[str, object]:
    return {"day": info.day.isoformat(), "post": info.post_name, "shift": info.shift_name,
            "staff": info.staff_name, "source": info.source, "original": info.original_staff_name}
