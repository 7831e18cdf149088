"""What the room screens draw: the day grid (rooms × hours), a room's week, every room's week,
and "find a free room".

Each loader reads in a fixed number of queries whatever the number of rooms and days
(rooms, approvers, opening days, bookings), never one per room or per day, so a week of
every room stays quick with years of history. A booking across midnight shows on both days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Booking, Room, RoomApprover
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.rooms.conflicts import Candidate, find_clashes
from desk.rooms.intervals import MAX_BOOKING, block_of, covered, local_days
from desk.rooms.openings import Sessions, openings
from desk.rooms.policy import check_times
from desk.rooms.records import CONFIRMED, PENDING, BookingInfo, RoomInfo, booking_info, room_info


@dataclass(frozen=True)
class RoomDay:
    room: RoomInfo
    day: date
    sessions: Sessions
    holiday: str
    closure: str
    closed: bool
    bookings: tuple[BookingInfo, ...]  # confirmed and pending, by start


@dataclass(frozen=True)
class DayGrid:
    day: date
    rooms: tuple[RoomDay, ...]


@dataclass(frozen=True)
class RoomWeek:
    room: RoomInfo
    days: tuple[RoomDay, ...]  # Monday to Sunday


@dataclass(frozen=True)
class WeekGrid:
    monday: date
    days: tuple[date, ...]
    rooms: tuple[RoomWeek, ...]


@dataclass(frozen=True)
class FreeRoom:
    room: RoomInfo
    sessions: Sessions  # that day's hours, to show


def _rooms(session: Session, room_id: int | None) -> list[tuple[Room, tuple[int, ...]]]:
    statement = select(Room).order_by(Room.sort_order, Room.name)
    statement = statement.where(Room.id == room_id) if room_id is not None else statement.where(Room.active == True)  # noqa: E712
    rooms = list(session.exec(statement))
    approvers: dict[int, list[int]] = {}
    for rid, user_id in session.exec(select(RoomApprover.room_id, RoomApprover.user_id)):
        approvers.setdefault(rid, []).append(user_id)
    return [(room, tuple(sorted(approvers.get(room.id or 0, ())))) for room in rooms]


class RoomGrid:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def _days(self, session: Session, rooms: list[tuple[Room, tuple[int, ...]]], first: date,
              last: date) -> dict[int, list[RoomDay]]:
        zone = self.clock.zone
        start, _ = self.clock.day_bounds(first)
        _, end = self.clock.day_bounds(last)
        opening = openings(session, [room for room, _ in rooms], first, last)
        by_room: dict[int, list[Booking]] = {room.id or 0: [] for room, _ in rooms}
        if by_room:
            rows = session.exec(select(Booking).where(
                col(Booking.starts_at) > start - MAX_BOOKING, col(Booking.starts_at) < end,
                col(Booking.ends_at) > start, col(Booking.room_id).in_(list(by_room)),
                col(Booking.state).in_((CONFIRMED, PENDING))).order_by(Booking.starts_at, Booking.id))
            for booking in rows:
                by_room[booking.room_id].append(booking)
        result: dict[int, list[RoomDay]] = {}
        for room, approvers in rooms:
            info = room_info(room, approvers)
            per_day: dict[date, list[BookingInfo]] = {}
            for booking in by_room[room.id or 0]:
                for day in local_days(zone, booking.starts_at, booking.ends_at):
                    per_day.setdefault(day, []).append(booking_info(booking, room.name))
            days = []
            day = first
            while day <= last:
                o = opening[room.id or 0][day]
                days.append(RoomDay(info, day, o.sessions, o.holiday, o.closure, o.closed,
                                    tuple(per_day.get(day, ()))))
                day += timedelta(days=1)
            result[room.id or 0] = days
        return result

    def day_grid(self, day: date) -> DayGrid:
        """Every room in use with its hours, closure and bookings of the day."""
        with self.store.read() as session:
            rooms = _rooms(session, None)
            days = self._days(session, rooms, day, day)
            return DayGrid(day, tuple(days[room.id or 0][0] for room, _ in rooms))

    def _week(self, room_id: int | None, monday: date) -> WeekGrid:
        if monday.weekday() != 0:
            raise Refusal("A week starts on a Monday; {day} is not one.", day=monday.isoformat())
        sunday = monday + timedelta(days=6)
        with self.store.read() as session:
            rooms = _rooms(session, room_id)
            if room_id is not None and not rooms:
                raise NotFound("That room no longer exists.")
            days = self._days(session, rooms, monday, sunday)
            return WeekGrid(monday, tuple(monday + timedelta(days=n) for n in range(7)),
                            tuple(RoomWeek(room_info(room, approvers), tuple(days[room.id or 0]))
                                  for room, approvers in rooms))

    def week(self, room_id: int, monday: date) -> WeekGrid:
        return self._week(room_id, monday)

    def week_all(self, monday: date) -> WeekGrid:
        return self._week(None, monday)

    def find_free(self, starts_at: datetime, ends_at: datetime, headcount: int = 1) -> list[FreeRoom]:
        """Rooms in use that fit ``headcount``, are open then, and are free with their buffers;
        the smallest fitting room first."""
        check_times(starts_at, ends_at, utcnow())
        zone = self.clock.zone
        now = utcnow()
        with self.store.read() as session:
            rooms = [(room, approvers) for room, approvers in _rooms(session, None) if room.capacity >= headcount]
            touched = local_days(zone, starts_at, ends_at)
            opening = openings(session, [room for room, _ in rooms], touched[0], touched[-1])
            candidates = [Candidate(room.id, room.id or 0,
                                    *block_of(starts_at, ends_at, room.setup_minutes, room.cleanup_minutes))
                          for room, _ in rooms]
            clashes = find_clashes(session, candidates, now)
            free = []
            for room, approvers in rooms:
                days = [opening[room.id or 0][day] for day in touched]
                if room.id in clashes or any(d.closed for d in days):
                    continue
                if not covered(starts_at, ends_at, [i for d in days for i in d.intervals(zone)]):
                    continue
                free.append(FreeRoom(room_info(room, approvers), days[0].sessions))
            return sorted(free, key=lambda f: (f.room.capacity, f.room.sort_order, f.room.name))

