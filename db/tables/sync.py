"""The outbox (facts waiting to go up to the city hub) and the desk's sync state.

Each outbox row is written in the same transaction as the change it describes, so a fact
is queued if and only if the change was committed; desk/sync sends it (docs/SYNC.md).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
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


class SyncState(SQLModel, table=True):
    """Where this desk stands with the city hub: one row (id 1), made at enrollment.

    The acknowledged position and the feed cursor change only in the same transaction as
    what they describe (the outbox trim, the downloaded rows), so a crash never lets
    them run ahead of the data.
    """

    __tablename__ = "sync_state"

    id: int | None = Field(default=None, primary_key=True)
    hub_url: str = Field(max_length=200)
    center_id: str = Field(max_length=40)  # the hub's id of this center
    center_name: str = Field(default="", max_length=100)
    device_id: str = Field(max_length=40)
    device_key: bytes  # Ed25519 private key (raw 32 bytes); the PC is the device
    hub_keys: str = Field(default="[]")  # JSON: the hub's signing keys [{key_id, public_key}]
    protocol: int = 0  # the protocol version agreed at the last contact
    acked_seq: int = 0  # the highest outbox seq the hub has acknowledged
    feed_cursor: str = Field(default="", max_length=300)  # "" = from the start; JSON while a snapshot runs
    counted_through: str = Field(default="", max_length=10)  # last local day whose visits were counted
    enrolled_at: datetime
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str = Field(default="", max_length=500)  # plain words; "" after a success
    # Today's running visit counts as last sent (JSON {"day", "counts": {purpose: [visits, people]}}),
    # so a round sends only what changed and a purpose that fell to nothing is sent as 0.
    running_counts: str = Field(default="")
    # The last per-day consistency check with the hub (desk/sync/consistency.py).
    checked_at: datetime | None = None
    check_note: str = Field(default="", max_length=500)  # plain words: what the check found


class SyncParked(SQLModel, table=True):
    """An event the hub could not accept: kept on the hub with its reason, mirrored here."""

    __tablename__ = "sync_parked"

    event_id: str = Field(primary_key=True, max_length=36)
    seq: int
    kind: str = Field(max_length=40)
    reason: str = Field(max_length=500)
    parked_at: datetime


class SyncReceived(SQLModel, table=True):
    """What came down from the hub, one row per item (kind + key), newest version kept.

    Stored with the feed cursor in one transaction; applied to the desk's services
    afterwards (idempotently). Kinds whose desk side is not built yet wait here.
    """

    __tablename__ = "sync_received"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40, index=True)
    key: str = Field(max_length=100)
    position: str = Field(max_length=80)  # the feed position of this version
    payload: str  # JSON as the hub sent it
    deleted: bool = False
    received_at: datetime
    applied_at: datetime | None = None
    apply_error: str = Field(default="", max_length=500)


class SyncAnnouncement(SQLModel, table=True):
    """An announcement from the city (通知公告)."""

    __tablename__ = "sync_announcement"

    key: str = Field(primary_key=True, max_length=100)
    title: str = Field(max_length=200)
    body: str
    published_at: datetime
    withdrawn: bool = False
