"""Accounts: the table model, and an administrator adding and changing accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.accounts.actor import RECEPTIONIST
from desk.accounts.service import SignInRefused
from ui.accounts.dialogs import NewAccountDialog, PasswordDialog, RoleDialog
from ui.accounts.model import UserTableModel
from ui.accounts.page import AccountsPage


@pytest.fixture
def page(qtbot, ui_services, admin_actor, receptionist_actor):
    ui_services.session.sign_in(admin_actor)
    widget = AccountsPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(page: AccountsPage) -> list[list[str]]:
    proxy = page.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_the_model_passes_qt_checks(qtmodeltester, ui_services, admin_actor, receptionist_actor):
    model = UserTableModel(ui_services.desk.clock)
    model.set_users(ui_services.desk.accounts.users())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_the_page_lists_accounts_with_role_and_status(page):
    assert page.title == "Accounts"
    assert _rows(page) == [
        ["admin", "王管理", "Administrator", "Active", "never"],
        ["front", "李前台", "Receptionist", "Active", "never"],
    ]
    assert not page.password_button.isEnabled()  # nothing selected yet


def test_adding_an_account(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NewAccountDialog) and dialog.isVisible()
    assert dialog.role() == RECEPTIONIST
    dialog.username_edit.setText("desk2")
    dialog.name_edit.setText("赵志强")
    dialog.password_edit.setText("desk2-password")
    dialog.again_edit.setText("desk2-password")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert page.message_label.text() == "Account desk2 created."
    assert [row[0] for row in _rows(page)] == ["admin", "desk2", "front"]
    assert ui_services.desk.accounts.sign_in("desk2", "desk2-password").role == RECEPTIONIST


def test_a_taken_user_name_is_refused_inside_the_dialog(qtbot, page, ui_services):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.username_edit.setText("front")
    dialog.name_edit.setText("重名")
    dialog.password_edit.setText("another-password")
    dialog.again_edit.setText("another-password")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The user name front is taken."
    assert dialog.buttons.isEnabled()  # may correct and try again
    assert len(ui_services.desk.accounts.users()) == 2


def test_resetting_a_password(qtbot, page, ui_services, receptionist_actor):
    page.select_user(receptionist_actor.user_id)
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog) and "front" in dialog.windowTitle()
    dialog.password_edit.setText("short")
    dialog.again_edit.setText("short")
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == "A password needs at least 8 characters."
    dialog.password_edit.setText("brand-new-pass")
    dialog.again_edit.setText("brand-new-pass")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert ui_services.desk.accounts.sign_in("front", "brand-new-pass").user_id == receptionist_actor.user_id


def test_disabling_and_enabling(qtbot, page, ui_services, receptionist_actor, receptionist_password):
    page.select_user(receptionist_actor.user_id)
    assert page.active_button.text() == "Disable"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "front can no longer sign in."
    assert _rows(page)[1][3] == "Disabled"
    with pytest.raises(SignInRefused, match="disabled"):
        ui_services.desk.accounts.sign_in("front", receptionist_password)
    assert page.active_button.text() == "Enable"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert ui_services.desk.accounts.sign_in("front", receptionist_password)


def test_the_last_administrator_cannot_be_demoted(qtbot, page, ui_services, admin_actor):
    page.select_user(admin_actor.user_id)
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RoleDialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(RECEPTIONIST))
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == "The desk needs at least one active administrator."
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)  # disabling: the same rule
    assert page.message_label.text() == "The desk needs at least one active administrator."
    assert [u.role for u in ui_services.desk.accounts.users() if u.username == "admin"] == ["admin"]


def test_changing_a_role(qtbot, page, ui_services, receptionist_actor):
    page.select_user(receptionist_actor.user_id)
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("admin"))
    dialog.buttons.accepted.emit()
    assert page.message_label.text() == "The role was changed."
    assert _rows(page)[1][2] == "Administrator"
