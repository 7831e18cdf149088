"""`desk export ical`: a room's bookings as an iCalendar (.ics) file for calendar programs.

It only reads, so it works while the desk is open. A bad room, date or range is a usage
error (exit 2) and no file is written.
"""

from __future__ import annotations

import argparse

from desk.cli import data_dir_option
from desk.cli.documents import opened_desk, parse_day, write_file
from desk.cli.ledger import add_ledger_commands


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("export", help="write the desk's data in a standard format for other programs")
    formats = group.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    ical = formats.add_parser("ical", help="a room's bookings as an iCalendar file (.ics)",
                              description="Write a room's bookings (cancelled ones marked so) as an .ics file "
                              "that calendar programs import; importing a newer file again updates the events.")
    ical.add_argument("--room", required=True, metavar="R", help="the room: its number or exact name")
    ical.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    ical.add_argument("--from", dest="first", metavar="D",
                      help="the first day, YYYY-MM-DD (default: 30 days ago)")
    ical.add_argument("--to", dest="last", metavar="D",
                      help="the last day, YYYY-MM-DD (default: a year after --from, or after today)")
    data_dir_option(ical)
    ical.set_defaults(func=ical_command)
    add_ledger_commands(formats)  # `desk export ledger` and `desk export ledger-template`


def ical_command(args: argparse.Namespace) -> int:
    from desk.rooms.ical import check_range, default_ical_range, export_room_ical
    from desk.rooms.printouts import find_room

    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    with opened_desk(args, refusals_are_usage=True) as desk:  # a bad range or an unknown room
        today = desk.clock.today()
        last = last or default_ical_range(first or today)[1]
        first = first or default_ical_range(today)[0]
        check_range(first, last)
        room = find_room(desk.store, args.room)
        data = export_room_ical(desk.store, desk.clock, room.id, first, last)
    path = write_file(args.out, data)
    events = data.count(b"BEGIN:VEVENT")
    print(f"{path}: {events} bookings of {room.name}, {first.isoformat()} to {last.isoformat()}")
    return 0
