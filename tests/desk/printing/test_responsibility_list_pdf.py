"""The responsibility list (岗位责任清单): every post's four fixes and its A/B, as residents read it."""

from __future__ import annotations

import time_machine

import printing_pdf_tools as pdf
from desk.cli import run
from desk.printing.responsibility_list import render_responsibility_list
from desk.roster.posts import PostForm
from roster_print_world import LONG_NAME, MORNING, PRIVATE_PHONES, RARE_NAME, crowded_center, small_center


def _digits(text: str) -> str:
    return text.replace(" ", "").replace("-", "").replace("\n", "")


def _render(ctx, tmp_path, name="duties.pdf"):
    with time_machine.travel(MORNING, tick=False):
        sheet = ctx.disclosure.day_sheet(ctx.clock.today())
        return pdf.write(render_responsibility_list(sheet, printed_at=ctx.clock.now()), tmp_path, name)


def test_each_post_with_its_place_duties_standard_and_ab_with_public_phones(center_ctx, admin, tmp_path):
    world = small_center(center_ctx, admin)
    with time_machine.travel(MORNING, tick=False):
        post = center_ctx.posts.get(world.posts["咨询接待"])
        center_ctx.posts.update(admin, post.id, PostForm(
            post.name, location=post.location, duties=post.duties, service_standard="热情接待，一次告知",
            time_limit="即时办结", holder_id=post.holder_id, backup_id=post.backup_id, sort_order=0))
    path = _render(center_ctx, tmp_path)
    text = pdf.text(path)
    flat = text.replace("\n", "")
    assert "岗位责任清单" in text and "幸福社区党群服务中心" in text
    for heading in ("岗位", "办公定点", "工作职责", "服务标准与时限", "A岗", "B岗"):
        assert heading in text
    for post in ("咨询接待", "活动组织", "后勤管理"):
        assert post in text
    assert "一楼服务大厅" in flat and "政策咨询、来访接待、首问登记" in flat
    assert "热情接待，一次告知" in flat and "办理时限：即时办结" in flat
    assert "王芳" in text and "党委副书记" in text and RARE_NAME in text and LONG_NAME in flat
    assert "01088886666" in _digits(text) and "13800001111" in _digits(text)
    for private in PRIVATE_PHONES:
        assert private not in _digits(text)
    assert "监督电话" in text and "值班员签字" in text
    assert pdf.info(path)["Page size"].startswith("841.89 x 595.276")  # A4 landscape
    fonts = pdf.fonts(path)
    assert fonts and all(row.embedded for row in fonts)


def test_forty_posts_with_long_duties_run_over_pages_and_lose_none(center_ctx, admin, tmp_path):
    world = crowded_center(center_ctx, admin, posts=40)
    path = _render(center_ctx, tmp_path)
    pages = pdf.pages(path)
    assert pages > 2
    text = "".join(pdf.text(path, page=page) for page in range(1, pages + 1)).replace("\n", "")
    # pdftotext reads neighbouring cells line by line, so look for each post's own number.
    assert len(world.posts) == 40
    for number in range(40):
        assert f"第{number:02d}号综合" in text, number
    # The column headings repeat on every page that carries posts.
    for page in range(1, pages + 1):
        page_text = pdf.text(path, page=page)
        assert "综合服务" not in page_text or "工作职责" in page_text, page


def test_a_center_without_posts_says_so(center_ctx, tmp_path):
    assert "尚未设置岗位" in pdf.text(_render(center_ctx, tmp_path))


def test_the_command_writes_the_list(center_ctx, admin, data_dir, tmp_path):
    small_center(center_ctx, admin)
    out = tmp_path / "resp.pdf"
    with time_machine.travel(MORNING, tick=False):
        assert run(["print", "responsibilities", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert "岗位责任清单" in pdf.text(out) and "咨询接待" in pdf.text(out)
