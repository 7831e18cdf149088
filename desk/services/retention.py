"""PIPL for service requests, demands and micro-wishes: their copy of a resident's name
and phone goes when the retention period ends, as the visitor's own record does.

``erase_residents`` runs inside the caller's transaction, so the privacy purge
(``desk.visits.privacy.PrivacyService.purge``) can call it with the same cutoff. What
is erased: the name and phone of requests finished (resolved) before the cutoff, of
every request of a visitor whose record was purged, of demands done or cancelled and
micro-wishes fulfilled or withdrawn before the cutoff. The rows stay, so the figures do
not change; rating comments stay (they name no one by rule of the form).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from db.tables import Demand, MicroWish, ServiceRequest, Visitor


@dataclass(frozen=True)
class ErasedResidents:
    requests: int
    demands: int
    wishes: int


def erase_residents(session: Session, cutoff: datetime) -> ErasedResidents:
    purged = select(Visitor.id).where(col(Visitor.purged_at).is_not(None))
    named = or_(ServiceRequest.name != "", ServiceRequest.phone != "")
    requests = session.execute(update(ServiceRequest).where(named, or_(
        col(ServiceRequest.resolved_at) < cutoff, col(ServiceRequest.visitor_id).in_(purged)))
        .values(name="", phone="")).rowcount
    demands = session.execute(update(Demand).where(
        or_(Demand.name != "", Demand.phone != ""), col(Demand.state).in_(("done", "cancelled")),
        col(Demand.created_at) < cutoff, or_(col(Demand.done_at).is_(None), col(Demand.done_at) < cutoff))
        .values(name="", phone="")).rowcount
    wishes = session.execute(update(MicroWish).where(
        or_(MicroWish.name != "", MicroWish.phone != ""), col(MicroWish.state).in_(("fulfilled", "withdrawn")),
        col(MicroWish.created_at) < cutoff, or_(col(MicroWish.fulfilled_at).is_(None),
                                                col(MicroWish.fulfilled_at) < cutoff))
        .values(name="", phone="")).rowcount
    return ErasedResidents(requests or 0, demands or 0, wishes or 0)
