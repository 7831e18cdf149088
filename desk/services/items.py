"""What the catalogue's callers see (frozen dataclasses), and the helpers every catalogue
change shares: checking an item, reading items with their post's A/B staff, and writing
a new catalogue version."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from db.tables import CatalogueVersion, Post, ServiceCategory, ServiceItem, Staff
from desk.accounts.actor import Actor
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.services.working_time import TimeLimit
from desk.text import clean_text

CITY, CENTER = "city", "center"
# The fields the city's standard catalogue decides; place, hours and the responsible post
# are always the center's own.
CITY_FIELDS = ("category", "name", "description", "eligibility", "materials", "steps", "time_limit", "fee")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class ItemForm:
    code: str
    category_id: int
    name: str
    description: str = ""
    eligibility: str = ""
    materials: str = ""
    steps: str = ""
    time_limit: str = "即时办结"  # 即时办结, 3个工作日, 4个工作小时
    post_id: int | None = None
    place: str = ""
    hours: str = ""
    fee: str = "免费"
    sort_order: int = 0


@dataclass(frozen=True)
class ItemInfo:
    id: int
    code: str
    category_id: int
    category: str
    name: str
    description: str
    eligibility: str
    materials: str
    steps: str
    time_limit: str  # as printed: 即时办结, 3个工作日, 4个工作小时
    limit_kind: str
    limit_amount: int
    post_id: int | None
    post: str
    holder: str  # the post's A holder
    backup: str  # the post's B backup
    place: str
    hours: str
    fee: str
    origin: str  # city | center
    active: bool
    retired_by: str  # "" | center | city
    sort_order: int
    locally_edited: bool = False  # a city item whose city wording the center changed
    city_version: str = ""
    city_change: dict[str, str] = field(default_factory=dict)  # "city changed this item": its new values

    @property
    def limit(self) -> TimeLimit:
        return TimeLimit.of(self.limit_kind, self.limit_amount)

    def form(self) -> ItemForm:
        return ItemForm(self.code, self.category_id, self.name, self.description, self.eligibility,
                        self.materials, self.steps, self.time_limit, self.post_id, self.place,
                        self.hours, self.fee, self.sort_order)


@dataclass(frozen=True)
class VersionInfo:
    number: int
    made_on: date
    made_at: datetime
    by: str
    note: str
    city_version: str


@dataclass(frozen=True)
class CatalogueSnapshot:
    """The list as a version made it: what a printed list names as its source."""

    version: int  # 0 before the first item was added
    made_on: date | None
    categories: tuple[CategoryInfo, ...]
    items: tuple[ItemInfo, ...]  # active items, in category and list order

    def items_of(self, category_id: int) -> tuple[ItemInfo, ...]:
        return tuple(item for item in self.items if item.category_id == category_id)


# ---- checking ------------------------------------------------------------------------
def clean_code(text: str) -> str:
    code = clean_text(unicodedata.normalize("NFKC", text or ""), field="Item code", max_length=32, required=True)
    if not _CODE.match(code):
        raise Refusal("The item code {code} may hold only letters, digits and - _ . /, like DY-001.",
                      code=code)
    return code


def validate_item(form: ItemForm) -> tuple[ItemForm, TimeLimit]:
    limit = TimeLimit.parse(form.time_limit)
    checked = ItemForm(
        code=clean_code(form.code),
        category_id=form.category_id,
        name=clean_text(form.name, field="Item name", max_length=100, required=True),
        description=clean_text(form.description, field="Description", max_length=1000, multiline=True),
        eligibility=clean_text(form.eligibility, field="Who is eligible", max_length=500, multiline=True),
        materials=clean_text(form.materials, field="What to bring", max_length=1000, multiline=True),
        steps=clean_text(form.steps, field="Steps", max_length=1000, multiline=True),
        time_limit=limit.text,
        post_id=form.post_id,
        place=clean_text(form.place, field="Place", max_length=100),
        hours=clean_text(form.hours, field="Hours", max_length=100),
        fee=clean_text(form.fee, field="Fee", max_length=50) or "免费",
        sort_order=form.sort_order,
    )
    return checked, limit


def check_references(session: Session, form: ItemForm) -> None:
    category = session.get(ServiceCategory, form.category_id)
    if category is None:
        raise NotFound("There is no category number {id}; the list may be out of date.", id=form.category_id)
    if not category.active:
        raise Refusal("The category {name} is no longer used; choose another or use it again first.",
                      name=category.name)
    if form.post_id is not None and session.get(Post, form.post_id) is None:
        raise NotFound("There is no post number {id}; the list may be out of date.", id=form.post_id)


def apply_form(row: ServiceItem, form: ItemForm, limit: TimeLimit) -> None:
    row.code, row.category_id, row.name = form.code, form.category_id, form.name
    row.description, row.eligibility, row.materials = form.description, form.eligibility, form.materials
    row.steps, row.post_id, row.place, row.hours = form.steps, form.post_id, form.place, form.hours
    row.fee, row.sort_order = form.fee, form.sort_order
    row.limit_kind, row.limit_amount = limit.kind, limit.amount
    row.updated_at = utcnow()


def city_values(row: ServiceItem, category: str) -> dict[str, str]:
    """The item's wording in the fields the city decides."""
    return {"category": category, "name": row.name, "description": row.description,
            "eligibility": row.eligibility, "materials": row.materials, "steps": row.steps,
            "time_limit": TimeLimit.of(row.limit_kind, row.limit_amount).text, "fee": row.fee}


def next_sort_order(session: Session, category_id: int) -> int:
    top = session.exec(select(func.max(ServiceItem.sort_order)).where(ServiceItem.category_id == category_id)).one()
    return (top or 0) + 1


# ---- reading -------------------------------------------------------------------------
def load_categories(session: Session, *, include_inactive: bool = False) -> list[CategoryInfo]:
    query = select(ServiceCategory).order_by(col(ServiceCategory.sort_order), col(ServiceCategory.id))
    if not include_inactive:
        query = query.where(col(ServiceCategory.active).is_(True))
    return [CategoryInfo(row.id or 0, row.name, row.sort_order, row.active) for row in session.exec(query)]


def load_items(session: Session, *, include_retired: bool = False, only: int | None = None,
               category_id: int | None = None) -> list[ItemInfo]:
    """Items with their category and their post's A/B names, in list order, in three queries."""
    categories = {row.id: row for row in session.exec(select(ServiceCategory))}
    posts = {row.id: row for row in session.exec(select(Post))}
    names = dict(session.exec(select(Staff.id, Staff.name)).all())
    query = select(ServiceItem)
    if not include_retired:
        query = query.where(col(ServiceItem.active).is_(True))
    if only is not None:
        query = query.where(ServiceItem.id == only)
    if category_id is not None:
        query = query.where(ServiceItem.category_id == category_id)
    result = []
    for row in session.exec(query):
        category = categories.get(row.category_id)
        post = posts.get(row.post_id) if row.post_id else None
        category_name = category.name if category else ""
        baseline = json.loads(row.city_values) if row.city_values else {}
        result.append(ItemInfo(
            id=row.id or 0, code=row.code, category_id=row.category_id, category=category_name,
            name=row.name, description=row.description, eligibility=row.eligibility,
            materials=row.materials, steps=row.steps,
            time_limit=TimeLimit.of(row.limit_kind, row.limit_amount).text,
            limit_kind=row.limit_kind, limit_amount=row.limit_amount, post_id=row.post_id,
            post=post.name if post else "",
            holder=names.get(post.holder_id, "") if post and post.holder_id else "",
            backup=names.get(post.backup_id, "") if post and post.backup_id else "",
            place=row.place, hours=row.hours, fee=row.fee, origin=row.origin, active=row.active,
            retired_by=row.retired_by, sort_order=row.sort_order,
            locally_edited=row.origin == CITY and bool(baseline) and baseline != city_values(row, category_name),
            city_version=row.city_version,
            city_change=json.loads(row.city_pending) if row.city_pending else {},
        ))
    order = {c.id: (c.sort_order, c.id or 0) for c in categories.values()}
    result.sort(key=lambda i: (order.get(i.category_id, (0, 0)), i.sort_order, i.code))
    return result


def version_info(row: CatalogueVersion) -> VersionInfo:
    return VersionInfo(row.number or 0, row.made_on, row.made_at, row.by, row.note, row.city_version)


def latest_version(session: Session) -> CatalogueVersion | None:
    return session.exec(select(CatalogueVersion).order_by(col(CatalogueVersion.number).desc()).limit(1)).first()


def write_version(session: Session, actor: Actor, clock: CenterClock, note: str,
                  city_version: str = "") -> int:
    """Record the catalogue as it now is (inside the change's transaction); its number."""
    session.flush()
    snapshot = {
        "categories": [asdict(c) for c in load_categories(session, include_inactive=True)],
        "items": [asdict(i) for i in load_items(session, include_retired=True)],
    }
    latest = latest_version(session)
    number = (latest.number or 0) + 1 if latest else 1
    session.add(CatalogueVersion(number=number, made_at=utcnow(), made_on=clock.today(), by=actor.username,
                                 note=note[:200], city_version=city_version,
                                 snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True)))
    return number


def snapshot_of(row: CatalogueVersion) -> CatalogueSnapshot:
    raw: dict[str, Any] = json.loads(row.snapshot)
    categories = tuple(CategoryInfo(**c) for c in raw["categories"])
    items = tuple(ItemInfo(**i) for i in raw["items"] if i["active"])
    return CatalogueSnapshot(row.number or 0, row.made_on, categories, items)


def public_item(info: ItemInfo) -> dict[str, Any]:
    """What the hub may know of an item (all of it is public, the staff names included)."""
    return {"code": info.code, "category": info.category, "name": info.name, "time_limit": info.time_limit,
            "post": info.post, "place": info.place, "hours": info.hours, "fee": info.fee,
            "origin": info.origin, "active": info.active}
