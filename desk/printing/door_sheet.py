"""The door sheet (门牌): one A4 page per room, taped to its door for the day.

Read from two metres down a corridor, so the type is large: the room's name, the date,
its hours or why it is closed, then each booking's time beside what it is for and who
booked it. Pending requests show as such. Type shrinks to fit a busy day onto the page,
never below what is still readable at a metre; a day busier than that goes on to a
second page marked （续）. A room with nothing booked says so, in the same large type.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desk.printing.document import DocumentHeader, build_pdf, house_styles, para
from desk.printing.duty_sheet import sessions_text
from desk.printing.fonts import TextWriter, fit_size, string_width
from desk.printing.grid import BASELINE, Run, _Line, wrap
from desk.printing.room_schedule import date_line, span_text
from desk.printing.wording import DOOR_SHEET, ROOM_MARKS
from desk.rooms.printouts import PrintedBooking, PrintedRoomDay, RoomDaySheet
from desk.rooms.records import PENDING

NAME_SIZE = 56
FACTS_SIZE = 16
DATE_SIZE = 26
HOURS_SIZE = 20
CLOSED_SIZE = 30
EMPTY_SIZE = 44
# A booking at full size; scaled down together when a day does not fit.
TIME_SIZE = 30
TITLE_SIZE = 28
BOOKER_SIZE = 18
# 0.6 keeps the time at 18 pt and the title at about 17 pt: readable from a metre or so.
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)
ENTRY_GAP = 5 * mm
COLUMN_GAP = 6 * mm
GREY = colors.HexColor("#404040")
RULE = colors.HexColor("#808080")


class _Text:
    """Lines set one under the other, each centred or from the left edge of its column."""

    def __init__(self) -> None:
        self.items: list[tuple[float, _Line, bool]] = []  # (left, line, centred)
        self.height = 0.0

    def add(self, runs: Sequence[Run], width: float, *, left: float = 0.0, centred: bool = False) -> None:
        for line in wrap(tuple(runs), width):
            self.items.append((left, line, centred))
            self.height += line.height


def _closed_line(room_day: PrintedRoomDay) -> str:
    """当日闭馆：设备检修 / 当日闭馆：国庆节 / 当日闭馆."""
    reason = room_day.closure or room_day.holiday
    return DOOR_SHEET["closed_reason"].format(reason=reason) if reason else DOOR_SHEET["closed"]


def _head(room_day: PrintedRoomDay, heading: str, width: float) -> _Text:
    room = room_day.room
    text = _Text()
    text.add([Run(heading, fit_size(heading, NAME_SIZE, width, minimum=28))], width, centred=True)
    facts = [part for part in (room.location, ROOM_MARKS["capacity"].format(capacity=room.capacity)) if part]
    text.add([Run(ROOM_MARKS["facts_joiner"].join(facts), FACTS_SIZE, GREY)], width, centred=True)
    text.add([Run(date_line(room_day.day), DATE_SIZE)], width, centred=True)
    if room_day.closed and room_day.live:
        # Closed, yet booked by an administrator's override: say both.
        text.add([Run(_closed_line(room_day), CLOSED_SIZE)], width, centred=True)
    elif room_day.sessions and not room_day.closed:
        text.add([Run(ROOM_MARKS["hours"].format(sessions=sessions_text(room_day.sessions)), HOURS_SIZE, GREY)],
                 width, centred=True)
    return text


class _Entry:
    """One booking: its time on the left, what and who on the right."""

    def __init__(self, booking: PrintedBooking, room_day: PrintedRoomDay, width: float, scale: float) -> None:
        time_size = TIME_SIZE * scale
        # The time column holds "08:30—12:00" on one line; across midnight it may wrap.
        self.time_width = string_width("00:00—00:00", time_size) + 2 * mm
        self.time = _Text()
        self.time.add([Run(span_text(booking, room_day.day), time_size)], self.time_width)
        right = width - self.time_width - COLUMN_GAP
        self.left = self.time_width + COLUMN_GAP
        self.what = _Text()
        title = [Run(booking.title, TITLE_SIZE * scale)]
        if booking.state == PENDING:
            title.append(Run(ROOM_MARKS["pending_mark"], BOOKER_SIZE * scale, GREY))
        self.what.add(title, right)
        self.what.add([Run(DOOR_SHEET["booker"].format(booker=booking.booker), BOOKER_SIZE * scale, GREY)], right)
        self.height = max(self.time.height, self.what.height) + ENTRY_GAP * scale


def _entries(room_day: PrintedRoomDay, bookings: Sequence[PrintedBooking], width: float,
             scale: float) -> list[_Entry]:
    return [_Entry(booking, room_day, width, scale) for booking in bookings]


class DoorPage(Flowable):
    """One room's page; it fills the frame and splits onto a further page if it must."""

    def __init__(self, room_day: PrintedRoomDay, bookings: Sequence[PrintedBooking], *,
                 continued: bool = False) -> None:
        super().__init__()
        self.room_day = room_day
        self.bookings = tuple(bookings)
        self.continued = continued
        self.heading = DOOR_SHEET["continued"].format(name=room_day.room.name) if continued else room_day.room.name

    def _fit(self, width: float, height: float) -> tuple[_Text, float, list[_Entry], float]:
        """The head, and the largest scale at which the bookings fit under it (or the smallest)."""
        head = _head(self.room_day, self.heading, width)
        room = height - head.height - 8 * mm
        for scale in SCALES:
            entries = _entries(self.room_day, self.bookings, width, scale)
            if sum(entry.height for entry in entries) <= room:
                break
        return head, room, entries, scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.head, room, self.entries, self.scale = self._fit(available_width, available_height)
        needed = sum(entry.height for entry in self.entries)
        self.height = available_height if needed <= room else available_height + needed - room
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        head, room, entries, _scale = self._fit(available_width, available_height)
        used, fits = 0.0, 0
        for entry in entries:
            if used + entry.height > room:
                break
            used += entry.height
            fits += 1
        if fits == 0:
            return []  # a frame too short for even one booking: try a fresh page
        return [DoorPage(self.room_day, self.bookings[:fits], continued=self.continued), PageBreak(),
                DoorPage(self.room_day, self.bookings[fits:], continued=True)]

    def draw(self) -> None:
        canvas = self.canv
        writer = TextWriter(canvas)
        top = self.height
        top = _draw_text(writer, self.head, top, self.width)
        top -= 3 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.line(0, top, self.width, top)
        top -= 5 * mm
        if not self.bookings:
            self._draw_nothing(writer, top)
        for entry in self.entries:
            _draw_text(writer, entry.time, top, entry.time_width)
            _draw_text(writer, entry.what, top, self.width - entry.left, left=entry.left)
            top -= entry.height
        writer.close()

    def _draw_nothing(self, writer: TextWriter, top: float) -> None:
        text = _Text()
        if self.room_day.closed:
            text.add([Run(_closed_line(self.room_day), EMPTY_SIZE)], self.width, centred=True)
        else:
            text.add([Run(DOOR_SHEET["empty"], EMPTY_SIZE)], self.width, centred=True)
            text.add([Run(DOOR_SHEET["empty_hint"], HOURS_SIZE, GREY)], self.width, centred=True)
        _draw_text(writer, text, top - 15 * mm, self.width)


def _draw_text(writer: TextWriter, text: _Text, top: float, width: float, *, left: float = 0.0) -> float:
    """Draw the lines from ``top`` down; returns the y under the last one."""
    for column_left, line, centred in text.items:
        top -= line.height
        x = left + column_left + ((width - line.width) / 2 if centred else 0.0)
        writer.start_line(x, top + line.size * BASELINE)
        for run in line.runs:
            writer.write(run.text, run.size, run.colour or colors.black)
    return top


def door_story(sheet: RoomDaySheet) -> list[Flowable]:
    """A page per room: the bookings that hold it (confirmed, and pending marked so)."""
    story: list[Flowable] = []
    for room_day in sheet.rooms:
        if story:
            story.append(PageBreak())
        story.append(DoorPage(room_day, room_day.live))
    return story


def render_door_sheets(sheet: RoomDaySheet, *, printed_at: datetime) -> bytes:
    """The door sheets of the sheet's rooms (all, or the one asked for) as one PDF, A4 portrait."""
    story = door_story(sheet)
    if not story:
        story = [para(DOOR_SHEET["no_rooms"], house_styles(wall=True).heading)]
    header = DocumentHeader(sheet.center_name, DOOR_SHEET["title"], date_line(sheet.day))
    return build_pdf(story, header=header, printed_at=printed_at)
