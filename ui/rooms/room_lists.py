"""The rooms page's two lists: bookings waiting for approval, and the rooms free at a time."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desk.rooms.approval import PendingRequest
from desk.rooms.grid import FreeRoom
from ui.i18n import fill
from ui.record_model import Index, RecordListModel

EXPIRED_COLOUR = QColor("#b71c1c")


def _duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return fill(QCoreApplication.translate("PendingModel", "%1 min"), minutes)
    if minutes < 48 * 60:
        return fill(QCoreApplication.translate("PendingModel", "%1 h %2 min"), minutes // 60, minutes % 60)
    return fill(QCoreApplication.translate("PendingModel", "%1 days"), minutes // (24 * 60))


class PendingModel(RecordListModel):
    """Pending requests, the oldest first; whether each still holds its slot, and how long."""

    ROOM, WHEN, TITLE, BOOKER, PEOPLE, WAITING, HOLDS = range(7)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def headers(self) -> list[str]:
        return [self.tr("Room"), self.tr("When"), self.tr("Title"), self.tr("Booked by"), self.tr("People"),
                self.tr("Waiting"), self.tr("Holds the slot")]

    def request_at(self, row: int) -> PendingRequest | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request: PendingRequest | None = self.record_of(index)
        if request is None:
            return None
        booking = request.booking
        if role == Qt.ItemDataRole.DisplayRole:
            start, end = booking.starts_at.astimezone(self.zone), booking.ends_at.astimezone(self.zone)
            holds = (fill(self.tr("yes, %1 more"), _duration(request.holds_left))
                     if request.holds_slot and request.holds_left is not None
                     else self.tr("no — others may book it"))
            return (booking.room_name, f"{start:%m-%d %H:%M}–{end:%H:%M}", booking.title, booking.booker_name,
                    str(booking.headcount), _duration(request.waiting), holds)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.HOLDS and not request.holds_slot:
            return EXPIRED_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return booking.id
        return None


class FreeRoomsModel(RecordListModel):
    """Rooms free for the whole time asked, big enough for the people asked."""

    ROOM, SEATS, KIND, EQUIPMENT, HOURS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Room"), self.tr("Seats"), self.tr("Kind"), self.tr("Equipment"),
                self.tr("Open that day")]

    def room_at(self, row: int) -> FreeRoom | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        free: FreeRoom | None = self.record_of(index)
        if free is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            hours = "  ".join(f"{start}–{end}" for start, end in free.sessions)
            return (free.room.name, str(free.room.capacity), free.room.kind, free.room.equipment,
                    hours)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return free.room.id
        return None
