"""The resident's receipt (服务受理回执): what was asked, who owns it, when it is due."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
import time_machine

import printing_pdf_tools as pdf
import services_print_world
from desk.errors import NotFound, Refusal
from desk.printing.service_receipt import build_request_receipt, moment_text
from services_print_world import (
    MOMENT,
    RARE_RESIDENT,
    SHANGHAI,
    SUPERVISION,
    flat,
)

# The shared fixtures (a copy of the demo center per test), made this module's own.
services_desk = services_print_world.services_desk
services_admin = services_print_world.services_admin

RESIDENT_PHONE = "13912345678"
LIU_FANG_PUBLIC, LIU_FANG_PRIVATE = "13801010004", "13901010004"  # the demo's 便民服务 A holder
A5_SIZE = "419.528 x 595.276"


def _open(desk, admin, codes, *, owner="刘芳", at=MOMENT, name=RARE_RESIDENT, phone=RESIDENT_PHONE):
    owner_id = next(s.id for s in desk.staff.list() if s.name == owner)
    items = [desk.catalogue.item_by_code(code).id for code in codes]
    with time_machine.travel(at, tick=False):
        rows = desk.requests.open_requests(admin, item_ids=items, owner_id=owner_id, channel="walk_in",
                                           name=name, phone=phone).value
    return [row.id for row in rows]


def _print(desk, ids, tmp_path, paper="a5", name="receipt.pdf", at=MOMENT):
    with time_machine.travel(at, tick=False):
        return pdf.write(build_request_receipt(desk, ids, paper=paper), tmp_path, name)


def test_a5_receipt_for_two_requests(services_desk, services_admin, tmp_path):
    ids = _open(services_desk, services_admin, ["C-ZW-01", "C-DY-01"])
    path = _print(services_desk, ids, tmp_path)
    text = flat(pdf.text(path))
    assert pdf.info(path)["Page size"].startswith(A5_SIZE) and pdf.pages(path) == 1
    assert "服务受理回执" in text and "幸福社区党群服务中心" in text
    assert "1.居住证明开具" in text and "2.党员组织关系转接" in text
    for request_id in ids:
        detail = services_desk.requests.request(request_id)
        assert f"受理编号{request_id}" in text
        assert f"服务时限{detail.row.time_limit}" in text
        assert flat(moment_text(detail.row.due_at, SHANGHAI)) in text
    assert "受理时间2026年11月18日（星期三）10:00" in text
    assert "首办责任人刘芳" in text and f"联系电话{LIU_FANG_PUBLIC}" in text
    assert LIU_FANG_PRIVATE not in text  # never the owner's private phone
    assert f"监督电话：{SUPERVISION}" in text and "地址：幸福路1号" in text
    assert "首办责任制" in text


def test_the_resident_is_masked_and_both_fonts_are_embedded(services_desk, services_admin, tmp_path):
    ids = _open(services_desk, services_admin, ["C-ZW-01"])
    path = _print(services_desk, ids, tmp_path)
    text = flat(pdf.text(path))
    assert "居民：𠮷*" in text and "电话：139****5678" in text
    assert RARE_RESIDENT not in text and RESIDENT_PHONE not in text
    fonts = pdf.fonts(path)
    assert fonts and all(row.embedded for row in fonts)
    names = {re.sub(r"^[A-Z]{6}\+", "", row.name) for row in fonts}
    assert "HanaMinB" in names and any(name.startswith("WenQuanYiZenHei") for name in names)


def test_times_are_the_centers_local_time_with_the_weekday(services_desk, services_admin, tmp_path):
    # 07:30 on Wednesday in Beijing is still Tuesday in UTC.
    early = datetime(2026, 11, 18, 7, 30, tzinfo=SHANGHAI)
    ids = _open(services_desk, services_admin, ["C-ZW-01"], at=early)
    text = flat(pdf.text(_print(services_desk, ids, tmp_path, at=early)))
    assert "受理时间2026年11月18日（星期三）07:30" in text and "11月17日" not in text


def test_a_limit_over_the_weekend_is_due_on_a_working_day(services_desk, services_admin, tmp_path):
    friday = datetime(2026, 11, 20, 16, 0, tzinfo=SHANGHAI)
    ids = _open(services_desk, services_admin, ["C-DY-01"], at=friday)  # 3个工作日
    due = services_desk.requests.request(ids[0]).row.due_at.astimezone(SHANGHAI)
    assert due.weekday() < 5 and due.date() > friday.date()
    text = flat(pdf.text(_print(services_desk, ids, tmp_path, at=friday)))
    assert "受理时间2026年11月20日（星期五）16:00" in text
    assert f"应办结时间{flat(moment_text(due, SHANGHAI))}" in text
    assert "星期六" not in text and "星期日" not in text


def test_an_owner_without_a_public_phone_points_to_the_supervision_phone(services_desk, services_admin,
                                                                        tmp_path):
    ids = _open(services_desk, services_admin, ["FL-05"], owner="赵敏")
    text = flat(pdf.text(_print(services_desk, ids, tmp_path)))
    assert "首办责任人赵敏" in text and "联系电话请拨打监督电话" in text
    assert "13901010007" not in text  # her private phone


def test_roll_paper_is_80mm_wide_and_as_long_as_its_content(services_desk, services_admin, tmp_path):
    one = _open(services_desk, services_admin, ["C-ZW-01"])
    three = _open(services_desk, services_admin, ["C-ZW-02", "C-ZW-03", "C-ZW-04"])
    short = _print(services_desk, one, tmp_path, "80mm", "one.pdf")
    long = _print(services_desk, three, tmp_path, "80mm", "three.pdf")
    sizes = []
    for path in (short, long):
        assert pdf.pages(path) == 1
        width, height = (float(v) for v in re.findall(r"[\d.]+", pdf.info(path)["Page size"])[:2])
        assert width == pytest.approx(80 / 25.4 * 72, abs=0.1)
        sizes.append(height)
        text = flat(pdf.text(path))
        assert "服务受理回执" in text and "打印于2026-11-1810:00" in text  # the last line is on the slip
    assert sizes[0] < 150 / 25.4 * 72  # one request: a short slip, not a page
    assert sizes[1] > sizes[0] + 2 * 30 / 25.4 * 72  # each request adds its rows
    text = flat(pdf.text(long))
    assert "居住证申领代办" in text and "计划生育服务登记" in text


def test_bad_requests_are_refused(services_desk, services_admin):
    mine = _open(services_desk, services_admin, ["C-ZW-01"])
    theirs = _open(services_desk, services_admin, ["C-ZW-02"], name="钱德明", phone="13912340002")
    with pytest.raises(NotFound, match="no request number 99999"):
        build_request_receipt(services_desk, [99999])
    with pytest.raises(Refusal, match="different residents"):
        build_request_receipt(services_desk, mine + theirs)
    with pytest.raises(Refusal, match="at least one request"):
        build_request_receipt(services_desk, [])
    with pytest.raises(Refusal, match="A5 or on 80 mm"):
        build_request_receipt(services_desk, mine, paper="a4")
