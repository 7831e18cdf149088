"""The service list (服务清单), service requests and the three lists (三个清单).

Catalogue items are retired, never deleted, once anything refers to them; every change
of the catalogue writes a ``CatalogueVersion`` holding the whole list as it then was, so
a printed list can name the version it came from and an old version stays readable.
Requests keep their whole history in ``RequestEvent``; demands and micro-wishes keep
theirs in ``ListEvent``. Moments are aware UTC datetimes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

import db.tables.base  # noqa: F401


class ServiceCategory(SQLModel, table=True):
    """A heading of the service list: 党员服务, 政务服务, 生活服务, ..."""

    __tablename__ = "service_category"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)
    sort_order: int = 0
    active: bool = True


class ServiceItem(SQLModel, table=True):
    """One service item (服务事项) with its promise (服务定效) and responsible post.

    ``origin`` is "city" for items of the city's standard catalogue, "center" for the
    center's own. ``city_values`` holds the city's wording as last accepted (JSON), so a
    local edit is any difference from it; ``city_pending`` holds newer city wording the
    center has not reviewed yet (JSON, "" when there is none).
    """

    __tablename__ = "service_item"

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    category_id: int = Field(foreign_key="service_category.id", index=True)
    name: str = Field(max_length=100)
    description: str = Field(default="", max_length=1000)
    eligibility: str = Field(default="", max_length=500)  # 服务对象
    materials: str = Field(default="", max_length=1000)  # 所需材料
    steps: str = Field(default="", max_length=1000)  # 办理流程
    limit_kind: str = Field(default="immediate", max_length=16)  # immediate | days | hours
    limit_amount: int = 0
    post_id: Optional[int] = Field(default=None, foreign_key="post.id")
    place: str = Field(default="", max_length=100)
    hours: str = Field(default="", max_length=100)  # 办理时间, as printed
    fee: str = Field(default="免费", max_length=50)
    origin: str = Field(default="center", max_length=8)  # city | center
    city_version: str = Field(default="", max_length=32)
    city_values: str = Field(default="")
    city_pending: str = Field(default="")
    sort_order: int = 0
    active: bool = True
    retired_by: str = Field(default="", max_length=8)  # "" | center | city
    updated_at: datetime


class CatalogueVersion(SQLModel, table=True):
    """The catalogue as it was after one change: its number, date and every item (JSON)."""

    __tablename__ = "catalogue_version"

    number: Optional[int] = Field(default=None, primary_key=True)
    made_at: datetime
    made_on: date  # the center's local date, as printed under the list
    by: str = Field(default="", max_length=64)
    note: str = Field(default="", max_length=200)
    city_version: str = Field(default="", max_length=32)  # the city catalogue merged, if any
    snapshot: str  # JSON: {"categories": [...], "items": [...]}


class ServiceRequest(SQLModel, table=True):
    """A resident's request for one service item, owned by whoever first received it."""

    __tablename__ = "service_request"
    __table_args__ = (
        Index("ix_service_request_queue", "owner_id", "status", "due_at"),
        Index("ix_service_request_status_due", "status", "due_at"),
        Index("ix_service_request_accepted", "accepted_at"),
        # The statistics of a period, covering (migration 0008).
        Index("ix_service_request_accepted_item", "accepted_at", "item_id"),
        Index("ix_service_request_resolved", "resolved_at", "accepted_at", "due_at"),
        Index("ix_service_request_rated", "rated_at", "rating"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="service_item.id", index=True)
    visit_id: Optional[str] = Field(default=None, foreign_key="visit.id", max_length=36, index=True)
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    name: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=20)
    channel: str = Field(default="visit", max_length=16)  # visit | walk_in | phone | mini_program
    owner_id: int = Field(foreign_key="staff.id")
    status: str = Field(default="accepted", max_length=12)  # accepted | in_progress | resolved
    limit_kind: str = Field(max_length=16)  # the promise as it was when accepted
    limit_amount: int = 0
    catalogue_version: int = 0
    accepted_at: datetime
    due_at: datetime
    resolved_at: Optional[datetime] = None
    rating: Optional[str] = Field(default=None, max_length=16)  # satisfied | basically | dissatisfied
    rating_comment: str = Field(default="", max_length=200)
    rated_at: Optional[datetime] = None
    created_by: Optional[int] = Field(default=None, foreign_key="user.id")


class RequestEvent(SQLModel, table=True):
    """One step in a request's life: accepted, started, note, handover, resolved, rated."""

    __tablename__ = "request_event"

    id: Optional[int] = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="service_request.id", index=True)
    at: datetime
    kind: str = Field(max_length=16)
    from_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    to_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    text: str = Field(default="", max_length=500)
    by: str = Field(default="", max_length=64)


class Demand(SQLModel, table=True):
    """A resident's demand (需求意向, 群众点单): recorded, dispatched (派单), taken (接单), done."""

    __tablename__ = "demand"
    __table_args__ = (Index("ix_demand_state", "state", "created_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    title: str = Field(max_length=100)
    detail: str = Field(default="", max_length=1000)
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    name: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=20)
    state: str = Field(default="recorded", max_length=12)  # recorded|dispatched|taken|done|cancelled
    taker_kind: str = Field(default="", max_length=16)  # party_member | volunteer | department
    taker_name: str = Field(default="", max_length=100)
    taker_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    dispatched_at: Optional[datetime] = None
    taken_at: Optional[datetime] = None
    done_at: Optional[datetime] = None
    done_note: str = Field(default="", max_length=500)
    created_at: datetime


class MicroWish(SQLModel, table=True):
    """A small wish of a resident in need (微心愿): published, claimed, fulfilled."""

    __tablename__ = "micro_wish"
    __table_args__ = (Index("ix_micro_wish_state", "state", "created_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    title: str = Field(max_length=100)
    detail: str = Field(default="", max_length=500)
    name: str = Field(default="", max_length=50)  # published masked: 张*
    phone: str = Field(default="", max_length=20)
    state: str = Field(default="published", max_length=12)  # published|claimed|fulfilled|withdrawn
    claimant: str = Field(default="", max_length=50)  # the party member who claimed it
    claimant_branch: str = Field(default="", max_length=100)
    claimed_at: Optional[datetime] = None
    fulfilled_at: Optional[datetime] = None
    note: str = Field(default="", max_length=500)
    created_at: datetime


class ListEvent(SQLModel, table=True):
    """The history of a demand or a micro-wish: each state it went through, when, by whom."""

    __tablename__ = "list_event"
    __table_args__ = (Index("ix_list_event_subject", "subject", "subject_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    subject: str = Field(max_length=8)  # demand | wish
    subject_id: int
    at: datetime
    state: str = Field(max_length=12)
    text: str = Field(default="", max_length=500)
    by: str = Field(default="", max_length=64)


class SharedResource(SQLModel, table=True):
    """A resource a partner unit shares (共享资源): a hall, a doctor's hours, a bus."""

    __tablename__ = "shared_resource"

    id: Optional[int] = Field(default=None, primary_key=True)
    unit: str = Field(max_length=100)
    title: str = Field(max_length=100)
    description: str = Field(default="", max_length=500)
    contact: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=32)  # the unit's public contact number
    availability: str = Field(default="", max_length=200)
    active: bool = True
    updated_at: datetime
