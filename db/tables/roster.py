"""Staff, posts, the calendar, shifts and rotations, the duty roster and whereabouts.

Times of day are "HH:MM" strings in the center's zone (what people type and read);
moments are aware UTC datetimes; calendar days are dates. Nothing here is ever deleted
once it has been used: staff leave (``active_until``), posts and shifts are deactivated,
duties are marked removed, so that printed sheets and the audit trail stay explainable.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class Staff(SQLModel, table=True):
    """A person who works at the center (专职, 社工, 志愿者, 下沉干部)."""

    __tablename__ = "staff"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    initials: str = Field(default="", max_length=50, index=True)  # pinyin initials, "ZXM"
    # manager | social_worker | volunteer | seconded
    kind: str = Field(default="manager", max_length=16)
    title: str = Field(default="", max_length=50)  # 职务, e.g. 党委副书记
    # What may be published (三公开): an office phone or a work mobile the person agreed to.
    public_phone: str = Field(default="", max_length=32)
    # Never printed, never shown on the board, never sent upward.
    private_phone: str = Field(default="", max_length=32)
    photo: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    active_from: date
    active_until: Optional[date] = None  # last day of work; None while still working
    sort_order: int = 0
    note: str = Field(default="", max_length=200)
    created_at: datetime


class Post(SQLModel, table=True):
    """A post (岗位) with its four fixes (四确定): place, person, duties, standard."""

    __tablename__ = "post"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)
    location: str = Field(default="", max_length=100)  # 办公定点
    duties: str = Field(default="", max_length=1000)  # 工作定责
    service_standard: str = Field(default="", max_length=500)  # 服务定效
    time_limit: str = Field(default="", max_length=50)  # e.g. 即时办结 / 3个工作日
    holder_id: Optional[int] = Field(default=None, foreign_key="staff.id")  # A岗
    backup_id: Optional[int] = Field(default=None, foreign_key="staff.id")  # B岗
    sort_order: int = 0
    active: bool = True


class PostCover(SQLModel, table=True):
    """Who may stand in at a post (besides its A and B)."""

    __tablename__ = "post_cover"

    post_id: int = Field(foreign_key="post.id", primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", primary_key=True)


class CalendarDay(SQLModel, table=True):
    """A statutory holiday or a make-up working day (调休); ordinary days have no row."""

    __tablename__ = "calendar_day"

    day: date = Field(primary_key=True)
    kind: str = Field(max_length=8)  # holiday | workday
    name: str = Field(default="", max_length=50)  # 春节, 国庆节, ...
    source: str = Field(default="package", max_length=8)  # package | local | hub
    updated_at: datetime


class Timetable(SQLModel, table=True):
    """Opening hours for part of the year (夏令/冬令作息), overriding the center's own.

    ``hours`` is the center's OpeningHours JSON plus an optional "holiday" entry: the
    sessions kept on statutory holidays (empty means closed).
    """

    __tablename__ = "timetable"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)
    starts: str = Field(max_length=5)  # "MM-DD", inclusive; may wrap the new year
    ends: str = Field(max_length=5)  # "MM-DD", inclusive
    hours: str = Field(default="{}")
    active: bool = True


class Shift(SQLModel, table=True):
    """A shift template (班次): 上午班 08:30–12:00, 午间值守, 晚间班, ..."""

    __tablename__ = "shift"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=30, unique=True)
    start: str = Field(max_length=5)  # "HH:MM"
    end: str = Field(max_length=5)  # "HH:MM"; not after start means the next day
    color: str = Field(default="#4c78a8", max_length=9)
    active: bool = True


class Rotation(SQLModel, table=True):
    """A repeating pattern of N weeks for one post and shift (轮班)."""

    __tablename__ = "rotation"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    post_id: int = Field(foreign_key="post.id")
    shift_id: int = Field(foreign_key="shift.id")
    weeks: int = 1
    anchor: date  # a Monday: the first day of week 0 of the cycle
    active: bool = True


class RotationSlot(SQLModel, table=True):
    """Who works a rotation's shift in week ``week`` on ``weekday`` (0 Monday … 6 Sunday,
    7 statutory holidays)."""

    __tablename__ = "rotation_slot"

    rotation_id: int = Field(foreign_key="rotation.id", primary_key=True)
    week: int = Field(primary_key=True)
    weekday: int = Field(primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", primary_key=True)


class Duty(SQLModel, table=True):
    """One person on duty at one post for one shift on one day: the roster itself.

    ``source`` says where it came from (auto | manual | swap | cover); generation only
    replaces future ``auto`` rows. A hand removal keeps the row with ``removed`` set, so
    regenerating does not bring it back.
    """

    __tablename__ = "duty"
    __table_args__ = (
        Index("ix_duty_staff_time", "staff_id", "starts_at"),
        Index("ix_duty_day_post", "day", "post_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    day: date
    post_id: int = Field(foreign_key="post.id")
    shift_id: int = Field(foreign_key="shift.id")
    staff_id: int = Field(foreign_key="staff.id")
    starts_at: datetime
    ends_at: datetime
    source: str = Field(default="auto", max_length=8)
    rotation_id: Optional[int] = Field(default=None, foreign_key="rotation.id")
    original_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    reason: str = Field(default="", max_length=200)
    removed: bool = False
    updated_at: datetime
    updated_by: str = Field(default="", max_length=64)


class Leave(SQLModel, table=True):
    """An absence (请假, 调休, 公出, 培训) over whole days, inclusive."""

    __tablename__ = "leave"
    __table_args__ = (Index("ix_leave_staff_days", "staff_id", "starts_on", "ends_on"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id")
    kind: str = Field(default="", max_length=20)
    starts_on: date
    ends_on: date
    note: str = Field(default="", max_length=200)
    cancelled: bool = False
    created_at: datetime
    created_by: str = Field(default="", max_length=64)


class WhereaboutsStatus(SQLModel, table=True):
    """A status a person can be in (在岗, 暂离, 外出办事, ...); the list is editable."""

    __tablename__ = "whereabouts_status"

    id: Optional[int] = Field(default=None, primary_key=True)
    label: str = Field(max_length=16, unique=True)
    # Whether someone in this status is at their post (and so serves residents there).
    present: bool = False
    # Whether the status asks for a destination and an expected return.
    away: bool = False
    sort_order: int = 0
    active: bool = True


class Whereabouts(SQLModel, table=True):
    """Where each person is now: one row per staff member, replaced on every change."""

    __tablename__ = "whereabouts"

    staff_id: int = Field(foreign_key="staff.id", primary_key=True)
    status_id: int = Field(foreign_key="whereabouts_status.id")
    destination: str = Field(default="", max_length=100)
    expected_return: Optional[datetime] = None
    updated_at: datetime
    updated_by: str = Field(default="", max_length=64)


class WhereaboutsLog(SQLModel, table=True):
    """The history of whereabouts, kept for inspection (纪检) and for the day's sheet."""

    __tablename__ = "whereabouts_log"
    __table_args__ = (Index("ix_whereabouts_log_staff_at", "staff_id", "at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id")
    label: str = Field(max_length=16)
    destination: str = Field(default="", max_length=100)
    expected_return: Optional[datetime] = None
    at: datetime = Field(index=True)
    by: str = Field(default="", max_length=64)
