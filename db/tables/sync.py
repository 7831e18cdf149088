"""The outbox: facts waiting to go up to the city hub.

Each row is written in the same transaction as the change it describes, so a fact is
queued if and only if the change was committed. The sync issue adds the sending.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class OutboxEvent(SQLModel, table=True):
    __tablename__ = "outbox_event"

    # Insertion order is the upload order; the id is a UUIDv7 made on this desk, so a
    # re-sent event is recognised by the hub.
    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=36, unique=True)
    kind: str = Field(max_length=40)  # e.g. roster.duty, roster.whereabouts
    payload: str  # JSON: only what the sync policy allows to leave the PC
    created_at: datetime
