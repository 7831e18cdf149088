"""The people who work at the center: who they are, how the public may reach them, when
they work here. A person who leaves is given a last day, never deleted: old duty sheets
and the audit trail still name them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import Staff
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import STAFF, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.roster.photos import normalise_photo
from desk.sync.outbox import emit
from desk.text import clean_text, validate_phone
from desk.visits.registry import pinyin_initials

# Code names of the kinds of staff (the UI and printouts translate them).
KINDS = ("manager", "social_worker", "volunteer", "seconded")


@dataclass(frozen=True)
class StaffForm:
    name: str
    kind: str = "manager"
    title: str = ""
    public_phone: str = ""
    private_phone: str = ""
    active_from: date | None = None  # None: today
    active_until: date | None = None
    note: str = ""
    sort_order: int = 0


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    initials: str
    kind: str
    title: str
    public_phone: str
    private_phone: str
    has_photo: bool
    active_from: date
    active_until: date | None
    sort_order: int
    note: str

    def active_on(self, day: date) -> bool:
        return self.active_from <= day and (self.active_until is None or day <= self.active_until)

    def form(self) -> StaffForm:
        return StaffForm(self.name, self.kind, self.title, self.public_phone, self.private_phone,
                         self.active_from, self.active_until, self.note, self.sort_order)


def staff_info(row: Staff) -> StaffInfo:
    return StaffInfo(
        id=row.id or 0, name=row.name, initials=row.initials, kind=row.kind, title=row.title,
        public_phone=row.public_phone, private_phone=row.private_phone,
        has_photo=row.photo is not None, active_from=row.active_from,
        active_until=row.active_until, sort_order=row.sort_order, note=row.note,
    )


def public_record(row: Staff) -> dict[str, Any]:
    """What the hub may know of a person: never the private phone, never the photo."""
    return {"staff_id": row.id, "name": row.name, "kind": row.kind, "title": row.title,
            "public_phone": row.public_phone, "active_from": row.active_from,
            "active_until": row.active_until}


def _audit_snapshot(row: Staff) -> dict[str, Any]:
    # The private phone is audited masked: the audit page is read by other administrators.
    snapshot = public_record(row)
    snapshot["private_phone"] = "****" + row.private_phone[-4:] if row.private_phone else ""
    return snapshot


def validate_staff_form(form: StaffForm, today: date) -> StaffForm:
    """The form as it will be stored, or a Refusal saying what to fix."""
    name = clean_text(form.name, field="Name", max_length=50, required=True)
    if form.kind not in KINDS:
        raise Refusal("{value} is not a kind of staff: a full-time manager, social worker, "
                      "volunteer or seconded official.", value=form.kind)
    title = clean_text(form.title, field="Job title", max_length=50)
    public = validate_phone(form.public_phone, field="Public phone") or ""
    private = validate_phone(form.private_phone, field="Private phone") or ""
    active_from = form.active_from or today
    if form.active_until is not None and form.active_until < active_from:
        raise Refusal("The last working day ({until}) is before the first ({start}).",
                      until=form.active_until.isoformat(), start=active_from.isoformat())
    note = clean_text(form.note, field="Note", max_length=200)
    return replace(form, name=name, title=title, public_phone=public, private_phone=private,
                   active_from=active_from, note=note)


class StaffService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def list(self, *, include_inactive: bool = False, on: date | None = None) -> list[StaffInfo]:
        """Everyone working here on ``on`` (today by default), in the center's order."""
        day = on or self.clock.today()
        with self.store.read() as session:
            query = select(Staff).order_by(col(Staff.sort_order), col(Staff.name))
            if not include_inactive:
                query = query.where(col(Staff.active_from) <= day).where(
                    col(Staff.active_until).is_(None) | (col(Staff.active_until) >= day))
            return [staff_info(row) for row in session.exec(query)]

    def get(self, staff_id: int) -> StaffInfo:
        with self.store.read() as session:
            return staff_info(_row(session, staff_id))

    def photo(self, staff_id: int) -> bytes | None:
        with self.store.read() as session:
            return _row(session, staff_id).photo

    def photos(self, staff_ids: list[int]) -> dict[int, bytes]:
        """The photos of several people in one query (the board shows them all)."""
        if not staff_ids:
            return {}
        with self.store.read() as session:
            rows = session.exec(select(Staff.id, Staff.photo).where(col(Staff.id).in_(staff_ids)))
            return {staff_id: photo for staff_id, photo in rows if photo is not None}

    def create(self, actor: Actor, form: StaffForm) -> Done[StaffInfo]:
        actor.require_admin()
        checked = validate_staff_form(form, self.clock.today())
        with self.store.write() as session:
            row = add_staff(session, actor, checked)
            return Done(staff_info(row), Changes.of(STAFF))

    def update(self, actor: Actor, staff_id: int, form: StaffForm) -> Done[StaffInfo]:
        actor.require_admin()
        checked = validate_staff_form(form, self.clock.today())
        with self.store.write() as session:
            row = _row(session, staff_id)
            before = _audit_snapshot(row)
            _apply(row, checked)
            session.add(row)
            session.flush()
            record(session, actor, "staff.update", entity="staff", entity_id=row.id,
                   before=before, after=_audit_snapshot(row))
            emit(session, "roster.staff", public_record(row))
            return Done(staff_info(row), Changes.of(STAFF))

    def set_photo(self, actor: Actor, staff_id: int, source: str | Path | bytes) -> Done[StaffInfo]:
        """A photo from a file (or its bytes), made small for the board and the sheets."""
        actor.require_admin()
        if isinstance(source, bytes):
            data = source
        else:
            path = Path(source)
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                raise Refusal("The photo file {path} does not exist (was it moved or on a "
                              "removed USB stick?).", path=str(path)) from None
            except OSError as error:
                raise Refusal("The photo file {path} cannot be read: {reason}.",
                              path=str(path), reason=error.strerror or str(error)) from None
        photo = normalise_photo(data)  # decode and resize outside the write lock
        with self.store.write() as session:
            row = _row(session, staff_id)
            row.photo = photo
            session.add(row)
            record(session, actor, "staff.photo", entity="staff", entity_id=staff_id,
                   detail=f"{len(photo)} bytes")
            return Done(staff_info(row), Changes.of(STAFF))

    def clear_photo(self, actor: Actor, staff_id: int) -> Done[StaffInfo]:
        actor.require_admin()
        with self.store.write() as session:
            row = _row(session, staff_id)
            row.photo = None
            session.add(row)
            record(session, actor, "staff.photo", entity="staff", entity_id=staff_id, detail="removed")
            return Done(staff_info(row), Changes.of(STAFF))


def add_staff(session: Session, actor: Actor, checked: StaffForm) -> Staff:
    """Insert a validated person with its audit line and sync event (also used by imports)."""
    row = Staff(name=checked.name, active_from=checked.active_from or date.today(), created_at=utcnow())
    _apply(row, checked)
    if not checked.sort_order:  # new people go to the end, in the order they were added
        row.sort_order = (session.exec(select(func.max(Staff.sort_order))).one() or 0) + 1
    session.add(row)
    session.flush()
    record(session, actor, "staff.create", entity="staff", entity_id=row.id, after=_audit_snapshot(row))
    emit(session, "roster.staff", public_record(row))
    return row


def _apply(row: Staff, form: StaffForm) -> None:
    row.name = form.name
    row.initials = pinyin_initials(form.name)
    row.kind = form.kind
    row.title = form.title
    row.public_phone = form.public_phone
    row.private_phone = form.private_phone
    if form.active_from is not None:
        row.active_from = form.active_from
    row.active_until = form.active_until
    row.note = form.note
    row.sort_order = form.sort_order


def _row(session: Session, staff_id: int) -> Staff:
    row = session.get(Staff, staff_id)
    if row is None:
        raise NotFound("There is no staff member number {id}; the list may be out of date.", id=staff_id)
    return row
