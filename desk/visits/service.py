"""Check-in and check-out: walk-ins, returning visitors, pass scans, closing time.

Each write is one ``BEGIN IMMEDIATE`` transaction that also writes its audit line, so a
check (is this pass already inside?) and the insert that depends on it cannot race
another window or process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select
from uuid6 import uuid7

from db.engine import Store
from db.tables import Pass, Purpose, Visit, Visitor
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import CenterService
from desk.changes import VISITORS, VISITS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.passes.codec import PassKind
from desk.passes.errors import PassRejected
from desk.passes.service import PassService
from desk.text import clean_text, mask_phone, validate_phone
from desk.visits import queries
from desk.visits.purposes import HIDDEN, REQUIRED, PurposeInfo, info
from desk.visits.registry import find_or_create_visitor, search_visitors
from desk.visits.rows import VisitorRow, VisitRow

MAX_HEADCOUNT = 500


def new_token() -> str:
    """A visit id made when a form opens: saving it twice (a double click) saves once."""
    return str(uuid7())


@dataclass(frozen=True)
class WalkInForm:
    token: str
    purpose_code: str
    name: str = ""
    phone: str = ""
    headcount: int = 1
    organisation: str = ""
    party_member: bool = False
    branch: str = ""
    notes: str = ""
    consent: bool = False


@dataclass(frozen=True)
class ScanResult:
    """What a scan did. ``outcome``: checked_in, checked_out, repeat or refused."""

    outcome: str
    template: str
    fields: dict
    visit: VisitRow | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    @property
    def ok(self) -> bool:
        return self.outcome != "refused"


class VisitService:
    def __init__(self, store: Store, center: CenterService, passes: PassService,
                 clock: CenterClock | None = None) -> None:
        self.store = store
        self.center = center
        self.passes = passes
        self.clock = clock or CenterClock()

    # ---- reading -------------------------------------------------------------------
    def purposes(self) -> list[PurposeInfo]:
        from desk.visits.purposes import load_purposes

        with self.store.read() as session:
            return load_purposes(session)

    def today(self) -> list[VisitRow]:
        with self.store.read() as session:
            return queries.day(session, self.clock, self.clock.today())

    def inside_now(self) -> list[VisitRow]:
        with self.store.read() as session:
            return queries.inside_now(session)

    def search(self, query: queries.VisitQuery) -> list[VisitRow]:
        with self.store.read() as session:
            return queries.search(session, self.clock, query)

    def find_visitors(self, text: str, limit: int = 20) -> list[VisitorRow]:
        with self.store.read() as session:
            found = search_visitors(session, text, limit=limit)
            inside = self._inside_visitor_ids(session, [v.id for v in found])
        return [
            VisitorRow(v.id, v.name or "", v.initials or "", mask_phone(v.phone), v.organisation or "",
                       v.party_member, v.branch or "", v.last_visit_at, v.id in inside)
            for v in found
        ]

    @staticmethod
    def _inside_visitor_ids(session: Session, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        rows = session.exec(select(Visit.visitor_id).where(
            col(Visit.visitor_id).in_(ids), col(Visit.check_out_at).is_(None)))
        return set(rows)

    def reveal_phone(self, actor: Actor, visitor_id: int) -> str:
        """The full number, for an administrator; the reveal itself is audited."""
        actor.require_admin()
        with self.store.write() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None or not visitor.phone:
                raise NotFound("There is no phone number on record for this visitor.")
            record(session, actor, "visitor.reveal_phone", entity="visitor", entity_id=visitor_id)
            return visitor.phone

    # ---- checking in ---------------------------------------------------------------
    def _purpose(self, session: Session, code: str) -> PurposeInfo:
        purpose = session.exec(select(Purpose).where(Purpose.code == code, Purpose.active == True)).first()  # noqa: E712
        if purpose is None:
            raise Refusal("Choose a purpose for the visit.")
        return info(purpose)

    def _validated(self, form: WalkInForm, purpose: PurposeInfo) -> dict:
        def field(name: str, value: str, label: str, max_length: int) -> str:
            rule = purpose.rule(name)
            if rule == HIDDEN:
                return ""
            return clean_text(value, field=label, max_length=max_length, required=rule == REQUIRED)

        name = field("name", form.name, "Name", 50)
        phone_rule = purpose.rule("phone")
        phone = None if phone_rule == HIDDEN else validate_phone(form.phone, required=phone_rule == REQUIRED)
        organisation = field("organisation", form.organisation, "Organisation", 100)
        branch = field("branch", form.branch, "Party branch", 100)
        notes = clean_text(form.notes, field="Notes", max_length=500, multiline=True)
        if isinstance(form.headcount, bool) or not isinstance(form.headcount, int) or not 1 <= form.headcount <= MAX_HEADCOUNT:
            raise Refusal("Headcount must be a whole number from 1 to {max}.", max=MAX_HEADCOUNT)
        if (name or phone) and not form.consent:
            raise Refusal("The visitor must agree to the privacy notice before their name or phone is recorded.")
        return {"name": name, "phone": phone, "organisation": organisation, "branch": branch,
                "notes": notes or None, "party_member": form.party_member or purpose.is_party_report}

    def check_in_walk_in(self, actor: Actor, form: WalkInForm) -> Done[VisitRow]:
        now = utcnow()
        with self.store.write() as session:
            existing = session.get(Visit, form.token)
            if existing is not None:  # the same form saved twice: one visit
                return Done(self._row(session, existing.id), Changes())
            purpose = self._purpose(session, form.purpose_code)
            clean = self._validated(form, purpose)
            visitor_id = None
            if clean["name"] or clean["phone"]:
                visitor = find_or_create_visitor(
                    session, name=clean["name"], phone=clean["phone"], organisation=clean["organisation"],
                    party_member=clean["party_member"], branch=clean["branch"], now=now)
                visitor_id = visitor.id
            visit = self._insert(session, actor, token=form.token, visitor_id=visitor_id, purpose=purpose,
                                 headcount=form.headcount, source="walkin", notes=clean["notes"],
                                 consent=form.consent, now=now)
            return Done(self._row(session, visit.id), Changes.of(VISITS, VISITORS))

    def check_in_returning(self, actor: Actor, visitor_id: int, purpose_code: str, *,
                           token: str, headcount: int = 1) -> Done[VisitRow]:
        """One key for someone the desk already knows."""
        now = utcnow()
        with self.store.write() as session:
            existing = session.get(Visit, token)
            if existing is not None:
                return Done(self._row(session, existing.id), Changes())
            visitor = session.get(Visitor, visitor_id)
            if visitor is None or visitor.purged_at is not None:
                raise NotFound("This visitor's record no longer exists.")
            open_visit = self._open_visit_of(session, visitor_id)
            if open_visit is not None:
                raise Refusal("{name} is already inside (checked in at {time}).", name=_display_name(visitor),
                              time=self._hhmm(open_visit.check_in_at))
            purpose = self._purpose(session, purpose_code)
            if not 1 <= headcount <= MAX_HEADCOUNT:
                raise Refusal("Headcount must be a whole number from 1 to {max}.", max=MAX_HEADCOUNT)
            visitor.last_visit_at = now
            session.add(visitor)
            visit = self._insert(session, actor, token=token, visitor_id=visitor_id, purpose=purpose,
                                 headcount=headcount, source="returning", notes=None, consent=True, now=now)
            return Done(self._row(session, visit.id), Changes.of(VISITS, VISITORS))

    def issue_pass_to(self, actor: Actor, *, name: str, phone: str, kind: PassKind, valid_for: timedelta):
        """A pass for a person known by name and phone (recorded if new): the visitor and the
        pass are committed together, so a refused pass leaves no stray visitor behind."""
        name = clean_text(name, field="Name", max_length=50, required=True)
        phone = validate_phone(phone, required=True)
        now = utcnow()
        with self.store.write() as session:
            visitor = find_or_create_visitor(session, name=name, phone=phone, now=now)
            issued = self.passes.issue_in(session, actor, kind=kind, visitor_id=visitor.id, valid_from=now,
                                          valid_until=now + valid_for)
        return Done(issued, Changes.of(VISITORS))

    def scan(self, actor: Actor, raw: str) -> ScanResult:
        """A pass was scanned: check in, check out, repeat, or refuse with the reason."""
        now = utcnow()
        try:
            claims = self.passes.verify_scan(actor, raw, now=now, audit_action="scan.refused")
        except PassRejected as rejected:
            return ScanResult("refused", rejected.template, rejected.fields)
        settings = self.center.settings()
        with self.store.write() as session:
            if claims.kind is not PassKind.RESIDENT:
                record(session, actor, "scan.refused", entity="pass", entity_id=claims.serial,
                       detail=f"kind {claims.kind.name} not handled at check-in")
                return ScanResult("refused", "This pass ({kind}) is not a visitor pass; it is checked "
                                  "on the page that handles it.", {"kind": claims.kind.name.lower()})
            issued = session.exec(select(Pass).where(Pass.serial == claims.serial)).first()
            visitor = session.get(Visitor, issued.visitor_id) if issued and issued.visitor_id else None
            if visitor is None or visitor.purged_at is not None:
                record(session, actor, "scan.refused", entity="pass", entity_id=claims.serial,
                       detail="holder unknown or erased")
                return ScanResult("refused", "This pass is valid but its holder is no longer on record.", {})
            open_visit = self._open_visit_of(session, visitor.id)
            if open_visit is not None:
                since = now - open_visit.check_in_at
                if since < timedelta(seconds=settings["repeat_scan_seconds"]):
                    return ScanResult("repeat", "{name} is already checked in at {time}.",
                                      {"name": _display_name(visitor), "time": self._hhmm(open_visit.check_in_at)},
                                      self._row(session, open_visit.id))
                before = {"check_out_at": None}
                open_visit.check_out_at, open_visit.check_out_kind = now, "scan"
                session.add(open_visit)
                record(session, actor, "visit.check_out", entity="visit", entity_id=open_visit.id,
                       before=before, after={"check_out_at": now, "kind": "scan"})
                return ScanResult("checked_out", "Goodbye, {name}: checked out at {time}.",
                                  {"name": _display_name(visitor), "time": self._hhmm(now)},
                                  self._row(session, open_visit.id))
            purpose = self._purpose(session, settings["default_scan_purpose"])
            visitor.last_visit_at = now
            session.add(visitor)
            visit = self._insert(session, actor, token=new_token(), visitor_id=visitor.id, purpose=purpose,
                                 headcount=1, source="pass", notes=None, consent=True, now=now,
                                 pass_serial=claims.serial)
            return ScanResult("checked_in", "Welcome, {name}: checked in at {time}.",
                              {"name": _display_name(visitor), "time": self._hhmm(now)},
                              self._row(session, visit.id))

    # ---- checking out --------------------------------------------------------------
    def check_out(self, actor: Actor, visit_id: str) -> Done[VisitRow]:
        now = utcnow()
        with self.store.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound("This visit no longer exists.")
            if visit.check_out_at is not None:
                raise Refusal("Already checked out at {time}.", time=self._hhmm(visit.check_out_at))
            visit.check_out_at, visit.check_out_kind = now, "manual"
            session.add(visit)
            record(session, actor, "visit.check_out", entity="visit", entity_id=visit_id,
                   before={"check_out_at": None}, after={"check_out_at": now, "kind": "manual"})
            return Done(self._row(session, visit_id), Changes.of(VISITS))

    def close_day(self, actor: Actor, now: datetime | None = None) -> Done[int]:
        """Check out everyone whose day has closed: at that day's closing time, or at
        midnight for visits that began after closing or on a closed day."""
        now = now or utcnow()
        hours = self.center.hours()
        closed = 0
        with self.store.write() as session:
            open_visits = session.exec(select(Visit).where(col(Visit.check_out_at).is_(None))).all()
            for visit in open_visits:
                local_in = self.clock.local(visit.check_in_at)
                closing = hours.closing_time(local_in.weekday())
                end = self.clock.at(local_in.date(), closing) if closing else None
                if end is None or end <= local_in:
                    end = self.clock.day_bounds(local_in.date())[1]
                if end > now:
                    continue
                visit.check_out_at, visit.check_out_kind = end, "auto"
                session.add(visit)
                record(session, actor, "visit.auto_check_out", entity="visit", entity_id=visit.id,
                       after={"check_out_at": end})
                closed += 1
        return Done(closed, Changes.of(VISITS) if closed else Changes())

    # ---- helpers -------------------------------------------------------------------
    def _insert(self, session: Session, actor: Actor, *, token: str, visitor_id: int | None,
                purpose: PurposeInfo, headcount: int, source: str, notes: str | None, consent: bool,
                now: datetime, pass_serial: int | None = None) -> Visit:
        visit = Visit(id=token, visitor_id=visitor_id, purpose_id=purpose.id, headcount=headcount,
                      source=source, pass_serial=pass_serial, check_in_at=now, notes=notes,
                      consent=consent, created_by=actor.user_id)
        session.add(visit)
        session.flush()
        record(session, actor, "visit.check_in", entity="visit", entity_id=token,
               after={"visitor_id": visitor_id, "purpose": purpose.code, "headcount": headcount,
                      "source": source})
        return visit

    @staticmethod
    def _open_visit_of(session: Session, visitor_id: int) -> Visit | None:
        return session.exec(
            select(Visit).where(Visit.visitor_id == visitor_id, col(Visit.check_out_at).is_(None))
            .order_by(col(Visit.check_in_at).desc())
        ).first()

    def _row(self, session: Session, visit_id: str) -> VisitRow:
        statement = queries.base_select().where(Visit.id == visit_id)
        return queries.to_row(tuple(session.execute(statement).one()))

    def _hhmm(self, moment: datetime) -> str:
        return self.clock.local(moment).strftime("%H:%M")

    def roll_call_rows(self) -> list:
        """Everyone inside now, for the evacuation roll-call sheet."""
        from desk.printing.roll_call import RollCallRow

        return [
            RollCallRow(name=row.name or "—", phone_masked=row.phone_masked, purpose=row.purpose_label,
                        headcount=row.headcount, checked_in=self.clock.local(row.check_in_at),
                        organisation=row.organisation)
            for row in self.inside_now()
        ]


def _display_name(visitor: Visitor) -> str:
    """How the banner greets someone: their name, else their masked phone."""
    return visitor.name or mask_phone(visitor.phone) or "—"

