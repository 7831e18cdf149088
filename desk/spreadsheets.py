"""Reading the spreadsheets centers already keep (xlsx, or CSV from Excel and WPS).

Shared by every import (staff, the service catalogue): a file becomes numbered lines of
text cells, whatever its encoding, and headers are compared the way people vary them.
Reading never writes; each import checks its own rows.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk.errors import Refusal

MAX_ROWS = 5000
MAX_FILE_BYTES = 20 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # a title line or two ("幸福社区工作人员名单") often sits above the headers

Table = list[tuple[int, list[str]]]  # (line number, cells as text)


def read_table(file: Path) -> Table:
    """The first sheet of an .xlsx, or a CSV in UTF-8, GBK or UTF-16, as lines of text cells."""
    suffix = file.suffix.lower()
    if suffix == ".xls":
        raise Refusal("{path} is an old Excel file (.xls). Open it in Excel or WPS and save it "
                      "as .xlsx or CSV, then import that.", path=file.name)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise Refusal("{path} is not a spreadsheet the desk can read; use an Excel .xlsx file "
                      "or a CSV file.", path=file.name)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise Refusal("The file {path} is too big to import; split it into smaller files.", path=file.name)
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(file)
        return _read_csv(file.read_bytes(), file.name)
    except FileNotFoundError:
        raise Refusal("The file {path} does not exist (was it moved or on a removed USB stick?).",
                      path=str(file)) from None
    except PermissionError:
        raise Refusal("The file {path} cannot be opened: it may be open in Excel or WPS. Close "
                      "it there and try again.", path=file.name) from None
    except OSError as error:
        raise Refusal("The file {path} cannot be read: {reason}.", path=file.name,
                      reason=error.strerror or str(error)) from None


def _read_xlsx(file: Path) -> Table:
    from openpyxl import load_workbook  # loads in a quarter second; only when importing
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(file, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError):
        raise Refusal("{path} is not an Excel file the desk can read (is it damaged, or "
                      "protected by a password?).", path=file.name) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        rows = ([_cell_text(value) for value in values] for values in sheet.iter_rows(values_only=True))
        return _collect(enumerate(rows, start=1))
    finally:
        book.close()


def _collect(lines: Iterable[tuple[int, list[str]]]) -> Table:
    """The lines up to one past the limit (enough to say "too many"), stopping early at a
    long run of blank lines: a sheet formatted down to row 1,048,576 is not read to the end."""
    table: Table = []
    filled = blank_run = 0
    for line, cells in lines:
        if any(cell.strip() for cell in cells):
            filled, blank_run = filled + 1, 0
            table.append((line, cells))
            if filled > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
        else:
            blank_run += 1
            if blank_run > 1000:
                break
    return table


def _read_csv(data: bytes, name: str) -> Table:
    text = _decode(data, name)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    # The delimiter the header line uses most (Excel writes ";" in some locales, "\t" as text).
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return _collect((reader.line_num, [cell.strip() for cell in cells]) for cells in reader)
    except csv.Error:
        raise Refusal("{path} is not a CSV file the desk can read.", path=name) from None


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refusal("{path} is not a spreadsheet the desk can read; use an Excel .xlsx file "
                      "or a CSV file.", path=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)  # Excel's "Unicode text"
    else:
        # UTF-8 (with or without BOM) first; GB18030 covers GBK, what Excel in China writes.
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise Refusal("The text of {path} is in an unknown encoding; save it from Excel as "
                  "\"CSV UTF-8\" and try again.", path=name)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phones typed as numbers come back as 13800138000.0
    return str(value).strip()


def find_header(file: Path, table: Table, lookup: dict[str, str],
                required: set[str]) -> tuple[int, dict[int, str], list[str]] | None:
    """The header line among the first few: its index in ``table``, column → field name (from
    ``lookup``, by ``header_key``; the first column of a field wins) and the headers nobody
    reads, shown so a misspelt column is noticed. None when no line has all ``required``
    fields: each import says in its own words which columns it needs."""
    if not table:
        raise Refusal("The file {path} is empty.", path=file.name)
    for index, (_, cells) in enumerate(table[:HEADER_SEARCH_ROWS]):
        mapping: dict[int, str] = {}
        ignored: list[str] = []
        for column, cell in enumerate(cells):
            name = lookup.get(header_key(cell))
            if name is not None and name not in mapping.values():
                mapping[column] = name
            elif cell.strip():
                ignored.append(cell.strip())
        if required <= set(mapping.values()):
            return index, mapping, ignored
    return None


def pick(cells: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """A line's cells by field name; a short line's missing cells are empty."""
    return {name: cells[column].strip() if column < len(cells) else ""
            for column, name in mapping.items()}


def header_key(text: str) -> str:
    """A header or a kind as people vary it: 姓名*, 姓 名, 姓名（必填）, Full Name."""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"\(.*?\)|\*", "", text)
    return re.sub(r"\s+", "", text)


def fold(name: str) -> str:
    """A name as compared: 张三 and ＺＨＡＮＧ三 alike, case and full-width folded."""
    return unicodedata.normalize("NFKC", name).strip().casefold()
