"""The forms of the holidays page: one special day, and one seasonal timetable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from desk.center.hours import OpeningHours, Session
from desk.roster.calendar import HOLIDAY, WORKDAY, CalendarDayInfo
from desk.roster.timetable import TimetableForm, TimetableInfo
from ui.center.hours_editor import HoursEditor, HoursInputError, format_day, parse_day
from ui.i18n import fill
from ui.roster.calendar_model import kind_label
from ui.roster.setup_forms import FormDialog, hint

_LEAP_YEAR = 2000  # the month-day pickers show no year; a leap year lets 02-29 be chosen


class CalendarDayDialog(FormDialog):
    """Add a day off or a make-up working day, or correct one (its date then stays)."""

    def __init__(self, on_submit: Callable[["CalendarDayDialog"], None], day: CalendarDayInfo | None,
                 default_day: date, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.day_info = day
        self.setWindowTitle(self.tr("New special day") if day is None
                            else fill(self.tr("Special day %1"), day.day.isoformat()))
        self.setMinimumWidth(420)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(day.day if day else default_day)
        self.date_edit.setEnabled(day is None)  # another date is another day: remove and add
        self.kind_combo = QComboBox()
        for kind in (HOLIDAY, WORKDAY):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(day.kind if day else HOLIDAY)))
        self.name_edit = QLineEdit(day.name if day else "")
        self.name_edit.setMaxLength(50)
        self.name_edit.setPlaceholderText(self.tr("e.g. 国庆节, or 国庆节调休 for a make-up working day"))
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        self.body.addLayout(form)
        self.body.addWidget(hint(self.tr(
            "A day off closes the center unless a timetable keeps holiday sessions; a make-up "
            "working day is worked like a Monday. Days typed here are kept when the calendar "
            "package is updated.")))
        (self.name_edit if day else self.date_edit).setFocus()

    def day(self) -> date:
        return self.date_edit.date().toPython()

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def name(self) -> str:
        return self.name_edit.text()


def _month_day_edit(text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("MM-dd")
    edit.setDateRange(QDate(_LEAP_YEAR, 1, 1), QDate(_LEAP_YEAR, 12, 31))
    month, day = (int(part) for part in text.split("-"))
    edit.setDate(QDate(_LEAP_YEAR, month, day))
    return edit


class TimetableDialog(FormDialog):
    """A season's name and dates, its opening hours (the center settings' editor) and the
    sessions kept on statutory holidays."""

    def __init__(self, on_submit: Callable[["TimetableDialog"], None], timetable: TimetableInfo | None,
                 center_hours: OpeningHours, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.timetable = timetable
        self.setWindowTitle(self.tr("New seasonal timetable") if timetable is None
                            else fill(self.tr("Timetable %1"), timetable.name))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(timetable.name if timetable else "")
        self.name_edit.setMaxLength(50)
        self.name_edit.setPlaceholderText(self.tr("e.g. 夏令作息"))
        self.starts_edit = _month_day_edit(timetable.starts if timetable else "06-01")
        self.ends_edit = _month_day_edit(timetable.ends if timetable else "09-30")
        self.active_box = QCheckBox(self.tr("In force (the desk uses it on its days)"))
        self.active_box.setChecked(timetable.active if timetable else True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("First day (month-day)"), self.starts_edit)
        form.addRow(self.tr("Last day (month-day)"), self.ends_edit)
        form.addRow("", self.active_box)
        self.body.addLayout(form)
        self.body.addWidget(hint(self.tr(
            "A last day before the first runs over the new year (e.g. 10-01 to 04-30).")))
        hours_box = QGroupBox(self.tr("Opening hours in this season"))
        self.hours_editor = HoursEditor(timetable.hours if timetable else center_hours)
        self.holiday_edit = QLineEdit(format_day(timetable.holiday) if timetable else "")
        self.holiday_edit.setPlaceholderText(self.tr("closed"))
        # one more row of the editor's own form, so its label lines up with the weekdays'
        box_layout = QVBoxLayout(hours_box)
        box_layout.addWidget(self.hours_editor)
        editor_form = self.hours_editor.layout()
        holiday_form = editor_form if isinstance(editor_form, QFormLayout) else QFormLayout()
        holiday_form.addRow(self.tr("Statutory holidays"), self.holiday_edit)
        if holiday_form is not editor_form:
            box_layout.addLayout(holiday_form)
        box_layout.addWidget(hint(self.tr(
            "Write the times like 08:30-12:00, 14:00-17:30; leave a day empty if closed. "
            "On a make-up working day the Monday hours apply.")))
        self.body.addWidget(hours_box)
        self.name_edit.setFocus()

    def check(self) -> str | None:
        try:
            self.hours_editor.hours()
            self.holiday_sessions()
        except HoursInputError as error:
            return str(error)
        return None

    def holiday_sessions(self) -> tuple[Session, ...]:
        try:
            sessions = parse_day(self.holiday_edit.text())
        except ValueError:
            raise HoursInputError(self.tr(
                "Statutory holidays: write the times like 09:00-12:00, or leave it empty if closed."
            )) from None
        if len(sessions) > 3:
            raise HoursInputError(self.tr("Statutory holidays: at most three sessions a day."))
        return sessions

    def set_dates(self, starts: str, ends: str) -> None:
        for edit, text in ((self.starts_edit, starts), (self.ends_edit, ends)):
            month, day = (int(part) for part in text.split("-"))
            edit.setDate(QDate(_LEAP_YEAR, month, day))

    def form(self) -> TimetableForm:
        """What was typed; call ``check()`` first (the page does, through OK)."""
        return TimetableForm(
            name=self.name_edit.text(),
            starts=self.starts_edit.date().toString("MM-dd"),
            ends=self.ends_edit.date().toString("MM-dd"),
            hours=self.hours_editor.hours(),
            holiday=self.holiday_sessions(),
            active=self.active_box.isChecked(),
            id=self.timetable.id if self.timetable else None,
        )
