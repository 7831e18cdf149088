"""The resident's receipt (服务受理回执) when the desk accepts one or more requests.

What the resident takes home: each item asked for with its request number, the promised
time limit, when it was accepted and when it is due (the center's local time, with the
weekday, because "by Wednesday" is how people remember it), who owns it under
first-contact responsibility (首办责任制) and that person's public phone, and how to
follow up (the supervision phone). The resident's own name and phone are masked: the
slip may be left on a counter or in a bag.

Two papers: A5 portrait for the office printer, with the house header and footer, or a
roll of 80 mm receipt paper, as long as the content and no longer.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from desk.errors import Refusal
from desk.printing.document import DocumentHeader, build_pdf, para, stamp
from desk.printing.fonts import SANS, register_fonts
from desk.printing.grid import Block, Cell, Grid, Padding, Run, text_cell
from desk.printing.service_list import CenterFacts, center_facts
from desk.printing.wording import RECEIPT, WEEKDAYS
from desk.text import format_phone, mask_name, mask_phone

A5_PAPER, ROLL_PAPER = "a5", "80mm"
PAPERS = (A5_PAPER, ROLL_PAPER)
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm  # thermal printers leave about 4 mm unprinted at each edge
ITEM_SHADE = colors.HexColor("#E4E4E4")
GREY = colors.HexColor("#404040")


@dataclass(frozen=True)
class ReceiptLine:
    """One request on the receipt."""

    request_id: int
    item_name: str
    time_limit: str  # as promised when accepted: 即时办结, 3个工作日
    accepted_at: datetime  # aware
    due_at: datetime  # aware
    owner_name: str
    owner_phone: str  # the owner's public phone; "" when the roster has none


@dataclass(frozen=True)
class RequestReceipt:
    center: CenterFacts
    resident_name: str  # printed masked whatever is passed
    resident_phone: str  # printed masked whatever is passed
    lines: tuple[ReceiptLine, ...]


@dataclass(frozen=True)
class _Look:
    """Type sizes and the label column for one paper."""

    body: float
    item: float
    title: float
    label_width: float


LOOKS = {A5_PAPER: _Look(body=11, item=13, title=18, label_width=27 * mm),
         ROLL_PAPER: _Look(body=9, item=10.5, title=14, label_width=19 * mm)}


def paper_of(paper: str) -> str:
    clean = paper.strip().lower()
    if clean not in PAPERS:
        raise Refusal("A receipt prints on A5 or on 80 mm roll paper (a5 or 80mm), not {paper}.", paper=paper)
    return clean


def moment_text(moment: datetime, zone: tzinfo) -> str:
    """2026年11月25日（星期三）17:30 in the center's zone."""
    local = moment.astimezone(zone)
    return RECEIPT["moment"].format(year=local.year, month=local.month, day=local.day,
                                    weekday=WEEKDAYS[local.weekday()], time=local.strftime("%H:%M"))


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=SANS, fontSize=size, leading=size * 1.35, wordWrap="CJK", **extra)


def _request_block(number: int, line: ReceiptLine, look: _Look, zone: tzinfo) -> Block:
    """The request's rows: kept together on one page."""
    rows = (
        (RECEIPT["request_number"], str(line.request_id)),
        (RECEIPT["time_limit"], line.time_limit),
        (RECEIPT["accepted_at"], moment_text(line.accepted_at, zone)),
        (RECEIPT["due_at"], moment_text(line.due_at, zone)),
        (RECEIPT["owner"], line.owner_name),
        (RECEIPT["owner_phone"], line.owner_phone or RECEIPT["no_phone"]),
    )
    title = RECEIPT["item"].format(number=number, name=line.item_name)
    block = Block(len(rows) + 1, [Cell(((Run(title, look.item),),), row=0, column=0, columns=2, align="left",
                                       shade=ITEM_SHADE)])
    for row, (label, value) in enumerate(rows, start=1):
        block.cells += [text_cell(label, look.body, colour=GREY, row=row, column=0),
                        text_cell(value, look.body, row=row, column=1, align="left")]
    return block


def _story(receipt: RequestReceipt, look: _Look, width: float, zone: tzinfo) -> list[Flowable]:
    body = _style("receipt-body", look.body, spaceAfter=2)
    resident = [RECEIPT["resident"].format(name=mask_name(receipt.resident_name))] if receipt.resident_name else []
    if receipt.resident_phone:
        resident.append(RECEIPT["phone"].format(phone=mask_phone(receipt.resident_phone)))
    story: list[Flowable] = []
    if resident:
        story.append(para("　".join(resident), _style("receipt-resident", look.item, spaceAfter=4)))
    blocks = [_request_block(number, line, look, zone) for number, line in enumerate(receipt.lines, start=1)]
    story.append(Grid([look.label_width, width - look.label_width], None, blocks,
                      padding=Padding(top=2, bottom=3, side=3)))
    story.append(Spacer(1, 3 * mm))
    story.append(para(RECEIPT["first_contact"], body))
    phone = receipt.center.supervision_phone
    story.append(para(RECEIPT["follow_up" if phone else "follow_up_desk"], body))
    if phone:
        story.append(para(RECEIPT["supervision"].format(phone=phone), _style("receipt-phone", look.item + 1,
                                                                             spaceAfter=2)))
    if receipt.center.address:
        story.append(para(RECEIPT["address"].format(address=receipt.center.address), body))
    story.append(para(RECEIPT["keep"], body))
    return story


def _flowables_height(flowables: Iterable[Flowable], width: float) -> float:
    """What a frame will use for these flowables, one after another, on one endless page."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        _, height = flowable.wrap(width, 1e6)
        total += height + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
    return total


def _roll_pdf(receipt: RequestReceipt, look: _Look, zone: tzinfo, printed_at: datetime) -> bytes:
    """One page 80 mm wide and exactly as long as the receipt."""
    register_fonts()
    width = ROLL_WIDTH - 2 * ROLL_MARGIN
    centred = {"alignment": TA_CENTER}
    story: list[Flowable] = [
        para(receipt.center.name, _style("roll-center", look.body + 1, spaceAfter=2, **centred)),
        para(RECEIPT["title"], _style("roll-title", look.title, spaceAfter=5, **centred)),
        *_story(receipt, look, width, zone),
        para(RECEIPT["printed"].format(printed=stamp(printed_at)),
             _style("roll-printed", look.body - 1, textColor=GREY, spaceBefore=2, **centred)),
    ]
    height = _flowables_height(story, width) + 2 * ROLL_MARGIN + 2  # 2 pt: the frame's rounding
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(ROLL_WIDTH, height), title=RECEIPT["title"],
                          author=receipt.center.name, creator="Desk", initialFontName=SANS,
                          leftMargin=ROLL_MARGIN, rightMargin=ROLL_MARGIN, topMargin=ROLL_MARGIN,
                          bottomMargin=ROLL_MARGIN)
    frame = Frame(ROLL_MARGIN, ROLL_MARGIN, width, height - 2 * ROLL_MARGIN, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="roll")
    doc.addPageTemplates([PageTemplate(id="roll", frames=[frame])])
    doc.build(story)
    return buffer.getvalue()


def render_request_receipt(receipt: RequestReceipt, *, zone: tzinfo, printed_at: datetime,
                           paper: str = A5_PAPER) -> bytes:
    """The receipt as a PDF: A5 portrait, or 80 mm roll paper fitted to its content."""
    chosen = paper_of(paper)
    if not receipt.lines:
        raise Refusal("Choose at least one request to print a receipt for.")
    look = LOOKS[chosen]
    if chosen == ROLL_PAPER:
        return _roll_pdf(receipt, look, zone, printed_at)
    width = A5[0] - 2 * 15 * mm  # build_pdf's margins
    header = DocumentHeader(receipt.center.name, RECEIPT["title"])
    return build_pdf(_story(receipt, look, width, zone), header=header, pagesize=A5, printed_at=printed_at)


def read_request_receipt(desk, request_ids: Sequence[int]) -> RequestReceipt:  # noqa: ANN001 - a DeskContext
    """The requests as the receipt shows them; all must be one resident's."""
    wanted = list(dict.fromkeys(request_ids))
    if not wanted:
        raise Refusal("Choose at least one request to print a receipt for.")
    details = [desk.requests.request(request_id) for request_id in wanted]
    first = details[0]
    for detail in details[1:]:
        if (detail.row.resident, detail.phone) != (first.row.resident, first.phone):
            raise Refusal("Requests {first} and {other} are for different residents; print a receipt for "
                          "each resident.", first=first.row.id, other=detail.row.id)
    phones: dict[int, str] = {}
    for detail in details:
        if detail.row.owner_id not in phones:
            phones[detail.row.owner_id] = format_phone(desk.staff.get(detail.row.owner_id).public_phone)
    lines = tuple(ReceiptLine(d.row.id, d.row.item_name, d.row.time_limit, d.row.accepted_at, d.row.due_at,
                              d.row.owner_name, phones[d.row.owner_id]) for d in details)
    # Only the masked phone leaves the request service's detail for the paper.
    return RequestReceipt(center_facts(desk), first.row.resident, first.row.phone_masked, lines)


def build_request_receipt(desk, request_ids: Sequence[int], *, paper: str = A5_PAPER) -> bytes:  # noqa: ANN001
    """Read the requests through the request service and print the resident's receipt."""
    chosen = paper_of(paper)  # a bad paper is refused before anything is read
    receipt = read_request_receipt(desk, request_ids)
    return render_request_receipt(receipt, zone=desk.clock.zone, printed_at=desk.clock.now(), paper=chosen)
