"""Why people come, and which form fields each purpose requires, offers or hides."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, select

from db.tables import Purpose

REQUIRED, OPTIONAL, HIDDEN = "required", "optional", "hidden"
FIELDS = ("name", "phone", "organisation", "branch", "headcount", "notes")

# The purposes a new center starts with; an administrator can change them.
SEED: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("consult", "咨询", {"name": OPTIONAL, "phone": OPTIONAL, "organisation": HIDDEN, "branch": HIDDEN}),
    ("service", "办事", {"name": REQUIRED, "phone": REQUIRED, "organisation": OPTIONAL, "branch": HIDDEN}),
    ("activity", "参加活动", {"name": REQUIRED, "phone": OPTIONAL, "organisation": OPTIONAL, "branch": HIDDEN}),
    ("room", "使用场地", {"name": REQUIRED, "phone": REQUIRED, "organisation": OPTIONAL, "branch": HIDDEN}),
    ("tour", "参观", {"name": REQUIRED, "phone": REQUIRED, "organisation": REQUIRED, "branch": HIDDEN}),
    ("party_report", "党员报到", {"name": REQUIRED, "phone": REQUIRED, "organisation": OPTIONAL, "branch": REQUIRED}),
    ("other", "其他", {"name": OPTIONAL, "phone": OPTIONAL, "organisation": OPTIONAL, "branch": HIDDEN}),
)


@dataclass(frozen=True)
class PurposeInfo:
    id: int
    code: str
    label: str
    rules: dict[str, str]
    sort_order: int = 0
    active: bool = True  # an inactive purpose is not offered, but its visits keep it

    def rule(self, field: str) -> str:
        return self.rules.get(field, OPTIONAL)

    @property
    def is_party_report(self) -> bool:
        return self.code == "party_report"


def seed_purposes(session: Session) -> None:
    if session.exec(select(Purpose)).first() is not None:
        return
    for order, (code, label, rules) in enumerate(SEED):
        session.add(Purpose(code=code, label=label, field_rules=json.dumps(rules), sort_order=order))


def info(purpose: Purpose) -> PurposeInfo:
    return PurposeInfo(purpose.id, purpose.code, purpose.label, json.loads(purpose.field_rules or "{}"),
                       purpose.sort_order, purpose.active)


def load_purposes(session: Session, *, active_only: bool = True) -> list[PurposeInfo]:
    query = select(Purpose).order_by(Purpose.sort_order, Purpose.id)
    if active_only:
        query = query.where(Purpose.active == True)  # noqa: E712
    return [info(p) for p in session.exec(query)]
