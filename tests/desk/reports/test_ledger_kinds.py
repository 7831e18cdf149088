"""The room-use, activity, volunteer service and request ledgers, read back as an office
would: headers, the lines that belong in each, masking, totals and print setup."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import time_machine
from ledger_world import CENTER, NOW, LedgerWorld, local, read_ledger

from desk.reports.ledgers.export import export_ledger
from desk.reports.ledgers.kinds import KINDS
from desk.reports.ledgers.templates import default_template

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def world(center_ctx):
    with time_machine.travel(NOW, tick=False):
        yield LedgerWorld(center_ctx)


def export(world, actor, kind, path, period=NOVEMBER, **options):
    return export_ledger(world.ctx.store, world.ctx.clock, actor, kind, *period, path, **options)


def test_room_use_ledger_lists_rooms_that_were_held_with_hours_and_people(world, admin, tmp_path):
    hall = world.room("党员教育室", sort_order=1)
    gym = world.room("文体活动室", sort_order=2)
    world.booking(hall, local(2026, 11, 3, 14), local(2026, 11, 3, 16), headcount=20, attendance=18,
                  checked_in_at=local(2026, 11, 3, 13, 55), purpose="学习党章")
    world.booking(gym, local(2026, 11, 4, 19), local(2026, 11, 5, 1), booker_kind="resident", booker_name="王小红",
                  title="排练", headcount=3, state="pending", source="upstream", contact_phone="13612345678")
    world.booking(gym, local(2026, 11, 6, 9), local(2026, 11, 6, 10), state="released", headcount=5)
    world.booking(gym, local(2026, 11, 7, 9), local(2026, 11, 7, 10), state="cancelled", headcount=50)
    world.booking(gym, local(2026, 11, 8, 9), local(2026, 11, 8, 10), state="rejected", headcount=50)
    world.booking(hall, local(2026, 12, 1, 9), local(2026, 12, 1, 10), headcount=50)

    result = export(world, admin, "rooms", tmp_path / "rooms.xlsx")

    sheet = read_ledger(result.path)
    assert sheet.title == f"{CENTER}场地使用台账"
    assert sheet.headers == ["日期", "场地", "使用时段", "时长（小时）", "使用单位/个人", "活动主题", "用途",
                             "预约人数", "实到人数", "状态", "签到时间", "预约渠道"]
    used, night, no_show = sheet.rows()
    assert used == {"日期": datetime(2026, 11, 3), "场地": "党员教育室", "使用时段": "14:00—16:00", "时长（小时）": 2,
                    "使用单位/个人": "第一党支部", "活动主题": "主题党日", "用途": "学习党章", "预约人数": 20,
                    "实到人数": 18, "状态": "已签到", "签到时间": time(13, 55), "预约渠道": "前台"}
    assert night["使用时段"] == "19:00—次日01:00" and night["时长（小时）"] == 6
    assert night["使用单位/个人"] == "王*红"  # a resident is a person; a party branch is not
    assert night["状态"] == "待审批" and night["预约渠道"] == "小程序" and night["实到人数"] is None
    assert no_show["状态"] == "未到场，已释放"
    assert sheet.totals()["预约人数"] == 28
    assert sheet.totals()["实到人数"] == 18 and sheet.totals()["时长（小时）"] == 9


def test_activity_ledger_counts_sign_ups_attendance_no_shows_and_volunteer_hours(world, admin, tmp_path):
    hall = world.room("党员教育室")
    booking = world.booking(hall, local(2026, 11, 10, 9), local(2026, 11, 10, 11, 30))
    lecture = world.activity("党课：二十大精神", local(2026, 11, 10, 9), local(2026, 11, 10, 11, 30),
                             booking_id=booking, organiser="第一党支部", capacity=30)
    world.signup(lecture, "张三", companions=1, came=2)
    world.signup(lecture, "李四")  # did not come
    world.signup(lecture, "王五", came=1)
    world.signup(lecture, "赵六", state="waitlist")
    world.signup(lecture, "钱七", state="cancelled")
    helper = world.staff("陈志愿")
    world.volunteer(lecture, "陈志愿", 60, staff_id=helper, recorded_at=local(2026, 11, 10, 12))
    world.volunteer(lecture, "陈志愿", 30, staff_id=helper, recorded_at=local(2026, 11, 10, 12))
    world.volunteer(lecture, "刘热心", 90, recorded_at=local(2026, 11, 10, 12))
    world.volunteer(lecture, "刘热心", 600, removed=True, recorded_at=local(2026, 11, 10, 12))
    world.activity("广场舞", local(2026, 11, 12, 19), local(2026, 11, 12, 20), place="社区广场")
    world.activity("取消的讲座", local(2026, 11, 13, 9), local(2026, 11, 13, 10), state="cancelled")

    sheet = read_ledger(export(world, admin, "activities", tmp_path / "a.xlsx").path)

    assert sheet.headers == ["日期", "时间", "活动名称", "组织单位", "活动地点", "名额", "报名人数", "参加人次",
                             "报名未到", "志愿者人数", "志愿服务时长（小时）"]
    lecture_line, dance = sheet.rows()
    assert lecture_line == {"日期": datetime(2026, 11, 10), "时间": "09:00—11:30", "活动名称": "党课：二十大精神",
                            "组织单位": "第一党支部", "活动地点": "党员教育室", "名额": 30, "报名人数": 4,
                            "参加人次": 3, "报名未到": 1, "志愿者人数": 2, "志愿服务时长（小时）": 3}
    assert dance["活动地点"] == "社区广场" and dance["名额"] == "不限" and dance["报名人数"] == 0
    assert sheet.totals()["参加人次"] == 3 and sheet.totals()["志愿服务时长（小时）"] == 3


def test_an_activity_that_has_not_ended_has_no_no_shows_yet(world, admin, tmp_path):
    coming = world.activity("周三讲座", local(2026, 12, 2, 9), local(2026, 12, 2, 10))
    world.signup(coming, "李四")

    sheet = read_ledger(export(world, admin, "activities", tmp_path / "a.xlsx",
                               (date(2026, 12, 1), date(2026, 12, 31))).path)

    [line] = sheet.rows()
    assert line["报名人数"] == 1 and line["报名未到"] is None


def test_volunteer_ledger_has_the_fields_of_the_volunteer_record_rules(world, admin, tmp_path):
    hall = world.room("党员教育室")
    booking = world.booking(hall, local(2026, 11, 10, 9), local(2026, 11, 10, 11, 30))
    lecture = world.activity("党课", local(2026, 11, 10, 9), local(2026, 11, 10, 11, 30), booking_id=booking,
                             organiser="第一党支部")
    helper = world.staff("陈志愿", public_phone="13700001111")
    world.volunteer(lecture, "陈志愿", 90, staff_id=helper, role="签到引导", recorded_by=admin.user_id,
                    recorded_at=local(2026, 11, 10, 12))
    world.visit("张小明", local(2026, 11, 10, 8, 50), phone="13812345678")
    resident = world.visitors["张小明"]
    world.volunteer(lecture, "张小明", 60, visitor_id=resident, role="摄影", recorded_at=local(2026, 11, 11, 0, 30))
    world.volunteer(lecture, "刘热心", 30, recorded_at=local(2026, 11, 10, 12), note="补录")
    world.volunteer(lecture, "刘热心", 600, removed=True, recorded_at=local(2026, 11, 10, 12))

    masked = read_ledger(export(world, admin, "volunteers", tmp_path / "v.xlsx").path)
    full = read_ledger(export(world, admin, "volunteers", tmp_path / "f.xlsx", full_personal=True).path)

    assert masked.headers == ["志愿者姓名", "联系电话", "服务项目", "服务内容", "服务日期", "起止时间", "服务地点",
                              "服务时长（小时）", "活动组织方", "记录单位", "记录人", "记录日期"]
    staff_line, resident_line, named_line = masked.rows()
    assert staff_line == {"志愿者姓名": "陈*愿", "联系电话": "137****1111", "服务项目": "党课", "服务内容": "签到引导",
                          "服务日期": datetime(2026, 11, 10), "起止时间": "09:00—11:30", "服务地点": "党员教育室",
                          "服务时长（小时）": 1.5, "活动组织方": "第一党支部", "记录单位": CENTER, "记录人": "王管理",
                          "记录日期": datetime(2026, 11, 10)}
    assert resident_line["联系电话"] == "138****5678" and resident_line["记录日期"] == datetime(2026, 11, 11)
    assert named_line["联系电话"] is None and named_line["记录人"] == "系统"
    assert masked.totals()["服务时长（小时）"] == 3
    assert [line["志愿者姓名"] for line in full.rows()] == ["陈志愿", "张小明", "刘热心"]
    assert full.rows()[0]["联系电话"] == "137 0000 1111"


def test_request_ledger_says_who_owned_each_request_and_whether_it_was_on_time(world, admin, tmp_path):
    owner = world.staff("李办理")
    relay, expert = world.staff("王接手"), world.staff("赵专员")
    item = world.item("居住证明", "政务服务")
    on_time = world.request(item, owner, local(2026, 11, 2, 9), local(2026, 11, 5, 17),
                            resolved=local(2026, 11, 4, 10), name="张小明", phone="13812345678",
                            rating="satisfied", handed_to=(relay, expert))
    world.request(item, owner, local(2026, 11, 10, 9), local(2026, 11, 12, 17), resolved=local(2026, 11, 13, 9))
    world.request(item, owner, local(2026, 11, 20, 9), local(2026, 11, 25, 17))
    world.request(item, owner, local(2026, 11, 28, 9), local(2026, 12, 3, 17))
    world.request(item, owner, local(2026, 10, 31, 23, 59), local(2026, 11, 3, 17))

    sheet = read_ledger(export(world, admin, "requests", tmp_path / "r.xlsx").path)

    assert sheet.headers == ["受理编号", "受理时间", "服务对象", "服务事项", "事项类别", "首办责任人", "办理期限",
                             "办结时间", "办理状态", "按时办结", "转办至", "满意度"]
    first, late, overdue, open_one = sheet.rows()
    assert first == {"受理编号": on_time, "受理时间": datetime(2026, 11, 2, 9), "服务对象": "张*明",
                     "服务事项": "居住证明", "事项类别": "政务服务", "首办责任人": "李办理",
                     "办理期限": datetime(2026, 11, 5, 17), "办结时间": datetime(2026, 11, 4, 10),
                     "办理状态": "已办结", "按时办结": "是", "转办至": "王接手、赵专员", "满意度": "满意"}
    assert sheet.cell_under("受理时间").number_format == "yyyy-mm-dd hh:mm"
    assert (late["按时办结"], late["满意度"]) == ("否", "未评价")
    assert (overdue["办理状态"], overdue["按时办结"], overdue["满意度"]) == ("已受理", "已超期", None)
    assert open_one["按时办结"] == "未到期"
    assert sheet.totals() is None  # nothing to add up: no totals line


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_ledger_opens_with_its_title_headers_and_print_setup(world, admin, tmp_path, kind):
    hall = world.room("党员教育室")
    booking = world.booking(hall, local(2026, 11, 10, 9), local(2026, 11, 10, 11))
    lecture = world.activity("党课", local(2026, 11, 10, 9), local(2026, 11, 10, 11), booking_id=booking)
    world.volunteer(lecture, "刘热心", 30, recorded_at=local(2026, 11, 10, 12))
    world.visit("张小明", local(2026, 11, 10, 8, 50))
    world.request(world.item("居住证明", "政务服务"), world.staff("李办理"), local(2026, 11, 2, 9),
                  local(2026, 11, 5, 17))

    result = export(world, admin, kind, tmp_path / f"{kind}.xlsx")

    sheet = read_ledger(result.path)
    template = default_template(kind)
    assert result.rows == 1 and len(sheet.rows()) == 1
    assert sheet.title == CENTER + KINDS[kind].title and sheet.sheet.title == KINDS[kind].title
    assert sheet.headers == [template.header(key) for key in template.columns]
    assert sheet.sheet.freeze_panes == "A4" and sheet.sheet.print_title_rows == "$3:$3"
    assert sheet.sheet.page_setup.orientation == "landscape" and sheet.sheet.page_setup.paperSize == 9
    widths = [sheet.sheet.column_dimensions[chr(ord("A") + n)].width for n in range(len(template.columns))]
    assert widths == [KINDS[kind].column(key).width for key in template.columns]
