"""Volunteer service hours (志愿服务时长) recorded per volunteer per activity.

Each line carries what the volunteer-record rules ask for: who served, at which activity
(what), when, for how long, in which role and who organised it. A line is never edited
or deleted: a correction marks the old line removed and adds the right one, so the
history of every hour stays in the store and the audit trail.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Activity, Staff, Visitor, VolunteerService
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import ACTIVITIES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.rooms.activity_rows import (
    ACTIVITY_CANCELLED,
    ActivityVolunteerTotal,
    VolunteerForm,
    VolunteerLine,
    VolunteerTotal,
)
from desk.rooms.activity_rules import load_activity, when_text
from desk.sync.outbox import emit
from desk.text import clean_text, mask_name

MAX_MINUTES = 24 * 60


class VolunteerHours:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    # ---- writing ---------------------------------------------------------------------
    def record(self, actor: Actor, activity_id: int, form: VolunteerForm) -> Done[VolunteerLine]:
        with self.store.write() as session:
            activity = load_activity(session, activity_id)
            line = self._add(session, actor, activity, form)
            record(session, actor, "activity.volunteer", entity="volunteer_service", entity_id=line.id,
                   after=_snapshot(line))
            return Done(_line(line, activity), Changes.of(ACTIVITIES))

    def correct(self, actor: Actor, line_id: int, form: VolunteerForm, reason: str = "") -> Done[VolunteerLine]:
        """Replace a line: the old one is kept, marked removed; the new one is returned."""
        reason = clean_text(reason, field="Reason", max_length=200)
        with self.store.write() as session:
            old, activity = _withdraw(session, line_id)
            new = self._add(session, actor, activity, form)
            record(session, actor, "activity.volunteer_correct", entity="volunteer_service", entity_id=line_id,
                   before=_snapshot(old), after=_snapshot(new), detail=reason)
            return Done(_line(new, activity), Changes.of(ACTIVITIES))

    def remove(self, actor: Actor, line_id: int, reason: str = "") -> Done[VolunteerLine]:
        """Withdraw a line recorded by mistake; it stays in the store, marked removed."""
        reason = clean_text(reason, field="Reason", max_length=200)
        with self.store.write() as session:
            line, activity = _withdraw(session, line_id)
            record(session, actor, "activity.volunteer_remove", entity="volunteer_service", entity_id=line_id,
                   before={"removed": False}, after={"removed": True}, detail=reason)
            return Done(_line(line, activity), Changes.of(ACTIVITIES))

    def _add(self, session: Session, actor: Actor, activity: Activity, form: VolunteerForm) -> VolunteerService:
        if activity.state == ACTIVITY_CANCELLED:
            raise Refusal("{title} was cancelled; no service hours can be recorded for it.", title=activity.title)
        now = utcnow()
        if now < activity.starts_at:
            raise Refusal("{title} has not started yet (it starts at {time}); record the hours afterwards.",
                          title=activity.title, time=when_text(self.clock, activity.starts_at))
        minutes = form.minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
            raise Refusal("Service time must be a whole number of minutes from 1 to {max}.", max=MAX_MINUTES)
        role = clean_text(form.role, field="Role", max_length=50)
        note = clean_text(form.note, field="Note", max_length=200)
        name = self._volunteer_name(session, form)
        line = VolunteerService(activity_id=activity.id, staff_id=form.staff_id, visitor_id=form.visitor_id,
                                name=name, role=role, minutes=minutes, note=note, recorded_by=actor.user_id,
                                recorded_at=now)
        session.add(line)
        session.flush()
        _emit(session, activity, line)
        return line

    @staticmethod
    def _volunteer_name(session: Session, form: VolunteerForm) -> str:
        if form.staff_id is not None and form.visitor_id is not None:
            raise Refusal("Choose a staff member or a resident, not both.")
        if form.staff_id is not None:
            staff = session.get(Staff, form.staff_id)
            if staff is None:
                raise NotFound("This staff member is no longer on record.")
            return staff.name
        if form.visitor_id is not None:
            visitor = session.get(Visitor, form.visitor_id)
            if visitor is None or visitor.purged_at is not None or not visitor.name:
                raise NotFound("This resident's record no longer exists; type the volunteer's name instead.")
            return visitor.name
        return clean_text(form.name, field="Volunteer's name", max_length=50, required=True)

    # ---- reading ---------------------------------------------------------------------
    def lines(self, activity_id: int, *, include_removed: bool = False) -> list[VolunteerLine]:
        with self.store.read() as session:
            activity = load_activity(session, activity_id)
            statement = select(VolunteerService).where(VolunteerService.activity_id == activity_id)
            if not include_removed:
                statement = statement.where(VolunteerService.removed == False)  # noqa: E712
            rows = session.exec(statement.order_by(col(VolunteerService.id))).all()
            return [_line(row, activity) for row in rows]

    def _period_lines(self, first: date, last: date) -> list[VolunteerLine]:
        start, _ = self.clock.day_bounds(first)
        _, end = self.clock.day_bounds(last)
        with self.store.read() as session:
            rows = session.exec(
                select(VolunteerService, Activity)
                .join(Activity, col(Activity.id) == VolunteerService.activity_id)
                .where(VolunteerService.removed == False,  # noqa: E712
                       Activity.starts_at >= start, Activity.starts_at < end)
                .order_by(col(Activity.starts_at), col(VolunteerService.id))).all()
            return [_line(line, activity) for line, activity in rows]

    def totals_by_volunteer(self, first: date, last: date) -> list[VolunteerTotal]:
        """Hours per volunteer for activities that started on the local days first..last."""
        minutes: dict[str, int] = defaultdict(int)
        names: dict[str, str] = {}
        served: dict[str, set[int]] = defaultdict(set)
        records: dict[str, int] = defaultdict(int)
        for line in self._period_lines(first, last):
            key = line.volunteer_key
            minutes[key] += line.minutes
            names[key] = line.name
            served[key].add(line.activity_id)
            records[key] += 1
        totals = [VolunteerTotal(key, names[key], minutes[key], len(served[key]), records[key]) for key in minutes]
        return sorted(totals, key=lambda t: (-t.minutes, t.name))

    def totals_by_activity(self, first: date, last: date) -> list[ActivityVolunteerTotal]:
        by_activity: dict[int, list[VolunteerLine]] = defaultdict(list)
        for line in self._period_lines(first, last):
            by_activity[line.activity_id].append(line)
        return [ActivityVolunteerTotal(activity_id, lines[0].activity_title, lines[0].activity_starts_at,
                                       len({line.volunteer_key for line in lines}),
                                       sum(line.minutes for line in lines))
                for activity_id, lines in by_activity.items()]


def _live_line(session: Session, line_id: int) -> VolunteerService:
    line = session.get(VolunteerService, line_id)
    if line is None:
        raise NotFound("This service record no longer exists.")
    if line.removed:
        raise Refusal("This service record was already removed or corrected; change the current one.")
    return line


def _withdraw(session: Session, line_id: int) -> tuple[VolunteerService, Activity]:
    """Mark a live line removed (it stays in the store) and tell the sync; with its activity."""
    line = _live_line(session, line_id)
    activity = load_activity(session, line.activity_id)
    line.removed = True
    session.add(line)
    _emit(session, activity, line)
    return line, activity


def _key(line: VolunteerService) -> str:
    if line.staff_id is not None:
        return f"staff:{line.staff_id}"
    if line.visitor_id is not None:
        return f"visitor:{line.visitor_id}"
    return f"name:{line.name}"


def _line(line: VolunteerService, activity: Activity) -> VolunteerLine:
    assert line.id is not None and activity.id is not None
    return VolunteerLine(id=line.id, activity_id=activity.id, activity_title=activity.title,
                         organiser=activity.organiser, activity_starts_at=activity.starts_at,
                         volunteer_key=_key(line), name=line.name, role=line.role, minutes=line.minutes,
                         note=line.note, removed=line.removed, recorded_at=line.recorded_at)


def _snapshot(line: VolunteerService) -> dict:
    return {"activity_id": line.activity_id, "staff_id": line.staff_id, "visitor_id": line.visitor_id,
            "name": line.name, "role": line.role, "minutes": line.minutes, "note": line.note,
            "removed": line.removed}


def _emit(session: Session, activity: Activity, line: VolunteerService) -> None:
    emit(session, "activities.volunteer", {
        "id": line.id, "activity_id": activity.id, "activity": activity.title, "organiser": activity.organiser,
        "starts_at": activity.starts_at, "name": mask_name(line.name), "role": line.role,
        "minutes": line.minutes, "removed": line.removed,
    })
