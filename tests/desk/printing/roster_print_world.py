"""A small center with staff, posts, shifts, duties and calendar marks, for the roster printouts.

Staff and posts go through their services (as an administrator); duties, shifts and
calendar days are written straight into the store, because generating rosters belongs
to another part of the desk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import time_machine

from db.tables import CalendarDay, Duty, Shift
from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm

MONDAY = date(2026, 11, 16)
# Monday 2026-11-16, 10:00 in Shanghai: "today" for every test using the world.
MORNING = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)
LONG_NAME = "阿卜杜热合曼·买买提明"
RARE_NAME = "𠮷祥"
PRIVATE_PHONES = ("13912345678", "13711112222", "13600009999")


@dataclass
class RosterWorld:
    ctx: object
    admin: object
    staff: dict[str, int] = field(default_factory=dict)
    posts: dict[str, int] = field(default_factory=dict)
    shifts: dict[str, int] = field(default_factory=dict)

    def person(self, name: str, public: str = "", private: str = "", title: str = "") -> int:
        form = StaffForm(name, title=title, public_phone=public, private_phone=private,
                         active_from=date(2026, 1, 1))
        self.staff[name] = self.ctx.staff.create(self.admin, form).value.id
        return self.staff[name]

    def post(self, name: str, holder: str | None, backup: str | None, *, location: str = "",
             duties: str = "", order: int = 0) -> int:
        form = PostForm(name, location=location, duties=duties, holder_id=self.staff.get(holder or ""),
                        backup_id=self.staff.get(backup or ""), sort_order=order)
        self.posts[name] = self.ctx.posts.create(self.admin, form).value.id
        return self.posts[name]

    def shift(self, name: str, start: str, end: str) -> int:
        with self.ctx.store.write() as session:
            row = Shift(name=name, start=start, end=end)
            session.add(row)
            session.flush()
            self.shifts[name] = row.id or 0
        return self.shifts[name]

    def duty(self, day: date, post: str, shift: str, person: str, source: str = "auto") -> None:
        with self.ctx.store.read() as session:
            row = session.get(Shift, self.shifts[shift])
            start, end = row.start, row.end
        clock = self.ctx.clock
        with self.ctx.store.write() as session:
            session.add(Duty(day=day, post_id=self.posts[post], shift_id=self.shifts[shift],
                             staff_id=self.staff[person], starts_at=clock.at(day, start).astimezone(UTC),
                             ends_at=clock.at(day, end).astimezone(UTC), source=source,
                             updated_at=datetime.now(UTC)))

    def mark(self, day: date, kind: str, name: str) -> None:
        with self.ctx.store.write() as session:
            session.add(CalendarDay(day=day, kind=kind, name=name, updated_at=datetime.now(UTC)))

    def status(self, label: str) -> int:
        return next(s.id for s in self.ctx.whereabouts.statuses() if s.label == label)


def small_center(ctx, admin) -> RosterWorld:
    """Three posts, five people (one with a rare character, one with a long name), Monday's duties."""
    world = RosterWorld(ctx, admin)
    with time_machine.travel(MORNING, tick=False):
        world.person("王芳", "010-88886666", PRIVATE_PHONES[0], title="党委副书记")
        world.person("李强", "13800001111", PRIVATE_PHONES[1], title="专职社工")
        world.person(RARE_NAME, "13800002222", PRIVATE_PHONES[2])
        world.person(LONG_NAME, "13800003333")
        world.person("赵敏")
        world.post("咨询接待", "王芳", "李强", location="一楼服务大厅", duties="政策咨询、来访接待、首问登记",
                   order=0)
        world.post("活动组织", RARE_NAME, LONG_NAME, location="二楼活动室", order=1)
        world.post("后勤管理", "赵敏", "王芳", location="一楼107室", order=2)
        world.shift("上午班", "08:30", "12:00")
        world.shift("下午班", "14:00", "17:30")
        world.duty(MONDAY, "咨询接待", "上午班", "王芳")
        world.duty(MONDAY, "咨询接待", "下午班", "李强", source="cover")
        world.duty(MONDAY, "活动组织", "上午班", RARE_NAME)
        world.duty(MONDAY, "活动组织", "下午班", LONG_NAME, source="swap")
    return world


def crowded_center(ctx, admin, posts: int = 40) -> RosterWorld:
    """Many posts, each with a long name, long duties and two people on duty every weekday."""
    world = RosterWorld(ctx, admin)
    with time_machine.travel(MORNING, tick=False):
        world.shift("上午班", "08:30", "12:00")
        world.shift("下午班", "14:00", "17:30")
        for number in range(posts):
            holder = world.person(f"欧阳长名字甲{number:02d}号", f"138{number:08d}", f"139{number:08d}")
            backup = world.person(f"司马长名字乙{number:02d}号", f"137{number:08d}")
            del holder, backup
            name = f"第{number:02d}号综合服务岗位（党员教育与志愿服务）"
            world.post(name, f"欧阳长名字甲{number:02d}号", f"司马长名字乙{number:02d}号",
                       location=f"党群服务中心主楼{number % 4 + 1}层东侧第{number}号办公室",
                       duties="负责政策咨询、来访接待、首问登记、活动组织、资料整理、志愿者调度及群众诉求跟踪办结。" * 2,
                       order=number)
            for offset in range(7):
                day = date.fromordinal(MONDAY.toordinal() + offset)
                world.duty(day, name, "上午班", f"欧阳长名字甲{number:02d}号")
                world.duty(day, name, "下午班", f"司马长名字乙{number:02d}号")
    return world
