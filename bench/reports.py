"""The statistics of a month and the monthly report PDF, on a year of a busy center.

The store: the demo center's 1,000,000 visits plus what ``bench.reports_data`` adds (20,000
bookings, 1,500 activities with 45,000 sign-ups, 200,000 requests). The month measured
is last month (a whole month, over).

- statistics, one month (``StatisticsService.figures``: visits by purpose, hour and day,
  people, rooms, activities, volunteers, requests, in one read transaction), limit
  300 ms, beside the plain-SQL baseline: the GROUP BY aggregates the figures rest on
  (visits by hour and purpose, distinct visitors, bookings by room, sign-ups by activity,
  volunteer lines, requests by category, resolved and on time, ratings) run with sqlite3
  on the same file, in the same run; the time of each part is recorded beside it;
- the monthly report PDF of that month, counted and rendered as `desk report month`
  does, limit 2 s, beside a one-page reportlab document with the same embedded font;
- for the record: reprinting an issued month (rendered from its frozen figures), and
  whether two reprints are byte-identical.

Runs alternate between the desk's figure and its baseline, so a busy machine slows both.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.reports_data import add_reports_data
from bench.stats import Figure

RUNS = 7
PDF_RUNS = 3


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _baseline_queries(start: str, end: str) -> list[tuple[str, tuple]]:
    """The aggregates behind the month's figures, as plain SQL."""
    month = (start, end)
    return [
        ("SELECT substr(check_in_at, 1, 13), purpose_id, count(*), sum(headcount),"
         " sum(CASE WHEN visitor_id IS NULL THEN headcount ELSE headcount - 1 END)"
         " FROM visit WHERE check_in_at >= ? AND check_in_at < ? GROUP BY 1, 2", month),
        ("SELECT count(DISTINCT visitor_id) FROM visit WHERE check_in_at >= ? AND check_in_at < ?", month),
        ("SELECT room_id, state, count(*), sum(attendance), count(checked_in_at),"
         " sum((julianday(ends_at) - julianday(starts_at)) * 24) FROM booking"
         " WHERE starts_at >= ? AND starts_at < ? GROUP BY room_id, state", month),
        ("SELECT s.activity_id, sum(1 + s.companions), sum(s.attended_count), count(*) - count(s.attended_at)"
         " FROM signup s JOIN activity a ON a.id = s.activity_id WHERE a.starts_at >= ? AND a.starts_at < ?"
         " AND s.state = 'confirmed' GROUP BY s.activity_id", month),
        ("SELECT v.staff_id, v.visitor_id, v.name, v.activity_id, count(*), sum(v.minutes) FROM volunteer_service v"
         " JOIN activity a ON a.id = v.activity_id WHERE v.removed = 0 AND a.starts_at >= ? AND a.starts_at < ?"
         " GROUP BY 1, 2, 3, 4", month),
        ("SELECT c.name, count(*) FROM service_request r JOIN service_item i ON i.id = r.item_id"
         " JOIN service_category c ON c.id = i.category_id WHERE r.accepted_at >= ? AND r.accepted_at < ?"
         " GROUP BY c.name", month),
        ("SELECT count(*), sum(resolved_at <= due_at), avg((julianday(resolved_at) - julianday(accepted_at)) * 24)"
         " FROM service_request WHERE resolved_at >= ? AND resolved_at < ?", month),
        ("SELECT rating, count(*) FROM service_request WHERE rated_at >= ? AND rated_at < ? GROUP BY rating", month),
    ]


def _one_pager(center_name: str) -> bytes:
    from reportlab.lib.units import mm

    from desk.printing.document import DocumentHeader, build_pdf, house_styles, para, table

    styles = house_styles()
    rows = [["指标", "数值"]] + [[f"基准指标{n}", str(n * 37)] for n in range(12)]
    story = [para("本页为基准：一页标题、一段文字和一张表，字体同样嵌入。", styles.body),
             table(rows, [90 * mm, 90 * mm], styles=styles)]
    return build_pdf(story, header=DocumentHeader(center_name, "统计基准"), printed_at=datetime.now(UTC))


def _part_times(ctx, period) -> dict[str, float]:  # noqa: ANN001
    """Where the statistics' time goes, each part timed once (for the record)."""
    from desk.clock import utcnow
    from desk.reports import statistics as parts

    start, _ = ctx.clock.day_bounds(period.first)
    _, end = ctx.clock.day_bounds(period.last)
    result = {}
    with ctx.store.read() as session:
        for name, call in (("visits", lambda: ctx.statistics._visits(session, period, start, end)),  # noqa: SLF001
                           ("activities", lambda: parts._activities(session, start, end, utcnow())),  # noqa: SLF001
                           ("volunteers", lambda: ctx.statistics._volunteers(session, start, end))):  # noqa: SLF001
            started = time.perf_counter()
            call()
            result[name] = round((time.perf_counter() - started) * 1000, 1)
    for name, call in (("rooms (UsageService)", lambda: ctx.room_usage.room_usage(period.first, period.last)),
                       ("requests (ServiceFiguresService)",
                        lambda: ctx.service_figures.figures(period.first, period.last))):
        started = time.perf_counter()
        call()
        result[name] = round((time.perf_counter() - started) * 1000, 1)
    return result


def measure(folder: Path) -> list[Figure]:
    from desk.accounts.actor import COMMAND_LINE
    from desk.context import open_desk
    from desk.printing.monthly_report import render_monthly_report
    from desk.reports.period import Period

    path = folder / "desk.sqlite3"
    started = time.perf_counter()
    added = add_reports_data(path)
    fill_s = time.perf_counter() - started
    ctx = open_desk(folder)  # opened after the fill, as after a restart
    conn = sqlite3.connect(path)
    try:
        period = Period.this_month(ctx.clock).previous()
        start, _ = ctx.clock.day_bounds(period.first)
        _, end = ctx.clock.day_bounds(period.last)
        queries = _baseline_queries(_stamp(start), _stamp(end))
        figures = ctx.statistics.figures(period)  # warm: statements compiled, pages cached
        for sql, params in queries:
            conn.execute(sql, params).fetchall()
        desk_ms, base_ms = [], []
        for _ in range(RUNS):
            began = time.perf_counter()
            ctx.statistics.figures(period)
            desk_ms.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            for sql, params in queries:
                conn.execute(sql, params).fetchall()
            base_ms.append((time.perf_counter() - began) * 1000)
        parts = _part_times(ctx, period)
        page_on_screen, compared = _statistics_page(ctx, period)

        center_name = ctx.center.get().name
        year, month = period.first.year, period.first.month
        report_pdf, one_page = ctx.reports.pdf(year, month), _one_pager(center_name)  # warm: fonts
        pdf_ms, page_ms = [], []
        for _ in range(PDF_RUNS):
            began = time.perf_counter()
            ctx.reports.pdf(year, month)
            pdf_ms.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            _one_pager(center_name)
            page_ms.append((time.perf_counter() - began) * 1000)

        ctx.reports.issue_month(COMMAND_LINE, year, month)
        began = time.perf_counter()
        first_print = ctx.reports.pdf(year, month)
        reprint_ms = (time.perf_counter() - began) * 1000
        identical = render_monthly_report(ctx.reports.report(year, month)) == first_print
    finally:
        conn.close()
        ctx.close()
    data = dict(added, fill_s=round(fill_s, 1), month=period.first.isoformat()[:7])
    return [
        Figure("reports: statistics of a month (1M visits)", statistics.median(desk_ms), "ms", limit=300.0,
               baseline=statistics.median(base_ms),
               baseline_name="plain sqlite3 GROUP BY aggregates behind the same figures, same file",
               extra=dict(data, runs=RUNS, parts_ms=parts, month_visits=figures.visits.checkins,
                          month_bookings=figures.rooms.bookings, month_requests_resolved=figures.requests.resolved)),
        Figure("reports: statistics page, a month on screen", statistics.median(page_on_screen), "ms",
               limit=300.0, baseline=statistics.median(base_ms),
               baseline_name="plain sqlite3 GROUP BY aggregates behind the same figures, same file",
               notes="the real StatisticsPage: the month read on the worker, then tiles and charts filled",
               extra={"runs": RUNS}),
        Figure("reports: statistics page, comparison filled in after (record)", statistics.median(compared), "ms",
               baseline=statistics.median(base_ms), baseline_name="the same plain aggregates (one period)",
               notes="环比 and 同比: the month before and the same month a year before, read after the month shows"),
        Figure("reports: monthly report PDF (count + render)", statistics.median(pdf_ms), "ms", limit=2000.0,
               baseline=statistics.median(page_ms),
               baseline_name="one-page reportlab document, same embedded font",
               extra={"runs": PDF_RUNS, "bytes": len(report_pdf), "baseline_bytes": len(one_page)}),
        Figure("reports: reprint of an issued month (record)", reprint_ms, "ms",
               baseline=statistics.median(page_ms), baseline_name="the same one-page document",
               extra={"byte_identical": identical, "bytes": len(first_print)}),
    ]


def _statistics_page(ctx, period) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """The real StatisticsPage as a person sees it: ms from asking for last month until its
    tiles and charts are on screen, and ms more until the comparison lines are (the page's
    reads run inline here, as its read worker would run them)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desk.accounts.actor import ADMIN, Actor
    from ui.app_services import UiServices
    from ui.bus import ChangeBus
    from ui.reports.statistics_page import LAST_MONTH, StatisticsPage
    from ui.session import SessionState
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    services = UiServices(desk=ctx, tasks=TaskRunner(synchronous=True), bus=ChangeBus(), session=SessionState())
    services.session.sign_in(Actor(1, "admin", ADMIN))
    page = StatisticsPage(services)
    page.resize(1366, 768)
    page.show()
    page.period_combo.setCurrentIndex(LAST_MONTH)
    assert page.period() == period and page.comparison is not None
    shown_at: list[float] = []
    show_figures = page.show_figures

    def timed_show(figures) -> None:  # noqa: ANN001
        show_figures(figures)
        app.processEvents()  # painted
        shown_at.append(time.perf_counter())

    page.show_figures = timed_show  # type: ignore[method-assign]
    on_screen, compared = [], []
    for _ in range(RUNS):
        began = time.perf_counter()
        page.reload()
        app.processEvents()
        done = time.perf_counter()
        on_screen.append((shown_at[-1] - began) * 1000)
        compared.append((done - shown_at[-1]) * 1000)
    page.close()
    return on_screen, compared
