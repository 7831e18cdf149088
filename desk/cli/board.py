"""`desk board`: listed here so that `desk --help` tells people the board exists.

The board is a window, and the domain never imports Qt: the `desk` launcher
(entrypoint.py) opens it before the command line is parsed. This parser only documents
the options; its handler runs only if the command line was reached some other way.
"""

from __future__ import annotations

import argparse
import sys

from desk.cli import data_dir_option


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    board = subparsers.add_parser(
        "board", help="open the public board (三公开公示屏) full screen on the lobby TV or second monitor",
        description="Open the public board: who is on duty at each post now, where everyone is and "
        "how to reach them, full screen and read-only, for a lobby TV. It runs beside the desk on "
        "the same data folder and redraws by itself within a second of any change. "
        "Ctrl+Shift+Q closes it.")
    data_dir_option(board)
    board.add_argument("--screen", type=int, metavar="N",
                       help="the screen to use, counted from 0 (default: the largest screen that is not the main one)")
    board.add_argument("--lang", help="en for English (default: Chinese)")
    board.set_defaults(func=run_board_command)


def run_board_command(args: argparse.Namespace) -> int:
    print("desk: the board is a window; start it with the desk program: desk board [--data-dir D]",
          file=sys.stderr)
    return 2
