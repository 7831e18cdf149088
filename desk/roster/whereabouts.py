"""Where each person is now (去向): at the post, out on business, in a meeting, on leave…

The receptionist changes it on a colleague's behalf when they phone in; every change is
kept in a history (and the audit trail) because the whereabouts board is a public
commitment that inspectors check. A status that promised a return time which has passed
is flagged as stale, so that the board never silently lies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Staff, Whereabouts, WhereaboutsLog, WhereaboutsStatus
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import CenterService
from desk.changes import SETTINGS, WHEREABOUTS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.sync.outbox import emit
from desk.text import clean_text

MAX_AWAY = timedelta(days=31)


@dataclass(frozen=True)
class StatusInfo:
    id: int
    label: str
    present: bool  # at the post
    away: bool  # asks where to and until when
    sort_order: int
    active: bool


@dataclass(frozen=True)
class WhereaboutsInfo:
    staff_id: int
    staff_name: str
    initials: str
    title: str
    public_phone: str
    status_id: int
    label: str
    present: bool
    away: bool
    destination: str
    expected_return: datetime | None
    updated_at: datetime | None  # None: never set, shown with the default status
    updated_by: str
    stale: bool
    has_photo: bool = False


@dataclass(frozen=True)
class LogEntry:
    staff_id: int
    staff_name: str
    label: str
    destination: str
    expected_return: datetime | None
    at: datetime
    by: str


def status_info(row: WhereaboutsStatus) -> StatusInfo:
    return StatusInfo(row.id or 0, row.label, row.present, row.away, row.sort_order, row.active)


class WhereaboutsService:
    def __init__(self, store: Store, clock: CenterClock, center: CenterService) -> None:
        self.store = store
        self.clock = clock
        self.center = center

    # -- the list of statuses -------------------------------------------------------

    def statuses(self, *, include_inactive: bool = False) -> list[StatusInfo]:
        with self.store.read() as session:
            return _statuses(session, include_inactive)

    def save_status(self, actor: Actor, status_id: int | None, label: str, *, present: bool,
                    away: bool) -> Done[StatusInfo]:
        """Add a status (``status_id`` None) or rename/redefine one (administrators)."""
        actor.require_admin()
        label = clean_text(label, field="Status", max_length=16, required=True)
        if present and away:
            raise Refusal("A status cannot be both at the post and away from it.")
        with self.store.write() as session:
            clash = session.exec(select(WhereaboutsStatus.id).where(WhereaboutsStatus.label == label)).first()
            if clash is not None and clash != status_id:
                raise Refusal("There is already a status called {name}.", name=label)
            if status_id is None:
                last = max((s.sort_order for s in _statuses(session, True)), default=-1)
                row = WhereaboutsStatus(label=label, present=present, away=away, sort_order=last + 1)
                before = None
            else:
                row = _status_row(session, status_id)
                before = {"label": row.label, "present": row.present, "away": row.away}
                row.label, row.present, row.away = label, present, away
            session.add(row)
            session.flush()
            record(session, actor, "whereabouts.status.save", entity="whereabouts_status",
                   entity_id=row.id, before=before, after={"label": label, "present": present, "away": away})
            return Done(status_info(row), Changes.of(WHEREABOUTS, SETTINGS))

    def set_status_active(self, actor: Actor, status_id: int, active: bool) -> Done[StatusInfo]:
        actor.require_admin()
        with self.store.write() as session:
            row = _status_row(session, status_id)
            if not active and row.active:
                remaining = [s for s in _statuses(session, False) if s.id != status_id and s.present]
                if row.present and not remaining:
                    raise Refusal("At least one status must mean “at the post”.")
            row.active = active
            session.add(row)
            record(session, actor, "whereabouts.status.activate" if active else "whereabouts.status.deactivate",
                   entity="whereabouts_status", entity_id=status_id)
            return Done(status_info(row), Changes.of(WHEREABOUTS, SETTINGS))

    # -- where people are -----------------------------------------------------------

    def board(self, *, at: datetime | None = None) -> list[WhereaboutsInfo]:
        """Everyone working here today, with their status now, in the center's order."""
        now = at or utcnow()
        stale_after = timedelta(minutes=self.center.settings()["whereabouts_stale_minutes"])
        today = self.clock.local(now).date()
        with self.store.read() as session:
            return load_board(session, today, now, stale_after)

    def get(self, staff_id: int) -> WhereaboutsInfo:
        for info in self.board():
            if info.staff_id == staff_id:
                return info
        raise NotFound("There is no staff member number {id}; the list may be out of date.", id=staff_id)

    def set(self, actor: Actor, staff_id: int, status_id: int, *, destination: str = "",
            expected_return: datetime | None = None) -> Done[WhereaboutsInfo]:
        """Record where someone is now; anyone signed in at the desk may do this."""
        now = utcnow()
        destination = clean_text(destination, field="Destination", max_length=100)
        if expected_return is not None:
            if expected_return.tzinfo is None:
                raise Refusal("The expected return needs a time zone.")
            if expected_return <= now:
                raise Refusal("The expected return ({time}) has already passed; choose a later time.",
                              time=self.clock.local(expected_return).strftime("%m-%d %H:%M"))
            if expected_return - now > MAX_AWAY:
                raise Refusal("The expected return is more than a month away; record leave on the "
                              "roster instead.")
        with self.store.write() as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise NotFound("There is no staff member number {id}; the list may be out of date.", id=staff_id)
            status = _status_row(session, status_id)
            if not status.active:
                raise Refusal("The status {name} is no longer in use.", name=status.label)
            if not status.away:
                destination, expected_return = "", None
            row = session.get(Whereabouts, staff_id)
            before = None
            if row is None:
                row = Whereabouts(staff_id=staff_id, status_id=status_id, updated_at=now)
            else:
                before = {"status_id": row.status_id, "destination": row.destination,
                          "expected_return": row.expected_return}
            row.status_id, row.destination, row.expected_return = status_id, destination, expected_return
            row.updated_at, row.updated_by = now, actor.username
            session.add(row)
            session.add(WhereaboutsLog(staff_id=staff_id, label=status.label, destination=destination,
                                       expected_return=expected_return, at=now, by=actor.username))
            record(session, actor, "whereabouts.set", entity="staff", entity_id=staff_id, before=before,
                   after={"status": status.label, "destination": destination,
                          "expected_return": expected_return})
            emit(session, "roster.whereabouts", {"staff_id": staff_id, "name": staff.name,
                                                 "status": status.label, "present": status.present,
                                                 "destination": destination,
                                                 "expected_return": expected_return, "at": now})
        return Done(self.get(staff_id), Changes.of(WHEREABOUTS))

    def back(self, actor: Actor, staff_id: int) -> Done[WhereaboutsInfo]:
        """Back at the post: the first status that means present."""
        present = [s for s in self.statuses() if s.present]
        if not present:
            raise Refusal("No status means “at the post”; ask an administrator to add one.")
        return self.set(actor, staff_id, present[0].id)

    def history(self, day: date, staff_id: int | None = None) -> list[LogEntry]:
        """The day's changes, oldest first (for inspections and the evening check)."""
        start, end = self.clock.day_bounds(day)
        with self.store.read() as session:
            query = (select(WhereaboutsLog, Staff.name).join(Staff, col(Staff.id) == WhereaboutsLog.staff_id)
                     .where(col(WhereaboutsLog.at) >= start, col(WhereaboutsLog.at) < end)
                     .order_by(col(WhereaboutsLog.at), col(WhereaboutsLog.id)))
            if staff_id is not None:
                query = query.where(WhereaboutsLog.staff_id == staff_id)
            return [LogEntry(log.staff_id, name, log.label, log.destination, log.expected_return, log.at, log.by)
                    for log, name in session.exec(query)]


def load_board(session: Session, today: date, now: datetime, stale_after: timedelta) -> list[WhereaboutsInfo]:
    """Whereabouts of everyone active today, in three queries (the board polls this)."""
    statuses = {s.id: s for s in _statuses(session, True)}
    default = next((s for s in sorted(statuses.values(), key=lambda s: s.sort_order)
                    if s.present and s.active), None)
    rows = {row.staff_id: row for row in session.exec(select(Whereabouts))}
    people = session.exec(
        select(Staff.id, Staff.name, Staff.initials, Staff.title, Staff.public_phone,
               col(Staff.photo).is_not(None))
        .where(col(Staff.active_from) <= today)
        .where(col(Staff.active_until).is_(None) | (col(Staff.active_until) >= today))
        .order_by(col(Staff.sort_order), col(Staff.name)))
    result: list[WhereaboutsInfo] = []
    for staff_id, name, initials, title, phone, has_photo in people:
        row = rows.get(staff_id)
        status = statuses.get(row.status_id) if row else default
        if status is None:
            continue  # no statuses at all: nothing truthful to show
        expected = row.expected_return if row else None
        stale = bool(status.away and expected is not None and now >= expected + stale_after)
        result.append(WhereaboutsInfo(
            staff_id=staff_id, staff_name=name, initials=initials, title=title, public_phone=phone,
            status_id=status.id, label=status.label, present=status.present, away=status.away,
            destination=row.destination if row else "", expected_return=expected,
            updated_at=row.updated_at if row else None, updated_by=row.updated_by if row else "",
            stale=stale, has_photo=bool(has_photo),
        ))
    return result


def _statuses(session: Session, include_inactive: bool) -> list[StatusInfo]:
    query = select(WhereaboutsStatus).order_by(col(WhereaboutsStatus.sort_order), col(WhereaboutsStatus.id))
    if not include_inactive:
        query = query.where(col(WhereaboutsStatus.active).is_(True))
    return [status_info(row) for row in session.exec(query)]


def _status_row(session: Session, status_id: int) -> WhereaboutsStatus:
    row = session.get(WhereaboutsStatus, status_id)
    if row is None:
        raise NotFound("There is no status number {id}; the list may be out of date.", id=status_id)
    return row
