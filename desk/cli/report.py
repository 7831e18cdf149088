"""`desk report month --month YYYY-MM --out F.pdf [--issue]`: the monthly report (统计月报).

Without --issue it writes the issued report of the month when there is one (the same
bytes every time), else a draft counted now and marked 草稿. With --issue it first
issues the month as the command-line administrator ("cli" in the audit trail) — only
once the month is over, and only once — and writes the issued report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.accounts.actor import COMMAND_LINE
from desk.cli import data_dir_option, resolve_data_dir
from desk.errors import DeskError, Refusal


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
    from desk.context import open_desk
    from desk.printing.monthly_report import render_monthly_report
    from desk.reports.period import Period

    try:
        period = Period.parse_month(args.month)
    except Refusal as error:  # a usage error: nothing opened, nothing written
        print(f"desk: {error.message}", file=sys.stderr)
        return 2
    year, month = period.first.year, period.first.month
    desk = open_desk(resolve_data_dir(args))
    try:
        if args.issue:
            report = desk.reports.issue_month(COMMAND_LINE, year, month, prepared_by=args.prepared_by,
                                              reviewed_by=args.reviewed_by).value
        else:
            report = desk.reports.report(year, month)
    finally:
        desk.close()
    path = Path(args.out).expanduser()
    try:
        path.write_bytes(render_monthly_report(report))
    except OSError as error:
        raise DeskError("Could not write {path}: {reason}", path=str(path),
                        reason=error.strerror or str(error)) from error
    state = "draft" if report.is_draft else f"issued {report.printed_at.date().isoformat()}"
    print(f"{path} ({period.label()}, {state})")
    return 0
