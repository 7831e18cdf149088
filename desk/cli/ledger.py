"""`desk export ledger` and `desk export ledger-template`: ledgers (台账) as xlsx files.

    desk export ledger --kind visitors --from 2026-11-01 --to 2026-11-30 --out 来访台账.xlsx
    desk export ledger --kind requests --month 2026-11 --out 服务台账.xlsx --full
    desk export ledger-template --kind visitors --out visitors.json   the layout in use, to share
    desk export ledger-template --load district.json                  use a shared layout from now on
    desk export ledger-template --kind visitors --reset               back to the desk's own layout

Exporting only reads, so it works while the desk is open. Whoever runs `desk` on the desk
PC acts as an administrator (the audit trail names them "cli"), so --full is allowed and
audited. A template column this desk does not have is skipped and named on stdout.
"""

from __future__ import annotations

import argparse
import calendar
import sys
from datetime import date
from pathlib import Path

from desk.accounts.actor import COMMAND_LINE
from desk.cli import UsageError, data_dir_option, resolve_data_dir
from desk.cli.documents import parse_day
from desk.reports.ledgers.kinds import KINDS


def add_ledger_commands(formats: argparse._SubParsersAction) -> None:
    """Add `ledger` and `ledger-template` to the `desk export` group's sub-commands."""
    kinds = ", ".join(f"{key} ({kind.title})" for key, kind in KINDS.items())
    ledger = formats.add_parser(
        "ledger", help="a ledger (台账) of a period as an Excel file (.xlsx)",
        description="Write one ledger of a period as an .xlsx file with Chinese headers, a frozen header "
        "row and A4 print setup, in the layout the desk's template gives. Personal fields are masked "
        f"unless --full is given. Ledgers: {kinds}.")
    ledger.add_argument("--kind", required=True, choices=list(KINDS), metavar="K", help=f"the ledger: {kinds}")
    ledger.add_argument("--from", dest="first", metavar="D", help="the first day, YYYY-MM-DD")
    ledger.add_argument("--to", dest="last", metavar="D", help="the last day, YYYY-MM-DD")
    ledger.add_argument("--month", metavar="YYYY-MM", help="a whole month instead of --from/--to")
    ledger.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    ledger.add_argument("--full", action="store_true",
                        help="names and phone numbers in full (audited); default: masked as 张*, 138****5678")
    data_dir_option(ledger)
    ledger.set_defaults(func=ledger_command)

    template = formats.add_parser(
        "ledger-template", help="share or change a ledger's layout (columns, order, headers) as JSON",
        description="With --out, write the layout a ledger uses now as a JSON file another center can load; "
        "with --load, use the layout in such a file from now on; with --reset, go back to the desk's own.")
    template.add_argument("--kind", choices=list(KINDS), metavar="K", help=f"the ledger: {kinds}")
    action = template.add_mutually_exclusive_group(required=True)
    action.add_argument("--out", metavar="FILE", help="write the ledger's layout to this .json file")
    action.add_argument("--load", metavar="FILE", help="use the layout in this .json file from now on")
    action.add_argument("--reset", action="store_true", help="go back to the layout the desk ships")
    data_dir_option(template)
    template.set_defaults(func=template_command)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    if args.month:
        if args.first or args.last:
            raise UsageError("give either --month or --from and --to, not both.")
        try:
            year, month = (int(part) for part in args.month.split("-"))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        except ValueError:
            raise UsageError(f"--month must look like 2026-11, not {args.month!r}.") from None
    if not (args.first and args.last):
        raise UsageError("give the period: --from D --to D, or --month YYYY-MM.")
    return parse_day(args.first, "--from"), parse_day(args.last, "--to")


def _progress_on_terminal(done: int, total: int) -> None:
    if total:
        print(f"\r{done * 100 // total:3d}%  {done}/{total}", end="", file=sys.stderr, flush=True)


def ledger_command(args: argparse.Namespace) -> int:
    from desk.context import open_desk
    from desk.reports.ledgers.export import export_ledger

    first, last = _period(args)
    out = Path(args.out).expanduser()
    progress = _progress_on_terminal if sys.stderr.isatty() else None
    desk = open_desk(resolve_data_dir(args))
    try:
        result = export_ledger(desk.store, desk.clock, COMMAND_LINE, args.kind, first, last, out,
                               full_personal=args.full, progress=progress)
    finally:
        desk.close()
        if progress is not None:
            print(file=sys.stderr)
    for template, fields in result.notices:
        print(template.format(**fields))
    what = "in full" if args.full else "masked"
    print(f"{result.path}: {result.rows} lines of {KINDS[args.kind].title}, {first.isoformat()} to "
          f"{last.isoformat()}, personal fields {what}")
    return 0


def template_command(args: argparse.Namespace) -> int:
    from desk.context import open_desk
    from desk.reports.ledgers.templates import LedgerTemplates, read_template_file, write_template_file

    if (args.out or args.reset) and not args.kind:
        raise UsageError("say which ledger: --kind K.")
    loaded = read_template_file(Path(args.load).expanduser()) if args.load else None
    if loaded is not None and args.kind and loaded.kind != args.kind:
        raise UsageError(f"{args.load} is a layout for the {loaded.kind} ledger, not {args.kind}.")
    desk = open_desk(resolve_data_dir(args))
    try:
        templates = LedgerTemplates(desk.store)
        if args.out:
            path = write_template_file(templates.get(args.kind), Path(args.out).expanduser())
            adjusted = "adjusted" if templates.is_adjusted(args.kind) else "the desk's own"
            print(f"{path}: the layout of the {args.kind} ledger ({adjusted})")
        elif args.reset:
            templates.reset(COMMAND_LINE, args.kind)
            print(f"the {args.kind} ledger uses the desk's own layout again")
        else:
            assert loaded is not None
            saved = templates.save(COMMAND_LINE, loaded).value
            for key in saved.unknown_columns():
                print(f"the column {key!r} of this layout does not exist on this desk; exports will skip it")
            print(f"the {saved.kind} ledger now uses the layout from {args.load} "
                  f"({len(saved.columns) - len(saved.unknown_columns())} columns)")
    finally:
        desk.close()
    return 0
