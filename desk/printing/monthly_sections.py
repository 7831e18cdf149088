"""The tables of the monthly report, section by section (the layout is in monthly_report).

Each section function returns (first, rest): ``first`` is kept on the page with the
section heading, ``rest`` may run on. Labels and units come from the figure definitions,
so the paper says the same as the statistics page and docs/STATISTICS.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desk.printing.document import MARGIN, HouseStyles, para, table
from desk.printing.wording import WEEKDAYS
from desk.reports.definitions import BY_KEY
from desk.reports.figures import PeriodFigures
from desk.reports.monthly import HOUR_KEYS, CorrectionLine
from desk.services.figures import ServiceFigures
from desk.services.request_rows import RATING_WORDS

SECTIONS: Final = {
    "figure": "指标",
    "value": "数值",
    "purpose": "来访事由",
    "checkins": "来访登记（次）",
    "person_times": "人次",
    "share": "占比",
    "busiest": "来访最多的日子",
    "day": "日期",
    "weekday": "星期",
    "note": "备注",
    "room": "场地",
    "open_hours": "开放（小时）",
    "used_hours": "使用（小时）",
    "utilisation": "使用率",
    "people": "服务人次",
    "bookings": "有效预约",
    "no_shows": "爽约",
    "no_show_rate": "爽约率",
    "total": "合计",
    "upcoming": "本月尚未开始的活动 {count} 场，未计入。",
    "volunteer": "志愿者",
    "times": "服务次数",
    "hours": "时长（小时）",
    "activity": "活动",
    "volunteers": "志愿者（人）",
    "none": "本月无志愿服务记录。",
    "category": "类别",
    "accepted": "受理（件）",
    "rating": "评价",
    "count": "件数",
    "correction": "{month}（已签发）{label}：{change}{unit}",
    "correction_lead": "以下为已签发月份在签发后补录或更正的记录所引起的变化，计入本月报告，原月报不变。",
    "dash": "—",
}
USABLE = A4[0] - 2 * MARGIN
RATING_LABELS = {code: word for word, code in RATING_WORDS.items()}


def number(value: float | None, key: str) -> str:
    """A figure as its definition's unit prints it: rates in percent, hours and averages to
    one decimal, counts whole."""
    if value is None:
        return SECTIONS["dash"]
    unit = BY_KEY[key].unit_zh
    if unit == "%":
        return percent(value)
    if unit in ("小时", "人次/天"):
        return f"{value:.1f}"
    return str(round(value))


def _widths(*shares: float) -> list[float]:
    total = sum(shares)
    return [USABLE * share / total for share in shares]


def _grid(rows: Sequence[Sequence[str]], shares: Sequence[float], house: HouseStyles, *,
          first_centred: bool = False) -> Flowable:
    """A table whose number columns (all but the first, unless told) are centred."""
    return table(rows, _widths(*shares), styles=house, center_columns=range(0 if first_centred else 1, len(shares)))


def percent(value: float | None) -> str:
    return SECTIONS["dash"] if value is None else f"{value * 100:.1f}%"


SUMMARY_KEYS = (
    "visits.checkins", "visits.person_times", "visits.people", "visits.open_days", "visits.per_open_day",
    "rooms.utilisation", "rooms.people", "activities.held", "activities.attendance", "volunteers.person_times",
    "volunteers.hours", "requests.accepted", "requests.on_time_rate", "requests.satisfaction_rate",
)


def _labelled(key: str) -> str:
    d = BY_KEY[key]
    return d.label_zh if d.unit_zh == "%" else f"{d.label_zh}（{d.unit_zh}）"


def summary_table(figures: PeriodFigures, house: HouseStyles) -> Flowable:
    """The headline figures in two column pairs: 指标 数值 | 指标 数值."""
    headline = figures.headline()
    cells = [(_labelled(key), number(headline[key], key)) for key in SUMMARY_KEYS]
    half = (len(cells) + 1) // 2
    rows = [[SECTIONS["figure"], SECTIONS["value"]] * 2]
    for left, right in zip(cells[:half], cells[half:] + [("", "")]):
        rows.append([*left, *right])
    return table(rows, _widths(34, 16, 34, 16), styles=house, center_columns=(1, 3))


def definitions_section(house: HouseStyles) -> list[Flowable]:
    """What the summary's figures mean, in small print under the report."""
    return [para(f"{BY_KEY[key].label_zh}：{BY_KEY[key].definition_zh}", house.small) for key in SUMMARY_KEYS]


def visit_tables(figures: PeriodFigures, house: HouseStyles) -> tuple[Flowable, Flowable]:
    visits = figures.visits
    rows = [[SECTIONS["purpose"], SECTIONS["checkins"], SECTIONS["person_times"], SECTIONS["share"]]]
    for p in visits.by_purpose:
        share = p.person_times / visits.person_times if visits.person_times else None
        rows.append([p.label, str(p.visits), str(p.person_times), percent(share)])
    rows.append([SECTIONS["total"], str(visits.checkins), str(visits.person_times), ""])
    busiest = [[SECTIONS["day"], SECTIONS["weekday"], SECTIONS["person_times"], SECTIONS["checkins"],
                SECTIONS["note"]]]
    busiest += [[d.day.isoformat(), WEEKDAYS[d.day.weekday()], str(d.person_times), str(d.visits), d.note]
                for d in visits.busiest_days]
    return (_grid(rows, (40, 20, 20, 20), house),
            _titled(SECTIONS["busiest"], _grid(busiest, (24, 14, 14, 18, 30), house), house))


def _titled(title: str, grid: Flowable, house: HouseStyles) -> Flowable:
    return KeepTogether([para(title, house.body), grid])


def room_section(figures: PeriodFigures, house: HouseStyles) -> tuple[list[Flowable], list[Flowable]]:
    rooms = figures.rooms
    rows = [[SECTIONS["room"], SECTIONS["open_hours"], SECTIONS["used_hours"], SECTIONS["utilisation"],
             SECTIONS["people"], SECTIONS["bookings"], SECTIONS["no_shows"], SECTIONS["no_show_rate"]]]
    # One row per room, then the total: RoomUsage and RoomFigures name these fields alike.
    for name, r in [(r.room_name, r) for r in rooms.rooms] + [(SECTIONS["total"], rooms)]:
        rows.append([name, f"{r.open_hours:.1f}", f"{r.used_hours:.1f}", percent(r.utilisation), str(r.people),
                     str(r.bookings), str(r.no_shows), percent(r.no_show_rate)])
    return [_grid(rows, (26, 14, 14, 12, 12, 12, 10, 12), house)], []


def activity_section(figures: PeriodFigures, house: HouseStyles) -> tuple[list[Flowable], list[Flowable]]:
    a = figures.activities
    keys = ("activities.held", "activities.cancelled", "activities.signups", "activities.attendance",
            "activities.no_shows")
    headline = figures.headline()
    rows = [[_labelled(key) for key in keys], [number(headline[key], key) for key in keys]]
    first: list[Flowable] = [_grid(rows, (1, 1, 1, 1, 1), house, first_centred=True)]
    if a.upcoming:
        first.append(para(SECTIONS["upcoming"].format(count=a.upcoming), house.small))
    return first, []


def volunteer_section(figures: PeriodFigures, house: HouseStyles) -> tuple[list[Flowable], list[Flowable]]:
    v = figures.volunteers
    if not v.person_times:
        return [para(SECTIONS["none"], house.body)], []
    keys = ("volunteers.people", "volunteers.person_times", "volunteers.hours")
    headline = figures.headline()
    totals = _grid([[_labelled(key) for key in keys], [number(headline[key], key) for key in keys]],
                   (1, 1, 1), house, first_centred=True)
    people = [[SECTIONS["volunteer"], SECTIONS["times"], SECTIONS["person_times"], SECTIONS["hours"]]]
    people += [[row.name, str(row.times), str(row.person_times), f"{row.hours:.1f}"] for row in v.by_volunteer]
    served = [[SECTIONS["day"], SECTIONS["activity"], SECTIONS["volunteers"], SECTIONS["person_times"],
               SECTIONS["hours"]]]
    served += [[row.day.isoformat(), row.title, str(row.volunteers), str(row.person_times), f"{row.hours:.1f}"]
               for row in v.by_activity]
    return [totals], [Spacer(1, 3 * mm), _grid(people, (40, 20, 20, 20), house), Spacer(1, 3 * mm),
                      _grid(served, (18, 42, 14, 12, 14), house)]


def request_section(figures: ServiceFigures, house: HouseStyles) -> tuple[list[Flowable], list[Flowable]]:
    keys = ("requests.accepted", "requests.resolved", "requests.on_time_rate", "requests.average_working_hours",
            "requests.average_calendar_hours", "requests.satisfaction_rate")
    values = {"requests.accepted": figures.accepted, "requests.resolved": figures.resolved,
              "requests.on_time_rate": figures.on_time_rate,
              "requests.average_working_hours": figures.average_working_hours,
              "requests.average_calendar_hours": figures.average_calendar_hours,
              "requests.satisfaction_rate": figures.satisfaction_rate}
    rows = [[SECTIONS["figure"], SECTIONS["value"]]]
    rows += [[_labelled(key), number(values[key], key)] for key in keys]
    first: list[Flowable] = [_grid(rows, (60, 40), house)]
    rest: list[Flowable] = []
    if figures.by_category:
        categories = [[SECTIONS["category"], SECTIONS["accepted"]]]
        categories += [[c.category, str(c.accepted)] for c in figures.by_category]
        rest += [Spacer(1, 3 * mm), _grid(categories, (60, 40), house)]
    if any(figures.satisfaction.values()):
        ratings = [[SECTIONS["rating"], SECTIONS["count"]]]
        ratings += [[RATING_LABELS.get(code, code), str(n)] for code, n in figures.satisfaction.items()]
        rest += [Spacer(1, 3 * mm), _grid(ratings, (60, 40), house)]
    return first, rest


def correction_section(lines: Sequence[CorrectionLine], house: HouseStyles) -> list[Flowable]:
    story: list[Flowable] = [para(SECTIONS["correction_lead"], house.small)]
    for line in lines:
        d = BY_KEY[line.key]
        sign = "+" if line.change > 0 else ""
        change = f"{sign}{line.change:.1f}" if line.key in HOUR_KEYS else f"{sign}{line.change:.0f}"
        story.append(para(SECTIONS["correction"].format(month=line.corrected.label(), label=d.label_zh,
                                                        change=change, unit=d.unit_zh), house.body))
    return story
