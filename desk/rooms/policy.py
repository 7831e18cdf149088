"""The rules a booking must pass, each with the sentence the receptionist reads when it fails.

Checked in this order (the first failure is the one named):
1. the times: the end after the start, at most 24 hours, not already over;
2. the room: it exists and is in use; the headcount fits its capacity;
3. the day: not a closure, not a statutory holiday the room is closed on, and the booking
   inside one stretch of the room's opening hours that day;
4. other bookings: no active booking's block (with buffers) overlaps this one's.
An administrator may override 3 and 4 with a reason (logged); 1 and 2 are never overridden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from db.tables import Room
from desk.errors import NotFound, Refusal
from desk.rooms.conflicts import Clash
from desk.rooms.intervals import MAX_BOOKING, covered, local_days, when_text
from desk.rooms.openings import DayOpening, describe

OK, CLASH, CLOSED, HOLIDAY, OUTSIDE, PAST = "ok", "clash", "closed", "holiday", "outside", "past"
MAX_HEADCOUNT = 10000


@dataclass(frozen=True)
class Problem:
    status: str  # clash | closed | holiday | outside | past
    refusal: Refusal

    @property
    def message(self) -> str:
        return self.refusal.message


def check_times(starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("booking times must be timezone-aware")
    if ends_at <= starts_at:
        raise Refusal("A booking must end after it starts. Check the end time.")
    if ends_at - starts_at > MAX_BOOKING:
        raise Refusal("A booking can last at most 24 hours. For several days, make a repeating booking.")
    if ends_at <= now:
        raise Refusal("This time is already over; a booking must end in the future.")


def past_problem(zone: ZoneInfo, starts_at: datetime, ends_at: datetime, now: datetime) -> Problem | None:
    if ends_at <= now:
        return Problem(PAST, Refusal("{when} is already over.", when=when_text(zone, starts_at, ends_at)))
    return None


def check_room(room: Room | None) -> Room:
    if room is None:
        raise NotFound("That room no longer exists.")
    if not room.active:
        raise Refusal("{room} is no longer in use and cannot be booked. Choose another room.", room=room.name)
    return room


def check_headcount(room: Room, headcount: object) -> int:
    if isinstance(headcount, bool) or not isinstance(headcount, int) or not 1 <= headcount <= MAX_HEADCOUNT:
        raise Refusal("The number of people must be a whole number of at least 1.")
    if headcount > room.capacity:
        raise Refusal("{room} holds at most {capacity} people; {n} were entered. Choose a bigger room "
                      "or fewer people.", room=room.name, capacity=room.capacity, n=headcount)
    return headcount


def opening_problem(room: Room, days: dict[date, DayOpening], zone: ZoneInfo,
                    starts_at: datetime, ends_at: datetime) -> Problem | None:
    """Closed, a holiday, or outside the hours on the day(s) the booking touches."""
    touched = [days[day] for day in local_days(zone, starts_at, ends_at)]
    for opening in touched:
        if opening.closure_id:
            return Problem(CLOSED, Refusal("{room} is closed on {day}: {reason}. Choose another day.",
                                           room=room.name, day=opening.day.isoformat(), reason=opening.closure))
        if opening.holiday and not opening.sessions:
            return Problem(HOLIDAY, Refusal("{day} is a public holiday ({holiday}); {room} is closed. "
                                            "Choose another day.", day=opening.day.isoformat(),
                                            holiday=opening.holiday, room=room.name))
    intervals = [interval for opening in touched for interval in opening.intervals(zone)]
    if covered(starts_at, ends_at, intervals):
        return None
    first = touched[0]
    if not first.sessions:
        return Problem(CLOSED, Refusal("{room} is not open on {day}. Choose another day.",
                                       room=room.name, day=first.day.isoformat()))
    return Problem(OUTSIDE, Refusal("{room} is open {hours} on {day}; {when} is outside those hours. "
                                    "Choose a time within them.", room=room.name, hours=describe(first.sessions),
                                    day=first.day.isoformat(), when=when_text(zone, starts_at, ends_at)))


def clash_problem(room: Room, clashes: Sequence[Clash], zone: ZoneInfo,
                  starts_at: datetime, ends_at: datetime) -> Problem:
    other = clashes[0]
    when = when_text(zone, other.starts_at, other.ends_at)
    if other.starts_at < ends_at and starts_at < other.ends_at:
        return Problem(CLASH, Refusal("{room} is already booked {when} for {title} ({booker}). Choose another "
                                      "time or room.", room=room.name, when=when, title=other.title,
                                      booker=other.booker_name))
    # Only the buffers touch: say so, or the receptionist sees no overlap and is puzzled.
    return Problem(CLASH, Refusal("{room} is booked {when} for {title}, and needs {setup} minutes to set up "
                                  "and {cleanup} minutes to clear between bookings. Choose a time further "
                                  "apart.", room=room.name, when=when, title=other.title,
                                  setup=room.setup_minutes, cleanup=room.cleanup_minutes))


def self_clash_problem(zone: ZoneInfo, other_start: datetime, other_end: datetime) -> Problem:
    return Problem(CLASH, Refusal("This date runs into another date of the same series ({when}).",
                                  when=when_text(zone, other_start, other_end)))


def hold_until(room: Room, now: datetime) -> datetime | None:
    """How long a new pending request keeps its slot (None: it holds nothing until approved)."""
    return now + timedelta(minutes=room.hold_pending_minutes) if room.hold_pending_minutes else None
