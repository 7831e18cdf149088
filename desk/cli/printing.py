"""`desk print test-page|roll-call|duty-sheet|roster|disclosure|responsibilities|services|three-lists|receipt|rooms|room-week|signin`: printable documents as PDF files.

All of them only read the store, so they work while the desk window is open; the roll
call is meant for exactly that moment (an alarm, the desk PC still running), the duty
sheet for the morning routine on the desk PC.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from desk.cli import data_dir_option, resolve_data_dir
from desk.clock import CenterClock
from desk.context import open_desk
from desk.errors import DeskError, Refusal
from desk.paths import data_dir, database_path
from desk.printing.roll_call import render_roll_call
from desk.printing.check_page import render_test_page

# What a document says at the top when the desk has not been set up yet.
FALLBACK_CENTER_NAME = "Desk"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("print", help="write a printable document to a PDF file")
    documents = group.add_subparsers(dest="print_command", metavar="DOCUMENT", required=True)

    def document(name: str, help_text: str, func) -> argparse.ArgumentParser:  # noqa: ANN001
        """A document's command: --out and --data-dir as every one has them, then its own options."""
        parser = documents.add_parser(name, help=help_text)
        parser.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
        data_dir_option(parser)
        parser.set_defaults(func=func)
        return parser

    document("test-page", "a page to check the bundled fonts and the printer's scaling", test_page_command)
    document("roll-call", "the evacuation roll call of everyone inside now", roll_call_command)
    duty_sheet = document("duty-sheet", "the daily duty sheet (每日值班表), A4 portrait", duty_sheet_command)
    duty_sheet.add_argument("--date", metavar="D", help="the day, YYYY-MM-DD (default: today)")
    roster = document("roster", "the week roster (周值班安排表, A4 landscape), or with --month the month on A3",
                      roster_command)
    roster.add_argument("--week", metavar="D", help="a day of the week to print, YYYY-MM-DD (default: today)")
    roster.add_argument("--month", action="store_true", help="print the whole month of D on A3 landscape")
    disclosure = document("disclosure", "the wall poster of the three disclosures (三公开公示), A4 portrait",
                          disclosure_command)
    disclosure.add_argument("--date", metavar="D", help="the day, YYYY-MM-DD (default: today)")
    disclosure.add_argument("--a3", action="store_true", help="print on A3 instead of A4")
    document("responsibilities", "the responsibility list (岗位责任清单): posts, duties, A/B staff, A4 landscape",
             responsibilities_command)
    services = document("services", "the service list poster (服务清单) by category, with time limits and posts",
                        services_command)
    services.add_argument("--size", type=str.upper, choices=("A4", "A3"), default="A4",
                          help="the paper: A4 (default) or A3 for a larger poster")
    services.add_argument("--catalogue-version", type=int, metavar="N",
                          help="print the list as version N recorded it (default: the list now)")
    document("three-lists", "the three lists (三个清单): services, residents' demands, shared resources",
             three_lists_command)
    receipt = document("receipt", "the resident's receipt (服务受理回执) for requests accepted together",
                       receipt_command)
    receipt.add_argument("--request", dest="requests", type=int, action="append", required=True, metavar="ID",
                         help="a request number; repeat for each request on the receipt")
    receipt.add_argument("--paper", type=str.lower, choices=("a5", "80mm"), default="a5",
                         help="A5 (default) or 80 mm receipt roll")
    # The rooms documents' commands live in print_rooms.py (imported here, once this module is loaded).
    from desk.cli import print_rooms

    print_rooms.add_room_options(
        document("rooms", "the day's room schedule (场地使用安排), or with --door a sheet per room for its door",
                 print_rooms.rooms_command),
        document("room-week", "the week's room poster (场地使用周安排), rooms by day, A4 or A3 landscape",
                 print_rooms.room_week_command),
        document("signin", "an activity's sign-in sheet (活动签到表) with its sign-ups, waiting list and QR codes",
                 print_rooms.signin_command))


def test_page_command(args: argparse.Namespace) -> int:
    folder = data_dir(resolve_data_dir(args))
    # A test page must work on a PC where the desk was never set up (checking the printer
    # is often the first thing done), so no database is created just to print it.
    if not database_path(folder).exists():
        center_name, clock = FALLBACK_CENTER_NAME, CenterClock()
    else:
        desk = open_desk(folder)
        try:
            row = desk.center_row()
            center_name = row.name if row else FALLBACK_CENTER_NAME
            clock = desk.clock
        finally:
            desk.close()
    _write(args.out, render_test_page(center_name, printed_at=clock.now()))
    return 0


def roll_call_command(args: argparse.Namespace) -> int:
    desk = open_desk(resolve_data_dir(args))
    try:
        row = desk.center_row()
        center_name = row.name if row else FALLBACK_CENTER_NAME
        rows = desk.visits.roll_call_rows()
        printed_at = desk.clock.now()
    finally:
        desk.close()
    _write(args.out, render_roll_call(center_name, rows, printed_at=printed_at))
    persons = sum(row.headcount for row in rows)
    print(f"{len(rows)} visits, {persons} persons inside")
    return 0


class BadDate(Exception):
    """A --date/--week that is not a calendar day: a usage error (exit 2), nothing written."""


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadDate(f"{option} must be a date like 2026-11-21, not {text!r}.") from None


def _usage_error(error: BadDate) -> int:
    print(f"desk: {error}", file=sys.stderr)
    return 2


def duty_sheet_command(args: argparse.Namespace) -> int:
    from desk.printing.duty_sheet import render_duty_sheet

    try:
        wanted = _day(args.date, "--date")
    except BadDate as error:
        return _usage_error(error)
    desk = open_desk(resolve_data_dir(args))
    try:
        sheet = desk.disclosure.day_sheet(wanted or desk.clock.today())
        printed_at = desk.clock.now()
    finally:
        desk.close()
    sheet = replace(sheet, center_name=sheet.center_name or FALLBACK_CENTER_NAME)
    _write(args.out, render_duty_sheet(sheet, printed_at=printed_at))
    return 0


def roster_command(args: argparse.Namespace) -> int:
    from desk.printing.roster_sheet import render_month_roster, render_week_roster
    from desk.roster.week import month_span, roster_grid, week_start

    try:
        wanted = _day(args.week, "--week")
    except BadDate as error:
        return _usage_error(error)
    desk = open_desk(resolve_data_dir(args))
    try:
        day = wanted or desk.clock.today()
        first, days = month_span(day) if args.month else (week_start(day), 7)
        grid = roster_grid(desk.store, desk.clock, first, days)
        printed_at = desk.clock.now()
    finally:
        desk.close()
    grid = replace(grid, center_name=grid.center_name or FALLBACK_CENTER_NAME)
    render = render_month_roster if args.month else render_week_roster
    _write(args.out, render(grid, printed_at=printed_at))
    return 0


def disclosure_command(args: argparse.Namespace) -> int:
    from reportlab.lib.pagesizes import A3, A4

    from desk.printing.disclosure_poster import render_disclosure

    try:
        wanted = _day(args.date, "--date")
    except BadDate as error:
        return _usage_error(error)
    desk = open_desk(resolve_data_dir(args))
    try:
        sheet = desk.disclosure.day_sheet(wanted or desk.clock.today())
        photos = desk.staff.photos([person.staff_id for person in sheet.people if person.has_photo])
        printed_at = desk.clock.now()
    finally:
        desk.close()
    sheet = replace(sheet, center_name=sheet.center_name or FALLBACK_CENTER_NAME)
    pdf = render_disclosure(sheet, printed_at=printed_at, photos=photos, pagesize=A3 if args.a3 else A4)
    _write(args.out, pdf)
    return 0


def responsibilities_command(args: argparse.Namespace) -> int:
    from desk.printing.responsibility_list import render_responsibility_list

    desk = open_desk(resolve_data_dir(args))
    try:
        sheet = desk.disclosure.day_sheet(desk.clock.today())
        printed_at = desk.clock.now()
    finally:
        desk.close()
    sheet = replace(sheet, center_name=sheet.center_name or FALLBACK_CENTER_NAME)
    _write(args.out, render_responsibility_list(sheet, printed_at=printed_at))
    return 0


def _refused(error: Refusal) -> int:
    """An unknown request or catalogue version named on the command line: a usage error."""
    print(f"desk: {error.message}", file=sys.stderr)
    return 2


def services_command(args: argparse.Namespace) -> int:
    from desk.printing.service_list import build_service_list

    desk = open_desk(resolve_data_dir(args))
    try:
        pdf = build_service_list(desk, size=args.size, version=args.catalogue_version)
    except Refusal as error:
        return _refused(error)
    finally:
        desk.close()
    _write(args.out, pdf)
    return 0


def three_lists_command(args: argparse.Namespace) -> int:
    from desk.printing.three_lists import build_three_lists

    desk = open_desk(resolve_data_dir(args))
    try:
        pdf = build_three_lists(desk)
    finally:
        desk.close()
    _write(args.out, pdf)
    return 0


def receipt_command(args: argparse.Namespace) -> int:
    from desk.printing.service_receipt import build_request_receipt

    desk = open_desk(resolve_data_dir(args))
    try:
        pdf = build_request_receipt(desk, args.requests, paper=args.paper)
    except Refusal as error:
        return _refused(error)
    finally:
        desk.close()
    _write(args.out, pdf)
    return 0


def _write(out: str, pdf: bytes) -> None:
    path = Path(out).expanduser()
    try:
        path.write_bytes(pdf)
    except OSError as error:
        raise DeskError("Could not write {path}: {reason}", path=str(path), reason=error.strerror or str(error)) from error
    print(path)
