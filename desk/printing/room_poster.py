"""The week's room poster (场地使用周安排): rooms down, Monday to Sunday across, landscape.

A4 for the notice board, A3 for the lobby. Each cell lists the bookings that hold the
room that day (time and what for; pending requests marked), so residents see when a room
is free before they ask. Closed days are shaded and say why; statutory holidays and
make-up working days (调休) are named in the day's heading, because those are the days
people misread. Each room is one row that is never cut between pages.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.errors import Refusal
from desk.printing.document import MARGIN, DocumentHeader, build_pdf, house_styles, para
from desk.printing.duty_sheet import chinese_date
from desk.printing.grid import Block, Cell, Grid, Padding, Run, Runs
from desk.printing.room_schedule import span_text
from desk.printing.wording import ROOM_MARKS, ROOM_POSTER, ROSTER_MARKS, WEEKDAYS
from desk.rooms.printouts import DayMark, PrintedRoomDay, PrintedRoomWeek, RoomWeekSheet
from desk.rooms.records import PENDING

PAPER = {"A4": A4, "A3": A3}
ROOM_WIDTH = 36 * mm  # on A4; A3 scales everything by its wider page
# Type on A4 landscape, read at arm's length on the notice board.
ROOM_SIZE = 12
TIME_SIZE = 9
TITLE_SIZE = 10.5
HEAD_SIZE = 11
MARK_SIZE = 9
GREY = colors.HexColor("#404040")
CLOSED_SHADE = colors.HexColor("#E0E0E0")
HEADER_SHADE = colors.HexColor("#D0D0D0")


def poster_paper(size: str) -> tuple[float, float]:
    found = PAPER.get(size.strip().upper())
    if found is None:
        raise Refusal("The room poster prints on A4 or A3, not {size}.", size=size)
    return found


class _Sizes:
    def __init__(self, scale: float) -> None:
        self.room, self.time, self.title = ROOM_SIZE * scale, TIME_SIZE * scale, TITLE_SIZE * scale
        self.head, self.mark = HEAD_SIZE * scale, MARK_SIZE * scale


def _day_heading(mark: DayMark, sizes: _Sizes, column: int) -> Cell:
    label = ROSTER_MARKS["month_day"].format(month=mark.day.month, day=mark.day.day)
    lines: list[Runs] = [(Run(label, sizes.head),), (Run(WEEKDAYS[mark.day.weekday()], sizes.mark),)]
    if mark.kind == "holiday":
        text = ROOM_POSTER["holiday"].format(name=mark.name) if mark.name else ROOM_POSTER["holiday_unnamed"]
        lines.append((Run(text, sizes.mark),))
    elif mark.kind == "workday":
        lines.append((Run(ROOM_POSTER["workday"], sizes.mark),))
    if mark.closure:
        lines.append((Run(ROOM_MARKS["closed_reason"].format(reason=mark.closure), sizes.mark),))
    return Cell(tuple(lines), column=column)


def _header_block(sheet: RoomWeekSheet, sizes: _Sizes) -> Block:
    cells = [Cell(((Run(ROOM_POSTER["col_room"], sizes.head),),), column=0)]
    cells += [_day_heading(mark, sizes, column) for column, mark in enumerate(sheet.days, start=1)]
    return Block(1, cells)


def _room_cell(week: PrintedRoomWeek, sizes: _Sizes) -> Cell:
    room = week.room
    lines: list[Runs] = [(Run(room.name, sizes.room),)]
    lines.append((Run(ROOM_MARKS["capacity"].format(capacity=room.capacity), sizes.mark, GREY),))
    return Cell(tuple(lines), column=0, align="left")


def _day_cell(room_day: PrintedRoomDay, mark: DayMark, sizes: _Sizes, column: int) -> Cell:
    lines: list[Runs] = []
    if room_day.closed:
        lines.append((Run(ROOM_MARKS["closed"], sizes.title),))
        # The holiday and the whole center's closure are named in the day's heading already.
        if room_day.closure and room_day.closure != mark.closure:
            lines.append((Run(room_day.closure, sizes.mark, GREY),))
    for booking in room_day.live:
        # The time on a line of its own over the title: side by side, a day column is too
        # narrow and the title would break in the middle of a word (主题党 / 日).
        lines.append((Run(span_text(booking, room_day.day, fmt="{start}-{end}"), sizes.time, GREY),))
        title: Runs = (Run(booking.title, sizes.title),)
        if booking.state == PENDING:
            title += (Run(ROOM_MARKS["pending_mark"], sizes.mark, GREY),)
        lines.append(title)
    return Cell(tuple(lines), column=column, align="left", shade=CLOSED_SHADE if room_day.closed else None)


def _room_block(week: PrintedRoomWeek, marks: tuple[DayMark, ...], sizes: _Sizes) -> Block:
    cells = [_room_cell(week, sizes)]
    cells += [_day_cell(room_day, mark, sizes, column)
              for column, (room_day, mark) in enumerate(zip(week.days, marks), start=1)]
    return Block(1, cells)


def poster_grid(sheet: RoomWeekSheet, width: float, scale: float) -> Grid:
    sizes = _Sizes(scale)
    room_width = ROOM_WIDTH * scale
    day_width = (width - room_width) / len(sheet.days)
    return Grid([room_width, *([day_width] * len(sheet.days))], _header_block(sheet, sizes),
                [_room_block(week, sheet.days, sizes) for week in sheet.rooms],
                padding=Padding(top=2.5 * scale, bottom=3.5 * scale, side=2.5 * scale),
                header_shade=HEADER_SHADE, min_row_height=14 * mm * scale)


def render_room_poster(sheet: RoomWeekSheet, *, printed_at: datetime, size: str = "A4") -> bytes:
    """The week poster as a PDF, A4 or A3 landscape."""
    pagesize = poster_paper(size)
    width = landscape(pagesize)[0] - 2 * MARGIN
    scale = width / (landscape(A4)[0] - 2 * MARGIN)
    styles = house_styles()
    # The legend goes above the grid: below it, it would strand on a page of its own
    # whenever the grid fills the last page.
    story: list[Flowable] = [para(ROOM_POSTER["legend"], styles.small), Spacer(1, 2 * mm)]
    if sheet.rooms:
        story.append(poster_grid(sheet, width, scale))
    else:
        story.append(para(ROOM_POSTER["no_rooms"], styles.heading))
    subtitle = ROOM_POSTER["subtitle"].format(first=chinese_date(sheet.days[0].day),
                                              last=chinese_date(sheet.days[-1].day))
    header = DocumentHeader(sheet.center_name, ROOM_POSTER["title"], subtitle)
    return build_pdf(story, header=header, pagesize=pagesize, landscape=True, printed_at=printed_at)
