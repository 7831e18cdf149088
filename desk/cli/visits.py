"""`desk visits list`: the visit log from the command line (works while the GUI is open)."""

from __future__ import annotations

import argparse
from datetime import date

from desk.cli import data_dir_option, resolve_data_dir
from desk.cli.output import write_rows
from desk.errors import Refusal

HEADERS = ("id", "check_in", "check_out", "name", "phone", "purpose", "headcount", "source", "organisation")


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    visits = subparsers.add_parser("visits", help="the visit log")
    inner = visits.add_subparsers(dest="visits_command", metavar="ACTION")
    listing = inner.add_parser("list", help="list visits (today by default)")
    data_dir_option(listing)
    listing.add_argument("--date", help="one day, YYYY-MM-DD")
    listing.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    listing.add_argument("--to", dest="date_to", help="last day (inclusive), YYYY-MM-DD")
    listing.add_argument("--inside", action="store_true", help="only people inside now")
    listing.add_argument("--name", default="", help="a fragment of the name")
    listing.add_argument("--phone", default="", help="a fragment of the phone, e.g. the last four digits")
    listing.add_argument("--limit", type=int, default=100_000)
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")
    listing.set_defaults(func=list_visits)


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refusal("{option} must be a date like 2026-11-21.", option=option) from None


def list_visits(args: argparse.Namespace) -> int:
    from desk.context import open_desk
    from desk.visits.queries import VisitQuery

    one = _day(args.date, "--date")
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if one and (first or last):
        raise Refusal("Use either --date or --from/--to, not both.")
    ctx = open_desk(resolve_data_dir(args))
    try:
        if not (one or first or last or args.inside or args.name or args.phone):
            one = ctx.clock.today()
        query = VisitQuery(name=args.name, phone=args.phone, date_from=one or first,
                           date_to=one or last, inside_only=args.inside, limit=args.limit)
        rows = ctx.visits.search(query)
        local = ctx.clock.local
        out = [
            {
                "id": r.id,
                "check_in": local(r.check_in_at).strftime("%Y-%m-%d %H:%M"),
                "check_out": local(r.check_out_at).strftime("%Y-%m-%d %H:%M") if r.check_out_at else "",
                "name": r.name, "phone": r.phone_masked, "purpose": r.purpose_label,
                "headcount": r.headcount, "source": r.source, "organisation": r.organisation,
            }
            for r in reversed(rows)
        ]
        write_rows(out, HEADERS, args.format)
    finally:
        ctx.close()
    return 0
