"""Where each ledger's lines come from: one query per ledger, and how each column is read.

A source is a count, a query ordered by time (read in chunks by export.py, never all at
once) and, per column key of kinds.py, a function from a result row to the cell value.
Moments are selected as the text SQLite stores (UTC) and turned into the center's local
time here: SQLAlchemy's per-value processing would cost more than the query on a year
of visits. Personal fields are masked here unless the export is a full one.

What is in each ledger:
- visitors: every check-in of the period (by its local check-in day);
- rooms: bookings starting in the period that held or hold their room — confirmed,
  pending and released (no-shows); cancelled and rejected ones never used it;
- activities: activities starting in the period that were not cancelled;
- volunteers: service lines of activities starting in the period, corrections applied
  (a line replaced or withdrawn is left out), as VolunteerHours counts them;
- requests: requests accepted in the period, open or resolved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, String, and_, func, literal_column, select, type_coerce
from sqlmodel import col

from db.tables import (
    Activity,
    Booking,
    Purpose,
    RequestEvent,
    Room,
    ServiceCategory,
    ServiceItem,
    ServiceRequest,
    Signup,
    Staff,
    User,
    Visit,
    Visitor,
    VolunteerService,
)
from desk.reports.ledgers import wording
from desk.reports.ledgers.kinds import ACTIVITIES, REQUESTS, ROOMS, VISITORS, VOLUNTEERS
from desk.services.working_time import TimeLimit
from desk.text import format_phone, mask_name, mask_phone

Row = tuple[Any, ...]
Value = Callable[[Row], Any]
_UNKNOWN: Any = object()


@dataclass(frozen=True)
class Source:
    count: Select[Any]
    rows: Select[Any]
    values: Mapping[str, Value]  # column key -> the cell value of a result row


class Reading:
    """What one export needs to turn stored values into cells: the zone, whether to mask,
    the moment it runs (for "overdue") and the center's name (the recording unit)."""

    def __init__(self, zone: ZoneInfo, *, masked: bool, now: datetime, center_name: str) -> None:
        self.zone = zone
        self.masked = masked
        self.now = now
        self.center_name = center_name
        # Chosen once, not per value: a person's name and phone, masked or as written.
        self.name: Callable[[str | None], str] = mask_name if masked else _as_is
        self.phone: Callable[[str | None], str] = mask_phone if masked else format_phone
        self._offsets: dict[str, timedelta | None] = {}
        self._last_text: str | None = None
        self._last_local: datetime | None = None

    def local(self, text: str | None) -> datetime | None:
        """A stored moment (UTC text) as naive local time.

        A million rows make the usual aware conversion the slowest step of an export,
        so the zone's offset is looked up once per UTC hour (and per moment only in an
        hour when the offset changes), and the last moment is remembered: a row's date
        and time columns read the same one in turn."""
        if text is None:
            return None
        if text == self._last_text:
            return self._last_local
        utc_moment = datetime.fromisoformat(text)
        hour = text[:13]
        offset = self._offsets.get(hour, _UNKNOWN)
        if offset is _UNKNOWN:
            offset = self._offsets[hour] = self._hour_offset(utc_moment)
        if offset is None:  # the offset changes within this hour (a DST switch)
            local = utc_moment.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)
        else:
            local = utc_moment + offset
        self._last_text, self._last_local = text, local
        return local

    def _hour_offset(self, utc_moment: datetime) -> timedelta | None:
        start = utc_moment.replace(minute=0, second=0, microsecond=0, tzinfo=UTC)
        first = start.astimezone(self.zone).utcoffset()
        last = (start + timedelta(minutes=59, seconds=59)).astimezone(self.zone).utcoffset()
        return first if first == last else None

    def day(self, text: str | None) -> date | None:
        if text is None:
            return None
        moment = self._last_local if text == self._last_text else self.local(text)
        return moment.date()  # type: ignore[union-attr]

    def clock(self, text: str | None) -> time | None:
        if text is None:
            return None
        moment = self._last_local if text == self._last_text else self.local(text)
        return moment.time()  # type: ignore[union-attr]

    def span(self, start_text: str, end_text: str) -> str:
        start, end = self.local(start_text), self.local(end_text)
        if start is None or end is None:
            return ""
        end_text = f"{end:%H:%M}"
        if end.date() > start.date():
            end_text = wording.SHEET["next_day"].format(time=end_text)
        return wording.SHEET["span"].format(start=f"{start:%H:%M}", end=end_text)


def _as_is(text: str | None) -> str:
    return text or ""


def utc(value: Any) -> Any:
    """A moment column as the text SQLite holds (UTC); Reading.local makes it local time."""
    return type_coerce(value, String)


def field(index: int) -> Value:
    """A column shown as stored (None: an empty cell)."""
    return itemgetter(index)


def moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


_VISIT_ROWID = literal_column("visit.rowid")


def visitors(reading: Reading, start: datetime, end: datetime) -> Source:
    period = and_(Visit.check_in_at >= start, Visit.check_in_at < end)
    rows = (select(utc(Visit.check_in_at), utc(Visit.check_out_at), Visitor.name, Visitor.phone,
                   Visitor.organisation, Purpose.label, Visit.headcount, Visit.source, Visit.notes,
                   Visitor.party_member, Visitor.branch)
            .select_from(Visit)
            .join(Purpose, col(Purpose.id) == Visit.purpose_id)
            .outerjoin(Visitor, col(Visitor.id) == Visit.visitor_id)
            .where(period).order_by(col(Visit.check_in_at), _VISIT_ROWID))
    return Source(select(func.count()).select_from(Visit).where(period), rows, {
        "date": lambda r: reading.day(r[0]),
        "time_in": lambda r: reading.clock(r[0]),
        "time_out": lambda r: reading.clock(r[1]),
        "name": lambda r: reading.name(r[2]),
        "phone": lambda r: reading.phone(r[3]),
        "organisation": field(4),
        "purpose": field(5),
        "headcount": field(6),
        "source": lambda r: wording.VISIT_SOURCES.get(r[7], r[7]),
        "notes": field(8),
        "party_member": lambda r: wording.YES if r[9] else "",
        "branch": field(10),
    })


_HELD = ("confirmed", "pending", "released")


def rooms(reading: Reading, start: datetime, end: datetime) -> Source:
    period = and_(Booking.starts_at >= start, Booking.starts_at < end, col(Booking.state).in_(_HELD))
    rows = (select(utc(Booking.starts_at), utc(Booking.ends_at), Room.name, Booking.booker_kind,
                   Booking.booker_name, Booking.title, Booking.purpose, Booking.headcount, Booking.attendance,
                   Booking.state, utc(Booking.checked_in_at), Booking.source, Booking.contact_name,
                   Booking.contact_phone)
            .select_from(Booking).join(Room, col(Room.id) == Booking.room_id)
            .where(period).order_by(col(Booking.starts_at), col(Room.sort_order), col(Booking.id)))

    def hours(r: Row) -> float:
        return round((moment(r[1]) - moment(r[0])).total_seconds() / 3600, 2)  # type: ignore[operator]

    def state(r: Row) -> str:
        return wording.BOOKING_STATES["checked_in" if r[10] else r[9]]

    return Source(select(func.count()).select_from(Booking).where(period), rows, {
        "date": lambda r: reading.day(r[0]),
        "room": field(2),
        "time": lambda r: reading.span(r[0], r[1]),
        "hours": hours,
        "booker": lambda r: r[4] if r[3] == "group" else reading.name(r[4]),
        "title": field(5),
        "purpose": field(6),
        "headcount": field(7),
        "attendance": field(8),
        "state": state,
        "checked_in": lambda r: reading.clock(r[10]),
        "source": lambda r: wording.SOURCES.get(r[11], r[11]),
        "contact": lambda r: reading.name(r[12]),
        "contact_phone": lambda r: reading.phone(r[13]),
    })


def _per_activity(*columns: Any) -> Any:
    return lambda *conditions: select(*columns).where(*conditions).correlate(Activity).scalar_subquery()


def activities(reading: Reading, start: datetime, end: datetime) -> Source:
    period = and_(Activity.starts_at >= start, Activity.starts_at < end, Activity.state != "cancelled")
    of_activity = Signup.activity_id == Activity.id
    confirmed = Signup.state == "confirmed"
    live = and_(VolunteerService.activity_id == Activity.id, VolunteerService.removed == False)  # noqa: E712
    volunteer = func.coalesce("s" + type_coerce(VolunteerService.staff_id, String),
                              "v" + type_coerce(VolunteerService.visitor_id, String),
                              "n" + VolunteerService.name)
    rows = (select(utc(Activity.starts_at), utc(Activity.ends_at), Activity.title, Activity.organiser,
                   func.coalesce(Room.name, Activity.place), Activity.capacity, Activity.source,
                   _per_activity(func.coalesce(func.sum(1 + Signup.companions), 0))(of_activity, confirmed),
                   _per_activity(func.coalesce(func.sum(Signup.attended_count), 0))(
                       of_activity, col(Signup.attended_at).is_not(None)),
                   _per_activity(func.count())(of_activity, confirmed, col(Signup.attended_at).is_(None)),
                   _per_activity(func.count(func.distinct(volunteer)))(live),
                   _per_activity(func.coalesce(func.sum(VolunteerService.minutes), 0))(live))
            .select_from(Activity)
            .outerjoin(Booking, col(Booking.id) == Activity.booking_id)
            .outerjoin(Room, col(Room.id) == Booking.room_id)
            .where(period).order_by(col(Activity.starts_at), col(Activity.id)))

    def no_shows(r: Row) -> int | None:
        # Before it has ended nobody is a no-show yet.
        return r[9] if moment(r[1]) <= reading.now else None  # type: ignore[operator]

    return Source(select(func.count()).select_from(Activity).where(period), rows, {
        "date": lambda r: reading.day(r[0]),
        "time": lambda r: reading.span(r[0], r[1]),
        "title": field(2),
        "organiser": field(3),
        "place": field(4),
        "capacity": lambda r: r[5] if r[5] else wording.UNLIMITED,
        "source": lambda r: wording.SOURCES.get(r[6], r[6]),
        "signed_up": field(7),
        "attended": field(8),
        "no_shows": no_shows,
        "volunteers": field(10),
        "volunteer_hours": lambda r: round(r[11] / 60, 2),
    })


def volunteers(reading: Reading, start: datetime, end: datetime) -> Source:
    period = and_(VolunteerService.removed == False,  # noqa: E712
                  Activity.starts_at >= start, Activity.starts_at < end)
    rows = (select(VolunteerService.name, Staff.public_phone, Visitor.phone, Activity.title, VolunteerService.role,
                   utc(Activity.starts_at), utc(Activity.ends_at), func.coalesce(Room.name, Activity.place),
                   VolunteerService.minutes, Activity.organiser, User.display_name,
                   utc(VolunteerService.recorded_at), VolunteerService.note)
            .select_from(VolunteerService)
            .join(Activity, col(Activity.id) == VolunteerService.activity_id)
            .outerjoin(Staff, col(Staff.id) == VolunteerService.staff_id)
            .outerjoin(Visitor, col(Visitor.id) == VolunteerService.visitor_id)
            .outerjoin(Booking, col(Booking.id) == Activity.booking_id)
            .outerjoin(Room, col(Room.id) == Booking.room_id)
            .outerjoin(User, col(User.id) == VolunteerService.recorded_by)
            .where(period).order_by(col(Activity.starts_at), col(VolunteerService.id)))
    count = (select(func.count()).select_from(VolunteerService)
             .join(Activity, col(Activity.id) == VolunteerService.activity_id).where(period))
    return Source(count, rows, {
        "name": lambda r: reading.name(r[0]),
        "phone": lambda r: reading.phone(r[1] or r[2]),
        "activity": field(3),
        "content": field(4),
        "date": lambda r: reading.day(r[5]),
        "time": lambda r: reading.span(r[5], r[6]),
        "place": field(7),
        "hours": lambda r: round(r[8] / 60, 2),
        "organiser": field(9),
        "recording_unit": lambda r: reading.center_name,
        "recorder": lambda r: r[10] or wording.SYSTEM_RECORDER,
        "recorded_on": lambda r: reading.day(r[11]),
        "note": field(12),
    })


@lru_cache(maxsize=256)
def _limit_text(kind: str, amount: int) -> str:
    return TimeLimit.of(kind, amount).text


def requests(reading: Reading, start: datetime, end: datetime) -> Source:
    period = and_(ServiceRequest.accepted_at >= start, ServiceRequest.accepted_at < end)
    handovers = (select(func.group_concat(Staff.name, "、"))
                 .select_from(RequestEvent).join(Staff, col(Staff.id) == RequestEvent.to_staff_id)
                 .where(RequestEvent.request_id == ServiceRequest.id, RequestEvent.kind == "handover")
                 .correlate(ServiceRequest).scalar_subquery())
    owner = Staff.__table__.alias("owner")
    rows = (select(ServiceRequest.id, utc(ServiceRequest.accepted_at), ServiceRequest.name, ServiceRequest.phone,
                   ServiceItem.name, ServiceCategory.name, ServiceRequest.channel, owner.c.name,
                   ServiceRequest.limit_kind, ServiceRequest.limit_amount, utc(ServiceRequest.due_at),
                   utc(ServiceRequest.resolved_at), ServiceRequest.status, ServiceRequest.rating, handovers)
            .select_from(ServiceRequest)
            .join(ServiceItem, col(ServiceItem.id) == ServiceRequest.item_id)
            .join(ServiceCategory, col(ServiceCategory.id) == ServiceItem.category_id)
            .join(owner, owner.c.id == ServiceRequest.owner_id)
            .where(period).order_by(col(ServiceRequest.accepted_at), col(ServiceRequest.id)))

    def on_time(r: Row) -> str:
        due, resolved = moment(r[10]), moment(r[11])
        assert due is not None  # NOT NULL
        if resolved is not None:
            return wording.ON_TIME["yes" if resolved <= due else "late"]
        return wording.ON_TIME["overdue" if reading.now > due else "open"]

    def rating(r: Row) -> str:
        if r[13]:
            return wording.RATINGS.get(r[13], r[13])
        return wording.NOT_RATED if r[12] == "resolved" else ""

    return Source(select(func.count()).select_from(ServiceRequest).where(period), rows, {
        "number": field(0),
        "accepted_at": lambda r: reading.local(r[1]),
        "resident": lambda r: reading.name(r[2]),
        "phone": lambda r: reading.phone(r[3]),
        "item": field(4),
        "category": field(5),
        "channel": lambda r: wording.REQUEST_CHANNELS.get(r[6], r[6]),
        "owner": field(7),
        "time_limit": lambda r: _limit_text(r[8], r[9]),
        "due_at": lambda r: reading.local(r[10]),
        "resolved_at": lambda r: reading.local(r[11]),
        "status": lambda r: wording.REQUEST_STATUSES.get(r[12], r[12]),
        "on_time": on_time,
        "handed_over": field(14),
        "rating": rating,
    })


SOURCES: dict[str, Callable[[Reading, datetime, datetime], Source]] = {
    VISITORS: visitors, ROOMS: rooms, ACTIVITIES: activities, VOLUNTEERS: volunteers, REQUESTS: requests,
}
