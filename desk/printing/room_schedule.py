"""Today's room schedule (场地使用安排): every room and its bookings of one day, A4 portrait.

Printed at the desk in the morning, kept by the phone and pinned up in the lobby: per
room its hours (or why it is closed) and the bookings in time order — time, who booked,
what for, how many, and the state. Cancelled and no-show bookings stay on it in grey,
because "we had booked it" is the question the sheet answers. Each room is one block
that is not cut between pages. Also the words the other rooms documents share.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.printing.document import DocumentHeader, build_pdf, house_styles, para, stamp
from desk.printing.duty_sheet import chinese_date, day_mark, sessions_text, styled
from desk.printing.grid import Block, Cell, Grid, Padding, Run, Runs, text_cell
from desk.printing.wording import ROOM_MARKS, ROOM_SCHEDULE, WEEKDAYS
from desk.rooms.printouts import DayMark, PrintedBooking, PrintedRoomDay, RoomDaySheet
from desk.rooms.records import CANCELLED, PENDING, RELEASED

# 时间, 预约单位/人, 活动内容, 人数, 状态: the 180 mm between the margins.
COLUMN_WIDTHS_MM = (32, 40, 63, 15, 30)
ROOM_SIZE = 15
TEXT_SIZE = 12
DETAIL_SIZE = 10
GREY = colors.HexColor("#404040")
FADED = colors.HexColor("#808080")
ROOM_SHADE = colors.HexColor("#DCDCDC")
TIME, BOOKER, PURPOSE, HEADCOUNT, STATE = range(5)


# -- words the rooms documents share ------------------------------------------------------


def span_text(booking: PrintedBooking, day: date, *, fmt: str = "") -> str:
    """08:30—12:00 on its own day; 22:00—次日01:00 and 前日22:00—01:00 across midnight.

    A booking to midnight ends at 24:00 of its day, not at 次日00:00: it is that day's.
    """
    start, end = f"{booking.starts_at:%H:%M}", f"{booking.ends_at:%H:%M}"
    if booking.starts_at.date() < day:
        start = ROOM_MARKS["previous_day"].format(time=start)
    if booking.ends_at.date() > day:
        at_midnight = booking.ends_at.date() == day + timedelta(days=1) and booking.ends_at.time() == time(0)
        end = "24:00" if at_midnight else ROOM_MARKS["next_day"].format(time=end)
    return (fmt or ROOM_MARKS["span"]).format(start=start, end=end)


def state_text(booking: PrintedBooking) -> str:
    if booking.state == CANCELLED:
        return ROOM_MARKS["state_cancelled"]
    if booking.state == RELEASED:
        return ROOM_MARKS["state_released"]
    if booking.state == PENDING:
        return ROOM_MARKS["state_pending"]
    return ROOM_MARKS["state_checked_in"] if booking.checked_in else ROOM_MARKS["state_confirmed"]


def closed_text(room_day: PrintedRoomDay) -> str:
    """闭馆：设备检修 / 闭馆（国庆节） / 闭馆, for a closed day; "" for an open one."""
    if not room_day.closed:
        return ""
    if room_day.closure:
        return ROOM_MARKS["closed_reason"].format(reason=room_day.closure)
    if room_day.holiday:
        return ROOM_MARKS["closed_holiday"].format(name=room_day.holiday)
    return ROOM_MARKS["closed"]


def date_line(day: date) -> str:
    return ROOM_SCHEDULE["date_line"].format(date=chinese_date(day), weekday=WEEKDAYS[day.weekday()])


def mark_text(mark: DayMark) -> str:
    """法定节假日 / 调休上班 / the center's closure, for the line under the title."""
    parts = [day_mark(mark.kind, mark.name)]
    if mark.closure:
        parts.append(ROOM_MARKS["closed_reason"].format(reason=mark.closure))
    return ROOM_MARKS["facts_joiner"].join(part for part in parts if part)


# -- the sheet ------------------------------------------------------------------------------

COLUMN_WIDTHS = [width * mm for width in COLUMN_WIDTHS_MM]


def _header_block() -> Block:
    keys = ("col_time", "col_booker", "col_purpose", "col_headcount", "col_state")
    return Block(1, [text_cell(ROOM_SCHEDULE[key], DETAIL_SIZE + 1, column=column) for column, key in enumerate(keys)])


def _room_heading(room_day: PrintedRoomDay) -> tuple[Runs, ...]:
    room = room_day.room
    facts = [part for part in (room.kind, ROOM_MARKS["capacity"].format(capacity=room.capacity), room.location)
             if part]
    closed = closed_text(room_day)
    hours = closed or (ROOM_MARKS["hours"].format(sessions=sessions_text(room_day.sessions)) if room_day.sessions
                       else "")
    name: Runs = (Run(room.name, ROOM_SIZE), Run(ROOM_MARKS["facts_joiner"] + ROOM_MARKS["facts_joiner"].join(facts),
                                                DETAIL_SIZE, GREY))
    if not hours:
        return (name,)
    return name, (Run(hours, TEXT_SIZE if closed else DETAIL_SIZE, None if closed else GREY),)


def _purpose(booking: PrintedBooking, colour: colors.Color | None) -> tuple[Runs, ...]:
    title: Runs = (Run(booking.title, TEXT_SIZE, colour),)
    if booking.source == "upstream":
        title += (Run(ROOM_MARKS["upstream_mark"], DETAIL_SIZE, FADED),)
    if not booking.purpose or booking.purpose == booking.title:
        return (title,)
    return title, (Run(booking.purpose, DETAIL_SIZE, colour or GREY),)


def _booking_cells(booking: PrintedBooking, day: date, row: int) -> list[Cell]:
    colour = None if booking.live else FADED
    return [
        text_cell(span_text(booking, day), TEXT_SIZE, colour=colour, row=row, column=TIME),
        text_cell(booking.booker, TEXT_SIZE, colour=colour, row=row, column=BOOKER, align="left"),
        Cell(_purpose(booking, colour), row=row, column=PURPOSE, align="left"),
        text_cell(ROOM_MARKS["people"].format(n=booking.headcount), TEXT_SIZE, colour=colour, row=row,
                  column=HEADCOUNT),
        text_cell(state_text(booking), DETAIL_SIZE + 1, colour=colour, row=row, column=STATE),
    ]


def _room_block(room_day: PrintedRoomDay) -> Block:
    """The room's name, facts and hours on a shaded row over one row per booking."""
    rows = 1 + max(1, len(room_day.bookings))
    block = Block(rows, [Cell(_room_heading(room_day), row=0, column=0, columns=len(COLUMN_WIDTHS), align="left",
                              shade=ROOM_SHADE)])
    for row, booking in enumerate(room_day.bookings, start=1):
        block.cells += _booking_cells(booking, room_day.day, row)
    if not room_day.bookings:
        block.cells.append(text_cell(ROOM_SCHEDULE["no_bookings"], TEXT_SIZE, colour=FADED, row=1, column=0,
                                     columns=len(COLUMN_WIDTHS)))
    return block


def schedule_grid(sheet: RoomDaySheet) -> Grid:
    return Grid(COLUMN_WIDTHS, _header_block(), [_room_block(room_day) for room_day in sheet.rooms],
                padding=Padding(top=3, bottom=4, side=3))


def render_room_schedule(sheet: RoomDaySheet, *, printed_at: datetime) -> bytes:
    """The day's room schedule as a PDF (A4 portrait)."""
    house = house_styles()
    mark = mark_text(sheet.mark)
    story: list[Flowable] = [styled([(date_line(sheet.day), 20), (f"　{mark}" if mark else "", 14)], house.body)]
    if not sheet.rooms:
        story.append(para(ROOM_SCHEDULE["no_rooms"], house.heading))
    else:
        live = sum(len(room_day.live) for room_day in sheet.rooms)
        story.append(para(ROOM_SCHEDULE["summary"].format(rooms=len(sheet.rooms), bookings=live), house.body))
        story += [Spacer(1, 2 * mm), schedule_grid(sheet)]
    story += [Spacer(1, 3 * mm), para(ROOM_SCHEDULE["as_of"].format(printed=stamp(printed_at)), house.small)]
    header = DocumentHeader(sheet.center_name, ROOM_SCHEDULE["title"], date_line(sheet.day))
    return build_pdf(story, header=header, printed_at=printed_at)
