"""What every statistics figure means, written once: the page's tooltips, the monthly
report and docs/STATISTICS.md all read these, and the sync facts sent upward use the same
words (``visits.daily``: ``visits`` = 来访登记, ``people`` = 人次).

A period is the center's local calendar days first..last (Asia/Shanghai), each from local
midnight to local midnight. ``python -m desk.reports.definitions`` prints the table that
docs/STATISTICS.md carries; a test keeps the two the same.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Definition:
    key: str
    label_zh: str
    label_en: str
    unit_zh: str  # printed after the number: 次, 人次, 人, 小时, %, 天
    unit_en: str
    definition_zh: str
    definition_en: str


def _d(key: str, label_zh: str, label_en: str, unit_zh: str, unit_en: str, zh: str, en: str) -> Definition:
    return Definition(key, label_zh, label_en, unit_zh, unit_en, zh, en)


DEFINITIONS: tuple[Definition, ...] = (
    # ---- visits -------------------------------------------------------------------------
    _d("visits.checkins", "来访登记", "Visits", "次", "visits",
       "期间内签到的来访登记条数：一次签到算一次来访，不论一同来了几个人；签到时间按中心所在地的日期计。",
       "Check-ins during the period: one check-in is one visit, however many people came with it; "
       "the check-in time decides the (local) day."),
    _d("visits.person_times", "来访人次", "Person-times", "人次", "person-times",
       "期间内每次来访登记的人数之和（一人来三次计三人次，带两名同伴计三人次）。上报市级平台的 visits.daily 中 "
       "people 字段即此数。",
       "The sum of the number of people of every check-in in the period (one person coming three times is "
       "three person-times; a visitor with two companions is three). The `people` field of the `visits.daily` "
       "fact sent to the hub is this figure."),
    _d("visits.people", "来访人数", "People", "人", "people",
       "期间内来过的不同的人：有登记信息的访客不论来几次只计一人；无法区分的人（未留姓名的来访、同行的同伴）"
       "每次按登记人数计入。",
       "Different people who came in the period: a known visitor counts once however often they came; people "
       "who cannot be told apart (anonymous walk-ins, the companions on a check-in) count by the check-in's "
       "number of people, each time."),
    _d("visits.open_days", "开放天数", "Open days", "天", "days",
       "期间内中心有开放时段且未整馆闭馆的天数：法定节假日（无节假日时段时）和闭馆日不计，调休上班日计入。",
       "Days in the period on which the center had opening hours and was not closed: statutory holidays "
       "without holiday sessions and closure days do not count; make-up working days (调休) do."),
    _d("visits.per_open_day", "日均来访人次", "Person-times per open day", "人次/天", "per day",
       "来访人次 ÷ 开放天数；无开放日时不计算。",
       "Person-times divided by open days; not given when the center was never open."),
    _d("visits.by_purpose", "按事由", "By purpose", "人次", "person-times",
       "按来访事由（咨询、办事、参加活动……）分列的来访登记与人次。",
       "Visits and person-times per purpose of visit (consultation, service, activity, ...)."),
    _d("visits.by_hour", "按时段", "By hour of day", "人次", "person-times",
       "按签到的当地钟点（0–23 时）分列的来访登记与人次，如 9 时段为 9:00–9:59 签到。",
       "Visits and person-times by the local hour of check-in (0-23): hour 9 is check-ins from 9:00 to 9:59."),
    _d("visits.by_day", "按日", "By day", "人次", "person-times",
       "期间内每一天的来访登记与人次，无来访的日子计 0。",
       "Visits and person-times on each day of the period, days without visits as 0."),
    _d("visits.busiest_days", "最忙的日子", "Busiest days", "人次", "person-times",
       "来访人次最多的五天（人次相同时日期早者在前）。",
       "The five days with the most person-times (the earlier day first on a tie)."),
    # ---- rooms --------------------------------------------------------------------------
    _d("rooms.open_hours", "开放时长", "Open hours", "小时", "hours",
       "场地在期间内的开放时段总长：场地自有时段或中心时段（含季节作息、调休），节假日无时段和闭馆日计 0。",
       "The length of the room's opening sessions in the period (its own hours or the center's, seasonal "
       "timetables and make-up days included); holidays without sessions and closed days count 0."),
    _d("rooms.used_hours", "使用时长", "Hours used", "小时", "hours",
       "已签到使用的预约所占的开放时间（重叠只计一次，开放时段外不计）。",
       "The opening time covered by bookings that were checked in (overlaps once; time outside opening "
       "hours never counts)."),
    _d("rooms.utilisation", "场地使用率", "Room utilisation", "%", "%",
       "使用时长 ÷ 开放时长；场地在期间内未开放时不计算。合计行为所有场地使用时长之和 ÷ 开放时长之和。",
       "Hours used divided by open hours; not given for a room never open. The total is the sum of hours "
       "used over the sum of open hours."),
    _d("rooms.people", "场地服务人次", "People served in rooms", "人次", "person-times",
       "已签到预约登记的实到人数之和。",
       "The sum of the attendance recorded at check-in of the bookings that were checked in."),
    _d("rooms.bookings", "有效预约", "Bookings held", "次", "bookings",
       "期间内开始、已确认且未撤销的预约（含爽约被释放的）；待审、驳回、取消的不计。",
       "Bookings starting in the period that were confirmed and not withdrawn (no-shows released "
       "included); pending, rejected and cancelled ones are not held."),
    _d("rooms.no_shows", "爽约", "No-shows", "次", "bookings",
       "有效预约中未签到、且已被释放或已结束的。",
       "Held bookings not checked in that were released or have ended."),
    _d("rooms.no_show_rate", "爽约率", "No-show rate", "%", "%",
       "爽约 ÷（已签到 + 爽约）：只算结果已知的预约。",
       "No-shows divided by (checked in + no-shows): among bookings whose outcome is known."),
    # ---- activities ---------------------------------------------------------------------
    _d("activities.held", "举办活动", "Activities held", "场", "activities",
       "期间内开始、未取消、且到统计时已开始的活动场次。",
       "Activities that started in the period, were not cancelled and had begun when counted."),
    _d("activities.cancelled", "取消活动", "Activities cancelled", "场", "activities",
       "期间内原定开始、已取消的活动场次。",
       "Activities due to start in the period that were cancelled."),
    _d("activities.signups", "报名", "Sign-ups", "人次", "person-times",
       "已举办活动的有效报名所占名额（含同伴，一名家长带一个孩子计 2）；候补和已取消的报名不计。",
       "Places held by confirmed sign-ups of the activities held (companions included: a parent with a "
       "child is 2); the waiting list and cancelled sign-ups do not count."),
    _d("activities.attendance", "参加人次", "Attendance", "人次", "person-times",
       "已举办活动签到时登记的实到人数之和（含同伴）。",
       "The people signed in at the door of the activities held, companions included."),
    _d("activities.no_shows", "报名未到", "Sign-up no-shows", "人", "sign-ups",
       "已结束活动中有效报名而未签到的报名数。",
       "Confirmed sign-ups of activities that have ended, not signed in."),
    # ---- volunteers ---------------------------------------------------------------------
    _d("volunteers.people", "志愿者人数", "Volunteers", "人", "people",
       "在期间内开始的活动中有服务记录的不同志愿者（工作人员、登记居民按人，其余按姓名区分）。",
       "Different volunteers with service recorded at activities that started in the period (staff and "
       "registered residents by person, others by name)."),
    _d("volunteers.person_times", "志愿服务人次", "Volunteer person-times", "人次", "person-times",
       "服务记录条数：一名志愿者在一场活动中的一次服务计一人次；已撤销或被更正的记录不计。",
       "Service records: one volunteer serving at one activity is one person-time; removed or corrected "
       "records do not count."),
    _d("volunteers.times", "服务次数", "Times served", "次", "activities",
       "一名志愿者服务过的不同活动场次。",
       "The different activities one volunteer served at."),
    _d("volunteers.hours", "志愿服务时长", "Volunteer hours", "小时", "hours",
       "服务记录的分钟数之和 ÷ 60，按活动开始的日期计入期间。",
       "The minutes of the service records divided by 60, counted in the period the activity started in."),
    # ---- requests (服务定效) -----------------------------------------------------------
    _d("requests.accepted", "受理事项", "Requests accepted", "件", "requests",
       "期间内受理的服务事项，按事项所属类别分列。",
       "Service requests accepted in the period, also per category of their item."),
    _d("requests.resolved", "办结事项", "Requests resolved", "件", "requests",
       "期间内办结的服务事项（不论何时受理）。",
       "Service requests resolved in the period (whenever accepted)."),
    _d("requests.on_time_rate", "按时办结率", "On-time rate", "%", "%",
       "期间内办结的事项中在承诺时限内办结的比例（服务定效达成率）。",
       "Of the requests resolved in the period, the share resolved by their due time."),
    _d("requests.average_working_hours", "平均办理时长（工作时间）", "Average time to resolve (working)",
       "小时", "hours",
       "期间内办结事项从受理到办结所经过的工作时间（工作日开放时段内）的平均值。",
       "The average, over requests resolved in the period, of the working time (opening sessions of working "
       "days) from acceptance to resolution."),
    _d("requests.average_calendar_hours", "平均办理时长（自然时间）", "Average time to resolve (calendar)",
       "小时", "hours",
       "期间内办结事项从受理到办结的自然小时数（含夜间和周末）的平均值。",
       "The average calendar hours from acceptance to resolution, nights and weekends included."),
    _d("requests.satisfaction_rate", "满意率", "Satisfaction", "%", "%",
       "期间内作出的评价中“满意”和“基本满意”所占比例。",
       "Of the ratings given in the period, the share of 满意 (satisfied) and 基本满意 (basically satisfied)."),
)

BY_KEY: dict[str, Definition] = {d.key: d for d in DEFINITIONS}

DOC_START = "<!-- definitions: generated by `python -m desk.reports.definitions`; do not edit by hand -->"
DOC_END = "<!-- end of definitions -->"


def definition(key: str) -> Definition:
    return BY_KEY[key]


def tooltip(key: str, *, chinese: bool = True) -> str:
    """The tooltip of a figure on the statistics page."""
    d = BY_KEY[key]
    return f"{d.label_zh}：{d.definition_zh}" if chinese else f"{d.label_en}: {d.definition_en}"


def definitions_markdown() -> str:
    """The definitions table docs/STATISTICS.md carries, between its markers."""
    lines = [DOC_START, "", "| Key | 指标 | Figure | 单位 | 定义 | Definition |", "|---|---|---|---|---|---|"]
    for d in DEFINITIONS:
        cells = (f"`{d.key}`", d.label_zh, d.label_en, d.unit_zh, d.definition_zh, d.definition_en)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    lines += ["", DOC_END]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(definitions_markdown() + "\n")
