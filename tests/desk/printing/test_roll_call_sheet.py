"""The evacuation roll call: who is inside, in check-in order, with the head count on top."""

from __future__ import annotations

from datetime import timedelta

import printing_pdf_tools as pdf
from desk.printing.roll_call import RollCallRow, render_roll_call

NOW = pdf.PRINTED_AT


def _row(name: str, minutes_ago: int, headcount: int = 1, **extra) -> RollCallRow:
    return RollCallRow(
        name=name,
        phone_masked=extra.pop("phone", "138****5678"),
        purpose=extra.pop("purpose", "咨询"),
        headcount=headcount,
        checked_in=NOW - timedelta(minutes=minutes_ago),
        **extra,
    )


def test_rows_are_numbered_in_check_in_order_with_counts(tmp_path) -> None:
    rows = [
        _row("王五", 5),
        _row("张𠮷明", 120, organisation="幸福小学", purpose="参观", headcount=5),
        _row("李䶮", 30, phone="139****1234"),
    ]
    path = pdf.write(render_roll_call("幸福社区党群服务中心", rows, printed_at=NOW), tmp_path)
    text = pdf.text(path, layout=True)
    assert "紧急疏散点名表" in text
    assert "在场来访 3 起，共 7 人" in text
    assert "已确认" in text
    assert "截至 2026-11-16 10:30" in text
    lines = [line.split() for line in text.splitlines() if line.strip()[:1].isdigit()]
    assert [(cells[0], cells[1]) for cells in lines[:3]] == [("1", "张𠮷明"), ("2", "李䶮"), ("3", "王五")]
    assert lines[0][2:] == ["138****5678", "幸福小学", "参观", "5", "08:30"]
    assert "值班员签字" in text


def test_someone_inside_since_an_earlier_day_shows_the_date(tmp_path) -> None:
    path = pdf.write(
        render_roll_call("中心", [_row("赵六", 60 * 24 + 10)], printed_at=NOW), tmp_path
    )
    assert "11-15 10:20" in pdf.text(path)


def test_nobody_inside_still_prints_a_sheet(tmp_path) -> None:
    path = pdf.write(render_roll_call("中心", [], printed_at=NOW), tmp_path)
    text = pdf.text(path)
    assert "在场来访 0 起，共 0 人" in text
    assert "打印时无人在场" in text
    assert pdf.pages(path) == 1


def test_a_crowd_runs_over_pages_with_the_title_on_each(tmp_path) -> None:
    rows = [_row(f"访客{n}", n) for n in range(60)]
    path = pdf.write(render_roll_call("中心", rows, printed_at=NOW), tmp_path)
    total = pdf.pages(path)
    assert total >= 2
    for page in range(1, total + 1):
        page_text = pdf.text(path, page=page)
        assert "紧急疏散点名表" in page_text and "已确认" in page_text
    assert "值班员签字" in pdf.text(path, page=total)
