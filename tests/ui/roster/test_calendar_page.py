"""节假日与作息 as an administrator uses it: the year's special days (adding a make-up working
day through the form, correcting, removing, refreshing from the package with a report),
seasonal timetables (the service's overlap refusal shown, nothing stored) and the preview
of a date's opening hours."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt

from desk.center.hours import OpeningHours
from desk.roster.timetable import TimetableForm
from ui.roster.calendar_dialogs import CalendarDayDialog, TimetableDialog
from ui.roster.calendar_model import CalendarDayTableModel, TimetableTableModel
from ui.roster.calendar_page import CalendarPage
from ui.shell.pages import PAGES, build_pages

SETUP_PAGES = ("ui.roster.calendar_page:CalendarPage", "ui.roster.shifts_page:ShiftsPage")
A_MORNING = "2026-03-10 09:00:00+08:00"  # a Tuesday


@pytest.fixture
def page(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    with time_machine.travel(A_MORNING, tick=False):
        widget = CalendarPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _row_for(page: CalendarPage, day: str) -> list[str]:
    return next(row for row in _rows(page.day_model) if row[0] == day)


def test_the_models_pass_qt_checks(qtmodeltester, ui_services, admin_actor):
    schedule = ui_services.desk.schedule
    days = CalendarDayTableModel()
    days.set_days(schedule.calendar.days(2025))
    qtmodeltester.check(days)
    assert days.rowCount() > 20  # the seeded 2025 calendar: 元旦, 春节, … and their 调休
    schedule.timetable.save_timetable(admin_actor, TimetableForm("夏令作息", "06-01", "09-30",
                                                                 OpeningHours.default()))
    timetables = TimetableTableModel()
    timetables.set_timetables(schedule.timetable.timetables())
    qtmodeltester.check(timetables)
    assert _rows(timetables) == [["夏令作息", "06-01", "09-30", "closed", "Active"]]


def test_receptionists_do_not_get_the_schedule_setup_pages(ui_services, admin_actor, receptionist_actor):
    ui_services.session.sign_in(receptionist_actor)
    assert build_pages(ui_services, receptionist_actor, SETUP_PAGES) == []
    ui_services.session.sign_in(admin_actor)
    titles = [p.title for p in build_pages(ui_services, admin_actor, SETUP_PAGES)]
    assert titles == ["Holidays and hours", "Shifts and rotations"]
    # the main window lists them with the other administrator pages, before the accounts
    assert PAGES.index(SETUP_PAGES[1]) == PAGES.index(SETUP_PAGES[0]) + 1
    assert PAGES.index(SETUP_PAGES[1]) < PAGES.index("ui.accounts.page:AccountsPage")


def test_the_page_lists_the_years_holidays_and_make_up_days(page):
    assert page.title == "Holidays and hours"
    assert page.year_spin.value() == 2026
    assert _row_for(page, "2026-10-01") == ["2026-10-01", "Thu", "Day off", "国庆节", "Built-in"]
    page.year_spin.setValue(2025)
    assert _row_for(page, "2025-01-26") == ["2025-01-26", "Sun", "Make-up working day", "春节", "Built-in"]
    assert all(row[0].startswith("2025-") for row in _rows(page.day_model))


def test_adding_a_make_up_working_day_through_the_form(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_day_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CalendarDayDialog) and dialog.isVisible()
    dialog.set_day(date(2030, 2, 9))  # a Saturday, in a year the package does not know yet
    dialog.set_kind("workday")
    dialog.name_edit.setText("春节调休")
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert page.message_label.text() == "2030-02-09 saved: 春节调休."
    assert page.year_spin.value() == 2030  # the list moved to the day's year
    assert _rows(page.day_model) == [["2030-02-09", "Sat", "Make-up working day", "春节调休", "This center"]]
    assert page.selected_day().day == date(2030, 2, 9)
    stored = ui_services.desk.schedule.calendar.days(2030)
    assert [(d.day, d.kind, d.name, d.source) for d in stored] == [(date(2030, 2, 9), "workday", "春节调休", "local")]
    # the desk now opens that Saturday with the Monday hours
    page.preview_date.setDate(QDate(2030, 2, 9))
    assert page.preview_label.text() == "Sat  08:30-12:00, 14:00-17:30 (make-up working day: 春节调休, Monday hours)"


def test_a_refused_day_stays_in_the_form(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_day_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.set_day(date(2026, 3, 14))
    dialog.name_edit.setMaxLength(200)  # as if pasted past the field's own limit
    dialog.name_edit.setText("名" * 60)  # longer than the store takes
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert "50" in dialog.error_label.text()
    assert dialog.buttons.isEnabled()
    assert ui_services.desk.schedule.calendar.kind_of(date(2026, 3, 14)) is None


def test_correcting_and_removing_a_day(qtbot, page, ui_services):
    page.day_view.selectRow(page.day_model.row_of(date(2026, 10, 10)))
    qtbot.mouseClick(page.edit_day_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.date_edit.isEnabled() and dialog.name() == "国庆节" and dialog.kind() == "workday"
    dialog.name_edit.setText("国庆节调休（本中心）")
    dialog.buttons.accepted.emit()
    assert _row_for(page, "2026-10-10")[3:] == ["国庆节调休（本中心）", "This center"]

    qtbot.mouseClick(page.remove_day_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "2026-10-10 is an ordinary day again."
    # The package knows the day, so it stays listed as made ordinary here (a refresh keeps it).
    assert _row_for(page, "2026-10-10")[2] == "Ordinary day (set here)"
    assert ui_services.desk.schedule.calendar.kind_of(date(2026, 10, 10)) is None


def test_updating_from_the_package_reports_and_keeps_local_edits(qtbot, page, ui_services, admin_actor):
    calendar = ui_services.desk.schedule.calendar
    calendar.set_day(admin_actor, date(2026, 10, 1), "holiday", "国庆节（中心自定）")
    calendar.remove_day(admin_actor, date(2026, 10, 2))  # made ordinary here: the package must not undo it
    page.reload()
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    report = page.message_label.text()
    assert report.startswith("0 days added, 0 days corrected.")
    assert "2026-10-01 国庆节（中心自定）" in report and "2026-10-02" in report
    assert _row_for(page, "2026-10-02")[2] == "Ordinary day (set here)"
    assert _row_for(page, "2026-10-01")[3] == "国庆节（中心自定）"
    assert calendar.kind_of(date(2026, 10, 2)) is None

    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text().startswith("0 days added, 0 days corrected. 2 days edited here were kept")


def _fill_timetable(dialog: TimetableDialog, name: str, starts: str, ends: str) -> None:
    dialog.name_edit.setText(name)
    dialog.set_dates(starts, ends)


def test_a_timetable_and_an_overlapping_one_refused(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_timetable_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TimetableDialog)
    _fill_timetable(dialog, "夏令作息", "06-01", "09-30")
    dialog.hours_editor.day_edits[5].setText("09:00-12:00，19:00-21:00")  # Saturday evenings in summer
    dialog.holiday_edit.setText("9:00-11:30")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert page.message_label.text() == "Timetable 夏令作息 saved (06-01 to 09-30)."
    assert _rows(page.timetable_model) == [["夏令作息", "06-01", "09-30", "09:00-11:30", "Active"]]

    qtbot.mouseClick(page.add_timetable_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    _fill_timetable(dialog, "秋季作息", "09-15", "11-30")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.text() == ("秋季作息 (09-15 to 11-30) overlaps 夏令作息 (06-01 to 09-30). Change the "
                                         "dates or deactivate 夏令作息 first.")
    assert [t.name for t in ui_services.desk.schedule.timetable.timetables()] == ["夏令作息"]
    dialog.reject()

    page.preview_date.setDate(QDate(2026, 7, 4))  # a summer Saturday
    assert page.preview_label.text() == "Sat  09:00-12:00, 19:00-21:00 (夏令作息)"
    page.preview_date.setDate(QDate(2026, 10, 1))  # National Day is after the summer: closed
    assert page.preview_label.text() == "Thu  closed (day off: 国庆节)"


def test_hours_typed_wrongly_are_explained_in_the_form(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_timetable_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    _fill_timetable(dialog, "冬令作息", "10-01", "04-30")
    dialog.holiday_edit.setText("morning")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Statutory holidays: write the times like")
    assert ui_services.desk.schedule.timetable.timetables() == []
    dialog.holiday_edit.setText("")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert _rows(page.timetable_model)[0][:3] == ["冬令作息", "10-01", "04-30"]


def test_deactivating_a_timetable(qtbot, page, ui_services, admin_actor):
    ui_services.desk.schedule.timetable.save_timetable(
        admin_actor, TimetableForm("夏令作息", "06-01", "09-30", OpeningHours.default()))
    page.reload()
    page.timetable_view.selectRow(0)
    assert page.deactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "夏令作息 is no longer in force; its days follow the center's own hours."
    assert _rows(page.timetable_model)[0][-1] == "Inactive"
    assert not page.deactivate_button.isEnabled()
    assert not ui_services.desk.schedule.timetable.timetables()[0].active
