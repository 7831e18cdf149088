"""Demo rooms and a term of bookings for the demo center (六室一站一中心).

The weeks still to come are booked through ``BookingService.book_series``, so the demo
passes the same rules as a receptionist would (holidays and closed days are skipped, as
the preview says). The weeks already past are history: written straight in, with the
outcomes a real term has (mostly checked in with a realistic attendance, some no-shows,
a few cancellations), so the grids and the usage figures have something to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from db.tables import Booking, Room
from desk.accounts.actor import Actor
from desk.center.hours import OpeningHours
from desk.clock import utcnow
from desk.errors import Refusal
from desk.rooms.forms import BookingDetails, BookingForm, SeriesForm, clean_details, new_booking
from desk.rooms.intervals import local_span
from desk.rooms.openings import openings
from desk.rooms.policy import OK, PAST
from desk.rooms.records import CANCELLED, CONFIRMED, RELEASED
from desk.rooms.repeats import Repeat, monthly_on_weekday, weekly
from desk.rooms.rooms import RoomForm

_EVENINGS = OpeningHours(tuple(((("14:00", "17:00"), ("18:30", "21:30")) if d >= 5 else (("18:30", "21:30"),))
                               for d in range(7)))

ROOMS = (
    RoomForm(name="党员教育室", kind="党员教育", capacity=40, equipment="投影仪、音响、党旗", setup_minutes=10,
             cleanup_minutes=10, sort_order=1),
    RoomForm(name="文体活动室", kind="文体", capacity=30, equipment="音响、乒乓球台", cleanup_minutes=15, sort_order=2),
    RoomForm(name="谈心谈话室", kind="谈心谈话", capacity=4, no_show_minutes=15, sort_order=3),
    RoomForm(name="书画室", kind="书画", capacity=16, equipment="书法桌、毛毡、笔墨", cleanup_minutes=15, sort_order=4),
    RoomForm(name="棋牌室", kind="棋牌", capacity=12, equipment="象棋、围棋、麻将桌", sort_order=5),
    RoomForm(name="图书室", kind="阅读", capacity=20, sort_order=6),
    RoomForm(name="多功能厅", kind="会议", capacity=100, equipment="LED屏、音响、话筒", setup_minutes=30,
             cleanup_minutes=30, needs_approval=True, hold_pending_minutes=120, sort_order=7),
    RoomForm(name="红色影院", kind="红色影院", capacity=50, equipment="投影、幕布", hours=_EVENINGS, sort_order=8),
)

# room, title, booker, rule maker, start, end, headcount
SERIES = (
    ("文体活动室", "四点半课堂", "社区团委", lambda n: weekly(range(5), count=n * 5), "16:30", "17:30", 25),
    ("书画室", "书法班", "书画协会", lambda n: weekly([2], count=n), "14:30", "16:30", 12),
    ("棋牌室", "老年棋牌", "老年协会", lambda n: weekly([1, 3], count=n * 2), "14:00", "17:00", 10),
    ("党员教育室", "主题党日", "第一党支部", lambda n: monthly_on_weekday(1, 4, count=max(1, n // 4)),
     "09:00", "11:00", 35),
    ("红色影院", "红色电影放映", "社区党委", lambda n: weekly([5], count=n), "19:00", "21:00", 40),
    ("图书室", "亲子阅读", "阳光读书会", lambda n: weekly([6], count=n), "09:30", "11:00", 15),
)


@dataclass(frozen=True)
class RoomsDemoSummary:
    rooms: int
    booked: int  # through the booking service, still to come
    history: int  # past bookings written in


def create_rooms_demo(ctx, admin: Actor, today: date, *, receptionist: Actor | None = None,  # noqa: ANN001
                      weeks_back: int = 10, weeks_ahead: int = 10, seed: int = 2026) -> RoomsDemoSummary:
    """Rooms, a term of series, and (with ``receptionist``) requests waiting for approval."""
    rng = random.Random(seed)
    rooms = {form.name: ctx.rooms.create(admin, form).value.id for form in ROOMS}
    first = today - timedelta(days=today.weekday(), weeks=weeks_back)
    weeks = weeks_back + weeks_ahead
    booked = 0
    past: list[tuple[int, int, date, str, str, BookingDetails]] = []
    for room_name, title, booker, rule, start, end, headcount in SERIES:
        details = BookingDetails(title=title, booker_name=booker, contact_name="王" + ("老师" if "课" in title else "主任"),
                                 contact_phone="13800138000", headcount=headcount)
        form = SeriesForm(rooms[room_name], first, start, end, Repeat(rule(weeks)), details)
        preview = ctx.bookings.preview_series(form)
        skip = [o.day for o in preview.occurrences if o.status != OK]
        if len(skip) < len(preview.occurrences):
            result = ctx.bookings.book_series(admin, form, skip=skip).value
            booked += len(result.bookings)
            series_id = result.series_id
        else:
            series_id = 0
        past += [(rooms[room_name], series_id, o.day, start, end, details)
                 for o in preview.occurrences if o.status == PAST]
    history = _write_history(ctx, admin, rng, past, first, today)
    booked += _singles(ctx, admin, receptionist or admin, rooms, today)
    return RoomsDemoSummary(len(rooms), booked, history)


# room, title, booker, kind, days ahead, start, end, headcount
SINGLES = (
    ("多功能厅", "社区议事会", "幸福社区居委会", "group", 3, "14:30", "16:30", 60),
    ("多功能厅", "老年大学结业式", "老年大学", "group", 5, "09:00", "11:00", 80),
    ("多功能厅", "消防安全讲座", "街道办事处", "group", 8, "14:00", "15:30", 90),
    ("谈心谈话室", "书记有约", "刘建国", "resident", 2, "10:00", "10:30", 2),
    ("谈心谈话室", "法律咨询", "陈秀英", "resident", 4, "15:00", "15:45", 2),
)


def _singles(ctx, admin: Actor, receptionist: Actor, rooms: dict[str, int], today: date) -> int:  # noqa: ANN001
    """A few one-off bookings; in the hall, the receptionist's become requests waiting for approval.
    A date the rules refuse (a holiday, a closed day) moves to the next day that is free."""
    made = 0
    for n, (room, title, booker, kind, ahead, start, end, headcount) in enumerate(SINGLES):
        details = BookingDetails(title=title, booker_name=booker, booker_kind=kind, contact_name=booker[:3],
                                 contact_phone="13900139000", headcount=headcount)
        for extra in range(14):
            starts_at, ends_at = local_span(ctx.clock.zone, today + timedelta(days=ahead + extra), start, end)
            try:
                ctx.bookings.book(admin if n == 2 else receptionist, BookingForm(rooms[room], starts_at, ends_at,
                                                                                 details))
            except Refusal:
                continue
            made += 1
            break
    return made


def _write_history(ctx, admin: Actor, rng: random.Random,  # noqa: ANN001
                   past: list[tuple[int, int, date, str, str, BookingDetails]], first: date, today: date) -> int:
    now = utcnow()
    zone = ctx.clock.zone
    with ctx.store.write() as session:
        room_rows = {room_id: session.get(Room, room_id) for room_id, *_ in past}
        days = openings(session, list(room_rows.values()), first, today) if room_rows else {}
        rows: list[Booking] = []
        for room_id, series_id, day, start, end, details in past:
            if days[room_id][day].closed:
                continue
            starts_at, ends_at = local_span(zone, day, start, end)
            if ends_at > now:
                continue
            row = new_booking(room_rows[room_id], starts_at, ends_at, clean_details(details), state=CONFIRMED,
                              holds_until=None, now=starts_at - timedelta(days=7), created_by=admin.user_id,
                              series_id=series_id or None)
            luck = rng.random()
            if luck < 0.8:
                row.checked_in_at = starts_at - timedelta(minutes=rng.randint(0, 20))
                row.attendance = max(1, round(details.headcount * rng.uniform(0.6, 1.0)))
            elif luck < 0.9:
                row.state, row.state_reason, row.released_at = RELEASED, "no-show", starts_at + timedelta(minutes=30)
            else:
                row.state, row.state_reason = CANCELLED, "临时有事"
            rows.append(row)
        session.add_all(rows)
    return len(rows)
