"""A room's bookings as an iCalendar file (RFC 5545) for calendar programs.

Built with the ``icalendar`` package, so what is written is what a real parser reads.
Every booking is its own event, series dates included: dates are materialised and each
keeps its own state and times (one date moved, one cancelled), which a repeat rule with
exceptions would only approximate. A calendar program that imports the file again
matches events by UID, so:

* the UID is the booking's, stable for its life (``booking-<id>.<center>@desk``; the
  center's pass number keeps two centers' files apart in one calendar);
* SEQUENCE counts the changes a calendar shows (edits, moves, approval, cancellation),
  read from the booking's audit trail, so a re-import replaces the older copy;
* cancelled, rejected and released (no-show) bookings stay in the file as
  STATUS:CANCELLED, so an earlier import learns they are off; a pending request is
  TENTATIVE.

Times carry TZID of the center's zone with its VTIMEZONE. Like the posters, the file may
be shared: a resident who booked is written as 张*, and no phone number is included.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Final

from icalendar import Calendar, Event, Timezone
from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import AuditEntry, Booking, Center, Room
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.rooms.intervals import MAX_BOOKING
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, REJECTED, RELEASED, RESIDENT
from desk.rooms.transitions import ENTITY
from desk.text import mask_name

PRODID = "-//Desk//Party-Mass Service Center rooms//ZH"
# About three years: a term's or a year's calendar, with room to spare.
MAX_DAYS = 1100
DEFAULT_BACK = timedelta(days=30)
DEFAULT_AHEAD = timedelta(days=365)
# Changes an event's copy in a calendar must follow (a pass or a check-in changes nothing there).
REVISIONS = tuple(f"booking.{action}" for action in ("edit", "move", "cancel", "approve", "reject", "release"))
STATUS = {CONFIRMED: "CONFIRMED", PENDING: "TENTATIVE", CANCELLED: "CANCELLED", REJECTED: "CANCELLED",
          RELEASED: "CANCELLED"}
_CHUNK = 500  # ids per IN (...) query: well under SQLite's parameter limit

# The words inside the file, shown by calendar programs (as in desk.printing's wording dicts).
ICAL_WORDING: Final = {
    "calendar_name": "{center} · {room}",
    "location": "{room}（{location}）",
    "booker": "预约：{booker}",
    "headcount": "人数：{n}人",
    "purpose": "用途：{purpose}",
    "pending": "待审批",
    "cancelled": "已取消：{reason}",
    "rejected": "未批准：{reason}",
    "released": "未到场，已释放",
    "source_upstream": "小程序预约",
}


def default_ical_range(today: date) -> tuple[date, date]:
    """The stretch exported when none is given: the last month and the year ahead."""
    return today - DEFAULT_BACK, today + DEFAULT_AHEAD


def check_range(first: date, last: date) -> None:
    if last < first:
        raise Refusal("The last day ({last}) is before the first ({first}).", first=first.isoformat(),
                      last=last.isoformat())
    if (last - first).days + 1 > MAX_DAYS:
        raise Refusal("An export covers at most {max} days; choose a shorter stretch.", max=MAX_DAYS)


def _sequences(session: Session, booking_ids: list[int]) -> dict[int, int]:
    """booking id → how many changes a calendar shows it has had (the audit trail's count)."""
    counts: dict[int, int] = {}
    for start in range(0, len(booking_ids), _CHUNK):
        chunk = [str(ident) for ident in booking_ids[start:start + _CHUNK]]
        rows = session.exec(select(AuditEntry.entity_id, func.count()).where(
            AuditEntry.entity == ENTITY, col(AuditEntry.entity_id).in_(chunk),
            col(AuditEntry.action).in_(REVISIONS)).group_by(AuditEntry.entity_id))
        counts.update((int(ident), int(count)) for ident, count in rows)
    return counts


def _description(booking: Booking) -> str:
    booker = mask_name(booking.booker_name) if booking.booker_kind == RESIDENT else booking.booker_name
    lines = [ICAL_WORDING["booker"].format(booker=booker), ICAL_WORDING["headcount"].format(n=booking.headcount)]
    if booking.purpose:
        lines.append(ICAL_WORDING["purpose"].format(purpose=booking.purpose))
    if booking.state == PENDING:
        lines.append(ICAL_WORDING["pending"])
    elif booking.state == CANCELLED:
        lines.append(ICAL_WORDING["cancelled"].format(reason=booking.state_reason))
    elif booking.state == REJECTED:
        lines.append(ICAL_WORDING["rejected"].format(reason=booking.state_reason))
    elif booking.state == RELEASED:
        lines.append(ICAL_WORDING["released"])
    if booking.source == "upstream":
        lines.append(ICAL_WORDING["source_upstream"])
    return "\n".join(lines)


def _event(booking: Booking, room: Room, center_id: int | None, sequence: int, clock: CenterClock,
           stamp: datetime) -> Event:
    event = Event()
    suffix = f".{center_id}" if center_id is not None else ""
    event.add("uid", f"booking-{booking.id}{suffix}@desk")
    event.add("dtstamp", stamp)
    event.add("dtstart", clock.local(booking.starts_at))
    event.add("dtend", clock.local(booking.ends_at))
    event.add("summary", booking.title)
    event.add("location", ICAL_WORDING["location"].format(room=room.name, location=room.location)
              if room.location else room.name)
    event.add("description", _description(booking))
    event.add("status", STATUS.get(booking.state, "CONFIRMED"))
    event.add("sequence", sequence)
    event.add("created", booking.created_at)
    event.add("last-modified", booking.updated_at)
    # A cancelled date no longer makes anyone busy.
    event.add("transp", "OPAQUE" if booking.state in (CONFIRMED, PENDING) else "TRANSPARENT")
    return event


def _calendar(center: Center | None, room: Room, clock: CenterClock, first: date, last: date,
              events: Iterable[Event]) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = ICAL_WORDING["calendar_name"].format(center=center.name, room=room.name) if center else room.name
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", clock.zone.key)
    # The zone's rules for the days the events use (a booking may begin the evening before ``first``).
    calendar.add_component(Timezone.from_tzinfo(clock.zone, first_date=first - timedelta(days=2),
                                                last_date=last + timedelta(days=2)))
    for event in events:
        calendar.add_component(event)
    return calendar


def export_room_ical(store: Store, clock: CenterClock, room_id: int, first: date, last: date, *,
                     now: datetime | None = None) -> bytes:
    """The room's bookings touching the local days first..last as an .ics file, read in one transaction."""
    check_range(first, last)
    stamp = now or utcnow()
    start, _ = clock.day_bounds(first)
    _, end = clock.day_bounds(last)
    with store.read() as session:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound("That room no longer exists.")
        center = session.get(Center, 1)
        bookings = list(session.exec(select(Booking).where(
            Booking.room_id == room_id, col(Booking.starts_at) > start - MAX_BOOKING,
            col(Booking.starts_at) < end, col(Booking.ends_at) > start).order_by(col(Booking.starts_at),
                                                                                  col(Booking.id))))
        sequences = _sequences(session, [booking.id or 0 for booking in bookings])
        center_id = center.pass_center_id if center is not None else None
        events = [_event(booking, room, center_id, sequences.get(booking.id or 0, 0), clock, stamp)
                  for booking in bookings]
        calendar = _calendar(center, room, clock, first, last, events)
    return calendar.to_ical()
