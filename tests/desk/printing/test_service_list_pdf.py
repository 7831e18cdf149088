"""The service list poster (服务清单): every item a resident may come for, by category."""

from __future__ import annotations

import re

import pytest
import time_machine
import zxingcpp
from PIL import Image

import printing_pdf_tools as pdf
import services_print_world
from desk.errors import Refusal
from desk.printing.service_list import (
    CenterFacts,
    build_service_list,
    chinese_numeral,
    render_service_list,
    shorten,
)
from desk.services.items import ItemForm
from services_print_world import (
    ADDRESS,
    CENTER_NAME,
    MOMENT,
    SUPERVISION,
    demo_item_names,
    flat,
)

# The shared fixtures (a copy of the demo center per test), made this module's own.
services_desk = services_print_world.services_desk
services_admin = services_print_world.services_admin


def _print(desk, tmp_path, name="services.pdf", **options):
    with time_machine.travel(MOMENT, tick=False):
        return pdf.write(build_service_list(desk, **options), tmp_path, name)


def _pages(path):
    return [pdf.text(path, page=page) for page in range(1, pdf.pages(path) + 1)]


def test_every_demo_item_is_printed_with_its_limit_post_ab_place_and_fee(services_desk, tmp_path):
    path = _print(services_desk, tmp_path)
    text = flat(pdf.text(path))
    names = demo_item_names()
    assert len(names) == 55
    missing = [name for name in names if flat(name) not in text]
    assert missing == []
    snapshot = services_desk.catalogue.catalogue_snapshot()
    for category in snapshot.categories:
        assert category.name in text
    assert "一、党员服务（5项）" in text and "十一、" in text
    for limit in ("即时办结", "3个工作日", "4个工作小时", "10个工作日"):
        assert limit in text
    first = snapshot.items[0]
    assert first.name == "党员组织关系转接"
    assert "A岗：王建国" in text and "B岗：陈静" in text and "一楼服务大厅2号窗口" in text
    assert "对象：正式党员、预备党员" in text and "材料：介绍信、党员证明" in text
    assert "免费" in text and f"监督电话：{SUPERVISION}" in text and f"地址：{ADDRESS}" in text
    for heading in ("办理对象及所需材料", "服务时限", "责任岗位", "办理地点及时间", "收费"):
        assert heading in text


def test_version_and_print_date_are_on_every_page(services_desk, tmp_path):
    path = _print(services_desk, tmp_path)
    pages = _pages(path)
    assert len(pages) > 1
    for page in pages:
        assert CENTER_NAME in page and "服务清单" in page
        assert "第2版 · 2026年11月18日" in page  # the demo's catalogue is at version 2
    assert "依据第2版服务目录（2026年11月18日修订）打印，共11类55项" in flat(pages[0])
    assert pdf.info(path)["Page size"].startswith("595.276 x 841.89")  # A4 portrait


def test_both_bundled_fonts_are_embedded(services_desk, tmp_path):
    # The demo's B post holder 杨𠮷祥 needs DeskRare (HanaMin B) for 𠮷.
    path = _print(services_desk, tmp_path)
    fonts = pdf.fonts(path)
    assert fonts and all(row.embedded for row in fonts)
    names = {re.sub(r"^[A-Z]{6}\+", "", row.name) for row in fonts}
    assert any(name.startswith("WenQuanYiZenHei") for name in names)
    assert "HanaMinB" in names
    assert "杨𠮷祥" in pdf.text(path)


def test_a_retired_item_leaves_the_list_and_the_version_moves_on(services_desk, services_admin, tmp_path):
    item = services_desk.catalogue.item_by_code("SH-03")
    assert item.name == "失物招领"
    with time_machine.travel(MOMENT, tick=False):
        services_desk.catalogue.retire_item(services_admin, item.id)
    text = flat(pdf.text(_print(services_desk, tmp_path)))
    assert "失物招领" not in text
    assert "四、生活服务（4项）" in text and "共11类54项" in text
    assert "第3版·2026年11月18日" in text


def test_an_older_version_prints_as_it_was(services_desk, services_admin, tmp_path):
    item = services_desk.catalogue.item_by_code("SH-03")
    with time_machine.travel(MOMENT, tick=False):
        services_desk.catalogue.retire_item(services_admin, item.id)
    text = flat(pdf.text(_print(services_desk, tmp_path, version=2)))
    assert "失物招领" in text and "第2版" in text


def test_a3_prints_the_same_list_in_larger_type(services_desk, tmp_path):
    a4 = _print(services_desk, tmp_path, "a4.pdf")
    a3 = _print(services_desk, tmp_path, "a3.pdf", size="A3")
    assert "(A3)" in pdf.info(a3)["Page size"]
    text = flat(pdf.text(a3))
    assert [name for name in demo_item_names() if flat(name) not in text] == []

    def name_height(path) -> float:
        # The first item's name: its height on the page is its type size.
        bbox = pdf._run("pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-")
        found = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">1\.', bbox)
        assert found, "the first item's number is on page 1"
        return float(found.group(2)) - float(found.group(1))

    assert name_height(a3) == pytest.approx(name_height(a4) * 297 / 210, rel=0.05)


def _qr_text(path, tmp_path) -> str:
    image = Image.open(pdf.rasterise(path, tmp_path / "page", dpi=200))
    found = zxingcpp.read_barcodes(image.convert("L"))
    assert len(found) == 1
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode
    return found[0].text


def test_without_a_public_address_the_qr_code_carries_name_address_and_phone(services_desk, tmp_path):
    path = _print(services_desk, tmp_path)
    decoded = _qr_text(path, tmp_path)
    assert CENTER_NAME in decoded and ADDRESS in decoded and SUPERVISION in decoded  # as people write it
    assert "扫码保存本中心地址和监督电话" in flat(pdf.text(path, page=1))


def test_the_qr_code_links_to_the_public_information_when_set(services_desk, services_admin, tmp_path):
    url = "https://dqfw.example.gov.cn/center/xingfu"
    services_desk.center.set_setting(services_admin, "public_info_url", url)
    path = _print(services_desk, tmp_path)
    assert _qr_text(path, tmp_path) == url
    assert "扫码查看本中心公开信息" in flat(pdf.text(path, page=1))


def test_a_long_category_runs_over_pages_with_its_heading_and_no_orphaned_heading(
        services_desk, services_admin, tmp_path):
    desk = services_desk
    with time_machine.travel(MOMENT, tick=False):
        category = desk.catalogue.save_category(services_admin, "综合窗口").value
        for number in range(40):
            desk.catalogue.save_item(services_admin, ItemForm(
                code=f"ZH-{number:02d}", category_id=category.id, name=f"综合事项第{number:02d}号",
                eligibility="辖区居民及驻区单位职工", materials="身份证、户口簿、相关证明材料原件及复印件",
                time_limit="2个工作日", place="一楼综合窗口", hours="工作日 08:30–17:30"))
    pages = _pages(_print(desk, tmp_path))
    heading = "十二、综合窗口（40项）"
    carrying = [number for number, page in enumerate(pages, start=1) if "综合事项第" in page]
    assert len(carrying) >= 2
    for number in carrying:  # the heading and the column headings repeat on each of its pages
        page = flat(pages[number - 1])
        assert heading in page and "办理对象及所需材料" in page
    for number, page in enumerate(pages, start=1):  # no page ends on a heading without an item
        if heading in flat(page):
            assert "综合事项第" in page, number
    everything = flat("".join(pages))
    assert all(f"综合事项第{number:02d}号" in everything for number in range(40))


def test_eligibility_and_materials_are_kept_short(services_desk, services_admin, tmp_path):
    long_materials = "、".join(f"第{n}份证明材料" for n in range(1, 30))
    with time_machine.travel(MOMENT, tick=False):
        item = services_desk.catalogue.item_by_code("SH-02")
        services_desk.catalogue.save_item(services_admin, ItemForm(**{**item.form().__dict__,
                                                                      "materials": long_materials}),
                                          item_id=item.id)
    text = flat(pdf.text(_print(services_desk, tmp_path)))
    assert "材料：第1份证明材料" in text and "第29份证明材料" not in text and "…" in text


def test_shorten_and_numerals():
    assert shorten("身份证\n户口簿") == "身份证；户口簿"
    cut = shorten("甲" * 100, 10)
    assert len(cut) == 10 and cut.endswith("…")
    assert [chinese_numeral(n) for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]


def test_an_empty_catalogue_says_so(ctx, tmp_path):
    snapshot = ctx.catalogue.catalogue_snapshot()
    with time_machine.travel(MOMENT, tick=False):
        path = pdf.write(render_service_list(snapshot, CenterFacts("某社区党群服务中心"),
                                             printed_at=ctx.clock.now()), tmp_path)
    assert "服务清单中暂无服务事项" in flat(pdf.text(path))


def test_an_unknown_paper_size_is_refused(services_desk):
    with pytest.raises(Refusal, match="A4 or A3"):
        build_service_list(services_desk, size="A5")
