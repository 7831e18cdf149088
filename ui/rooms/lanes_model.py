"""The room grid as a table: one row ("lane") per room of a day, or per day of a room's
week; one column per half hour. A booking fills the cells of its time; the view joins them
into one block (``spans``) with its title and who booked it.

Both views of the rooms page use this one model: the day grid (lanes are the rooms of one
day) and a room's week (lanes are its seven days), because both are lists of ``RoomDay``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.rooms.grid import RoomDay
from desk.rooms.records import PENDING, BookingInfo
from ui.i18n import fill
from ui.rooms.activity_labels import weekday_label

Index = QModelIndex | QPersistentModelIndex
SLOT_MINUTES = 30
DEFAULT_FIRST, DEFAULT_LAST = 8 * 60, 21 * 60  # minutes of the day shown when nothing is open

BOOKING_ROLE = Qt.ItemDataRole.UserRole + 1  # the BookingInfo in a cell, or None

CONFIRMED_COLOR, PENDING_COLOR, CHECKED_IN_COLOR = QColor("#bbdefb"), QColor("#ffe0b2"), QColor("#c8e6c9")
CLOSED_COLOR, OUTSIDE_COLOR = QColor("#d6d6d6"), QColor("#eeeeee")


@dataclass(frozen=True)
class Placed:
    """A booking's place in the grid: its lane, first column and number of columns."""

    booking: BookingInfo
    row: int
    column: int
    span: int


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class LanesModel(QAbstractTableModel):
    DAY, WEEK = "day", "week"  # rows are rooms (one day) or days (one room)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.mode = self.DAY
        self._lanes: list[RoomDay] = []
        self._first = DEFAULT_FIRST  # minute of the day of column 0
        self._columns = (DEFAULT_LAST - DEFAULT_FIRST) // SLOT_MINUTES
        self._placed: list[Placed] = []
        self._cells: dict[tuple[int, int], Placed] = {}
        self._open: list[list[bool]] = []  # lane x column: inside the opening hours?

    # ---- loading ---------------------------------------------------------------------
    def set_lanes(self, lanes: list[RoomDay] | tuple[RoomDay, ...], mode: str) -> None:
        self.beginResetModel()
        self.mode = mode
        self._lanes = list(lanes)
        self._first, last = self._range()
        self._columns = max(1, (last - self._first) // SLOT_MINUTES)
        self._place_bookings()
        self._open = [[self._is_open(lane, column) for column in range(self._columns)] for lane in self._lanes]
        self.endResetModel()

    def _local_minutes(self, lane: RoomDay, moment: datetime, *, end: bool) -> int:
        """Minutes since the lane's local midnight (clamped to the day for a booking across midnight)."""
        local = moment.astimezone(self.zone)
        if local.date() < lane.day:
            return 0
        if local.date() > lane.day:
            return 24 * 60
        minutes = _minutes(local.time())
        return minutes if not end or minutes else 24 * 60

    def _range(self) -> tuple[int, int]:
        """Whole hours covering every lane's opening hours and bookings (08:00–21:00 at least)."""
        first, last = DEFAULT_FIRST, DEFAULT_LAST
        for lane in self._lanes:
            for start, end in lane.sessions:
                first = min(first, _minutes(time.fromisoformat(start)))
                last = max(last, _minutes(time.fromisoformat(end)) or 24 * 60)
            for booking in lane.bookings:
                first = min(first, self._local_minutes(lane, booking.starts_at, end=False))
                last = max(last, self._local_minutes(lane, booking.ends_at, end=True))
        return first // 60 * 60, min(24 * 60, -(-last // 60) * 60)

    def _place_bookings(self) -> None:
        self._placed, self._cells = [], {}
        for row, lane in enumerate(self._lanes):
            taken: set[int] = set()
            for booking in lane.bookings:
                start = self._local_minutes(lane, booking.starts_at, end=False)
                end = self._local_minutes(lane, booking.ends_at, end=True)
                first = max(0, (start - self._first) // SLOT_MINUTES)
                last = min(self._columns, -(-(end - self._first) // SLOT_MINUTES))
                columns = [c for c in range(first, max(first + 1, last)) if c not in taken]
                if not columns:
                    continue  # an overridden double booking: the first one keeps the cells
                # Only a run of free cells can be one block; an overlap cuts it short.
                run = [columns[0]]
                for column in columns[1:]:
                    if column != run[-1] + 1:
                        break
                    run.append(column)
                placed = Placed(booking, row, run[0], len(run))
                self._placed.append(placed)
                for column in run:
                    self._cells[(row, column)] = placed
                taken.update(run)

    def _is_open(self, lane: RoomDay, column: int) -> bool:
        if lane.closed:
            return False
        start = self._first + column * SLOT_MINUTES
        for begin, end in lane.sessions:
            if _minutes(time.fromisoformat(begin)) <= start < (_minutes(time.fromisoformat(end)) or 24 * 60):
                return True
        return False

    # ---- what the view and the page ask -----------------------------------------------
    def lanes(self) -> list[RoomDay]:
        return list(self._lanes)

    def lane(self, row: int) -> RoomDay | None:
        return self._lanes[row] if 0 <= row < len(self._lanes) else None

    def placed(self) -> list[Placed]:
        return list(self._placed)

    def placed_at(self, row: int, column: int) -> Placed | None:
        return self._cells.get((row, column))

    def placement_of(self, booking_id: int) -> Placed | None:
        return next((p for p in self._placed if p.booking.id == booking_id), None)

    def column_of(self, local: time) -> int:
        return max(0, min(self._columns - 1, (_minutes(local) - self._first) // SLOT_MINUTES))

    def slot_text(self, column: int) -> str:
        return _hhmm(self._first + column * SLOT_MINUTES)

    def slot_end_text(self, column: int) -> str:
        end = self._first + (column + 1) * SLOT_MINUTES
        return _hhmm(end % (24 * 60))

    def slot_start(self, row: int, column: int) -> datetime | None:
        lane = self.lane(row)
        if lane is None:
            return None
        midnight = datetime.combine(lane.day, time(0), self.zone)
        return midnight + timedelta(minutes=self._first + column * SLOT_MINUTES)

    def is_open(self, row: int, column: int) -> bool:
        return 0 <= row < len(self._open) and 0 <= column < self._columns and self._open[row][column]

    # ---- Qt's table API --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._lanes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                start = self._first + section * SLOT_MINUTES
                # The hour alone: "14" fits a half-hour column where "14:00" would be cut.
                return str(start // 60) if start % 60 == 0 else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self.slot_text(section)}–{self.slot_end_text(section)}"
            return None
        lane = self.lane(section)
        if lane is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.lane_title(lane)

    def lane_title(self, lane: RoomDay) -> str:
        if self.mode == self.DAY:
            text = fill(self.tr("%1 (%2 seats)"), lane.room.name, lane.room.capacity)
        else:
            text = f"{weekday_label(lane.day.weekday())} {lane.day:%m-%d}"
        if lane.closure:
            return text + "\n" + fill(self.tr("Closed: %1"), lane.closure)
        if lane.holiday:
            return text + "\n" + lane.holiday
        if lane.closed:
            return text + "\n" + self.tr("Closed")
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        placed = self._cells.get((index.row(), index.column()))
        if role == BOOKING_ROLE:
            return placed.booking if placed else None
        if role == Qt.ItemDataRole.DisplayRole:
            if placed is None or placed.column != index.column():
                return None
            return self.block_text(placed.booking)
        if role == Qt.ItemDataRole.ToolTipRole:
            if placed is not None:
                return self.booking_tooltip(placed.booking)
            lane = self._lanes[index.row()]
            return f"{lane.room.name} {lane.day:%m-%d} {self.slot_text(index.column())}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self._color(index.row(), index.column(), placed))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            lane = self._lanes[index.row()]
            where = f"{lane.room.name} {lane.day:%m-%d} {self.slot_text(index.column())}"
            return f"{where}: {self.block_text(placed.booking)}" if placed else where
        return None

    def _color(self, row: int, column: int, placed: Placed | None) -> QColor:
        if placed is not None:
            booking = placed.booking
            if booking.checked_in_at is not None:
                return CHECKED_IN_COLOR
            return PENDING_COLOR if booking.state == PENDING else CONFIRMED_COLOR
        if self._lanes[row].closed:
            return CLOSED_COLOR
        return QColor(Qt.GlobalColor.white) if self._open[row][column] else OUTSIDE_COLOR

    def block_text(self, booking: BookingInfo) -> str:
        local_start = booking.starts_at.astimezone(self.zone)
        local_end = booking.ends_at.astimezone(self.zone)
        mark = ""
        if booking.state == PENDING:
            mark = self.tr("[pending] ")
        elif booking.checked_in_at is not None:
            mark = "✓ "
        return f"{mark}{booking.title}\n{local_start:%H:%M}–{local_end:%H:%M} {booking.booker_name}"

    def booking_tooltip(self, booking: BookingInfo) -> str:
        lines = [self.block_text(booking).replace("\n", " · ")]
        lines.append(fill(self.tr("%1 people"), str(booking.headcount)))
        if booking.contact_name:
            lines.append(booking.contact_name)
        if booking.state == PENDING:
            lines.append(self.tr("Waiting for approval"))
        if booking.series_id is not None:
            lines.append(self.tr("Part of a repeating booking"))
        if booking.source != "desk":
            lines.append(self.tr("Booked in the city mini-program"))
        return "\n".join(lines)

    def selected_span(self, row: int, columns: list[int]) -> tuple[datetime, datetime] | None:
        """The local start and end of the free cells ``columns`` of lane ``row``."""
        if not columns:
            return None
        start = self.slot_start(row, min(columns))
        end = self.slot_start(row, max(columns) + 1)
        return (start, end) if start and end else None

    def day_of(self, row: int) -> date | None:
        lane = self.lane(row)
        return lane.day if lane else None
