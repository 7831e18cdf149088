"""The whereabouts page as a receptionist uses it: pick a person by their initials, press
a digit, and the store, the table and today's history all say so; the optional
where/until line; stale statuses in amber under a frozen clock; and the status list,
which only an administrator may edit."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import Qt

from desk.roster.staff import StaffForm
from ui.roster.status_dialog import StatusListDialog
from ui.roster.whereabouts_model import STALE_BACKGROUND, WhereaboutsTableModel
from ui.roster.whereabouts_page import WhereaboutsPage

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY_0900 = datetime(2026, 3, 9, 9, 0, tzinfo=SHANGHAI)
PEOPLE = ("张伟", "王芳", "李娜", "王小明")


@pytest.fixture
def staff(desk_ctx, admin_actor) -> dict[str, int]:
    return {name: desk_ctx.staff.create(admin_actor, StaffForm(name=name, title="社工", active_from=date(2020, 1, 1),
                                                               public_phone=f"1381234500{i}")).value.id
            for i, name in enumerate(PEOPLE)}


def _page(qtbot, ui_services, actor) -> WhereaboutsPage:
    ui_services.session.sign_in(actor)
    page = WhereaboutsPage(ui_services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.view.setFocus()
    return page


@pytest.fixture
def page(qtbot, ui_services, receptionist_actor, staff):
    return _page(qtbot, ui_services, receptionist_actor)


def _status(ctx, staff_id: int):
    return ctx.whereabouts.get(staff_id)


def _cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_the_model_passes_qt_checks(qtmodeltester, desk_ctx, staff):
    model = WhereaboutsTableModel(desk_ctx.clock)
    model.set_rows(desk_ctx.whereabouts.board())
    qtmodeltester.check(model)
    assert model.rowCount() == len(PEOPLE)


def test_two_keystrokes_set_a_status_and_the_history_shows_who_did_it(qtbot, page, desk_ctx, staff):
    assert page.title == "Whereabouts" and page.shortcut == "F6"
    # The legend is always there, numbered as the keys are.
    assert "<b>1</b>&nbsp;在岗" in page.legend.text() and "<b>3</b>&nbsp;外出办事" in page.legend.text()

    qtbot.keyClicks(page.view, "wf")  # 王芳's pinyin initials
    assert page.selected().staff_name == "王芳"
    qtbot.keyClick(page.view, Qt.Key.Key_3)

    assert _status(desk_ctx, staff["王芳"]).label == "外出办事"  # saved after two keystrokes
    row = page.model.row_of(staff["王芳"])
    assert _cell(page.model, row, WhereaboutsTableModel.STATUS) == "外出办事"
    assert "front" in _cell(page.model, row, WhereaboutsTableModel.UPDATED)
    history = page.history_model
    assert history.rowCount() == 1
    assert [history.index(0, c).data() for c in (1, 2, 4)] == ["王芳", "外出办事", "front"]
    assert page.away_editor.isVisible()  # an away status offers where/until


def test_the_optional_line_saves_destination_and_return_and_esc_keeps_the_status(qtbot, page, desk_ctx, staff):
    qtbot.keyClicks(page.view, "zw")
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    editor = page.away_editor
    editor.destination.insert("街道办")  # typed through the input method
    qtbot.mouseClick(editor.plus_60, Qt.MouseButton.LeftButton)
    before = datetime.now(SHANGHAI)
    qtbot.keyClick(editor.destination, Qt.Key.Key_Return)
    info = _status(desk_ctx, staff["张伟"])
    assert (info.label, info.destination) == ("外出办事", "街道办")
    assert timedelta(minutes=58) < info.expected_return - before < timedelta(minutes=62)
    assert not editor.isVisible()
    assert page.history_model.rowCount() == 2  # the status, then its detail

    page.view.setFocus()
    qtbot.keyClicks(page.view, "ln")
    qtbot.keyClick(page.view, Qt.Key.Key_5)  # 开会
    qtbot.keyClick(editor.destination, Qt.Key.Key_Escape)
    info = _status(desk_ctx, staff["李娜"])
    assert (info.label, info.destination, info.expected_return) == ("开会", "", None)
    assert not editor.isVisible()


def test_zero_or_backspace_is_back_at_the_post_and_a_name_part_finds_people(qtbot, page, desk_ctx, staff):
    page.find_edit.setFocus()
    page.find_edit.insert("小明")  # typed through the input method
    page.find_edit.textEdited.emit(page.find_edit.text())
    assert page.selected().staff_name == "王小明"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_7)  # 请假
    assert _status(desk_ctx, staff["王小明"]).label == "请假"
    assert not page.away_editor.isVisible()  # leave asks nothing more
    qtbot.keyClick(page.view, Qt.Key.Key_0)
    assert _status(desk_ctx, staff["王小明"]).label == "在岗"
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    qtbot.keyClick(page.away_editor.destination, Qt.Key.Key_Escape)
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    assert _status(desk_ctx, staff["王小明"]).label == "在岗"


def test_a_key_without_a_status_says_so_and_changes_nothing(qtbot, page, desk_ctx, staff):
    qtbot.keyClicks(page.view, "zw")
    qtbot.keyClick(page.view, Qt.Key.Key_9)  # eight statuses are seeded
    assert "no status 9" in page.message_label.text()
    assert _status(desk_ctx, staff["张伟"]).updated_at is None


def test_a_passed_return_time_turns_the_row_amber_with_a_frozen_clock(qtbot, ui_services, desk_ctx,
                                                                       receptionist_actor, staff):
    with time_machine.travel(MONDAY_0900, tick=False):
        page = _page(qtbot, ui_services, receptionist_actor)
        status = next(s for s in desk_ctx.whereabouts.statuses() if s.label == "外出办事")
        done = desk_ctx.whereabouts.set(receptionist_actor, staff["李娜"], status.id, destination="社区医院",
                                        expected_return=MONDAY_0900.replace(hour=10, minute=30))
        ui_services.bus.announce(done.changes)
        row = page.model.row_of(staff["李娜"])
        assert _cell(page.model, row, WhereaboutsTableModel.RETURN) == "10:30"
    # Fifteen minutes of grace (the setting): at 10:40 not yet stale, at 10:50 it is.
    with time_machine.travel(MONDAY_0900.replace(hour=10, minute=40), tick=False):
        page.reload()
        assert _cell(page.model, row, WhereaboutsTableModel.RETURN, Qt.ItemDataRole.BackgroundRole) is None
    with time_machine.travel(MONDAY_0900.replace(hour=10, minute=50), tick=False):
        page.reload()
        assert _cell(page.model, row, WhereaboutsTableModel.RETURN) == "expected back 10:30 — overdue"
        assert _cell(page.model, row, WhereaboutsTableModel.NAME, Qt.ItemDataRole.BackgroundRole) == STALE_BACKGROUND
        other = page.model.row_of(staff["张伟"])
        assert _cell(page.model, other, WhereaboutsTableModel.NAME, Qt.ItemDataRole.BackgroundRole) is None


def test_a_receptionist_cannot_edit_the_status_list(qtbot, page, ui_services, receptionist_actor):
    assert page.statuses_button.isHidden()
    page._on_statuses_button_clicked()
    assert page.status_dialog is None
    # The dialog, were it reached, is refused by the service and nothing changes.
    dialog = StatusListDialog(ui_services, page)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("值班巡查")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text()  # an explanation, not a crash
    assert "值班巡查" not in [s.label for s in ui_services.desk.whereabouts.statuses()]


def test_an_administrator_adds_a_status_and_it_gets_the_next_key(qtbot, ui_services, admin_actor, staff):
    page = _page(qtbot, ui_services, admin_actor)
    assert not page.statuses_button.isHidden()
    qtbot.mouseClick(page.statuses_button, Qt.MouseButton.LeftButton)
    dialog = page.status_dialog
    assert dialog is not None and dialog.model.rowCount() == 8
    dialog.label_edit.setText("值班巡查")
    dialog.away_box.setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "<b>9</b>&nbsp;值班巡查" in page.legend.text()
    # Taking 暂离 out of use moves every later status up one key.
    dialog.select_status(next(s.id for s in ui_services.desk.whereabouts.statuses() if s.label == "暂离"))
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert "<b>2</b>&nbsp;外出办事" in page.legend.text()
    assert "暂离" not in page.legend.text()
