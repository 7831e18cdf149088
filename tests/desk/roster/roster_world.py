"""The roster tests' world: staff, posts and shifts made directly, and the services.

Staff and posts are written straight into the store here (their services belong to
another part of the desk); everything under test goes through the roster services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import func, select

from db.tables import AuditEntry, Duty, Leave, OutboxEvent, Post, PostCover, Staff
from desk.accounts.actor import Actor
from desk.roster.schedule import Schedule
from desk.roster.shifts import RotationForm, ShiftForm

ADMIN = Actor(user_id=None, username="admin", role="admin")
DESK = Actor(user_id=None, username="desk1", role="receptionist")
# Tuesday 1 September 2026, 08:00 in Beijing, before every day the tests plan; the clock stands still there.
EARLY = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)


@dataclass
class World:
    ctx: object
    schedule: Schedule
    staff: dict[str, int]
    posts: dict[str, int]
    shifts: dict[str, int]

    def add_staff(self, name: str, active_from: date = date(2020, 1, 1),
                  active_until: date | None = None) -> int:
        with self.ctx.store.write() as session:
            row = Staff(name=name, active_from=active_from, active_until=active_until,
                        created_at=datetime.now(UTC), private_phone="13900000000")
            session.add(row)
            session.flush()
            self.staff[name] = row.id
            return row.id

    def add_post(self, name: str, holder: str | None = None, backup: str | None = None,
                 covers: tuple[str, ...] = (), sort_order: int = 0) -> int:
        with self.ctx.store.write() as session:
            row = Post(name=name, holder_id=self.staff.get(holder or ""), backup_id=self.staff.get(backup or ""),
                       sort_order=sort_order)
            session.add(row)
            session.flush()
            for person in covers:
                session.add(PostCover(post_id=row.id, staff_id=self.staff[person]))
            self.posts[name] = row.id
            return row.id

    def add_shift(self, name: str, start: str, end: str) -> int:
        info = self.schedule.shifts.save_shift(ADMIN, ShiftForm(name=name, start=start, end=end)).value
        self.shifts[name] = info.id
        return info.id

    def rotation(self, name: str, post: str, shift: str, slots: list[tuple[int, int, str]], *,
                 weeks: int = 1, anchor: date = date(2026, 8, 31)) -> int:
        form = RotationForm(name=name, post_id=self.posts[post], shift_id=self.shifts[shift], weeks=weeks,
                            anchor=anchor, slots=tuple((w, d, self.staff[s]) for w, d, s in slots))
        return self.schedule.shifts.save_rotation(ADMIN, form).value.id

    def counts(self) -> dict[str, int]:
        """How many rows of each kind there are: a refusal must leave all of them as they were."""
        with self.ctx.store.read() as session:
            return {table.__name__: session.exec(select(func.count()).select_from(table)).one()
                    for table in (Duty, Leave, AuditEntry, OutboxEvent)}

    def duty_rows(self) -> list[Duty]:
        with self.ctx.store.read() as session:
            return list(session.exec(select(Duty).order_by(Duty.day, Duty.id)))
