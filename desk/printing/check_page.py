"""The printer test page (`desk print test-page`): fonts and scaling, checked at a glance.

(Not named test_page.py so that pytest never mistakes it for a test module.)

It prints one sample from each font range a visitor's name may need (common characters,
Extension A like 䶮, Extension B like 𠮷) and a 100 mm ruler, because "fit to page" in a
printer driver silently shrinks every document and spoils QR codes and wall sheets.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.printing.document import DocumentHeader, build_pdf, house_styles, para, table
from desk.printing.fonts import SANS, draw_string
from desk.printing.wording import TEST_PAGE

SAMPLE_SIZES = (10, 12, 14, 18, 24, 36)


class Ruler(Flowable):
    """A 100 mm line with a tick every centimetre."""

    LENGTH = 100 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.LENGTH, 12 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.8)
        base = 6 * mm
        canvas.line(0, base, self.LENGTH, base)
        for centimetre in range(11):
            x = centimetre * 10 * mm
            tall = centimetre in (0, 5, 10)
            canvas.line(x, base, x, base + (4 if tall else 2) * mm)
        draw_string(canvas, self.LENGTH / 2, 1 * mm, TEST_PAGE["ruler_caption"], 10, "center")


def render_test_page(center_name: str, *, printed_at: datetime) -> bytes:
    styles = house_styles()
    samples = [
        (TEST_PAGE[f"{key}_label"], TEST_PAGE[f"{key}_sample"])
        for key in ("common", "ext_a", "ext_b", "latin")
    ]
    story: list[Flowable] = [
        para(TEST_PAGE["intro"], styles.body),
        Spacer(1, 3 * mm),
        table(samples, [62 * mm, 118 * mm], header=False, styles=styles),
        Spacer(1, 6 * mm),
        para(TEST_PAGE["sizes_label"], styles.heading),
    ]
    for size in SAMPLE_SIZES:
        style = ParagraphStyle(f"sample-{size}", fontName=SANS, fontSize=size, leading=size * 1.35)
        story.append(para(TEST_PAGE["size_sample"].format(size=size), style))
    story += [
        Spacer(1, 6 * mm),
        para(TEST_PAGE["ruler_label"], styles.body),
        Spacer(1, 2 * mm),
        Ruler(),
    ]
    header = DocumentHeader(center_name, TEST_PAGE["title"], TEST_PAGE["subtitle"])
    return build_pdf(story, header=header, printed_at=printed_at)
