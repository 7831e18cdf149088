"""How the screens write a stored moment: in the center's time, in the same few ways everywhere.

Moments are stored in UTC. Rows read straight from SQLite (accounts, the audit trail) may
come back naive, still meaning UTC, so every helper goes through ``as_local``. No moment
gives an empty text: an empty cell, never "None".
"""

from __future__ import annotations

from datetime import UTC, datetime

from desk.clock import CenterClock


def as_local(moment: datetime | None, clock: CenterClock) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite may hand back naive UTC
        moment = moment.replace(tzinfo=UTC)
    return clock.local(moment)


def _local_text(clock: CenterClock, moment: datetime | None, pattern: str) -> str:
    local = as_local(moment, clock)
    return local.strftime(pattern) if local is not None else ""


def moment_text(clock: CenterClock, moment: datetime | None, *, with_year: bool = False) -> str:
    """``03-12 10:30``, or ``2025-03-12 10:30``: as the desk writes times in lists."""
    return _local_text(clock, moment, "%Y-%m-%d %H:%M" if with_year else "%m-%d %H:%M")


def time_text(clock: CenterClock, moment: datetime | None) -> str:
    """``10:30``: for a moment whose day the screen already shows."""
    return _local_text(clock, moment, "%H:%M")


def short_moment_text(clock: CenterClock, moment: datetime | None, *, today: datetime | None = None) -> str:
    """``10:30`` on the day of ``today`` (now, if not given), ``03-12 10:30`` another day:
    someone left inside overnight, a return promised for tomorrow."""
    local = as_local(moment, clock)
    if local is None:
        return ""
    reference = as_local(today, clock) or clock.now()
    return local.strftime("%H:%M" if local.date() == reference.date() else "%m-%d %H:%M")
