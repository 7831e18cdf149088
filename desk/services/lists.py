"""The other two of the three lists (三个清单): residents' demands and shared resources,
and the micro-wishes (微心愿) party members fulfil.

A demand is ordered by a resident (群众点单), dispatched by the community (社区派单) to a
party member, a volunteer or a department, taken by them (接单) and reported done (送单).
A micro-wish is published, claimed by a party member and fulfilled. Both are small state
machines: a step from the wrong state is refused, and every step is kept in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import Demand, ListEvent, MicroWish, SharedResource, Staff, Visitor
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import REQUESTS, Changes, Done
from desk.clock import utcnow
from desk.errors import NotFound, Refusal
from desk.sync.outbox import emit
from desk.text import clean_text, mask_name, mask_phone, validate_phone

# Demand states and the steps between them.
RECORDED, DISPATCHED, TAKEN, DONE, CANCELLED = "recorded", "dispatched", "taken", "done", "cancelled"
DEMAND_STEPS = {"dispatch": (RECORDED, DISPATCHED), "take": (DISPATCHED,), "complete": (TAKEN,),
                "cancel": (RECORDED, DISPATCHED)}
TAKER_KINDS = ("party_member", "volunteer", "department")
# Micro-wish states.
PUBLISHED, CLAIMED, FULFILLED, WITHDRAWN = "published", "claimed", "fulfilled", "withdrawn"
WISH_STEPS = {"claim": (PUBLISHED,), "fulfil": (CLAIMED,), "withdraw": (PUBLISHED, CLAIMED)}

STEP_TEMPLATES = {
    "demand.dispatch": "This demand is {state} now: only a demand nobody has taken yet can be dispatched.",
    "demand.take": "This demand is {state} now: only a dispatched demand can be taken.",
    "demand.complete": "This demand is {state} now: only a taken demand can be reported done.",
    "demand.cancel": "This demand is {state} now: a demand already taken or finished cannot be cancelled.",
    "wish.claim": "This micro-wish is {state} now: only a published wish can be claimed.",
    "wish.fulfil": "This micro-wish is {state} now: only a claimed wish can be fulfilled.",
    "wish.withdraw": "This micro-wish is {state} now: a fulfilled wish cannot be withdrawn.",
}


@dataclass(frozen=True)
class ListEventInfo:
    at: datetime
    state: str
    text: str
    by: str


@dataclass(frozen=True)
class DemandInfo:
    id: int
    title: str
    detail: str
    resident: str
    phone_masked: str
    state: str
    taker_kind: str
    taker_name: str
    taker_staff_id: int | None
    created_at: datetime
    dispatched_at: datetime | None
    taken_at: datetime | None
    done_at: datetime | None
    done_note: str
    history: tuple[ListEventInfo, ...] = ()


@dataclass(frozen=True)
class WishInfo:
    id: int
    title: str
    detail: str
    resident: str  # masked, as the wish is published: 张*
    state: str
    claimant: str
    claimant_branch: str
    created_at: datetime
    claimed_at: datetime | None
    fulfilled_at: datetime | None
    note: str
    history: tuple[ListEventInfo, ...] = ()


@dataclass(frozen=True)
class ResourceInfo:
    id: int
    unit: str
    title: str
    description: str
    contact: str
    phone: str
    availability: str
    active: bool


@dataclass(frozen=True)
class ResourceForm:
    unit: str
    title: str
    description: str = ""
    contact: str = ""
    phone: str = ""
    availability: str = ""


def _history(session: Session, subject: str, ident: int) -> tuple[ListEventInfo, ...]:
    rows = session.exec(select(ListEvent).where(ListEvent.subject == subject, ListEvent.subject_id == ident)
                        .order_by(col(ListEvent.at), col(ListEvent.id)))
    return tuple(ListEventInfo(e.at, e.state, e.text, e.by) for e in rows)


def _demand(row: Demand, history: tuple[ListEventInfo, ...] = ()) -> DemandInfo:
    return DemandInfo(row.id or 0, row.title, row.detail, row.name, mask_phone(row.phone), row.state,
                      row.taker_kind, row.taker_name, row.taker_staff_id, row.created_at, row.dispatched_at,
                      row.taken_at, row.done_at, row.done_note, history)


def _wish(row: MicroWish, history: tuple[ListEventInfo, ...] = ()) -> WishInfo:
    return WishInfo(row.id or 0, row.title, row.detail, mask_name(row.name), row.state, row.claimant,
                    row.claimant_branch, row.created_at, row.claimed_at, row.fulfilled_at, row.note, history)


def _step(session: Session, actor: Actor, subject: str, row: Any, steps: dict[str, tuple[str, ...]], step: str,
          new_state: str, text: str, now: datetime) -> None:
    if row.state not in steps[step]:
        raise Refusal(STEP_TEMPLATES[f"{subject}.{step}"], state=row.state)
    before, row.state = row.state, new_state
    session.add(row)
    session.add(ListEvent(subject=subject, subject_id=row.id or 0, at=now, state=new_state, text=text,
                          by=actor.username))
    record(session, actor, f"{subject}.{step}", entity=subject, entity_id=row.id, before={"state": before},
           after={"state": new_state}, detail=text[:200])


def _public_demand(row: Demand) -> dict[str, Any]:
    return {"demand_id": row.id, "title": row.title, "state": row.state, "resident": mask_name(row.name),
            "taker_kind": row.taker_kind, "created_at": row.created_at, "taken_at": row.taken_at,
            "done_at": row.done_at}


class DemandService:
    """需求意向 from record to done."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, state: str | None = None) -> list[DemandInfo]:
        with self.store.read() as session:
            query = select(Demand).order_by(col(Demand.created_at).desc())
            if state is not None:
                query = query.where(Demand.state == state)
            return [_demand(row) for row in session.exec(query)]

    def get(self, demand_id: int) -> DemandInfo:
        with self.store.read() as session:
            row = _get(session, Demand, demand_id)
            return _demand(row, _history(session, "demand", demand_id))

    def record(self, actor: Actor, title: str, *, detail: str = "", name: str = "", phone: str = "",
               visitor_id: int | None = None) -> Done[DemandInfo]:
        clean_title = clean_text(title, field="Demand", max_length=100, required=True)
        clean_detail = clean_text(detail, field="Details", max_length=1000, multiline=True)
        clean_name = clean_text(name, field="Resident's name", max_length=50)
        clean_phone = validate_phone(phone, field="Resident's phone") or ""
        now = utcnow()
        with self.store.write() as session:
            if visitor_id is not None and session.get(Visitor, visitor_id) is None:
                raise NotFound("This visitor's record no longer exists.")
            row = Demand(title=clean_title, detail=clean_detail, name=clean_name, phone=clean_phone,
                         visitor_id=visitor_id, state=RECORDED, created_at=now)
            session.add(row)
            session.flush()
            session.add(ListEvent(subject="demand", subject_id=row.id or 0, at=now, state=RECORDED,
                                  text=clean_title, by=actor.username))
            record(session, actor, "demand.record", entity="demand", entity_id=row.id, after={"title": clean_title})
            _emit(session, "services.demand", _public_demand(row))
            return Done(_demand(row), Changes.of(REQUESTS))

    def dispatch(self, actor: Actor, demand_id: int, *, taker_kind: str, taker_name: str,
                 taker_staff_id: int | None = None, note: str = "") -> Done[DemandInfo]:
        """派单: to a party member, a volunteer or a department (again, before it is taken)."""
        if taker_kind not in TAKER_KINDS:
            raise Refusal("{kind} is not someone a demand can be dispatched to: a party member, a "
                          "volunteer or a department.", kind=taker_kind)
        who = clean_text(taker_name, field="Dispatched to", max_length=100, required=True)

        def change(session: Session, row: Demand, now: datetime) -> None:
            if taker_staff_id is not None and session.get(Staff, taker_staff_id) is None:
                raise NotFound("There is no staff member number {id}; the list may be out of date.",
                               id=taker_staff_id)
            row.taker_kind, row.taker_name, row.taker_staff_id, row.dispatched_at = (
                taker_kind, who, taker_staff_id, now)
            _step(session, actor, "demand", row, DEMAND_STEPS, "dispatch", DISPATCHED,
                  f"{who} {_clean_note(note)}".strip(), now)
        return self._change(demand_id, change)

    def take(self, actor: Actor, demand_id: int) -> Done[DemandInfo]:
        """接单."""
        def change(session: Session, row: Demand, now: datetime) -> None:
            row.taken_at = now
            _step(session, actor, "demand", row, DEMAND_STEPS, "take", TAKEN, row.taker_name, now)
        return self._change(demand_id, change)

    def complete(self, actor: Actor, demand_id: int, note: str) -> Done[DemandInfo]:
        """送单: reported done, with what was done."""
        clean = clean_text(note, field="What was done", max_length=500, required=True, multiline=True)

        def change(session: Session, row: Demand, now: datetime) -> None:
            row.done_at, row.done_note = now, clean
            _step(session, actor, "demand", row, DEMAND_STEPS, "complete", DONE, clean, now)
        return self._change(demand_id, change)

    def cancel(self, actor: Actor, demand_id: int, reason: str) -> Done[DemandInfo]:
        clean = clean_text(reason, field="Reason", max_length=500, required=True, multiline=True)

        def change(session: Session, row: Demand, now: datetime) -> None:
            _step(session, actor, "demand", row, DEMAND_STEPS, "cancel", CANCELLED, clean, now)
        return self._change(demand_id, change)

    def _change(self, demand_id: int, change: Any) -> Done[DemandInfo]:
        with self.store.write() as session:
            row = _get(session, Demand, demand_id)
            change(session, row, utcnow())
            session.flush()
            _emit(session, "services.demand", _public_demand(row))
            return Done(_demand(row, _history(session, "demand", demand_id)), Changes.of(REQUESTS))


class MicroWishService:
    """微心愿: published, claimed by a party member, fulfilled."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, state: str | None = None) -> list[WishInfo]:
        with self.store.read() as session:
            query = select(MicroWish).order_by(col(MicroWish.created_at).desc())
            if state is not None:
                query = query.where(MicroWish.state == state)
            return [_wish(row) for row in session.exec(query)]

    def get(self, wish_id: int) -> WishInfo:
        with self.store.read() as session:
            return _wish(_get(session, MicroWish, wish_id), _history(session, "wish", wish_id))

    def counts(self) -> dict[str, int]:
        """How many wishes are in each state (every state listed, zero included)."""
        with self.store.read() as session:
            found = dict(session.exec(select(MicroWish.state, func.count()).group_by(MicroWish.state)).all())
        return {state: found.get(state, 0) for state in (PUBLISHED, CLAIMED, FULFILLED, WITHDRAWN)}

    def publish(self, actor: Actor, title: str, *, detail: str = "", name: str = "",
                phone: str = "") -> Done[WishInfo]:
        clean_title = clean_text(title, field="Wish", max_length=100, required=True)
        clean_detail = clean_text(detail, field="Details", max_length=500, multiline=True)
        clean_name = clean_text(name, field="Resident's name", max_length=50)
        clean_phone = validate_phone(phone, field="Resident's phone") or ""
        now = utcnow()
        with self.store.write() as session:
            row = MicroWish(title=clean_title, detail=clean_detail, name=clean_name, phone=clean_phone,
                            state=PUBLISHED, created_at=now)
            session.add(row)
            session.flush()
            session.add(ListEvent(subject="wish", subject_id=row.id or 0, at=now, state=PUBLISHED,
                                  text=clean_title, by=actor.username))
            record(session, actor, "wish.publish", entity="wish", entity_id=row.id, after={"title": clean_title})
            _emit(session, "services.wish", _public_wish(row))
            return Done(_wish(row), Changes.of(REQUESTS))

    def claim(self, actor: Actor, wish_id: int, claimant: str, branch: str = "") -> Done[WishInfo]:
        who = clean_text(claimant, field="Claimed by", max_length=50, required=True)
        where = clean_text(branch, field="Party branch", max_length=100)

        def change(session: Session, row: MicroWish, now: datetime) -> None:
            row.claimant, row.claimant_branch, row.claimed_at = who, where, now
            _step(session, actor, "wish", row, WISH_STEPS, "claim", CLAIMED, f"{who} {where}".strip(), now)
        return self._change(wish_id, change)

    def fulfil(self, actor: Actor, wish_id: int, note: str = "") -> Done[WishInfo]:
        clean = _clean_note(note)

        def change(session: Session, row: MicroWish, now: datetime) -> None:
            row.fulfilled_at, row.note = now, clean
            _step(session, actor, "wish", row, WISH_STEPS, "fulfil", FULFILLED, clean, now)
        return self._change(wish_id, change)

    def withdraw(self, actor: Actor, wish_id: int, reason: str) -> Done[WishInfo]:
        clean = clean_text(reason, field="Reason", max_length=500, required=True, multiline=True)

        def change(session: Session, row: MicroWish, now: datetime) -> None:
            _step(session, actor, "wish", row, WISH_STEPS, "withdraw", WITHDRAWN, clean, now)
        return self._change(wish_id, change)

    def _change(self, wish_id: int, change: Any) -> Done[WishInfo]:
        with self.store.write() as session:
            row = _get(session, MicroWish, wish_id)
            change(session, row, utcnow())
            session.flush()
            _emit(session, "services.wish", _public_wish(row))
            return Done(_wish(row, _history(session, "wish", wish_id)), Changes.of(REQUESTS))


class SharedResourceService:
    """共享资源 offered by partner units (their public contact, never a private one)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, include_inactive: bool = False) -> list[ResourceInfo]:
        with self.store.read() as session:
            query = select(SharedResource).order_by(col(SharedResource.unit), col(SharedResource.id))
            if not include_inactive:
                query = query.where(col(SharedResource.active).is_(True))
            return [_resource(row) for row in session.exec(query)]

    def save(self, actor: Actor, form: ResourceForm, *, resource_id: int | None = None) -> Done[ResourceInfo]:
        unit = clean_text(form.unit, field="Partner unit", max_length=100, required=True)
        title = clean_text(form.title, field="Resource", max_length=100, required=True)
        description = clean_text(form.description, field="Description", max_length=500, multiline=True)
        contact = clean_text(form.contact, field="Contact person", max_length=50)
        phone = validate_phone(form.phone, field="Contact phone") or ""
        availability = clean_text(form.availability, field="Availability", max_length=200)
        with self.store.write() as session:
            row = SharedResource(unit=unit, title=title, updated_at=utcnow()) if resource_id is None \
                else _get(session, SharedResource, resource_id)
            before = _resource(row).__dict__ if resource_id is not None else None
            row.unit, row.title, row.description, row.contact = unit, title, description, contact
            row.phone, row.availability, row.updated_at = phone, availability, utcnow()
            session.add(row)
            session.flush()
            info = _resource(row)
            record(session, actor, "resource.save", entity="shared_resource", entity_id=row.id,
                   before=before, after=info.__dict__)
            _emit(session, "services.resource", _public_resource(info))
            return Done(info, Changes.of(REQUESTS))

    def set_active(self, actor: Actor, resource_id: int, active: bool) -> Done[ResourceInfo]:
        with self.store.write() as session:
            row = _get(session, SharedResource, resource_id)
            row.active, row.updated_at = active, utcnow()
            session.add(row)
            info = _resource(row)
            record(session, actor, "resource.active", entity="shared_resource", entity_id=resource_id,
                   after={"active": active})
            _emit(session, "services.resource", _public_resource(info))
            return Done(info, Changes.of(REQUESTS))


def _resource(row: SharedResource) -> ResourceInfo:
    return ResourceInfo(row.id or 0, row.unit, row.title, row.description, row.contact, row.phone,
                        row.availability, row.active)


def _public_resource(info: ResourceInfo) -> dict[str, Any]:
    """No phone number leaves the PC; the unit is reached through the center."""
    return {"resource_id": info.id, "unit": info.unit, "title": info.title, "availability": info.availability,
            "active": info.active}


def _public_wish(row: MicroWish) -> dict[str, Any]:
    return {"wish_id": row.id, "title": row.title, "state": row.state, "resident": mask_name(row.name),
            "claimant": mask_name(row.claimant), "created_at": row.created_at, "fulfilled_at": row.fulfilled_at}


def _clean_note(note: str) -> str:
    return clean_text(note, field="Note", max_length=500, multiline=True)


def _emit(session: Session, kind: str, payload: dict[str, Any]) -> None:
    emit(session, kind, payload)


def _get(session: Session, table: Any, ident: int) -> Any:
    row = session.get(table, ident)
    if row is None:
        raise NotFound("That entry (number {id}) no longer exists; refresh the list.", id=ident)
    return row
