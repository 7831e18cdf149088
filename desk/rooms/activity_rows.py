"""What the activity pages, sheets and the sync client get: plain frozen rows.

Personal fields are already masked here (phones as 138****5678); the full phone stays in
the store for the receptionist who rings a resident whose place has come free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Sign-up states
CONFIRMED = "confirmed"
WAITLIST = "waitlist"
CANCELLED = "cancelled"

# Activity states
OPEN = "open"
ACTIVITY_CANCELLED = "cancelled"


@dataclass(frozen=True)
class ActivityForm:
    title: str
    organiser: str = ""
    description: str = ""
    booking_id: int | None = None
    place: str = ""  # when the activity is not in one of the center's booked rooms
    starts_at: datetime | None = None  # None: the booking's start
    ends_at: datetime | None = None  # None: the booking's end
    capacity: int = 0  # people including companions; 0: no limit (with a booking: the room's)


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    title: str
    organiser: str
    description: str
    booking_id: int | None
    room_name: str  # "" when the activity has no booking
    place: str  # the room's name, or the typed place
    starts_at: datetime  # aware UTC
    ends_at: datetime
    capacity: int  # 0: no limit
    state: str  # open | cancelled
    source: str
    places_used: int  # people on confirmed sign-ups, companions included
    waiting: int  # sign-ups (groups) on the waiting list
    attended: int  # people signed in at the door (人次)

    @property
    def places_free(self) -> int | None:
        """None when there is no limit."""
        return None if self.capacity == 0 else max(0, self.capacity - self.places_used)


@dataclass(frozen=True)
class SignupForm:
    """A resident found by the search (``visitor_id``) or typed in."""

    visitor_id: int | None = None
    name: str = ""
    phone: str = ""
    companions: int = 0  # a parent with a child: 1


@dataclass(frozen=True)
class SignupRow:
    id: int
    activity_id: int
    visitor_id: int | None
    name: str
    phone_masked: str
    companions: int
    state: str  # confirmed | waitlist | cancelled
    source: str  # desk | pass | upstream
    position: int | None  # 1, 2, ... on the waiting list; None otherwise
    pass_serial: int | None
    created_at: datetime
    promoted_at: datetime | None
    attended_at: datetime | None
    attended_count: int | None
    cancelled_at: datetime | None

    @property
    def people(self) -> int:
        return 1 + self.companions


@dataclass(frozen=True)
class SignupOutcome:
    """A sign-up change and the waiting-list sign-ups it moved up to a place."""

    signup: SignupRow
    promoted: tuple[SignupRow, ...] = ()


@dataclass(frozen=True)
class ActivityDetail:
    activity: ActivityInfo
    confirmed: tuple[SignupRow, ...]
    waitlist: tuple[SignupRow, ...]  # in the order places are offered
    cancelled: tuple[SignupRow, ...]


@dataclass(frozen=True)
class AttendanceSummary:
    activity_id: int
    title: str
    signed_up: int  # confirmed sign-ups (groups)
    signed_up_people: int  # places they hold, companions included
    attended: int  # sign-ups that came
    no_shows: int  # confirmed sign-ups that did not come
    attended_people: int  # 人次: people who came, companions included


@dataclass(frozen=True)
class DoorScanResult:
    """What a scan at the door did.

    ``outcome``: signed_in, repeat, not_signed_up, waitlisted, cancelled, wrong_activity,
    closed (outside the sign-in window or a cancelled activity) or refused (not a pass
    this door accepts).
    """

    outcome: str
    template: str
    fields: dict = field(default_factory=dict)
    signup: SignupRow | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    @property
    def ok(self) -> bool:
        return self.outcome in ("signed_in", "repeat")


@dataclass(frozen=True)
class UpstreamSignup:
    """A sign-up made in the city mini-program, as the sync client delivers it."""

    upstream_id: str
    activity_id: int  # the desk's activity id, as published in the "activities.activity" event
    name: str
    phone: str = ""
    companions: int = 0
    signed_up_at: datetime | None = None  # when the resident signed up; None: now
    pass_text: str = ""  # the SIGNUP pass upstream signed, shown as a QR at the door


@dataclass(frozen=True)
class SignupImportReport:
    added: tuple[SignupRow, ...]
    already_known: int  # upstream ids seen before: skipped, nothing changed
    refused: tuple[tuple[str, str], ...]  # (upstream_id, message) for entries not taken


@dataclass(frozen=True)
class VolunteerForm:
    """One volunteer's service at an activity: a staff member, a known resident or a name."""

    minutes: int
    role: str = ""
    staff_id: int | None = None
    visitor_id: int | None = None
    name: str = ""
    note: str = ""


@dataclass(frozen=True)
class VolunteerLine:
    """One service record with the fields of the volunteer-record rules (志愿服务记录):
    who, what, when, how long, and who organised it."""

    id: int
    activity_id: int
    activity_title: str
    organiser: str
    activity_starts_at: datetime
    volunteer_key: str  # staff:3, visitor:17 or name:张三 — who the totals add up by
    name: str
    role: str
    minutes: int
    note: str
    removed: bool
    recorded_at: datetime

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


@dataclass(frozen=True)
class VolunteerTotal:
    volunteer_key: str
    name: str
    minutes: int
    activities: int  # distinct activities served
    records: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


@dataclass(frozen=True)
class ActivityVolunteerTotal:
    activity_id: int
    title: str
    starts_at: datetime
    volunteers: int  # distinct people
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    activity_id: int
    kind: str  # photo | minutes | file
    file_name: str
    media_type: str  # sniffed from the content, never taken from the name
    size: int
    caption: str
    removed: bool
    added_at: datetime
