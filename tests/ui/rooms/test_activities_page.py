"""The activities page beyond the main story: the door found by the pass, the window's
scan routing and F12, ticking by hand, changing and cancelling, rooms, periods."""

from __future__ import annotations

import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from activities_ui_world import (
    MONDAY_0900, activity_cells, add_resident, at, new_activity, ok, open_page, resident_pass, room_with_booking,
    sign_up, signup_names,
)
from ui.rooms.activities_page import MONTH, RANGE, ActivitiesPage
from ui.rooms.activity_dialogs import ActivityDialog, SignupDialog
from ui.rooms.activity_model import CANCELLED_COLOUR, ActivityTableModel
from ui.rooms.activity_signup_model import SignupTableModel
from ui.services.lists_dialogs import FieldsDialog
from ui.shell.main_window import MainWindow
from ui.visits.banner import OK, REFUSED

CTRL = Qt.KeyboardModifier.ControlModifier


class CheckInStandIn(QWidget):
    """Takes every scan it is given, like the check-in page."""

    title = "Check-in"

    def __init__(self) -> None:
        super().__init__()
        self.scans: list[str] = []
        QVBoxLayout(self).addWidget(QLabel("check-in"))

    def handle_scan(self, text: str) -> None:
        self.scans.append(text)


class WhereaboutsStandIn(QWidget):
    """Claims F12 in the window, as a page shortcut could: the door key must still win on the page."""

    title = "Whereabouts"
    shortcut = "F12"


def _window(qtbot, services, pages) -> MainWindow:
    window = MainWindow(services, pages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # offscreen: keys reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def test_a_sign_up_pass_opens_the_door_of_its_own_activity_wherever_the_desk_was(
        qtbot, ui_services, desk_ctx, admin_actor, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False) as clock:
        new_activity(desk_ctx, receptionist_actor, "书法班")
        film = new_activity(desk_ctx, receptionist_actor, "红色影院", day_offset=7, start="19:00", end="21:00")
        row = sign_up(desk_ctx, receptionist_actor, film.id, "张小明", phone="13812345678", companions=1)
        payload = desk_ctx.activities.signups.issue_pass(receptionist_actor, row.id).value.payload
        zhao = add_resident(desk_ctx, "赵六", "13800004444")
        ui_services.session.sign_in(receptionist_actor)
        check_in, page = CheckInStandIn(), ActivitiesPage(ui_services)
        window = _window(qtbot, ui_services, [check_in, WhereaboutsStandIn(), page])
        assert activity_cells(page, ActivityTableModel.TITLE) == ["书法班"]  # this week only

        # Next Monday evening the receptionist is on the check-in page; 张小明 shows his QR.
        clock.move_to(at(desk_ctx, "18:40", 7))
        assert window.route_scan(payload + "\r")
        assert window.current_page() is page and page.door_mode
        assert page.selected_activity().title == "红色影院"  # the list now reaches its day
        assert page.period()[1] == film.starts_at.astimezone(desk_ctx.clock.zone).date()
        assert page.door_panel.result_kind() == OK
        assert page.door_panel.result_text() == "Welcome, 张小明: signed in at 18:40 (2 people)."
        assert check_in.scans == []

        # The door is open on screen: a resident pass comes here, not to check-in.
        resident = resident_pass(desk_ctx, admin_actor, zhao)
        assert window.route_scan(resident)
        assert check_in.scans == [] and page.door_panel.result_kind() == REFUSED
        assert "赵六 has not signed up for 红色影院. There is room" in page.door_panel.result_text()

        # F12 on this page is the door, though another page claims F12 in the window.
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_F12)
        assert not page.door_mode and window.current_page() is page
        assert page.scan_kinds == ("signup",)
        assert window.route_scan(resident)
        assert check_in.scans == [resident] and window.current_page() is check_in


def test_unknown_and_wrong_passes_are_refused_at_the_door(qtbot, ui_services, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        first = new_activity(desk_ctx, receptionist_actor, "书法班", start="09:30")
        other = new_activity(desk_ctx, receptionist_actor, "红色影院", day_offset=1, start="19:00", end="21:00")
        row = sign_up(desk_ctx, receptionist_actor, other.id, "张小明")
        payload = desk_ctx.activities.signups.issue_pass(receptionist_actor, row.id).value.payload
        page = open_page(qtbot, ui_services, receptionist_actor)
        page.select_activity(first.id)
        page.set_door_mode(True)
        page.handle_scan(payload)  # the door of 书法班 is open: a pass of another activity
        assert page.door_panel.result_kind() == REFUSED
        assert page.door_panel.result_text() == "This pass is for another activity: 红色影院 on 2026-11-17 19:00."
        desk_ctx.activities.signups.issue_pass(receptionist_actor, row.id)  # a new QR: the old one is no one's
        page.set_door_mode(False)
        page.handle_scan(payload)
        assert page.door_mode and page.door_panel.result_kind() == REFUSED
        assert page.door_panel.result_text().startswith("This sign-up pass is not on the desk's list.")
        assert desk_ctx.activities.attendance(first.id).attended == 0


def test_a_resident_pass_scanned_into_the_open_sign_up_form_signs_its_holder_up(
        qtbot, ui_services, desk_ctx, admin_actor, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        act = new_activity(desk_ctx, receptionist_actor, "书法班", capacity=10)
        zhao = add_resident(desk_ctx, "赵六", "13800004444")
        page = open_page(qtbot, ui_services, receptionist_actor)
        assert page.scan_kinds == ("signup",)
        qtbot.keyClick(page.view, Qt.Key.Key_S, CTRL)
        form = page.dialog
        assert isinstance(form, SignupDialog) and page.scan_kinds == ("signup", "resident")
        form.companions_spin.setValue(1)  # with a grandchild
        page.handle_scan(resident_pass(desk_ctx, admin_actor, zhao))
        assert page.dialog is None
        assert page.message_label.text() == "赵六 signed up (2 people)."
        row = page.detail.signups.row_named("赵六")
        assert page.detail.signups.index(row, SignupTableModel.SOURCE).data() == "By pass"
        assert activity_cells(page, ActivityTableModel.PLACES) == ["2 / 10"]
        # The same pass again: refused in the form, which stays open with the reason.
        qtbot.keyClick(page.view, Qt.Key.Key_S, CTRL)
        page.handle_scan(resident_pass(desk_ctx, admin_actor, zhao))
        assert page.dialog is not None and page.dialog.error_label.text().startswith("赵六 is already signed up")
        assert act.id == page.selected_activity().id


def test_ticking_by_hand_asks_how_many_came_and_a_mistake_can_be_taken_back(
        qtbot, ui_services, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        act = new_activity(desk_ctx, receptionist_actor, "亲子手工课", start="09:30")
        mother = sign_up(desk_ctx, receptionist_actor, act.id, "刘芳", companions=2)
        alone = sign_up(desk_ctx, receptionist_actor, act.id, "王大爷")
        page = open_page(qtbot, ui_services, receptionist_actor)
        # Enter on the activity goes to its sign-ups; Enter on a sign-up: they came.
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        assert page.detail.signups_view.hasFocus()
        page.select_signup(alone.id)
        qtbot.keyClick(page.detail.signups_view, Qt.Key.Key_Return)
        assert page.message_label.text() == "王大爷 signed in."
        assert page.selected_signup().attended_at is not None

        page.select_signup(mother.id)
        qtbot.keyClick(page.view, Qt.Key.Key_T, CTRL)
        people = page.dialog
        assert isinstance(people, FieldsDialog)
        assert [people.widgets["people"].itemText(i) for i in range(3)] == ["3", "2", "1"]
        people.set_value("people", 2)
        ok(qtbot, people)
        row = page.detail.signups.row_of(mother.id)
        assert page.detail.signups.index(row, SignupTableModel.ATTENDED).data() == "✔ 09:00 (2 came)"
        assert activity_cells(page, ActivityTableModel.ATTENDED) == ["3"]

        qtbot.keyClick(page.view, Qt.Key.Key_U, CTRL)  # the wrong line was ticked
        assert page.message_label.text() == "The sign-in of 刘芳 was taken back."
        assert page.detail.signups.index(row, SignupTableModel.ATTENDED).data() == ""
        assert desk_ctx.activities.attendance(act.id).attended_people == 1


def test_more_places_move_the_waiting_list_up_and_a_cancelled_activity_stays_greyed(
        qtbot, ui_services, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        act = new_activity(desk_ctx, receptionist_actor, "书法班", capacity=1, start="15:00", end="16:00")
        sign_up(desk_ctx, receptionist_actor, act.id, "张三")
        sign_up(desk_ctx, receptionist_actor, act.id, "李四")
        page = open_page(qtbot, ui_services, receptionist_actor)
        assert signup_names(page) == [("张三", "Has a place"), ("李四", "Waiting no. 1")]

        qtbot.keyClick(page.view, Qt.Key.Key_E, CTRL)
        dialog = page.dialog
        assert isinstance(dialog, ActivityDialog) and dialog.title_edit.text() == "书法班"
        dialog.capacity_spin.setValue(2)
        ok(qtbot, dialog)
        assert page.message_label.text() == "书法班 saved."
        assert signup_names(page) == [("张三", "Has a place"), ("李四", "Has a place")]

        qtbot.keyClick(page.view, Qt.Key.Key_Delete, CTRL | Qt.KeyboardModifier.ShiftModifier)
        reason = page.dialog
        reason.set_value("reason", "暴雨预警")
        ok(qtbot, reason)
        assert page.message_label.text() == "书法班 was cancelled."
        assert activity_cells(page, ActivityTableModel.STATE) == ["Cancelled"]
        assert page.model.index(0, ActivityTableModel.WHEN).data(Qt.ItemDataRole.ForegroundRole) == CANCELLED_COLOUR
        assert signup_names(page) == [("张三", "Has a place"), ("李四", "Has a place")]  # kept, to ring them
        assert not page.signup_button.isEnabled()
        qtbot.keyClick(page.view, Qt.Key.Key_S, CTRL)
        assert page.dialog is None


def test_an_activity_in_a_booked_room_takes_the_booking_and_the_room_size(
        qtbot, ui_services, desk_ctx, admin_actor, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        _room, booking_id = room_with_booking(desk_ctx, admin_actor, capacity=20)
        page = open_page(qtbot, ui_services, receptionist_actor)
        page.new_activity()
        dialog = page.dialog
        assert dialog.booking_combo.currentText() == "14:00–16:00 文体活动室: 书法班"
        assert dialog.choose_booking(booking_id)
        assert dialog.title_edit.text() == "书法班"  # taken from the booking while empty
        assert (dialog.start_edit.time().toString("HH:mm"), dialog.end_edit.time().toString("HH:mm")) == (
            "14:00", "16:00")
        dialog.capacity_spin.setValue(30)
        ok(qtbot, dialog)  # more places than the room holds: refused, the form stays open
        assert page.dialog is dialog
        assert dialog.error_label.text() == ("文体活动室 holds at most 20 people; "
                                             "the activity cannot have 30 places there.")
        dialog.capacity_spin.setValue(0)
        ok(qtbot, dialog)
        assert page.dialog is None
        assert activity_cells(page, ActivityTableModel.PLACE) == ["文体活动室"]
        assert activity_cells(page, ActivityTableModel.PLACES) == ["0 / 20"]

        # The booking is cancelled on the rooms page; changing the activity never moves it
        # onto another booking unasked: the service says why it cannot stay.
        room_with_booking(desk_ctx, admin_actor, name="书画室", start="16:00", end="17:00")  # another, still live
        ui_services.bus.announce(desk_ctx.bookings.cancel(admin_actor, booking_id, "场地维修").changes)
        page.edit_selected()
        dialog = page.dialog
        assert dialog.booking_combo.currentData() == booking_id
        ok(qtbot, dialog)
        assert page.dialog is dialog and "was cancelled; book the room again, or type the place" in \
            dialog.error_label.text()


def test_the_period_chooser_shows_the_week_the_month_or_chosen_dates(
        qtbot, ui_services, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        for title, offset in (("本周", 2), ("下周", 7), ("下月", 20)):
            new_activity(desk_ctx, receptionist_actor, title, day_offset=offset)
        page = open_page(qtbot, ui_services, receptionist_actor)
        assert activity_cells(page, ActivityTableModel.TITLE) == ["本周"]
        assert page.count_label.text() == "1 activity(ies) in the period."
        assert not page.from_edit.isEnabled()
        page.period_combo.setCurrentIndex(page.period_combo.findData(MONTH))
        page.period_combo.activated.emit(page.period_combo.currentIndex())
        assert activity_cells(page, ActivityTableModel.TITLE) == ["本周", "下周"]  # 20 days on is December
        assert [d.isoformat() for d in page.period()] == ["2026-11-01", "2026-11-30"]
        page.set_period(RANGE, at(desk_ctx, "00:00", 7).date(), at(desk_ctx, "00:00", 30).date())
        assert page.from_edit.isEnabled()
        assert activity_cells(page, ActivityTableModel.TITLE) == ["下周", "下月"]
        page.to_edit.setDate(page.from_edit.date().addDays(-1))
        assert page.count_label.text() == "The first day is after the last: no days to show."


def test_a_phone_nobody_has_is_kept_for_the_new_resident(qtbot, ui_services, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        new_activity(desk_ctx, receptionist_actor, "书法班", capacity=10)
        page = open_page(qtbot, ui_services, receptionist_actor)
        page.sign_up()
        form = page.dialog
        qtbot.keyClicks(form.search_edit, "13900009999")
        qtbot.keyClick(form.search_edit, Qt.Key.Key_Return)
        assert form.matches.rowCount() == 0 and page.dialog is form
        assert form.phone_edit.text() == "13900009999" and form.focusWidget() is form.name_edit
        form.name_edit.insert("钱七")  # typed through the input method
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        assert page.message_label.text() == "钱七 signed up (1 people)."
        assert signup_names(page) == [("钱七", "Has a place")]
        row = page.detail.signups.row_named("钱七")
        assert page.detail.signups.index(row, SignupTableModel.PHONE).data() == "139****9999"
