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
