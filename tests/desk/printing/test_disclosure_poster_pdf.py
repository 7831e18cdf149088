"""The 三公开 wall poster: title, lead, people with public phones and whereabouts, duties, 落款."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from reportlab.lib.pagesizes import A3

import printing_pdf_tools as pdf
from desk.printing.disclosure_poster import render_disclosure
from roster_print_world import LONG_NAME, MONDAY, MORNING, PRIVATE_PHONES, RARE_NAME, crowded_center, small_center


@pytest.fixture
def world(center_ctx, admin):
    return small_center(center_ctx, admin)


def _poster(ctx, tmp_path, day=MONDAY, name="poster.pdf", **options):
    with time_machine.travel(MORNING, tick=False):
        sheet = ctx.disclosure.day_sheet(day)
        photos = ctx.staff.photos([p.staff_id for p in sheet.people if p.has_photo])
        return pdf.write(render_disclosure(sheet, printed_at=ctx.clock.now(), photos=photos, **options),
                         tmp_path, name)


def test_the_poster_reads_like_a_public_notice(center_ctx, world, tmp_path):
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(world.admin, world.staff["李强"], world.status("开会"),
                                   destination="区民政局", expected_return=MORNING + timedelta(hours=3))
    path = _poster(center_ctx, tmp_path)
    flat = pdf.text(path).replace("\n", "")
    assert "幸福社区党群服务中心关于工作人员去向、联系方式和值班安排的公示" in flat
    assert "现将本中心工作人员2026年11月16日的每日去向、联系方式和值班安排公示如下" in flat
    for heading in ("照片", "姓名", "职务/岗位", "办公电话", "当日去向", "返回时间", "值班安排"):
        assert heading in flat
    for name in ("王芳", "李强", RARE_NAME, LONG_NAME, "赵敏"):
        assert name in flat
    assert "党委副书记" in flat and "咨询接待（A岗）" in flat and "咨询接待（B岗）" in flat
    assert "13800001111" in flat.replace(" ", "")  # 李强's public phone
    assert "开会：区民政局" in flat and "13:00" in flat  # back at 13:00 Shanghai time
    assert "A岗：王芳" in flat and "B岗：李强" in flat
    assert "政策咨询、来访接待、首问登记" in flat
    assert "监督电话" in flat and "01012345678" in flat.replace("-", "")
    # 落款: the center, the marked seal place, the date in YYYY年M月D日.
    assert "幸福社区党群服务中心（盖章）" in flat and flat.rstrip().count("2026年11月16日") >= 2


def test_no_private_phone_and_no_seal_image(center_ctx, world, tmp_path):
    path = _poster(center_ctx, tmp_path)
    flat = pdf.text(path).replace("\n", "").replace(" ", "")
    assert not any(phone in flat for phone in PRIVATE_PHONES)
    assert b"/Subtype /Image" not in path.read_bytes()  # nobody has a photo: no picture at all


def test_fonts_embedded_and_a4_portrait_by_default_a3_on_request(center_ctx, world, tmp_path):
    a4 = _poster(center_ctx, tmp_path)
    assert pdf.info(a4)["Page size"].startswith("595.276 x 841.89")
    assert all(row.embedded for row in pdf.fonts(a4))
    a3 = _poster(center_ctx, tmp_path, name="a3.pdf", pagesize=A3)
    assert pdf.info(a3)["Page size"].startswith("841.89 x 1190.55")
    assert RARE_NAME in pdf.text(a3)


def test_another_day_leaves_whereabouts_blank(center_ctx, world, tmp_path):
    text = pdf.text(_poster(center_ctx, tmp_path, day=MONDAY + timedelta(days=2)))
    assert "2026年11月18日" in text and "在岗" not in text


def test_photos_are_shown(center_ctx, world, tmp_path):
    from io import BytesIO

    from PIL import Image

    picture = BytesIO()
    Image.new("RGB", (240, 320), (200, 60, 60)).save(picture, "JPEG")
    with time_machine.travel(MORNING, tick=False):
        center_ctx.staff.set_photo(world.admin, world.staff[RARE_NAME], picture.getvalue())
    assert b"/Subtype /Image" in _poster(center_ctx, tmp_path).read_bytes()


def test_forty_posts_paginate_and_name_everyone(center_ctx, admin, tmp_path):
    world = crowded_center(center_ctx, admin, posts=40)
    path = _poster(center_ctx, tmp_path)
    total = pdf.pages(path)
    assert total > 1
    flat = pdf.text(path).replace("\n", "")
    for name in world.staff:
        assert name in flat, name
    assert "（盖章）" in pdf.text(path, page=total)


def test_a_damaged_photo_does_not_stop_the_poster(center_ctx, world, tmp_path):
    with time_machine.travel(MORNING, tick=False):
        sheet = center_ctx.disclosure.day_sheet(MONDAY)
        document = render_disclosure(sheet, printed_at=center_ctx.clock.now(),
                                     photos={world.staff["王芳"]: b"not a jpeg"})
    assert "王芳" in pdf.text(pdf.write(document, tmp_path))
