"""The service list poster (服务清单): what the center does for residents, by category.

A wall poster on A4 or A3 portrait. Every active item of the catalogue (retired ones
are not in the snapshot) with what a resident needs to know before coming: who may ask
and what to bring (cut short — the desk has the full wording), the promised time limit
(服务定效), the post that answers for it with its A/B staff, the place and hours, and the
fee. Each category is one ruled table whose heading row and column headings repeat at
the top of every page it runs onto, and an item row is never cut between pages.

The version of the catalogue it was printed from and the print date stand under the
title on every page, so an outdated copy on the wall is recognisable. A QR code takes a
phone to the center's public information (the ``public_info_url`` setting), or, with no
address set, carries the center's name, address and supervision phone as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.errors import Refusal
from desk.printing.document import MARGIN, DocumentHeader, build_pdf, house_styles, para
from desk.printing.duty_sheet import chinese_date
from desk.printing.fonts import TextWriter
from desk.printing.grid import BASELINE, Block, Cell, Grid, Padding, Run, Runs, text_cell, wrap
from desk.text import format_phone
from desk.printing.wording import NUMERALS, SERVICE_LIST
from desk.services.items import CatalogueSnapshot, ItemInfo

PAPER = {"A4": A4, "A3": A3}
# 办理对象及所需材料, 服务时限, 责任岗位, 办理地点及时间, 收费: shares of the width (the
# item's name has a row of its own above them).
COLUMN_SHARES = (58, 24, 40, 44, 14)
# Type on A4, read from a metre away; A3 scales everything by its wider page.
NAME_SIZE = 12.5
TEXT_SIZE = 10.5
SMALL_SIZE = 9.5
HEADING_SIZE = 15
LEAD_SIZE = 12
# Eligibility and materials are cut after this many characters: a poster row, not a form.
SHORT_CHARS = 42
QR_SIDE = 30 * mm
GREY = colors.HexColor("#404040")
CATEGORY_SHADE = colors.HexColor("#C8C8C8")
COLUMN_SHADE = colors.HexColor("#E4E4E4")
NAME_SHADE = colors.HexColor("#F2F2F2")


@dataclass(frozen=True)
class CenterFacts:
    """What every public document says about the center."""

    name: str
    address: str = ""
    supervision_phone: str = ""
    public_info_url: str = ""


def center_facts(desk, fallback_name: str = "Desk") -> CenterFacts:  # noqa: ANN001 - a DeskContext
    row = desk.center_row()
    url = str(desk.center.settings()["public_info_url"] or "").strip()
    if row is None:
        return CenterFacts(fallback_name, public_info_url=url)
    # As people write it (010-87654321), the way the duty sheet and the board show it.
    return CenterFacts(row.name or fallback_name, row.address, format_phone(row.supervision_phone), url)


def paper_size(size: str) -> tuple[float, float]:
    found = PAPER.get(size.strip().upper())
    if found is None:
        raise Refusal("The service list prints on A4 or A3, not {size}.", size=size)
    return found


def shorten(text: str, limit: int = SHORT_CHARS) -> str:
    """One line of a longer text: lines joined, cut at ``limit`` characters with an ellipsis."""
    parts = [part.strip() for part in text.replace("\r", "\n").split("\n")]
    joined = SERVICE_LIST["joiner"].join(part for part in parts if part)
    if len(joined) <= limit:
        return joined
    return joined[:limit - 1].rstrip("，、；。,; ") + SERVICE_LIST["ellipsis"]


def chinese_numeral(number: int) -> str:
    """1 → 一, 11 → 十一, 23 → 二十三: how a poster numbers its sections."""
    if number <= 10:
        return NUMERALS[number]
    tens, ones = divmod(number, 10)
    return (NUMERALS[tens] if tens > 1 else "") + NUMERALS[10] + (NUMERALS[ones] if ones else "")


def qr_payload(center: CenterFacts) -> str:
    if center.public_info_url:
        return center.public_info_url
    return SERVICE_LIST["qr_text"].format(name=center.name, address=center.address or SERVICE_LIST["none"],
                                          phone=center.supervision_phone or SERVICE_LIST["none"])


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's modules with its 4-module quiet zone (error correction M)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas, modules: list[list[bool]], x: float, y: float, side: float) -> None:  # noqa: ANN001
    """The modules as filled rectangles (vector: sharp at any printer resolution).

    A run of dark modules along a row is one rectangle, a few hundred instead of a
    thousand or more.
    """
    step = side / len(modules)
    path = canvas.beginPath()
    for row, line in enumerate(modules):
        top = y + side - (row + 1) * step
        start = None
        for column, dark in enumerate([*line, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                path.rect(x + start * step, top, (column - start) * step, step)
                start = None
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class Masthead(Flowable):
    """Text paragraphs on the left and the QR code with its caption on the right."""

    def __init__(self, paragraphs: Sequence[Runs], modules: list[list[bool]], caption: str, *,
                 scale: float) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.modules = modules
        self.caption = caption
        self.side = QR_SIDE * scale
        self.caption_size = SMALL_SIZE * scale
        self.gap = 6 * mm * scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        text_width = available_width - self.side - self.gap
        self.lines = [line for paragraph in self.paragraphs for line in wrap(paragraph, text_width)]
        self.caption_lines = wrap((Run(self.caption, self.caption_size),), self.side + self.gap)
        qr_height = self.side + sum(line.height for line in self.caption_lines)
        self.height = max(qr_height, sum(line.height for line in self.lines))
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        writer = TextWriter(canvas)
        top = self.height
        for line in self.lines:
            top -= line.height
            writer.start_line(0, top + line.size * BASELINE)
            for run in line.runs:
                writer.write(run.text, run.size, run.colour or colors.black)
        qr_left = self.width - self.side
        draw_qr(canvas, self.modules, qr_left, self.height - self.side, self.side)
        top = self.height - self.side
        for line in self.caption_lines:
            top -= line.height
            writer.start_line(qr_left + (self.side - line.width) / 2, top + line.size * BASELINE)
            for run in line.runs:
                writer.write(run.text, run.size, run.colour or GREY)
        writer.close()


# -- the tables ----------------------------------------------------------------------------


class _Sizes:
    def __init__(self, scale: float) -> None:
        self.name, self.text, self.small = NAME_SIZE * scale, TEXT_SIZE * scale, SMALL_SIZE * scale
        self.heading, self.lead = HEADING_SIZE * scale, LEAD_SIZE * scale


def _who(item: ItemInfo, sizes: _Sizes) -> tuple[Runs, ...]:
    lines: list[Runs] = []
    for key, text in (("who", item.eligibility), ("bring", item.materials)):
        if text.strip():
            label, _, _ = SERVICE_LIST[key].partition("{text}")
            lines.append((Run(label, sizes.text, GREY), Run(shorten(text), sizes.text)))
    return tuple(lines) or ((Run(SERVICE_LIST["none"], sizes.text),),)


def _post(item: ItemInfo, sizes: _Sizes) -> tuple[Runs, ...]:
    """The post, and its A and B on one line under it."""
    if not item.post:
        return ((Run(SERVICE_LIST["none"], sizes.text),),)
    ab: list[Run] = []
    for key, name in (("holder", item.holder), ("backup", item.backup)):
        if name:
            label, _, _ = SERVICE_LIST[key].partition("{name}")
            if ab:
                ab.append(Run("\u3000", sizes.small))  # an ideographic space: the line may break there
            ab += [Run(label, sizes.small, GREY), Run(name, sizes.small)]
    return ((Run(item.post, sizes.text),), tuple(ab)) if ab else ((Run(item.post, sizes.text),),)


def _place(item: ItemInfo, sizes: _Sizes) -> tuple[Runs, ...]:
    lines: list[Runs] = []
    if item.place:
        lines.append((Run(item.place, sizes.small),))
    if item.hours:
        lines.append((Run(item.hours, sizes.small, GREY),))
    return tuple(lines) or ((Run(SERVICE_LIST["none"], sizes.text),),)


def fee_text(fee: str) -> str:
    clean = fee.strip()
    return clean if clean else SERVICE_LIST["free"]


def _item_block(number: int, item: ItemInfo, sizes: _Sizes) -> Block:
    """The item's name on a row of its own over its details.

    A name is what a resident scans the wall for, and a row of its own keeps it whole:
    beside other cells, a long name wrapped onto two lines reads interleaved with its
    neighbours when the PDF's text is searched or copied.
    """
    name = SERVICE_LIST["item"].format(number=number, name=item.name)
    return Block(2, [
        Cell(((Run(name, sizes.name),),), row=0, column=0, columns=len(COLUMN_SHARES), align="left",
             shade=NAME_SHADE),
        Cell(_who(item, sizes), row=1, column=0, align="left"),
        text_cell(item.time_limit, sizes.text, row=1, column=1),
        Cell(_post(item, sizes), row=1, column=2),
        Cell(_place(item, sizes), row=1, column=3, align="left"),
        text_cell(fee_text(item.fee), sizes.text, row=1, column=4),
    ])


def _heading_block(number: int, name: str, count: int, sizes: _Sizes) -> Block:
    """The category's name over the column headings: both repeat on every page it runs onto."""
    heading = SERVICE_LIST["category"].format(number=chinese_numeral(number), name=name, count=count)
    keys = ("col_who", "col_limit", "col_post", "col_place", "col_fee")
    cells = [Cell(((Run(heading, sizes.heading),),), row=0, column=0, columns=len(keys), align="left",
                  shade=CATEGORY_SHADE)]
    cells += [text_cell(SERVICE_LIST[key], sizes.small, row=1, column=column) for column, key in enumerate(keys)]
    return Block(2, cells)


def category_grids(snapshot: CatalogueSnapshot, width: float, scale: float) -> list[Flowable]:
    sizes = _Sizes(scale)
    total = sum(COLUMN_SHARES)
    widths = [width * share / total for share in COLUMN_SHARES]
    padding = Padding(top=3 * scale, bottom=4 * scale, side=3 * scale)
    by_category: dict[int, list[ItemInfo]] = {}
    for item in snapshot.items:
        by_category.setdefault(item.category_id, []).append(item)
    story: list[Flowable] = []
    number = counted = 0
    ordered = [(c.id, c.name) for c in snapshot.categories if c.id in by_category]
    # An item whose category the snapshot does not list still prints, under its own name.
    known = {ident for ident, _ in ordered}
    ordered += [(ident, items[0].category) for ident, items in by_category.items() if ident not in known]
    for ident, name in ordered:
        items = by_category[ident]
        number += 1
        story.append(Grid(widths, _heading_block(number, name, len(items), sizes),
                          [_item_block(counted + index, item, sizes) for index, item in enumerate(items, 1)],
                          padding=padding,
                          header_shade=COLUMN_SHADE))
        story.append(Spacer(1, 4 * mm * scale))
        counted += len(items)
    return story


def _masthead(snapshot: CatalogueSnapshot, center: CenterFacts, sizes: _Sizes, scale: float) -> Masthead:
    categories = len({item.category_id for item in snapshot.items})
    if snapshot.made_on is not None:
        source = SERVICE_LIST["source"].format(version=snapshot.version, made_on=chinese_date(snapshot.made_on),
                                               categories=categories, items=len(snapshot.items))
    else:
        source = SERVICE_LIST["source_unversioned"]
    paragraphs: list[Runs] = [(Run(SERVICE_LIST["lead"], sizes.lead),), (Run(source, sizes.text, GREY),)]
    if center.supervision_phone:
        paragraphs.append((Run(SERVICE_LIST["supervision"].format(phone=center.supervision_phone),
                               sizes.heading),))
    if center.address:
        paragraphs.append((Run(SERVICE_LIST["address"].format(address=center.address), sizes.text),))
    caption = SERVICE_LIST["qr_caption_url" if center.public_info_url else "qr_caption_text"]
    return Masthead(paragraphs, qr_modules(qr_payload(center)), caption, scale=scale)


def render_service_list(snapshot: CatalogueSnapshot, center: CenterFacts, *, printed_at: datetime,
                        size: str = "A4") -> bytes:
    """The service list poster as a PDF, A4 or A3 portrait."""
    pagesize = paper_size(size)
    width = pagesize[0] - 2 * MARGIN
    scale = width / (A4[0] - 2 * MARGIN)
    sizes = _Sizes(scale)
    story: list[Flowable] = [_masthead(snapshot, center, sizes, scale), Spacer(1, 5 * mm * scale)]
    if snapshot.items:
        story += category_grids(snapshot, width, scale)
    else:
        story.append(para(SERVICE_LIST["no_items"], house_styles(wall=True).heading))
    subtitle = SERVICE_LIST["subtitle"].format(version=snapshot.version, date=chinese_date(printed_at.date()))
    header = DocumentHeader(center.name, SERVICE_LIST["title"], subtitle)
    return build_pdf(story, header=header, pagesize=pagesize, printed_at=printed_at)


def build_service_list(desk, *, size: str = "A4", version: int | None = None) -> bytes:  # noqa: ANN001
    """Read the catalogue (now, or as ``version`` recorded it) and print the poster."""
    paper_size(size)  # a bad size is refused before anything is read
    snapshot = desk.catalogue.catalogue_snapshot(version)
    center = center_facts(desk)
    return render_service_list(snapshot, center, printed_at=desk.clock.now(), size=size)
