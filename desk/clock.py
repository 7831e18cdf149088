"""The one place the desk asks what time it is.

Everything stores aware UTC datetimes; the center's zone (Asia/Shanghai by default) is
used for "today", opening hours and what is shown. Tests freeze time with time-machine,
which this module honours because it only calls datetime.now().
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Shanghai"


def utcnow() -> datetime:
    return datetime.now(UTC)


class CenterClock:
    """Time in the center's zone."""

    def __init__(self, zone: str = DEFAULT_ZONE) -> None:
        self.zone = ZoneInfo(zone)

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def today(self) -> date:
        return self.now().date()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The UTC half-open interval [start, end) of a local calendar day."""
        start = datetime.combine(day, time.min, self.zone)
        return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)

    def at(self, day: date, hhmm: str) -> datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return datetime.combine(day, time(hour, minute), self.zone)
