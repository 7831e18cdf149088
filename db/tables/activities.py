"""Activities (活动): sign-ups with a waitlist, attendance, volunteer hours and evidence.

An activity usually takes a room booking; its capacity counts people, companions
included (a parent with a child is two). Sign-ups are never deleted: a cancelled place
keeps its row, and the first on the waitlist is promoted in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class Activity(SQLModel, table=True):
    __tablename__ = "activity"

    id: Optional[int] = Field(default=None, primary_key=True)
    title: str = Field(max_length=100)
    organiser: str = Field(default="", max_length=100)  # the branch, club or staff member
    description: str = Field(default="", max_length=1000)
    booking_id: Optional[int] = Field(default=None, foreign_key="booking.id")
    place: str = Field(default="", max_length=100)  # when not in one of the center's rooms
    starts_at: datetime = Field(index=True)
    ends_at: datetime
    capacity: int = 0  # people including companions; 0: no limit
    state: str = Field(default="open", max_length=12)  # open | cancelled
    source: str = Field(default="desk", max_length=12)  # desk | upstream
    upstream_id: Optional[str] = Field(default=None, max_length=64, index=True)
    created_by: Optional[int] = Field(default=None, foreign_key="user.id")
    created_at: datetime


class Signup(SQLModel, table=True):
    """A place asked for at an activity, by a resident for themselves and companions."""

    __tablename__ = "signup"
    __table_args__ = (Index("ix_signup_activity_state", "activity_id", "state", "created_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id")
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    name: str = Field(max_length=50)
    phone: str = Field(default="", max_length=20)
    companions: int = 0
    state: str = Field(default="confirmed", max_length=12)  # confirmed | waitlist | cancelled
    source: str = Field(default="desk", max_length=12)  # desk | pass | upstream
    upstream_id: Optional[str] = Field(default=None, max_length=64, index=True)
    pass_serial: Optional[int] = Field(default=None, index=True)  # a SIGNUP pass, if issued
    promoted_at: Optional[datetime] = None  # moved up from the waitlist
    attended_at: Optional[datetime] = None
    attended_count: Optional[int] = None  # people who came in on this sign-up
    cancelled_at: Optional[datetime] = None
    created_at: datetime


class VolunteerService(SQLModel, table=True):
    """Service hours recorded for one volunteer at one activity (志愿服务记录)."""

    __tablename__ = "volunteer_service"

    id: Optional[int] = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", index=True)
    staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    name: str = Field(max_length=50)
    role: str = Field(default="", max_length=50)  # 签到引导, 讲师, 摄影
    minutes: int  # service time, whole minutes
    note: str = Field(default="", max_length=200)
    removed: bool = False  # a correction keeps the wrong line, marked
    recorded_by: Optional[int] = Field(default=None, foreign_key="user.id")
    recorded_at: datetime


class ActivityEvidence(SQLModel, table=True):
    """A photo or the minutes kept as evidence that an activity took place (台账材料)."""

    __tablename__ = "activity_evidence"

    id: Optional[int] = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", index=True)
    kind: str = Field(max_length=12)  # photo | minutes | file
    file_name: str = Field(max_length=200)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    caption: str = Field(default="", max_length=200)
    removed: bool = False
    added_by: Optional[int] = Field(default=None, foreign_key="user.id")
    added_at: datetime
