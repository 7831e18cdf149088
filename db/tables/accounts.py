from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401  (naming convention before any table)


class User(SQLModel, table=True):
    """A person who signs in at the desk: an administrator or a receptionist."""

    __tablename__ = "user"

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True, index=True)
    display_name: str = Field(max_length=64)
    role: str = Field(max_length=16)  # "admin" | "receptionist"
    password_hash: str = Field(max_length=256)
    active: bool = Field(default=True)
    created_at: datetime
    last_login_at: Optional[datetime] = None


class LoginAttempt(SQLModel, table=True):
    """Every sign-in attempt, kept for throttling and for the administrator to read."""

    __tablename__ = "login_attempt"

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, index=True)
    at: datetime = Field(index=True)
    success: bool
