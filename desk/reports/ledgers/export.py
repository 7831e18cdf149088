"""Exporting a ledger (台账) of a period to an xlsx file.

The rows are read in chunks inside one read transaction (one consistent snapshot, so the
count in the heading is the count of lines) and streamed into the file: a year of a busy
center's visits takes flat memory. The file is written beside the target under a
temporary name and renamed at the end, so a cancelled or failed export leaves neither
a half-written ledger nor a damaged older one behind.

Personal fields are masked unless an administrator asks for them in full; a full export
writes an audit line (who, which ledger, which period, how many lines) before the file
appears under its name. Meant to run off the GUI thread: ``progress(done, total)`` is
called after every chunk and ``cancel()`` is asked before each.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from db.engine import Store
from db.tables import Center
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import settings_in
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.reports.ledgers import wording
from desk.reports.ledgers.kinds import ledger_kind
from desk.reports.ledgers.sheet import HEADING_ROWS, SheetColumn, SheetLayout, write_ledger_sheet
from desk.reports.ledgers.sources import SOURCES, Reading, Source
from desk.reports.ledgers.templates import PORTRAIT, LedgerTemplate, template_in

CHUNK = 5000  # rows read, written and reported at a time
# Excel and WPS show at most 1,048,576 rows: the title, period and header rows and the
# totals row come on top of the lines.
MAX_LINES = 1_048_576 - HEADING_ROWS - 1
SKIPPED_COLUMN = "The template's column “{column}” no longer exists and was skipped."
_SHEET_TITLE_FORBIDDEN = str.maketrans({char: "" for char in "[]:*?/\\"})

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class LedgerResult:
    rows: int  # lines written (0 when cancelled)
    skipped_columns: tuple[str, ...]  # template columns this desk does not have
    path: Path | None  # None when cancelled
    cancelled: bool = False
    totals: dict[str, float | int] = field(default_factory=dict)  # column key -> the totals row's value

    @property
    def notices(self) -> list[tuple[str, dict[str, Any]]]:
        """What to tell the person besides "done": (English template, fields) pairs."""
        return [(SKIPPED_COLUMN, {"column": key}) for key in self.skipped_columns]


class _Cancelled(Exception):
    pass


def export_ledger(store: Store, clock: CenterClock, actor: Actor, kind: str, first: date, last: date,
                  out_path: str | os.PathLike[str], *, template: LedgerTemplate | None = None,
                  full_personal: bool = False, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> LedgerResult:
    """Write the ``kind`` ledger of the local days ``first``..``last`` to ``out_path`` (.xlsx).
    ``template``: the layout (default: the one in use for the ledger)."""
    ledger = ledger_kind(kind)
    if last < first:
        raise Refusal("The period ends ({last}) before it starts ({first}); check the dates.",
                      first=first.isoformat(), last=last.isoformat())
    if full_personal:
        actor.require_admin()
    target = Path(out_path)
    if target.suffix.lower() != ".xlsx":
        raise Refusal("A ledger is saved as an Excel .xlsx file, not {path}.", path=target.name)
    if not target.parent.is_dir():
        raise Refusal("The folder {folder} does not exist; choose another place to save the ledger.",
                      folder=str(target.parent))
    if template is not None and template.kind != ledger.key:
        raise Refusal("This template is for another ledger.")
    start, end = clock.day_bounds(first)[0], clock.day_bounds(last)[1]
    part = _part_path(target)
    try:
        with store.read() as session:
            connection = session.connection()
            template = template or template_in(settings_in(session), ledger.key)
            center = session.get(Center, 1)
            reading = Reading(clock.zone, masked=not full_personal, now=utcnow(),
                              center_name=center.name if center else "")
            source = SOURCES[ledger.key](reading, start, end)
            keys = tuple(key for key in template.columns if key in source.values)
            if not keys:
                raise Refusal("None of the columns of this ledger's template exists any more; an administrator "
                              "can go back to the desk's own layout and export again.")
            total = int(connection.execute(source.count).scalar() or 0)
            if total > MAX_LINES:
                raise Refusal("This ledger would have {rows} lines, more than a spreadsheet can hold ({most}); "
                              "export a shorter period, for example one month at a time.",
                              rows=total, most=MAX_LINES)
            layout = _layout(template, keys, reading.center_name, first, last, total, clock, full_personal)
            rows = _rows(connection, source, keys, total, progress, cancel)
            try:
                with _open_part(part) as out:
                    sheet = write_ledger_sheet(out, layout, rows)
            finally:
                rows.close()  # now, while its cursor's connection is open; not whenever it is collected
        if full_personal:
            with store.write() as session:
                record(session, actor, "ledger.export_full", entity="ledger", entity_id=ledger.key,
                       after={"ledger": ledger.title, "first": first.isoformat(), "last": last.isoformat(),
                              "rows": sheet.rows, "file": target.name},
                       detail=f"{ledger.title} {first.isoformat()}..{last.isoformat()}: {sheet.rows} rows "
                              f"with personal data in full")
        os.replace(part, target)
    except _Cancelled:
        _remove(part)
        return LedgerResult(0, template.unknown_columns() if template else (), None, cancelled=True)
    except OSError as error:
        _remove(part)
        raise _write_refusal(error, target) from None
    except BaseException:
        _remove(part)
        raise
    totals = {key: value for key, value in zip(keys, sheet.sums) if value is not None}
    return LedgerResult(sheet.rows, template.unknown_columns(), target, totals=totals)


def _layout(template: LedgerTemplate, keys: tuple[str, ...], center_name: str, first: date, last: date,
            total: int, clock: CenterClock, full_personal: bool) -> SheetLayout:
    ledger = template.ledger
    columns = []
    for key in keys:
        column = ledger.column(key)
        assert column is not None  # keys are the template's known columns
        columns.append(SheetColumn(template.header(key), column.width, column.number_format, column.total))
    subheading = wording.SHEET["period"].format(first=first.isoformat(), last=last.isoformat(), rows=total,
                                                exported=f"{clock.now():%Y-%m-%d %H:%M}")
    if full_personal:
        subheading += wording.SHEET["full_personal"]
    sheet_title = template.heading.translate(_SHEET_TITLE_FORBIDDEN).strip("'")[:31] or ledger.title
    return SheetLayout(sheet_title=sheet_title,
                       heading=wording.SHEET["heading"].format(center=center_name, title=template.heading),
                       subheading=subheading, columns=tuple(columns),
                       landscape=template.orientation != PORTRAIT,
                       totals_label=wording.SHEET["totals"], empty_text=wording.SHEET["empty"],
                       footer=wording.SHEET["footer"])


def _rows(connection: Connection, source: Source, keys: tuple[str, ...], total: int,
          progress: Progress | None, cancel: Cancel | None) -> Iterator[list[Any]]:
    """The cell values of each line, read CHUNK rows at a time.

    SQLAlchemy compiles the query and binds its parameters; the rows are then taken from
    its DBAPI cursor as plain tuples: SQLite steps through them as they are fetched, and
    skipping the Row objects saves a fifth of a year's export."""
    values = [source.values[key] for key in keys]
    done = 0
    result = connection.execute(source.rows)
    try:
        fetch = result.cursor.fetchmany
        while True:
            if cancel is not None and cancel():
                raise _Cancelled()
            chunk = fetch(CHUNK)
            if not chunk:
                break
            for row in chunk:
                yield [value(row) for value in values]
            done += len(chunk)
            if progress is not None:
                progress(done, max(total, done))
    finally:
        result.close()
    if progress is not None and done == 0:
        progress(0, total)


def _part_path(target: Path) -> Path:
    """A temporary name beside the target (same disk, so the rename is atomic)."""
    return target.with_name(f".{target.stem}.{secrets.token_hex(4)}.xlsx.part")


def _open_part(part: Path) -> IO[bytes]:
    # Created here, not by mkstemp, so the ledger gets the permissions any file saved there gets.
    return part.open("xb")


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # nothing more can be done about a file that cannot even be removed
        pass


def _write_refusal(error: OSError, target: Path) -> Refusal:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return Refusal("The disk is full: the ledger could not be saved as {path}. Nothing was saved; free "
                       "some space on the disk (or choose another drive) and export again.", path=target.name)
    if isinstance(error, PermissionError):
        return Refusal("The file {path} cannot be written: it may be open in Excel or WPS. Close it there "
                       "and export again.", path=target.name)
    return Refusal("The ledger could not be saved as {path}: {reason}. Nothing was saved.",
                   path=target.name, reason=error.strerror or str(error))
