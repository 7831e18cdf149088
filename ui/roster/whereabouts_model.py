"""The tables of the whereabouts page: everyone now, today's changes, and the status list.

Times arrive as aware UTC datetimes and are shown in the center's zone (the clock given
to each model); the models never read the store.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from desk.clock import CenterClock
from desk.roster.whereabouts import LogEntry, StatusInfo, WhereaboutsInfo
from ui.i18n import fill
from ui.moments import short_moment_text, time_text
from ui.record_model import Index, RecordListModel

STALE_BACKGROUND = QColor("#ffe0a3")  # amber: the promised return time has passed
STALE_FOREGROUND = QColor("#7a3e00")
AWAY_FOREGROUND = QColor("#a14f00")
ABSENT_FOREGROUND = QColor("#616161")  # on leave, resting: not expected today
PRESENT_FOREGROUND = QColor("#1b5e20")
INACTIVE_FOREGROUND = QColor("#9e9e9e")


class WhereaboutsTableModel(RecordListModel):
    """One row per person working today, in the center's order (no sorting: the
    receptionist finds people where the lobby board shows them)."""

    NAME, STATUS, DESTINATION, RETURN, UPDATED = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Status"), self.tr("Where"), self.tr("Expected back"), self.tr("Updated")]

    def set_rows(self, rows: list[WhereaboutsInfo]) -> None:
        self.set_records(rows)

    def info_at(self, row: int) -> WhereaboutsInfo | None:
        return self.record_at(row)

    def row_of(self, staff_id: int) -> int:
        return self.row_where(lambda info: info.staff_id == staff_id)

    def find(self, typed: str, start: int = 0) -> int:
        """The first row from ``start`` (wrapping) whose pinyin initials start with
        ``typed`` or whose name contains it; -1 if none does."""
        wanted = typed.strip()
        rows: list[WhereaboutsInfo] = self.records()
        if not wanted or not rows:
            return -1
        upper = wanted.upper()
        count = len(rows)
        order = [(start + offset) % count for offset in range(count)]
        for row in order:
            if rows[row].initials.upper().startswith(upper):
                return row
        for row in order:
            if wanted.casefold() in rows[row].staff_name.casefold():
                return row
        return -1

    def return_text(self, info: WhereaboutsInfo) -> str:
        if info.expected_return is None:
            return ""
        time = short_moment_text(self.clock, info.expected_return)
        if info.stale:
            return fill(self.tr("expected back %1 — overdue"), time)
        return time

    def updated_text(self, info: WhereaboutsInfo) -> str:
        if info.updated_at is None:
            return self.tr("not set today")
        return fill(self.tr("%1 by %2"), short_moment_text(self.clock, info.updated_at), info.updated_by)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info: WhereaboutsInfo | None = self.record_of(index)
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


class WhereaboutsHistoryModel(RecordListModel):
    """Today's changes, newest first: who was set to what, when, and by whom."""

    AT, NAME, STATUS, DETAIL, BY = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Name"), self.tr("Status"), self.tr("Where, until"), self.tr("Changed by")]

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.set_records(reversed(entries))  # the service gives them oldest first

    def entry_at(self, row: int) -> LogEntry | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: LogEntry | None = self.record_of(index)
        if entry is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.AT:
            return time_text(self.clock, entry.at)
        if column == self.NAME:
            return entry.staff_name
        if column == self.STATUS:
            return entry.label
        if column == self.DETAIL:
            until = short_moment_text(self.clock, entry.expected_return, today=entry.at)
            if entry.destination and until:
                return fill(self.tr("%1, back by %2"), entry.destination, until)
            return entry.destination or (fill(self.tr("back by %1"), until) if until else "")
        if column == self.BY:
            return entry.by
        return None


class StatusTableModel(RecordListModel):
    """The status list as the administrator edits it, with its key at the desk."""

    KEY, LABEL, PRESENT, AWAY, ACTIVE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Key"), self.tr("Status"), self.tr("At the post"), self.tr("Asks where and until"),
                self.tr("In use")]

    def set_statuses(self, statuses: list[StatusInfo]) -> None:
        self.set_records(sorted(statuses, key=lambda s: (s.sort_order, s.id)))

    def status_at(self, row: int) -> StatusInfo | None:
        return self.record_at(row)

    def key_of(self, status: StatusInfo) -> str:
        """The digit that picks this status at the desk: its place among the active ones."""
        active = [s.id for s in self.records() if s.active]
        place = active.index(status.id) + 1 if status.id in active else 0
        return str(place) if 1 <= place <= 9 else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        status: StatusInfo | None = self.record_of(index)
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
