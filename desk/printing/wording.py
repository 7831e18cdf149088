"""Every word printed on paper, in one place.

Printed documents go on the lobby wall or to the assembly point, so they are in Chinese
whatever language the desk's screens use. Keeping the text here (one dict per document,
``{named}`` fields) means a later translation swaps these dicts and touches no layout.
"""

from __future__ import annotations

from typing import Final

HOUSE: Final = {
    "footer": "打印于 {printed} · 第 {page} 页 / 共 {pages} 页",
    "sign_off_duty": "值班员签字：",
    "sign_off_date": "日期：",
    "stamp": "（盖章）",
}

ROLL_CALL: Final = {
    "title": "紧急疏散点名表",
    "subtitle": "在场人员（截至 {printed}）",
    "summary": "在场来访 {visits} 起，共 {persons} 人。",
    "instruction": "到达集合点后逐一点名，确认到场的在「已确认」栏打 √。",
    "empty": "打印时无人在场。",
    "col_number": "序号",
    "col_name": "姓名",
    "col_phone": "电话",
    "col_organisation": "单位",
    "col_purpose": "事由",
    "col_headcount": "人数",
    "col_checked_in": "签到时间",
    "col_confirmed": "已确认",
}

PASS_CARD: Final = {
    "holder": "持证人",
    "valid": "有效期",
    "valid_range": "{start} 至 {end}",
    "instruction": "到前台扫码签到",
    "printed": "打印于 {printed}",
    "cut_here": "沿虚线剪下",
    "resident": "居民通行证",
}

TEST_PAGE: Final = {
    "title": "打印测试页",
    "subtitle": "检查字体与打印机",
    "intro": "本页用于检查本机打印机和内置字体。下列各行都应清晰显示，不应出现空白方框。",
    "common_label": "常用字（文泉驿正黑）",
    "common_sample": "党群服务中心欢迎您！来访登记、场地预约、志愿服务。",
    "ext_a_label": "扩展A区生僻字",
    "ext_a_sample": "䶮（yǎn）、㐂、䲜",
    "ext_b_label": "扩展B区生僻字（花园明朝B）",
    "ext_b_sample": "𠮷（jí）、𠀀、𪚥",
    "latin_label": "数字与字母",
    "latin_sample": "0123456789 ABCDEFG abcdefg ￥ @ # %",
    "sizes_label": "字号",
    "size_sample": "{size} 磅：党群服务中心 𠮷",
    "ruler_label": "比例检查：下面的线应正好 100 毫米长。如果短了或长了，请在打印设置里选择“实际大小”。",
    "ruler_caption": "100 毫米",
}

# Shared by the roster documents: weekday names (0 Monday) and the calendar marks.
WEEKDAYS: Final = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
WEEKDAYS_SHORT: Final = ("一", "二", "三", "四", "五", "六", "日")

ROSTER_MARKS: Final = {
    "date": "{year}年{month}月{day}日",
    "month_day": "{month}月{day}日",
    "holiday": "法定节假日",
    "holiday_named": "{name}（法定节假日）",
    "workday": "调休上班",
    "workday_named": "调休上班（{name}）",
    "holiday_short": "休",
    "workday_short": "班",
    "cover": "替班",
    "swap": "换班",
    "session": "{start}—{end}",
    "sessions_joiner": "；",
    "span": "{start}-{end}",
    "none": "—",
}

DUTY_SHEET: Final = {
    "title": "每日值班表",
    "date_line": "{date}　{weekday}",
    "hours": "开放时间：{sessions}",
    "closed": "今日闭馆，不对外开放。下列岗位及A、B岗人员照常公示，如有急事请拨打联系电话或监督电话。",
    "closed_named": "今日闭馆（{name}），不对外开放。下列岗位及A、B岗人员照常公示，如有急事请拨打联系电话或监督电话。",
    "col_post": "岗位\n（办公定点）",
    "col_shift": "班次时段",
    "col_on_duty": "值班人员",
    "col_whereabouts": "去向",
    "col_whereabouts_blank": "去向\n（手填）",
    "col_phone": "联系电话",
    "col_holder": "A岗",
    "col_backup": "B岗",
    "location": "办公定点：{location}",
    "not_rostered": "未排班",
    "closed_cell": "闭馆",
    "no_posts": "尚未设置岗位。",
    "supervision": "监督电话：{phone}",
    "address": "地址：{address}",
    "returns": "{time}返回",
    "returns_day": "{date} {time}返回",
    "stale": "（已过返回时间）",
}

RESPONSIBILITIES: Final = {
    "title": "岗位责任清单",
    "lead": "本中心实行岗位责任制和AB岗工作制度。下列岗位的办公定点、工作职责、服务标准与办理时限"
            "及A、B岗人员公示如下，A岗不在时由B岗接办，接受群众监督。",
    "col_post": "岗位",
    "col_location": "办公定点",
    "col_duties": "工作职责",
    "col_standard": "服务标准与时限",
    "col_holder": "A岗",
    "col_backup": "B岗",
    "time_limit": "办理时限：{limit}",
    "unassigned": "未设",
    "no_posts": "尚未设置岗位。",
    "as_of": "以上内容截至{date}。",
}

ROSTER_SHEET: Final = {
    "week_title": "周值班安排表",
    "month_title": "月值班安排表",
    "week_subtitle": "{first}至{last}",
    "month_subtitle": "{year}年{month}月",
    "part": "{first}至{last}（第{part}页幅，共{parts}页幅）",
    "col_post": "岗位",
    "post_ab": "A岗：{holder}　B岗：{backup}",
    "post_a": "A岗：{holder}",
    "legend": "说明：灰底为节假日及休息日；“班”为调休上班日；“替班”“换班”为临时调整。",
    "supervision": "监督电话：{phone}",
    "no_posts": "尚未设置岗位。",
}

DISCLOSURE: Final = {
    "running_title": "三公开公示",
    "title": "{center}关于工作人员去向、联系方式和值班安排的公示",
    "lead": "根据党群服务中心“三公开”工作要求，现将本中心工作人员{date}的每日去向、联系方式和值班安排"
            "公示如下，接受群众监督。",
    "section_people": "一、工作人员去向及联系方式",
    "section_duty": "二、值班安排",
    "col_photo": "照片",
    "col_name": "姓名",
    "col_role": "职务/岗位",
    "col_phone": "办公电话",
    "col_whereabouts": "当日去向",
    "col_return": "返回时间",
    "col_post": "岗位",
    "col_location": "办公定点",
    "col_duties": "工作职责",
    "col_on_duty": "值班人员及时段",
    "col_ab": "AB岗",
    "role_post": "{post}{grade}",
    "holder_mark": "（A岗）",
    "backup_mark": "（B岗）",
    "ab_holder": "A岗：{name}",
    "ab_backup": "B岗：{name}",
    "time_limit": "办理时限：{limit}",
    "closed": "当日闭馆，值班安排照常公示。",
    "not_rostered": "未排班",
    "no_people": "暂无工作人员信息。",
    "no_posts": "尚未设置岗位。",
    "objection": "如对公示内容有异议，请拨打监督电话：{phone}",
    "address": "地址：{address}",
    "seal": "（盖章）",
}

# Chinese numerals for the category headings of the service list (一、二、…、十一、).
NUMERALS: Final = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")

SERVICE_LIST: Final = {
    "title": "服务清单",
    "subtitle": "第{version}版 · {date}",
    "lead": "本中心面向辖区全体居民公开以下服务事项，实行首问负责、AB岗和限时办结制度。"
            "事项办理时限按工作日计算，节假日顺延。",
    "source": "本清单依据第{version}版服务目录（{made_on}修订）打印，共{categories}类{items}项。",
    "source_unversioned": "服务目录尚未建立版本。",
    "item": "{number}. {name}",
    "col_who": "办理对象及所需材料",
    "col_limit": "服务时限",
    "col_post": "责任岗位",
    "col_place": "办理地点及时间",
    "col_fee": "收费",
    "category": "{number}、{name}（{count}项）",
    "who": "对象：{text}",
    "bring": "材料：{text}",
    "holder": "A岗：{name}",
    "backup": "B岗：{name}",
    "free": "免费",
    "none": "—",
    "ellipsis": "…",
    "joiner": "；",
    "no_items": "服务清单中暂无服务事项。",
    "qr_caption_url": "扫码查看本中心公开信息",
    "qr_caption_text": "扫码保存本中心地址和监督电话",
    "qr_text": "{name}\n地址：{address}\n监督电话：{phone}",
    "supervision": "监督电话：{phone}",
    "address": "地址：{address}",
}

THREE_LISTS: Final = {
    "title": "三个清单",
    "lead": "本中心公开服务项目、群众需求意向和共享资源三个清单，欢迎居民点单、党员和单位接单，"
            "接受群众监督。",
    "section_services": "一、服务项目清单（{count}项）",
    "section_demands": "二、需求意向清单（{count}条）",
    "section_resources": "三、共享资源清单（{count}项）",
    "col_number": "序号",
    "col_category": "类别",
    "col_item": "服务事项",
    "col_limit": "服务时限",
    "col_post": "责任岗位",
    "col_place": "办理地点",
    "col_demand": "需求内容",
    "col_resident": "提出人",
    "col_recorded": "登记日期",
    "col_state": "办理情况",
    "col_unit": "提供单位",
    "col_resource": "资源内容",
    "col_contact": "联系方式",
    "col_availability": "开放时间",
    "state_recorded": "待派单",
    "state_dispatched": "已派单：{taker}",
    "state_taken": "已接单办理中：{taker}",
    "taker_party_member": "党员",
    "taker_volunteer": "志愿者",
    "taker_department": "部门",
    "none": "—",
    "no_services": "暂无服务事项。",
    "no_demands": "暂无待办的需求意向。",
    "no_resources": "暂无共享资源。",
    "as_of": "以上内容截至{date}，服务清单第{version}版。",
    "supervision": "监督电话：{phone}",
    "address": "地址：{address}",
}

RECEIPT: Final = {
    "title": "服务受理回执",
    "resident": "居民：{name}",
    "phone": "电话：{phone}",
    "item": "{number}. {name}",
    "request_number": "受理编号",
    "time_limit": "服务时限",
    "accepted_at": "受理时间",
    "due_at": "应办结时间",
    "owner": "首办责任人",
    "owner_phone": "联系电话",
    "no_phone": "请拨打监督电话",
    "moment": "{year}年{month}月{day}日（{weekday}）{time}",
    "first_contact": "本中心实行首办责任制：受理人负责跟踪办理，直至办结或正式转交他人。",
    "follow_up": "查询办理进度：请凭受理编号到前台询问，或拨打监督电话。",
    "follow_up_desk": "查询办理进度：请凭受理编号到前台询问。",
    "supervision": "监督电话：{phone}",
    "address": "地址：{address}",
    "printed": "打印于 {printed}",
    "keep": "请妥善保管本回执。",
}

# Shared by the four rooms documents (schedule, door sheet, poster, sign-in sheet).
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
