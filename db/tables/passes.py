from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class SigningKey(SQLModel, table=True):
    """An Ed25519 key the desk trusts: its own (with the private half) or an upstream one."""

    __tablename__ = "signing_key"

    key_id: int = Field(primary_key=True)  # 16-bit id carried in every pass
    public_key: bytes
    private_key: Optional[bytes] = None  # only for the desk's own keys
    source: str = Field(max_length=16)  # "own" | "upstream"
    created_at: datetime
    retired_at: Optional[datetime] = None  # no longer signs; still verifies


class Pass(SQLModel, table=True):
    """A QR pass this desk issued (a resident pass, a group booking, ...)."""

    __tablename__ = "pass"

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    serial: int = Field(index=True, unique=True)  # the number inside the QR
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id", index=True)
    key_id: int
    valid_from: datetime
    valid_until: datetime
    issued_at: datetime
    issued_by: Optional[int] = Field(default=None, foreign_key="user.id")
    payload: str


class RevokedPass(SQLModel, table=True):
    """A pass that must be refused: revoked here or on the revocation list from upstream."""

    __tablename__ = "revoked_pass"

    id: Optional[int] = Field(default=None, primary_key=True)
    center_id: int = Field(index=True)
    serial: int = Field(index=True)
    revoked_at: datetime
    reason: str = Field(default="", max_length=200)
    source: str = Field(default="local", max_length=16)
