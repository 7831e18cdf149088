"""The house layout every printed document shares.

Each page carries the center's name and the document's title at the top (a sheet that
falls off the wall still says what it is) and "printed at · page X of Y" at the bottom,
so an outdated copy is easy to spot. Text is set in DeskSans through ``markup`` so rare
name characters print.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk.printing.fonts import (
    SANS,
    draw_string,
    fit_size,
    markup,
    register_fonts,
    string_width,
)
from desk.printing.wording import HOUSE

MARGIN = 15 * mm
FOOTER_BASELINE = 9 * mm
HEADER_SHADE = colors.HexColor("#E4E4E4")
RULE_GREY = colors.HexColor("#808080")


def stamp(moment: datetime) -> str:
    """How every printed document writes a date and time."""
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class DocumentHeader:
    center_name: str
    title: str
    subtitle: str = ""


@dataclass(frozen=True)
class HouseStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle


def house_styles(*, wall: bool = False) -> HouseStyles:
    """Paragraph styles on DeskSans; ``wall=True`` for sheets read from a metre away.

    16 pt body text is what a duty sheet needs to be read standing in front of it; papers
    held in the hand (roll call, statistics) use 12 pt so a table still fits across A4.
    """
    register_fonts()
    body_size = 16 if wall else 12
    cell_size = 14 if wall else 11

    def style(name: str, size: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=SANS,
            fontSize=size,
            leading=size * 1.3,
            wordWrap="CJK",  # Chinese breaks between any two characters
            **extra,
        )

    return HouseStyles(
        title=style("desk-title", 28 if wall else 20, alignment=TA_CENTER, spaceAfter=6),
        heading=style("desk-heading", 20 if wall else 15, spaceBefore=8, spaceAfter=4),
        body=style("desk-body", body_size, spaceAfter=4),
        small=style("desk-small", 12 if wall else 9, textColor=colors.HexColor("#404040")),
        cell=style("desk-cell", cell_size),
        cell_header=style("desk-cell-header", cell_size, alignment=TA_CENTER),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (escaped, rare characters handled)."""
    return Paragraph(markup(text), style)


def table(
    rows: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float],
    header: bool = True,
    *,
    styles: HouseStyles | None = None,
    center_columns: Iterable[int] = (),
) -> Table:
    """A gridded table; with ``header`` the first row is shaded and repeats on each page."""
    styles = styles or house_styles()
    centred = set(center_columns)
    cell_centre = ParagraphStyle("desk-cell-centre", parent=styles.cell, alignment=TA_CENTER)
    data: list[list[Flowable]] = []
    for index, row in enumerate(rows):
        is_header = header and index == 0
        cells: list[Flowable] = []
        for column, cell in enumerate(row):
            if not isinstance(cell, str):
                cells.append(cell)
                continue
            style = styles.cell_header if is_header else (
                cell_centre if column in centred else styles.cell
            )
            cells.append(para(cell, style))
        data.append(cells)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header and rows:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE))
    return Table(
        data,
        colWidths=list(col_widths),
        repeatRows=1 if header else 0,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


class SignOff(Flowable):
    """The duty officer's signature and date lines, with room for the center's stamp."""

    def __init__(self, size: float = 12) -> None:
        super().__init__()
        self.size = size
        self.height = 20 * mm  # the stamp is pressed over the line, not below it

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        baseline = 8 * mm
        x = 0.0
        for label, line_length in (
            (HOUSE["sign_off_duty"], 55 * mm),
            (HOUSE["sign_off_date"], 40 * mm),
        ):
            draw_string(canvas, x, baseline, label, size)
            x += string_width(label, size)
            canvas.setLineWidth(0.6)
            canvas.line(x, baseline - 2, x + line_length, baseline - 2)
            x += line_length + 8 * mm
        # The stamp goes over the right end; the label sits under where it lands.
        draw_string(canvas, self.width - 20 * mm, baseline, HOUSE["stamp"], size, "center")


def _numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until it knows how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _header_lines(header: DocumentHeader, height: float) -> tuple[list[tuple[str, float, float]], float]:
    """(text, size, baseline) of each heading line, and the y of the rule under them."""
    lines = [(header.center_name, 13, height - 14 * mm), (header.title, 20, height - 24 * mm)]
    if header.subtitle:
        lines.append((header.subtitle, 11, height - 31 * mm))
    return lines, lines[-1][2] - 4 * mm


def _draw_header(canvas: Canvas, header: DocumentHeader, width: float, height: float) -> None:
    usable = width - 2 * MARGIN
    lines, rule_y = _header_lines(header, height)
    for text, size, baseline in lines:
        draw_string(canvas, width / 2, baseline, text, fit_size(text, size, usable), "center")
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)


# Images (staff photos, QR codes) go into the PDF as binary streams: ASCII85 text
# encoding is for 7-bit channels we never use, and in pure Python it was the single
# slowest step of the duty sheet.
rl_config.useA85 = 0


def build_pdf(
    story: list[Flowable],
    *,
    header: DocumentHeader,
    pagesize: tuple[float, float] = A4,
    landscape: bool = False,
    printed_at: datetime,
    sign_off: bool = False,
    invariant: bool = False,
) -> bytes:
    """Lay the story out on house pages and return the PDF.

    ``invariant``: reportlab's invariant mode (no creation time, a fixed document id), so
    the same story and ``printed_at`` give the same bytes, as an issued report must. Set
    for this document only: reportlab's global ``rl_config.invariant`` would need a lock
    around every document the desk builds.
    """
    register_fonts()
    width, height = landscape_of(pagesize) if landscape else pagesize
    content_top = _header_lines(header, height)[1] - 4 * mm
    frame = Frame(
        MARGIN,
        FOOTER_BASELINE + 7 * mm,
        width - 2 * MARGIN,
        content_top - FOOTER_BASELINE - 7 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        _draw_header(canvas, header, width, height)
        canvas.restoreState()

    printed = stamp(printed_at)

    def draw_footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#404040"))
        text = HOUSE["footer"].format(printed=printed, page=page, pages=pages)
        draw_string(canvas, width / 2, FOOTER_BASELINE, text, 9, "center")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        title=header.title,
        author=header.center_name,
        creator="Desk",
        # Start in DeskSans: the default Helvetica would be listed as an unembedded font.
        initialFontName=SANS,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=height - content_top,
        bottomMargin=FOOTER_BASELINE + 7 * mm,
        invariant=1 if invariant else 0,
    )
    doc.addPageTemplates([PageTemplate(id="house", frames=[frame], onPage=on_page)])
    flowables = list(story)
    if sign_off:
        flowables.append(KeepTogether([Spacer(1, 5 * mm), SignOff()]))
    doc.build(flowables, canvasmaker=_numbered_canvas(draw_footer))
    return buffer.getvalue()
