"""`desk report month --month YYYY-MM --out F.pdf [--issue]`: the monthly report (统计月报).

Without --issue it writes the issued report of the month when there is one (the same
bytes every time), else a draft counted now and marked 草稿. With --issue it first
issues the month as the command-line administrator ("cli" in the audit trail) — only
once the month is over, and only once — and writes the issued report.
"""

from __future__ import annotations

import argparse

from desk.accounts.actor import COMMAND_LINE
from desk.cli import UsageError, data_dir_option
from desk.cli.documents import opened_desk, write_file
from desk.errors import Refusal


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("report", help="statistics reports (统计月报)")
    reports = group.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    month = reports.add_parser("month", help="the monthly report as a PDF: issued if it was, else a draft")
    month.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-10")
    month.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    month.add_argument("--issue", action="store_true",
                       help="issue the month first (freezes its figures; once per month, after it is over)")
    month.add_argument("--prepared-by", default="", metavar="NAME", help="填报人 printed on the sign-off line")
    month.add_argument("--reviewed-by", default="", metavar="NAME", help="审核人 printed on the sign-off line")
    data_dir_option(month)
    month.set_defaults(func=month_command)


def month_command(args: argparse.Namespace) -> int:
    from desk.printing.monthly_report import render_monthly_report
    from desk.reports.period import Period

    try:
        period = Period.parse_month(args.month)
    except Refusal as error:  # a usage error: nothing opened, nothing written
        raise UsageError(error.message) from error
    year, month = period.first.year, period.first.month
    with opened_desk(args) as desk:  # issuing too early or twice is a refusal: exit 1
        if args.issue:
            report = desk.reports.issue_month(COMMAND_LINE, year, month, prepared_by=args.prepared_by,
                                              reviewed_by=args.reviewed_by).value
        else:
            report = desk.reports.report(year, month)
    path = write_file(args.out, render_monthly_report(report))
    state = "draft" if report.is_draft else f"issued {report.printed_at.date().isoformat()}"
    print(f"{path} ({period.label()}, {state})")
    return 0
