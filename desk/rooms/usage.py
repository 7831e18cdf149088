"""Room usage figures (使用率, 人次) for a period, per room. The statistics issue reuses these
definitions; they are exact:

- **Period**: local calendar days ``first`` to ``last`` inclusive, in the center's zone.
- **Open hours**: the sum, over the period's days, of the room's opening sessions that
  day (its own hours or the center's, seasonal timetables and 调休 included), counting 0
  for a statutory holiday without sessions and for a closed day (a closure of the center
  or of the room). Times outside opening hours never count.
- **Held bookings**: bookings starting in the period that were confirmed and not
  withdrawn: state *confirmed* or *released* (released = a no-show). Pending, rejected
  and cancelled bookings are not held.
- **Booked hours**: the opening time of the period covered by confirmed or released
  bookings (overlaps counted once; one begun the evening before counts its part inside).
- **Used hours**: the same, for those bookings that were checked in.
- **Time utilisation** = used hours / open hours (None when the room was never open);
  **booked rate** = booked hours / open hours.
- **People served (人次)**: the sum of ``attendance`` of checked-in held bookings.
- **Bookings**: the number of held bookings; **checked in**: of those, checked in.
- **No-shows**: held bookings not checked in that were released, or that have ended.
- **No-show rate** = no-shows / (checked in + no-shows): among bookings whose outcome
  is known (None when there are none).
- **Cancelled**: bookings starting in the period cancelled (by the booker, a closure or
  retiring the room), for the record.
Bookings made by an override outside opening hours add bookings and people, not hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select

from db.engine import Store
from db.tables import Booking, Room
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.rooms.intervals import MAX_BOOKING, intersection_total
from desk.rooms.openings import openings
from desk.rooms.records import CANCELLED, CONFIRMED, RELEASED

MAX_PERIOD_DAYS = 3 * 366


@dataclass(frozen=True)
class RoomUsage:
    room_id: int
    room_name: str
    open_hours: float
    booked_hours: float
    used_hours: float
    utilisation: float | None  # used / open
    booked_rate: float | None  # booked / open
    people: int  # 人次
    bookings: int
    checked_in: int
    no_shows: int
    no_show_rate: float | None
    cancelled: int


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


class UsageService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def room_usage(self, first: date, last: date, *, include_retired: bool = True) -> list[RoomUsage]:
        if last < first:
            raise Refusal("The last day of the period is before the first.")
        if (last - first).days >= MAX_PERIOD_DAYS:
            raise Refusal("A usage period can be at most three years long.")
        zone = self.clock.zone
        start, _ = self.clock.day_bounds(first)
        _, end = self.clock.day_bounds(last)
        now = utcnow()
        with self.store.read() as session:
            statement = select(Room).order_by(Room.sort_order, Room.name)
            if not include_retired:
                statement = statement.where(Room.active == True)  # noqa: E712
            rooms = list(session.exec(statement))
            opening = openings(session, rooms, first, last)
            rows = session.exec(select(Booking).where(
                col(Booking.starts_at) > start - MAX_BOOKING, col(Booking.starts_at) < end,
                col(Booking.state).in_((CONFIRMED, RELEASED, CANCELLED))))
            by_room: dict[int, list[Booking]] = {}
            for booking in rows:
                by_room.setdefault(booking.room_id, []).append(booking)
        result = []
        for room in rooms:
            windows = [i for day in opening[room.id or 0].values() for i in day.intervals(zone)]
            open_hours = sum(((e - s) for s, e in windows), timedelta(0)).total_seconds() / 3600
            mine = by_room.get(room.id or 0, [])
            in_period = [b for b in mine if start <= b.starts_at < end]
            held = [b for b in in_period if b.state in (CONFIRMED, RELEASED)]
            used = [b for b in held if b.checked_in_at is not None]
            # Hours count the opening time inside the period, also of bookings that began before it.
            held_spans = [(b.starts_at, b.ends_at) for b in mine if b.state in (CONFIRMED, RELEASED)]
            used_spans = [(b.starts_at, b.ends_at) for b in mine if b.state in (CONFIRMED, RELEASED)
                          and b.checked_in_at is not None]
            booked_hours = intersection_total(held_spans, windows).total_seconds() / 3600
            used_hours = intersection_total(used_spans, windows).total_seconds() / 3600
            no_shows = sum(1 for b in held if b.checked_in_at is None and (b.state == RELEASED or b.ends_at <= now))
            result.append(RoomUsage(
                room_id=room.id or 0, room_name=room.name, open_hours=open_hours, booked_hours=booked_hours,
                used_hours=used_hours, utilisation=_ratio(used_hours, open_hours),
                booked_rate=_ratio(booked_hours, open_hours), people=sum(b.attendance or 0 for b in used),
                bookings=len(held), checked_in=len(used), no_shows=no_shows,
                no_show_rate=_ratio(no_shows, len(used) + no_shows),
                cancelled=sum(1 for b in in_period if b.state == CANCELLED)))
        return result
