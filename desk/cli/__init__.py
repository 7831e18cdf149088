"""The command line: `desk <command>`. Every command takes --data-dir.

Each module in this package adds its sub-commands with ``add_commands(subparsers)``;
a sub-command's handler is ``func(args) -> int`` set with ``set_defaults``. Read-only
commands never take the GUI's instance lock, so they work while the desk is open.
A handler raises ``UsageError`` for a value on its command line that cannot be used
(exit 2, as argparse's own usage errors) and lets a ``DeskError`` say what went wrong (exit 1).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desk import __version__
from desk.errors import DeskError
from db.errors import StoreError

# Modules that contribute sub-commands, in the order `desk --help` lists them.
COMMAND_MODULES = (
    "desk.cli.demo",
    "desk.cli.passes",
    "desk.cli.visits",
    "desk.cli.backup",
    "desk.cli.printing",
    "desk.cli.export",
    "desk.cli.privacy",
    "desk.cli.roster",
    "desk.cli.board",
    "desk.cli.sync",
    "desk.cli.report",
)


class UsageError(Exception):
    """An option's value that cannot be used, e.g. --date 2026-02-30: exit 2, nothing written.

    Raised before the desk is opened where it can be, so a typo creates no database.
    """


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="Desk — the front desk of a Party-Mass Service Center. "
        "Without a command it opens the desk window.",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument("--data-dir", help="the data folder (default: DESK_DATA_DIR or the per-user folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.add_commands(subparsers)
    return parser


def data_dir_option(parser: argparse.ArgumentParser) -> None:
    """Every sub-command accepts --data-dir after its name too."""
    parser.add_argument("--data-dir", dest="sub_data_dir", help=argparse.SUPPRESS)


def resolve_data_dir(args: argparse.Namespace) -> str | None:
    return getattr(args, "sub_data_dir", None) or getattr(args, "data_dir", None)


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `desk visits list | head`: the reader left, that is fine
        sys.stderr.close()
        return 0
    except UsageError as error:
        print(f"desk: {error}", file=sys.stderr)
        return 2
    except (DeskError, StoreError) as error:
        print(f"desk: {getattr(error, 'message', error)}", file=sys.stderr)
        return 1
