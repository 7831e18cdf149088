"""What the commands that write a document share: `desk print ...`, `desk export ical`, `desk report month`.

Each one reads what it shows from the desk, closes the desk, then draws the file: the
desk is open only while reading, and a bad date or a name the desk does not know is a
usage error (exit 2) with no file written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from desk.cli import UsageError, resolve_data_dir
from desk.context import DeskContext, open_desk
from desk.errors import DeskError, Refusal

# What a document says at the top when the desk has not been set up yet.
FALLBACK_CENTER_NAME = "Desk"

Contents = TypeVar("Contents")


def parse_day(text: str | None, option: str) -> date | None:
    """The date given with ``option``; None when it was not given."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} must be a date like 2026-11-21, not {text!r}.") from None


@contextmanager
def opened_desk(args: argparse.Namespace, *, refusals_are_usage: bool = False) -> Iterator[DeskContext]:
    """The desk of --data-dir, closed again however the block ends.

    With ``refusals_are_usage`` a Refusal inside the block is a usage error (exit 2): the
    command line named something the desk does not have (a room, a request, a version).
    """
    desk = open_desk(resolve_data_dir(args))
    try:
        yield desk
    except Refusal as error:
        if refusals_are_usage:
            raise UsageError(error.message) from error
        raise
    finally:
        desk.close()


def center_name(desk: DeskContext) -> str:
    """The center's name for a document that reads only the name (test page, roll call)."""
    row = desk.center_row()
    return row.name if row else FALLBACK_CENTER_NAME


def with_center_name(sheet: Any) -> Any:
    """A sheet read from a desk not set up yet names FALLBACK_CENTER_NAME at its top."""
    return sheet if sheet.center_name else replace(sheet, center_name=FALLBACK_CENTER_NAME)


def write_file(out: str, data: bytes) -> Path:
    path = Path(out).expanduser()
    try:
        path.write_bytes(data)
    except OSError as error:
        raise DeskError("Could not write {path}: {reason}", path=str(path), reason=error.strerror or str(error)) from error
    return path


def print_document(args: argparse.Namespace, read: Callable[[DeskContext, date], Contents],
                   render: Callable[..., bytes] | None = None, *, day_option: str | None = None,
                   refusals_are_usage: bool = False) -> Contents:
    """Write a `desk print` document to --out and name the file on stdout; returns what was read.

    ``read(desk, day)`` gathers the document's contents while the desk is open: ``day`` is the
    date given with ``day_option`` ("--date", "--week": read from the option of that name),
    else today. The desk is closed before ``render(contents, printed_at=...)`` draws the PDF;
    without ``render``, ``read`` drew it itself (the builders that need the open desk). Contents with a ``center_name`` get
    FALLBACK_CENTER_NAME when the desk is not set up yet.
    """
    wanted = parse_day(getattr(args, day_option.removeprefix("--")), day_option) if day_option else None
    with opened_desk(args, refusals_are_usage=refusals_are_usage) as desk:
        contents = read(desk, wanted or desk.clock.today())
        printed_at = desk.clock.now()
    if hasattr(contents, "center_name"):
        contents = with_center_name(contents)
    pdf = contents if render is None else render(contents, printed_at=printed_at)
    print(write_file(args.out, pdf))
    return contents
