"""Taking in the city's monthly resource lists (资源清单).

The city lists what it puts at the centers' disposal each month: 政策支持、资金倾斜、
服务下沉、设施建设 (policy support, funding, services sent down, facilities). Each list
has a key (the city's name for it, e.g. "2027-03") and a version. Its items become shared
resources (共享资源) beside the ones partner units offer the center, so the receptionist
finds them in one place. The rules, so that no delivery undoes the center's work:

* a version already taken in changes nothing (a re-delivery after a crash, a snapshot);
* an item is matched by its unit and title; a new one is added, active;
* a resource a city list brought is the city's: a new version rewrites its wording, and
  an item the new version drops is switched off (unless another current list still has
  it) and comes back on when a list names it again; a resource the center switched off
  itself stays off;
* the center's own resources are never touched, even with the same unit and title: that
  is reported instead;
* the city withdrawing a list switches off what it brought.

Which resources a list brought, and its version, are kept in the audit line each import
writes (action ``resource.city_list``, one per key and version, read back by key), and who
switched a resource off last in its own audit lines (``resource.city_off`` against the
center's ``resource.active``), each in the same transaction as the change: the
shared_resource table has no column for either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import AuditEntry, SharedResource
from desk.services.city_lists import CityResource, CityResourceList  # noqa: F401 - the shapes imported here
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import NOTHING, REQUESTS, Changes, Done
from desk.clock import utcnow
from desk.errors import Refusal
from desk.services.lists import _public_resource, _resource
from desk.sync.outbox import emit
from desk.text import clean_text, validate_phone

CITY_LIST = "resource.city_list"
ENTITY = "resource_list"
CITY_OFF = "resource.city_off"  # a city list switched a resource off (the center's own switch: resource.active)
RESOURCE = "shared_resource"


@dataclass(frozen=True)
class ResourceImport:
    key: str
    version: str
    added: tuple[int, ...] = ()  # resource ids
    updated: tuple[int, ...] = ()
    retired: tuple[int, ...] = ()  # switched off: the city no longer lists them
    kept_own: tuple[str, ...] = ()  # titles the city sent that are the center's own resources
    already: bool = False  # this version was taken in before: nothing was done

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired)


@dataclass
class _Marker:
    """What the last import of one list recorded."""

    version: str = ""  # "" once withdrawn
    listed: list[int] = field(default_factory=list)  # resources the current version lists
    brought: list[int] = field(default_factory=list)  # every resource any of its versions brought


def _checked(item: CityResource) -> dict[str, str]:
    try:
        category = clean_text(item.category, field="Category", max_length=20)
        description = clean_text(item.description, field="Description", max_length=480, multiline=True)
        return {
            "unit": clean_text(item.unit, field="Partner unit", max_length=100, required=True),
            "title": clean_text(item.title, field="Resource", max_length=100, required=True),
            # The table has no category column: the receptionist reads it at the head of the text.
            "description": f"【{category}】{description}" if category else description,
            "contact": clean_text(item.contact, field="Contact person", max_length=50),
            "phone": validate_phone(item.phone, field="Contact phone") or "",
            "availability": clean_text(item.availability, field="Availability", max_length=200),
        }
    except Refusal as refusal:
        raise Refusal("The city's resource list has a bad item {title}: {reason} Nothing was changed; "
                      "the next delivery will be tried again.", title=item.title, reason=refusal.message) from None


def _markers(session: Session) -> dict[str, _Marker]:
    """The latest record of every list, by key."""
    found: dict[str, _Marker] = {}
    for key, after in session.exec(select(AuditEntry.entity_id, AuditEntry.after).where(
            AuditEntry.entity == ENTITY, AuditEntry.action == CITY_LIST).order_by(col(AuditEntry.id))):
        data: dict[str, Any] = json.loads(after or "{}")
        found[key] = _Marker(str(data.get("version", "")), [int(i) for i in data.get("listed", [])],
                             [int(i) for i in data.get("brought", [])])
    return found


def _write(row: SharedResource, values: dict[str, str]) -> bool:
    """The city's wording into a resource it brought; True if anything differed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _switch_off(session: Session, actor: Actor, key: str, ids: set[int], still_listed: set[int]) -> list[int]:
    switched = []
    for resource_id in sorted(ids - still_listed):
        row = session.get(SharedResource, resource_id)
        if row is not None and row.active:
            row.active, row.updated_at = False, utcnow()
            session.add(row)
            record(session, actor, CITY_OFF, entity=RESOURCE, entity_id=resource_id, after={"active": False},
                   detail=key)
            switched.append(resource_id)
    return switched


def _off_by_the_city(session: Session, resource_id: int) -> bool:
    """Was the resource last switched off by a city list (not by the center's choice)?"""
    last = session.exec(select(AuditEntry.action).where(
        AuditEntry.entity == RESOURCE, AuditEntry.entity_id == str(resource_id),
        col(AuditEntry.action).in_((CITY_OFF, "resource.active"))).order_by(col(AuditEntry.id).desc())).first()
    return last == CITY_OFF


def _finish(session: Session, actor: Actor, key: str, marker: _Marker, report: ResourceImport,
            title: str) -> None:
    after = {"version": marker.version, "title": title, "listed": marker.listed, "brought": marker.brought,
             "added": len(report.added), "updated": len(report.updated), "switched_off": len(report.retired),
             "kept_own": len(report.kept_own)}
    record(session, actor, CITY_LIST, entity=ENTITY, entity_id=key, after=after)
    for resource_id in (*report.added, *report.updated, *report.retired):
        row = session.get(SharedResource, resource_id)
        if row is not None:
            emit(session, "services.resource", _public_resource(_resource(row)))


def import_city_resources(store: Store, actor: Actor, city_list: CityResourceList) -> Done[ResourceImport]:
    """Take in one version of a list, in one transaction (all of it or, on any bad item, nothing)."""
    if actor.role != "system":
        actor.require_admin()
    key = clean_text(city_list.key, field="Resource list", max_length=64, required=True)
    version = clean_text(city_list.version, field="Resource list version", max_length=32, required=True)
    wanted: dict[tuple[str, str], dict[str, str]] = {}
    for item in city_list.items:
        values = _checked(item)
        if (values["unit"], values["title"]) in wanted:
            raise Refusal("The city's resource list names {title} of {unit} twice. Nothing was changed.",
                          title=values["title"], unit=values["unit"])
        wanted[(values["unit"], values["title"])] = values
    with store.write() as session:
        markers = _markers(session)
        mine = markers.pop(key, _Marker())
        if mine.version == version:
            return Done(ResourceImport(key, version, already=True), NOTHING)
        others = {i for marker in markers.values() for i in marker.listed}
        brought = {i for marker in (*markers.values(), mine) for i in marker.brought}
        by_name: dict[tuple[str, str], SharedResource] = {}
        for row in session.exec(select(SharedResource).order_by(col(SharedResource.id))):
            # With a hand-made twin, the city's own row is the one to keep up to date.
            if (row.unit, row.title) not in by_name or row.id in brought:
                by_name[(row.unit, row.title)] = row
        added, updated, kept_own, listed = [], [], [], []
        for name, values in wanted.items():
            row = by_name.get(name)
            if row is not None and row.id not in brought:
                kept_own.append(values["title"])
                continue
            if row is None:
                row = SharedResource(updated_at=utcnow(), **values)
                session.add(row)
                session.flush()
                added.append(row.id or 0)
            else:
                changed = _write(row, values)
                if not row.active and _off_by_the_city(session, row.id or 0):  # listed again
                    row.active, changed = True, True
                    record(session, actor, "resource.active", entity=RESOURCE, entity_id=row.id,
                           after={"active": True}, detail=key)
                if changed:
                    row.updated_at = utcnow()
                    session.add(row)
                    updated.append(row.id or 0)
            listed.append(row.id or 0)
        retired = _switch_off(session, actor, key, set(mine.listed), set(listed) | others)
        marker = _Marker(version, listed, sorted(set(mine.brought) | set(listed)))
        report = ResourceImport(key, version, tuple(added), tuple(updated), tuple(retired), tuple(kept_own))
        _finish(session, actor, key, marker, report, city_list.title[:100])
    return Done(report, Changes.of(REQUESTS) if report.changed else NOTHING)


def withdraw_city_resources(store: Store, actor: Actor, key: str) -> Done[ResourceImport]:
    """The city withdrew a list: switch off what it brought (unless another list still has it)."""
    if actor.role != "system":
        actor.require_admin()
    with store.write() as session:
        markers = _markers(session)
        mine = markers.pop(key, None)
        if mine is None or not mine.version:  # never taken in, or withdrawn already
            return Done(ResourceImport(key, "", already=True), NOTHING)
        others = {i for marker in markers.values() for i in marker.listed}
        retired = _switch_off(session, actor, key, set(mine.listed), others)
        marker = _Marker("", [], mine.brought)
        report = ResourceImport(key, "", retired=tuple(retired))
        _finish(session, actor, key, marker, report, "")
    return Done(report, Changes.of(REQUESTS) if report.changed else NOTHING)
