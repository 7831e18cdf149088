"""The monthly report (统计月报) as an A4 portrait PDF.

The figures a center is judged by, section by section: a summary, visits (by day, by
purpose, by hour, the busiest days), rooms, activities, volunteer service and requests,
each table beside a simple chart. A draft says 草稿 at the top; an issued month says
已签发 and its date, and carries the lines to sign (填报人, 审核人, 日期). Late changes to
months issued before are printed as correction lines. A month without any record
prints plainly: 本月无记录.

An issued report is rendered in reportlab's invariant mode (no creation time, a fixed
document id), from the frozen figures and with the moment of issue as its print time,
so reprinting it gives the same bytes.
"""

from __future__ import annotations

from typing import Final

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desk.printing.document import MARGIN, DocumentHeader, HouseStyles, build_pdf, house_styles, para
from desk.printing.duty_sheet import chinese_date
from desk.printing.fonts import draw_string, string_width
from desk.printing.monthly_charts import LATE, bar_chart, column_chart
from desk.printing.monthly_sections import (
    activity_section,
    correction_section,
    request_section,
    room_section,
    definitions_section,
    summary_table,
    visit_tables,
    volunteer_section,
)
from desk.printing.wording import NUMERALS
from desk.reports.monthly import MonthlyReport

MONTHLY: Final = {
    "title": "统计月报",
    "subtitle": "{label}（{first} 至 {last}）",
    "draft": "草稿 · 未签发，数字以签发版为准",
    "issued": "已签发 {date}",
    "empty": "本月无记录。",
    "summary": "概况",
    "visits": "来访",
    "rooms": "场地使用",
    "activities": "活动",
    "volunteers": "志愿服务",
    "requests": "服务事项",
    "corrections": "更正",
    "chart_by_day": "每日来访人次",
    "chart_by_purpose": "按事由来访人次",
    "chart_by_hour": "按签到时段来访人次",
    "chart_on_time": "本月办结事项",
    "on_time": "按时办结",
    "late": "超时办结",
    "prepared_by": "填报人：",
    "reviewed_by": "审核人：",
    "date": "日期：",
    "stamp": "（盖章）",
    "definitions": "指标说明",
    "numbered": "{numeral}、{title}",
}
USABLE = A4[0] - 2 * MARGIN


class _SignOffLines(Flowable):
    """填报人 ____ 审核人 ____ 日期 ____ (盖章): names printed when given at issue."""

    def __init__(self, prepared_by: str, reviewed_by: str, day: str) -> None:
        super().__init__()
        self.values = ((MONTHLY["prepared_by"], prepared_by, 36 * mm), (MONTHLY["reviewed_by"], reviewed_by, 36 * mm),
                       (MONTHLY["date"], day, 30 * mm))
        self.height = 18 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas, size, baseline, x = self.canv, 11, 7 * mm, 0.0
        for label, value, length in self.values:
            draw_string(canvas, x, baseline, label, size)
            x += string_width(label, size)
            if value:
                draw_string(canvas, x + 2, baseline + 1, value, size)
            canvas.setLineWidth(0.6)
            canvas.line(x, baseline - 2, x + length, baseline - 2)
            x += length + 5 * mm
        draw_string(canvas, self.width - 10 * mm, baseline, MONTHLY["stamp"], size, "center")


def _marker(report: MonthlyReport, house: HouseStyles) -> Flowable:
    style = ParagraphStyle("monthly-marker", parent=house.heading, alignment=TA_RIGHT, spaceBefore=0)
    if report.issued is None:
        return para(MONTHLY["draft"], style)
    issued_on = report.printed_at.date().isoformat()
    return para(MONTHLY["issued"].format(date=issued_on), style)


class _Sections:
    """Section headings numbered 一、二、… in the order they are printed (an empty month
    or a month without corrections leaves sections out, not gaps in the numbering)."""

    def __init__(self, house: HouseStyles) -> None:
        self.house = house
        self.count = 0

    def __call__(self, key: str, first: list[Flowable], rest: list[Flowable]) -> list[Flowable]:
        self.count += 1
        title = MONTHLY["numbered"].format(numeral=NUMERALS[self.count], title=MONTHLY[key])
        # The heading never ends a page alone: it keeps to what follows it.
        return [KeepTogether([para(title, self.house.heading), *first]), *rest]


def _visits(report: MonthlyReport, house: HouseStyles) -> tuple[list[Flowable], list[Flowable]]:
    visits = report.figures.visits
    by_day = column_chart(MONTHLY["chart_by_day"], [str(d.day.day) for d in visits.by_day],
                          [d.person_times for d in visits.by_day], width=USABLE)
    purposes = [p for p in visits.by_purpose if p.visits]
    by_purpose = bar_chart(MONTHLY["chart_by_purpose"], [p.label for p in purposes],
                           [p.person_times for p in purposes], width=USABLE)
    hours = [h for h in visits.by_hour if h.visits] or list(visits.by_hour[8:18])
    first_hour, last_hour = hours[0].hour, hours[-1].hour
    shown = visits.by_hour[first_hour:last_hour + 1]
    by_hour = column_chart(MONTHLY["chart_by_hour"], [f"{h.hour}时" for h in shown], [h.person_times for h in shown],
                           width=USABLE, value_labels=True)
    purpose_table, busiest_table = visit_tables(report.figures, house)
    return [by_day], [Spacer(1, 3 * mm), purpose_table, Spacer(1, 2 * mm), by_purpose, by_hour, Spacer(1, 2 * mm),
                      busiest_table]


def _requests(report: MonthlyReport, house: HouseStyles) -> tuple[list[Flowable], list[Flowable]]:
    figures = report.figures.requests
    first, rest = request_section(figures, house)
    if figures.resolved:
        late = figures.resolved - figures.resolved_on_time
        rest.append(bar_chart(MONTHLY["chart_on_time"], [MONTHLY["on_time"], MONTHLY["late"]],
                              [figures.resolved_on_time, late], width=USABLE * 0.8,
                              colours=(None, LATE)))
    return first, rest


def render_monthly_report(report: MonthlyReport) -> bytes:
    house = house_styles()
    period, figures = report.period, report.figures
    section = _Sections(house)
    story: list[Flowable] = [_marker(report, house)]
    if figures.is_empty:
        story.append(para(MONTHLY["empty"], house.heading))
    story += section("summary", [summary_table(figures, house)], [])
    if not figures.is_empty:
        story += section("visits", *_visits(report, house))
        story += section("rooms", *room_section(figures, house))
        story += section("activities", *activity_section(figures, house))
        story += section("volunteers", *volunteer_section(figures, house))
        story += section("requests", *_requests(report, house))
    if report.corrections:
        story += section("corrections", correction_section(report.corrections, house), [])
    meanings = definitions_section(house)
    story += section("definitions", meanings[:1], meanings[1:])
    issued = report.issued
    story.append(KeepTogether([Spacer(1, 6 * mm), _SignOffLines(
        issued.prepared_by if issued else "", issued.reviewed_by if issued else "",
        report.printed_at.date().isoformat() if issued else "")]))
    subtitle = MONTHLY["subtitle"].format(label=period.label(), first=chinese_date(period.first),
                                          last=chinese_date(period.last))
    header = DocumentHeader(report.center_name, MONTHLY["title"], subtitle)
    return build_pdf(story, header=header, printed_at=report.printed_at, invariant=issued is not None)
