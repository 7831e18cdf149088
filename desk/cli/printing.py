"""`desk print test-page|roll-call|duty-sheet|roster|disclosure|responsibilities|services|three-lists|receipt|rooms|room-week|signin`: printable documents as PDF files.

All of them only read the store, so they work while the desk window is open; the roll
call is meant for exactly that moment (an alarm, the desk PC still running), the duty
sheet for the morning routine on the desk PC.
"""

from __future__ import annotations

import argparse

from desk.cli import data_dir_option, print_rooms, resolve_data_dir
from desk.cli.documents import FALLBACK_CENTER_NAME, center_name, print_document, with_center_name, write_file
from desk.clock import CenterClock
from desk.paths import data_dir, database_path
from desk.printing.roll_call import render_roll_call
from desk.printing.check_page import render_test_page


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
    # The rooms documents' commands live in print_rooms.py.
    print_rooms.add_room_options(
        document("rooms", "the day's room schedule (场地使用安排), or with --door a sheet per room for its door",
                 print_rooms.rooms_command),
        document("room-week", "the week's room poster (场地使用周安排), rooms by day, A4 or A3 landscape",
                 print_rooms.room_week_command),
        document("signin", "an activity's sign-in sheet (活动签到表) with its sign-ups, waiting list and QR codes",
                 print_rooms.signin_command))


def test_page_command(args: argparse.Namespace) -> int:
    # A test page must work on a PC where the desk was never set up (checking the printer
    # is often the first thing done), so no database is created just to print it.
    if not database_path(data_dir(resolve_data_dir(args))).exists():
        print(write_file(args.out, render_test_page(FALLBACK_CENTER_NAME, printed_at=CenterClock().now())))
        return 0
    print_document(args, lambda desk, _day: center_name(desk), render_test_page)
    return 0


def roll_call_command(args: argparse.Namespace) -> int:
    _, rows = print_document(args, lambda desk, _day: (center_name(desk), desk.visits.roll_call_rows()),
                             lambda found, printed_at: render_roll_call(*found, printed_at=printed_at))
    persons = sum(row.headcount for row in rows)
    print(f"{len(rows)} visits, {persons} persons inside")
    return 0


def duty_sheet_command(args: argparse.Namespace) -> int:
    from desk.printing.duty_sheet import render_duty_sheet

    print_document(args, lambda desk, day: desk.disclosure.day_sheet(day), render_duty_sheet, day_option="--date")
    return 0


def roster_command(args: argparse.Namespace) -> int:
    from desk.printing.roster_sheet import render_month_roster, render_week_roster
    from desk.roster.week import month_span, roster_grid, week_start

    def read(desk, day):  # noqa: ANN001, ANN202
        first, days = month_span(day) if args.month else (week_start(day), 7)
        return roster_grid(desk.store, desk.clock, first, days)

    print_document(args, read, render_month_roster if args.month else render_week_roster, day_option="--week")
    return 0


def disclosure_command(args: argparse.Namespace) -> int:
    from reportlab.lib.pagesizes import A3, A4

    from desk.printing.disclosure_poster import render_disclosure

    def read(desk, day):  # noqa: ANN001, ANN202
        sheet = desk.disclosure.day_sheet(day)
        return sheet, desk.staff.photos([person.staff_id for person in sheet.people if person.has_photo])

    def render(found, printed_at):  # noqa: ANN001, ANN202
        sheet, photos = found
        return render_disclosure(with_center_name(sheet), printed_at=printed_at, photos=photos,
                                 pagesize=A3 if args.a3 else A4)

    print_document(args, read, render, day_option="--date")
    return 0


def responsibilities_command(args: argparse.Namespace) -> int:
    from desk.printing.responsibility_list import render_responsibility_list

    print_document(args, lambda desk, today: desk.disclosure.day_sheet(today), render_responsibility_list)
    return 0


def services_command(args: argparse.Namespace) -> int:
    from desk.printing.service_list import build_service_list

    print_document(args, lambda desk, _day: build_service_list(desk, size=args.size, version=args.catalogue_version),
                   refusals_are_usage=True)  # an unknown catalogue version
    return 0


def three_lists_command(args: argparse.Namespace) -> int:
    from desk.printing.three_lists import build_three_lists

    print_document(args, lambda desk, _day: build_three_lists(desk))
    return 0


def receipt_command(args: argparse.Namespace) -> int:
    from desk.printing.service_receipt import build_request_receipt

    print_document(args, lambda desk, _day: build_request_receipt(desk, args.requests, paper=args.paper),
                   refusals_are_usage=True)  # an unknown request, or requests of two residents
    return 0
