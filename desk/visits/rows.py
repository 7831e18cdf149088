"""What the visit pages and documents show: plain rows, personal fields already masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class VisitRow:
    id: str
    visitor_id: int | None
    name: str
    phone_masked: str
    purpose_code: str
    purpose_label: str
    headcount: int
    source: str
    check_in_at: datetime  # aware UTC
    check_out_at: datetime | None
    organisation: str
    party_member: bool
    branch: str
    notes: str

    @property
    def inside(self) -> bool:
        return self.check_out_at is None


@dataclass(frozen=True)
class VisitorRow:
    id: int
    name: str
    initials: str
    phone_masked: str
    organisation: str
    party_member: bool
    branch: str
    last_visit_at: datetime | None
    inside: bool
