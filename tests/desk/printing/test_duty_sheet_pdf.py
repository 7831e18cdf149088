"""The daily duty sheet (每日值班表): what a resident reads on the lobby wall."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine

import printing_pdf_tools as pdf
from desk.printing.duty_sheet import render_duty_sheet
from roster_print_world import LONG_NAME, MONDAY, MORNING, PRIVATE_PHONES, RARE_NAME, crowded_center, small_center


@pytest.fixture
def world(center_ctx, admin):
    return small_center(center_ctx, admin)


def _sheet_pdf(ctx, day, tmp_path, name="duty.pdf"):
    with time_machine.travel(MORNING, tick=False):
        sheet = ctx.disclosure.day_sheet(day)
        return pdf.write(render_duty_sheet(sheet, printed_at=ctx.clock.now()), tmp_path, name)


def _public(ctx, world, name):
    """The public phone's digits (the sheet may group them as 138 0000 1111 or 010-8888…)."""
    return "".join(ch for ch in ctx.staff.get(world.staff[name]).public_phone if ch.isdigit())


def _digits_only(text):
    return text.replace(" ", "").replace("-", "")


def test_todays_sheet_shows_posts_people_hours_phones_and_whereabouts(center_ctx, world, tmp_path):
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(world.admin, world.staff["王芳"], world.status("外出办事"),
                                   destination="街道办", expected_return=MORNING + timedelta(hours=2))
    path = _sheet_pdf(center_ctx, MONDAY, tmp_path)
    text = pdf.text(path)
    flat = text.replace("\n", "")
    assert "每日值班表" in text and "幸福社区党群服务中心" in text
    assert "2026年11月16日" in text and "星期一" in text
    assert "开放时间" in text and "08:30—12:00" in text and "14:00—17:30" in text
    for post in ("咨询接待", "活动组织", "后勤管理"):
        assert post in text
    assert "一楼服务大厅" in flat
    for name in ("王芳", "李强", RARE_NAME, "赵敏"):
        assert name in text
    assert LONG_NAME in flat  # wrapped over lines, but whole
    assert "08:30-12:00" in text and "14:00-17:30" in text
    assert "替班" in text and "换班" in text
    assert _public(center_ctx, world, "王芳") in _digits_only(text)
    assert _public(center_ctx, world, "李强") in _digits_only(text)
    # Out on business until 12:00 local time (04:00 UTC), said in the center's time.
    assert "街道办" in flat and "12:00返回" in flat
    assert "在岗" in text
    assert "监督电话" in text and "01012345678" in _digits_only(text)
    assert "错时" in text  # the staggered-hours notice
    assert "值班员签字" in text and "（盖章）" in text
    # A post nobody is rostered at says so and gives its A/B's public phone.
    assert "未排班" in text


def test_a_private_phone_never_appears(center_ctx, world, tmp_path):
    text = pdf.text(_sheet_pdf(center_ctx, MONDAY, tmp_path)).replace(" ", "").replace("\n", "")
    for private in PRIVATE_PHONES:
        assert private not in text


def test_the_cjk_fonts_are_embedded_and_rare_characters_survive(center_ctx, world, tmp_path):
    path = _sheet_pdf(center_ctx, MONDAY, tmp_path)
    fonts = pdf.fonts(path)
    assert fonts and all(row.embedded for row in fonts)
    assert {row.name.split("+", 1)[1] for row in fonts} == {"WenQuanYiZenHei-0", "HanaMinB"}
    assert RARE_NAME in pdf.text(path)


def test_a4_portrait(center_ctx, world, tmp_path):
    info = pdf.info(_sheet_pdf(center_ctx, MONDAY, tmp_path))
    assert "(A4)" in info["Page size"] and info["Page size"].startswith("595.276 x 841.89")


def test_another_days_sheet_leaves_whereabouts_to_fill_in_by_hand(center_ctx, world, tmp_path):
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(world.admin, world.staff["王芳"], world.status("外出办事"),
                                   destination="街道办", expected_return=MORNING + timedelta(hours=2))
    text = pdf.text(_sheet_pdf(center_ctx, MONDAY + timedelta(days=1), tmp_path))
    assert "2026年11月17日" in text and "星期二" in text
    assert "手填" in text
    assert "街道办" not in text and "在岗" not in text  # today's whereabouts do not leak to tomorrow


def test_holiday_and_make_up_day_are_marked(center_ctx, world, tmp_path):
    world.mark(date(2026, 11, 17), "workday", "国庆节")
    world.mark(date(2026, 11, 18), "holiday", "测试节")
    assert "调休上班" in pdf.text(_sheet_pdf(center_ctx, date(2026, 11, 17), tmp_path, "a.pdf"))
    assert "法定节假日" in pdf.text(_sheet_pdf(center_ctx, date(2026, 11, 18), tmp_path, "b.pdf"))


def test_a_closed_day_says_so_and_still_lists_posts_and_ab(center_ctx, world, tmp_path):
    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm

    center = center_ctx.center.get()
    hours = OpeningHours.default()
    closed_sunday = OpeningHours(hours.days[:6] + ((),))
    with time_machine.travel(MORNING, tick=False):
        center_ctx.center.update(world.admin, CenterForm(center.name, center.address, center.supervision_phone,
                                                         closed_sunday))
    text = pdf.text(_sheet_pdf(center_ctx, date(2026, 11, 22), tmp_path))
    assert "星期日" in text and "今日闭馆" in text and "开放时间" not in text
    for name in ("咨询接待", "活动组织", "王芳", "李强", RARE_NAME):
        assert name in text


def test_forty_posts_with_long_names_run_over_pages_and_lose_nobody(center_ctx, admin, tmp_path):
    world = crowded_center(center_ctx, admin, posts=40)
    path = _sheet_pdf(center_ctx, MONDAY, tmp_path)
    assert pdf.pages(path) > 1
    text = pdf.text(path).replace("\n", "")
    for name in world.staff:
        assert name in text, name
    # The column headings repeat on every page.
    assert all("值班人员" in pdf.text(path, page=page) for page in range(1, pdf.pages(path) + 1))
    assert "监督电话" in pdf.text(path, page=pdf.pages(path))


def test_the_sheet_carries_no_photos_even_when_staff_have_them(center_ctx, world, tmp_path):
    from io import BytesIO

    from PIL import Image

    picture = BytesIO()
    Image.new("RGB", (240, 320), (30, 90, 160)).save(picture, "JPEG")
    with time_machine.travel(MORNING, tick=False):
        center_ctx.staff.set_photo(world.admin, world.staff["王芳"], picture.getvalue())
    # Faces are for the board and the poster; the sheet stays compact enough to read.
    assert b"/Subtype /Image" not in _sheet_pdf(center_ctx, MONDAY, tmp_path).read_bytes()
