"""`desk roster generate|check` and `desk calendar list|update|set`.

Commands act as the command-line actor (an administrator named "cli" in the audit trail).
`desk roster check` exits with 1 when it finds a problem, so a script can act on it.
"""

from __future__ import annotations

import argparse
from datetime import date

from desk.accounts.actor import COMMAND_LINE
from desk.cli import data_dir_option, resolve_data_dir
from desk.cli.output import write_rows

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-10-01") from None


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    roster = subparsers.add_parser("roster", help="generate and check the duty roster")
    inner = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    generate = inner.add_parser("generate", help="make the roster of a range of days from the rotations")
    check = inner.add_parser("check", help="list gaps, double bookings, leave and rest problems")
    for parser, func in ((generate, run_generate), (check, run_check)):
        parser.add_argument("--from", dest="start", type=_day, required=True, metavar="DAY")
        parser.add_argument("--to", dest="end", type=_day, required=True, metavar="DAY")
        data_dir_option(parser)
        parser.set_defaults(func=func)

    calendar = subparsers.add_parser("calendar", help="statutory holidays and make-up working days")
    days = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    listing = days.add_parser("list", help="the holidays and make-up working days of a year")
    listing.add_argument("--year", type=int, required=True)
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    data_dir_option(listing)
    listing.set_defaults(func=run_calendar_list)
    update = days.add_parser("update", help="add what the installed calendar package knows; keep hand edits")
    data_dir_option(update)
    update.set_defaults(func=run_calendar_update)
    one = days.add_parser("set", help="make a day a holiday or a make-up working day")
    one.add_argument("day", type=_day, metavar="DAY")
    one.add_argument("--kind", choices=("holiday", "workday"), required=True)
    one.add_argument("--name", default="", help="e.g. 国庆节")
    data_dir_option(one)
    one.set_defaults(func=run_calendar_set)


def _open(args: argparse.Namespace):  # noqa: ANN202 - (context, schedule)
    from desk.context import open_desk
    from desk.roster.schedule import open_schedule

    ctx = open_desk(resolve_data_dir(args))
    return ctx, open_schedule(ctx.store, ctx.clock, ctx.center)


def run_generate(args: argparse.Namespace) -> int:
    ctx, schedule = _open(args)
    try:
        report = schedule.generator.generate(COMMAND_LINE, args.start, args.end).value
    finally:
        ctx.close()
    print(f"{args.start} to {args.end}: {report.created} duties added, {report.deleted} taken away, "
          f"{report.unchanged} unchanged; {len(report.changed_days)} days changed")
    for kept in report.kept:
        print(f"kept hand edit: {kept.day} {kept.post} {kept.shift}")
    for skipped in report.skipped:
        print(f"not planned: {skipped.post} {skipped.shift}: {skipped.text()}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    ctx, schedule = _open(args)
    try:
        problems = schedule.checks.problems(args.start, args.end)
    finally:
        ctx.close()
    for problem in problems:
        print(f"{problem.day}  {problem.kind:8}  {problem.text()}")
    print(f"{len(problems)} problems from {args.start} to {args.end}" if problems
          else f"no problems from {args.start} to {args.end}")
    return 1 if problems else 0


def run_calendar_list(args: argparse.Namespace) -> int:
    ctx, schedule = _open(args)
    try:
        days = schedule.calendar.days(args.year)
    finally:
        ctx.close()
    rows = [{"day": d.day.isoformat(), "weekday": WEEKDAYS[d.day.weekday()], "kind": d.kind, "name": d.name,
             "source": d.source} for d in days]
    write_rows(rows, ["day", "weekday", "kind", "name", "source"], args.format)
    return 0


def run_calendar_update(args: argparse.Namespace) -> int:
    ctx, schedule = _open(args)
    try:
        update = schedule.calendar.update_from_package(COMMAND_LINE).value
    finally:
        ctx.close()
    print(f"{len(update.added)} days added, {len(update.updated)} corrected, "
          f"{len(update.kept)} hand edits kept")
    for kept in update.kept:
        print(f"kept: {kept.day} {kept.kind} {kept.name} (edited here)")
    return 0


def run_calendar_set(args: argparse.Namespace) -> int:
    ctx, schedule = _open(args)
    try:
        info = schedule.calendar.set_day(COMMAND_LINE, args.day, args.kind, args.name).value
    finally:
        ctx.close()
    print(f"{info.day} is now a {'holiday' if info.kind == 'holiday' else 'make-up working day'} {info.name}".rstrip())
    return 0
