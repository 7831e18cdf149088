from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class Purpose(SQLModel, table=True):
    """Why someone came (咨询, 办事, 参加活动, 党员报到, ...) and which form fields it needs."""

    __tablename__ = "purpose"

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    label: str = Field(max_length=32)
    # {"phone": "required"|"optional"|"hidden", "organisation": ..., "branch": ..., ...}
    field_rules: str = Field(default="{}")
    sort_order: int = 0
    active: bool = True


class Visitor(SQLModel, table=True):
    """A person known to the desk. Personal fields become NULL when retention purges them."""

    __tablename__ = "visitor"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: Optional[str] = Field(default=None, max_length=50, index=True)
    initials: Optional[str] = Field(default=None, max_length=50, index=True)  # pinyin, e.g. "ZXM"
    pinyin: Optional[str] = Field(default=None, max_length=200, index=True)  # e.g. "zhangxiaoming"
    phone: Optional[str] = Field(default=None, max_length=20)
    phone_last4: Optional[str] = Field(default=None, max_length=4, index=True)
    organisation: Optional[str] = Field(default=None, max_length=100)
    party_member: bool = False
    branch: Optional[str] = Field(default=None, max_length=100)
    created_at: datetime
    last_visit_at: Optional[datetime] = Field(default=None, index=True)
    purged_at: Optional[datetime] = None


class Visit(SQLModel, table=True):
    """One check-in. The id is a UUIDv7 made here, so it can go upstream unchanged."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_open", "check_out_at", "check_in_at"),
        # One person's visits, newest first: the visit log search goes visitor-first.
        Index("ix_visit_visitor_time", "visitor_id", "check_in_at"),
        Index("ix_visit_purpose_time", "purpose_id", "check_in_at"),
    )

    id: str = Field(primary_key=True, max_length=36)
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    purpose_id: int = Field(foreign_key="purpose.id")
    headcount: int = 1
    source: str = Field(max_length=16)  # "walkin" | "returning" | "pass"
    pass_serial: Optional[int] = Field(default=None, index=True)
    check_in_at: datetime = Field(index=True)
    check_out_at: Optional[datetime] = None
    check_out_kind: Optional[str] = Field(default=None, max_length=16)  # scan|manual|auto
    notes: Optional[str] = Field(default=None, max_length=500)
    consent: bool = False
    created_by: Optional[int] = Field(default=None, foreign_key="user.id")
