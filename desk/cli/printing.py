"""`desk print test-page` and `desk print roll-call`: printable documents as PDF files.

Both only read the store, so they work while the desk window is open; the roll call is
meant for exactly that moment (an alarm, the desk PC still running).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.cli import data_dir_option, resolve_data_dir
from desk.clock import CenterClock
from desk.context import open_desk
from desk.errors import DeskError
from desk.paths import data_dir, database_path
from desk.printing.roll_call import render_roll_call
from desk.printing.check_page import render_test_page

# What a document says at the top when the desk has not been set up yet.
FALLBACK_CENTER_NAME = "Desk"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("print", help="write a printable document to a PDF file")
    documents = group.add_subparsers(dest="print_command", metavar="DOCUMENT", required=True)

    test_page = documents.add_parser(
        "test-page", help="a page to check the bundled fonts and the printer's scaling"
    )
    test_page.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    data_dir_option(test_page)
    test_page.set_defaults(func=test_page_command)

    roll_call = documents.add_parser(
        "roll-call", help="the evacuation roll call of everyone inside now"
    )
    roll_call.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    data_dir_option(roll_call)
    roll_call.set_defaults(func=roll_call_command)


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


def _write(out: str, pdf: bytes) -> None:
    path = Path(out).expanduser()
    try:
        path.write_bytes(pdf)
    except OSError as error:
        raise DeskError("Could not write {path}: {reason}", path=str(path), reason=error.strerror or str(error)) from error
    print(path)
