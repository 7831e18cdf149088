"""Every word a ledger file shows, besides the column headers (kinds.py).

A ledger goes to the street office, the district and the city, so like the printed
documents (desk/printing/wording.py) it is in Chinese whatever language the desk's
screens use; keeping the words here means a translation swaps these dicts only.
"""

from __future__ import annotations

from typing import Final

SHEET: Final = {
    "heading": "{center}{title}",
    "period": "统计期间：{first} 至 {last}　共 {rows} 条　导出时间：{exported}",
    "full_personal": "（含完整个人信息，注意保密）",
    "totals": "合计",
    "empty": "本期无记录",
    "footer": "第 &P 页，共 &N 页",
    "span": "{start}—{end}",
    "next_day": "次日{time}",
}

YES, NO = "是", "否"

VISIT_SOURCES: Final = {"walkin": "现场登记", "returning": "老访客", "pass": "扫码登记"}

BOOKING_STATES: Final = {
    "confirmed": "已确认",
    "checked_in": "已签到",
    "pending": "待审批",
    "released": "未到场，已释放",
    "rejected": "已驳回",
    "cancelled": "已取消",
}

SOURCES: Final = {"desk": "前台", "upstream": "小程序", "pass": "扫码"}

UNLIMITED = "不限"
SYSTEM_RECORDER = "系统"

REQUEST_CHANNELS: Final = {
    "visit": "来访登记",
    "walk_in": "现场受理",
    "phone": "电话",
    "mini_program": "小程序",
    "other": "其他",
}

REQUEST_STATUSES: Final = {"accepted": "已受理", "in_progress": "办理中", "resolved": "已办结"}

ON_TIME: Final = {"yes": YES, "late": NO, "overdue": "已超期", "open": "未到期"}

RATINGS: Final = {
    "satisfied": "满意",
    "basically_satisfied": "基本满意",
    "basically": "基本满意",
    "dissatisfied": "不满意",
}
NOT_RATED = "未评价"
