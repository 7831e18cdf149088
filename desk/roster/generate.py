"""Generating the roster from the rotations, for a range of days.

Only the future changes: duties that started at or before now stay as they were. Hand
edits (manual, swap and cover duties, and hand removals kept as tombstones) are never
overwritten: for a (day, post, shift) someone edited by hand, generation leaves every
duty as it is and lists it in the report as kept. Everything else the rotations say is
written in one transaction: what no longer follows from them is deleted, what is new is
inserted, and one "roster.day" event per day whose duties changed goes to the outbox.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Duty, Leave, Post, Rotation, RotationSlot, Shift, Staff
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import CenterService
from desk.changes import ROSTER, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.roster.calendar import HOLIDAY, WORKDAY, CalendarService, kinds_in
from desk.roster.shifts import HOLIDAY_WEEKDAY
from desk.roster.timetable import TimetableService
from desk.sync.outbox import emit

MAX_DAYS = 400
_CHUNK = 900  # ids per DELETE, well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class KeptEdit:
    """A (day, post, shift) edited by hand, which generation left alone."""

    day: date
    post: str
    shift: str


@dataclass(frozen=True)
class Skipped:
    """Someone a rotation names who was not put on duty, and why (an English template)."""

    day: date
    post: str
    shift: str
    staff: str
    reason: str  # template with {staff}, {day}, {kind}
    kind: str = ""  # the kind of leave, when on leave

    def text(self) -> str:
        return self.reason.format(staff=self.staff, day=self.day.isoformat(), kind=self.kind)


@dataclass(frozen=True)
class GenerationReport:
    start: date
    end: date
    created: int
    deleted: int
    unchanged: int
    changed_days: tuple[date, ...]
    kept: tuple[KeptEdit, ...]
    skipped: tuple[Skipped, ...]


ON_LEAVE = "{staff} is on leave ({kind}) on {day}."
NOT_ACTIVE = "{staff} does not work at the center on {day}."


def duty_times(clock: CenterClock, day: date, start: str, end: str) -> tuple[datetime, datetime]:
    """The UTC moments of a shift on a local day; an end at or before the start is the next day."""
    sh, sm = (int(p) for p in start.split(":"))
    eh, em = (int(p) for p in end.split(":"))
    starts = datetime.combine(day, time(sh, sm), clock.zone)
    end_day = day + timedelta(days=1) if end <= start else day
    ends = datetime.combine(end_day, time(eh, em), clock.zone)
    return starts.astimezone(UTC), ends.astimezone(UTC)


def staff_active(staff: Staff, day: date) -> bool:
    return staff.active_from <= day and (staff.active_until is None or day <= staff.active_until)


def day_payloads(session: Session, days: Iterable[date]) -> dict[date, dict[str, Any]]:
    """The public "roster.day" facts of these days: who is on duty where, nothing private."""
    wanted = set(days)
    if not wanted:
        return {}
    rows = session.exec(
        select(Duty.day, Post.name, Shift.name, Duty.starts_at, Duty.ends_at, Staff.name)
        .join(Post, col(Post.id) == Duty.post_id).join(Shift, col(Shift.id) == Duty.shift_id)
        .join(Staff, col(Staff.id) == Duty.staff_id)
        .where(col(Duty.day) >= min(wanted), col(Duty.day) <= max(wanted), Duty.removed == False)  # noqa: E712
        .order_by(Duty.day, Post.sort_order, Post.name, Duty.starts_at, Staff.name))
    payloads = {day: {"day": day.isoformat(), "duties": []} for day in sorted(wanted)}
    for day, post, shift, starts_at, ends_at, staff in rows:
        if day in payloads:
            payloads[day]["duties"].append({"post": post, "shift": shift, "start": starts_at.isoformat(),
                                            "end": ends_at.isoformat(), "staff": staff})
    return payloads


def emit_days(session: Session, days: Iterable[date]) -> None:
    """One "roster.day" event per day, as the day now stands (call after flushing)."""
    for payload in day_payloads(session, days).values():
        emit(session, "roster.day", payload)


class RosterGenerator:
    def __init__(self, store: Store, clock: CenterClock, calendar: CalendarService,
                 timetable: TimetableService, center: CenterService) -> None:
        self.store = store
        self.clock = clock
        self.calendar = calendar
        self.timetable = timetable
        self.center = center

    def generate(self, actor: Actor, start: date, end: date, *,
                 history_before: datetime | None = None) -> Done[GenerationReport]:
        """Materialise the rotations for ``start``..``end``; only duties starting after now
        change. ``history_before`` moves that line earlier, which only the demo does: a new
        demo center gets this month's past weeks as if they had been rostered."""
        if end < start:
            raise Refusal("The last day ({end}) is before the first ({start}); swap them and try again.",
                          start=start.isoformat(), end=end.isoformat())
        if (end - start).days + 1 > MAX_DAYS:
            raise Refusal("A roster can be generated for at most {most} days at a time; "
                          "{start} to {end} is {days}. Generate it in parts.", most=MAX_DAYS,
                          start=start.isoformat(), end=end.isoformat(), days=(end - start).days + 1)
        now = utcnow() if history_before is None else min(history_before, utcnow())
        with self.store.write() as session:
            report = self._generate(session, actor, start, end, now)
        return Done(report, Changes.of(ROSTER))

    def _generate(self, session: Session, actor: Actor, start: date, end: date,
                  now: datetime) -> GenerationReport:
        posts = {p.id: p for p in session.exec(select(Post))}
        shifts = {s.id: s for s in session.exec(select(Shift))}
        staff = {s.id: s for s in session.exec(select(Staff))}
        rotations = [r for r in session.exec(select(Rotation).where(Rotation.active == True))  # noqa: E712
                     if posts.get(r.post_id) and posts[r.post_id].active
                     and shifts.get(r.shift_id) and shifts[r.shift_id].active]
        slots: dict[tuple[int, int, int], list[int]] = defaultdict(list)
        for slot in session.exec(select(RotationSlot).where(
                col(RotationSlot.rotation_id).in_([r.id for r in rotations]))):
            slots[(slot.rotation_id, slot.week, slot.weekday)].append(slot.staff_id)
        leave: dict[tuple[int, date], str] = {}
        for row in session.exec(select(Leave).where(Leave.cancelled == False,  # noqa: E712
                                                    col(Leave.starts_on) <= end, col(Leave.ends_on) >= start)):
            day = max(row.starts_on, start)
            while day <= min(row.ends_on, end):
                leave[(row.staff_id, day)] = row.kind
                day += timedelta(days=1)
        kinds = kinds_in(session, start, end)

        # What is there now: auto rows generation may replace, and keys edited by hand.
        existing: dict[tuple[date, int, int, int], tuple[int, datetime, datetime, int | None]] = {}
        frozen: set[tuple[date, int, int]] = set()
        for row in session.exec(select(Duty.id, Duty.day, Duty.post_id, Duty.shift_id, Duty.staff_id,
                                       Duty.starts_at, Duty.ends_at, Duty.source, Duty.removed,
                                       Duty.rotation_id)
                                .where(col(Duty.day) >= start, col(Duty.day) <= end)):
            duty_id, day, post_id, shift_id, staff_id, starts_at, ends_at, source, removed, rotation_id = row
            if source != "auto" or removed:
                frozen.add((day, post_id, shift_id))
            elif starts_at > now:
                existing[(day, post_id, shift_id, staff_id)] = (duty_id, starts_at, ends_at, rotation_id)
        # A slot edited by hand is left whole, its generated duties included.
        existing = {key: value for key, value in existing.items() if key[:3] not in frozen}

        wanted: dict[tuple[date, int, int, int], dict[str, Any]] = {}
        kept: dict[tuple[date, int, int], KeptEdit] = {}
        skipped: list[Skipped] = []
        times: dict[tuple[date, int], tuple[datetime, datetime]] = {}
        day = start
        while day <= end:
            kind = kinds.get(day)
            weekday = HOLIDAY_WEEKDAY if kind == HOLIDAY else 0 if kind == WORKDAY else day.weekday()
            for rotation in rotations:
                week = ((day - rotation.anchor).days // 7) % rotation.weeks
                names = slots.get((rotation.id, week, weekday))
                if not names:
                    continue
                post, shift = posts[rotation.post_id], shifts[rotation.shift_id]
                if (day, shift.id) not in times:
                    times[(day, shift.id)] = duty_times(self.clock, day, shift.start, shift.end)
                starts_at, ends_at = times[(day, shift.id)]
                if starts_at <= now:
                    continue  # the past is history
                key = (day, post.id, shift.id)
                if key in frozen:
                    kept.setdefault(key, KeptEdit(day, post.name, shift.name))
                    continue
                for staff_id in names:
                    person = staff[staff_id]
                    if not staff_active(person, day):
                        skipped.append(Skipped(day, post.name, shift.name, person.name, NOT_ACTIVE))
                    elif (staff_id, day) in leave:
                        skipped.append(Skipped(day, post.name, shift.name, person.name, ON_LEAVE,
                                               leave[(staff_id, day)]))
                    else:
                        wanted.setdefault(key + (staff_id,), {
                            "day": day, "post_id": post.id, "shift_id": shift.id, "staff_id": staff_id,
                            "starts_at": starts_at, "ends_at": ends_at, "source": "auto",
                            "rotation_id": rotation.id, "original_staff_id": None, "reason": "",
                            "removed": False, "updated_at": now, "updated_by": actor.username})
            day += timedelta(days=1)

        # Only the difference is written: a regeneration that changes nothing writes nothing.
        stale = [(key, value[0]) for key, value in existing.items()
                 if key not in wanted or (wanted[key]["starts_at"], wanted[key]["ends_at"],
                                          wanted[key]["rotation_id"]) != value[1:]]
        stale_keys = {key for key, _id in stale}
        fresh = [row for key, row in wanted.items() if key not in existing or key in stale_keys]
        stale_ids = [duty_id for _key, duty_id in stale]
        for index in range(0, len(stale_ids), _CHUNK):
            session.execute(delete(Duty).where(col(Duty.id).in_(stale_ids[index:index + _CHUNK])))
        if fresh:
            session.execute(insert(Duty), fresh)
        changed = sorted({key[0] for key, _id in stale} | {row["day"] for row in fresh})
        session.flush()
        emit_days(session, changed)
        report = GenerationReport(
            start=start, end=end, created=len(fresh), deleted=len(stale_ids),
            unchanged=len(wanted) - len(fresh), changed_days=tuple(changed),
            kept=tuple(sorted(kept.values(), key=lambda k: (k.day, k.post, k.shift))),
            skipped=tuple(skipped))
        record(session, actor, "roster.generate", entity="roster",
               entity_id=f"{start.isoformat()}..{end.isoformat()}",
               after={"created": report.created, "deleted": report.deleted, "unchanged": report.unchanged,
                      "days_changed": len(changed), "kept": len(report.kept), "skipped": len(skipped)})
        return report
