"""Merging the city's standard service catalogue (delivered by the sync issue) into ours.

The rules, so that no delivery loses the center's work:

* a city item the desk does not have yet is added (origin "city", no post: the center
  chooses who answers for it);
* a city item the center has not edited takes the city's new wording;
* a city item the center edited keeps the center's words and is flagged "city changed
  this item", the city's new values kept beside it for an administrator to review
  (``CatalogueService.review_city_change``);
* a city item missing from the delivery was withdrawn by the city: it is retired, never
  deleted; brought back by a later delivery, it is used again;
* the center's own items (and city items it made its own) are never touched, even when
  the city sends an item with the same code — that is reported instead.

The city decides only the fields in ``CITY_FIELDS``; place, hours and the responsible
post are always the center's. A local edit is any difference between an item's wording
and the city wording last accepted (``city_values``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, func, select

from db.engine import Store
from db.tables import ServiceCategory, ServiceItem
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import NOTHING, SERVICES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.services.city_lists import CityCatalogue, CityItem  # noqa: F401 - the shapes merged here
from desk.services.items import CENTER, CITY, CITY_FIELDS, city_values, clean_code, next_sort_order, write_version
from desk.services.working_time import TimeLimit
from desk.sync.outbox import emit
from desk.text import clean_text


@dataclass(frozen=True)
class MergeReport:
    city_version: str
    added: tuple[str, ...]  # item codes
    updated: tuple[str, ...]
    flagged: tuple[str, ...]  # edited here and changed by the city: to review
    retired: tuple[str, ...]  # withdrawn by the city
    kept_own: tuple[str, ...]  # codes the city sent that are the center's own items
    unchanged: int
    catalogue_version: int | None  # the desk's new catalogue version, None if nothing changed

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.flagged or self.retired)


def _checked(item: CityItem) -> dict[str, str]:
    """The city's values as the desk would store them, or a Refusal naming the item."""
    try:
        code = clean_code(item.code)
        return {
            "code": code,
            "category": clean_text(item.category, field="Category name", max_length=50, required=True),
            "name": clean_text(item.name, field="Item name", max_length=100, required=True),
            "description": clean_text(item.description, field="Description", max_length=1000, multiline=True),
            "eligibility": clean_text(item.eligibility, field="Who is eligible", max_length=500, multiline=True),
            "materials": clean_text(item.materials, field="What to bring", max_length=1000, multiline=True),
            "steps": clean_text(item.steps, field="Steps", max_length=1000, multiline=True),
            "time_limit": TimeLimit.parse(item.time_limit).text,
            "fee": clean_text(item.fee, field="Fee", max_length=50) or "免费",
        }
    except Refusal as refusal:
        raise Refusal("The city's catalogue has a bad item {code}: {reason} Nothing was changed; "
                      "the next delivery will be tried again.", code=item.code, reason=refusal.message) from None


def _category_id(session: Session, name: str) -> int:
    row = session.exec(select(ServiceCategory).where(ServiceCategory.name == name)).first()
    if row is None:
        top = session.exec(select(func.max(ServiceCategory.sort_order))).one() or 0
        row = ServiceCategory(name=name, sort_order=top + 1)
    row.active = True  # a category the city uses is shown again
    session.add(row)
    session.flush()
    return row.id or 0


def apply_city_values(session: Session, row: ServiceItem, values: dict[str, str]) -> None:
    """Write the city's wording into an item (its place, hours and post stay as they are)."""
    limit = TimeLimit.parse(values["time_limit"])
    row.category_id = _category_id(session, values["category"])
    row.name, row.description = values["name"], values["description"]
    row.eligibility, row.materials, row.steps = values["eligibility"], values["materials"], values["steps"]
    row.limit_kind, row.limit_amount, row.fee = limit.kind, limit.amount, values["fee"]
    row.updated_at = utcnow()


def merge_city_catalogue(store: Store, clock: CenterClock, actor: Actor,
                         catalogue: CityCatalogue) -> Done[MergeReport]:
    """Merge one delivery in one transaction (all of it or, on any bad item, nothing)."""
    if actor.role != "system":
        actor.require_admin()
    version = clean_text(catalogue.version, field="City catalogue version", max_length=32, required=True)
    wanted: dict[str, dict[str, str]] = {}
    for item in catalogue.items:
        values = _checked(item)
        if values["code"] in wanted:
            raise Refusal("The city's catalogue lists the code {code} twice. Nothing was changed.",
                          code=values["code"])
        wanted[values["code"]] = {key: values[key] for key in CITY_FIELDS}
    added, updated, flagged, retired, kept_own = [], [], [], [], []
    unchanged = 0
    with store.write() as session:
        rows = {row.code: row for row in session.exec(select(ServiceItem))}
        names = {row.id: row.name for row in session.exec(select(ServiceCategory))}
        for code, values in wanted.items():
            row = rows.get(code)
            encoded = json.dumps(values, ensure_ascii=False, sort_keys=True)
            if row is None:
                category_id = _category_id(session, values["category"])
                row = ServiceItem(code=code, category_id=category_id, name=values["name"], origin=CITY,
                                  sort_order=next_sort_order(session, category_id), updated_at=utcnow())
                apply_city_values(session, row, values)
                row.city_values, row.city_version = encoded, version
                session.add(row)
                session.flush()
                added.append(code)
                continue
            if row.origin == CENTER:
                kept_own.append(code)
                continue
            baseline = json.loads(row.city_values) if row.city_values else {}
            edited = bool(baseline) and baseline != city_values(row, names.get(row.category_id, ""))
            changed = False
            if row.retired_by == CITY:  # withdrawn before, delivered again
                row.active, row.retired_by, changed = True, "", True
            if values == baseline:
                if row.city_pending:  # the city went back to the wording the center knows
                    row.city_pending, changed = "", True
            elif not edited:
                apply_city_values(session, row, values)
                row.city_values, row.city_pending, changed = encoded, "", True
            elif row.city_pending != encoded:
                row.city_pending = encoded
                flagged.append(code)
            row.city_version = version
            session.add(row)
            if changed and code not in flagged:
                updated.append(code)
            elif code not in flagged:
                unchanged += 1
        for code, row in rows.items():
            if row.origin == CITY and code not in wanted and row.active:
                row.active, row.retired_by, row.city_pending, row.updated_at = False, CITY, "", utcnow()
                session.add(row)
                retired.append(code)
        number = None
        if added or updated or flagged or retired:
            number = write_version(session, actor, clock, f"city catalogue {version}", city_version=version)
            counts = {"added": len(added), "updated": len(updated), "flagged": len(flagged),
                      "retired": len(retired), "kept_own": len(kept_own)}
            record(session, actor, "services.city_merge", entity="catalogue", entity_id=version,
                   after=counts, detail=", ".join((added + updated + flagged + retired)[:80]))
            emit(session, "services.catalogue", dict(counts, city_version=version, catalogue_version=number))
        report = MergeReport(version, tuple(added), tuple(updated), tuple(flagged), tuple(retired),
                             tuple(kept_own), unchanged, number)
    return Done(report, Changes.of(SERVICES) if report.changed else NOTHING)
