"""The service list (服务清单): categories and items, edited by administrators.

Every change writes a new catalogue version in the same transaction, so a printed list
names exactly what it was printed from and old versions stay readable. An item that a
request refers to is never deleted: it is retired, and an item from the city's standard
catalogue is only ever retired, so the next city delivery knows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import CatalogueVersion, ServiceCategory, ServiceItem, ServiceRequest
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import NOTHING, SERVICES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import NotFound, Refusal
from desk.roster.posts import load_posts
from desk.services.items import (
    CENTER,
    CITY,
    CatalogueSnapshot,
    CategoryInfo,
    ItemForm,
    ItemInfo,
    VersionInfo,
    apply_form,
    check_references,
    latest_version,
    load_categories,
    load_items,
    next_sort_order,
    public_item,
    snapshot_of,
    validate_item,
    version_info,
    write_version,
)
from desk.services.upstream import apply_city_values
from desk.sync.outbox import emit
from desk.text import clean_text


@dataclass(frozen=True)
class Responsibility:
    """One line of the responsibility list (责任清单): a post, its duties, A/B and items."""

    post_id: int
    post: str
    location: str
    duties: str
    service_standard: str
    holder: str
    backup: str
    items: tuple[str, ...]  # the names of the active items this post answers for


class CatalogueService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    # ---- reading ---------------------------------------------------------------------
    def categories(self, *, include_inactive: bool = False) -> list[CategoryInfo]:
        with self.store.read() as session:
            return load_categories(session, include_inactive=include_inactive)

    def items(self, *, include_retired: bool = False, category_id: int | None = None) -> list[ItemInfo]:
        with self.store.read() as session:
            return load_items(session, include_retired=include_retired, category_id=category_id)

    def item(self, item_id: int) -> ItemInfo:
        with self.store.read() as session:
            return _item(session, item_id)

    def item_by_code(self, code: str) -> ItemInfo:
        with self.store.read() as session:
            row = session.exec(select(ServiceItem).where(ServiceItem.code == code.strip())).first()
            if row is None:
                raise NotFound("There is no service item with code {code}.", code=code)
            return _item(session, row.id or 0)

    def city_changes(self) -> list[ItemInfo]:
        """Items the center edited and the city has since changed: to review."""
        return [item for item in self.items(include_retired=True) if item.city_change]

    def version(self) -> VersionInfo | None:
        with self.store.read() as session:
            row = latest_version(session)
            return version_info(row) if row else None

    def versions(self) -> list[VersionInfo]:
        with self.store.read() as session:
            query = select(CatalogueVersion).order_by(col(CatalogueVersion.number).desc())
            return [version_info(row) for row in session.exec(query)]

    def catalogue_snapshot(self, version: int | None = None) -> CatalogueSnapshot:
        """The active items with the version number and date to print under them.

        Without ``version``: the catalogue now (its A/B staff as the roster has them today).
        With it: the list exactly as that version recorded it.
        """
        with self.store.read() as session:
            if version is not None:
                row = session.get(CatalogueVersion, version)
                if row is None:
                    raise NotFound("There is no version {number} of the service list.", number=version)
                return snapshot_of(row)
            latest = latest_version(session)
            return CatalogueSnapshot(
                version=(latest.number or 0) if latest else 0, made_on=latest.made_on if latest else None,
                categories=tuple(load_categories(session)), items=tuple(load_items(session)))

    def responsibilities(self) -> list[Responsibility]:
        with self.store.read() as session:
            items = load_items(session)
            return [Responsibility(post.id, post.name, post.location, post.duties, post.service_standard,
                                   post.holder_name, post.backup_name,
                                   tuple(i.name for i in items if i.post_id == post.id))
                    for post in load_posts(session)]

    # ---- categories ------------------------------------------------------------------
    def save_category(self, actor: Actor, name: str, *, category_id: int | None = None,
                      sort_order: int | None = None) -> Done[CategoryInfo]:
        actor.require_admin()
        clean = clean_text(name, field="Category name", max_length=50, required=True)
        with self.store.write() as session:
            clash = session.exec(select(ServiceCategory).where(ServiceCategory.name == clean)).first()
            if clash is not None and clash.id != category_id:
                raise Refusal("There is already a category called {name}.", name=clean)
            if category_id is None:
                top = session.exec(select(func.max(ServiceCategory.sort_order))).one() or 0
                row = ServiceCategory(name=clean, sort_order=top + 1 if sort_order is None else sort_order)
                before = None
            else:
                found = session.get(ServiceCategory, category_id)
                if found is None:
                    raise NotFound("There is no category number {id}; the list may be out of date.",
                                   id=category_id)
                row, before = found, {"name": found.name, "sort_order": found.sort_order}
                row.name = clean
                if sort_order is not None:
                    row.sort_order = sort_order
            session.add(row)
            session.flush()
            record(session, actor, "services.category", entity="service_category", entity_id=row.id,
                   before=before, after={"name": row.name, "sort_order": row.sort_order})
            write_version(session, actor, self.clock, f"category {row.name}")
            return Done(CategoryInfo(row.id or 0, row.name, row.sort_order, row.active), Changes.of(SERVICES))

    def set_category_active(self, actor: Actor, category_id: int, active: bool) -> Done[CategoryInfo]:
        actor.require_admin()
        with self.store.write() as session:
            row = session.get(ServiceCategory, category_id)
            if row is None:
                raise NotFound("There is no category number {id}; the list may be out of date.", id=category_id)
            info = CategoryInfo(row.id or 0, row.name, row.sort_order, active)
            if row.active == active:
                return Done(info, NOTHING)
            if not active:
                used = session.exec(select(func.count()).select_from(ServiceItem).where(
                    ServiceItem.category_id == category_id, col(ServiceItem.active).is_(True))).one()
                if used:
                    raise Refusal("The category {name} still has {count} items in use; retire them or "
                                  "move them to another category first.", name=row.name, count=used)
            row.active = active
            session.add(row)
            record(session, actor, "services.category_active", entity="service_category",
                   entity_id=category_id, after={"active": active})
            write_version(session, actor, self.clock, f"category {row.name} {'on' if active else 'off'}")
            return Done(info, Changes.of(SERVICES))

    # ---- items -----------------------------------------------------------------------
    def save_item(self, actor: Actor, form: ItemForm, *, item_id: int | None = None) -> Done[ItemInfo]:
        """Add an item (the center's own) or edit one. Editing a city item's wording makes it
        "locally edited": later city deliveries keep the center's words."""
        actor.require_admin()
        checked, limit = validate_item(form)
        with self.store.write() as session:
            check_references(session, checked)
            clash = session.exec(select(ServiceItem.id).where(ServiceItem.code == checked.code)).first()
            if clash is not None and clash != item_id:
                raise Refusal("The code {code} is already used by another item; each item needs its "
                              "own code.", code=checked.code)
            if item_id is None:
                row = ServiceItem(code=checked.code, category_id=checked.category_id, name=checked.name,
                                  origin=CENTER, updated_at=utcnow())
                before = None
                if not checked.sort_order:
                    checked = replace(checked, sort_order=next_sort_order(session, checked.category_id))
            else:
                found = session.get(ServiceItem, item_id)
                if found is None:
                    raise NotFound("There is no service item number {id}; the list may be out of date.",
                                   id=item_id)
                row = found
                before = public_item(_item(session, item_id))
                if row.origin == CITY and row.code != checked.code:
                    raise Refusal("The code of an item from the city's catalogue cannot be changed: "
                                  "the city knows the item by it.")
            apply_form(row, checked, limit)
            session.add(row)
            session.flush()
            info = _item(session, row.id or 0)
            record(session, actor, "services.item", entity="service_item", entity_id=row.id,
                   before=before, after=public_item(info))
            write_version(session, actor, self.clock, f"item {row.code}")
            emit(session, "services.item", public_item(info))
            return Done(info, Changes.of(SERVICES))

    def retire_item(self, actor: Actor, item_id: int) -> Done[ItemInfo]:
        """Take an item off the list; requests that refer to it keep running."""
        return self._set_active(actor, item_id, False)

    def restore_item(self, actor: Actor, item_id: int) -> Done[ItemInfo]:
        return self._set_active(actor, item_id, True)

    def delete_item(self, actor: Actor, item_id: int) -> Done[None]:
        """Remove an item typed by mistake: only the center's own, and only if never used."""
        actor.require_admin()
        with self.store.write() as session:
            row = _row(session, item_id)
            used = session.exec(select(func.count()).select_from(ServiceRequest).where(
                ServiceRequest.item_id == item_id)).one()
            if used:
                raise Refusal("{name} cannot be deleted: {count} requests refer to it. Retire it "
                              "instead; it leaves the list and its requests stay explainable.",
                              name=row.name, count=used)
            if row.origin == CITY:
                raise Refusal("{name} comes from the city's catalogue and cannot be deleted; retire it "
                              "instead.", name=row.name)
            before = public_item(_item(session, item_id))
            session.delete(row)
            record(session, actor, "services.item_delete", entity="service_item", entity_id=item_id,
                   before=before)
            write_version(session, actor, self.clock, f"deleted {before['code']}")
            emit(session, "services.item", dict(before, active=False, deleted=True))
        return Done(None, Changes.of(SERVICES))

    def adopt_item(self, actor: Actor, item_id: int) -> Done[ItemInfo]:
        """Make a city item the center's own: city deliveries no longer change or retire it."""
        actor.require_admin()
        with self.store.write() as session:
            row = _row(session, item_id)
            if row.origin != CITY:
                return Done(_item(session, item_id), NOTHING)
            row.origin, row.city_pending, row.updated_at = CENTER, "", utcnow()
            session.add(row)
            record(session, actor, "services.item_adopt", entity="service_item", entity_id=item_id,
                   before={"origin": CITY}, after={"origin": CENTER})
            write_version(session, actor, self.clock, f"item {row.code} made the center's own")
            return Done(_item(session, item_id), Changes.of(SERVICES))

    def review_city_change(self, actor: Actor, item_id: int, *, accept: bool) -> Done[ItemInfo]:
        """Take the city's new wording (accept) or keep the center's and stop flagging it."""
        actor.require_admin()
        with self.store.write() as session:
            row = _row(session, item_id)
            if not row.city_pending:
                raise Refusal("The city has not changed {name} since it was last reviewed.", name=row.name)
            pending = json.loads(row.city_pending)
            before = public_item(_item(session, item_id))
            if accept:
                apply_city_values(session, row, pending)
            row.city_values, row.city_pending, row.updated_at = json.dumps(pending, ensure_ascii=False), "", utcnow()
            session.add(row)
            session.flush()
            info = _item(session, item_id)
            record(session, actor, "services.city_review", entity="service_item", entity_id=item_id,
                   before=before, after=public_item(info), detail="accepted" if accept else "kept local")
            write_version(session, actor, self.clock, f"city change to {row.code} "
                          f"{'accepted' if accept else 'kept local'}")
            emit(session, "services.item", public_item(info))
            return Done(info, Changes.of(SERVICES))

    def _set_active(self, actor: Actor, item_id: int, active: bool) -> Done[ItemInfo]:
        actor.require_admin()
        with self.store.write() as session:
            row = _row(session, item_id)
            if row.active == active:
                return Done(_item(session, item_id), NOTHING)
            if active:
                category = session.get(ServiceCategory, row.category_id)
                if category is not None and not category.active:
                    raise Refusal("The category {name} is no longer used; use it again first.",
                                  name=category.name)
            row.active, row.retired_by, row.updated_at = active, "" if active else CENTER, utcnow()
            session.add(row)
            session.flush()
            info = _item(session, item_id)
            record(session, actor, "services.item_restore" if active else "services.item_retire",
                   entity="service_item", entity_id=item_id, after={"active": active}, detail=row.name)
            write_version(session, actor, self.clock, f"item {row.code} {'restored' if active else 'retired'}")
            emit(session, "services.item", public_item(info))
            return Done(info, Changes.of(SERVICES))


def _row(session: Session, item_id: int) -> ServiceItem:
    row = session.get(ServiceItem, item_id)
    if row is None:
        raise NotFound("There is no service item number {id}; the list may be out of date.", id=item_id)
    return row


def _item(session: Session, item_id: int) -> ItemInfo:
    found = load_items(session, include_retired=True, only=item_id)
    if not found:
        raise NotFound("There is no service item number {id}; the list may be out of date.", id=item_id)
    return found[0]

