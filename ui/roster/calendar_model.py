"""The two lists of the holidays page: a year's special days, and the seasonal timetables."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from desk.center.hours import Session
from desk.roster.calendar import HOLIDAY, ORDINARY, WORKDAY, CalendarDayInfo
from desk.roster.timetable import TimetableInfo
from ui.center.hours_editor import format_day
from ui.record_model import Index, RecordListModel


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


class CalendarDayTableModel(RecordListModel):
    """One row per holiday or make-up working day of the year shown, in date order."""

    DATE, WEEKDAY, KIND, NAME, SOURCE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name"), self.tr("Source")]

    def set_days(self, days: list[CalendarDayInfo]) -> None:
        self.set_records(sorted(days, key=lambda d: d.day))

    def day_at(self, row: int) -> CalendarDayInfo | None:
        return self.record_at(row)

    def row_of(self, day: date) -> int:
        return self.row_where(lambda d: d.day == day)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day: CalendarDayInfo | None = self.record_of(index)
        if day is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = {self.DATE: day.day.isoformat(), self.WEEKDAY: short_weekday(day.day.weekday()),
                      self.KIND: kind_label(day.kind), self.NAME: day.name, self.SOURCE: source_label(day.source)}
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND:
            return HOLIDAY_COLOUR if day.kind == HOLIDAY else WORKDAY_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return day.day
        return None


class TimetableTableModel(RecordListModel):
    """Seasonal timetables (夏令/冬令作息): active ones first, then by first day."""

    NAME, STARTS, ENDS, HOLIDAYS, STATUS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Timetable"), self.tr("From"), self.tr("To"), self.tr("On holidays"), self.tr("Status")]

    def set_timetables(self, timetables: list[TimetableInfo]) -> None:
        self.set_records(timetables)

    def timetables(self) -> list[TimetableInfo]:
        return self.records()

    def timetable_at(self, row: int) -> TimetableInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        timetable: TimetableInfo | None = self.record_of(index)
        if timetable is None:
            return None
        column = index.column()
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
