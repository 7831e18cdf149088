"""`desk privacy`: retention purge (with a dry run), and one person's export or erasure."""

from __future__ import annotations

import argparse
import json

from desk.accounts.actor import COMMAND_LINE
from desk.cli import data_dir_option, resolve_data_dir


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser("privacy", help="personal-data retention and requests (PIPL)")
    inner = privacy.add_subparsers(dest="privacy_command", metavar="ACTION")
    purge = inner.add_parser("purge", help="erase personal fields older than the retention period")
    data_dir_option(purge)
    purge.add_argument("--dry-run", action="store_true", help="only say what would be erased")
    purge.set_defaults(func=run_purge)
    export = inner.add_parser("export", help="everything held on one visitor, as JSON")
    data_dir_option(export)
    export.add_argument("--visitor", type=int, required=True)
    export.set_defaults(func=run_export)
    erase = inner.add_parser("erase", help="erase one visitor's personal data now")
    data_dir_option(erase)
    erase.add_argument("--visitor", type=int, required=True)
    erase.set_defaults(func=run_erase)


def run_purge(args: argparse.Namespace) -> int:
    from desk.context import open_desk

    ctx = open_desk(resolve_data_dir(args))
    try:
        plan = ctx.privacy.preview() if args.dry_run else ctx.privacy.purge(COMMAND_LINE).value
    finally:
        ctx.close()
    verb = "would erase" if args.dry_run else "erased"
    print(f"{verb} the personal data of {plan.visitors} visitors and the notes of "
          f"{plan.visits_with_notes} visits from before {plan.cutoff:%Y-%m-%d}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desk.context import open_desk

    ctx = open_desk(resolve_data_dir(args))
    try:
        print(json.dumps(ctx.privacy.export_person(COMMAND_LINE, args.visitor), ensure_ascii=False, indent=2))
    finally:
        ctx.close()
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from desk.context import open_desk

    ctx = open_desk(resolve_data_dir(args))
    try:
        ctx.privacy.erase_person(COMMAND_LINE, args.visitor)
    finally:
        ctx.close()
    print(f"erased the personal data of visitor {args.visitor}")
    return 0
