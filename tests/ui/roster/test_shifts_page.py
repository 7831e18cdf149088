"""班次与轮班 as an administrator uses it: shift templates (overnight shown as the next day),
a 4-week rotation filled with the "rotate these people weekly" helper and stored slot by
slot, the editor's grid by keyboard, and the service's refusal of an empty rotation."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk.roster.posts import PostForm
from desk.roster.shifts import RotationForm, ShiftForm
from desk.roster.staff import StaffForm
from ui.roster.people_picker import PeoplePicker, RotateHelper
from ui.roster.rotation_dialog import RotationDialog
from ui.roster.shift_dialog import ShiftDialog
from ui.roster.shift_model import RotationGridModel, RotationTableModel, ShiftTableModel
from ui.roster.shifts_page import ShiftsPage
from ui.shell.pages import build_pages

A_WEDNESDAY = "2026-03-11 09:00:00+08:00"
THAT_MONDAY = date(2026, 3, 9)
PEOPLE = ("张伟", "李娜", "王芳", "刘洋", "陈静")
SATURDAY, SUNDAY, HOLIDAYS = 5, 6, 7


@pytest.fixture
def world(desk_ctx, admin_actor):
    """Five staff; a reception post with 王芳 as A, 刘洋 as B and 陈静 covering."""
    ids = {name: desk_ctx.staff.create(admin_actor, StaffForm(name, active_from=date(2020, 1, 1))).value.id
           for name in PEOPLE}
    post = desk_ctx.posts.create(admin_actor, PostForm("咨询接待", holder_id=ids["王芳"], backup_id=ids["刘洋"],
                                                       cover_ids=(ids["陈静"],))).value
    return ids, post


@pytest.fixture
def page(qtbot, ui_services, admin_actor, world):
    ui_services.session.sign_in(admin_actor)
    with time_machine.travel(A_WEDNESDAY, tick=False):
        widget = ShiftsPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _add_shift(desk_ctx, admin_actor, name="周末班", start="09:00", end="17:00"):
    return desk_ctx.schedule.shifts.save_shift(admin_actor, ShiftForm(name, start, end)).value


def test_the_models_pass_qt_checks(qtmodeltester, desk_ctx, admin_actor, world):
    ids, post = world
    shift = _add_shift(desk_ctx, admin_actor)
    _add_shift(desk_ctx, admin_actor, "夜间值守", "22:00", "07:30")
    desk_ctx.schedule.shifts.save_rotation(admin_actor, RotationForm(
        "周末值班", post.id, shift.id, 2, THAT_MONDAY, ((0, SATURDAY, ids["张伟"]), (1, SATURDAY, ids["李娜"]))))
    shifts = ShiftTableModel()
    shifts.set_shifts(desk_ctx.schedule.shifts.shifts())
    qtmodeltester.check(shifts)
    assert _rows(shifts) == [["周末班", "09:00", "17:00", "8:00", "Active"],
                             ["夜间值守", "22:00", "next day 07:30", "9:30", "Active"]]
    rotations = RotationTableModel()
    rotations.set_rotations(desk_ctx.schedule.shifts.rotations())
    qtmodeltester.check(rotations)
    assert _rows(rotations) == [["周末值班", "咨询接待", "周末班", "2", "2026-03-09", "张伟、李娜", "Active"]]
    grid = RotationGridModel({ids["张伟"]: "张伟", ids["李娜"]: "李娜"})
    grid.set_slots(2, ((0, SATURDAY, ids["张伟"]), (0, SATURDAY, ids["李娜"]), (1, HOLIDAYS, ids["李娜"])))
    qtmodeltester.check(grid)
    assert grid.index(0, SATURDAY).data() == "张伟\n李娜"
    assert grid.headerData(HOLIDAYS, Qt.Orientation.Horizontal) == "Holidays"
    assert grid.headerData(1, Qt.Orientation.Vertical) == "Week 2"


def test_receptionists_do_not_get_the_page(ui_services, receptionist_actor):
    assert build_pages(ui_services, receptionist_actor, ("ui.roster.shifts_page:ShiftsPage",)) == []
    assert ShiftsPage.admin_only


def test_creating_an_overnight_shift_through_the_form(qtbot, page, ui_services):
    assert page.title == "Shifts and rotations"
    qtbot.mouseClick(page.add_shift_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ShiftDialog) and dialog.isVisible()
    dialog.name_edit.setText("夜间值守")
    dialog.set_times("22:00", "07:30")
    assert dialog.overnight_label.text() == "next day"
    dialog.set_colour("#aa3377")
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert page.message_label.text() == "Shift 夜间值守 saved (22:00 to next day 07:30)."
    assert _rows(page.shift_model) == [["夜间值守", "22:00", "next day 07:30", "9:30", "Active"]]
    assert page.selected_shift().name == "夜间值守"
    stored = ui_services.desk.schedule.shifts.shifts()
    assert [(s.name, s.start, s.end, s.color) for s in stored] == [("夜间值守", "22:00", "07:30", "#aa3377")]


def test_a_refused_shift_stays_in_the_form(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_shift_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.name_edit.setText("全天")
    dialog.set_times("06:00", "23:00")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "more than 16 hours" in dialog.error_label.text()
    assert ui_services.desk.schedule.shifts.shifts() == []


def test_a_four_week_rotation_with_the_rotate_helper(qtbot, page, ui_services, desk_ctx, admin_actor, world):
    ids, post = world
    shift = _add_shift(desk_ctx, admin_actor)
    page.reload()
    with time_machine.travel(A_WEDNESDAY, tick=False):
        qtbot.mouseClick(page.add_rotation_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RotationDialog)
    assert dialog.anchor() == THAT_MONDAY
    dialog.name_edit.setText("周末值班")
    dialog.set_post(post.id)
    dialog.set_shift(shift.id)
    # select Saturday and Sunday of week 1: the helper offers those days
    dialog.grid.setCurrentIndex(dialog.grid_model.index(0, SATURDAY))
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)
    helper = dialog.picker
    assert isinstance(helper, RotateHelper)
    assert helper.days() == (SATURDAY, SUNDAY)
    listed = [helper.people.item(r).text() for r in range(helper.people.count())]
    assert listed[:3] == ["王芳 (A holder)", "刘洋 (B backup)", "陈静 (may cover)"]  # the post's people first
    for name in ("刘洋", "张伟", "王芳", "李娜"):  # the order they take turns
        helper.people.set_checked(ids[name])
    assert helper.preview.text() == "week 1: 刘洋; week 2: 张伟; week 3: 王芳; week 4: 李娜"
    helper.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.weeks_spin.value() == 4 and dialog.grid_model.rowCount() == 4
    assert dialog.grid_model.index(2, SUNDAY).data() == "王芳"
    assert dialog.grid_model.index(2, 0).data() == ""
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert page.message_label.text() == "Rotation 周末值班 saved: 咨询接待, 周末班, every 4 weeks."
    assert _rows(page.rotation_model)[0][:6] == ["周末值班", "咨询接待", "周末班", "4", "2026-03-09",
                                                 "刘洋、张伟、王芳、李娜"]
    stored = ui_services.desk.schedule.shifts.rotations()
    assert len(stored) == 1 and stored[0].weeks == 4 and stored[0].anchor == THAT_MONDAY
    turns = ("刘洋", "张伟", "王芳", "李娜")
    assert {(s.week, s.weekday, s.staff_name) for s in stored[0].slots} == {
        (week, day, turns[week]) for week in range(4) for day in (SATURDAY, SUNDAY)}


def test_choosing_people_for_cells_by_keyboard_and_editing_a_rotation(qtbot, page, ui_services, desk_ctx,
                                                                      admin_actor, world):
    ids, post = world
    shift = _add_shift(desk_ctx, admin_actor)
    desk_ctx.schedule.shifts.save_rotation(admin_actor, RotationForm(
        "节假日值班", post.id, shift.id, 1, THAT_MONDAY, ((0, HOLIDAYS, ids["王芳"]),)))
    page.reload()
    page.rotation_view.selectRow(0)
    qtbot.mouseClick(page.edit_rotation_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.grid_model.index(0, HOLIDAYS).data() == "王芳"
    dialog.grid.setFocus()
    dialog.grid.setCurrentIndex(dialog.grid_model.index(0, HOLIDAYS))
    qtbot.keyClick(dialog.grid, Qt.Key.Key_F2)
    picker = dialog.picker
    assert isinstance(picker, PeoplePicker)
    picker.people.set_checked(ids["陈静"])
    picker.accept()
    assert dialog.grid_model.index(0, HOLIDAYS).data() == "王芳\n陈静"
    dialog.grid.setCurrentIndex(dialog.grid_model.index(0, 0))
    qtbot.keyClick(dialog.grid, Qt.Key.Key_F2)
    dialog.picker.people.set_checked(ids["张伟"])
    dialog.picker.accept()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Delete)  # Monday emptied again
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    slots = ui_services.desk.schedule.shifts.rotations()[0].slots
    assert sorted((s.weekday, s.staff_name) for s in slots) == [(HOLIDAYS, "王芳"), (HOLIDAYS, "陈静")]


def test_an_empty_rotation_is_refused_and_nothing_is_stored(qtbot, page, ui_services, desk_ctx, admin_actor, world):
    _ids, post = world
    _add_shift(desk_ctx, admin_actor)
    page.reload()
    qtbot.mouseClick(page.add_rotation_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.name_edit.setText("午间轮值")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.text() == ("The rotation 午间轮值 has nobody in it. Put at least one person on one "
                                         "day, or save it as inactive.")
    assert dialog.buttons.isEnabled()
    assert ui_services.desk.schedule.shifts.rotations() == []


def test_deactivating_a_shift_and_a_rotation(qtbot, page, ui_services, desk_ctx, admin_actor, world):
    ids, post = world
    shift = _add_shift(desk_ctx, admin_actor)
    desk_ctx.schedule.shifts.save_rotation(admin_actor, RotationForm(
        "周末值班", post.id, shift.id, 1, THAT_MONDAY, ((0, SATURDAY, ids["张伟"]),)))
    page.reload()
    page.rotation_view.selectRow(0)
    qtbot.mouseClick(page.deactivate_rotation_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text().startswith("周末值班 is no longer used to generate the roster")
    assert _rows(page.rotation_model)[0][-1] == "Inactive"
    page.shift_view.selectRow(0)
    qtbot.mouseClick(page.deactivate_shift_button, Qt.MouseButton.LeftButton)
    assert _rows(page.shift_model)[0][-1] == "Inactive"
    assert not ui_services.desk.schedule.shifts.shifts()[0].active
    qtbot.mouseClick(page.add_rotation_button, Qt.MouseButton.LeftButton)
    assert page.dialog.shift_combo.count() == 0  # an inactive shift is not offered
    page.dialog.buttons.accepted.emit()
    assert page.dialog.error_label.text() == "Add a shift first: a rotation says who works one shift."
