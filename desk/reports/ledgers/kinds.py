"""The five ledgers (台账) and every column each one can show.

A column is what a template may name: its key (what templates and the code use), the
Chinese header offices expect, a width in Excel characters, the number format of its
cells, whether it holds personal data (masked unless an administrator exports in full)
and whether the totals row adds it up. Which of them a ledger shows, in what order and
under what header is the template's business (templates.py); the values come from
sources.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.errors import Refusal

TEXT = "@"
WHOLE = "0"
HOURS = "0.00"
DATE = "yyyy-mm-dd"
TIME = "hh:mm"
MOMENT = "yyyy-mm-dd hh:mm"

VISITORS, ROOMS, ACTIVITIES, VOLUNTEERS, REQUESTS = "visitors", "rooms", "activities", "volunteers", "requests"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    number_format: str = TEXT
    personal: bool = False
    total: bool = False


@dataclass(frozen=True)
class LedgerKind:
    key: str
    title: str  # 来访登记台账, ... : the sheet's heading unless the template says otherwise
    what: str  # one line for `--help` and the export dialog
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column | None:
        return next((column for column in self.columns if column.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.key for column in self.columns)


_VISITORS = LedgerKind(VISITORS, "来访登记台账", "visits checked in at the desk, one line each", (
    Column("date", "日期", 11, DATE),
    Column("time_in", "到访时间", 9, TIME),
    Column("time_out", "离开时间", 9, TIME),
    Column("name", "姓名", 10, personal=True),
    Column("phone", "联系电话", 15, personal=True),
    Column("organisation", "工作单位", 22),
    Column("purpose", "来访事由", 11),
    Column("headcount", "人数", 6, WHOLE, total=True),
    Column("source", "登记方式", 10),
    Column("notes", "备注", 28),
    Column("party_member", "党员", 6),
    Column("branch", "所在党支部", 20),
))

_ROOMS = LedgerKind(ROOMS, "场地使用台账", "room bookings: who used which room, when and how many came", (
    Column("date", "日期", 11, DATE),
    Column("room", "场地", 14),
    Column("time", "使用时段", 13),
    Column("hours", "时长（小时）", 8, HOURS, total=True),
    Column("booker", "使用单位/个人", 18, personal=True),
    Column("title", "活动主题", 18),
    Column("purpose", "用途", 20),
    Column("headcount", "预约人数", 8, WHOLE, total=True),
    Column("attendance", "实到人数", 8, WHOLE, total=True),
    Column("state", "状态", 10),
    Column("checked_in", "签到时间", 9, TIME),
    Column("source", "预约渠道", 10),
    Column("contact", "联系人", 10, personal=True),
    Column("contact_phone", "联系电话", 15, personal=True),
))

_ACTIVITIES = LedgerKind(ACTIVITIES, "活动台账", "activities held: sign-ups, attendance and volunteer hours", (
    Column("date", "日期", 11, DATE),
    Column("time", "时间", 13),
    Column("title", "活动名称", 24),
    Column("organiser", "组织单位", 18),
    Column("place", "活动地点", 14),
    Column("capacity", "名额", 7),
    Column("signed_up", "报名人数", 8, WHOLE, total=True),
    Column("attended", "参加人次", 8, WHOLE, total=True),
    Column("no_shows", "报名未到", 8, WHOLE, total=True),
    Column("volunteers", "志愿者人数", 9, WHOLE, total=True),
    Column("volunteer_hours", "志愿服务时长（小时）", 10, HOURS, total=True),
    Column("source", "发布渠道", 10),
))

# The fields of a volunteer service record under 《志愿服务记录与证明出具办法》: the
# volunteer, what they did, when and how long, where, and the unit and person recording it.
_VOLUNTEERS = LedgerKind(VOLUNTEERS, "志愿服务记录台账", "volunteer service hours, as the volunteer-record rules ask", (
    Column("name", "志愿者姓名", 10, personal=True),
    Column("phone", "联系电话", 15, personal=True),
    Column("activity", "服务项目", 22),
    Column("content", "服务内容", 16),
    Column("date", "服务日期", 11, DATE),
    Column("time", "起止时间", 13),
    Column("place", "服务地点", 14),
    Column("hours", "服务时长（小时）", 9, HOURS, total=True),
    Column("organiser", "活动组织方", 16),
    Column("recording_unit", "记录单位", 22),
    Column("recorder", "记录人", 9),
    Column("recorded_on", "记录日期", 11, DATE),
    Column("note", "备注", 20),
))

_REQUESTS = LedgerKind(REQUESTS, "服务事项台账", "service requests: who asked for what, who owned it, how fast it was done", (
    Column("number", "受理编号", 9, WHOLE),
    Column("accepted_at", "受理时间", 16, MOMENT),
    Column("resident", "服务对象", 10, personal=True),
    Column("phone", "联系电话", 15, personal=True),
    Column("item", "服务事项", 22),
    Column("category", "事项类别", 12),
    Column("channel", "受理渠道", 10),
    Column("owner", "首办责任人", 10),
    Column("time_limit", "承诺时限", 11),
    Column("due_at", "办理期限", 16, MOMENT),
    Column("resolved_at", "办结时间", 16, MOMENT),
    Column("status", "办理状态", 9),
    Column("on_time", "按时办结", 9),
    Column("handed_over", "转办至", 14),
    Column("rating", "满意度", 9),
))

KINDS: dict[str, LedgerKind] = {kind.key: kind for kind in (_VISITORS, _ROOMS, _ACTIVITIES, _VOLUNTEERS, _REQUESTS)}


def ledger_kind(key: str) -> LedgerKind:
    kind = KINDS.get(key)
    if kind is None:
        raise Refusal("There is no ledger called {kind}; the ledgers are: {known}.",
                      kind=key, known=", ".join(KINDS))
    return kind
