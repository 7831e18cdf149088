"""The week's room poster (场地使用周安排): rooms by day, landscape, for the notice board."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
import time_machine

import printing_pdf_tools as pdf
import rooms_print_world
from db.tables import Room
from desk.errors import Refusal
from desk.printing.room_poster import render_room_poster
from desk.rooms.forms import BookingDetails, clean_details, new_booking
from desk.rooms.intervals import local_span
from desk.rooms.printouts import room_week
from desk.rooms.rooms import RoomForm
from rooms_print_world import MONDAY, MOMENT, PRINTED_AT, flat

rooms_world = rooms_print_world.rooms_world
rooms_desk = rooms_print_world.rooms_desk
rooms_admin = rooms_print_world.rooms_admin


def _poster(desk, day, tmp_path, name="poster.pdf", size="A4"):
    sheet = room_week(desk.store, desk.clock, day)
    return pdf.write(render_room_poster(sheet, printed_at=PRINTED_AT, size=size), tmp_path, name)


def _page_size(path):
    info = pdf.info(path)["Page size"]
    width, height = (float(n) for n in info.split()[:3:2])
    return info, width, height


def test_rooms_by_day_with_what_is_booked(rooms_desk, tmp_path):
    path = _poster(rooms_desk, MONDAY, tmp_path)
    text = pdf.text(path)
    line = flat(text)
    assert "场地使用周安排" in text and "2026年11月16日至2026年11月22日" in line
    for day in range(16, 23):
        assert f"11月{day}日" in line
    for room in ("党员教育室", "文体活动室", "谈心谈话室", "多功能厅", "书画室", "夜间活动室"):
        assert room in line
    # A cell's lines wrap, and pdftotext reads neighbouring cells' lines in between: pieces.
    assert "09:00-11:00" in line and "主题党日" in line
    assert "14:00-16:00" in line and "健康讲座" in line
    assert "社区议事会" in line and "（待审批）" in line
    # The class: Monday, Tuesday, Thursday — Wednesday was cancelled, Friday is a holiday.
    assert line.count("四点半课堂") == 3
    # Cancelled and released bookings do not hold the room: not on the poster.
    assert "乒乓球" not in line and "合唱排练" not in line
    assert "刘*国" not in line and "刘建国" not in line  # who booked is not on the poster at all


def test_holidays_and_closures_are_marked(rooms_desk, tmp_path):
    line = flat(pdf.text(_poster(rooms_desk, MONDAY, tmp_path)))
    assert "校庆日休" in line
    assert "闭馆：消防检查" in line and line.count("消防检查") == 1  # named once, in Sunday's heading
    assert "设备检修" in line  # 书画室's own closure on Tuesday, in its cell
    assert line.count("闭馆") >= 6 + 6  # Friday and Sunday for every room


def test_any_day_prints_its_monday_to_sunday(rooms_desk, tmp_path):
    line = flat(pdf.text(_poster(rooms_desk, MONDAY + timedelta(days=3), tmp_path)))
    assert "2026年11月16日至2026年11月22日" in line


def test_a4_and_a3_landscape(rooms_desk, tmp_path):
    a4 = _poster(rooms_desk, MONDAY, tmp_path, "a4.pdf")
    a3 = _poster(rooms_desk, MONDAY, tmp_path, "a3.pdf", size="a3")
    for path, paper in ((a4, "A4"), (a3, "A3")):
        info, width, height = _page_size(path)
        assert f"({paper})" in info and width > height
    fonts = pdf.fonts(a3)
    assert fonts and all(row.embedded for row in fonts)
    with pytest.raises(Refusal, match="A4 or A3"):
        _poster(rooms_desk, MONDAY, tmp_path, "a5.pdf", size="A5")


def _write_bookings(desk, room_id, spans, title="书法班"):
    """Confirmed bookings written straight in (as history is), without the booking rules."""
    with desk.store.write() as session:
        room = session.get(Room, room_id)
        for day, start, end in spans:
            starts_at, ends_at = local_span(desk.clock.zone, day, start, end)
            details = clean_details(BookingDetails(title=title if isinstance(title, str) else title[day],
                                                   booker_name="社区党委"))
            session.add(new_booking(room, starts_at, ends_at, details, state="confirmed", holds_until=None,
                                    now=MOMENT, created_by=1))


def test_the_week_across_new_year(center_ctx, admin, tmp_path):
    """Monday 2026-12-28 to Sunday 2027-01-03: both years' days, each booking on its own day."""
    titles = {date(2026, 12, 31): "年终总结会", date(2027, 1, 2): "新年联欢"}
    with time_machine.travel(MOMENT, tick=False):
        room = center_ctx.rooms.create(admin, RoomForm(name="党员教育室", capacity=40)).value
        _write_bookings(center_ctx, room.id, [(day, "09:30", "11:30") for day in titles], title=titles)
        sheet = room_week(center_ctx.store, center_ctx.clock, date(2027, 1, 1))
    assert sheet.monday == date(2026, 12, 28)
    by_day = {room_day.day: [b.title for b in room_day.live] for room_day in sheet.rooms[0].days}
    assert by_day[date(2026, 12, 31)] == ["年终总结会"] and by_day[date(2027, 1, 2)] == ["新年联欢"]
    assert sum(len(found) for found in by_day.values()) == 2
    line = flat(pdf.text(pdf.write(render_room_poster(sheet, printed_at=PRINTED_AT), tmp_path)))
    assert "2026年12月28日至2027年1月3日" in line


def test_ten_rooms_a_full_week_well_under_a_second(center_ctx, admin, tmp_path):
    sessions = (("08:30", "09:30"), ("09:30", "10:30"), ("10:30", "11:30"), ("14:00", "15:30"), ("15:30", "17:00"))
    with time_machine.travel(MOMENT, tick=False):
        for n in range(10):
            room = center_ctx.rooms.create(admin, RoomForm(name=f"活动室{n}", capacity=30, sort_order=n)).value
            _write_bookings(center_ctx, room.id, [(MONDAY + timedelta(days=offset), start, end)
                                                  for offset in range(7) for start, end in sessions])
        render_room_poster(room_week(center_ctx.store, center_ctx.clock, MONDAY), printed_at=PRINTED_AT)  # fonts
        started = time.perf_counter()
        sheet = room_week(center_ctx.store, center_ctx.clock, MONDAY)
        data = render_room_poster(sheet, printed_at=PRINTED_AT)
        elapsed = time.perf_counter() - started
    assert sum(len(day.live) for week in sheet.rooms for day in week.days) == 10 * 7 * 5
    assert elapsed < 1.0, f"{elapsed:.3f} s"
    assert flat(pdf.text(pdf.write(data, tmp_path))).count("书法班") == 350


def test_no_rooms_yet(center_ctx, tmp_path):
    line = flat(pdf.text(_poster(center_ctx, MONDAY, tmp_path)))
    assert "尚未设置场地" in line
