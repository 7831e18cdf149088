"""Shift templates (班次) and multi-week rotations (轮班), administered by an administrator.

A shift is a time of day ("08:30"–"12:00"); one that ends at or before its start runs
into the next day (a night watch). A rotation says, for one post and one shift, who works
in week ``w`` of an N-week cycle on each weekday, and on statutory holidays (weekday 7).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, delete, select

from db.engine import Store
from db.tables import Post, Rotation, RotationSlot, Shift, Staff
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import NOTHING, ROSTER, Changes, Done
from desk.errors import NotFound, Refusal
from desk.text import clean_text

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_SHIFT_MINUTES = 16 * 60
MAX_WEEKS = 12
HOLIDAY_WEEKDAY = 7  # a rotation slot for statutory holidays
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")


def minutes(hhmm: str) -> int:
    hour, minute = hhmm.split(":")
    return int(hour) * 60 + int(minute)


def shift_minutes(start: str, end: str) -> int:
    """How long a shift lasts; an end at or before the start is on the next day."""
    length = minutes(end) - minutes(start)
    return length if length > 0 else length + 24 * 60


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    name: str
    start: str
    end: str
    color: str
    active: bool

    @property
    def overnight(self) -> bool:
        return self.end <= self.start


@dataclass(frozen=True)
class ShiftForm:
    name: str
    start: str
    end: str
    color: str = "#4c78a8"
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class SlotInfo:
    week: int  # 0-based week of the cycle
    weekday: int  # 0 Monday … 6 Sunday, 7 statutory holidays
    staff_id: int
    staff_name: str


@dataclass(frozen=True)
class RotationInfo:
    id: int
    name: str
    post_id: int
    post_name: str
    shift_id: int
    shift_name: str
    weeks: int
    anchor: date
    active: bool
    slots: tuple[SlotInfo, ...]


@dataclass(frozen=True)
class RotationForm:
    name: str
    post_id: int
    shift_id: int
    weeks: int
    anchor: date  # a Monday: the first day of week 0
    slots: tuple[tuple[int, int, int], ...]  # (week, weekday, staff_id)
    active: bool = True
    id: int | None = None


def _shift_info(row: Shift) -> ShiftInfo:
    return ShiftInfo(id=row.id or 0, name=row.name, start=row.start, end=row.end, color=row.color,
                     active=row.active)


def _check_time(text: str) -> str:
    if not _HHMM.match(text or ""):
        raise Refusal("Times must look like 08:30 (hours and minutes); {text} does not.", text=text)
    return text


def _rotation_infos(session: Session, rotations: Iterable[Rotation]) -> list[RotationInfo]:
    rotations = list(rotations)
    ids = [r.id for r in rotations]
    posts = {p.id: p.name for p in session.exec(select(Post))}
    shifts = {s.id: s.name for s in session.exec(select(Shift))}
    staff = {s.id: s.name for s in session.exec(select(Staff.id, Staff.name))}
    slots: dict[int, list[SlotInfo]] = {}
    for slot in session.exec(select(RotationSlot).where(col(RotationSlot.rotation_id).in_(ids))
                             .order_by(RotationSlot.week, RotationSlot.weekday, RotationSlot.staff_id)):
        slots.setdefault(slot.rotation_id, []).append(
            SlotInfo(slot.week, slot.weekday, slot.staff_id, staff.get(slot.staff_id, "")))
    return [RotationInfo(id=r.id or 0, name=r.name, post_id=r.post_id, post_name=posts.get(r.post_id, ""),
                         shift_id=r.shift_id, shift_name=shifts.get(r.shift_id, ""), weeks=r.weeks,
                         anchor=r.anchor, active=r.active, slots=tuple(slots.get(r.id or 0, ())))
            for r in rotations]


class ShiftService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- shift templates -------------------------------------------------------------
    def shifts(self, include_inactive: bool = True) -> list[ShiftInfo]:
        statement = select(Shift).order_by(Shift.start, Shift.name)
        if not include_inactive:
            statement = statement.where(Shift.active == True)  # noqa: E712
        with self.store.read() as session:
            return [_shift_info(row) for row in session.exec(statement)]

    def save_shift(self, actor: Actor, form: ShiftForm) -> Done[ShiftInfo]:
        actor.require_admin()
        name = clean_text(form.name, field="Shift name", max_length=30, required=True)
        start, end = _check_time(form.start), _check_time(form.end)
        if start == end:
            raise Refusal("A shift must end at another time than it starts ({start}).", start=start)
        if shift_minutes(start, end) > MAX_SHIFT_MINUTES:
            raise Refusal("A shift from {start} to {end} would last more than 16 hours. "
                          "An end before the start means the next morning; split long duties "
                          "into two shifts.", start=start, end=end)
        color = form.color or "#4c78a8"
        if not _COLOR.match(color):
            raise Refusal("A colour looks like #4c78a8; {color} does not.", color=color)
        with self.store.write() as session:
            row = Shift() if form.id is None else session.get(Shift, form.id)
            if row is None:
                raise NotFound("That shift no longer exists.")
            for other in session.exec(select(Shift).where(col(Shift.id) != form.id)):
                if other.name.casefold() == name.casefold():
                    raise Refusal("There is already a shift called {name}.", name=other.name)
            before = _shift_info(row).__dict__ if form.id is not None else None
            row.name, row.start, row.end, row.color, row.active = name, start, end, color, form.active
            session.add(row)
            session.flush()
            info = _shift_info(row)
            record(session, actor, "shift.save", entity="shift", entity_id=row.id, before=before,
                   after=info.__dict__)
            return Done(info, Changes.of(ROSTER))

    def deactivate_shift(self, actor: Actor, shift_id: int) -> Done[ShiftInfo]:
        """The shift leaves the lists; duties already planned with it stay as they are."""
        actor.require_admin()
        with self.store.write() as session:
            row = session.get(Shift, shift_id)
            if row is None:
                raise NotFound("That shift no longer exists.")
            if not row.active:
                return Done(_shift_info(row), NOTHING)
            row.active = False
            session.add(row)
            record(session, actor, "shift.deactivate", entity="shift", entity_id=row.id,
                   before={"active": True}, after={"active": False}, detail=row.name)
            return Done(_shift_info(row), Changes.of(ROSTER))

    # ---- rotations -------------------------------------------------------------------
    def rotations(self, include_inactive: bool = True) -> list[RotationInfo]:
        statement = select(Rotation).order_by(col(Rotation.active).desc(), Rotation.name, Rotation.id)
        if not include_inactive:
            statement = statement.where(Rotation.active == True)  # noqa: E712
        with self.store.read() as session:
            return _rotation_infos(session, session.exec(statement))

    def save_rotation(self, actor: Actor, form: RotationForm) -> Done[RotationInfo]:
        actor.require_admin()
        name = clean_text(form.name, field="Rotation name", max_length=50, required=True)
        if not 1 <= form.weeks <= MAX_WEEKS:
            raise Refusal("A rotation repeats every 1 to {most} weeks, not {weeks}.",
                          most=MAX_WEEKS, weeks=form.weeks)
        if form.anchor.weekday() != 0:
            raise Refusal("A rotation's cycle starts on a Monday; {day} is not one.",
                          day=form.anchor.isoformat())
        slots = sorted(set(form.slots))
        for week, weekday, _staff in slots:
            if not 0 <= week < form.weeks:
                raise Refusal("The rotation {name} has {weeks} weeks; week {week} is not one of them.",
                              name=name, weeks=form.weeks, week=week + 1)
            if not 0 <= weekday <= HOLIDAY_WEEKDAY:
                raise Refusal("A day of the rotation is Monday to Sunday or a statutory holiday.")
        if form.active and not slots:
            raise Refusal("The rotation {name} has nobody in it. Put at least one person on one "
                          "day, or save it as inactive.", name=name)
        with self.store.write() as session:
            post, shift = session.get(Post, form.post_id), session.get(Shift, form.shift_id)
            if post is None or not post.active:
                raise Refusal("A rotation needs an active post; choose another post.")
            if shift is None or not shift.active:
                raise Refusal("A rotation needs an active shift; choose another shift.")
            staff_ids = {staff_id for _w, _d, staff_id in slots}
            found = set(session.exec(select(Staff.id).where(col(Staff.id).in_(staff_ids))))
            if staff_ids - found:
                raise Refusal("Someone in the rotation {name} is no longer in the staff list; "
                              "reload the rotation and try again.", name=name)
            row = Rotation() if form.id is None else session.get(Rotation, form.id)
            if row is None:
                raise NotFound("That rotation no longer exists.")
            before = None
            if form.id is not None:
                before = _rotation_infos(session, [row])[0]
            row.name, row.post_id, row.shift_id = name, form.post_id, form.shift_id
            row.weeks, row.anchor, row.active = form.weeks, form.anchor, form.active
            session.add(row)
            session.flush()
            session.execute(delete(RotationSlot).where(col(RotationSlot.rotation_id) == row.id))
            session.add_all(RotationSlot(rotation_id=row.id, week=w, weekday=d, staff_id=s)
                            for w, d, s in slots)
            session.flush()
            info = _rotation_infos(session, [row])[0]
            record(session, actor, "rotation.save", entity="rotation", entity_id=row.id,
                   before=_rotation_audit(before), after=_rotation_audit(info))
            return Done(info, Changes.of(ROSTER))

    def deactivate_rotation(self, actor: Actor, rotation_id: int) -> Done[RotationInfo]:
        """Generation stops using it; duties already generated stay until the next generation."""
        actor.require_admin()
        with self.store.write() as session:
            row = session.get(Rotation, rotation_id)
            if row is None:
                raise NotFound("That rotation no longer exists.")
            if not row.active:
                return Done(_rotation_infos(session, [row])[0], NOTHING)
            row.active = False
            session.add(row)
            record(session, actor, "rotation.deactivate", entity="rotation", entity_id=row.id,
                   before={"active": True}, after={"active": False}, detail=row.name)
            session.flush()
            return Done(_rotation_infos(session, [row])[0], Changes.of(ROSTER))


def _rotation_audit(info: RotationInfo | None) -> dict[str, object] | None:
    if info is None:
        return None
    return {"name": info.name, "post": info.post_name, "shift": info.shift_name, "weeks": info.weeks,
            "anchor": info.anchor.isoformat(), "active": info.active,
            "slots": [[s.week, s.weekday, s.staff_name] for s in info.slots]}
