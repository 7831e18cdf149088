"""The activity forms: a new or changed activity, and signing a resident up.

Each hands itself to ``on_submit``; the page writes and closes it, or shows the domain's
refusal in it with everything typed kept. Reads the forms need (the day's room bookings,
the residents a search finds) go through the task runner like every other read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSpinBox, QTableView, QTimeEdit, QVBoxLayout, QWidget,
)

from desk.rooms.activities import MAX_CAPACITY
from desk.rooms.activity_rows import ActivityForm, ActivityInfo, SignupForm
from desk.rooms.grid import DayGrid
from desk.rooms.records import BookingInfo
from desk.rooms.signups import MAX_COMPANIONS, ResidentMatch
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import record_table
from ui.moments import time_text
from ui.rooms.activity_labels import when_label
from ui.rooms.activity_signup_model import ResidentMatchModel
from ui.shell.pages import guarded
from ui.submit_dialog import SubmitDialog

DIALOG_STYLE = "QWidget { font-size: 16px; }"  # read at arm's length, like the roster's forms
HINT_STYLE = "color: #546e7a;"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _FormDialog(SubmitDialog):
    """The activity forms' common look: large type and a wide form."""

    def __init__(self, on_submit: Callable[[QDialog], None], parent: QWidget | None) -> None:
        super().__init__(on_submit, parent)
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(600)


class ActivityDialog(_FormDialog):
    """A new activity, or changes to one: what, who organises it, where, when, how many places."""

    def __init__(self, services: UiServices, on_submit: Callable[[QDialog], None], day: date,
                 activity: ActivityInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.services = services
        self.activity = activity
        self._bookings: dict[int, BookingInfo] = {}
        clock = services.desk.clock
        self.setMinimumWidth(720)
        self.setWindowTitle(self.tr("New activity") if activity is None else self.tr("Change the activity"))
        self.ok_button.setText(self.tr("Create") if activity is None else self.tr("Save"))

        self.title_edit = QLineEdit(activity.title if activity else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. 四点半课堂, 红色影院, 书法讲座"))
        self.organiser_edit = QLineEdit(activity.organiser if activity else "")
        self.organiser_edit.setPlaceholderText(self.tr("A branch, a club or a person"))
        self.description_edit = QPlainTextEdit(activity.description if activity else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        start = clock.local(activity.starts_at) if activity else None
        end = clock.local(activity.ends_at) if activity else None
        first_day = start.date() if start else day
        self.day_edit = QDateEdit(QDate(first_day.year, first_day.month, first_day.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = _time_edit(start.time() if start else time(9, 0))
        self.end_edit = _time_edit(end.time() if end else time(10, 0))
        self.booking_radio = QRadioButton(self.tr("A room booked that day"))
        self.place_radio = QRadioButton(self.tr("Somewhere else"))
        choice = QButtonGroup(self)
        choice.addButton(self.booking_radio)
        choice.addButton(self.place_radio)
        self.booking_combo = QComboBox()
        self.booking_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.booking_combo.setMinimumContentsLength(28)
        self.place_edit = QLineEdit(activity.place if activity and activity.booking_id is None else "")
        self.place_edit.setPlaceholderText(self.tr("e.g. 小区广场, 二楼活动室"))
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, MAX_CAPACITY)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.capacity_spin.setValue(activity.capacity if activity else 0)
        capacity_hint = QLabel(self.tr("People, companions included. With a room: at most what it holds "
                                       "(no limit: the room's size)."))
        capacity_hint.setStyleSheet(HINT_STYLE)
        capacity_hint.setWordWrap(True)

        times = QHBoxLayout()
        times.addWidget(self.day_edit)
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Organiser"), self.organiser_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        where = QGridLayout()
        where.addWidget(self.booking_radio, 0, 0)
        where.addWidget(self.booking_combo, 0, 1)
        where.addWidget(self.place_radio, 1, 0)
        where.addWidget(self.place_edit, 1, 1)
        where.setColumnStretch(1, 1)
        form.addRow(self.tr("When"), times)
        form.addRow(self.tr("Where"), where)
        form.addRow(self.tr("Places"), self.capacity_spin)
        form.addRow("", capacity_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        use_booking = bool(activity and activity.booking_id is not None)
        (self.booking_radio if use_booking else self.place_radio).setChecked(True)
        self._on_where_toggled()
        self.booking_radio.toggled.connect(self._on_where_toggled)
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.booking_combo.activated.connect(self._on_booking_combo_activated)
        self.title_edit.setFocus()
        self._load_bookings(activity.booking_id if activity else None)

    # ---- public ----------------------------------------------------------------------
    def day(self) -> date:
        return self.day_edit.date().toPython()

    def choose_booking(self, booking_id: int) -> bool:
        """Use that booking of the day (its room and times); False if it is not in the list."""
        index = self.booking_combo.findData(booking_id)
        if index < 0:
            return False
        self.booking_radio.setChecked(True)
        self.booking_combo.setCurrentIndex(index)
        self._on_booking_combo_activated(index)
        return True

    def set_times(self, start: str, end: str) -> None:
        """``"16:30"``, ``"18:00"`` (tests and the booking choice)."""
        self.start_edit.setTime(QTime.fromString(start, "HH:mm"))
        self.end_edit.setTime(QTime.fromString(end, "HH:mm"))

    def form(self) -> ActivityForm:
        clock, day = self.services.desk.clock, self.day()
        starts_at = clock.at(day, self.start_edit.time().toString("HH:mm"))
        ends_at = clock.at(day, self.end_edit.time().toString("HH:mm"))
        booking_id = self.booking_combo.currentData() if self.booking_radio.isChecked() else None
        return ActivityForm(title=self.title_edit.text(), organiser=self.organiser_edit.text(),
                            description=self.description_edit.toPlainText(), booking_id=booking_id,
                            place="" if booking_id is not None else self.place_edit.text(),
                            starts_at=starts_at, ends_at=ends_at, capacity=self.capacity_spin.value())

    # ---- the day's bookings ----------------------------------------------------------
    def _load_bookings(self, keep: int | None = None) -> None:
        grid, day = self.services.desk.room_grid, self.day()
        self.services.tasks.read(lambda: grid.day_grid(day), guarded(self, lambda g: self._on_grid_loaded(g, keep)),
                                 guarded(self, self._on_grid_failed))

    def _on_grid_loaded(self, grid: DayGrid, keep: int | None) -> None:
        if grid.day != self.day():
            return  # the day was changed again meanwhile
        clock = self.services.desk.clock
        keep = keep if keep is not None else self.booking_combo.currentData()
        self.booking_combo.clear()
        self._bookings = {}
        for room_day in grid.rooms:
            for booking in room_day.bookings:
                what = booking.title or booking.purpose or booking.booker_name
                text = fill(self.tr("%1–%2 %3: %4"), time_text(clock, booking.starts_at), time_text(clock, booking.ends_at),
                            booking.room_name, what)
                if booking.state == "pending":
                    text = fill(self.tr("%1 (waiting for approval)"), text)
                self.booking_combo.addItem(text, booking.id)
                self._bookings[booking.id] = booking
        if keep is not None and keep not in self._bookings and self.activity is not None \
                and keep == self.activity.booking_id:
            # Never swap an activity onto another booking unasked: keep its own, and let the
            # service say it no longer holds the room if it was cancelled meanwhile.
            self.booking_combo.insertItem(0, self.tr("(its booking, no longer on this day's list)"), keep)
        elif not self._bookings:
            self.booking_combo.addItem(self.tr("(no room is booked that day: book one on the rooms page)"), None)
        index = self.booking_combo.findData(keep) if keep is not None else -1
        self.booking_combo.setCurrentIndex(max(0, index))
        if index < 0 and self.booking_radio.isChecked():
            self._on_booking_combo_activated(self.booking_combo.currentIndex())  # another day: its times

    def _on_grid_failed(self, error: BaseException) -> None:
        self.show_error(explain_or_log(error, self.tr("The day's bookings could not be loaded; see the log."),
                                       what="loading the day's bookings"))

    def _on_day_edit_date_changed(self, _day: QDate) -> None:
        self._load_bookings()

    def _on_booking_combo_activated(self, index: int) -> None:
        booking = self._bookings.get(self.booking_combo.itemData(index))
        if booking is not None:
            clock = self.services.desk.clock
            self.set_times(time_text(clock, booking.starts_at), time_text(clock, booking.ends_at))
            if not self.title_edit.text().strip():
                self.title_edit.setText(booking.title or booking.purpose)

    def _on_where_toggled(self, *_args: object) -> None:
        self.booking_combo.setEnabled(self.booking_radio.isChecked())
        self.place_edit.setEnabled(self.place_radio.isChecked())


class SignupDialog(_FormDialog):
    """A resident found by phone, name or pinyin (Enter searches, Enter again picks), or a
    new name and phone; and how many companions come with them."""

    def __init__(self, services: UiServices, on_submit: Callable[[QDialog], None], activity: ActivityInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.services = services
        self.activity = activity
        self.chosen: ResidentMatch | None = None
        self.setWindowTitle(self.tr("Sign up for the activity"))
        self.ok_button.setText(self.tr("Sign up"))
        clock = services.desk.clock
        heading = QLabel(fill(self.tr("%1 — %2"), activity.title,
                              when_label(clock, activity.starts_at, activity.ends_at)))
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        free = activity.places_free
        self.places_label = QLabel(self.tr("No limit on places.") if free is None else
                                   self.tr("%n place(s) free; anyone more goes on the waiting list.", "", free))
        self.places_label.setStyleSheet(HINT_STYLE)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Phone, its last 4 digits, name or pinyin initials; Enter"))
        self.matches = ResidentMatchModel(self)
        self.results_view: QTableView = record_table(self.matches, ResidentMatchModel.NAME)
        self.results_view.setMinimumHeight(160)
        self.chosen_label = QLabel(self.tr("Nobody chosen yet: pick a resident above, or type a new one below."))
        self.chosen_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Mobile or landline (to ring when a place frees up)"))
        self.companions_spin = QSpinBox()
        self.companions_spin.setRange(0, MAX_COMPANIONS)
        scan_hint = QLabel(self.tr("Or scan the resident's pass now: they are signed up with these companions."))
        scan_hint.setStyleSheet(HINT_STYLE)
        scan_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Find"), self.search_edit)
        form.addRow(self.results_view)
        form.addRow(self.chosen_label)
        form.addRow(self.tr("New resident's name"), self.name_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Companions"), self.companions_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.places_label)
        layout.addLayout(form)
        layout.addWidget(scan_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        # Enter searches and picks instead of pressing OK (the default button) too early.
        self.search_edit.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.results_view.activated.connect(lambda _index: self.choose_selected())
        self.name_edit.textEdited.connect(self._on_typed)
        self.phone_edit.textEdited.connect(self._on_typed)
        self.search_edit.setFocus()

    # ---- public ----------------------------------------------------------------------
    def search(self, text: str | None = None) -> None:
        if text is not None:
            self.search_edit.setText(text)
        query = self.search_edit.text().strip()
        if not query:
            return
        signups, activity_id = self.services.desk.activities.signups, self.activity.id
        self.services.tasks.read(lambda: signups.find_residents(activity_id, query),
                                 guarded(self, self._on_matches_loaded), guarded(self, self._on_search_failed))

    def choose_selected(self) -> bool:
        rows = self.results_view.selectionModel().selectedRows()
        match = self.matches.match_at(rows[0].row()) if rows else None
        if match is None or match.signed_up:
            return False
        self.chosen = match
        self.name_edit.clear()
        self.phone_edit.clear()
        self.chosen_label.setText(fill(self.tr("Signing up: %1 %2"), match.name, match.phone_masked))
        self.chosen_label.setStyleSheet("font-weight: bold;")
        self.companions_spin.setFocus()
        self.companions_spin.selectAll()
        return True

    def form(self) -> SignupForm:
        companions = self.companions_spin.value()
        if self.chosen is not None:
            return SignupForm(visitor_id=self.chosen.visitor_id, companions=companions)
        return SignupForm(name=self.name_edit.text(), phone=self.phone_edit.text(), companions=companions)

    def who(self) -> str:
        return self.chosen.name if self.chosen is not None else self.name_edit.text().strip()

    # ---- private ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _ENTER:
            if watched is self.search_edit:
                self.search()
                return True
            if watched is self.results_view:
                self.choose_selected()
                return True
        return super().eventFilter(watched, event)

    def _on_matches_loaded(self, matches: list[ResidentMatch]) -> None:
        self.matches.set_records(matches)
        first = next((row for row, m in enumerate(matches) if not m.signed_up), -1)
        if first >= 0:
            self.results_view.selectRow(first)
            self.results_view.setFocus()
        elif not matches:
            self.chosen_label.setText(self.tr("Nobody found: type the new resident's name and phone below."))
            self.chosen_label.setStyleSheet("")
            # What was searched is usually what the new resident gave: keep the typing.
            query = self.search_edit.text().strip()
            if query.replace(" ", "").replace("-", "").isdigit():
                target: QLineEdit | None = self.phone_edit
            else:  # a whole Chinese name, not pinyin initials or a fragment
                target = self.name_edit if len(query) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in query) else None
            if target is not None and not target.text():
                target.setText(query)
            self.name_edit.setFocus()

    def _on_search_failed(self, error: BaseException) -> None:
        self.show_error(explain_or_log(error, self.tr("The search failed; see the log."), what="resident search"))

    def _on_typed(self, _text: str) -> None:
        if self.chosen is not None:
            self.chosen = None
            self.results_view.clearSelection()
            self.chosen_label.setText(self.tr("A new resident: name and phone below."))
            self.chosen_label.setStyleSheet("")


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit
