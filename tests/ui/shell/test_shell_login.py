"""Signing in: success, a wrong password, and the throttle after repeated failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine
from PySide6.QtCore import Qt

from ui.shell.login import LoginDialog


def _attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_right_password_signs_in_and_closes_the_dialog(qtbot, ui_services, admin_actor, admin_password):
    dialog = LoginDialog(ui_services, center_name="幸福社区党群服务中心")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(ui_services.session.signed_in) as signed:
        _attempt(qtbot, dialog, "admin", admin_password)
    assert signed.args[0] == admin_actor
    assert ui_services.session.actor == admin_actor
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_a_wrong_password_is_refused_inline_and_nobody_is_signed_in(qtbot, ui_services, admin_actor):
    dialog = LoginDialog(ui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    _attempt(qtbot, dialog, "admin", "not-the-password")
    assert ui_services.session.actor is None
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.password_edit.text() == ""  # retyped, never kept


def test_after_five_failures_the_dialog_says_how_long_to_wait(qtbot, ui_services, admin_actor, admin_password):
    dialog = LoginDialog(ui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    start = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as traveller:
        for _ in range(5):
            _attempt(qtbot, dialog, "admin", "wrong-password")
        _attempt(qtbot, dialog, "admin", admin_password)  # even the right one must wait
        assert ui_services.session.actor is None
        assert dialog.error_label.text() == "Too many wrong passwords. Try again in 30 seconds."
        traveller.shift(timedelta(seconds=31))
        _attempt(qtbot, dialog, "admin", admin_password)
    assert ui_services.session.actor == admin_actor


def test_empty_fields_are_caught_before_any_attempt_is_recorded(qtbot, ui_services, admin_actor):
    dialog = LoginDialog(ui_services)
    qtbot.addWidget(dialog)
    _attempt(qtbot, dialog, "", "")
    assert dialog.error_label.text() == "Type your user name and password."
    entries = ui_services.desk.audit.browse(admin_actor)
    assert not [e for e in entries if e.action.startswith("user.sign_in")]
