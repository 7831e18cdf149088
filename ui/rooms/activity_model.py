"""The table of activities in a period: when, what, where, places, waiting, attended.

A cancelled activity stays in the list, greyed and marked, because the people who signed
up may still ring about it; a full one shows its places in amber.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from desk.clock import CenterClock
from desk.rooms.activity_rows import ACTIVITY_CANCELLED, ActivityInfo
from ui.record_model import Index, RecordListModel
from ui.rooms.activity_labels import activity_state_label, places_label, when_label

CANCELLED_COLOUR = QColor("#78909c")
FULL_COLOUR = QColor("#8a4b00")
FULL_BACKGROUND = QColor("#fff4d6")


class ActivityTableModel(RecordListModel):
    WHEN, TITLE, PLACE, PLACES, WAITING, ATTENDED, STATE = range(7)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Activity"), self.tr("Place"), self.tr("Places used"),
                self.tr("Waiting"), self.tr("Attended"), self.tr("State")]

    def activity_at(self, row: int) -> ActivityInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        activity: ActivityInfo | None = self.record_of(index)
        if activity is None:
            return None
        column = index.column()
        cancelled = activity.state == ACTIVITY_CANCELLED
        full = activity.places_free == 0 and not cancelled
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(activity, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cancelled:
                return CANCELLED_COLOUR
            if full and column == self.PLACES:
                return FULL_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole and full and column == self.PLACES:
            return FULL_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and cancelled and column == self.TITLE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            parts = [activity.organiser, activity.description]
            return "\n".join(part for part in parts if part) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PLACES, self.WAITING, self.ATTENDED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return activity.id
        return None

    def _display(self, activity: ActivityInfo, column: int) -> str:
        if column == self.WHEN:
            return when_label(self._clock, activity.starts_at, activity.ends_at)
        if column == self.TITLE:
            return activity.title
        if column == self.PLACE:
            return activity.place
        if column == self.PLACES:
            return places_label(activity)
        if column == self.WAITING:
            return str(activity.waiting) if activity.waiting else ""
        if column == self.ATTENDED:
            return str(activity.attended) if activity.attended else ""
        if column == self.STATE:
            return activity_state_label(activity.state)
        return ""
