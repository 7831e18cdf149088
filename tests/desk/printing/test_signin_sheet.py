"""The activity sign-in sheet (活动签到表): the list at the door, with QR codes the door reads."""

from __future__ import annotations

from datetime import datetime

import time_machine
import zxingcpp
from PIL import Image

import printing_pdf_tools as pdf
import rooms_print_world
from db.tables import Signup
from desk.printing.signin_sheet import render_signin_sheet
from desk.rooms.activity_rows import ActivityForm, SignupForm
from desk.rooms.printouts import signin_sheet
from rooms_print_world import MOMENT, PHONES, PRINTED_AT, RARE_RESIDENT, SHANGHAI, flat

rooms_world = rooms_print_world.rooms_world
rooms_desk = rooms_print_world.rooms_desk
rooms_admin = rooms_print_world.rooms_admin

TUESDAY_1330 = datetime(2026, 11, 17, 13, 30, tzinfo=SHANGHAI)


def _sheet(desk, activity_id, tmp_path, name="signin.pdf", **options):
    sheet = signin_sheet(desk.store, desk.clock, activity_id)
    return pdf.write(render_signin_sheet(sheet, printed_at=PRINTED_AT, **options), tmp_path, name)


def _codes(path, tmp_path, page=1):
    """(text, top edge in pixels) of every QR code on the page, read from a 200 dpi scan."""
    image = pdf.rasterise(path, tmp_path / f"scan{page}", dpi=200, page=page)
    found = zxingcpp.read_barcodes(Image.open(image))
    return [(code.text, code.position.top_left.y) for code in found if code.format == zxingcpp.BarcodeFormat.QRCode]


def _payload(desk, signup_id):
    """The QR text of the sign-up's pass, as the desk issued it."""
    with desk.store.read() as session:
        serial = session.get(Signup, signup_id).pass_serial
    return desk.passes.issued_pass(serial).payload


def test_the_activity_its_sign_ups_and_the_waiting_list(rooms_desk, rooms_world, tmp_path):
    path = _sheet(rooms_desk, rooms_world.activity_id, tmp_path)
    text = pdf.text(path)
    line = flat(text)
    assert "活动签到表" in text and "健康讲座：冬季养生" in line
    assert "2026年11月17日（星期二）14:00—16:00" in line and "签到：13:00起" in line
    assert "地点：党员教育室（一楼东侧）" in line and "主办：社区卫生服务站" in line
    assert "名额：6人，已报名5人" in line
    assert "报名名单（4组，5人）" in line and "候补名单（2组" in line and "现场报名" in line
    # Confirmed in sign-up order, then the waiting list in the order places are offered.
    order = [line.index(name) for name in ("张三", RARE_RESIDENT, "李四", "赵六", "候补名单", "王五", "钱七")]
    assert order == sorted(order)
    assert "（同行1）" in line and "（同行2）" in line
    assert "已签到13:40" in line  # 李四 scanned in before this copy was printed
    assert "签名" in line


def test_phones_masked_and_rare_names_kept(rooms_desk, rooms_world, tmp_path):
    path = _sheet(rooms_desk, rooms_world.activity_id, tmp_path)
    line = flat(pdf.text(path))
    assert "138****5678" in line and "139****0001" in line
    for phone in PHONES.values():
        assert phone not in line
    assert RARE_RESIDENT in line
    fonts = pdf.fonts(path)
    assert all(row.embedded for row in fonts)
    assert {row.name.split("+", 1)[1] for row in fonts} == {"WenQuanYiZenHei-0", "HanaMinB"}
    assert "(A4)" in pdf.info(path)["Page size"]


def test_the_qr_codes_are_the_passes_the_door_and_desk_read(rooms_desk, rooms_world, tmp_path):
    path = _sheet(rooms_desk, rooms_world.activity_id, tmp_path)
    codes = dict(_codes(path, tmp_path))
    zhang, li, wang = (_payload(rooms_desk, rooms_world.signups[name]) for name in ("张三", "李四", "王五"))
    booking_pass = rooms_desk.passes.issued_pass(rooms_desk.bookings.get(rooms_world.activity_booking_id)
                                                 .pass_serial).payload
    # Each row's own pass, and the room booking's at the top; none for the waiting list.
    assert set(codes) == {zhang, li, booking_pass}
    assert wang not in codes
    assert codes[booking_pass] < codes[zhang] < codes[li]


def test_scanning_a_row_at_the_door_signs_that_resident_in(rooms_desk, rooms_world, rooms_admin, tmp_path):
    path = _sheet(rooms_desk, rooms_world.activity_id, tmp_path)
    zhang = _payload(rooms_desk, rooms_world.signups["张三"])
    scanned = next(text for text, _ in _codes(path, tmp_path) if text == zhang)
    with time_machine.travel(TUESDAY_1330, tick=False):
        result = rooms_desk.activities.door.scan_at_door(rooms_admin, rooms_world.activity_id, scanned).value
    assert result.outcome == "signed_in" and result.signup.name == "张三" and result.fields["people"] == 2


def test_a_withdrawn_pass_is_not_printed(rooms_desk, rooms_world, rooms_admin, tmp_path):
    zhang = _payload(rooms_desk, rooms_world.signups["张三"])
    serial = next(row.pass_serial for row in rooms_desk.activities.detail(rooms_world.activity_id).confirmed
                  if row.name == "张三")
    with time_machine.travel(MOMENT, tick=False):
        rooms_desk.passes.revoke(rooms_admin, serial, "lost")
    codes = dict(_codes(_sheet(rooms_desk, rooms_world.activity_id, tmp_path), tmp_path))
    assert zhang not in codes and len(codes) == 2


def test_an_activity_in_a_typed_place_and_a_cancelled_one(rooms_desk, rooms_admin, tmp_path):
    with time_machine.travel(MOMENT, tick=False):
        walk = rooms_desk.activities.create(rooms_admin, ActivityForm(
            title="健步走", organiser="社区体育队", place="幸福公园南门", capacity=0,
            starts_at=datetime(2026, 11, 20, 7, 0, tzinfo=SHANGHAI),
            ends_at=datetime(2026, 11, 20, 8, 30, tzinfo=SHANGHAI))).value
        rooms_desk.activities.signups.sign_up(rooms_admin, walk.id, SignupForm(name="孙八", phone="13300005555"))
    path = _sheet(rooms_desk, walk.id, tmp_path, walk_in_rows=3)
    line = flat(pdf.text(path))
    assert "地点：幸福公园南门" in line and "名额：不限，已报名1人" in line and "孙八" in line
    assert "候补名单" not in line and "现场报名" in line
    assert _codes(path, tmp_path) == []  # no booking and no pass issued: no code
    with time_machine.travel(MOMENT, tick=False):
        rooms_desk.activities.cancel(rooms_admin, walk.id, "下雨")
    cancelled = flat(pdf.text(_sheet(rooms_desk, walk.id, tmp_path, "cancelled.pdf")))
    assert "本活动已取消" in cancelled and "现场报名" not in cancelled


def test_no_sign_ups_yet(rooms_desk, rooms_admin, tmp_path):
    with time_machine.travel(MOMENT, tick=False):
        talk = rooms_desk.activities.create(rooms_admin, ActivityForm(
            title="法律讲座", place="二楼会议室", starts_at=datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI),
            ends_at=datetime(2026, 11, 21, 10, 0, tzinfo=SHANGHAI))).value
    line = flat(pdf.text(_sheet(rooms_desk, talk.id, tmp_path)))
    assert "暂无报名" in line and "报名名单（0组，0人）" in line and "现场报名" in line
