"""Opening hours: per weekday, one or more sessions (上午/下午/晚间)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desk.errors import Refusal

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

Session = tuple[str, str]


@dataclass(frozen=True)
class OpeningHours:
    """``days[0]`` is Monday; each day is a list of (start, end) "HH:MM" sessions."""

    days: tuple[tuple[Session, ...], ...]

    @classmethod
    def default(cls) -> "OpeningHours":
        weekday = (("08:30", "12:00"), ("14:00", "17:30"))
        weekend = (("09:00", "12:00"),)
        return cls((weekday,) * 5 + (weekend, weekend))

    @classmethod
    def from_json(cls, text: str) -> "OpeningHours":
        raw = json.loads(text or "{}")
        if not raw:
            return cls.default()
        days = tuple(tuple((s, e) for s, e in raw.get(str(day), [])) for day in range(7))
        return cls.validated(days)

    @classmethod
    def validated(cls, days: tuple[tuple[Session, ...], ...]) -> "OpeningHours":
        if len(days) != 7:
            raise Refusal("Opening hours need all seven weekdays.")
        for sessions in days:
            previous_end = ""
            for start, end in sessions:
                if not (_HHMM.match(start) and _HHMM.match(end)):
                    raise Refusal("Times must look like 08:30 (hours and minutes).")
                if start >= end:
                    raise Refusal("A session must end after it starts ({start}–{end}).", start=start, end=end)
                if previous_end and start < previous_end:
                    raise Refusal("Sessions of one day must not overlap ({start}).", start=start)
                previous_end = end
        return cls(days)

    def to_json(self) -> str:
        return json.dumps({str(day): [list(s) for s in sessions] for day, sessions in enumerate(self.days)})

    def closing_time(self, weekday: int) -> str | None:
        """When the last session of that weekday ends, or None if closed all day."""
        sessions = self.days[weekday]
        return sessions[-1][1] if sessions else None

    def opening_time(self, weekday: int) -> str | None:
        sessions = self.days[weekday]
        return sessions[0][0] if sessions else None
