"""Issuing the monthly report: frozen once, reprinted byte for byte, late records carried
into the next month as a correction line, and the refusals."""

from __future__ import annotations

import pytest
import time_machine
from sqlmodel import func, select
from stats_world import add_activity, add_service, add_visit, add_visitor, local

from db.tables import AuditEntry, ReportIssue
from desk.changes import REPORTS
from desk.context import open_desk
from desk.errors import NotAllowed, Refusal
from desk.reports.monthly import CorrectionLine
from desk.reports.period import Period

OCTOBER, NOVEMBER = Period.month(2026, 10), Period.month(2026, 11)


@pytest.fixture
def october(center_ctx):
    """October 2026 with a few visits and an activity with volunteer hours."""
    resident = add_visitor(center_ctx, "张三")
    add_visit(center_ctx, local(2026, 10, 8, 9, 30), "consult", 1, resident)
    add_visit(center_ctx, local(2026, 10, 9, 15, 0), "tour", 10)
    activity = add_activity(center_ctx, "重阳节敬老", local(2026, 10, 29, 9), local(2026, 10, 29, 11))
    add_service(center_ctx, activity, "王五", 120)
    center_ctx.october_activity = activity
    return center_ctx


def issue_rows(ctx) -> int:
    with ctx.store.read() as session:
        return session.exec(select(func.count()).select_from(ReportIssue)).one()


def test_an_issued_month_reprints_identically_after_late_records_arrive(october, admin, data_dir) -> None:
    with time_machine.travel(local(2026, 11, 2, 10), tick=False):
        done = october.reports.issue_month(admin, 2026, 10, prepared_by="李前台", reviewed_by="王主任")
        first = october.reports.pdf(2026, 10)
    assert done.changes.touches(REPORTS)
    assert done.value.issued.prepared_by == "李前台" and done.value.figures.visits.person_times == 11
    # Late: a visit typed in from the paper register, and volunteer hours recorded afterwards.
    add_visit(october, local(2026, 10, 20, 10, 0), "service", 2)
    add_service(october, october.october_activity, "赵六", 60)
    with time_machine.travel(local(2026, 11, 25, 16), tick=False):
        again = october.reports.pdf(2026, 10)
        live = october.reports.draft(2026, 10)
    assert again == first
    assert live.is_draft and live.figures.visits.person_times == 13  # the live count moved on
    october.close()
    with time_machine.travel(local(2027, 3, 1, 8), tick=False):
        reopened = open_desk(data_dir)
        try:
            assert reopened.reports.pdf(2026, 10) == first  # another day, another session
        finally:
            reopened.close()


def test_the_next_month_carries_late_records_once_as_a_correction(october, admin) -> None:
    with time_machine.travel(local(2026, 11, 2, 10), tick=False):
        october.reports.issue_month(admin, 2026, 10)
    add_visit(october, local(2026, 10, 20, 10, 0), "service", 2)
    add_service(october, october.october_activity, "赵六", 90)
    add_visit(october, local(2026, 11, 5, 10, 0), "consult", 1)
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        draft = october.reports.report(2026, 11)
        assert draft.is_draft
        assert set(draft.corrections) == {
            CorrectionLine(OCTOBER, "visits.checkins", 1.0), CorrectionLine(OCTOBER, "visits.person_times", 2.0),
            CorrectionLine(OCTOBER, "volunteers.person_times", 1.0), CorrectionLine(OCTOBER, "volunteers.hours", 1.5)}
        issued = october.reports.issue_month(admin, 2026, 11).value
    assert issued.corrections == draft.corrections
    # December reports only what arrived after November carried the first corrections.
    with time_machine.travel(local(2027, 1, 2, 9), tick=False):
        assert october.reports.report(2026, 12).corrections == ()
        add_visit(october, local(2026, 10, 31, 23, 0), "consult", 3)
        assert october.reports.report(2026, 12).corrections == (
            CorrectionLine(OCTOBER, "visits.checkins", 1.0), CorrectionLine(OCTOBER, "visits.person_times", 3.0))
        # November as issued keeps the corrections it carried, whatever happens later.
        assert october.reports.report(2026, 11).corrections == issued.corrections


def test_issuing_is_audited_with_the_figures_it_froze(october, admin) -> None:
    with time_machine.travel(local(2026, 11, 2, 10), tick=False):
        october.reports.issue_month(admin, 2026, 10, prepared_by="李前台")
    with october.store.read() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "report.issue")).one()
    assert entry.username == "admin" and entry.entity == "report_issue"
    assert '"period": "2026-10"' in entry.after and '"visits.person_times": 11' in entry.after
    months = october.reports.issued_months()
    assert [(m.period, m.issued_by) for m in months] == [(OCTOBER, "王管理")]


def test_only_an_administrator_issues_and_only_a_finished_month_once(october, admin, receptionist) -> None:
    with time_machine.travel(local(2026, 11, 2, 10), tick=False):
        with pytest.raises(NotAllowed):
            october.reports.issue_month(receptionist, 2026, 10)
        with pytest.raises(Refusal, match="2026年11月 is not over yet; it can be issued from 2026-12-01 on"):
            october.reports.issue_month(admin, 2026, 11)
        assert issue_rows(october) == 0
        october.reports.issue_month(admin, 2026, 10)
        with pytest.raises(Refusal, match="2026年10月 was already issued on 2026-11-02; reprint it"):
            october.reports.issue_month(admin, 2026, 10)
        with pytest.raises(Refusal, match="There is no month 13"):
            october.reports.issue_month(admin, 2026, 13)
    assert issue_rows(october) == 1


def test_the_last_day_of_a_month_is_not_the_end_of_it(october, admin) -> None:
    # 23:59 on 31 October in Shanghai: October is still running.
    with time_machine.travel(local(2026, 10, 31, 23, 59), tick=False):
        with pytest.raises(Refusal, match="not over yet"):
            october.reports.issue_month(admin, 2026, 10)
    with time_machine.travel(local(2026, 11, 1, 0, 0), tick=False):
        assert not october.reports.issue_month(admin, 2026, 10).value.is_draft
