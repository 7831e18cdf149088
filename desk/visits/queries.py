"""Reading visits: today's list, who is inside, history search. Never writes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, literal_column, select
from sqlmodel import Session, col

from db.tables import Purpose, Visit, Visitor
from desk.clock import CenterClock
from desk.text import mask_phone
from desk.visits.rows import VisitRow

_COLUMNS = (
    Visit.id, Visit.visitor_id, Visitor.name, Visitor.phone, Purpose.code, Purpose.label,
    Visit.headcount, Visit.source, Visit.check_in_at, Visit.check_out_at,
    Visitor.organisation, Visitor.party_member, Visitor.branch, Visit.notes,
)


@dataclass(frozen=True)
class VisitQuery:
    name: str = ""  # a fragment of the name
    phone: str = ""  # a fragment, typically the last four digits
    purpose_code: str = ""
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    inside_only: bool = False
    limit: int = 500


def base_select() -> Select:
    return (
        select(*_COLUMNS)
        .join(Purpose, Purpose.id == Visit.purpose_id)
        .outerjoin(Visitor, Visitor.id == Visit.visitor_id)
    )


def to_row(values: tuple) -> VisitRow:
    (vid, visitor_id, name, phone, code, label, headcount, source, cin, cout, org, party,
     branch, notes) = values
    return VisitRow(
        id=vid, visitor_id=visitor_id, name=name or "", phone_masked=mask_phone(phone),
        purpose_code=code, purpose_label=label, headcount=headcount, source=source,
        check_in_at=cin, check_out_at=cout if cout else None,
        organisation=org or "", party_member=bool(party), branch=branch or "", notes=notes or "",
    )



# Few matching people: go person-first (their visits through ix_visit_visitor_time, cost
# ~ people x visits each). Many: walk visits newest first until a page is found (cost ~
# page x visitors / people). They cross near people = sqrt(20 x visitors); see bench/.
PERSON_FIRST_MIN = 200


def _person_first_limit(session: Session) -> int:
    total = session.execute(select(func.max(Visitor.id))).scalar() or 0
    return max(PERSON_FIRST_MIN, math.isqrt(20 * total))

_ROWID = literal_column("visit.rowid")


def _visitor_conditions(query: VisitQuery) -> list:
    conditions = []
    if query.name.strip():
        conditions.append(col(Visitor.name).contains(query.name.strip(), autoescape=True))
    phone = "".join(ch for ch in query.phone if ch.isdigit())
    if phone:
        if len(phone) == 4:
            conditions.append(Visitor.phone_last4 == phone)
        else:
            conditions.append(col(Visitor.phone).contains(phone, autoescape=True))
    return conditions


def search(session: Session, clock: CenterClock, query: VisitQuery) -> list[VisitRow]:
    """Newest first. Two steps: pick the page of visit rowids from the indexes alone,
    then join names and purposes for that page only (not for every match)."""
    page = select(_ROWID).select_from(Visit)
    conditions = []
    person = _visitor_conditions(query)
    if person:
        limit = _person_first_limit(session)
        ids = list(session.execute(select(Visitor.id).where(and_(*person)).limit(limit + 1)).scalars())
        if len(ids) <= limit:
            if not ids:
                return []
            conditions.append(col(Visit.visitor_id).in_(ids))
        else:
            page = page.join(Visitor, Visitor.id == Visit.visitor_id)
            conditions.extend(person)
    if query.date_from:
        conditions.append(Visit.check_in_at >= clock.day_bounds(query.date_from)[0])
    if query.date_to:
        conditions.append(Visit.check_in_at < clock.day_bounds(query.date_to)[1])
    if query.inside_only:
        conditions.append(col(Visit.check_out_at).is_(None))
    if query.purpose_code:
        purpose_id = select(Purpose.id).where(Purpose.code == query.purpose_code).scalar_subquery()
        conditions.append(Visit.purpose_id == purpose_id)
    if conditions:
        page = page.where(and_(*conditions))
    page = page.order_by(col(Visit.check_in_at).desc()).limit(query.limit)
    statement = base_select().where(_ROWID.in_(page)).order_by(col(Visit.check_in_at).desc())
    return [to_row(tuple(r)) for r in session.execute(statement)]


def day(session: Session, clock: CenterClock, which: date) -> list[VisitRow]:
    return search(session, clock, VisitQuery(date_from=which, date_to=which, limit=100_000))


def inside_now(session: Session) -> list[VisitRow]:
    statement = base_select().where(col(Visit.check_out_at).is_(None)).order_by(Visit.check_in_at)
    return [to_row(tuple(r)) for r in session.execute(statement)]
