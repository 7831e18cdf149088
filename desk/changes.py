"""What a service call changed, so that each page can decide whether to redraw.

Every service method that writes returns ``Done(value, changes)``; the UI broadcasts the
changes once and each view listens for the topics it shows (Anki's OpChanges idea).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

VISITS = "visits"
VISITORS = "visitors"
PURPOSES = "purposes"
ACCOUNTS = "accounts"
CENTER = "center"
SETTINGS = "settings"
PASSES = "passes"
AUDIT = "audit"
STAFF = "staff"
POSTS = "posts"
ROSTER = "roster"  # duties, shifts, rotations, leave
CALENDAR = "calendar"  # holidays, make-up days, timetables
WHEREABOUTS = "whereabouts"
ROOMS = "rooms"  # rooms, their approvers and closures
BOOKINGS = "bookings"  # bookings and series: every state change
ACTIVITIES = "activities"  # activities, sign-ups, attendance, volunteer hours, evidence
SERVICES = "services"  # the service catalogue and its versions
REQUESTS = "requests"  # service requests, demands, micro-wishes, shared resources
SYNC = "sync"  # enrolment, parked events, downloads applied
REPORTS = "reports"  # issued monthly reports (the statistics page and the report list)


@dataclass(frozen=True)
class Changes:
    topics: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *topics: str) -> "Changes":
        return cls(frozenset(topics))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.topics | other.topics)

    def touches(self, *topics: str) -> bool:
        return any(topic in self.topics for topic in topics)

    def __bool__(self) -> bool:
        return bool(self.topics)


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """The result of a service call and what it changed."""

    value: T
    changes: Changes = NOTHING
