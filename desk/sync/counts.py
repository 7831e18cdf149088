"""Visits go up as counted facts: per local day x purpose, never as rows.

When a day is over (by the center's clock), its counts become ``visits.daily`` events in
the outbox, in the same transaction that moves ``counted_through`` on, so each closed day
is counted once and a crash cannot count it twice or skip it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlmodel import Session, col, func, select

from db.tables import Purpose, SyncState, Visit
from desk.clock import CenterClock
from desk.sync.outbox import emit
from desk.sync.protocol import VISITS_DAILY


def count_closed_days(session: Session, state: SyncState, clock: CenterClock) -> int:
    """Emit the counts of every day after ``counted_through`` up to yesterday; returns
    how many events were emitted. Call inside a write transaction."""
    yesterday = clock.today() - timedelta(days=1)
    if state.counted_through:
        first = date.fromisoformat(state.counted_through) + timedelta(days=1)
    else:
        earliest = session.exec(select(func.min(Visit.check_in_at))).one()
        if earliest is None:
            state.counted_through = yesterday.isoformat()
            session.add(state)
            return 0
        first = clock.local(earliest).date()
    if first > yesterday:
        return 0
    codes = {pid: code for pid, code in session.exec(select(Purpose.id, Purpose.code))}
    totals: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = session.exec(select(Visit.check_in_at, Visit.purpose_id, Visit.headcount).where(
        col(Visit.check_in_at) >= clock.day_bounds(first)[0],
        col(Visit.check_in_at) < clock.day_bounds(yesterday)[1]))
    for check_in_at, purpose_id, headcount in rows:
        bucket = totals[(clock.local(check_in_at).date(), codes.get(purpose_id, "unknown"))]
        bucket[0] += 1
        bucket[1] += headcount or 1
    for (day, purpose), (visits, people) in sorted(totals.items()):
        emit(session, VISITS_DAILY, {"day": day.isoformat(), "purpose": purpose, "visits": visits,
                                     "people": people})
    state.counted_through = yesterday.isoformat()
    session.add(state)
    return len(totals)
