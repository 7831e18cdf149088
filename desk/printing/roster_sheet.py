"""The week roster (周值班安排表, A4 landscape) and the month roster (A3 landscape).

Posts run down, days across; each cell lists who is on duty with their hours. Holidays
and weekends off are shaded and 调休 make-up working days are marked "班", because those
are the days people misread. A month does not fit across one page at a readable size,
so it is printed in page-wide parts (1–16, 17–31) rather than in type too small to read
on the wall.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle

from desk.printing.document import MARGIN, DocumentHeader, HouseStyles, build_pdf, house_styles, para, table
from desk.printing.duty_sheet import chinese_date, source_mark, styled
from desk.printing.wording import ROSTER_MARKS, ROSTER_SHEET, WEEKDAYS, WEEKDAYS_SHORT
from desk.roster.week import GridDay, GridLine, GridRow, RosterGrid

REST_SHADE = colors.HexColor("#E6E6E6")
GREY = colors.HexColor("#404040")


@dataclass(frozen=True)
class _Layout:
    """Type sizes and widths of one kind of roster; the month is set smaller than the week."""

    name_size: float
    time_size: float
    post_size: float
    detail_size: float
    post_width: float
    min_day_width: float  # the narrowest day column that still holds "08:30-12:00"


WEEK = _Layout(name_size=12, time_size=10, post_size=12, detail_size=9, post_width=43 * mm,
               min_day_width=28 * mm)
# 7.5 pt is the smallest type on the month sheet: still legible at arm's length on A3.
MONTH = _Layout(name_size=9, time_size=7.5, post_size=10, detail_size=7.5, post_width=40 * mm,
                min_day_width=17 * mm)


def _centre(base: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}-centre", parent=base, alignment=TA_CENTER)


def _day_header(day: GridDay, layout: _Layout, base: ParagraphStyle, *, month: bool) -> Paragraph:
    if month:
        parts = [(f"{day.day.day}", layout.name_size), ("\n" + WEEKDAYS_SHORT[day.day.weekday()], layout.time_size)]
    else:
        label = ROSTER_MARKS["month_day"].format(month=day.day.month, day=day.day.day)
        parts = [(label, layout.name_size), ("\n" + WEEKDAYS[day.day.weekday()], layout.time_size)]
    if day.kind == "holiday":
        short = ROSTER_MARKS["holiday_short"]
        parts.append(("\n" + (f"{day.name} {short}" if day.name and not month else short), layout.time_size))
    elif day.kind == "workday":
        parts.append(("\n" + (ROSTER_MARKS["workday"] if not month else ROSTER_MARKS["workday_short"]),
                      layout.time_size))
    return styled(parts, _centre(base))


def _post_cell(row: GridRow, layout: _Layout, base: ParagraphStyle) -> list[Flowable]:
    cell: list[Flowable] = [styled([(row.post_name, layout.post_size)], base)]
    detail = ParagraphStyle("roster-detail", parent=base, textColor=GREY)
    if row.location:
        cell.append(styled([(row.location, layout.detail_size)], detail))
    if row.holder_name or row.backup_name:
        ab = ROSTER_SHEET["post_ab"].format(holder=row.holder_name or ROSTER_MARKS["none"],
                                            backup=row.backup_name or ROSTER_MARKS["none"])
        cell.append(styled([(ab, layout.detail_size)], detail))
    return cell


def _duty_cell(lines: Sequence[GridLine], layout: _Layout, base: ParagraphStyle) -> list[Flowable] | str:
    if not lines:
        return ""
    style = _centre(base)
    cell: list[Flowable] = []
    for line in lines:
        span = ROSTER_MARKS["span"].format(start=line.start, end=line.end)
        mark = source_mark(line.source)
        cell.append(styled([(line.person, layout.name_size), (mark, layout.time_size),
                            ("\n" + span, layout.time_size)], style))
    return cell


def _grid_table(grid_days: Sequence[GridDay], rows: Sequence[GridRow], offset: int, day_width: float,
                layout: _Layout, styles: HouseStyles, *, month: bool) -> Flowable:
    """One page-wide table of the days grid_days (``offset`` = the first one's index)."""
    base = ParagraphStyle("roster-cell", parent=styles.cell, fontSize=layout.name_size,
                          leading=layout.name_size * 1.25)
    header: list[object] = [styled([(ROSTER_SHEET["col_post"], layout.post_size)], _centre(base))]
    header += [_day_header(day, layout, base, month=month) for day in grid_days]
    body = [
        [_post_cell(row, layout, base),
         *(_duty_cell(row.cells[offset + index], layout, base) for index in range(len(grid_days)))]
        for row in rows
    ]
    grid = table([header, *body], [layout.post_width, *([day_width] * len(grid_days))],  # type: ignore[list-item]
                 styles=styles)
    commands: list[tuple] = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                             ("VALIGN", (1, 1), (-1, -1), "TOP")]
    for column, day in enumerate(grid_days, start=1):
        if day.rest_day:
            commands.append(("BACKGROUND", (column, 0), (column, -1), REST_SHADE))
    grid.setStyle(TableStyle(commands))
    return grid


def _parts(count: int, usable: float, layout: _Layout) -> list[tuple[int, int]]:
    """(first index, length) of each page-wide part, as even as possible."""
    fits = max(1, int((usable - layout.post_width) // layout.min_day_width))
    number = math.ceil(count / fits)
    size = math.ceil(count / number)
    return [(start, min(size, count - start)) for start in range(0, count, size)]


def _render(grid: RosterGrid, *, title: str, subtitle: str, pagesize: tuple[float, float], layout: _Layout,
            printed_at: datetime, month: bool) -> bytes:
    styles = house_styles()
    width = landscape(pagesize)[0] - 2 * MARGIN
    # Legend and supervision phone go above the grid: below it they would strand on a page
    # of their own whenever the grid fills the last page.
    story: list[Flowable] = [para(ROSTER_SHEET["legend"], styles.small)]
    if grid.supervision_phone:
        story.append(para(ROSTER_SHEET["supervision"].format(phone=grid.supervision_phone), styles.body))
    story.append(Spacer(1, 2 * mm))
    if not grid.rows:
        story.append(para(ROSTER_SHEET["no_posts"], styles.body))
    parts = _parts(len(grid.days), width, layout) if grid.rows else []
    for number, (start, length) in enumerate(parts, start=1):
        days = grid.days[start:start + length]
        if number > 1:
            # The second half follows on the same sheet when a small center leaves room.
            story += [Spacer(1, 6 * mm), CondPageBreak(60 * mm)]
        if len(parts) > 1:
            story.append(para(ROSTER_SHEET["part"].format(
                first=chinese_date(days[0].day), last=chinese_date(days[-1].day), part=number,
                parts=len(parts)), styles.heading))
        day_width = (width - layout.post_width) / length
        story.append(_grid_table(days, grid.rows, start, day_width, layout, styles, month=month))
    header = DocumentHeader(grid.center_name, title, subtitle)
    return build_pdf(story, header=header, pagesize=pagesize, landscape=True, printed_at=printed_at)


def render_week_roster(grid: RosterGrid, *, printed_at: datetime) -> bytes:
    """周值班安排表 on A4 landscape: the grid's days (normally Monday to Sunday) across."""
    subtitle = ROSTER_SHEET["week_subtitle"].format(first=chinese_date(grid.first), last=chinese_date(grid.last))
    return _render(grid, title=ROSTER_SHEET["week_title"], subtitle=subtitle, pagesize=A4, layout=WEEK,
                   printed_at=printed_at, month=False)


def render_month_roster(grid: RosterGrid, *, printed_at: datetime) -> bytes:
    """月值班安排表 on A3 landscape, split into page-wide parts when the days do not fit."""
    subtitle = ROSTER_SHEET["month_subtitle"].format(year=grid.first.year, month=grid.first.month)
    return _render(grid, title=ROSTER_SHEET["month_title"], subtitle=subtitle, pagesize=A3, layout=MONTH,
                   printed_at=printed_at, month=True)
