"""Rows for the statistics tests, written straight into a set-up center's store.

The figures read what is stored, so the tests write exactly the rows a month of desk
work leaves behind — at chosen moments, down to the last microsecond before local
midnight — and compare the figures with counts worked out by hand.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import select
from uuid6 import uuid7

from db.tables import Activity, Purpose, Signup, Visit, Visitor, VolunteerService

SHANGHAI = ZoneInfo("Asia/Shanghai")


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
          microsecond: int = 0) -> datetime:
    """A moment on the center's clock (Asia/Shanghai)."""
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=SHANGHAI)


def add_visitor(ctx, name: str) -> int:
    with ctx.store.write() as session:
        visitor = Visitor(name=name, created_at=datetime(2026, 1, 1, tzinfo=UTC))
        session.add(visitor)
        session.flush()
        return visitor.id


def add_visit(ctx, at: datetime, purpose: str, headcount: int = 1, visitor_id: int | None = None) -> str:
    with ctx.store.write() as session:
        purpose_id = session.exec(select(Purpose.id).where(Purpose.code == purpose)).one()
        visit = Visit(id=str(uuid7()), visitor_id=visitor_id, purpose_id=purpose_id, headcount=headcount,
                      source="walkin", check_in_at=at, consent=True)
        session.add(visit)
        return visit.id


def add_activity(ctx, title: str, starts_at: datetime, ends_at: datetime, *, state: str = "open") -> int:
    with ctx.store.write() as session:
        activity = Activity(title=title, organiser="社区团委", place="二楼活动室", starts_at=starts_at, ends_at=ends_at,
                            state=state, created_at=datetime(2026, 1, 1, tzinfo=UTC))
        session.add(activity)
        session.flush()
        return activity.id


def add_signup(ctx, activity_id: int, name: str, *, companions: int = 0, came: int | None = None,
               state: str = "confirmed") -> None:
    """A sign-up; ``came`` is the number of people signed in at the door (None: nobody came)."""
    with ctx.store.write() as session:
        activity = session.get(Activity, activity_id)
        session.add(Signup(activity_id=activity_id, name=name, companions=companions, state=state,
                           attended_at=activity.starts_at if came is not None else None, attended_count=came,
                           created_at=datetime(2026, 1, 1, tzinfo=UTC)))


def add_service(ctx, activity_id: int, name: str, minutes: int, *, staff_id: int | None = None,
                removed: bool = False) -> None:
    with ctx.store.write() as session:
        session.add(VolunteerService(activity_id=activity_id, staff_id=staff_id, name=name, minutes=minutes,
                                     removed=removed, recorded_at=datetime(2026, 1, 1, tzinfo=UTC)))
