"""The week roster (A4 landscape) and the month roster (A3 landscape), and their read model."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine

import printing_pdf_tools as pdf
from desk.errors import Refusal
from desk.printing.roster_sheet import render_month_roster, render_week_roster
from desk.roster.week import month_span, roster_grid, week_start
from roster_print_world import LONG_NAME, MONDAY, MORNING, PRIVATE_PHONES, RARE_NAME, crowded_center, small_center


@pytest.fixture
def world(center_ctx, admin):
    w = small_center(center_ctx, admin)
    w.mark(date(2026, 11, 18), "holiday", "测试节")
    w.mark(date(2026, 11, 22), "workday", "测试节")
    return w


def _grid(ctx, first, days):
    return roster_grid(ctx.store, ctx.clock, first, days)


def test_the_grid_puts_duties_in_their_post_and_day(center_ctx, world):
    grid = _grid(center_ctx, week_start(date(2026, 11, 19)), 7)
    assert grid.first == MONDAY and grid.last == date(2026, 11, 22)
    assert [row.post_name for row in grid.rows] == ["咨询接待", "活动组织", "后勤管理"]
    desk_row = grid.rows[0]
    monday = desk_row.cells[0]
    assert [(line.person, line.start, line.end, line.shift) for line in monday] == [
        ("王芳", "08:30", "12:00", "上午班"), ("李强", "14:00", "17:30", "下午班")]
    assert [line.marked for line in monday] == [False, True]
    assert all(cell == () for cell in desk_row.cells[1:])
    assert desk_row.holder_name == "王芳" and desk_row.backup_name == "李强"
    kinds = {d.day: (d.kind, d.rest_day) for d in grid.days}
    assert kinds[date(2026, 11, 18)] == ("holiday", True)
    assert kinds[date(2026, 11, 21)] == (None, True)  # an ordinary Saturday
    assert kinds[date(2026, 11, 22)] == ("workday", False)  # a Sunday worked (调休)


def test_removed_duties_are_left_out_and_a_range_is_refused_beyond_two_months(center_ctx, world):
    from sqlmodel import select

    from db.tables import Duty

    with center_ctx.store.write() as session:
        duty = session.exec(select(Duty).where(Duty.staff_id == world.staff["李强"])).one()
        duty.removed = True
        session.add(duty)
    grid = _grid(center_ctx, MONDAY, 7)
    assert [line.person for line in grid.rows[0].cells[0]] == ["王芳"]
    with pytest.raises(Refusal):
        _grid(center_ctx, MONDAY, 100)


def test_a_week_across_a_year_end_starts_on_monday(center_ctx, world):
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)
    assert month_span(date(2026, 12, 31)) == (date(2026, 12, 1), 31)
    assert month_span(date(2028, 2, 10)) == (date(2028, 2, 1), 29)
    grid = _grid(center_ctx, week_start(date(2027, 1, 1)), 7)
    assert [d.day for d in grid.days][-1] == date(2027, 1, 3)


def test_week_roster_lists_people_times_and_marks(center_ctx, world, tmp_path):
    with time_machine.travel(MORNING, tick=False):
        path = pdf.write(render_week_roster(_grid(center_ctx, MONDAY, 7), printed_at=center_ctx.clock.now()),
                         tmp_path)
    text = pdf.text(path)
    flat = text.replace("\n", "")
    assert "周值班安排表" in text and "幸福社区党群服务中心" in text
    assert "2026年11月16日至2026年11月22日" in text
    for label in ("11月16日", "星期一", "星期日", "测试节", "休", "调休上班"):
        assert label in text, label
    for name in ("王芳", "李强", RARE_NAME):
        assert name in text
    assert LONG_NAME in flat
    assert "08:30-12:00" in text and "替班" in text and "换班" in text
    assert "监督电话" in text and "01012345678" in text.replace("-", "")
    info = pdf.info(path)
    assert info["Page size"].startswith("841.89 x 595.276") and "(A4)" in info["Page size"]
    assert all(row.embedded for row in pdf.fonts(path))
    assert not any(phone in flat.replace(" ", "") for phone in PRIVATE_PHONES)


def test_holidays_are_shaded(center_ctx, world, tmp_path):
    """The holiday column is grey, the working Sunday is not (pixels under the header)."""
    from PIL import Image

    with time_machine.travel(MORNING, tick=False):
        path = pdf.write(render_week_roster(_grid(center_ctx, MONDAY, 7), printed_at=center_ctx.clock.now()),
                         tmp_path)
    image = Image.open(pdf.rasterise(path, tmp_path / "week", dpi=50)).convert("L")
    width, height = image.size
    # Day columns: 15 mm margin + 43 mm post column, then 7 equal columns over 224 mm.
    def column_centre(index):
        return round((15 + 43 + 32 * index + 16) / 297 * width)
    row_y = round(height * 0.45)
    wednesday, thursday, sunday = (image.getpixel((column_centre(i), row_y)) for i in (2, 3, 6))
    assert wednesday < 245 and thursday > 250 and sunday > 250


def test_month_roster_is_a3_landscape_split_in_two_readable_halves(center_ctx, world, tmp_path):
    first, days = month_span(MONDAY)
    with time_machine.travel(MORNING, tick=False):
        path = pdf.write(render_month_roster(_grid(center_ctx, first, days), printed_at=center_ctx.clock.now()),
                         tmp_path)
    info = pdf.info(path)
    assert info["Page size"].startswith("1190.55 x 841.89") and "(A3)" in info["Page size"]
    text = pdf.text(path)
    assert "月值班安排表" in text and "2026年11月" in text
    assert "2026年11月1日至2026年11月15日" in text and "2026年11月16日至2026年11月30日" in text
    assert "王芳" in text and RARE_NAME in text and "班" in text


def test_forty_posts_paginate_with_every_name(center_ctx, admin, tmp_path):
    world = crowded_center(center_ctx, admin, posts=40)
    with time_machine.travel(MORNING, tick=False):
        week = pdf.write(render_week_roster(_grid(center_ctx, MONDAY, 7), printed_at=center_ctx.clock.now()),
                         tmp_path, "week.pdf")
        first, days = month_span(MONDAY)
        month = pdf.write(render_month_roster(_grid(center_ctx, first, days), printed_at=center_ctx.clock.now()),
                          tmp_path, "month.pdf")
    for path in (week, month):
        assert pdf.pages(path) > 1
        flat = pdf.text(path).replace("\n", "")
        for name in world.staff:
            assert name in flat, name
        for page in range(1, pdf.pages(path) + 1):
            assert "岗位" in pdf.text(path, page=page)  # the heading row repeats


def test_a_center_without_posts_still_prints(center_ctx, tmp_path):
    with time_machine.travel(MORNING, tick=False):
        path = pdf.write(render_week_roster(_grid(center_ctx, MONDAY, 7), printed_at=center_ctx.clock.now()),
                         tmp_path)
    assert "尚未设置岗位" in pdf.text(path)
    assert pdf.pages(path) == 1

