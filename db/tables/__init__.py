"""Every table of the store. Importing this package registers them all on SQLModel.metadata."""

from db.tables.accounts import LoginAttempt, User
from db.tables.activities import Activity, ActivityEvidence, Signup, VolunteerService
from db.tables.audit import AuditEntry
from db.tables.center import Center, Setting
from db.tables.passes import Pass, RevokedPass, SigningKey
from db.tables.reports import ReportIssue
from db.tables.rooms import Booking, BookingSeries, Closure, Room, RoomApprover
from db.tables.roster import (
    CalendarDay,
    Duty,
    Leave,
    Post,
    PostCover,
    Rotation,
    RotationSlot,
    Shift,
    Staff,
    Timetable,
    Whereabouts,
    WhereaboutsLog,
    WhereaboutsStatus,
)
from db.tables.services import (
    CatalogueVersion,
    Demand,
    ListEvent,
    MicroWish,
    RequestEvent,
    ServiceCategory,
    ServiceItem,
    ServiceRequest,
    SharedResource,
)
from db.tables.sync import OutboxEvent, SyncAnnouncement, SyncParked, SyncReceived, SyncState
from db.tables.visits import Purpose, Visit, Visitor

__all__ = [
    "Activity",
    "ActivityEvidence",
    "Signup",
    "VolunteerService",
    "Booking",
    "BookingSeries",
    "Closure",
    "Room",
    "RoomApprover",
    "AuditEntry",
    "CalendarDay",
    "Center",
    "Duty",
    "Leave",
    "LoginAttempt",
    "OutboxEvent",
    "SyncAnnouncement",
    "SyncParked",
    "SyncReceived",
    "SyncState",
    "Pass",
    "Post",
    "PostCover",
    "Purpose",
    "ReportIssue",
    "RevokedPass",
    "Rotation",
    "RotationSlot",
    "Setting",
    "Shift",
    "SigningKey",
    "Staff",
    "Timetable",
    "User",
    "Visit",
    "Visitor",
    "Whereabouts",
    "CatalogueVersion",
    "Demand",
    "ListEvent",
    "MicroWish",
    "RequestEvent",
    "ServiceCategory",
    "ServiceItem",
    "ServiceRequest",
    "SharedResource",
    "WhereaboutsLog",
    "WhereaboutsStatus",
]
