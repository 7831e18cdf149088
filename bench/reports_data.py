"""A year of a busy center's rooms, activities and requests, added to the bench store.

The demo store has a million visits but only a demo's worth of everything else; the
statistics and the monthly report read all of it. This adds, over the 365 days before
today (local time), with plain sqlite3 ``executemany`` in one transaction:

- 20,000 room bookings across the demo rooms: 85% confirmed (four in five of the past
  ones checked in, with the attendance recorded), 5% released as no-shows, 10% cancelled;
- 1,500 activities with 45,000 sign-ups (three in four attended) and 4,500 volunteer
  service lines;
- 200,000 service requests over the demo catalogue and staff: nearly all resolved (one
  in eight late), three in five rated.

Then ANALYZE, as a desk that has run for a year would have its planner statistics.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

BOOKINGS = 20_000
ACTIVITIES = 1_500
SIGNUPS_EACH = 30
VOLUNTEERS_EACH = 3
REQUESTS = 200_000
ZONE = ZoneInfo("Asia/Shanghai")
SLOTS = ("08:30", "09:00", "10:00", "14:00", "14:30", "15:30", "19:00")
RATINGS = ("satisfied", "satisfied", "satisfied", "basically_satisfied", "dissatisfied")


def _stamp(moment: datetime) -> str:
    """The text SQLAlchemy stores for an aware datetime in SQLite (UTC, no zone)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _local(day: date, hhmm: str) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


def _bookings(rng: random.Random, rooms: list[int], days: list[date], now: datetime) -> list[tuple]:
    rows = []
    for n in range(BOOKINGS):
        day = rng.choice(days)
        start = _local(day, rng.choice(SLOTS))
        end = start + timedelta(minutes=rng.choice((60, 90, 120, 180)))
        luck = rng.random()
        state = "cancelled" if luck < 0.10 else "released" if luck < 0.15 else "confirmed"
        came = state == "confirmed" and end <= now and rng.random() < 0.8
        headcount = rng.randint(4, 40)
        rows.append((rng.choice(rooms), _stamp(start), _stamp(end), _stamp(start), _stamp(end), state,
                     f"压测预约{n % 50}", f"压测团体{n % 80}", headcount,
                     rng.randint(max(1, headcount // 2), headcount) if came else None,
                     _stamp(start + timedelta(minutes=rng.randint(-10, 10))) if came else None,
                     _stamp(start + timedelta(minutes=15)) if state == "released" else None,
                     _stamp(start - timedelta(days=3)), _stamp(start - timedelta(days=3))))
    return rows


def _activities(rng: random.Random, days: list[date], now: datetime, first_id: int) -> tuple[list, list, list]:
    activities, signups, volunteers = [], [], []
    for n in range(ACTIVITIES):
        activity_id = first_id + n
        start = _local(rng.choice(days), rng.choice(("09:30", "14:30", "19:00")))
        end = start + timedelta(hours=2)
        cancelled = rng.random() < 0.05
        activities.append((activity_id, f"压测活动{n % 120}", f"压测组织{n % 15}", _stamp(start), _stamp(end), 40,
                           "cancelled" if cancelled else "open", _stamp(start - timedelta(days=10))))
        for s in range(SIGNUPS_EACH):
            companions = rng.choice((0, 0, 0, 1, 2))
            came = not cancelled and end <= now and rng.random() < 0.75
            signups.append((activity_id, f"报名人{s}", companions, "confirmed",
                            _stamp(start + timedelta(minutes=rng.randint(-30, 10))) if came else None,
                            1 + companions if came else None, _stamp(start - timedelta(days=5))))
        if not cancelled and end <= now:
            for v in range(VOLUNTEERS_EACH):
                volunteers.append((activity_id, f"志愿者{rng.randrange(200)}", "签到引导", rng.choice((60, 90, 120, 150)),
                                   _stamp(end + timedelta(hours=1))))
    return activities, signups, volunteers


def _requests(rng: random.Random, items: list[int], staff: list[int], now: datetime) -> list[tuple]:
    rows = []
    for n in range(REQUESTS):
        accepted = now - timedelta(minutes=rng.randint(60, 365 * 24 * 60))
        due = accepted + timedelta(days=rng.choice((1, 3, 5)))
        open_ = accepted > now - timedelta(days=5) and rng.random() < 0.3
        late = rng.random() < 0.125
        resolved = None if open_ else (due + timedelta(hours=rng.randint(1, 48)) if late
                                       else accepted + (due - accepted) * rng.random())
        rated = resolved is not None and rng.random() < 0.6 and resolved + timedelta(days=1) < now
        rows.append((rng.choice(items), f"居民{n % 5000}", f"139{n % 100000000:08d}", rng.choice(staff),
                     "accepted" if open_ else "resolved", _stamp(accepted), _stamp(due),
                     _stamp(resolved) if resolved else None, rng.choice(RATINGS) if rated else None,
                     _stamp(resolved + timedelta(days=1)) if rated and resolved else None))
    return rows


def add_reports_data(path: Path) -> dict[str, int]:
    """Fill the store at ``path``; returns how many rows of each kind went in."""
    rng = random.Random(77)
    now = datetime.now(UTC)
    today = now.astimezone(ZONE).date()
    days = [today - timedelta(days=n) for n in range(1, 366)]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rooms = [row[0] for row in conn.execute("SELECT id FROM room WHERE active = 1")]
        items = [row[0] for row in conn.execute("SELECT id FROM service_item")]
        staff = [row[0] for row in conn.execute("SELECT id FROM staff")]
        if not (rooms and items and staff):
            raise RuntimeError("the bench store has no rooms, service items or staff: is it the demo center?")
        first_activity = (conn.execute("SELECT max(id) FROM activity").fetchone()[0] or 0) + 1
        activities, signups, volunteers = _activities(rng, days, now, first_activity)
        bookings, requests = _bookings(rng, rooms, days, now), _requests(rng, items, staff, now)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO booking (room_id, starts_at, ends_at, block_start, block_end, state, state_reason, title,"
            " purpose, booker_kind, booker_name, contact_name, contact_phone, headcount, attendance, checked_in_at,"
            " released_at, source, override_reason, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '', ?, '', 'group', ?, '', '', ?, ?, ?, ?, 'desk', '', ?, ?)", bookings)
        conn.executemany(
            "INSERT INTO activity (id, title, organiser, description, place, starts_at, ends_at, capacity, state,"
            " source, created_at) VALUES (?, ?, ?, '', '压测场地', ?, ?, ?, ?, 'desk', ?)", activities)
        conn.executemany(
            "INSERT INTO signup (activity_id, name, phone, companions, state, source, attended_at, attended_count,"
            " created_at) VALUES (?, ?, '', ?, ?, 'desk', ?, ?, ?)", signups)
        conn.executemany(
            "INSERT INTO volunteer_service (activity_id, name, role, minutes, note, removed, recorded_at)"
            " VALUES (?, ?, ?, ?, '', 0, ?)", volunteers)
        conn.executemany(
            "INSERT INTO service_request (item_id, name, phone, channel, owner_id, status, limit_kind, limit_amount,"
            " catalogue_version, accepted_at, due_at, resolved_at, rating, rating_comment, rated_at)"
            " VALUES (?, ?, ?, 'visit', ?, ?, 'days', 3, 1, ?, ?, ?, ?, '', ?)", requests)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return {"bookings": len(bookings), "activities": len(activities), "signups": len(signups),
            "volunteer_lines": len(volunteers), "requests": len(requests)}
