"""Every word the rooms printouts put on paper, one dict per document, as in ``wording``.

Kept beside ``wording.py`` rather than in it while several documents are written at
once; a later translation swaps these dicts the same way and touches no layout.
"""

from __future__ import annotations

from typing import Final

# Shared by the four rooms documents.
ROOM_MARKS: Final = {
    "span": "{start}—{end}",
    "next_day": "次日{time}",
    "previous_day": "前日{time}",
    "hours": "开放时间：{sessions}",
    "closed": "闭馆",
    "closed_reason": "闭馆：{reason}",
    "closed_holiday": "闭馆（{name}）",
    "capacity": "可容纳{capacity}人",
    "people": "{n}人",
    "state_confirmed": "已确认",
    "state_pending": "待审批",
    "state_checked_in": "已签到",
    "state_cancelled": "已取消",
    "state_released": "未到场，已释放",
    "pending_mark": "（待审批）",
    "upstream_mark": "（小程序预约）",
    "facts_joiner": "　",
    "none": "—",
}

ROOM_SCHEDULE: Final = {
    "title": "场地使用安排",
    "date_line": "{date}　{weekday}",
    "summary": "共{rooms}个场地，当日预约{bookings}场。",
    "col_time": "时间",
    "col_booker": "预约单位/人",
    "col_purpose": "活动内容",
    "col_headcount": "人数",
    "col_state": "状态",
    "no_bookings": "无预约",
    "no_rooms": "尚未设置场地。",
    "as_of": "以上安排截至 {printed}，如有变动以前台为准。",
}

DOOR_SHEET: Final = {
    "title": "场地使用安排",
    "date_line": "{date}　{weekday}",
    "closed": "当日闭馆",
    "closed_reason": "当日闭馆：{reason}",
    "empty": "当日无预约",
    "empty_hint": "如需使用，请到前台预约。",
    "booker": "预约：{booker}",
    "continued": "{name}（续）",
    "no_rooms": "尚未设置场地。",
}

ROOM_POSTER: Final = {
    "title": "场地使用周安排",
    "subtitle": "{first}至{last}",
    "col_room": "场地",
    "holiday": "{name}休",
    "holiday_unnamed": "法定节假日",
    "workday": "调休上班",
    "entry": "{start}-{end} {title}",
    "legend": "说明：灰底为闭馆；标“待审批”的预约尚未确认。需要使用场地请到前台或在小程序预约。",
    "no_rooms": "尚未设置场地。",
}

SIGNIN_SHEET: Final = {
    "title": "活动签到表",
    "time": "时间：{when}",
    "when_same_day": "{date}（{weekday}）{start}—{end}",
    "when_days": "{date}（{weekday}）{start} 至 {end_date} {end}",
    "door_opens": "签到：{time}起",
    "place": "地点：{place}",
    "organiser": "主办：{organiser}",
    "places": "名额：{capacity}人，已报名{used}人",
    "places_unlimited": "名额：不限，已报名{used}人",
    "cancelled": "本活动已取消，本表仅供联系报名居民。",
    "instruction": "请核对姓名后签名。带“签到码”的，志愿者用扫码枪扫该码即可签到（本人和同行人数一并记录）；"
                   "其余由本人签名，活动后在前台补录。",
    "booking_qr_caption": "场地签到码：负责人到前台扫码登记使用",
    "section_confirmed": "报名名单（{count}组，{people}人）",
    "section_waitlist": "候补名单（{count}组，有空位时按顺序递补）",
    "section_walk_ins": "现场报名（请前台补录）",
    "col_number": "序号",
    "col_name": "姓名",
    "col_phone": "联系电话",
    "col_people": "人数",
    "col_code": "签到码",
    "col_signature": "签名",
    "people": "{n}人",
    "people_companions": "{n}人\n（同行{companions}）",
    "signed_in": "已签到 {time}",
    "signed_in_people": "已签到 {time}（{n}人）",
    "waitlist_number": "候补{n}",
    "no_signups": "暂无报名。",
}
