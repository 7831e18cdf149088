"""The monthly report (统计月报): a draft of any month, issued once when the month is over.

Issuing freezes the month: its figures, the center's name and the moment of issue go into
``report_issue`` and every later print renders from there, byte for byte the same paper.
Records that arrive late for an issued month (a paper sign-in sheet typed in, volunteer
hours recorded afterwards, a booking synced from upstream) change the live count, not
the issued one: the next report shows the difference as a correction line, which is
frozen with it when that report is issued, so each late record is reported exactly once.
Corrections look back over the issued months of the last ``CORRECTION_MONTHS`` months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Center, ReportIssue, User
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import REPORTS, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.reports.figures import PeriodFigures
from desk.reports.period import Period
from desk.reports.snapshot import dumps, loads
from desk.reports.statistics import StatisticsService
from desk.text import clean_text

MONTH = "month"
CORRECTION_MONTHS = 6
# Figures that add up over records, so a late record changes them by a countable amount.
CORRECTED_KEYS = (
    "visits.checkins", "visits.person_times", "rooms.bookings", "rooms.used_hours", "rooms.people",
    "activities.held", "activities.attendance", "volunteers.person_times", "volunteers.hours",
    "requests.accepted", "requests.resolved",
)
HOUR_KEYS = frozenset({"rooms.used_hours", "volunteers.hours"})
FALLBACK_CENTER_NAME = "Desk"


@dataclass(frozen=True)
class IssueStamp:
    issue_id: int
    issued_at: datetime  # aware UTC
    issued_by: str
    prepared_by: str  # 填报人, "" for a line to sign by hand
    reviewed_by: str  # 审核人


@dataclass(frozen=True)
class CorrectionLine:
    """A late change to an issued month's figure, reported in a later month's report."""

    corrected: Period  # the issued month
    key: str  # a definition key (one of CORRECTED_KEYS)
    change: float  # live count minus what has been reported so far


@dataclass(frozen=True)
class MonthlyReport:
    center_name: str
    figures: PeriodFigures
    corrections: tuple[CorrectionLine, ...]
    issued: IssueStamp | None  # None: a draft (草稿)
    printed_at: datetime  # aware; for an issued month the moment of issue, so reprints are identical

    @property
    def period(self) -> Period:
        return self.figures.period

    @property
    def is_draft(self) -> bool:
        return self.issued is None


@dataclass(frozen=True)
class IssuedMonth:
    issue_id: int
    period: Period
    issued_at: datetime
    issued_by: str


@dataclass(frozen=True)
class _Frozen:
    """What ``figures_json`` holds."""

    center_name: str
    figures: PeriodFigures


@dataclass(frozen=True)
class _FrozenCorrections:
    lines: tuple[CorrectionLine, ...]


class MonthlyReportService:
    def __init__(self, store: Store, clock: CenterClock, statistics: StatisticsService) -> None:
        self.store = store
        self.clock = clock
        self.statistics = statistics

    # ---- reading -----------------------------------------------------------------------
    def issued_months(self) -> list[IssuedMonth]:
        with self.store.read() as session:
            rows = session.exec(select(ReportIssue).where(ReportIssue.kind == MONTH)
                                .order_by(col(ReportIssue.period_first).desc())).all()
            return [IssuedMonth(row.id or 0, Period(row.period_first, row.period_last), row.issued_at,
                                row.issued_by_name) for row in rows]

    def report(self, year: int, month: int) -> MonthlyReport:
        """The issued report of the month as it was issued, or else a draft counted now."""
        period = Period.month(year, month)
        with self.store.read() as session:
            row = _issue_of(session, period)
            if row is not None:
                return self._frozen(row)
            return self._draft_in(session, period)

    def draft(self, year: int, month: int) -> MonthlyReport:
        """The month counted now, even if it was issued (to see what changed since)."""
        with self.store.read() as session:
            return self._draft_in(session, Period.month(year, month))

    def pdf(self, year: int, month: int) -> bytes:
        from desk.printing.monthly_report import render_monthly_report

        return render_monthly_report(self.report(year, month))

    # ---- issuing -----------------------------------------------------------------------
    def issue_month(self, actor: Actor, year: int, month: int, *, prepared_by: str = "",
                    reviewed_by: str = "") -> Done[MonthlyReport]:
        actor.require_admin()
        period = Period.month(year, month)
        if not period.is_over(self.clock):
            raise Refusal("{month} is not over yet; it can be issued from {day} on. Print a draft meanwhile.",
                          month=period.label(), day=(period.last + timedelta(days=1)).isoformat())
        prepared = clean_text(prepared_by, field="Prepared by", max_length=50)
        reviewed = clean_text(reviewed_by, field="Reviewed by", max_length=50)
        # Counted in a read transaction (one snapshot), so issuing never holds the write lock
        # while a year-old store is counted: check-ins go on meanwhile. A record committed
        # between the count and the write below is simply late: the next report corrects it.
        with self.store.read() as session:
            self._refuse_second_issue(session, period)
            figures = self.statistics.figures_in(session, period)
            corrections = self._corrections(session, period)
            counted_against = _issue_ids(session)
            center = session.get(Center, 1)
            center_name = center.name if center and center.name else FALLBACK_CENTER_NAME
        with self.store.write() as session:
            self._refuse_second_issue(session, period)
            if _issue_ids(session) != counted_against:
                raise Refusal("Another month was issued while this one was counted; issue {month} again.",
                              month=period.label())
            row = ReportIssue(
                kind=MONTH, period_first=period.first, period_last=period.last, issued_at=utcnow(),
                issued_by=actor.user_id, issued_by_name=_name_of(session, actor), prepared_by=prepared,
                reviewed_by=reviewed, figures_json=dumps(_Frozen(center_name, figures)),
                corrections_json=dumps(_FrozenCorrections(corrections)))
            session.add(row)
            session.flush()
            headline = figures.headline()
            record(session, actor, "report.issue", entity="report_issue", entity_id=row.id,
                   after={"kind": MONTH, "period": period.first.isoformat()[:7], "prepared_by": prepared,
                          "reviewed_by": reviewed, "corrections": len(corrections),
                          **{key: headline[key] for key in CORRECTED_KEYS}})
            return Done(self._frozen(row), Changes.of(REPORTS))

    def _refuse_second_issue(self, session: Session, period: Period) -> None:
        existing = _issue_of(session, period)
        if existing is not None:
            raise Refusal("{month} was already issued on {day}; reprint it instead of issuing it again.",
                          month=period.label(), day=self.clock.local(existing.issued_at).date().isoformat())

    # ---- inside ------------------------------------------------------------------------
    def _draft_in(self, session: Session, period: Period) -> MonthlyReport:
        center = session.get(Center, 1)
        return MonthlyReport(
            center_name=center.name if center and center.name else FALLBACK_CENTER_NAME,
            figures=self.statistics.figures_in(session, period),
            corrections=self._corrections(session, period), issued=None, printed_at=self.clock.now())

    def _frozen(self, row: ReportIssue) -> MonthlyReport:
        frozen = loads(_Frozen, row.figures_json)
        corrections = loads(_FrozenCorrections, row.corrections_json).lines
        stamp = IssueStamp(row.id or 0, row.issued_at, row.issued_by_name, row.prepared_by, row.reviewed_by)
        return MonthlyReport(frozen.center_name, frozen.figures, corrections, stamp,
                             printed_at=self.clock.local(row.issued_at))

    def _corrections(self, session: Session, period: Period) -> tuple[CorrectionLine, ...]:
        """Late changes to the issued months before ``period`` not reported yet."""
        since = Period.month_of(period.first)
        for _ in range(CORRECTION_MONTHS):
            since = since.previous()
        issues = session.exec(select(ReportIssue).where(
            ReportIssue.kind == MONTH, col(ReportIssue.period_first) >= since.first)
            .order_by(col(ReportIssue.period_first))).all()
        earlier = [row for row in issues if row.period_first < period.first]
        # What issued reports already carried as corrections, per month and figure (any
        # issued after the corrected month, also one after ``period``: never report twice).
        reported: dict[tuple[date, str], float] = {}
        for row in issues:
            for line in loads(_FrozenCorrections, row.corrections_json).lines:
                slot = (line.corrected.first, line.key)
                reported[slot] = reported.get(slot, 0.0) + line.change
        lines: list[CorrectionLine] = []
        for row in earlier:
            month = Period(row.period_first, row.period_last)
            issued = loads(_Frozen, row.figures_json).figures.headline()
            live = self.statistics.figures_in(session, month).headline()
            for key in CORRECTED_KEYS:
                change = (live[key] or 0) - (issued[key] or 0) - reported.get((month.first, key), 0.0)
                change = round(change, 2) if key in HOUR_KEYS else round(change)
                if change:
                    lines.append(CorrectionLine(month, key, float(change)))
        return tuple(lines)


def _issue_of(session: Session, period: Period) -> ReportIssue | None:
    return session.exec(select(ReportIssue).where(ReportIssue.kind == MONTH,
                                                  ReportIssue.period_first == period.first)).first()


def _issue_ids(session: Session) -> list[int]:
    return list(session.exec(select(ReportIssue.id).order_by(col(ReportIssue.id))))


def _name_of(session: Session, actor: Actor) -> str:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    return (user.display_name if user and user.display_name else actor.username)[:64]
