"""The issue's "done when" for activities, through the real widgets: a receptionist runs an
activity with a waiting list and takes attendance by scanning at the door."""

from __future__ import annotations

import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from activities_ui_world import (
    MONDAY_0900, activity_cells, add_resident, at, open_page, resident_pass, signup_names,
)
from ui.rooms.activity_dialogs import ActivityDialog, SignupDialog
from ui.rooms.activity_model import ActivityTableModel
from ui.rooms.activity_signup_model import CANCELLED_COLOUR
from ui.services.lists_dialogs import FieldsDialog
from ui.visits.banner import OK, REFUSED, REPEAT

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return


def test_run_an_activity_with_a_waiting_list_and_take_attendance_by_scanning(
        qtbot, ui_services, desk_ctx, admin_actor, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False) as clock:
        zhang = add_resident(desk_ctx, "张三", "13800001111")
        add_resident(desk_ctx, "李四", "13800002222")
        zhao = add_resident(desk_ctx, "赵六", "13800004444")
        page = open_page(qtbot, ui_services, receptionist_actor)

        # Ctrl+N: the after-school class this afternoon, two places, in the activity room.
        qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
        dialog = page.dialog
        assert isinstance(dialog, ActivityDialog)
        dialog.title_edit.insert("四点半课堂")  # typed through the input method: QTest types ASCII only
        dialog.organiser_edit.insert("社区团委")
        dialog.place_edit.insert("二楼活动室")
        dialog.set_times("16:30", "18:00")
        dialog.capacity_spin.setValue(2)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert page.dialog is None
        assert activity_cells(page, ActivityTableModel.TITLE) == ["四点半课堂"]
        assert activity_cells(page, ActivityTableModel.PLACES) == ["0 / 2"]
        assert activity_cells(page, ActivityTableModel.WHEN) == ["11-16 Mon 16:30–18:00"]

        # Ctrl+S: 张三 found by phone (Enter searches, Enter picks, Enter signs up).
        qtbot.keyClick(page.view, Qt.Key.Key_S, CTRL)
        form = page.dialog
        assert isinstance(form, SignupDialog)
        qtbot.keyClicks(form.search_edit, "13800001111")
        qtbot.keyClick(form.search_edit, ENTER)
        assert form.matches.rowCount() == 1 and page.dialog is form  # Enter searched, did not submit
        qtbot.keyClick(form.results_view, ENTER)
        assert form.chosen is not None and form.chosen.visitor_id == zhang
        qtbot.keyClick(form.companions_spin, ENTER)
        assert page.dialog is None
        assert page.message_label.text() == "张三 signed up (1 people)."

        # A new resident, typed in: 王五 takes the second place.
        qtbot.keyClick(page.view, Qt.Key.Key_S, CTRL)
        form = page.dialog
        form.name_edit.insert("王五")
        qtbot.keyClicks(form.phone_edit, "13800003333")
        qtbot.keyClick(form.phone_edit, ENTER)
        assert page.message_label.text() == "王五 signed up (1 people)."
        assert activity_cells(page, ActivityTableModel.PLACES) == ["2 / 2"]

        # 李四, found by name, comes third: the waiting list.
        qtbot.keyClick(page.view, Qt.Key.Key_S, CTRL)
        form = page.dialog
        assert "0 place(s) free" in form.places_label.text()
        form.search_edit.insert("李四")
        qtbot.keyClick(form.search_edit, ENTER)
        qtbot.keyClick(form.results_view, ENTER)
        qtbot.keyClick(form.companions_spin, ENTER)
        assert page.message_label.text() == "李四 is on the waiting list (number 1)."
        assert activity_cells(page, ActivityTableModel.WAITING) == ["1"]
        assert signup_names(page) == [("张三", "Has a place"), ("王五", "Has a place"), ("李四", "Waiting no. 1")]

        # 张三 rings to cancel: Ctrl+Del, a reason; 李四 moves up, and the message says so.
        page.detail.signups_view.selectRow(page.detail.signups.row_named("张三"))
        qtbot.keyClick(page.view, Qt.Key.Key_Delete, CTRL)
        reason = page.dialog
        assert isinstance(reason, FieldsDialog)
        reason.widgets["reason"].setPlainText("本人来电取消")
        qtbot.mouseClick(reason.buttons.button(reason.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert page.message_label.text() == ("The sign-up of 张三 was cancelled. "
                                             "李四 moved up from the waiting list.")
        assert signup_names(page) == [("王五", "Has a place"), ("李四", "Has a place"), ("张三", "Cancelled")]
        cancelled_row = page.detail.signups.row_named("张三")
        assert page.detail.signups.index(cancelled_row, 0).data(Qt.ItemDataRole.ForegroundRole) == CANCELLED_COLOUR
        assert activity_cells(page, ActivityTableModel.WAITING) == [""]

        # 李四 gets a sign-up pass (the QR they show at the door).
        li = page.detail.signups.signup_at(page.detail.signups.row_named("李四"))
        li_pass = desk_ctx.activities.signups.issue_pass(receptionist_actor, li.id).value.payload

        # 16:20, at the door: F12 opens door mode; resident passes now come to this page.
        clock.move_to(at(desk_ctx, "16:20"))
        assert page.scan_kinds == ("signup",)
        qtbot.keyClick(page.view, Qt.Key.Key_F12)
        assert page.door_mode and page.door_panel.isVisible()
        assert page.scan_kinds == ("signup", "resident")
        assert page.door_panel.counts_text() == "Signed in: 0 of 2 sign-ups · 0 of 2 people"

        page.handle_scan(li_pass + "\r")
        assert page.door_panel.result_kind() == OK
        assert page.door_panel.result_text() == "Welcome, 李四: signed in at 16:20 (1 people)."
        assert page.door_panel.counts_text() == "Signed in: 1 of 2 sign-ups · 1 of 2 people"
        assert activity_cells(page, ActivityTableModel.ATTENDED) == ["1"]
        assert page.selected_signup().name == "李四"

        clock.move_to(at(desk_ctx, "16:24"))
        page.handle_scan(li_pass)
        assert page.door_panel.result_kind() == REPEAT
        assert page.door_panel.result_text() == "李四 already signed in at 16:20."
        assert activity_cells(page, ActivityTableModel.ATTENDED) == ["1"]

        # 赵六 never signed up: the door says so plainly, and nobody is counted.
        page.handle_scan(resident_pass(desk_ctx, admin_actor, zhao))
        assert page.door_panel.result_kind() == REFUSED
        assert page.door_panel.result_text().startswith("赵六 has not signed up for 四点半课堂, and it is full.")
        assert desk_ctx.activities.attendance(li.activity_id).attended == 1
        assert QApplication.activeWindow() is page
