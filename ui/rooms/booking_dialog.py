"""Booking a room: once, or repeating (a term of after-school classes), with every date checked
before anything is saved.

For a repeating booking the dialog lists each date the rule gives with what stands in its
way (a holiday, a closure, another booking, outside the hours). The receptionist skips the
dates in the way (one by one, or all at once) and books the rest in one step; nothing is
saved while a date is still in the way. The check runs on the read worker (``preview``),
so typing never waits on the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from desk.rooms.forms import BookingDetails, BookingForm, SeriesForm
from desk.rooms.intervals import local_span
from desk.rooms.records import GROUP, RESIDENT, RoomInfo
from desk.rooms.repeats import Repeat, daily, monthly_on_day, weekly
from desk.rooms.series import SKIPPED, Occurrence, SeriesPreview
from ui.i18n import fill
from ui.submit_dialog import SubmitDialog

ONCE, WEEKLY, DAILY, MONTHLY = "once", "weekly", "daily", "monthly"
OK_STATUS = "ok"
PROBLEM_TEXT, PROBLEM_BACKGROUND = QColor("#b71c1c"), QColor("#ffebee")
DAY_ROLE = 256  # Qt.UserRole: the rule's date of a line


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BookingDialog(SubmitDialog):
    """``on_submit(dialog)`` books; ``preview(form, skip, done)`` checks a series' dates."""

    shows_desk_errors = False

    def __init__(self, on_submit: Callable[["BookingDialog"], None],
                 preview: Callable[[SeriesForm, set[date], Callable[[SeriesPreview], None]], None],
                 rooms: list[RoomInfo], zone, *, room_id: int | None, day: date, start: str = "09:00",  # noqa: ANN001
                 end: str = "10:00", headcount: int = 1, may_override: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self._preview = preview
        self.zone = zone
        self.skipped: set[date] = set()
        self.last_preview: SeriesPreview | None = None
        self.setWindowTitle(self.tr("Book a room"))
        self.setMinimumWidth(560)

        self.room_combo = QComboBox()
        for room in rooms:
            self.room_combo.addItem(fill(self.tr("%1 (%2 seats)"), room.name, room.capacity), room.id)
        if room_id is not None:
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(room_id)))
        self.date_edit = QDateEdit(_qdate(day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit(QTime.fromString(start, "HH:mm"))
        self.end_edit = QTimeEdit(QTime.fromString(end, "HH:mm"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.start_edit)
        when.addWidget(QLabel("–"))
        when.addWidget(self.end_edit)
        when.addStretch(1)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 主题党日, 四点半课堂"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("A group or branch"), GROUP)
        self.kind_combo.addItem(self.tr("A resident"), RESIDENT)
        self.booker_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.purpose_edit = QLineEdit()
        self.headcount_spin = QSpinBox()
        self.headcount_spin.setRange(1, 9999)
        self.headcount_spin.setValue(headcount)
        self.override_edit = QLineEdit()
        self.override_edit.setPlaceholderText(self.tr("Only to book a taken slot or a closed day"))

        self.repeat_combo = QComboBox()
        for text, key in ((self.tr("Does not repeat"), ONCE), (self.tr("Every week"), WEEKLY),
                          (self.tr("Every day"), DAILY), (self.tr("Every month, same date"), MONTHLY)):
            self.repeat_combo.addItem(text, key)
        self.weekday_boxes = [QCheckBox(name) for name in (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
            self.tr("Sun"))]
        self.weekday_boxes[day.weekday()].setChecked(True)
        weekdays = QHBoxLayout()
        for box in self.weekday_boxes:
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        self.weekday_row = QWidget()
        self.weekday_row.setLayout(weekdays)
        weekdays.setContentsMargins(0, 0, 0, 0)
        self.until_edit = QDateEdit(_qdate(day).addMonths(3))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")

        form = QFormLayout()
        form.addRow(self.tr("Room"), self.room_combo)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Booked by"), self.kind_combo)
        form.addRow(self.tr("Group or resident's name"), self.booker_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Contact phone"), self.phone_edit)
        form.addRow(self.tr("Purpose"), self.purpose_edit)
        form.addRow(self.tr("Number of people"), self.headcount_spin)
        form.addRow(self.tr("Repeat"), self.repeat_combo)
        form.addRow(self.tr("On"), self.weekday_row)
        form.addRow(self.tr("Until"), self.until_edit)
        if may_override:
            form.addRow(self.tr("Override reason"), self.override_edit)
        self._form = form

        self.dates_label = QLabel()
        self.dates_label.setWordWrap(True)
        self.dates_list = QListWidget()
        self.dates_list.setMinimumHeight(160)
        self.skip_button = QPushButton(self.tr("Skip the dates in the way"))
        self.toggle_button = QPushButton(self.tr("Skip or keep this date (Enter)"))
        date_buttons = QHBoxLayout()
        date_buttons.addWidget(self.skip_button)
        date_buttons.addWidget(self.toggle_button)
        date_buttons.addStretch(1)
        self.ok_button.setText(self.tr("Book"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.dates_label)
        layout.addWidget(self.dates_list, 1)
        layout.addLayout(date_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(250)  # check the dates once typing pauses
        self._recheck.timeout.connect(self.check_dates)
        for signal in (self.room_combo.currentIndexChanged, self.repeat_combo.currentIndexChanged,
                       self.date_edit.dateChanged, self.until_edit.dateChanged, self.start_edit.timeChanged,
                       self.end_edit.timeChanged):
            signal.connect(self._on_when_changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self._on_when_changed)
        self.skip_button.clicked.connect(self.skip_problems)
        self.toggle_button.clicked.connect(self.toggle_current_date)
        self.dates_list.itemActivated.connect(lambda _item: self.toggle_current_date())
        self._update_repeat_rows()
        self.title_edit.setFocus()

    # ---- what the page reads ---------------------------------------------------------
    def repeats(self) -> bool:
        return self.repeat_combo.currentData() != ONCE

    def room_id(self) -> int:
        return int(self.room_combo.currentData())

    def details(self) -> BookingDetails:
        return BookingDetails(
            title=self.title_edit.text(), booker_name=self.booker_edit.text(),
            booker_kind=str(self.kind_combo.currentData()), contact_name=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(), purpose=self.purpose_edit.text(),
            headcount=self.headcount_spin.value())

    def times(self) -> tuple[str, str]:
        return self.start_edit.time().toString("HH:mm"), self.end_edit.time().toString("HH:mm")

    def booking_form(self) -> BookingForm:
        start, end = self.times()
        starts_at, ends_at = local_span(self.zone, _pydate(self.date_edit.date()), start, end)
        return BookingForm(self.room_id(), starts_at, ends_at, self.details(),
                           override_reason=self.override_edit.text())

    def series_form(self) -> SeriesForm:
        start, end = self.times()
        first, until = _pydate(self.date_edit.date()), _pydate(self.until_edit.date())
        key = self.repeat_combo.currentData()
        if key == WEEKLY:
            rule = weekly([i for i, box in enumerate(self.weekday_boxes) if box.isChecked()], until=until)
        elif key == DAILY:
            rule = daily(until=until)
        else:
            rule = monthly_on_day(first.day, until=until)
        return SeriesForm(self.room_id(), first, start, end, Repeat(rule=rule), self.details())

    # ---- the dates of a series --------------------------------------------------------
    def _on_when_changed(self, *_args: object) -> None:
        self._update_repeat_rows()
        if self.repeats():
            self._recheck.start()

    def _update_repeat_rows(self) -> None:
        repeats = self.repeats()
        weekly_rule = self.repeat_combo.currentData() == WEEKLY
        self._form.setRowVisible(self.weekday_row, weekly_rule)
        self._form.setRowVisible(self.until_edit, repeats)
        for widget in (self.dates_label, self.dates_list, self.skip_button, self.toggle_button):
            widget.setVisible(repeats)
        self.ok_button.setText(self.tr("Book all dates") if repeats else self.tr("Book"))

    def check_dates(self) -> None:
        """Ask for every date of the series with what is in its way (answer in ``show_preview``)."""
        if not self.repeats():
            return
        try:
            form = self.series_form()
        except Exception as error:  # noqa: BLE001 - a refusal of the rule: shown, nothing else happens
            self.show_error(str(getattr(error, "message", error)))
            return
        self._preview(form, set(self.skipped), self.show_preview)

    def show_preview(self, preview: SeriesPreview) -> None:
        self.last_preview = preview
        self.clear_error()
        self.dates_list.clear()
        for occurrence in preview.occurrences:
            item = QListWidgetItem(self._date_line(occurrence))
            item.setData(DAY_ROLE, occurrence.day)
            if occurrence.status not in (OK_STATUS, SKIPPED):
                item.setForeground(PROBLEM_TEXT)
                item.setBackground(PROBLEM_BACKGROUND)
            self.dates_list.addItem(item)
        problems, bookable = len(preview.problems), len(preview.bookable)
        skipped = sum(1 for o in preview.occurrences if o.status == SKIPPED)
        text = fill(self.tr("%1 dates will be booked, %2 skipped."), bookable, skipped)
        if problems:
            text += " " + fill(self.tr("%1 dates are in the way: skip or change them before booking."), problems)
        self.dates_label.setText(text)
        self.skip_button.setEnabled(problems > 0)

    def _date_line(self, occurrence: Occurrence) -> str:
        weekday = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                   self.tr("Sun"))[occurrence.day.weekday()]
        start = occurrence.starts_at.astimezone(self.zone)
        end = occurrence.ends_at.astimezone(self.zone)
        line = f"{occurrence.day:%Y-%m-%d} {weekday} {start:%H:%M}–{end:%H:%M}"
        if occurrence.status == SKIPPED:
            return line + "  " + self.tr("— skipped")
        if occurrence.problem is not None:
            return line + "  ✕ " + occurrence.problem.message
        return line + "  ✓"

    def skip_problems(self) -> None:
        if self.last_preview is None:
            return
        self.skipped.update(o.day for o in self.last_preview.problems)
        self.check_dates()

    def toggle_current_date(self) -> None:
        item = self.dates_list.currentItem()
        if item is None:
            return
        day = item.data(DAY_ROLE)
        if day in self.skipped:
            self.skipped.discard(day)
        else:
            self.skipped.add(day)
        self.check_dates()
