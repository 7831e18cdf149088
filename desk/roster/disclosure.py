"""What the three disclosures (三公开) show: who is on duty at each post, where everyone
is, and how to reach them — now (the lobby board) or for a whole day (the duty sheet).

Both views are built here, from a handful of queries, so that the board, the printed
sheet and the wall poster can never disagree about who residents should see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import AuditEntry, CalendarDay, Center, Duty, Shift, Staff
from desk.center.service import settings_in
from desk.clock import CenterClock, utcnow
from desk.roster.calendar import ORDINARY
from desk.roster.posts import PostInfo, load_posts
from desk.roster.timetable import sessions_in
from desk.text import format_phone
from desk.roster.whereabouts import WhereaboutsInfo, load_board

Sessions = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Person:
    """A staff member as the public sees them: never a private phone."""

    staff_id: int
    name: str
    title: str
    public_phone: str
    label: str  # whereabouts status now
    present: bool
    away: bool
    destination: str
    expected_return: datetime | None  # aware; shown in the center's time
    stale: bool
    has_photo: bool


@dataclass(frozen=True)
class Referral:
    """“A is out — please see B”."""

    absent: Person
    see: Person | None  # None: nobody of this post is in; call the phone on the board


@dataclass(frozen=True)
class PostNow:
    post: PostInfo
    holder: Person | None
    backup: Person | None
    on_duty: tuple[Person, ...]  # rostered for this moment
    serving: Person | None  # whom residents should go to now
    referral: Referral | None


@dataclass(frozen=True)
class BoardSnapshot:
    center_name: str
    address: str
    supervision_phone: str
    notice: str
    now: datetime  # local
    day_kind: str | None  # holiday | workday (调休) | None
    day_name: str
    sessions: Sessions
    open_now: bool
    posts: tuple[PostNow, ...]
    people: tuple[Person, ...]


@dataclass(frozen=True)
class DutyLine:
    shift: str
    start: str  # "HH:MM" local
    end: str
    person: Person
    source: str  # auto | manual | swap | cover


@dataclass(frozen=True)
class PostDay:
    post: PostInfo
    holder: Person | None
    backup: Person | None
    duties: tuple[DutyLine, ...]


@dataclass(frozen=True)
class DaySheet:
    center_name: str
    address: str
    supervision_phone: str
    notice: str
    day: date
    day_kind: str | None
    day_name: str
    sessions: Sessions
    posts: tuple[PostDay, ...]
    people: tuple[Person, ...]
    whereabouts_known: bool  # only today's sheet can say where people are


class DisclosureService:
    """What the board shows and the sheets print, each read in one transaction: the board
    polls this and the sheet is printed while someone waits."""

    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def change_mark(self) -> int:
        """A number that grows with every committed change (each writes an audit line):
        the board polls it, across processes, to know when to redraw."""
        with self.store.read() as session:
            return session.exec(select(func.max(AuditEntry.id))).one() or 0

    def snapshot(self, at: datetime | None = None) -> BoardSnapshot:
        now = at or utcnow()
        local = self.clock.local(now)
        today = local.date()
        hhmm = local.strftime("%H:%M")
        with self.store.read() as session:
            center = session.get(Center, 1)
            settings = settings_in(session)
            people = _people(session, today, now, settings["whereabouts_stale_minutes"])
            posts = load_posts(session)
            rostered = _on_duty_now(session, now)
            kind, name = _day_kind(session, today)
            sessions = sessions_in(session, today, today)[today]
        posts_now = tuple(_post_now(post, people, rostered.get(post.id, ())) for post in posts)
        return BoardSnapshot(
            center_name=center.name if center else "", address=center.address if center else "",
            supervision_phone=format_phone(center.supervision_phone) if center else "",
            notice=settings["disclosure_notice"],
            now=local, day_kind=kind, day_name=name, sessions=sessions,
            open_now=any(start <= hhmm < end for start, end in sessions),
            posts=posts_now, people=tuple(people.values()),
        )

    def day_sheet(self, day: date, at: datetime | None = None) -> DaySheet:
        now = at or utcnow()
        today = self.clock.local(now).date()
        with self.store.read() as session:
            center = session.get(Center, 1)
            settings = settings_in(session)
            people = _people(session, day, now, settings["whereabouts_stale_minutes"])
            working = set(people)  # everyone employed that day, whom the sheet lists
            posts = load_posts(session)
            lines = _duties_of_day(session, day, self.clock)
            named = {line[3] for post_lines in lines.values() for line in post_lines}
            named |= {i for post in posts for i in (post.holder_id, post.backup_id) if i is not None}
            _add_former_staff(session, people, named)
            kind, name = _day_kind(session, day)
            sessions = sessions_in(session, day, day)[day]
        post_days = tuple(
            PostDay(post, people.get(post.holder_id or -1), people.get(post.backup_id or -1),
                    tuple(DutyLine(shift, start, end, people[staff], source)
                          for shift, start, end, staff, source in lines.get(post.id, ()) if staff in people))
            for post in posts)
        return DaySheet(
            center_name=center.name if center else "", address=center.address if center else "",
            supervision_phone=format_phone(center.supervision_phone) if center else "",
            notice=settings["disclosure_notice"],
            day=day, day_kind=kind, day_name=name, sessions=sessions, posts=post_days,
            people=tuple(p for p in people.values() if p.staff_id in working),
            whereabouts_known=day == today,
        )


def _people(session: Session, day: date, now: datetime, stale_minutes: int) -> dict[int, Person]:
    """Everyone employed on ``day``, with their whereabouts now."""
    board = load_board(session, day, now, timedelta(minutes=stale_minutes))
    return {info.staff_id: _person(info) for info in board}


def _add_former_staff(session: Session, people: dict[int, Person], named: set[int]) -> None:
    """A duty or post may name someone not employed that day (a data slip the checks
    report); the sheet still prints their name rather than dropping the line."""
    missing = named - set(people)
    if not missing:
        return
    rows = session.exec(select(Staff.id, Staff.name, Staff.title, Staff.public_phone)
                        .where(col(Staff.id).in_(sorted(missing))))
    for staff_id, name, title, phone in rows:
        people[staff_id] = Person(staff_id, name, title, format_phone(phone), "", False, False, "", None, False, False)


def _person(info: WhereaboutsInfo) -> Person:
    return Person(info.staff_id, info.staff_name, info.title, format_phone(info.public_phone), info.label,
                  info.present, info.away, info.destination, info.expected_return, info.stale, info.has_photo)


def _on_duty_now(session: Session, now: datetime) -> dict[int, tuple[int, ...]]:
    rows = session.exec(
        select(Duty.post_id, Duty.staff_id).where(col(Duty.removed).is_(False))
        .where(col(Duty.starts_at) <= now, col(Duty.ends_at) > now)
        .order_by(col(Duty.starts_at), col(Duty.id)))
    result: dict[int, list[int]] = {}
    for post_id, staff_id in rows:
        result.setdefault(post_id, []).append(staff_id)
    return {post_id: tuple(ids) for post_id, ids in result.items()}


def _post_now(post: PostInfo, people: dict[int, Person], rostered: tuple[int, ...]) -> PostNow:
    on_duty = tuple(people[i] for i in rostered if i in people)
    holder = people.get(post.holder_id) if post.holder_id else None
    backup = people.get(post.backup_id) if post.backup_id else None
    candidates = [*on_duty, holder, backup, *(people.get(i) for i in post.cover_ids)]
    serving = next((p for p in candidates if p is not None and p.present), None)
    expected = on_duty[0] if on_duty else holder
    referral = None
    if expected is not None and not expected.present:
        referral = Referral(expected, serving)
    return PostNow(post, holder, backup, on_duty, serving, referral)


def _duties_of_day(session: Session, day: date, clock: CenterClock) -> dict[int, list[tuple[str, str, str, int, str]]]:
    rows = session.exec(
        select(Duty, Shift.name).join(Shift, col(Shift.id) == Duty.shift_id)
        .where(Duty.day == day, col(Duty.removed).is_(False))
        .order_by(col(Duty.starts_at), col(Duty.id)))
    result: dict[int, list[tuple[str, str, str, int, str]]] = {}
    for duty, shift_name in rows:
        start = clock.local(duty.starts_at).strftime("%H:%M")
        end = clock.local(duty.ends_at).strftime("%H:%M")
        result.setdefault(duty.post_id, []).append((shift_name, start, end, duty.staff_id, duty.source))
    return result


def _day_kind(session: Session, day: date) -> tuple[str | None, str]:
    row = session.get(CalendarDay, day)
    return (row.kind, row.name) if row and row.kind != ORDINARY else (None, "")
