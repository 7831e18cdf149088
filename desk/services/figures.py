"""The service figures the statistics sheets and the city hub ask for, for a period.

Definitions (a period is the center's local calendar days ``start`` to ``end``, inclusive):

* requests by category: requests *accepted* in the period, per category of their item;
* resolved: requests *resolved* in the period; resolved on time: those resolved no later
  than their due time. 服务定效达成率 (on-time rate) = resolved on time / resolved;
* average time to resolve, over the requests resolved in the period:
  - calendar hours: resolved_at − accepted_at, in hours, nights and weekends included;
  - working hours: the part of that span that falls inside working time — the opening
    sessions of working days, the same working time due times are counted in
    (``desk.services.working_time``): a request accepted at 17:00 on Friday and resolved
    at 09:30 on Monday took 64.5 calendar hours but 1.5 working hours (with sessions
    ending 17:30 and opening 08:30);
* satisfaction: ratings *given* in the period, per rating; the satisfaction rate is
  (满意 + 基本满意) / ratings given;
* demands taken (接单): demands taken in the period; done: reported done in the period;
* micro-wishes: published in the period and fulfilled in the period.

A rate is None when there is nothing to divide by (no request resolved, no rating).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Float
from sqlmodel import Session, col, func, select

from db.engine import Store
from db.tables import Demand, MicroWish, ServiceCategory, ServiceItem, ServiceRequest
from desk.clock import CenterClock
from desk.errors import Refusal
from desk.services.request_rows import BASICALLY, RATINGS, SATISFIED
from desk.services.working_time import WorkingTime


@dataclass(frozen=True)
class CategoryCount:
    category: str
    accepted: int


@dataclass(frozen=True)
class ServiceFigures:
    start: date
    end: date
    by_category: tuple[CategoryCount, ...]  # accepted in the period, busiest first
    accepted: int
    resolved: int
    resolved_on_time: int
    on_time_rate: float | None  # 服务定效达成率
    average_working_hours: float | None
    average_calendar_hours: float | None
    satisfaction: dict[str, int]  # every rating, zero included
    satisfaction_rate: float | None
    demands_recorded: int
    demands_taken: int
    demands_done: int
    wishes_published: int
    wishes_fulfilled: int

    def as_dict(self) -> dict[str, Any]:
        """Plain values for the sync payload and the statistics export."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "by_category": {c.category: c.accepted for c in self.by_category}, "accepted": self.accepted,
                "resolved": self.resolved, "resolved_on_time": self.resolved_on_time,
                "on_time_rate": self.on_time_rate, "average_working_hours": self.average_working_hours,
                "average_calendar_hours": self.average_calendar_hours, "satisfaction": dict(self.satisfaction),
                "satisfaction_rate": self.satisfaction_rate, "demands_recorded": self.demands_recorded,
                "demands_taken": self.demands_taken, "demands_done": self.demands_done,
                "wishes_published": self.wishes_published, "wishes_fulfilled": self.wishes_fulfilled}


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class ServiceFiguresService:
    def __init__(self, store: Store, clock: CenterClock) -> None:
        self.store = store
        self.clock = clock

    def figures(self, start: date, end: date) -> ServiceFigures:
        if end < start:
            raise Refusal("The period ends ({end}) before it starts ({start}).",
                          end=end.isoformat(), start=start.isoformat())
        since, _ = self.clock.day_bounds(start)
        _, until = self.clock.day_bounds(end)
        with self.store.read() as session:
            accepted_in = (col(ServiceRequest.accepted_at) >= since, col(ServiceRequest.accepted_at) < until)
            by_category = session.exec(
                select(ServiceCategory.name, func.count())
                .select_from(ServiceRequest)
                .join(ServiceItem, col(ServiceItem.id) == ServiceRequest.item_id)
                .join(ServiceCategory, col(ServiceCategory.id) == ServiceItem.category_id)
                .where(*accepted_in).group_by(ServiceCategory.name)).all()
            resolved_in = (col(ServiceRequest.resolved_at) >= since, col(ServiceRequest.resolved_at) < until)
            # As POSIX seconds straight from SQLite: no datetime object per request.
            epoch = lambda column: (func.julianday(column, type_=Float) - 2440587.5) * 86400.0  # noqa: E731
            spans = session.exec(select(epoch(ServiceRequest.accepted_at), epoch(ServiceRequest.resolved_at),
                                        ServiceRequest.resolved_at <= ServiceRequest.due_at)
                                 .where(*resolved_in)).all()
            ratings = dict(session.exec(
                select(ServiceRequest.rating, func.count())
                .where(col(ServiceRequest.rated_at) >= since, col(ServiceRequest.rated_at) < until)
                .group_by(ServiceRequest.rating)).all())
            working = self._working_hours(session, spans)
            demands = {name: _count(session, Demand, column, since, until)
                       for name, column in (("recorded", Demand.created_at), ("taken", Demand.taken_at),
                                            ("done", Demand.done_at))}
            wishes = {name: _count(session, MicroWish, column, since, until)
                      for name, column in (("published", MicroWish.created_at),
                                           ("fulfilled", MicroWish.fulfilled_at))}
        resolved = len(spans)
        on_time = sum(1 for _a, _r, in_time in spans if in_time)
        calendar_hours = [(resolved_at - accepted) / 3600 for accepted, resolved_at, _ in spans]
        satisfaction = {rating: ratings.get(rating, 0) for rating in RATINGS}
        rated = sum(satisfaction.values())
        categories = sorted((CategoryCount(name, n) for name, n in by_category), key=lambda c: (-c.accepted, c.category))
        return ServiceFigures(
            start=start, end=end, by_category=tuple(categories), accepted=sum(c.accepted for c in categories),
            resolved=resolved, resolved_on_time=on_time, on_time_rate=_rate(on_time, resolved),
            average_working_hours=sum(working) / resolved if resolved else None,
            average_calendar_hours=sum(calendar_hours) / resolved if resolved else None,
            satisfaction=satisfaction, satisfaction_rate=_rate(satisfaction[SATISFIED] + satisfaction[BASICALLY], rated),
            demands_recorded=demands["recorded"], demands_taken=demands["taken"], demands_done=demands["done"],
            wishes_published=wishes["published"], wishes_fulfilled=wishes["fulfilled"])

    def _working_hours(self, session: Session, spans: list[Any]) -> list[float]:
        if not spans:
            return []
        zone = self.clock.zone
        first = datetime.fromtimestamp(min(accepted for accepted, _r, _o in spans), zone).date()
        last = datetime.fromtimestamp(max(resolved for _a, resolved, _o in spans), zone).date()
        before = WorkingTime.load(session, zone, first - timedelta(days=1), last).working_seconds_before()
        return [(before(resolved) - before(accepted)) / 3600 for accepted, resolved, _o in spans]


def _count(session: Session, table: Any, column: Any, since: Any, until: Any) -> int:
    return session.exec(select(func.count()).select_from(table).where(col(column) >= since,
                                                                      col(column) < until)).one()
