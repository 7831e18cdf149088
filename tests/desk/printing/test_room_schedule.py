"""The day's room schedule (场地使用安排): what the desk keeps by the phone and pins up."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine

import printing_pdf_tools as pdf
import rooms_print_world
from desk.printing.room_schedule import render_room_schedule
from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span
from desk.rooms.printouts import room_day
from desk.rooms.rooms import RoomForm
from rooms_print_world import MONDAY, MOMENT, PRINTED_AT, TUESDAY, flat

rooms_world = rooms_print_world.rooms_world
rooms_desk = rooms_print_world.rooms_desk
rooms_admin = rooms_print_world.rooms_admin


def _schedule(desk, day, tmp_path, name="schedule.pdf", room_id=None):
    sheet = room_day(desk.store, desk.clock, day, room_id=room_id)
    return pdf.write(render_room_schedule(sheet, printed_at=PRINTED_AT), tmp_path, name)


def test_every_room_with_its_bookings_in_time_order(rooms_desk, tmp_path):
    path = _schedule(rooms_desk, MONDAY, tmp_path)
    text = pdf.text(path)
    line = flat(text)
    assert "场地使用安排" in text and "幸福社区党群服务中心" in text
    assert "2026年11月16日" in text and "星期一" in text
    # Rooms in their order, each once.
    order = [line.index(name) for name in ("党员教育室", "文体活动室", "谈心谈话室", "多功能厅", "书画室", "夜间活动室")]
    assert order == sorted(order)
    # Time, who, what, how many, state.
    assert "09:00—11:00" in line and "第一党支部" in line and "主题党日" in line and "重温入党誓词" in line
    assert "35人" in line
    assert "14:30—16:30" in line and "幸福社区居委会" in line and "社区议事会" in line and "待审批" in line
    assert "16:30—17:30" in line and "四点半课堂" in line and "已确认" in line
    # 文体活动室's three bookings of the day by start: the no-show, the cancelled one, the class.
    assert line.index("合唱排练") < line.index("乒乓球") < line.index("四点半课堂")
    assert "已取消" in line and "未到场，已释放" in line
    # A room nobody booked says so.
    assert "无预约" in line
    assert "共6个场地，当日预约5场" in line  # live ones only: the cancelled and released are not counted
    assert "以上安排截至2026-11-1608:05" in line


def test_a_resident_who_booked_is_masked_and_no_phone_is_printed(rooms_desk, tmp_path):
    line = flat(pdf.text(_schedule(rooms_desk, MONDAY, tmp_path)))
    assert "刘*国" in line and "刘建国" not in line
    for phone in ("13900139000", "139****9000"):
        assert phone not in line


def test_closed_rooms_and_days_say_why(rooms_desk, tmp_path):
    tuesday = flat(pdf.text(_schedule(rooms_desk, TUESDAY, tmp_path, "tue.pdf")))
    assert "闭馆：设备检修" in tuesday
    assert tuesday.count("开放时间") == 5  # the five rooms that are open
    friday = flat(pdf.text(_schedule(rooms_desk, MONDAY + timedelta(days=4), tmp_path, "fri.pdf")))
    assert "校庆日" in friday and "法定节假日" in friday
    sunday = flat(pdf.text(_schedule(rooms_desk, MONDAY + timedelta(days=6), tmp_path, "sun.pdf")))
    assert sunday.count("闭馆：消防检查") == 7  # under the date, and on every room


def test_one_room_only(rooms_desk, rooms_world, tmp_path):
    line = flat(pdf.text(_schedule(rooms_desk, MONDAY, tmp_path, room_id=rooms_world.rooms["夜间活动室"])))
    assert "夜间活动室" in line and "23:00—24:00" in line and "夜间排练" in line
    assert "党员教育室" not in line and "共1个场地" in line


def test_across_midnight_reads_as_such(rooms_desk, tmp_path):
    tuesday = flat(pdf.text(_schedule(rooms_desk, TUESDAY, tmp_path, "tue.pdf")))
    wednesday = flat(pdf.text(_schedule(rooms_desk, TUESDAY + timedelta(days=1), tmp_path, "wed.pdf")))
    assert "22:00—次日01:00" in tuesday and "跨夜值守" in tuesday
    assert "前日22:00—01:00" in wednesday and "跨夜值守" in wednesday
    assert "夜间排练" not in tuesday  # Monday 23:00–24:00 is Monday's only


def test_fonts_embedded_a4_portrait(rooms_desk, tmp_path):
    path = _schedule(rooms_desk, MONDAY, tmp_path)
    fonts = pdf.fonts(path)
    assert fonts and all(row.embedded for row in fonts)
    assert {row.name.split("+", 1)[1] for row in fonts} <= {"WenQuanYiZenHei-0", "HanaMinB"}
    info = pdf.info(path)
    assert "(A4)" in info["Page size"]
    width, height = (float(n) for n in info["Page size"].split()[:3:2])
    assert width < height


def test_a_room_is_never_cut_between_pages(center_ctx, admin, tmp_path):
    """Twenty rooms with four bookings each run onto more pages; each room stays whole."""
    with time_machine.travel(MOMENT, tick=False):
        for number in range(20):
            room = center_ctx.rooms.create(admin, RoomForm(name=f"活动室{number:02d}", capacity=30,
                                                           sort_order=number)).value
            for start, end in (("08:30", "09:30"), ("10:00", "11:00"), ("14:00", "15:00"), ("16:00", "17:00")):
                starts_at, ends_at = local_span(center_ctx.clock.zone, MONDAY, start, end)
                center_ctx.bookings.book(admin, BookingForm(room.id, starts_at, ends_at, BookingDetails(
                    title=f"活动{number:02d}-{start}", booker_name="第一党支部", headcount=10)))
        path = _schedule(center_ctx, MONDAY, tmp_path)
    assert pdf.pages(path) >= 2
    for number in range(20):
        pages = {page for page in range(1, pdf.pages(path) + 1)
                 if f"活动{number:02d}-" in flat(pdf.text(path, page=page))}
        heading_page = next(page for page in range(1, pdf.pages(path) + 1)
                            if f"活动室{number:02d}" in flat(pdf.text(path, page=page)))
        assert pages == {heading_page}


def test_no_rooms_yet(center_ctx, tmp_path):
    line = flat(pdf.text(_schedule(center_ctx, MONDAY, tmp_path)))
    assert "尚未设置场地" in line


@pytest.mark.parametrize("day", [MONDAY, TUESDAY])
def test_the_sheet_reads_the_store_once(rooms_desk, day, monkeypatch):
    """One read transaction per sheet, whatever the number of rooms (the GUI runs it in a worker)."""
    opened = []
    original = rooms_desk.store.read

    def counting():
        opened.append(1)
        return original()

    monkeypatch.setattr(rooms_desk.store, "read", counting)
    room_day(rooms_desk.store, rooms_desk.clock, day)
    assert len(opened) == 1
