"""`desk`: with no command, the desk window; with a command, the command line.

This launcher sits outside `desk/` so that the domain never imports the UI: only here do
the two meet. Command-line use never imports Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    wants_gui = not any(not arg.startswith("-") for arg in _without_option_values(args))
    if args and args[0] == "run-demo":
        # `make run`: open the desk on a demo center made on first use.
        from ui.app import run_gui

        return run_gui(args[1:], demo_if_empty=True)
    commands = [arg for arg in _without_option_values(args) if not arg.startswith("-")]
    if commands[:1] == ["board"] and not {"-h", "--help"} & set(args):
        # `desk board`: the public board for the lobby TV, a window of its own.
        from ui.roster.board_app import run_board

        rest = list(args)
        rest.remove("board")
        return run_board(rest)
    if wants_gui and not {"-h", "--help", "--version"} & set(args):
        from ui.app import run_gui

        return run_gui(args)
    from desk.cli import run

    return run(args)


# Options of the window (ours and Qt's) that take a value, so the value is not a command.
OPTIONS_WITH_VALUES = ("--data-dir", "--lang", "--screen", "-platform", "-style", "-stylesheet", "-display",
                       "-geometry", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon")


def _without_option_values(args: list[str]) -> list[str]:
    """Drop the values of options that take one, so `--data-dir D` is not a command."""
    out: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in OPTIONS_WITH_VALUES:
            skip = True
            continue
        out.append(arg)
    return out


if __name__ == "__main__":
    sys.exit(main())
