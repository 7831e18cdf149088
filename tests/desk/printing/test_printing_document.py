"""The house layout: heading and "page X of Y" on every page, header rows repeat, sign-off."""

from __future__ import annotations

import time_machine
from PIL import Image
from reportlab import rl_config
from reportlab.lib.units import mm

import printing_pdf_tools as pdf
from desk.printing.document import DocumentHeader, build_pdf, house_styles, para, table

HEADER = DocumentHeader("幸福社区党群服务中心", "场地使用安排", "2026-11-16 星期一")


def _long_table(rows: int = 80):
    body = [[str(n), f"活动室{n}", "𠮷祥合唱团" if n % 10 == 0 else "书法班"] for n in range(1, rows + 1)]
    return table([["序号", "场地", "使用者"], *body], [20 * mm, 60 * mm, 100 * mm], center_columns=(0,))


def test_every_page_has_the_heading_footer_and_repeated_header_row(tmp_path) -> None:
    path = pdf.write(build_pdf([_long_table()], header=HEADER, printed_at=pdf.PRINTED_AT), tmp_path)
    total = pdf.pages(path)
    assert total >= 2
    for page in range(1, total + 1):
        text = pdf.text(path, page=page)
        assert "幸福社区党群服务中心" in text
        assert "场地使用安排" in text
        assert "2026-11-16 星期一" in text
        assert f"打印于 2026-11-16 10:30 · 第 {page} 页 / 共 {total} 页" in text
        assert "使用者" in text  # the table's header row, repeated
    everything = pdf.text(path)
    assert "活动室80" in everything and "𠮷祥合唱团" in everything
    assert pdf.info(path)["Title"] == "场地使用安排"


def test_sign_off_line_only_when_asked(tmp_path) -> None:
    story = [para("今日无特别事项。", house_styles(wall=True).body)]
    with_sign_off = pdf.write(
        build_pdf(story, header=HEADER, printed_at=pdf.PRINTED_AT, sign_off=True), tmp_path, "a.pdf"
    )
    without = pdf.write(build_pdf(story, header=HEADER, printed_at=pdf.PRINTED_AT), tmp_path, "b.pdf")
    assert "值班员签字" in pdf.text(with_sign_off) and "盖章" in pdf.text(with_sign_off)
    assert "值班员签字" not in pdf.text(without)


def test_landscape_turns_the_page_and_all_fonts_are_embedded(tmp_path) -> None:
    path = pdf.write(
        build_pdf([_long_table(5)], header=HEADER, printed_at=pdf.PRINTED_AT, landscape=True), tmp_path
    )
    assert pdf.info(path)["Page size"].startswith("841.89 x 595.2")
    rows = pdf.fonts(path)
    assert rows and all(row.embedded for row in rows)  # no stray unembedded Helvetica
    assert {row.name.split("+", 1)[1] for row in rows} == {"WenQuanYiZenHei-0"}


def test_a_page_rasterises_with_ink_on_it(tmp_path) -> None:
    path = pdf.write(build_pdf([_long_table(5)], header=HEADER, printed_at=pdf.PRINTED_AT), tmp_path)
    png = pdf.rasterise(path, tmp_path / "page")
    with Image.open(png) as image:
        grey = image.convert("L")
        assert grey.size == (414, 585)  # A4 at 50 dpi
        dark = sum(grey.histogram()[:128])  # pixels darker than mid-grey
    assert dark > 1000


def test_an_invariant_document_is_the_same_bytes_later_and_leaves_others_alone() -> None:
    story = [para("本月无记录。", house_styles().body)]

    def build(moment: str, invariant: bool) -> bytes:
        with time_machine.travel(moment, tick=False):
            return build_pdf(story, header=HEADER, printed_at=pdf.PRINTED_AT, invariant=invariant)

    # A reprint on another day is byte for byte the issued copy (no creation time, fixed id).
    assert build("2026-12-01 09:00+08:00", True) == build("2027-03-15 16:45+08:00", True)
    # Only that document: the process-wide setting is untouched and other documents are stamped.
    assert not rl_config.invariant
    assert build("2026-12-01 09:00+08:00", False) != build("2027-03-15 16:45+08:00", False)
