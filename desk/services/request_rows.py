"""What lists of service requests show, read with one joined query each.

Lists show the resident's phone masked (138****5678); only one request's detail, which
the owner needs to call back, carries the full number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, String, type_coerce
from sqlmodel import Session, col, select

from db.tables import RequestEvent, ServiceCategory, ServiceItem, ServiceRequest, Staff
from desk.services.working_time import TimeLimit
from desk.text import mask_phone

ACCEPTED, IN_PROGRESS, RESOLVED = "accepted", "in_progress", "resolved"
STATUSES = (ACCEPTED, IN_PROGRESS, RESOLVED)
OPEN = (ACCEPTED, IN_PROGRESS)
SATISFIED, BASICALLY, DISSATISFIED = "satisfied", "basically_satisfied", "dissatisfied"
RATINGS = (SATISFIED, BASICALLY, DISSATISFIED)
# What the resident says and the form offers (满意 / 基本满意 / 不满意).
RATING_WORDS = {"满意": SATISFIED, "基本满意": BASICALLY, "不满意": DISSATISFIED}
CHANNELS = ("visit", "walk_in", "phone", "mini_program", "other")


@dataclass(frozen=True)
class RequestRow:
    id: int
    item_id: int
    item_code: str
    item_name: str
    category: str
    owner_id: int
    owner_name: str
    resident: str  # the name as given ("" if only a phone)
    phone_masked: str
    channel: str
    status: str
    time_limit: str  # the promise when it was accepted: 即时办结, 3个工作日, ...
    accepted_at: datetime
    due_at: datetime
    resolved_at: datetime | None
    rating: str | None
    overdue: bool  # open and past due when read (or resolved after its due time)


@dataclass(frozen=True)
class RequestEventInfo:
    at: datetime
    kind: str  # accepted | started | note | handover | resolved | rated
    from_staff_id: int | None
    from_name: str
    to_staff_id: int | None
    to_name: str
    text: str
    by: str


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    phone: str  # in full, to call the resident back
    visit_id: str | None
    visitor_id: int | None
    rating_comment: str
    rated_at: datetime | None
    catalogue_version: int
    events: tuple[RequestEventInfo, ...]


# Moments are selected as their stored text and parsed here: SQLAlchemy's per-value type
# processing costs more than the query itself on a list of thousands (bench/services.py).
_COLUMNS = (
    ServiceRequest.id, ServiceRequest.item_id, ServiceItem.code, ServiceItem.name, ServiceCategory.name,
    ServiceRequest.owner_id, Staff.name, ServiceRequest.name, ServiceRequest.phone, ServiceRequest.channel,
    ServiceRequest.status, ServiceRequest.limit_kind, ServiceRequest.limit_amount,
    type_coerce(ServiceRequest.accepted_at, String), type_coerce(ServiceRequest.due_at, String),
    type_coerce(ServiceRequest.resolved_at, String), ServiceRequest.rating,
)


def row_query() -> Select[Any]:
    return (select(*_COLUMNS)
            .join(ServiceItem, col(ServiceItem.id) == ServiceRequest.item_id)
            .join(ServiceCategory, col(ServiceCategory.id) == ServiceItem.category_id)
            .join(Staff, col(Staff.id) == ServiceRequest.owner_id))


@lru_cache(maxsize=256)
def _limit_text(kind: str, amount: int) -> str:
    return TimeLimit.of(kind, amount).text


def _moment(text: str | None) -> datetime | None:
    """A stored moment (UTC, written without its zone) as an aware datetime."""
    return datetime.fromisoformat(text + "+00:00") if text else None


def to_row(values: Any, now: datetime) -> RequestRow:
    (ident, item_id, code, item_name, category, owner_id, owner_name, name, phone, channel, status,
     kind, amount, accepted_text, due_text, resolved_text, rating) = values
    accepted_at, due_at, resolved_at = _moment(accepted_text), _moment(due_text), _moment(resolved_text)
    assert accepted_at is not None and due_at is not None  # both are NOT NULL columns
    return RequestRow(ident, item_id, code, item_name, category, owner_id, owner_name, name, mask_phone(phone),
                      channel, status, _limit_text(kind, amount), accepted_at, due_at, resolved_at,
                      rating, (resolved_at or now) > due_at)


def rows(session: Session, query: Select[Any], now: datetime) -> list[RequestRow]:
    """Run a ``row_query()`` on the session's connection (Core: no ORM bookkeeping per row)."""
    return [to_row(values, now) for values in session.connection().execute(query).all()]


def detail(session: Session, request: ServiceRequest, now: datetime) -> RequestDetail:
    found = rows(session, row_query().where(ServiceRequest.id == request.id), now)
    names = dict(session.exec(select(Staff.id, Staff.name)).all())
    events = session.exec(select(RequestEvent).where(RequestEvent.request_id == request.id)
                          .order_by(col(RequestEvent.at), col(RequestEvent.id)))
    return RequestDetail(
        row=found[0], phone=request.phone, visit_id=request.visit_id, visitor_id=request.visitor_id,
        rating_comment=request.rating_comment, rated_at=request.rated_at,
        catalogue_version=request.catalogue_version,
        events=tuple(RequestEventInfo(e.at, e.kind, e.from_staff_id, names.get(e.from_staff_id, ""),
                                      e.to_staff_id, names.get(e.to_staff_id, ""), e.text, e.by)
                     for e in events))
