"""What the rooms printouts show: the day's schedule and door sheets, the week poster and
an activity's sign-in sheet, each read in one read transaction.

The GUI and ``desk print`` both call these and hand the result to a renderer in
``desk.printing``. Times are already in the center's zone (a sheet is read by people in
the building, never in UTC). The schedule, door sheets and poster hang where anyone
walks past, so a resident who booked is printed as 张* and no booking's phone number
appears; the sign-in sheet names everyone in full (people sign next to their name) but
masks their phones.

Every day rule is half-open: a booking 23:00–24:00 belongs to its day only, one across
midnight appears on both days it touches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Activity, Booking, CalendarDay, Center, Closure, Pass, RevokedPass, Room, Signup
from desk.clock import CenterClock
from desk.errors import NotFound
from desk.rooms.activity_rows import CONFIRMED as SIGNUP_CONFIRMED
from desk.rooms.activity_rows import OPEN, WAITLIST
from desk.rooms.activity_rules import DOOR_OPENS_MINUTES, load_activity, places_used
from desk.rooms.intervals import MAX_BOOKING, local_days
from desk.rooms.openings import Sessions, openings
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, RELEASED, RESIDENT
from desk.roster.calendar import HOLIDAY, WORKDAY
from desk.text import mask_name, mask_phone

LIVE_STATES = (CONFIRMED, PENDING)  # the bookings that hold the room
# The schedule also lists the day's cancelled and released (no-show) bookings, so the desk
# can answer "we had booked it"; a rejected request was never on it.
SCHEDULE_STATES = (CONFIRMED, PENDING, CANCELLED, RELEASED)


@dataclass(frozen=True)
class RoomLine:
    id: int
    name: str
    kind: str
    location: str
    capacity: int


@dataclass(frozen=True)
class PrintedBooking:
    id: int
    starts_at: datetime  # in the center's zone
    ends_at: datetime
    title: str
    purpose: str
    booker: str  # a group's name in full, a resident's masked (张*)
    headcount: int
    state: str  # confirmed | pending | cancelled | released
    checked_in: bool
    source: str  # desk | upstream

    @property
    def live(self) -> bool:
        return self.state in LIVE_STATES


@dataclass(frozen=True)
class PrintedRoomDay:
    room: RoomLine
    day: date
    sessions: Sessions  # the hours that apply ("HH:MM" pairs), even on a closed day
    holiday: str  # the statutory holiday's name, "" on other days
    closure: str  # why the center or the room is closed, "" when it is not
    closed: bool  # closed by a closure, or no opening hours that day
    bookings: tuple[PrintedBooking, ...]  # by start

    @property
    def live(self) -> tuple[PrintedBooking, ...]:
        return tuple(booking for booking in self.bookings if booking.live)


@dataclass(frozen=True)
class DayMark:
    """What the whole center's day is: a statutory holiday, a make-up working day, closed."""

    day: date
    kind: str | None  # holiday | workday | None
    name: str  # 国庆节, ...
    closure: str  # the center's own closure of the day ("" when none)


@dataclass(frozen=True)
class RoomDaySheet:
    center_name: str
    mark: DayMark
    rooms: tuple[PrintedRoomDay, ...]

    @property
    def day(self) -> date:
        return self.mark.day


@dataclass(frozen=True)
class PrintedRoomWeek:
    room: RoomLine
    days: tuple[PrintedRoomDay, ...]  # Monday to Sunday, live bookings only


@dataclass(frozen=True)
class RoomWeekSheet:
    center_name: str
    days: tuple[DayMark, ...]  # Monday to Sunday
    rooms: tuple[PrintedRoomWeek, ...]

    @property
    def monday(self) -> date:
        return self.days[0].day


@dataclass(frozen=True)
class SigninRow:
    signup_id: int
    number: int  # 1, 2, ... in the list; on the waiting list its position
    name: str
    phone_masked: str
    companions: int
    pass_payload: str  # the sign-up pass's QR text; "" when this desk holds no live one
    attended_at: datetime | None  # in the center's zone
    attended_count: int | None

    @property
    def people(self) -> int:
        return 1 + self.companions


@dataclass(frozen=True)
class SigninSheet:
    center_name: str
    activity_id: int
    title: str
    organiser: str
    place: str  # the room's name, or the place typed in
    room_location: str
    starts_at: datetime  # in the center's zone
    ends_at: datetime
    door_opens: datetime  # sign-in at the door opens then
    capacity: int  # 0: no limit
    places_used: int  # people on confirmed sign-ups, companions included
    cancelled: bool
    booking_pass: str  # the room booking's QR text, "" when none was issued or it is not confirmed
    confirmed: tuple[SigninRow, ...]
    waitlist: tuple[SigninRow, ...]


# ---- reading -----------------------------------------------------------------------------


def _center_name(session: Session) -> str:
    center = session.get(Center, 1)
    return center.name if center else ""


def _room_line(room: Room) -> RoomLine:
    return RoomLine(room.id or 0, room.name, room.kind, room.location, room.capacity)


def _rooms(session: Session, room_id: int | None) -> list[Room]:
    if room_id is not None:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound("That room no longer exists.")
        return [room]
    return list(session.exec(select(Room).where(Room.active == True)  # noqa: E712
                             .order_by(col(Room.sort_order), col(Room.name))))


def _marks(session: Session, first: date, last: date) -> list[DayMark]:
    special = {row.day: row for row in session.exec(
        select(CalendarDay).where(col(CalendarDay.day) >= first, col(CalendarDay.day) <= last))}
    closed: dict[date, str] = {}
    for row in session.exec(select(Closure).where(col(Closure.day) >= first, col(Closure.day) <= last,
                                                  col(Closure.room_id).is_(None),
                                                  Closure.removed == False)):  # noqa: E712
        closed.setdefault(row.day, row.reason)
    marks, day = [], first
    while day <= last:
        row = special.get(day)
        kind = row.kind if row is not None and row.kind in (HOLIDAY, WORKDAY) else None
        marks.append(DayMark(day, kind, row.name if row is not None and kind else "", closed.get(day, "")))
        day += timedelta(days=1)
    return marks


def _printed(booking: Booking, clock: CenterClock) -> PrintedBooking:
    booker = mask_name(booking.booker_name) if booking.booker_kind == RESIDENT else booking.booker_name
    return PrintedBooking(
        id=booking.id or 0, starts_at=clock.local(booking.starts_at), ends_at=clock.local(booking.ends_at),
        title=booking.title, purpose=booking.purpose, booker=booker, headcount=booking.headcount,
        state=booking.state, checked_in=booking.checked_in_at is not None, source=booking.source)


def _room_days(session: Session, clock: CenterClock, rooms: list[Room], first: date, last: date,
               states: tuple[str, ...]) -> dict[int, list[PrintedRoomDay]]:
    """room id → one ``PrintedRoomDay`` per day first..last, in a fixed number of queries."""
    start, _ = clock.day_bounds(first)
    _, end = clock.day_bounds(last)
    opening = openings(session, rooms, first, last)
    per_room: dict[int, dict[date, list[PrintedBooking]]] = {room.id or 0: {} for room in rooms}
    if per_room:
        rows = session.exec(select(Booking).where(
            # starts_at first: the index on it bounds the scan; no booking is longer than MAX_BOOKING.
            col(Booking.starts_at) > start - MAX_BOOKING, col(Booking.starts_at) < end,
            col(Booking.ends_at) > start, col(Booking.room_id).in_(list(per_room)),
            col(Booking.state).in_(states)).order_by(col(Booking.starts_at), col(Booking.id)))
        for booking in rows:
            printed = _printed(booking, clock)
            for day in local_days(clock.zone, booking.starts_at, booking.ends_at):
                if first <= day <= last:
                    per_room[booking.room_id].setdefault(day, []).append(printed)
    result: dict[int, list[PrintedRoomDay]] = {}
    for room in rooms:
        line, days, day = _room_line(room), [], first
        while day <= last:
            o = opening[room.id or 0][day]
            days.append(PrintedRoomDay(line, day, o.sessions, o.holiday, o.closure, o.closed,
                                       tuple(per_room[room.id or 0].get(day, ()))))
            day += timedelta(days=1)
        result[room.id or 0] = days
    return result


def room_day(store: Store, clock: CenterClock, day: date, *, room_id: int | None = None) -> RoomDaySheet:
    """Every room in use (or only ``room_id``, even a retired one) with its hours, closure and
    the day's bookings: live ones, and the cancelled and released ones for the schedule."""
    with store.read() as session:
        rooms = _rooms(session, room_id)
        days = _room_days(session, clock, rooms, day, day, SCHEDULE_STATES)
        return RoomDaySheet(_center_name(session), _marks(session, day, day)[0],
                            tuple(days[room.id or 0][0] for room in rooms))


def room_week(store: Store, clock: CenterClock, day: date) -> RoomWeekSheet:
    """Every room in use, Monday to Sunday of the week holding ``day``: hours, closures and
    the bookings that hold the room (confirmed and pending)."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    with store.read() as session:
        rooms = _rooms(session, None)
        days = _room_days(session, clock, rooms, monday, sunday, LIVE_STATES)
        return RoomWeekSheet(_center_name(session), tuple(_marks(session, monday, sunday)),
                             tuple(PrintedRoomWeek(_room_line(room), tuple(days[room.id or 0])) for room in rooms))


def _live_payloads(session: Session, serials: list[int]) -> dict[int, str]:
    """serial → QR text of the passes this desk issued and has not withdrawn.

    A sign-up made in the mini-program carries a serial but its QR lives on the resident's
    phone; the desk never had its text, so its row simply has no code.
    """
    if not serials:
        return {}
    issued = dict(session.exec(select(Pass.serial, Pass.payload).where(col(Pass.serial).in_(serials))).all())
    withdrawn = set(session.exec(select(RevokedPass.serial).where(col(RevokedPass.serial).in_(serials))))
    return {serial: payload for serial, payload in issued.items() if serial not in withdrawn}


def signin_sheet(store: Store, clock: CenterClock, activity_id: int) -> SigninSheet:
    """The activity with its confirmed sign-ups (in sign-up order) and its waiting list."""
    with store.read() as session:
        activity: Activity = load_activity(session, activity_id)
        signups = list(session.exec(select(Signup).where(
            Signup.activity_id == activity_id, col(Signup.state).in_((SIGNUP_CONFIRMED, WAITLIST)))
            .order_by(col(Signup.created_at), col(Signup.id))))
        booking = session.get(Booking, activity.booking_id) if activity.booking_id is not None else None
        room = session.get(Room, booking.room_id) if booking is not None else None
        # Only a confirmed booking can be checked in by its QR; a pending one would be refused.
        booking_serial = booking.pass_serial if booking is not None and booking.state == CONFIRMED else None
        serials = [s.pass_serial for s in signups if s.pass_serial is not None]
        payloads = _live_payloads(session, serials + ([booking_serial] if booking_serial is not None else []))

        def row(signup: Signup, number: int) -> SigninRow:
            return SigninRow(
                signup_id=signup.id or 0, number=number, name=signup.name, phone_masked=mask_phone(signup.phone),
                companions=signup.companions,
                pass_payload=payloads.get(signup.pass_serial, "") if signup.pass_serial is not None else "",
                attended_at=clock.local(signup.attended_at) if signup.attended_at else None,
                attended_count=signup.attended_count)

        confirmed = [s for s in signups if s.state == SIGNUP_CONFIRMED]
        waiting = [s for s in signups if s.state == WAITLIST]
        return SigninSheet(
            center_name=_center_name(session), activity_id=activity_id, title=activity.title,
            organiser=activity.organiser, place=room.name if room is not None else activity.place,
            room_location=room.location if room is not None else "",
            starts_at=clock.local(activity.starts_at), ends_at=clock.local(activity.ends_at),
            door_opens=clock.local(activity.starts_at - timedelta(minutes=DOOR_OPENS_MINUTES)),
            capacity=activity.capacity, places_used=places_used(session, activity_id),
            cancelled=activity.state != OPEN,
            booking_pass=payloads.get(booking_serial, "") if booking_serial is not None else "",
            confirmed=tuple(row(s, n) for n, s in enumerate(confirmed, start=1)),
            # The waiting list's order is the order places are offered (created_at, then id).
            waitlist=tuple(row(s, n) for n, s in enumerate(waiting, start=1)),
        )


def find_room(store: Store, reference: str) -> RoomLine:
    """A room by its number or its exact name (retired rooms too: their history still prints)."""
    text = (reference or "").strip()
    with store.read() as session:
        # A number that long is no room id (and would overflow SQLite's integer).
        room = session.get(Room, int(text)) if text.isdigit() and len(text) <= 9 else None
        if room is None:
            room = session.exec(select(Room).where(Room.name == text)).first()
        if room is None:
            names = "、".join(session.exec(select(Room.name).where(Room.active == True)  # noqa: E712
                                          .order_by(col(Room.sort_order), col(Room.name))))
            if not names:
                raise NotFound("There is no room {room}: no rooms have been set up yet.", room=text)
            raise NotFound("There is no room {room}. Give a room's number or its exact name: {names}.",
                           room=text, names=names)
        return _room_line(room)

