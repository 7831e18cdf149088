"""Administering the purposes of a visit: their names, which fields they ask for, their order.

Purposes are never deleted: visits point at them, and statistics count by their ``code``,
which is made once from the label and never changes. An administrator deactivates a
purpose instead; it leaves the walk-in form but keeps its name in the visit log.
"""

from __future__ import annotations

import builtins
import json
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import Purpose, Setting
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.settings import Settings
from desk.changes import NOTHING, PURPOSES, Changes, Done
from desk.errors import NotFound, Refusal
from desk.text import clean_text
from desk.visits.purposes import FIELDS, HIDDEN, OPTIONAL, REQUIRED, PurposeInfo, info, load_purposes

# The fields whose rule an administrator sets; the service checks exactly these against
# the rule. The number of people and the notes are always offered.
CONFIGURABLE = ("name", "phone", "organisation", "branch")
RULES = (REQUIRED, OPTIONAL, HIDDEN)
MAX_LABEL = 16
# A new purpose starts like "其他": name and phone may be given, no party branch.
DEFAULT_RULES: dict[str, str] = {"name": OPTIONAL, "phone": OPTIONAL, "organisation": OPTIONAL,
                                 "branch": HIDDEN}
# How the refusals name the fields (the same words the walk-in check uses).
_FIELD_NAMES = {"name": "Name", "phone": "Phone", "organisation": "Organisation", "branch": "Party branch"}
_CODE_LENGTH = 24  # leaves room for a "_<n>" suffix within the column's 32


def make_code(label: str, taken: set[str]) -> str:
    """A stable identifier for a new purpose: its label in pinyin or ASCII (参观 → canguan,
    "VIP" → vip), else ``custom_<n>``; never one already in ``taken``."""
    from pypinyin import lazy_pinyin  # loaded on first use: its dictionaries are slow

    text = "".join(lazy_pinyin(unicodedata.normalize("NFKC", label))).lower()
    slug = re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:_CODE_LENGTH].rstrip("_")
    if not slug or not slug[0].isalpha():
        number = 1
        while f"custom_{number}" in taken:
            number += 1
        return f"custom_{number}"
    code, number = slug, 2
    while code in taken:
        code, number = f"{slug}_{number}", number + 1
    return code


def validate_rules(rules: Mapping[str, Any]) -> dict[str, str]:
    """Known fields with known rules, and no combination that would trip the desk up."""
    if not isinstance(rules, Mapping):
        raise Refusal("The field rules are not a list of fields and rules.")
    checked: dict[str, str] = {}
    for field, rule in rules.items():
        if field in ("headcount", "notes"):
            raise Refusal("The number of people and the notes are always offered; "
                          "they cannot be required or hidden.")
        if field not in FIELDS:
            raise Refusal("There is no form field called {name}.", name=field)
        if rule not in RULES:
            raise Refusal("{value} is not a rule: a field is required, optional or hidden.", value=rule)
        checked[field] = rule
    merged = dict(DEFAULT_RULES, **checked)
    name, phone = merged["name"], merged["phone"]
    if name == HIDDEN and phone == REQUIRED:
        raise Refusal("The name cannot be hidden while the phone is required: a phone number "
                      "without a name tells the desk nobody.")
    for field in ("organisation", "branch"):
        # Organisation and branch are kept with the visitor, and there is a visitor only
        # when a name or a phone was given: otherwise they would be asked for and lost.
        if merged[field] != HIDDEN and name == HIDDEN and phone == HIDDEN:
            raise Refusal("{field} cannot be asked for when both the name and the phone are "
                          "hidden: it is kept with the visitor's name and phone.",
                          field=_FIELD_NAMES[field])
        if merged[field] == REQUIRED and REQUIRED not in (name, phone):
            raise Refusal("{field} can be required only when the name or the phone is required "
                          "too: it is kept with the visitor's name and phone.",
                          field=_FIELD_NAMES[field])
    return checked


def _snapshot(purpose: Purpose) -> dict[str, Any]:
    return {"code": purpose.code, "label": purpose.label, "rules": json.loads(purpose.field_rules or "{}"),
            "active": purpose.active, "sort_order": purpose.sort_order}


def _same_label(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


class PurposeAdmin:
    """Add, rename, re-rule, (de)activate and reorder purposes (administrators only)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, include_inactive: bool = True) -> list[PurposeInfo]:
        """Every purpose in the order the walk-in form offers them."""
        with self.store.read() as session:
            return load_purposes(session, active_only=not include_inactive)

    # ---- writing ---------------------------------------------------------------------
    def create(self, actor: Actor, *, label: str, rules: Mapping[str, str] | None = None) -> Done[PurposeInfo]:
        actor.require_admin()
        clean = self._clean_label(label)
        checked = validate_rules(rules if rules is not None else DEFAULT_RULES)
        with self.store.write() as session:
            purposes = self._all(session)
            for other in purposes:
                if _same_label(other.label, clean):
                    if other.active:
                        raise Refusal("There is already a purpose called {label}.", label=other.label)
                    raise Refusal("A deactivated purpose is called {label}: activate it again "
                                  "instead of adding a new one.", label=other.label)
            purpose = Purpose(
                code=make_code(clean, {p.code for p in purposes}), label=clean,
                field_rules=json.dumps(dict(DEFAULT_RULES, **checked), ensure_ascii=False),
                sort_order=max((p.sort_order for p in purposes), default=-1) + 1, active=True)
            session.add(purpose)
            session.flush()
            record(session, actor, "purpose.create", entity="purpose", entity_id=purpose.code,
                   after=_snapshot(purpose))
            return Done(info(purpose), Changes.of(PURPOSES))

    def update(self, actor: Actor, purpose_id: int, *, label: str | None = None,
               rules: Mapping[str, str] | None = None, active: bool | None = None) -> Done[PurposeInfo]:
        """Change what is given; a call that changes nothing writes nothing."""
        actor.require_admin()
        clean = self._clean_label(label) if label is not None else None
        with self.store.write() as session:
            purpose = session.get(Purpose, purpose_id)
            if purpose is None:
                raise NotFound("That purpose no longer exists.")
            before = _snapshot(purpose)
            new_label = clean if clean is not None else purpose.label
            new_active = purpose.active if active is None else bool(active)
            new_rules = before["rules"]
            if rules is not None:
                current = {field: before["rules"].get(field, OPTIONAL) for field in CONFIGURABLE}
                new_rules = dict(before["rules"], **validate_rules({**current, **dict(rules)}))
                if purpose.code == "party_report" and new_rules.get("name") != REQUIRED:
                    raise Refusal("{label} records which party member reported: its name must be "
                                  "required.", label=new_label)
            if new_active and (new_label != purpose.label or not purpose.active):
                self._check_label_free(session, new_label, purpose.id)
            if purpose.active and not new_active:
                self._check_may_deactivate(session, purpose)
            after = dict(before, label=new_label, rules=new_rules, active=new_active)
            if after == before:
                return Done(info(purpose), NOTHING)
            purpose.label, purpose.active = new_label, new_active
            purpose.field_rules = json.dumps(new_rules, ensure_ascii=False)
            session.add(purpose)
            action = {(True, False): "purpose.deactivate", (False, True): "purpose.activate"}.get(
                (before["active"], new_active), "purpose.update")
            record(session, actor, action, entity="purpose", entity_id=purpose.code,
                   before=before, after=after)
            return Done(info(purpose), Changes.of(PURPOSES))

    def move(self, actor: Actor, purpose_id: int, up: bool) -> Done[PurposeInfo]:
        """One place up or down in the list (the walk-in form offers them in this order)."""
        actor.require_admin()
        with self.store.write() as session:
            purposes = self._all(session)
            index = next((i for i, p in enumerate(purposes) if p.id == purpose_id), None)
            if index is None:
                raise NotFound("That purpose no longer exists.")
            other = index - 1 if up else index + 1
            if other < 0:
                raise Refusal("This purpose is already the first.")
            if other >= len(purposes):
                raise Refusal("This purpose is already the last.")
            moved, neighbour = purposes[index], purposes[other]
            before = moved.sort_order
            purposes[index], purposes[other] = neighbour, moved
            for order, purpose in enumerate(purposes):  # renumbered: old rows may share a number
                if purpose.sort_order != order:
                    purpose.sort_order = order
                    session.add(purpose)
            record(session, actor, "purpose.move", entity="purpose", entity_id=moved.code,
                   before={"sort_order": before}, after={"sort_order": moved.sort_order},
                   detail=f"{'up' if up else 'down'}, past {neighbour.code}")
            return Done(info(moved), Changes.of(PURPOSES))

    # ---- rules -----------------------------------------------------------------------
    @staticmethod
    def _clean_label(label: str) -> str:
        return clean_text(label, field="Purpose name", max_length=MAX_LABEL, required=True)

    @staticmethod
    def _all(session: Session) -> builtins.list[Purpose]:  # ``list`` is a method here
        return list(session.exec(select(Purpose).order_by(Purpose.sort_order, Purpose.id)))

    @staticmethod
    def _check_label_free(session: Session, label: str, purpose_id: int | None) -> None:
        active = session.exec(select(Purpose).where(Purpose.active == True,  # noqa: E712
                                                    col(Purpose.id) != purpose_id))
        for other in active:
            if _same_label(other.label, label):
                raise Refusal("There is already a purpose called {label}.", label=other.label)

    @staticmethod
    def _check_may_deactivate(session: Session, purpose: Purpose) -> None:
        others = session.exec(select(func.count()).select_from(Purpose).where(
            Purpose.active == True, col(Purpose.id) != purpose.id)).one()  # noqa: E712
        if others == 0:
            raise Refusal("At least one purpose must stay active.")
        row = session.get(Setting, "default_scan_purpose")
        settings = Settings.decode({row.key: row.value} if row else {})
        if settings["default_scan_purpose"] == purpose.code:
            raise Refusal("{label} is the purpose of a resident-pass scan. Choose another purpose "
                          "for scans in the settings first, then deactivate this one.", label=purpose.label)
