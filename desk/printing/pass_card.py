"""A visitor pass or resident service code (访客通行证 / 居民服务码) with a large QR code.

The card is A6 (105 x 148 mm) drawn at true size near the top of an A4 sheet, with cut
marks. A reception PC has one A4 printer: an A6-sized PDF sent to it is either blown up to
fill the page (a QR the size of a poster, name cut off by the margins) or lands in a
corner with nothing to cut along. On A4 the card comes out the same size on any printer,
and the rest of the sheet stays blank for the next card or for scrap.
"""

from __future__ import annotations

import io
from datetime import datetime

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desk.printing.document import stamp
from desk.printing.fonts import SANS, draw_string, fit_size, register_fonts
from desk.printing.wording import PASS_CARD

CARD_WIDTH, CARD_HEIGHT = A6
CARD_TOP_OFFSET = 20 * mm  # from the top of the sheet: clear of any printer's margin
QR_SIDE = 72 * mm  # big enough for a cheap scanner at arm's length, still leaves room for text
PADDING = 7 * mm
CUT_MARK = 6 * mm
GREY = colors.HexColor("#606060")


def qr_image(payload: str | bytes):  # noqa: ANN201 - a PIL image
    """The QR code as a black-and-white PIL image (error correction M, quiet zone of 4)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def validity_text(valid_from: datetime, valid_until: datetime) -> str:
    end = valid_until.strftime("%H:%M") if valid_from.date() == valid_until.date() else stamp(valid_until)
    return PASS_CARD["valid_range"].format(start=stamp(valid_from), end=end)


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    right, top = left + CARD_WIDTH, bottom + CARD_HEIGHT
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    canvas.rect(left, bottom, CARD_WIDTH, CARD_HEIGHT)
    canvas.setDash()
    canvas.setStrokeColor(colors.black)
    gap = 2 * mm  # marks stop short of the corner so a sloppy cut does not show them
    for x, y in ((left, bottom), (right, bottom), (left, top), (right, top)):
        x_out = -1 if x == left else 1
        y_out = -1 if y == bottom else 1
        canvas.line(x + x_out * gap, y, x + x_out * (gap + CUT_MARK), y)
        canvas.line(x, y + y_out * gap, x, y + y_out * (gap + CUT_MARK))
    canvas.restoreState()


def render_pass_card(
    center_name: str,
    holder_name: str,
    payload: str | bytes,
    valid_from: datetime,
    valid_until: datetime,
    *,
    kind_label: str,
    printed_at: datetime,
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS)
    canvas.setTitle(f"{kind_label} {holder_name}")
    canvas.setAuthor(center_name)
    canvas.setCreator("Desk")

    page_width, page_height = A4
    left = (page_width - CARD_WIDTH) / 2
    bottom = page_height - CARD_TOP_OFFSET - CARD_HEIGHT
    top = bottom + CARD_HEIGHT
    centre = left + CARD_WIDTH / 2
    usable = CARD_WIDTH - 2 * PADDING

    _cut_marks(canvas, left, bottom)

    y = top - PADDING - 5 * mm
    draw_string(canvas, centre, y, center_name, fit_size(center_name, 12, usable), "center")
    y -= 11 * mm
    draw_string(canvas, centre, y, kind_label, fit_size(kind_label, 24, usable), "center")

    y -= 4 * mm + QR_SIDE
    canvas.drawImage(ImageReader(qr_image(payload)), centre - QR_SIDE / 2, y, QR_SIDE, QR_SIDE)

    y -= 10 * mm
    name_line = f"{PASS_CARD['holder']}：{holder_name}"
    draw_string(canvas, centre, y, name_line, fit_size(name_line, 20, usable), "center")
    y -= 8 * mm
    valid_line = f"{PASS_CARD['valid']}：{validity_text(valid_from, valid_until)}"
    draw_string(canvas, centre, y, valid_line, fit_size(valid_line, 11, usable), "center")
    y -= 10 * mm
    draw_string(canvas, centre, y, PASS_CARD["instruction"], 16, "center")

    canvas.setFillColor(GREY)
    printed = PASS_CARD["printed"].format(printed=stamp(printed_at))
    draw_string(canvas, left + CARD_WIDTH - PADDING, bottom + 4 * mm, printed, 7, "right")
    draw_string(canvas, centre, bottom - CUT_MARK - 6 * mm, PASS_CARD["cut_here"], 9, "center")

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
