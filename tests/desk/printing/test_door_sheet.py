"""Door sheets (门牌): a page per room, read from two metres down the corridor."""

from __future__ import annotations

from datetime import timedelta

import time_machine

import printing_pdf_tools as pdf
import rooms_print_world
from desk.center.hours import OpeningHours
from desk.printing.door_sheet import render_door_sheets
from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span
from desk.rooms.printouts import room_day
from desk.rooms.rooms import RoomForm
from rooms_print_world import MONDAY, MOMENT, PRINTED_AT, TUESDAY, flat, words

rooms_world = rooms_print_world.rooms_world
rooms_desk = rooms_print_world.rooms_desk
rooms_admin = rooms_print_world.rooms_admin

ROOMS = ("党员教育室", "文体活动室", "谈心谈话室", "多功能厅", "书画室", "夜间活动室")


def _doors(desk, day, tmp_path, name="door.pdf", room_id=None):
    sheet = room_day(desk.store, desk.clock, day, room_id=room_id)
    return pdf.write(render_door_sheets(sheet, printed_at=PRINTED_AT), tmp_path, name)


def _page_of(path, room):
    return flat(pdf.text(path, page=ROOMS.index(room) + 1))


def test_one_page_per_room_with_its_own_bookings(rooms_desk, tmp_path):
    path = _doors(rooms_desk, MONDAY, tmp_path)
    assert pdf.pages(path) == len(ROOMS)
    for number, room in enumerate(ROOMS, start=1):
        page = flat(pdf.text(path, page=number))
        assert room in page and "2026年11月16日" in page
        assert [other for other in ROOMS if other != room and other in page] == []
    party = _page_of(path, "党员教育室")
    assert "09:00—11:00" in party and "主题党日" in party and "预约：第一党支部" in party
    assert "开放时间：08:30—12:00；14:00—17:30" in party


def test_only_bookings_that_hold_the_room(rooms_desk, tmp_path):
    path = _doors(rooms_desk, MONDAY, tmp_path)
    sports = _page_of(path, "文体活动室")
    assert "四点半课堂" in sports
    assert "乒乓球" not in sports and "合唱排练" not in sports  # cancelled, released as a no-show
    hall = _page_of(path, "多功能厅")
    assert "社区议事会" in hall and "（待审批）" in hall
    talk = _page_of(path, "谈心谈话室")
    assert "刘*国" in talk and "刘建国" not in talk


def test_an_empty_room_and_a_closed_one_say_so(rooms_desk, tmp_path):
    monday = _doors(rooms_desk, MONDAY, tmp_path)
    assert "当日无预约" in _page_of(monday, "书画室") and "请到前台预约" in _page_of(monday, "书画室")
    tuesday = _doors(rooms_desk, TUESDAY, tmp_path, "tue.pdf")
    assert "当日闭馆：设备检修" in _page_of(tuesday, "书画室")
    assert "当日无预约" not in _page_of(tuesday, "书画室")


def test_midnight_edges(rooms_desk, tmp_path):
    monday = _page_of(_doors(rooms_desk, MONDAY, tmp_path), "夜间活动室")
    tuesday = _page_of(_doors(rooms_desk, TUESDAY, tmp_path, "tue.pdf"), "夜间活动室")
    wednesday = _page_of(_doors(rooms_desk, TUESDAY + timedelta(days=1), tmp_path, "wed.pdf"), "夜间活动室")
    assert "23:00—24:00" in monday and "夜间排练" in monday
    assert "夜间排练" not in tuesday
    assert "22:00—次日01:00" in tuesday and "跨夜值守" in tuesday
    assert "前日22:00—01:00" in wednesday and "跨夜值守" in wednesday


def test_one_room_only(rooms_desk, rooms_world, tmp_path):
    path = _doors(rooms_desk, MONDAY, tmp_path, room_id=rooms_world.rooms["谈心谈话室"])
    assert pdf.pages(path) == 1 and "谈心谈话室" in flat(pdf.text(path))


def test_large_type_readable_from_two_metres(rooms_desk, tmp_path):
    """The room's name at least 40 pt, each booking's time and title at least 24 pt on a normal day."""
    path = _doors(rooms_desk, MONDAY, tmp_path)
    found = words(path)
    name = next(word for word in found if word.text == "党员教育室" and word.page == 1)
    assert name.height >= 40
    time_word = next(word for word in found if word.text == "09:00—11:00")
    title = next(word for word in found if word.text == "主题党日" and word.page == 1)
    assert time_word.height >= 24 and title.height >= 24
    empty = next(word for word in found if word.text == "当日无预约")
    assert empty.height >= 36


def test_a_busy_day_shrinks_then_continues_on_a_second_page(center_ctx, admin, tmp_path):
    all_day = OpeningHours(((("00:00", "23:59"),),) * 7)
    with time_machine.travel(MOMENT, tick=False):
        room = center_ctx.rooms.create(admin, RoomForm(name="棋牌室", capacity=12, hours=all_day)).value

        def fill(count):
            for hour in range(count):
                starts_at, ends_at = local_span(center_ctx.clock.zone, MONDAY + timedelta(days=count),
                                                f"{hour:02d}:00", f"{hour:02d}:50")
                center_ctx.bookings.book(admin, BookingForm(room.id, starts_at, ends_at, BookingDetails(
                    title=f"第{hour + 1}场", booker_name="老年协会", headcount=4)))

        fill(9)  # a busy day: one page, smaller type
        fill(20)  # busier than a page holds at a readable size
        nine = _doors(center_ctx, MONDAY + timedelta(days=9), tmp_path, "nine.pdf")
        twenty = _doors(center_ctx, MONDAY + timedelta(days=20), tmp_path, "twenty.pdf")
    assert pdf.pages(nine) == 1
    titles = [word for word in words(nine) if word.text.startswith("第") and word.text.endswith("场")]
    assert len(titles) == 9 and all(16 <= word.height < 28 for word in titles)
    assert pdf.pages(twenty) == 2
    text = flat(pdf.text(twenty))
    assert all(f"第{n}场" in text for n in range(1, 21))
    assert "棋牌室（续）" in flat(pdf.text(twenty, page=2))
    sizes = [word.height for word in words(twenty) if word.text.startswith("第") and word.text.endswith("场")]
    assert min(sizes) >= 16  # never below what reads at a metre


def test_fonts_embedded(rooms_desk, tmp_path):
    fonts = pdf.fonts(_doors(rooms_desk, MONDAY, tmp_path))
    assert fonts and all(row.embedded for row in fonts)
    assert "WenQuanYiZenHei-0" in {row.name.split("+", 1)[1] for row in fonts}
