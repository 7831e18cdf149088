"""Rare name characters print: 𠮷 (Extension B) from HanaMin B, 䶮 (Extension A) from Zen Hei."""

from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

import printing_pdf_tools as pdf
from desk.printing.document import house_styles
from desk.printing.fonts import RARE, SANS, markup, register_fonts, runs


def _paragraph_pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=SANS).build(
        [Paragraph(markup(text), house_styles().body)]
    )
    return buffer.getvalue()


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    first = pdfmetrics.getFont(SANS)
    register_fonts()
    assert pdfmetrics.getFont(SANS) is first
    assert pdfmetrics.getFont(RARE).face.name == b"HanaMinB"


def test_only_characters_zen_hei_lacks_go_to_the_rare_font() -> None:
    assert runs("张𠮷明䶮") == [(SANS, "张"), (RARE, "𠮷"), (SANS, "明䶮")]
    assert markup("张𠮷明") == f'张<font name="{RARE}">𠮷</font>明'


def test_markup_escapes_text_so_it_is_printed_literally() -> None:
    assert markup("A&B <b>x</b>") == "A&amp;B &lt;b&gt;x&lt;/b&gt;"
    assert markup("line\nnext") == "line<br/>next"


def test_bold_markup_does_not_crash_without_a_bold_face(tmp_path) -> None:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("<b>值班</b>" + markup("𠮷"), house_styles().body)])
    path = pdf.write(buffer.getvalue(), tmp_path)
    assert "值班𠮷" in pdf.text(path)


def test_rare_and_extension_a_characters_are_embedded_and_read_back(tmp_path) -> None:
    path = pdf.write(_paragraph_pdf("张𠮷明 王䶮 <当天>"), tmp_path)
    rows = pdf.fonts(path)
    names = {row.name.split("+", 1)[1]: row.embedded for row in rows}
    assert names == {"WenQuanYiZenHei-0": True, "HanaMinB": True}
    text = pdf.text(path)
    assert "张𠮷明" in text  # the ToUnicode map carries 𠮷 as a surrogate pair
    assert "王䶮" in text
    assert "<当天>" in text


def test_the_rare_font_is_embedded_only_when_needed(tmp_path) -> None:
    path = pdf.write(_paragraph_pdf("张三 王䶮"), tmp_path)
    assert [row.name.split("+", 1)[1] for row in pdf.fonts(path)] == ["WenQuanYiZenHei-0"]
