"""Service requests (服务请求) and first-contact ownership (首办责任制).

The staff member who first receives a request owns it until it is resolved or formally
handed over (转办: who, to whom, why, when — the new owner takes it, the history stays).
Each request's due time comes from its item's time limit counted over working time
(``desk.services.working_time``), fixed when it is accepted: a later change of the
catalogue or the calendar does not move a promise already made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import RequestEvent, ServiceCategory, ServiceItem, ServiceRequest, Staff, Visit, Visitor
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import REQUESTS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.services.items import latest_version
from desk.services.request_rows import (
    ACCEPTED,
    CHANNELS,
    IN_PROGRESS,
    OPEN,
    RATING_WORDS,
    RATINGS,
    RESOLVED,
    RequestDetail,
    RequestRow,
    detail,
    row_query,
    rows,
)
from desk.services.working_time import TimeLimit, due_at
from desk.sync.outbox import emit
from desk.text import clean_text, mask_name, validate_phone


def public_request(request: ServiceRequest, item: ServiceItem, category: str) -> dict[str, Any]:
    """What the hub may know of a request: no phone, the name masked (张*)."""
    return {"request_id": request.id, "item_code": item.code, "category": category, "status": request.status,
            "channel": request.channel, "owner_id": request.owner_id, "resident": mask_name(request.name),
            "accepted_at": request.accepted_at, "due_at": request.due_at, "resolved_at": request.resolved_at,
            "rating": request.rating}


def staff_working(staff: Staff | None, day: date) -> bool:
    return staff is not None and staff.active_from <= day and (staff.active_until is None
                                                               or day <= staff.active_until)


def insert_requests(session: Session, actor: Actor, clock: CenterClock, *, item_ids: Sequence[int],
                    owner_id: int, channel: str, accepted_at: datetime, visit_id: str | None = None,
                    visitor_id: int | None = None, name: str = "", phone: str = "",
                    note: str = "") -> list[ServiceRequest]:
    """Open one request per item inside the caller's transaction (the desk's check-in and
    the demo use it; ``RequestService.open_requests`` is the checked way in)."""
    if channel not in CHANNELS:
        raise Refusal("{channel} is not a way a request can arrive: at a visit, walk-in, by phone or "
                      "from the mini-program.", channel=channel)
    wanted = list(dict.fromkeys(item_ids))  # an item picked twice is one request
    if not wanted:
        raise Refusal("Choose at least one service item for the request.")
    name = clean_text(name, field="Resident's name", max_length=50)
    phone = validate_phone(phone, field="Resident's phone") or ""
    note = clean_text(note, field="Note", max_length=500, multiline=True)
    if visit_id is not None:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound("That visit is no longer in the log; check the resident in again.")
        visitor_id = visitor_id or visit.visitor_id
    if visitor_id is not None:
        visitor = session.get(Visitor, visitor_id)
        if visitor is None or visitor.purged_at is not None:
            raise NotFound("This visitor's record no longer exists.")
        name, phone = name or visitor.name or "", phone or visitor.phone or ""
    if not (name or phone):
        raise Refusal("Write the resident's name or phone, so that the request can be followed up.")
    owner = session.get(Staff, owner_id)
    today = clock.local(accepted_at).date()
    if owner is None:
        raise NotFound("There is no staff member number {id}; the list may be out of date.", id=owner_id)
    if not staff_working(owner, today):
        raise Refusal("{name} does not work at the center on {day}; choose who receives the request.",
                      name=owner.name, day=today.isoformat())
    items = {row.id: row for row in session.exec(select(ServiceItem).where(col(ServiceItem.id).in_(wanted)))}
    version = latest_version(session)
    made: list[ServiceRequest] = []
    dues: dict[tuple[str, int], datetime] = {}
    for item_id in wanted:
        item = items.get(item_id)
        if item is None:
            raise NotFound("There is no service item number {id}; the list may be out of date.", id=item_id)
        if not item.active:
            raise Refusal("{name} has been retired from the service list; choose another item.", name=item.name)
        limit = TimeLimit.of(item.limit_kind, item.limit_amount)
        key = (limit.kind, limit.amount)
        if key not in dues:
            dues[key] = due_at(session, clock.zone, accepted_at, limit)
        request = ServiceRequest(item_id=item_id, visit_id=visit_id, visitor_id=visitor_id, name=name, phone=phone,
                                 channel=channel, owner_id=owner_id, status=ACCEPTED, limit_kind=limit.kind,
                                 limit_amount=limit.amount, catalogue_version=(version.number or 0) if version else 0,
                                 accepted_at=accepted_at, due_at=dues[key], created_by=actor.user_id)
        session.add(request)
        session.flush()
        session.add(RequestEvent(request_id=request.id or 0, at=accepted_at, kind="accepted", to_staff_id=owner_id,
                                 text=note, by=actor.username))
        category = session.get(ServiceCategory, item.category_id)
        record(session, actor, "requests.open", entity="service_request", entity_id=request.id,
               after={"item": item.code, "owner_id": owner_id, "channel": channel, "due_at": dues[key]})
        emit(session, "services.request", public_request(request, item, category.name if category else ""))
        made.append(request)
    return made


class RequestService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    # ---- reading ---------------------------------------------------------------------
    def my_queue(self, owner_id: int) -> list[RequestRow]:
        """The owner's open requests, soonest due (so the overdue ones) first."""
        query = row_query().where(ServiceRequest.owner_id == owner_id, col(ServiceRequest.status).in_(OPEN))
        return self._rows(query.order_by(col(ServiceRequest.due_at)))

    def open_all(self) -> list[RequestRow]:
        """Every open request, whoever owns it, soonest due first."""
        query = row_query().where(col(ServiceRequest.status).in_(OPEN))
        return self._rows(query.order_by(col(ServiceRequest.due_at), col(ServiceRequest.id)))

    def overdue(self) -> list[RequestRow]:
        """Every open request past its due time, the longest overdue first."""
        now = utcnow()
        query = row_query().where(col(ServiceRequest.status).in_(OPEN), col(ServiceRequest.due_at) < now)
        return self._rows(query.order_by(col(ServiceRequest.due_at)), now)

    def due_today(self) -> list[RequestRow]:
        """Open requests due between now and the end of today (the center's day)."""
        now = utcnow()
        _start, end = self.clock.day_bounds(self.clock.today())
        query = row_query().where(col(ServiceRequest.status).in_(OPEN), col(ServiceRequest.due_at) >= now,
                                  col(ServiceRequest.due_at) < end)
        return self._rows(query.order_by(col(ServiceRequest.due_at)), now)

    def orphaned(self) -> list[RequestRow]:
        """Open requests whose owner no longer works here: an administrator hands them over."""
        today = self.clock.today()
        query = row_query().where(col(ServiceRequest.status).in_(OPEN),
                                  col(Staff.active_until).is_not(None), col(Staff.active_until) < today)
        return self._rows(query.order_by(col(ServiceRequest.due_at)))

    def of_visit(self, visit_id: str) -> list[RequestRow]:
        return self._rows(row_query().where(ServiceRequest.visit_id == visit_id).order_by(col(ServiceRequest.id)))

    def request(self, request_id: int) -> RequestDetail:
        """One request with its whole history (the full phone, to call back)."""
        with self.store.read() as session:
            return detail(session, _row(session, request_id), utcnow())

    def _rows(self, query: Any, now: datetime | None = None) -> list[RequestRow]:
        with self.store.read() as session:
            return rows(session, query, now or utcnow())

    # ---- writing ---------------------------------------------------------------------
    def open_requests(self, actor: Actor, *, item_ids: Sequence[int], owner_id: int, channel: str = "visit",
                      visit_id: str | None = None, visitor_id: int | None = None, name: str = "",
                      phone: str = "", note: str = "") -> Done[tuple[RequestRow, ...]]:
        """One request per item, all in one transaction (a resident asking for two services
        at check-in gets two requests or, if anything is wrong, none)."""
        with self.store.write() as session:
            made = insert_requests(session, actor, self.clock, item_ids=item_ids, owner_id=owner_id,
                                   channel=channel, accepted_at=utcnow(), visit_id=visit_id,
                                   visitor_id=visitor_id, name=name, phone=phone, note=note)
            ids = [r.id for r in made]
            found = rows(session, row_query().where(col(ServiceRequest.id).in_(ids))
                         .order_by(col(ServiceRequest.id)), utcnow())
        return Done(tuple(found), Changes.of(REQUESTS))

    def start(self, actor: Actor, request_id: int, note: str = "") -> Done[RequestDetail]:
        """受理 → 办理中."""
        def change(session: Session, request: ServiceRequest, now: datetime) -> RequestEvent:
            if request.status != ACCEPTED:
                raise Refusal("This request is {status} already; only a request just accepted can be "
                              "started.", status=request.status)
            request.status = IN_PROGRESS
            return RequestEvent(request_id=request_id, at=now, kind="started", text=_note(note), by=actor.username)
        return self._change(actor, request_id, "requests.start", change)

    def add_note(self, actor: Actor, request_id: int, text: str) -> Done[RequestDetail]:
        clean = clean_text(text, field="Note", max_length=500, required=True, multiline=True)

        def change(session: Session, request: ServiceRequest, now: datetime) -> RequestEvent:
            return RequestEvent(request_id=request_id, at=now, kind="note", text=clean, by=actor.username)
        return self._change(actor, request_id, "requests.note", change)

    def hand_over(self, actor: Actor, request_id: int, to_staff_id: int, reason: str) -> Done[RequestDetail]:
        """转办: the colleague takes the request over; the history keeps who, why and when."""
        why = clean_text(reason, field="Reason for the handover", max_length=500, required=True, multiline=True)

        def change(session: Session, request: ServiceRequest, now: datetime) -> RequestEvent:
            if request.status == RESOLVED:
                raise Refusal("This request is resolved; a resolved request is not handed over.")
            if to_staff_id == request.owner_id:
                raise Refusal("The request already belongs to this person; choose a colleague to hand it "
                              "over to.")
            today = self.clock.local(now).date()
            owner, target = session.get(Staff, request.owner_id), session.get(Staff, to_staff_id)
            if target is None:
                raise NotFound("There is no staff member number {id}; the list may be out of date.", id=to_staff_id)
            if not staff_working(target, today):
                raise Refusal("{name} does not work at the center any more (or not yet); hand the request "
                              "over to someone who does.", name=target.name)
            if not staff_working(owner, today):
                actor.require_admin()  # an orphaned request: only an administrator reassigns it
            previous, request.owner_id = request.owner_id, to_staff_id
            return RequestEvent(request_id=request_id, at=now, kind="handover", from_staff_id=previous,
                                to_staff_id=to_staff_id, text=why, by=actor.username)
        return self._change(actor, request_id, "requests.handover", change)

    def resolve(self, actor: Actor, request_id: int, note: str = "") -> Done[RequestDetail]:
        """办结."""
        def change(session: Session, request: ServiceRequest, now: datetime) -> RequestEvent:
            if request.status == RESOLVED:
                raise Refusal("This request was resolved already.")
            request.status, request.resolved_at = RESOLVED, now
            return RequestEvent(request_id=request_id, at=now, kind="resolved", text=_note(note), by=actor.username)
        return self._change(actor, request_id, "requests.resolve", change)

    def rate(self, actor: Actor, request_id: int, rating: str, comment: str = "") -> Done[RequestDetail]:
        """The resident's satisfaction (满意 / 基本满意 / 不满意), once, after it is resolved."""
        code = RATING_WORDS.get(rating.strip(), rating.strip())
        if code not in RATINGS:
            raise Refusal("{rating} is not a rating: the resident is satisfied (满意), basically satisfied "
                          "(基本满意) or dissatisfied (不满意).", rating=rating)
        words = clean_text(comment, field="Comment", max_length=200, multiline=True)

        def change(session: Session, request: ServiceRequest, now: datetime) -> RequestEvent:
            if request.status != RESOLVED:
                raise Refusal("The resident rates a request once it is resolved; resolve it first.")
            if request.rating is not None:
                raise Refusal("This request was rated already ({rating}, on {day}); a rating is given "
                              "once and is not changed.", rating=request.rating,
                              day=self.clock.local(request.rated_at or now).date().isoformat())
            request.rating, request.rating_comment, request.rated_at = code, words, now
            return RequestEvent(request_id=request_id, at=now, kind="rated", text=words, by=actor.username)
        return self._change(actor, request_id, "requests.rate", change)

    def _change(self, actor: Actor, request_id: int, action: str, change: Any) -> Done[RequestDetail]:
        now = utcnow()
        with self.store.write() as session:
            request = _row(session, request_id)
            before = {"status": request.status, "owner_id": request.owner_id, "rating": request.rating}
            event = change(session, request, now)
            session.add(request)
            session.add(event)
            session.flush()
            record(session, actor, action, entity="service_request", entity_id=request_id, before=before,
                   after={"status": request.status, "owner_id": request.owner_id, "rating": request.rating},
                   detail=event.text[:200])
            item = session.get(ServiceItem, request.item_id)
            category = session.get(ServiceCategory, item.category_id) if item else None
            if item is not None:
                emit(session, "services.request", public_request(request, item, category.name if category else ""))
            return Done(detail(session, request, now), Changes.of(REQUESTS))


def _note(text: str) -> str:
    return clean_text(text, field="Note", max_length=500, multiline=True)


def _row(session: Session, request_id: int) -> ServiceRequest:
    row = session.get(ServiceRequest, request_id)
    if row is None:
        raise NotFound("There is no request number {id}; the list may be out of date.", id=request_id)
    return row

