"""节假日与作息 (administrators only): the year's statutory holidays and make-up working days
(调休), the seasonal timetables, and a preview of the opening hours of any date.

The days come from the calendar package and may be corrected here; a correction is kept
when the package is updated. Every change goes through ``ctx.schedule`` on the write
worker; the page redraws when the bus says CALENDAR (or CENTER: its hours) changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit, QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from desk.center.hours import OpeningHours, Session
from desk.changes import CALENDAR, CENTER, Changes
from desk.roster.calendar import FIRST_YEAR, HOLIDAY, WORKDAY, CalendarDayInfo, CalendarUpdate
from desk.roster.timetable import TimetableInfo
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import record_table
from ui.roster.calendar_dialogs import CalendarDayDialog, TimetableDialog
from ui.roster.calendar_model import CalendarDayTableModel, TimetableTableModel, sessions_text, short_weekday
from ui.page_forms import DialogHost
from ui.roster.setup_forms import PAGE_STYLE, MessageLabel, hint, run_write
from ui.app_services import UiServices
from ui.shell.pages import guarded

PREVIEW_STYLE = "font-size: 16px; padding: 4px 8px; background: #f3f6f9; border-radius: 4px;"
KEPT_SHOWN = 8  # kept hand edits listed by date in the update report; more are counted


class CalendarPage(QWidget):
    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.forms = DialogHost()
        self._center_hours = OpeningHours.default()
        self._select_day: date | None = None
        self.setStyleSheet(PAGE_STYLE)
        today = services.desk.clock.today()

        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, today.year + 10)
        self.year_spin.setValue(today.year)
        self.year_spin.setMinimumWidth(90)
        self.day_model = CalendarDayTableModel(self)
        self.day_view = record_table(self.day_model, CalendarDayTableModel.NAME)
        self.add_day_button = QPushButton(self.tr("New day…"))
        self.edit_day_button = QPushButton(self.tr("Edit…"))
        self.remove_day_button = QPushButton(self.tr("Make an ordinary day"))
        self.update_button = QPushButton(self.tr("Update from calendar package"))
        day_buttons = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year_spin)
        day_buttons.addWidget(year_label)
        day_buttons.addWidget(self.year_spin)
        day_buttons.addSpacing(16)
        for button in (self.add_day_button, self.edit_day_button, self.remove_day_button):
            day_buttons.addWidget(button)
        day_buttons.addStretch(1)
        day_buttons.addWidget(self.update_button)
        days_box = QGroupBox(self.tr("Statutory holidays and make-up working days"))
        days_layout = QVBoxLayout(days_box)
        days_layout.addLayout(day_buttons)
        days_layout.addWidget(self.day_view, 1)

        self.timetable_model = TimetableTableModel(self)
        self.timetable_view = record_table(self.timetable_model, TimetableTableModel.HOLIDAYS)
        self.add_timetable_button = QPushButton(self.tr("New timetable…"))
        self.edit_timetable_button = QPushButton(self.tr("Edit…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.preview_date = QDateEdit()
        self.preview_date.setCalendarPopup(True)
        self.preview_date.setDisplayFormat("yyyy-MM-dd")
        self.preview_date.setDate(today)
        self.preview_label = QLabel()
        self.preview_label.setStyleSheet(PREVIEW_STYLE)
        self.preview_label.setWordWrap(True)
        timetable_buttons = QHBoxLayout()
        for button in (self.add_timetable_button, self.edit_timetable_button, self.deactivate_button):
            timetable_buttons.addWidget(button)
        timetable_buttons.addStretch(1)
        preview_row = QHBoxLayout()
        preview_caption = QLabel(self.tr("Opening hours &on"))
        preview_caption.setBuddy(self.preview_date)
        preview_row.addWidget(preview_caption)
        preview_row.addWidget(self.preview_date)
        preview_row.addWidget(self.preview_label, 1)
        timetables_box = QGroupBox(self.tr("Seasonal timetables"))
        timetables_layout = QVBoxLayout(timetables_box)
        timetables_layout.addWidget(hint(self.tr(
            "Outside every timetable the center's own opening hours apply (center settings). "
            "Seasons must not overlap.")))
        timetables_layout.addLayout(timetable_buttons)
        timetables_layout.addWidget(self.timetable_view, 1)
        timetables_layout.addLayout(preview_row)

        self.message_label = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(days_box, 3)
        layout.addWidget(timetables_box, 2)
        layout.addWidget(self.message_label)

        self.year_spin.valueChanged.connect(self._on_year_spin_changed)
        self.add_day_button.clicked.connect(self._on_add_day_button_clicked)
        self.edit_day_button.clicked.connect(self._on_edit_day_button_clicked)
        self.day_view.activated.connect(self._on_edit_day_button_clicked)
        self.remove_day_button.clicked.connect(self._on_remove_day_button_clicked)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.add_timetable_button.clicked.connect(self._on_add_timetable_button_clicked)
        self.edit_timetable_button.clicked.connect(self._on_edit_timetable_button_clicked)
        self.timetable_view.activated.connect(self._on_edit_timetable_button_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_button_clicked)
        self.preview_date.dateChanged.connect(self._on_preview_date_changed)
        self.day_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.timetable_view.selectionModel().selectionChanged.connect(self._update_buttons)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Holidays and hours")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now, if any."""
        return self.forms.dialog

    def reload(self) -> None:
        self._load_days()
        self._load_timetables()
        self._load_preview()

    def selected_day(self) -> CalendarDayInfo | None:
        rows = self.day_view.selectionModel().selectedRows()
        return self.day_model.day_at(rows[0].row()) if rows else None

    def selected_timetable(self) -> TimetableInfo | None:
        rows = self.timetable_view.selectionModel().selectedRows()
        return self.timetable_model.timetable_at(rows[0].row()) if rows else None

    # ---- loading ---------------------------------------------------------------------
    def _load_days(self) -> None:
        calendar, year = self.services.desk.schedule.calendar, self.year_spin.value()
        self.services.tasks.read(lambda: calendar.days(year), guarded(self, self._on_days_loaded),
                                 guarded(self, self._on_load_failed))

    def _load_timetables(self) -> None:
        desk = self.services.desk

        def load() -> tuple[list[TimetableInfo], OpeningHours]:
            return desk.schedule.timetable.timetables(), desk.center.hours()

        self.services.tasks.read(load, guarded(self, self._on_timetables_loaded),
                                 guarded(self, self._on_load_failed))

    def _load_preview(self) -> None:
        schedule, day = self.services.desk.schedule, self.preview_date.date().toPython()

        def load() -> tuple[date, tuple[Session, ...], CalendarDayInfo | None]:
            special = next((d for d in schedule.calendar.days(day.year) if d.day == day), None)
            return day, schedule.timetable.sessions_on(day), special

        self.services.tasks.read(load, guarded(self, self._on_preview_loaded),
                                 guarded(self, self._on_load_failed))

    def _on_days_loaded(self, days: list[CalendarDayInfo]) -> None:
        selected = self.selected_day()
        wanted = self._select_day or (selected.day if selected else None)
        self._select_day = None
        self.day_model.set_days(days)
        if wanted is not None and self.day_model.row_of(wanted) >= 0:
            self.day_view.selectRow(self.day_model.row_of(wanted))
            self.day_view.scrollTo(self.day_view.currentIndex())
        self._update_buttons()

    def _on_timetables_loaded(self, loaded: tuple[list[TimetableInfo], OpeningHours]) -> None:
        selected = self.selected_timetable()
        self.timetable_model.set_timetables(loaded[0])
        self._center_hours = loaded[1]
        if selected is not None and self.timetable_model.row_of(selected.id) >= 0:
            self.timetable_view.selectRow(self.timetable_model.row_of(selected.id))
        self._update_buttons()

    def _on_preview_loaded(self, loaded: tuple[date, tuple[Session, ...], CalendarDayInfo | None]) -> None:
        day, sessions, special = loaded
        if day != self.preview_date.date().toPython():
            return  # an older answer; the one for the date shown now is on its way
        why = ""
        if special is not None and special.kind == HOLIDAY:
            why = fill(self.tr("day off: %1"), special.name)
        elif special is not None and special.kind == WORKDAY:
            why = fill(self.tr("make-up working day: %1, Monday hours"), special.name)
        else:
            season = next((t for t in self.timetable_model.timetables() if t.active and t.covers(day)), None)
            if season is not None:
                why = season.name
        text = f"{short_weekday(day.weekday())}  {sessions_text(sessions)}"
        self.preview_label.setText(fill(self.tr("%1 (%2)"), text, why) if why else text)

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(CALENDAR, CENTER):
            self.reload()

    def _on_load_failed(self, error: BaseException) -> None:
        self.message_label.say(explain_or_log(
            error, self.tr("The calendar could not be loaded; see the log."), what="loading the calendar"),
            error=True)

    def _on_year_spin_changed(self, _year: int) -> None:
        self._load_days()

    def _on_preview_date_changed(self, *_args: object) -> None:
        self._load_preview()

    def _update_buttons(self, *_args: object) -> None:
        day, timetable = self.selected_day(), self.selected_timetable()
        self.edit_day_button.setEnabled(day is not None)
        self.remove_day_button.setEnabled(day is not None)
        self.edit_timetable_button.setEnabled(timetable is not None)
        self.deactivate_button.setEnabled(timetable is not None and timetable.active)

    # ---- special days ----------------------------------------------------------------
    def _on_add_day_button_clicked(self) -> None:
        year = self.year_spin.value()
        today = self.services.desk.clock.today()
        default = today if today.year == year else date(year, 1, 1)
        self.forms.open(CalendarDayDialog(self._on_day_submitted, None, default, self))

    def _on_edit_day_button_clicked(self, *_args: object) -> None:
        day = self.selected_day()
        if day is not None:
            self.forms.open(CalendarDayDialog(self._on_day_submitted, day, day.day, self))

    def _on_day_submitted(self, dialog: CalendarDayDialog) -> None:
        actor, calendar = self.services.session.actor, self.services.desk.schedule.calendar
        day, kind, name = dialog.day(), dialog.kind(), dialog.name()

        def shown(info: CalendarDayInfo) -> None:
            self._select_day = info.day
            if info.day.year != self.year_spin.value():
                self.year_spin.setValue(info.day.year)  # show the year the day was put in

        run_write(self, self.services, lambda: calendar.set_day(actor, day, kind, name),
                  message=self.message_label, dialog=dialog, after=shown,
                  done_text=lambda info: fill(self.tr("%1 saved: %2."), info.day.isoformat(), info.name),
                  fallback=self.tr("The day could not be saved; see the log."), what="saving a calendar day")

    def _on_remove_day_button_clicked(self) -> None:
        day, actor = self.selected_day(), self.services.session.actor
        if day is None:
            return
        calendar = self.services.desk.schedule.calendar
        run_write(self, self.services, lambda: calendar.remove_day(actor, day.day), message=self.message_label,
                  done_text=lambda _v: fill(self.tr("%1 is an ordinary day again."), day.day.isoformat()),
                  fallback=self.tr("The day could not be removed; see the log."), what="removing a calendar day")

    def _on_update_button_clicked(self) -> None:
        actor, calendar = self.services.session.actor, self.services.desk.schedule.calendar
        run_write(self, self.services, lambda: calendar.update_from_package(actor), message=self.message_label,
                  done_text=self.update_report,
                  fallback=self.tr("The calendar could not be updated; see the log."), what="calendar update")

    def update_report(self, update: CalendarUpdate) -> str:
        """What a refresh did, in a sentence an administrator can check against the list."""
        if not (update.added or update.updated or update.kept):
            return self.tr("The calendar already has every day the package knows; nothing changed.")
        parts = [fill(self.tr("%1 days added, %2 days corrected."), len(update.added), len(update.updated))]
        if update.kept:
            listed = ", ".join(f"{d.day.isoformat()} {d.name}" for d in update.kept[:KEPT_SHOWN])
            more = len(update.kept) - KEPT_SHOWN
            if more > 0:
                listed = fill(self.tr("%1 and %2 more"), listed, more)
            parts.append(fill(self.tr("%1 days edited here were kept as they are, although the package "
                                      "differs: %2."), len(update.kept), listed))
        return " ".join(parts)

    # ---- seasonal timetables ---------------------------------------------------------
    def _on_add_timetable_button_clicked(self) -> None:
        self.forms.open(TimetableDialog(self._on_timetable_submitted, None, self._center_hours, self))

    def _on_edit_timetable_button_clicked(self, *_args: object) -> None:
        timetable = self.selected_timetable()
        if timetable is not None:
            self.forms.open(TimetableDialog(self._on_timetable_submitted, timetable, self._center_hours, self))

    def _on_timetable_submitted(self, dialog: TimetableDialog) -> None:
        actor, timetables = self.services.session.actor, self.services.desk.schedule.timetable
        form = dialog.form()
        run_write(self, self.services, lambda: timetables.save_timetable(actor, form),
                  message=self.message_label, dialog=dialog,
                  done_text=lambda info: fill(self.tr("Timetable %1 saved (%2 to %3)."), info.name,
                                              info.starts, info.ends),
                  fallback=self.tr("The timetable could not be saved; see the log."), what="saving a timetable")

    def _on_deactivate_button_clicked(self) -> None:
        timetable, actor = self.selected_timetable(), self.services.session.actor
        if timetable is None:
            return
        timetables = self.services.desk.schedule.timetable
        run_write(self, self.services, lambda: timetables.deactivate_timetable(actor, timetable.id),
                  message=self.message_label,
                  done_text=lambda info: fill(self.tr("%1 is no longer in force; its days follow the "
                                                      "center's own hours."), info.name),
                  fallback=self.tr("The timetable could not be changed; see the log."),
                  what="deactivating a timetable")
