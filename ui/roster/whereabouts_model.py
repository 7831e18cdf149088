"""The tables of the whereabouts page: everyone now, today's changes, and the status list.

Times arrive as aware UTC datetimes and are shown in the center's zone (the clock given
to each model); the models never read the store.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desk.clock import CenterClock
from desk.roster.whereabouts import LogEntry, StatusInfo, WhereaboutsInfo
from ui.i18n import fill

Index = QModelIndex | QPersistentModelIndex

STALE_BACKGROUND = QColor("#ffe0a3")  # amber: the promised return time has passed
STALE_FOREGROUND = QColor("#7a3e00")
AWAY_FOREGROUND = QColor("#a14f00")
ABSENT_FOREGROUND = QColor("#616161")  # on leave, resting: not expected today
PRESENT_FOREGROUND = QColor("#1b5e20")
INACTIVE_FOREGROUND = QColor("#9e9e9e")


def hhmm(clock: CenterClock, moment: datetime | None, *, today: datetime | None = None) -> str:
    """10:30 today, 03-12 10:30 another day; '' for no time."""
    if moment is None:
        return ""
    local = clock.local(moment)
    reference = clock.local(today) if today is not None else clock.now()
    if local.date() == reference.date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class WhereaboutsTableModel(QAbstractTableModel):
    """One row per person working today, in the center's order (no sorting: the
    receptionist finds people where the lobby board shows them)."""

    NAME, STATUS, DESTINATION, RETURN, UPDATED = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._rows: list[WhereaboutsInfo] = []

    def set_rows(self, rows: list[WhereaboutsInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def info_at(self, row: int) -> WhereaboutsInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, staff_id: int) -> int:
        return next((row for row, info in enumerate(self._rows) if info.staff_id == staff_id), -1)

    def find(self, typed: str, start: int = 0) -> int:
        """The first row from ``start`` (wrapping) whose pinyin initials start with
        ``typed`` or whose name contains it; -1 if none does."""
        wanted = typed.strip()
        if not wanted or not self._rows:
            return -1
        upper = wanted.upper()
        count = len(self._rows)
        order = [(start + offset) % count for offset in range(count)]
        for row in order:
            if self._rows[row].initials.upper().startswith(upper):
                return row
        for row in order:
            if wanted.casefold() in self._rows[row].staff_name.casefold():
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.NAME: self.tr("Name"), self.STATUS: self.tr("Status"),
                self.DESTINATION: self.tr("Where"), self.RETURN: self.tr("Expected back"),
                self.UPDATED: self.tr("Updated")}.get(section)

    def return_text(self, info: WhereaboutsInfo) -> str:
        if info.expected_return is None:
            return ""
        time = hhmm(self.clock, info.expected_return)
        if info.stale:
            return fill(self.tr("expected back %1 — overdue"), time)
        return time

    def updated_text(self, info: WhereaboutsInfo) -> str:
        if info.updated_at is None:
            return self.tr("not set today")
        return fill(self.tr("%1 by %2"), hhmm(self.clock, info.updated_at), info.updated_by)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.info_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return f"{info.staff_name}  {info.title}".strip()
            if column == self.STATUS:
                return info.label
            if column == self.DESTINATION:
                return info.destination
            if column == self.RETURN:
                return self.return_text(info)
            if column == self.UPDATED:
                return self.updated_text(info)
        if role == Qt.ItemDataRole.BackgroundRole and info.stale:
            return STALE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.RETURN):
            if info.stale:
                return STALE_FOREGROUND
            if info.present:
                return PRESENT_FOREGROUND
            return AWAY_FOREGROUND if info.away else ABSENT_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and (column == self.STATUS or (info.stale and column == self.RETURN)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and info.stale:
            return self.tr("The expected return time has passed: ask where they are, then update the status.")
        if role == Qt.ItemDataRole.UserRole:
            return info.staff_id
        return None


class WhereaboutsHistoryModel(QAbstractTableModel):
    """Today's changes, newest first: who was set to what, when, and by whom."""

    AT, NAME, STATUS, DETAIL, BY = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._entries: list[LogEntry] = []

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))  # the service gives them oldest first
        self.endResetModel()

    def entry_at(self, row: int) -> LogEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.AT: self.tr("Time"), self.NAME: self.tr("Name"), self.STATUS: self.tr("Status"),
                self.DETAIL: self.tr("Where, until"), self.BY: self.tr("Changed by")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.AT:
            return self.clock.local(entry.at).strftime("%H:%M")
        if column == self.NAME:
            return entry.staff_name
        if column == self.STATUS:
            return entry.label
        if column == self.DETAIL:
            until = hhmm(self.clock, entry.expected_return, today=entry.at)
            if entry.destination and until:
                return fill(self.tr("%1, back by %2"), entry.destination, until)
            return entry.destination or (fill(self.tr("back by %1"), until) if until else "")
        if column == self.BY:
            return entry.by
        return None


class StatusTableModel(QAbstractTableModel):
    """The status list as the administrator edits it, with its key at the desk."""

    KEY, LABEL, PRESENT, AWAY, ACTIVE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: list[StatusInfo] = []

    def set_statuses(self, statuses: list[StatusInfo]) -> None:
        self.beginResetModel()
        self._statuses = sorted(statuses, key=lambda s: (s.sort_order, s.id))
        self.endResetModel()

    def status_at(self, row: int) -> StatusInfo | None:
        return self._statuses[row] if 0 <= row < len(self._statuses) else None

    def row_of(self, status_id: int) -> int:
        return next((row for row, s in enumerate(self._statuses) if s.id == status_id), -1)

    def key_of(self, status: StatusInfo) -> str:
        """The digit that picks this status at the desk: its place among the active ones."""
        active = [s.id for s in self._statuses if s.active]
        place = active.index(status.id) + 1 if status.id in active else 0
        return str(place) if 1 <= place <= 9 else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._statuses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.KEY: self.tr("Key"), self.LABEL: self.tr("Status"), self.PRESENT: self.tr("At the post"),
                self.AWAY: self.tr("Asks where and until"), self.ACTIVE: self.tr("In use")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        status = self.status_at(index.row()) if index.isValid() else None
        if status is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            yes, no = self.tr("Yes"), self.tr("No")
            return {self.KEY: self.key_of(status), self.LABEL: status.label,
                    self.PRESENT: yes if status.present else no, self.AWAY: yes if status.away else no,
                    self.ACTIVE: yes if status.active else no}.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and not status.active:
            return INACTIVE_FOREGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return status.id
        return None
