"""`desk print rooms | room-week | signin`: the rooms documents (registered in printing.py).

Like every `desk print` command they only read, so they work while the desk is open. A
bad date, room or activity is a usage error (exit 2) and nothing is written.
"""

from __future__ import annotations

import argparse

from desk.cli import UsageError
from desk.cli.documents import print_document
from desk.errors import NotFound, Refusal


def add_room_options(rooms: argparse.ArgumentParser, week: argparse.ArgumentParser,
                     signin: argparse.ArgumentParser) -> None:
    """The options of the three documents, after --out and --data-dir."""
    rooms.add_argument("--date", metavar="D", help="the day, YYYY-MM-DD (default: today)")
    rooms.add_argument("--door", action="store_true", help="door sheets: one large-type page per room")
    rooms.add_argument("--room", metavar="R", help="only this room: its number or exact name")
    week.add_argument("--week", metavar="D", help="a day of the week to print, YYYY-MM-DD (default: today)")
    week.add_argument("--a3", action="store_true", help="print on A3 instead of A4 (landscape)")
    signin.add_argument("--activity", type=int, required=True, metavar="ID", help="the activity's number")
    signin.add_argument("--walk-ins", type=int, default=8, metavar="N",
                        help="blank rows for people who sign up at the door (default 8)")


def rooms_command(args: argparse.Namespace) -> int:
    from desk.printing.door_sheet import render_door_sheets
    from desk.printing.room_schedule import render_room_schedule
    from desk.rooms.printouts import find_room, room_day

    def read(desk, day):  # noqa: ANN001, ANN202
        room_id = find_room(desk.store, args.room).id if args.room is not None else None
        return room_day(desk.store, desk.clock, day, room_id=room_id)

    print_document(args, read, render_door_sheets if args.door else render_room_schedule, day_option="--date",
                   refusals_are_usage=True)  # an unknown room
    return 0


def room_week_command(args: argparse.Namespace) -> int:
    from desk.printing.room_poster import render_room_poster
    from desk.rooms.printouts import room_week

    print_document(args, lambda desk, day: room_week(desk.store, desk.clock, day),
                   lambda sheet, printed_at: render_room_poster(sheet, printed_at=printed_at,
                                                                size="A3" if args.a3 else "A4"),
                   day_option="--week")
    return 0


def signin_command(args: argparse.Namespace) -> int:
    from desk.printing.signin_sheet import render_signin_sheet
    from desk.rooms.printouts import signin_sheet

    if not 0 <= args.walk_ins <= 100:  # a Refusal's template, so the message stays in the translations
        raise UsageError(Refusal("--walk-ins must be from 0 to 100.").message)
    unknown = NotFound("There is no activity {activity} at this center.", activity=args.activity)
    if not 0 < args.activity < 2**63:  # beyond SQLite's integers: no activity has that number
        raise UsageError(unknown.message)

    def read(desk, _day):  # noqa: ANN001, ANN202
        try:
            return signin_sheet(desk.store, desk.clock, args.activity)
        except NotFound:
            raise UsageError(unknown.message) from None

    print_document(args, read, lambda sheet, printed_at: render_signin_sheet(sheet, printed_at=printed_at,
                                                                             walk_in_rows=args.walk_ins),
                   refusals_are_usage=True)
    return 0
