"""A small center for the service screens' tests: three staff, two posts, two categories
and three items, made through the desk's own services (plain functions, no fixtures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desk.accounts.actor import Actor
from desk.context import DeskContext
from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm
from desk.services.items import ItemForm

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Monday morning: the center is open (08:30–12:00, 14:00–17:30).
MONDAY_0903 = datetime(2025, 3, 10, 9, 3, tzinfo=SHANGHAI)


@dataclass
class ServicesUiWorld:
    staff: dict[str, int] = field(default_factory=dict)
    posts: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)


def build_world(ctx: DeskContext, admin: Actor) -> ServicesUiWorld:
    world = ServicesUiWorld()
    for name, title in (("王管理", "主任"), ("张伟", "社工"), ("刘芳", "社工")):
        world.staff[name] = ctx.staff.create(admin, StaffForm(name, title=title, active_from=date(2020, 1, 1))).value.id
    world.posts["咨询接待"] = ctx.posts.create(admin, PostForm("咨询接待", holder_id=world.staff["张伟"],
                                                            backup_id=world.staff["刘芳"])).value.id
    world.posts["便民服务"] = ctx.posts.create(admin, PostForm("便民服务", holder_id=world.staff["刘芳"],
                                                            backup_id=world.staff["张伟"])).value.id
    for category in ("党员服务", "生活服务"):
        world.categories[category] = ctx.catalogue.save_category(admin, category).value.id
    for code, category, name, limit, post in (
            ("DY-001", "党员服务", "党员组织关系转接", "3个工作日", "咨询接待"),
            ("SH-001", "生活服务", "居住证明开具", "即时办结", "便民服务"),
            ("SH-002", "生活服务", "老年优待证代办", "5个工作日", "便民服务")):
        form = ItemForm(code=code, category_id=world.categories[category], name=name, time_limit=limit,
                        post_id=world.posts[post], place="一楼服务大厅")
        world.items[code] = ctx.catalogue.save_item(admin, form).value.id
    return world
