"""The canvas-drawn grid: how it breaks text, where it breaks pages, and what it embeds."""

from __future__ import annotations

import re

import printing_pdf_tools as pdf
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.printing.document import DocumentHeader, build_pdf
from desk.printing.fonts import SANS, register_fonts, string_width
from desk.paths import SANS_FONT_FILE, font_path
from desk.printing.grid import Block, Cell, Grid, Run, text_cell, wrap

SIZE = 12


def _texts(lines) -> list[str]:
    return ["".join(run.text for run in line.runs) for line in lines]


def test_a_line_that_fits_stays_whole():
    assert _texts(wrap((Run("在岗", SIZE),), 100)) == ["在岗"]


def test_chinese_breaks_between_any_two_characters_and_every_line_fits():
    text = "办公定点：一楼服务大厅一号窗口东侧"
    width = string_width("办公定点：一", SIZE) + 1
    lines = wrap((Run(text, SIZE),), width)
    assert "".join(_texts(lines)) == text
    assert len(lines) > 2
    assert all(line.width <= width for line in lines)


def test_digits_and_latin_words_move_to_the_next_line_whole():
    lines = _texts(wrap((Run("基准岗位05", 16),), string_width("基准岗位0", 16) + 1))
    assert lines == ["基准岗位", "05"]
    lines = _texts(wrap((Run("班次 08:30-12:00", SIZE),), string_width("班次 08:30-12:00", SIZE) - 1))
    assert lines == ["班次", "08:30-12:00"]  # the space at the break goes


def test_closing_punctuation_never_starts_a_line():
    text = "外出办事，街道"
    width = string_width("外出办事", SIZE) + 0.5  # the comma would be the next line's first character
    lines = _texts(wrap((Run(text, SIZE),), width))
    assert lines[0] == "外出办事，"
    assert not any(line[0] in "，。、" for line in lines)


def test_an_opening_bracket_never_ends_a_line():
    text = "综合服务岗（党员教育）"
    width = string_width("综合服务岗（", SIZE) + 0.5
    lines = _texts(wrap((Run(text, SIZE),), width))
    assert lines[0] == "综合服务岗" and lines[1].startswith("（党")


def test_a_token_wider_than_the_cell_is_cut_between_characters():
    serial = "A" * 40
    width = string_width("A" * 7, SIZE) + 0.5
    lines = _texts(wrap((Run(serial, SIZE),), width))
    assert "".join(lines) == serial and all(len(line) <= 7 for line in lines)


def test_runs_of_different_sizes_keep_their_sizes_across_a_break():
    lines = wrap((Run("杨𠮷祥", 16), Run("外出办事", SIZE)), string_width("杨𠮷祥外", 16))
    sizes = [(run.text, run.size) for line in lines for run in line.runs]
    assert ("杨𠮷祥", 16) in sizes
    assert all(size == SIZE for text, size in sizes if text in "外出办事" and text)


# -- pages ----------------------------------------------------------------------------------

WIDTHS = [40 * mm, 60 * mm, 40 * mm]


def _post(name: str, rows: int) -> Block:
    block = Block(rows, [Cell(((Run(name, 16),),), column=0, rows=rows, align="left")])
    for row in range(rows):
        block.cells.append(text_cell(f"{name}第{row + 1:02d}行", SIZE, row=row, column=1))
        block.cells.append(text_cell("在岗", SIZE, row=row, column=2))
    return block


def _build(blocks, tmp_path, name="grid.pdf"):
    header = Block(1, [text_cell(title, SIZE, column=i) for i, title in enumerate(("岗位", "值班", "去向"))])
    story = [Grid(WIDTHS, header, blocks, min_row_height=24)]
    return pdf.write(build_pdf(story, header=DocumentHeader("测试中心", "表格"), printed_at=pdf.PRINTED_AT),
                     tmp_path, name)


def test_a_block_that_fits_on_a_fresh_page_is_never_split(tmp_path):
    # 28 rows of 24 pt leave less room than the second post needs on page one.
    path = _build([_post("甲岗", 28), _post("乙岗", 6)], tmp_path)
    assert pdf.pages(path) == 2
    first, second = pdf.text(path, page=1), pdf.text(path, page=2)
    assert "乙岗" not in first
    assert all(f"乙岗第{row:02d}行" in second for row in range(1, 7))
    assert "岗位" in second  # the header row repeats


def test_a_block_taller_than_a_page_is_split_between_rows_and_loses_nothing(tmp_path):
    path = _build([_post("长岗", 70)], tmp_path)
    pages = pdf.pages(path)
    assert pages >= 3
    text = "".join(pdf.text(path, page=page) for page in range(1, pages + 1))
    assert all(f"长岗第{row:02d}行" in text for row in range(1, 71))
    # The spanning post name is repeated on every part, so no page has rows without a post.
    for page in range(1, pages + 1):
        assert "长岗" in re.sub(r"长岗第\d\d行", "", pdf.text(path, page=page)), page


def test_the_embedded_glyphs_are_the_fonts_own():
    """The in-place glyph table gives makeSubset byte for byte what stock reportlab gives."""
    register_fonts()
    stock = TTFont("StockSans", str(font_path(SANS_FONT_FILE)), subfontIndex=0)
    subset = [ord(char) for char in "值班表王芳李强0123456789（）：，"]
    assert pdfmetrics.getFont(SANS).face.makeSubset(subset) == stock.face.makeSubset(subset)
