"""A ruled table drawn straight onto the canvas, for sheets with many short cells.

reportlab's platypus ``Table`` lays every cell out as a Paragraph and re-measures the
whole table each time it splits; for a duty sheet of a hundred-odd names, times and
phones that was five times the cost of the rest of the document. ``Grid`` measures each
cell once, wraps text itself (Chinese between any two characters, Latin words and digit
groups kept whole, closing punctuation never starting a line), and draws text, shading
and rules in a few canvas calls.

The rows come in ``Block``s, the unit that is kept on one page: on a duty sheet a post
with its duty lines, whose post name and A/B cells span the block's rows. A block taller
than a whole page is split between its rows, its spanning cells repeated on both parts.
The header block repeats at the top of every page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from desk.printing.fonts import TextWriter, string_width

LEADING = 1.25  # line height as a multiple of the largest type on the line
BASELINE = 0.3  # the baseline's height above the line's bottom, as a multiple of the size
RULE_WIDTH = 0.6
# A line may not start with these (标点挤压 / 行首禁则): they hang at the end of the
# line before, inside the cell's padding.
NO_LINE_START = frozenset("，。、；：？！）》」』】〉”’,.;:?!)%")
# Nor end with these: an opening bracket goes down with what it opens.
NO_LINE_END = frozenset("（《「『【〈“‘(")
# A Latin word, a number or a phone group moves to the next line whole.
_TOKEN = re.compile(r"[A-Za-z0-9@#&+\-_.:/()%]+|\s+|.", re.S)


class Run(NamedTuple):
    """Text at one size and colour; a paragraph is a sequence of runs."""

    text: str
    size: float
    colour: Color | None = None


Runs = tuple[Run, ...]  # one paragraph: a line that may wrap


# Tuples rather than dataclasses: a sheet makes a few hundred of each, and a frozen
# dataclass costs several times as much to build.
class Cell(NamedTuple):
    """One cell's paragraphs; ``rows``/``columns`` > 1 make it span."""

    paragraphs: tuple[Runs, ...]
    row: int = 0
    column: int = 0
    rows: int = 1
    columns: int = 1
    align: Literal["left", "center"] = "center"
    shade: Color | None = None


def text_cell(text: str, size: float, *, colour: Color | None = None, row: int = 0, column: int = 0,
              rows: int = 1, columns: int = 1, align: Literal["left", "center"] = "center") -> Cell:
    """A cell of plain text, one paragraph per line of ``text``."""
    paragraphs = tuple((Run(line, size, colour),) for line in text.split("\n"))
    return Cell(paragraphs, row, column, rows, columns, align)


@dataclass
class Block:
    """Rows kept together on one page, with the cells placed on them."""

    rows: int
    cells: list[Cell] = field(default_factory=list)


@dataclass(frozen=True)
class Padding:
    top: float = 3
    bottom: float = 4
    side: float = 3


# -- text layout ---------------------------------------------------------------------------


class _Line(NamedTuple):
    runs: tuple[Run, ...]
    width: float
    height: float
    size: float  # the largest type on the line: where its baseline sits


def _line(runs: list[Run], width: float) -> _Line:
    size = max(run.size for run in runs)
    return _Line(tuple(runs), width, size * LEADING, size)


def _pieces(paragraph: list[Run]) -> list[Run]:
    """The paragraph cut where a line may break, each piece keeping its run's look."""
    pieces: list[Run] = []
    for run in paragraph:
        pieces.extend(Run(token, run.size, run.colour) for token in _TOKEN.findall(run.text))
    return pieces


def _too_wide(piece: Run, width: float) -> list[Run]:
    """A token wider than the whole line (a long serial number), cut between characters."""
    out: list[Run] = []
    current = ""
    for char in piece.text:
        if current and string_width(current + char, piece.size) > width:
            out.append(piece._replace(text=current))
            current = ""
        current += char
    if current:
        out.append(piece._replace(text=current))
    return out


def _merge(runs: list[Run]) -> list[Run]:
    """Neighbouring pieces of the same look drawn as one string: fewer canvas calls."""
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].size == run.size and merged[-1].colour == run.colour:
            merged[-1] = merged[-1]._replace(text=merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


def wrap(paragraph: Runs, width: float) -> list[_Line]:
    """The paragraph broken into lines no wider than ``width`` (closing punctuation aside)."""
    runs = [run for run in paragraph if run.text]
    if not runs:
        return []
    whole = sum(string_width(run.text, run.size) for run in runs)
    if whole <= width:
        return [_line(runs, whole)]
    lines: list[_Line] = []
    current: list[Run] = []
    used = 0.0
    queue = _pieces(runs)
    queue.reverse()  # popped from the end
    while queue:
        piece = queue.pop()
        piece_width = string_width(piece.text, piece.size)
        if not current and piece.text.isspace():
            continue  # a break swallows the space it happens at
        if current and used + piece_width > width and piece.text[0] not in NO_LINE_START:
            while current and current[-1].text.isspace():  # nor does a line end in its space
                space = current.pop()
                used -= string_width(space.text, space.size)
            carried: list[Run] = []
            while len(current) > 1 and current[-1].text[-1] in NO_LINE_END:
                carried.insert(0, current.pop())
            used -= sum(string_width(run.text, run.size) for run in carried)
            lines.append(_line(_merge(current), used))
            current, used = carried, sum(string_width(run.text, run.size) for run in carried)
            if piece.text.isspace():
                continue
        if not current and piece_width > width and len(piece.text) > 1:
            queue.extend(reversed(_too_wide(piece, width)))
            continue
        current.append(piece)
        used += piece_width
    if current:
        lines.append(_line(_merge(current), used))
    return lines


# -- measured cells and blocks ---------------------------------------------------------------


class _Laid(NamedTuple):
    cell: Cell
    lines: tuple[_Line, ...]
    height: float  # with padding


@dataclass(frozen=True)
class _MeasuredBlock:
    block: Block
    laid: tuple[_Laid, ...]
    heights: tuple[float, ...]  # of each row

    @property
    def height(self) -> float:
        return sum(self.heights)


def _measure(block: Block, widths: Sequence[float], padding: Padding, min_row: float) -> _MeasuredBlock:
    laid = []
    for cell in block.cells:
        width = sum(widths[cell.column:cell.column + cell.columns]) - 2 * padding.side
        lines = tuple(line for paragraph in cell.paragraphs for line in wrap(paragraph, width))
        laid.append(_Laid(cell, lines, padding.top + sum(line.height for line in lines) + padding.bottom))
    heights = [min_row] * block.rows
    for item in laid:
        if item.cell.rows == 1:
            heights[item.cell.row] = max(heights[item.cell.row], item.height)
    for item in laid:
        first, count = item.cell.row, item.cell.rows
        if count > 1:
            short = item.height - sum(heights[first:first + count])
            if short > 0:  # a tall spanning cell shares its extra height among its rows
                for row in range(first, first + count):
                    heights[row] += short / count
    return _MeasuredBlock(block, tuple(laid), tuple(heights))


def _split_block(measured: _MeasuredBlock, room: float) -> tuple[Block, Block] | None:
    """The block cut after the last row that fits in ``room``; spanning cells go on both parts."""
    used, fits = 0.0, 0
    for height in measured.heights:
        if used + height > room:
            break
        used += height
        fits += 1
    if fits == 0 or fits == measured.block.rows:
        return None
    top, bottom = Block(fits), Block(measured.block.rows - fits)
    for cell in measured.block.cells:
        last = cell.row + cell.rows  # one past
        if cell.row < fits:
            top.cells.append(cell._replace(rows=min(last, fits) - cell.row))
        if last > fits:
            start = max(cell.row, fits)
            bottom.cells.append(cell._replace(row=start - fits, rows=last - start))
    return top, bottom


# -- the flowable ----------------------------------------------------------------------------


class Grid(Flowable):
    """A ruled table of ``Block``s under a repeating ``header`` block."""

    def __init__(self, widths: Sequence[float], header: Block | None, blocks: Sequence[Block], *,
                 padding: Padding = Padding(), header_shade: Color = colors.HexColor("#E4E4E4"),
                 min_row_height: float = 0.0) -> None:
        super().__init__()
        self.widths = tuple(widths)
        self.padding = padding
        self.header_shade = header_shade
        self.min_row_height = min_row_height
        self.header = self._measured(header, shade=True) if header is not None else None
        self.blocks = [self._measured(block) for block in blocks]

    @classmethod
    def _of_measured(cls, template: Grid, blocks: list[_MeasuredBlock]) -> Grid:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.widths, part.padding = template.widths, template.padding
        part.header_shade, part.min_row_height = template.header_shade, template.min_row_height
        part.header, part.blocks = template.header, blocks
        return part

    def _measured(self, block: Block, *, shade: bool = False) -> _MeasuredBlock:
        if shade:
            block = Block(block.rows, [cell._replace(shade=cell.shade or self.header_shade)
                                       for cell in block.cells])
        return _measure(block, self.widths, self.padding, self.min_row_height)

    @property
    def _header_height(self) -> float:
        return self.header.height if self.header is not None else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._header_height + sum(block.height for block in self.blocks)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._header_height
        taken: list[_MeasuredBlock] = []
        for block in self.blocks:
            if block.height > room:
                break
            taken.append(block)
            room -= block.height
        rest = self.blocks[len(taken):]
        if not rest:
            return [self]
        if not taken:
            # Nothing fits here. A block that would fit on a fresh page goes there whole;
            # only one taller than a page is cut between its rows.
            frame = getattr(self, "_frame", None)
            full_page = (frame._aH if frame is not None else available_height) - self._header_height
            if rest[0].height <= full_page:
                return []
            parts = _split_block(rest[0], room)
            if parts is None:
                return []
            top, bottom = (self._measured(part) for part in parts)
            return [Grid._of_measured(self, [top]), Grid._of_measured(self, [bottom, *rest[1:]])]
        return [Grid._of_measured(self, taken), Grid._of_measured(self, rest)]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        rules = canvas.beginPath()
        writer = TextWriter(canvas)
        for block in ([self.header] if self.header is not None else []) + self.blocks:
            self._draw_block(block, top, rules, writer)
            top -= block.height
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(RULE_WIDTH)
        canvas.drawPath(rules, stroke=1, fill=0)
        writer.close()  # text last: over the shading

    def _draw_block(self, block: _MeasuredBlock, top: float, rules, writer: TextWriter) -> None:  # noqa: ANN001
        canvas = self.canv
        row_tops = [top]
        for height in block.heights:
            row_tops.append(row_tops[-1] - height)
        column_lefts = [0.0]
        for width in self.widths:
            column_lefts.append(column_lefts[-1] + width)
        for item in block.laid:
            cell = item.cell
            x0, x1 = column_lefts[cell.column], column_lefts[cell.column + cell.columns]
            y1, y0 = row_tops[cell.row], row_tops[cell.row + cell.rows]
            if cell.shade is not None:
                canvas.setFillColor(cell.shade)
                canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
            rules.rect(x0, y0, x1 - x0, y1 - y0)
            self._draw_text(item, x0, x1, (y0 + y1) / 2, writer)

    def _draw_text(self, item: _Laid, left: float, right: float, middle: float, writer: TextWriter) -> None:
        """The cell's lines, centred vertically in the cell."""
        text_height = sum(line.height for line in item.lines)
        line_top = middle + text_height / 2
        for line in item.lines:
            baseline = line_top - line.height + line.size * BASELINE
            if item.cell.align == "center":
                x = (left + right - line.width) / 2
            else:
                x = left + self.padding.side
            writer.start_line(x, baseline)
            for run in line.runs:
                writer.write(run.text, run.size, run.colour or colors.black)
            line_top -= line.height
