"""PIPL: keep personal data only as long as needed, and answer a person's requests.

After the retention period the name, phone, organisation and branch of a visitor who has
not come since are erased and their visits' notes cleared; the visits themselves stay as
anonymous counts (purpose, headcount, times), so the statistics do not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import col, func, select

from db.engine import Store
from db.tables import Pass, Purpose, RevokedPass, Visit, Visitor
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import CenterService
from desk.changes import PASSES, VISITORS, VISITS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound
from desk.rooms.retention import erase_people
from desk.services.retention import erase_residents

_PERSONAL = {"name": None, "initials": None, "pinyin": None, "phone": None, "phone_last4": None,
             "organisation": None, "branch": None}


@dataclass(frozen=True)
class RetentionPlan:
    """What a purge would do (the dry run), or did."""

    cutoff: datetime
    visitors: int
    visits_with_notes: int


class PrivacyService:
    def __init__(self, store: Store, center: CenterService, clock: CenterClock) -> None:
        self.store = store
        self.center = center
        self.clock = clock

    def _cutoff(self, now: datetime) -> datetime:
        return now - timedelta(days=int(self.center.settings()["retention_days"]))

    def preview(self, now: datetime | None = None) -> RetentionPlan:
        """The dry run: how many people and notes the purge would erase, changing nothing."""
        cutoff = self._cutoff(now or utcnow())
        with self.store.read() as session:
            return self._plan(session, cutoff)

    @staticmethod
    def _plan(session, cutoff: datetime) -> RetentionPlan:  # noqa: ANN001
        visitors = session.exec(select(func.count()).select_from(Visitor).where(
            col(Visitor.purged_at).is_(None), col(Visitor.last_visit_at) < cutoff)).one()
        notes = session.exec(select(func.count()).select_from(Visit).where(
            col(Visit.notes).is_not(None), Visit.check_in_at < cutoff)).one()
        return RetentionPlan(cutoff, visitors, notes)

    def purge(self, actor: Actor, now: datetime | None = None) -> Done[RetentionPlan]:
        now = now or utcnow()
        cutoff = self._cutoff(now)
        with self.store.write() as session:
            plan = self._plan(session, cutoff)
            stale = select(Visitor.id).where(col(Visitor.purged_at).is_(None), col(Visitor.last_visit_at) < cutoff)
            self._revoke_passes_of(session, stale, now, "retention period ended")
            session.execute(update(Visitor).where(col(Visitor.id).in_(stale)).values(**_PERSONAL, purged_at=now))
            session.execute(update(Visit).where(col(Visit.notes).is_not(None), Visit.check_in_at < cutoff)
                            .values(notes=None))
            erase_residents(session, cutoff)  # the copies kept on requests, demands and wishes
            erase_people(session, cutoff)  # and on bookings and activity sign-ups
            record(session, actor, "privacy.purge", detail=f"cutoff {cutoff.isoformat()}",
                   after={"visitors": plan.visitors, "visit_notes": plan.visits_with_notes})
        return Done(plan, Changes.of(VISITORS, VISITS, PASSES) if plan.visitors or plan.visits_with_notes else Changes())

    def _revoke_passes_of(self, session, visitor_ids, now: datetime, reason: str) -> None:  # noqa: ANN001
        center = self.center.get()
        center_id = center.pass_center_id if center else 0
        for serial in session.exec(select(Pass.serial).where(col(Pass.visitor_id).in_(visitor_ids))):
            session.add(RevokedPass(center_id=center_id, serial=serial, revoked_at=now, reason=reason))

    def export_person(self, actor: Actor, visitor_id: int) -> dict[str, Any]:
        """Everything the desk holds on one person (a PIPL access request), audited."""
        actor.require_admin()
        with self.store.write() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None:
                raise NotFound("This visitor's record no longer exists.")
            visits = session.exec(
                select(Visit, Purpose.label).join(Purpose, Purpose.id == Visit.purpose_id)
                .where(Visit.visitor_id == visitor_id).order_by(Visit.check_in_at)).all()
            record(session, actor, "privacy.export_person", entity="visitor", entity_id=visitor_id)
            return {
                "visitor": {
                    "name": visitor.name, "phone": visitor.phone, "organisation": visitor.organisation,
                    "party_member": visitor.party_member, "branch": visitor.branch,
                    "first_recorded": visitor.created_at.isoformat(),
                },
                "visits": [
                    {"purpose": label, "headcount": v.headcount,
                     "check_in": self.clock.local(v.check_in_at).isoformat(timespec="minutes"),
                     "check_out": self.clock.local(v.check_out_at).isoformat(timespec="minutes")
                     if v.check_out_at else None, "notes": v.notes}
                    for v, label in visits
                ],
            }

    def erase_person(self, actor: Actor, visitor_id: int) -> Done[int]:
        """A deletion request: personal fields and notes erased now; counts stay."""
        actor.require_admin()
        now = utcnow()
        with self.store.write() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None or visitor.purged_at is not None:
                raise NotFound("This visitor's record no longer exists.")
            ids = select(Visitor.id).where(Visitor.id == visitor_id)
            self._revoke_passes_of(session, ids, now, "erased on request")
            session.execute(update(Visitor).where(Visitor.id == visitor_id).values(**_PERSONAL, purged_at=now))
            changed = session.execute(update(Visit).where(Visit.visitor_id == visitor_id).values(notes=None))
            record(session, actor, "privacy.erase_person", entity="visitor", entity_id=visitor_id)
        return Done(changed.rowcount, Changes.of(VISITORS, VISITS, PASSES))
