"""Writing a ledger's xlsx file: openpyxl lays out the workbook, the rows stream into it.

openpyxl's write-only mode still makes a cell object for every value and serialises it
through ElementTree: some 70 µs for a row of ten cells on a desk PC, well over a minute
for a year of a busy center's visits (bench/ledgers.py measures it beside the ledger).
So openpyxl builds the workbook — styles, column widths, the frozen header, print
setup, the title and header rows — with one marker row where the data belongs, and
saves it (a few kB, in memory). Then the zip is copied to the target and, in the
worksheet, the marker row is replaced by the data rows, written as sheet XML straight
into the compressed stream with the style ids openpyxl registered for each column: the
same cells openpyxl writes (inline strings, numbers, dates as serial numbers), about ten
times faster, in memory that does not grow with the rows.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import IO, Any

from desk.reports.ledgers.kinds import DATE, HOURS, MOMENT, TEXT, TIME, WHOLE

_MARKER = "desk-ledger-rows-go-here"
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = " \t\n\r"
_CENTERED = {WHOLE, HOURS, DATE, TIME, MOMENT}  # numbers, dates and times sit in the middle of their cells
HEADING_ROWS = 3  # title, period line, column headers: the data starts on row 4


@dataclass(frozen=True)
class SheetColumn:
    header: str
    width: float
    number_format: str
    total: bool = False


@dataclass(frozen=True)
class SheetLayout:
    sheet_title: str  # the tab's name (at most 31 characters, no []:*?/\)
    heading: str  # row 1, large: 幸福社区党群服务中心来访登记台账
    subheading: str  # row 2: the period, the count, when it was exported
    columns: tuple[SheetColumn, ...]
    totals_label: str  # 合计
    empty_text: str  # 本期无记录: the one line of a ledger with no records
    footer: str  # on every printed page; &P is the page number, &N the number of pages
    landscape: bool = True


@dataclass(frozen=True)
class SheetTotals:
    rows: int
    sums: tuple[float | int | None, ...]  # per column; None where the column is not added up


def write_ledger_sheet(out: IO[bytes], layout: SheetLayout, rows: Iterable[Sequence[Any]]) -> SheetTotals:
    """Write the workbook to ``out`` (a binary file open for writing), pulling ``rows`` as
    it goes. Each row holds one value per column: str, int, float, date, time, naive
    local datetime or None. Whatever ``rows`` raises (a cancel) propagates unchanged."""
    skeleton, styles = _skeleton(layout)
    with zipfile.ZipFile(io.BytesIO(skeleton)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        sheet_name = next(name for name in source.namelist() if name.startswith("xl/worksheets/sheet"))
        totals = SheetTotals(0, ())
        for info in source.infolist():
            if info.filename != sheet_name:
                target.writestr(info, source.read(info.filename))
                continue
            xml = source.read(info.filename).decode("utf-8")
            head, tail = _split_at_marker(xml)
            # Opened by name, so it gets the archive's quick compression level: the sheet is
            # almost all of the file, and level 1 deflates it three times as fast as the
            # default, for a file about a third larger.
            with target.open(info.filename, "w", force_zip64=True) as stream:
                stream.write(head.encode("utf-8"))
                totals = _stream_rows(stream, layout, styles, rows)
                stream.write(tail.encode("utf-8"))
    return totals


@dataclass(frozen=True)
class _Styles:
    data: tuple[int, ...]  # per column
    total: tuple[int, ...]
    label: int
    empty: int


def _column_letter(index: int) -> str:
    """A, B, ... Z, AA, ... for the 1-based column ``index``."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _skeleton(layout: SheetLayout) -> tuple[bytes, _Styles]:
    # openpyxl takes a quarter of a second to load: only when a ledger is exported, not
    # whenever the export dialog's module is imported.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.worksheet import Worksheet

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=layout.sheet_title)
    count = len(layout.columns)
    last = _column_letter(count)
    for index, column in enumerate(layout.columns, start=1):
        sheet.column_dimensions[_column_letter(index)].width = column.width
    sheet.freeze_panes = f"A{HEADING_ROWS + 1}"
    sheet.print_title_rows = f"{HEADING_ROWS}:{HEADING_ROWS}"
    sheet.page_setup.orientation = "landscape" if layout.landscape else "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = layout.footer
    if count > 1:
        sheet.merged_cells.add(f"A1:{last}1")
        sheet.merged_cells.add(f"A2:{last}2")
    sheet.row_dimensions[1].height = 28
    sheet.row_dimensions[HEADING_ROWS].height = 30

    def cell(value: Any = None, **style: Any) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet, value=value)
        for name, setting in style.items():
            setattr(made, name, setting)
        return made

    sheet.append([cell(layout.heading, font=Font(bold=True, size=16),
                       alignment=Alignment(horizontal="center", vertical="center"))])
    sheet.append([cell(layout.subheading, alignment=Alignment(horizontal="left"))])
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    sheet.append([cell(column.header, font=Font(bold=True), fill=header_fill, border=border,
                       alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
                  for column in layout.columns])
    sheet.append([_MARKER])

    def style_id(number_format: str, bold: bool = False) -> int:
        align = Alignment(horizontal="center" if number_format in _CENTERED else "left", vertical="center")
        return cell(number_format=number_format, border=border, alignment=align,
                    font=Font(bold=bold)).style_id

    styles = _Styles(
        data=tuple(style_id(column.number_format) for column in layout.columns),
        total=tuple(style_id(column.number_format, bold=True) for column in layout.columns),
        label=style_id(TEXT, bold=True),
        empty=cell(alignment=Alignment(horizontal="left")).style_id,
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), styles


def _split_at_marker(xml: str) -> tuple[str, str]:
    at = xml.index(_MARKER)
    start = xml.rindex("<row", 0, at)
    end = xml.index("</row>", at) + len("</row>")
    return xml[:start], xml[end:]


def _escape(text: str) -> str:
    return _NOT_XML.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(value: Any) -> str:
    """A number, date, time or naive datetime as the number Excel stores."""
    kind = type(value)
    if kind is int or kind is float:
        return repr(value)
    if kind is datetime:
        return repr(value.toordinal() - _EXCEL_EPOCH
                    + (value.hour * 3600 + value.minute * 60 + value.second) / 86400)
    if kind is date:
        return str(value.toordinal() - _EXCEL_EPOCH)
    if kind is time:
        return repr((value.hour * 3600 + value.minute * 60 + value.second) / 86400)
    raise TypeError(f"a ledger cell cannot hold {kind.__name__}")


def _cell(ref: str, style: int, value: Any) -> str:
    """One cell, the plain way (the heading-less rows: totals, "no records")."""
    if value is None or value == "":
        return f'<c r="{ref}" s="{style}"/>'
    if isinstance(value, str):
        return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{_escape(value)}</t></is></c>'
    return f'<c r="{ref}" s="{style}"><v>{_number(value)}</v></c>'


def _stream_rows(stream: IO[bytes], layout: SheetLayout, styles: _Styles,
                 rows: Iterable[Sequence[Any]]) -> SheetTotals:
    count = len(layout.columns)
    # '<c r="B' + row number + '" s="7"': each cell's opening, split around the row number.
    openings = tuple(f'<c r="{_column_letter(index + 1)}' for index in range(count))
    style_attributes = tuple(f'" s="{style}"' for style in styles.data)
    heads = tuple(zip(openings, style_attributes))
    adding = tuple(index for index, column in enumerate(layout.columns) if column.total)
    sums: list[float | int] = [0] * count
    number = HEADING_ROWS
    batch: list[str] = []
    for values in rows:
        number += 1
        row = str(number)
        for index in adding:
            value = values[index]
            if type(value) is int or type(value) is float:
                sums[index] += value
        # The common cell types inline: this loop runs ten million times for a year of visits.
        cells = [f'<row r="{row}">']
        for (opening, style), value in zip(heads, values):
            kind = type(value)
            if kind is str and value:
                if _NEEDS_ESCAPE.search(value):
                    value = _escape(value)
                if value[0] in _SPACES or value[-1] in _SPACES:
                    cells.append(f'{opening}{row}{style} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>')
                else:
                    cells.append(f'{opening}{row}{style} t="inlineStr"><is><t>{value}</t></is></c>')
            elif kind is int:
                cells.append(f"{opening}{row}{style}><v>{value}</v></c>")
            elif value is None or kind is str:
                cells.append(f"{opening}{row}{style}/>")
            else:
                cells.append(f"{opening}{row}{style}><v>{_number(value)}</v></c>")
        cells.append("</row>")
        batch.append("".join(cells))
        if len(batch) >= 500:
            stream.write("".join(batch).encode("utf-8"))
            batch.clear()
    written = number - HEADING_ROWS
    number += 1
    if written == 0:
        batch.append(f'<row r="{number}">{_cell(f"A{number}", styles.empty, layout.empty_text)}</row>')
        stream.write("".join(batch).encode("utf-8"))
        return SheetTotals(0, tuple(None for _ in layout.columns))
    totals = tuple(_rounded(sums[index]) if index in adding else None for index in range(count))
    if adding:
        label_at = next((index for index in range(count) if index not in adding), None)
        cells = []
        for index in range(count):
            letter = _column_letter(index + 1)
            if index == label_at:
                cells.append(_cell(f"{letter}{number}", styles.label, layout.totals_label))
            else:
                cells.append(_cell(f"{letter}{number}", styles.total[index], totals[index]))
        batch.append(f'<row r="{number}">{"".join(cells)}</row>')
    stream.write("".join(batch).encode("utf-8"))
    return SheetTotals(written, totals)


def _rounded(value: float | int) -> float | int:
    return round(value, 2) if isinstance(value, float) else value
