"""Rooms, closures, booking series and bookings.

A booking is one occurrence: a room from ``starts_at`` to ``ends_at`` (half-open, aware
UTC). A repeating booking is a ``BookingSeries`` whose occurrences are materialised as
bookings, each with its own state, so one date can be cancelled, moved or checked in
without touching the others. ``block_start``/``block_end`` are the times the room is
taken including its setup and cleanup buffers: the conflict check compares those, in
the same ``BEGIN IMMEDIATE`` transaction as the save. Nothing here is deleted: rooms
are retired, bookings are cancelled, rejected or released, and the audit trail keeps
each change with who made it and why.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class Room(SQLModel, table=True):
    """A room residents and groups can book (党员教育室, 文体活动室, ...)."""

    __tablename__ = "room"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)
    kind: str = Field(default="", max_length=30)  # 会议室, 活动室, 谈心谈话室, ...
    capacity: int = 1
    equipment: str = Field(default="", max_length=300)  # 投影仪、音响、白板
    location: str = Field(default="", max_length=100)
    photo: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    # The room's own weekly hours as OpeningHours JSON; NULL: the center's hours.
    hours: Optional[str] = None
    setup_minutes: int = 0  # kept free before each booking
    cleanup_minutes: int = 0  # and after it
    needs_approval: bool = False
    # How long a pending booking keeps its slot from others; 0: it holds nothing until approved.
    hold_pending_minutes: int = 0
    # Minutes after the start without a check-in before the booking is released as a no-show.
    no_show_minutes: int = 30
    sort_order: int = 0
    active: bool = True  # retired rooms stay for history and figures
    created_at: datetime


class RoomApprover(SQLModel, table=True):
    """Who may approve bookings of a room (besides administrators)."""

    __tablename__ = "room_approver"

    room_id: int = Field(foreign_key="room.id", primary_key=True)
    user_id: int = Field(foreign_key="user.id", primary_key=True)


class Closure(SQLModel, table=True):
    """A day the center (``room_id`` NULL) or one room is closed, besides statutory holidays."""

    __tablename__ = "closure"
    __table_args__ = (Index("ix_closure_day_room", "day", "room_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    day: date
    room_id: Optional[int] = Field(default=None, foreign_key="room.id")
    reason: str = Field(default="", max_length=200)
    removed: bool = False  # reopened; kept for the history
    created_by: Optional[int] = Field(default=None, foreign_key="user.id")
    created_at: datetime


class BookingSeries(SQLModel, table=True):
    """A repeating booking: the rule it was made from; its dates live in ``booking``."""

    __tablename__ = "booking_series"

    id: Optional[int] = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id")
    # RFC 5545 RRULE text (FREQ=WEEKLY;BYDAY=MO;UNTIL=...), or "" for hand-picked dates only.
    rule: str = Field(default="", max_length=300)
    picked_dates: str = Field(default="[]")  # JSON list of extra ISO dates (RDATE)
    skipped_dates: str = Field(default="[]")  # JSON list of ISO dates left out (EXDATE)
    first_day: date
    start_time: str = Field(max_length=5)  # "HH:MM" local
    end_time: str = Field(max_length=5)  # "HH:MM" local; before start_time: ends next day
    title: str = Field(max_length=100)
    created_by: Optional[int] = Field(default=None, foreign_key="user.id")
    created_at: datetime


class Booking(SQLModel, table=True):
    """One booking of a room for one stretch of time."""

    __tablename__ = "booking"
    __table_args__ = (
        # The conflict check: this room's bookings starting in a bounded window.
        Index("ix_booking_room_block", "room_id", "block_start"),
        Index("ix_booking_starts", "starts_at"),
        Index("ix_booking_series", "series_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id")
    series_id: Optional[int] = Field(default=None, foreign_key="booking_series.id")
    starts_at: datetime
    ends_at: datetime
    block_start: datetime  # starts_at minus the room's setup buffer
    block_end: datetime  # ends_at plus the room's cleanup buffer
    # pending | confirmed | rejected | cancelled | released (no-show)
    state: str = Field(default="confirmed", max_length=12)
    # Why it was cancelled, rejected or released (shown to the receptionist; also in the audit trail).
    state_reason: str = Field(default="", max_length=200)
    # A pending booking keeps its slot until then (NULL: it holds nothing).
    holds_until: Optional[datetime] = None
    title: str = Field(max_length=100)  # 主题党日, 四点半课堂, ...
    purpose: str = Field(default="", max_length=200)
    booker_kind: str = Field(default="group", max_length=12)  # group | resident
    booker_name: str = Field(max_length=100)  # the branch, club or person
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    contact_name: str = Field(default="", max_length=50)
    contact_phone: str = Field(default="", max_length=20)
    headcount: int = 1
    attendance: Optional[int] = None  # people who actually came (人次), set at check-in
    checked_in_at: Optional[datetime] = None
    released_at: Optional[datetime] = None  # freed as a no-show
    source: str = Field(default="desk", max_length=12)  # desk | upstream
    # The mini-program's id: unique, so importing the same booking twice changes nothing.
    upstream_id: Optional[str] = Field(default=None, max_length=64, index=True, unique=True)
    pass_serial: Optional[int] = Field(default=None, index=True)  # its QR (a BOOKING pass)
    override_reason: str = Field(default="", max_length=200)  # an administrator's, logged
    decided_by: Optional[int] = Field(default=None, foreign_key="user.id")
    decided_at: Optional[datetime] = None
    created_by: Optional[int] = Field(default=None, foreign_key="user.id")
    created_at: datetime
    updated_at: datetime
