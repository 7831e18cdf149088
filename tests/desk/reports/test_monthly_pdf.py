"""The monthly report as printed: read back with poppler (pdftotext, pdffonts) the way a
person's PDF reader sees it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import time_machine
from stats_world import add_activity, add_service, add_visit, add_visitor, local

from desk.printing.monthly_report import render_monthly_report


def pdf_text(pdf: bytes, folder: Path, name: str = "report.pdf") -> str:
    path = folder / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=30).stdout


def pdf_fonts(pdf: bytes, folder: Path) -> list[tuple[str, bool]]:
    path = folder / "fonts.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True,
                           timeout=30).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines]


@pytest.fixture
def november(center_ctx):
    resident = add_visitor(center_ctx, "张三")
    add_visit(center_ctx, local(2026, 11, 3, 9, 10), "consult", 1, resident)
    add_visit(center_ctx, local(2026, 11, 3, 10, 20), "tour", 25)
    add_visit(center_ctx, local(2026, 11, 17, 15, 5), "service", 2)
    activity = add_activity(center_ctx, "四点半课堂", local(2026, 11, 12, 16, 30), local(2026, 11, 12, 18))
    add_service(center_ctx, activity, "志愿者甲", 90)
    add_service(center_ctx, activity, "𠮷祥", 60)  # an Extension B name: set in the rare-character font
    return center_ctx


def test_a_draft_says_so_and_shows_the_months_figures(november, tmp_path) -> None:
    with time_machine.travel(local(2026, 11, 20, 10), tick=False):
        pdf = november.reports.pdf(2026, 11)
    text = pdf_text(pdf, tmp_path)
    assert "幸福社区党群服务中心" in text and "统计月报" in text
    assert "2026年11月（2026年11月1日 至 2026年11月30日）" in text
    assert "草稿" in text and "已签发" not in text
    assert "来访人次（人次）" in text and " 28 " in text  # 1 + 25 + 2 person-times
    for heading in ("一、概况", "二、来访", "三、场地使用", "四、活动", "五、志愿服务", "六、服务事项", "七、指标说明"):
        assert heading in text
    assert "每日来访人次" in text and "按事由来访人次" in text  # the charts' titles
    assert "志愿者甲" in text and "𠮷祥" in text and "四点半课堂" in text
    assert "2026-11-03" in text  # the busiest day
    assert "填报人：" in text and "审核人：" in text
    assert "打印于 2026-11-20 10:00" in text


def test_every_font_is_embedded_none_left_to_the_printer(november, tmp_path) -> None:
    with time_machine.travel(local(2026, 12, 2, 10), tick=False):
        pdf = november.reports.pdf(2026, 11)
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    assert any("HanaMin" in name for name, _ in fonts)  # 𠮷 came from the rare-character font


def test_an_issued_month_carries_its_date_and_signatures(november, admin, tmp_path) -> None:
    with time_machine.travel(local(2026, 12, 2, 10, 30), tick=False):
        report = november.reports.issue_month(admin, 2026, 11, prepared_by="李前台", reviewed_by="王主任").value
    with time_machine.travel(local(2027, 2, 1, 8), tick=False):
        text = pdf_text(render_monthly_report(report), tmp_path)
    assert "已签发 2026-12-02" in text and "草稿" not in text
    assert "李前台" in text and "王主任" in text
    assert "打印于 2026-12-02 10:30" in text  # a reprint is the document as issued


def test_a_month_without_records_prints_plainly(center_ctx, tmp_path) -> None:
    with time_machine.travel(local(2026, 12, 2, 10), tick=False):
        pdf = center_ctx.reports.pdf(2025, 6)
    text = pdf_text(pdf, tmp_path)
    assert "本月无记录" in text
    assert "二、指标说明" in text and "来访" in text
    assert "每日来访人次" not in text  # no empty charts


def test_a_correction_line_names_the_issued_month_and_the_change(november, admin, tmp_path) -> None:
    with time_machine.travel(local(2026, 12, 1, 9), tick=False):
        november.reports.issue_month(admin, 2026, 11)
    add_visit(november, local(2026, 11, 28, 11, 0), "consult", 4)
    with time_machine.travel(local(2027, 1, 1, 9), tick=False):
        text = pdf_text(november.reports.pdf(2026, 12), tmp_path)
    assert "更正" in text
    assert "2026年11月（已签发）来访人次：+4人次" in text
    assert "2026年11月（已签发）来访登记：+1次" in text
