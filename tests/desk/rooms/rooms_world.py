"""Fixtures and helpers for the rooms and bookings tests.

Every test gets a copy of one set-up center (an administrator, two receptionists, one of
whom approves rooms) and a clock frozen at 08:00 on Monday 2026-11-16 in Shanghai. The
center keeps the default hours: weekdays 08:30–12:00 and 14:00–17:30, weekends 09:00–12:00.
Test modules import the fixtures they use from here (``from rooms_world import desk, ...``).
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from sqlmodel import select

from db.engine import DB_FILENAME
from db.tables import CalendarDay, OutboxEvent
from desk.accounts.actor import Actor
from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span
from desk.rooms.rooms import RoomForm

MONDAY = date(2026, 11, 16)
NOW = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai
ADMIN = Actor(user_id=1, username="admin", role="admin")
DESK1 = Actor(user_id=2, username="desk1", role="receptionist")
APPROVER = Actor(user_id=3, username="secretary", role="receptionist")


@pytest.fixture(scope="session")
def rooms_template(tmp_path_factory) -> Path:
    """One migrated, set-up store per test run; each test copies it."""
    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm
    from desk.context import open_desk

    folder = tmp_path_factory.mktemp("rooms-template")
    ctx = open_desk(folder)
    try:
        ctx.center.set_up(CenterForm(name="幸福社区党群服务中心", address="幸福路1号", supervision_phone="010-12345678",
                                     hours=OpeningHours.default()),
                          admin_username="admin", admin_name="王管理", admin_password="secret-pass-1")
        admin = ctx.accounts.sign_in("admin", "secret-pass-1")
        ctx.accounts.create_user(admin, username="desk1", display_name="李前台", role="receptionist",
                                 password="desk-pass-1")
        ctx.accounts.create_user(admin, username="secretary", display_name="赵书记", role="receptionist",
                                 password="desk-pass-2")
        ids = {user.username: user.id for user in ctx.accounts.users()}
        assert ids == {"admin": 1, "desk1": 2, "secretary": 3}
    finally:
        ctx.close()
    return folder / DB_FILENAME


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def desk(data_dir: Path, rooms_template: Path, frozen):
    from desk.context import open_desk

    shutil.copy2(rooms_template, data_dir / DB_FILENAME)
    ctx = open_desk(data_dir)
    yield ctx
    ctx.close()


def make_room(desk, name: str = "党员教育室", capacity: int = 30, **fields) -> int:
    return desk.rooms.create(ADMIN, RoomForm(name=name, capacity=capacity, **fields)).value.id


def details(title: str = "主题党日", headcount: int = 10, **fields) -> BookingDetails:
    fields.setdefault("booker_name", "第一党支部")
    fields.setdefault("contact_name", "张三")
    fields.setdefault("contact_phone", "13800138000")
    return BookingDetails(title=title, headcount=headcount, **fields)


def span(desk, day: date | int, start: str, end: str) -> tuple[datetime, datetime]:
    """A local day (or days after MONDAY) and HH:MM times as a UTC interval (end before start: next day)."""
    if isinstance(day, int):
        day = MONDAY + timedelta(days=day)
    return local_span(desk.clock.zone, day, start, end)


def book(desk, room_id: int, day: date | int, start: str, end: str, actor: Actor = DESK1, override: str = "",
         **fields):
    starts_at, ends_at = span(desk, day, start, end)
    return desk.bookings.book(actor, BookingForm(room_id, starts_at, ends_at, details(**fields),
                                                 override_reason=override)).value


def set_holiday(desk, day: date, name: str = "测试节") -> None:
    with desk.store.write() as session:
        session.merge(CalendarDay(day=day, kind="holiday", name=name, source="local", updated_at=NOW))


def events(desk, kind: str = "rooms.booking") -> list[OutboxEvent]:
    with desk.store.read() as session:
        return list(session.exec(select(OutboxEvent).where(OutboxEvent.kind == kind).order_by(OutboxEvent.created_at)))


def overlaps_in_store(desk) -> list[tuple[int, int]]:
    """Pairs of active, non-overridden bookings of one room whose blocks overlap: must always be empty."""
    with desk.store.read_engine.connect() as conn:
        return list(conn.exec_driver_sql(
            "SELECT a.id, b.id FROM booking a JOIN booking b ON a.room_id = b.room_id AND a.id < b.id "
            "WHERE a.block_start < b.block_end AND b.block_start < a.block_end "
            "AND a.state IN ('confirmed', 'pending') AND b.state IN ('confirmed', 'pending') "
            "AND a.override_reason = '' AND b.override_reason = ''"))
