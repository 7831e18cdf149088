"""The services tests' world: staff and posts written straight into the store (their
services belong to the roster), catalogue items made through the catalogue service."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import func, select

from db.tables import AuditEntry, OutboxEvent, Post, Staff
from desk.accounts.actor import Actor
from desk.services.items import ItemForm

ADMIN = Actor(user_id=None, username="admin", role="admin")
DESK = Actor(user_id=None, username="desk1", role="receptionist")
BEIJING = ZoneInfo("Asia/Shanghai")


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A moment in the center's zone (Beijing time), as people say it."""
    return datetime(year, month, day, hour, minute, tzinfo=BEIJING)


class ServicesWorld:
    def __init__(self, ctx) -> None:  # noqa: ANN001
        self.ctx = ctx
        self.staff: dict[str, int] = {}
        self.posts: dict[str, int] = {}
        self.categories: dict[str, int] = {}
        self.items: dict[str, int] = {}

    def add_staff(self, name: str, active_until: date | None = None) -> int:
        with self.ctx.store.write() as session:
            row = Staff(name=name, active_from=date(2020, 1, 1), active_until=active_until,
                        created_at=datetime.now(UTC), private_phone="13900000000")
            session.add(row)
            session.flush()
            self.staff[name] = row.id
            return row.id

    def add_post(self, name: str, holder: str, backup: str) -> int:
        with self.ctx.store.write() as session:
            row = Post(name=name, holder_id=self.staff[holder], backup_id=self.staff[backup])
            session.add(row)
            session.flush()
            self.posts[name] = row.id
            return row.id

    def category(self, name: str) -> int:
        info = self.ctx.catalogue.save_category(ADMIN, name).value
        self.categories[name] = info.id
        return info.id

    def item(self, code: str, category: str, name: str, limit: str, post: str | None = None) -> int:
        form = ItemForm(code=code, category_id=self.categories[category], name=name, time_limit=limit,
                        post_id=self.posts[post] if post else None, place="一楼服务大厅")
        info = self.ctx.catalogue.save_item(ADMIN, form).value
        self.items[code] = info.id
        return info.id

    def events(self, kind: str) -> list[dict]:
        with self.ctx.store.read() as session:
            rows = session.exec(select(OutboxEvent).where(OutboxEvent.kind == kind).order_by(OutboxEvent.seq))
            return [json.loads(row.payload) for row in rows]

    def audit_count(self, prefix: str) -> int:
        with self.ctx.store.read() as session:
            return session.exec(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action.startswith(prefix))).one()
