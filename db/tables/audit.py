from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class AuditEntry(SQLModel, table=True):
    """Who changed what, when, with the record before and after (JSON)."""

    __tablename__ = "audit_entry"
    # A record's history (a booking's, a request's) is read by entity and id.
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    user_id: Optional[int] = Field(default=None, foreign_key="user.id", index=True)
    username: str = Field(default="", max_length=64)  # kept if the account is renamed
    action: str = Field(max_length=64, index=True)
    entity: str = Field(default="", max_length=64)
    entity_id: str = Field(default="", max_length=64)
    before: Optional[str] = None  # JSON
    after: Optional[str] = None  # JSON
    detail: str = Field(default="", max_length=1000)
