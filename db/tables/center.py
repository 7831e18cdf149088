from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class Center(SQLModel, table=True):
    """The one center this desk serves (a single row, id 1)."""

    __tablename__ = "center"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    address: str = Field(default="", max_length=200)
    supervision_phone: str = Field(default="", max_length=32)
    # {"0": [["08:30", "12:00"], ["14:00", "17:30"]], ..., "6": []}; 0 is Monday.
    opening_hours: str = Field(default="{}")
    timezone: str = Field(default="Asia/Shanghai", max_length=64)
    # The number QR passes carry to say which center issued them.
    pass_center_id: int
    created_at: datetime


class Setting(SQLModel, table=True):
    """A configurable value (JSON), e.g. retention days or the idle lock time."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str  # JSON
