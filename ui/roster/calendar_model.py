"""The two lists of the holidays page: a year's special days, and the seasonal timetables."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.center.hours import Session
from desk.roster.calendar import HOLIDAY, ORDINARY, WORKDAY, CalendarDayInfo
from desk.roster.timetable import TimetableInfo
from ui.center.hours_editor import format_day

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = QColor("#888888")
HOLIDAY_COLOUR = QColor("#b71c1c")  # red, as printed calendars mark days off
WORKDAY_COLOUR = QColor("#0d47a1")


def kind_label(kind: str) -> str:
    """放假 / 调休上班."""
    labels = {
        HOLIDAY: QCoreApplication.translate("calendar", "Day off"),
        WORKDAY: QCoreApplication.translate("calendar", "Make-up working day"),
        ORDINARY: QCoreApplication.translate("calendar", "Ordinary day (set here)"),
    }
    return labels.get(kind, kind)


def source_label(source: str) -> str:
    """Where a day came from: 内置 (the calendar package), 本中心 (typed here), 上级 (the city)."""
    labels = {
        "package": QCoreApplication.translate("calendar", "Built-in"),
        "local": QCoreApplication.translate("calendar", "This center"),
        "hub": QCoreApplication.translate("calendar", "From the city"),
    }
    return labels.get(source, source)


def short_weekday(weekday: int) -> str:
    """0 is Monday: 周一 in Chinese, Mon in English."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def sessions_text(sessions: tuple[Session, ...]) -> str:
    return format_day(sessions) if sessions else QCoreApplication.translate("calendar", "closed")


class CalendarDayTableModel(QAbstractTableModel):
    """One row per holiday or make-up working day of the year shown, in date order."""

    DATE, WEEKDAY, KIND, NAME, SOURCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[CalendarDayInfo] = []

    def set_days(self, days: list[CalendarDayInfo]) -> None:
        self.beginResetModel()
        self._days = sorted(days, key=lambda d: d.day)
        self.endResetModel()

    def day_at(self, row: int) -> CalendarDayInfo | None:
        return self._days[row] if 0 <= row < len(self._days) else None

    def row_of(self, day: date) -> int:
        return next((row for row, d in enumerate(self._days) if d.day == day), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {self.DATE: self.tr("Date"), self.WEEKDAY: self.tr("Weekday"), self.KIND: self.tr("Kind"),
                   self.NAME: self.tr("Name"), self.SOURCE: self.tr("Source")}
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day, column = self._days[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = {self.DATE: day.day.isoformat(), self.WEEKDAY: short_weekday(day.day.weekday()),
                      self.KIND: kind_label(day.kind), self.NAME: day.name, self.SOURCE: source_label(day.source)}
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND:
            return HOLIDAY_COLOUR if day.kind == HOLIDAY else WORKDAY_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return day.day
        return None


class TimetableTableModel(QAbstractTableModel):
    """Seasonal timetables (夏令/冬令作息): active ones first, then by first day."""

    NAME, STARTS, ENDS, HOLIDAYS, STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timetables: list[TimetableInfo] = []

    def set_timetables(self, timetables: list[TimetableInfo]) -> None:
        self.beginResetModel()
        self._timetables = list(timetables)
        self.endResetModel()

    def timetables(self) -> list[TimetableInfo]:
        return list(self._timetables)

    def timetable_at(self, row: int) -> TimetableInfo | None:
        return self._timetables[row] if 0 <= row < len(self._timetables) else None

    def row_of(self, timetable_id: int) -> int:
        return next((row for row, t in enumerate(self._timetables) if t.id == timetable_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._timetables)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {self.NAME: self.tr("Timetable"), self.STARTS: self.tr("From"), self.ENDS: self.tr("To"),
                   self.HOLIDAYS: self.tr("On holidays"), self.STATUS: self.tr("Status")}
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._timetables):
            return None
        timetable, column = self._timetables[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = {self.NAME: timetable.name, self.STARTS: timetable.starts, self.ENDS: timetable.ends,
                      self.HOLIDAYS: sessions_text(timetable.holiday),
                      self.STATUS: self.tr("Active") if timetable.active else self.tr("Inactive")}
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole week at a glance, without opening the form
            return "\n".join(f"{QLocale().dayName(d + 1)}: {sessions_text(s)}"
                             for d, s in enumerate(timetable.hours.days))
        if role == Qt.ItemDataRole.ForegroundRole and not timetable.active:
            return INACTIVE_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return timetable.id
        return None
