"""The three lists (三个清单): services offered, residents' demands, shared resources."""

from __future__ import annotations

import re

import time_machine

import printing_pdf_tools as pdf
import services_print_world
from desk.printing.three_lists import build_three_lists, read_three_lists, render_three_lists
from desk.services.lists import ResourceForm
from desk.text import mask_name
from services_print_world import (
    MOMENT,
    RARE_RESIDENT,
    demo_item_names,
    flat,
)

# The shared fixtures (a copy of the demo center per test), made this module's own.
services_desk = services_print_world.services_desk
services_admin = services_print_world.services_admin


def _print(desk, tmp_path):
    with time_machine.travel(MOMENT, tick=False):
        return pdf.write(build_three_lists(desk), tmp_path, "three.pdf")


def test_the_three_sections_with_every_service_item(services_desk, tmp_path):
    path = _print(services_desk, tmp_path)
    text = flat(pdf.text(path))
    assert "三个清单" in text and "幸福社区党群服务中心" in text
    assert "一、服务项目清单（55项）" in text and "二、需求意向清单" in text and "三、共享资源清单（4项）" in text
    assert [name for name in demo_item_names() if flat(name) not in text] == []
    assert "党员服务" in text and "3个工作日" in text and "一楼服务大厅2号窗口" in text
    assert "截至2026年11月18日，服务清单第2版" in text
    assert pdf.info(path)["Page size"].startswith("595.276 x 841.89")


def test_open_demands_are_listed_with_masked_names_and_no_phones(services_desk, services_admin, tmp_path):
    desk = services_desk
    with time_machine.travel(MOMENT, tick=False):
        desk.demands.record(services_admin, "希望开设书法兴趣班", name=RARE_RESIDENT, phone="13712345678")
    demands = desk.demands.list()
    open_ones = [d for d in demands if d.state in ("recorded", "dispatched", "taken")]
    closed = [d for d in demands if d.state in ("done", "cancelled")]
    assert open_ones and closed
    text = flat(pdf.text(_print(desk, tmp_path)))
    assert f"二、需求意向清单（{len(open_ones)}条）" in text
    for demand in open_ones:
        assert demand.title in text
        assert mask_name(demand.resident) in text
        assert demand.resident not in text  # the full name never
    for demand in closed:
        assert demand.title not in text
    assert "待派单" in text and "已派单：部门物业服务中心" in text and "已接单办理中：党员第一党支部王建国" in text
    assert "𠮷*" in text
    # No resident's phone, not even masked: the demo's demand residents have 138 numbers.
    assert "13712345678" not in text and "137****5678" not in text
    assert not re.search(r"138\*{4}\d{4}", text)


def test_shared_resources_with_partner_what_contact_and_availability(services_desk, services_admin, tmp_path):
    desk = services_desk
    with time_machine.travel(MOMENT, tick=False):
        gone = desk.resources.save(services_admin, ResourceForm("旧书店", "图书捐赠", contact="赵店长",
                                                                phone="01066660000", availability="长期")).value
        desk.resources.set_active(services_admin, gone.id, False)
    text = flat(pdf.text(_print(desk, tmp_path)))
    for resource in desk.resources.list():
        assert resource.unit in text and resource.title in text
        assert resource.contact in text and resource.phone in text
        assert flat(resource.availability) in text
    assert "区人民医院" in text and "每周三社区义诊" in text and "李医生" in text and "01066668888" in text
    assert "旧书店" not in text  # no longer offered


def test_both_bundled_fonts_are_embedded(services_desk, services_admin, tmp_path):
    with time_machine.travel(MOMENT, tick=False):
        services_desk.demands.record(services_admin, "希望增设休息座椅", name=RARE_RESIDENT)
    path = _print(services_desk, tmp_path)
    fonts = pdf.fonts(path)
    assert fonts and all(row.embedded for row in fonts)
    names = {re.sub(r"^[A-Z]{6}\+", "", row.name) for row in fonts}
    assert "HanaMinB" in names and any(name.startswith("WenQuanYiZenHei") for name in names)


def test_section_headings_repeat_when_a_list_runs_over_a_page(services_desk, tmp_path):
    path = _print(services_desk, tmp_path)
    pages = [flat(pdf.text(path, page=n)) for n in range(1, pdf.pages(path) + 1)]
    with_items = [page for page in pages if "党员组织关系转接" in page or "会议室借用" in page]
    assert len(pages) > 1
    for page in with_items:
        assert "一、服务项目清单（55项）" in page and "服务时限" in page


def test_a_new_center_with_empty_lists_says_so(center_ctx, tmp_path):
    with time_machine.travel(MOMENT, tick=False):
        data = read_three_lists(center_ctx)
        path = pdf.write(render_three_lists(data, printed_at=center_ctx.clock.now()), tmp_path)
    text = flat(pdf.text(path))
    assert "暂无服务事项" in text and "暂无待办的需求意向" in text and "暂无共享资源" in text
