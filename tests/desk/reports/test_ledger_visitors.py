"""The visitor ledger (来访登记台账): what an office opening the file sees, masking by
default and in full for an administrator (audited), and the local-day boundaries."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from ledger_world import CENTER, NOW, LedgerWorld, local, read_ledger

from desk.errors import NotAllowed
from desk.reports.ledgers.export import export_ledger
from desk.reports.ledgers.sources import Reading


@pytest.fixture
def world(center_ctx):
    with time_machine.travel(NOW, tick=False):
        yield LedgerWorld(center_ctx)


def export(ctx, actor, path, first=date(2026, 11, 1), last=date(2026, 11, 30), **options):
    return export_ledger(ctx.store, ctx.clock, actor, "visitors", first, last, path, **options)


def test_a_month_of_visits_reads_back_with_chinese_headers_masked_people_and_totals(world, admin, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5), local(2026, 11, 2, 10, 40), phone="13812345678",
                purpose="service", organisation="幸福社区居委会", notes="办理居住证明")
    world.visit("欧阳娜娜", local(2026, 11, 3, 14, 0), phone="01087654321", purpose="tour", headcount=12,
                source="pass")
    world.visit(None, local(2026, 11, 3, 15, 30), purpose="consult", headcount=2)

    result = export(world.ctx, admin, tmp_path / "来访.xlsx")

    assert result.rows == 3 and result.skipped_columns == () and result.totals == {"headcount": 15}
    sheet = read_ledger(result.path)
    assert sheet.title == f"{CENTER}来访登记台账"
    assert "2026-11-01 至 2026-11-30" in sheet.subtitle and "共 3 条" in sheet.subtitle
    assert "2026-12-01 10:00" in sheet.subtitle  # when it was exported, local time
    assert sheet.headers == ["日期", "到访时间", "离开时间", "姓名", "联系电话", "工作单位", "来访事由", "人数",
                             "登记方式", "备注"]
    first, second, anonymous = sheet.rows()
    assert first == {"日期": datetime(2026, 11, 2), "到访时间": time(9, 5), "离开时间": time(10, 40),
                     "姓名": "张*明", "联系电话": "138****5678", "工作单位": "幸福社区居委会", "来访事由": "办事",
                     "人数": 1, "登记方式": "现场登记", "备注": "办理居住证明"}
    assert second["姓名"] == "欧**娜" and second["联系电话"] == "010****4321"
    assert second["离开时间"] is None and second["人数"] == 12 and second["登记方式"] == "扫码登记"
    assert anonymous["姓名"] is None and anonymous["联系电话"] is None
    assert sheet.totals()["人数"] == 15 and sheet.totals()["日期"] == "合计"


def test_the_file_is_laid_out_for_print_and_for_scrolling(world, admin, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5), phone="13812345678")

    sheet = read_ledger(export(world.ctx, admin, tmp_path / "v.xlsx").path).sheet

    assert sheet.freeze_panes == "A4"  # title, period and headers stay on screen
    assert sheet.print_title_rows == "$3:$3"  # the headers repeat on every printed page
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.column_dimensions["A"].width == 11 and sheet.column_dimensions["J"].width == 28
    assert "A1:J1" in {str(merged) for merged in sheet.merged_cells.ranges}
    assert sheet["A4"].number_format == "yyyy-mm-dd" and sheet["B4"].number_format == "hh:mm"
    assert sheet["A3"].font.bold and sheet.title == "来访登记台账"
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_the_period_is_whole_local_days_even_across_a_year_boundary(world, admin, tmp_path):
    world.visit("前一年", local(2025, 12, 31, 23, 59, 59))
    world.visit("元旦零点", local(2026, 1, 1, 0, 0))  # 2025-12-31 16:00 UTC
    world.visit("月末", local(2026, 1, 31, 23, 59))
    world.visit("下个月", local(2026, 2, 1, 0, 0))

    result = export(world.ctx, admin, tmp_path / "jan.xlsx", date(2026, 1, 1), date(2026, 1, 31), full_personal=True)

    rows = read_ledger(result.path).rows()
    assert [row["姓名"] for row in rows] == ["元旦零点", "月末"]
    assert rows[0]["日期"] == datetime(2026, 1, 1) and rows[0]["到访时间"] == time(0, 0)
    assert rows[1]["日期"] == datetime(2026, 1, 31) and rows[1]["到访时间"] == time(23, 59)


def test_lines_are_in_check_in_order(world, admin, tmp_path):
    world.visit("下午", local(2026, 11, 5, 15, 0))
    world.visit("上午", local(2026, 11, 5, 9, 0))
    world.visit("前一天", local(2026, 11, 4, 16, 0))

    rows = read_ledger(export(world.ctx, admin, tmp_path / "v.xlsx", full_personal=True).path).rows()

    assert [row["姓名"] for row in rows] == ["前一天", "上午", "下午"]


def test_an_administrator_exports_in_full_and_the_audit_trail_says_who_what_and_how_many(world, admin, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5), phone="13812345678")
    world.visit("李四", local(2026, 11, 9, 9, 5), phone="13900001111")

    result = export(world.ctx, admin, tmp_path / "full.xlsx", full_personal=True)

    sheet = read_ledger(result.path)
    assert [(row["姓名"], row["联系电话"]) for row in sheet.rows()] == [
        ("张小明", "138 1234 5678"), ("李四", "139 0000 1111")]
    assert "含完整个人信息" in sheet.subtitle
    [entry] = world.audit("ledger.export_full")
    assert entry.username == "admin" and entry.entity_id == "visitors"
    assert '"rows": 2' in entry.after and "2026-11-01" in entry.after and "2026-11-30" in entry.after


def test_a_masked_export_writes_no_audit_line(world, admin, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5))

    export(world.ctx, admin, tmp_path / "v.xlsx")

    assert world.audit("ledger.export_full") == []


def test_a_receptionist_cannot_export_personal_data_in_full(world, receptionist, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5), phone="13812345678")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "full.xlsx"

    with pytest.raises(NotAllowed):
        export(world.ctx, receptionist, target, full_personal=True)

    assert list(folder.iterdir()) == []
    masked = export(world.ctx, receptionist, target)  # the masked ledger is daily work
    assert read_ledger(masked.path).rows()[0]["姓名"] == "张*明"


def test_a_visitor_purged_by_retention_leaves_an_anonymous_line(world, admin, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5), phone="13812345678", headcount=2)
    world.purge_visitor("张小明")

    result = export(world.ctx, admin, tmp_path / "v.xlsx", full_personal=True)

    [row] = read_ledger(result.path).rows()
    assert row["姓名"] is None and row["联系电话"] is None and row["人数"] == 2


def test_text_that_looks_like_markup_or_a_formula_arrives_as_typed(world, admin, tmp_path):
    world.visit("张小明", local(2026, 11, 2, 9, 5), notes="<b>A&B</b> =SUM(A1:A9) “引号”")

    [row] = read_ledger(export(world.ctx, admin, tmp_path / "v.xlsx").path).rows()

    assert row["备注"] == "<b>A&B</b> =SUM(A1:A9) “引号”"


@pytest.mark.parametrize(("zone", "switch"), [
    ("Asia/Shanghai", datetime(2026, 1, 1, tzinfo=UTC)),
    ("Europe/Berlin", datetime(2026, 3, 29, 1, tzinfo=UTC)),  # clocks go forward an hour
    ("Europe/Berlin", datetime(2026, 10, 25, 1, tzinfo=UTC)),  # and back
    ("Australia/Lord_Howe", datetime(2026, 4, 4, 15, tzinfo=UTC)),  # half an hour back, at :00 local
    ("Asia/Kathmandu", datetime(2026, 6, 1, tzinfo=UTC)),  # +05:45 all year
    ("America/St_Johns", datetime(2026, 3, 8, 5, 30, tzinfo=UTC)),  # a switch in the middle of a UTC hour
])
def test_stored_moments_become_exact_local_times_for_any_center_zone(zone, switch):
    """The ledger looks the zone's offset up once per hour; it must still be exact when the
    offset changes, including by half an hour."""
    reading = Reading(ZoneInfo(zone), masked=True, now=NOW, center_name="")

    for minute in range(-36 * 60, 36 * 60, 7):
        moment = switch + timedelta(minutes=minute, seconds=minute % 60)
        stored = moment.strftime("%Y-%m-%d %H:%M:%S.%f")

        assert reading.local(stored) == moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None), stored
