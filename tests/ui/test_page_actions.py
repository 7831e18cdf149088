"""A page's keys and buttons (ui/page_actions.py) and its one open form (ui/page_forms.py):
a key works only while its page is the one shown, a button and its key do the same thing,
the help lists what the buttons say, and a closed form is let go and deleted."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from ui.page_actions import action_buttons, bind_actions, window_shortcut
from ui.page_forms import DialogHost

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, *pages: QWidget) -> QStackedWidget:  # noqa: ANN001
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    qtbot.addWidget(stack)
    stack.show()
    qtbot.waitExposed(stack)
    stack.windowHandle().requestActivate()  # offscreen: keys reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is stack, timeout=2000)
    return stack


def test_a_pages_key_works_only_while_that_page_is_shown(qtbot):
    pressed: list[str] = []
    rooms, activities = QWidget(), QWidget()
    window_shortcut(rooms, "Ctrl+N", lambda: pressed.append("new booking"))
    window_shortcut(activities, "Ctrl+N", lambda: pressed.append("new activity"))
    stack = _window(qtbot, rooms, activities)

    qtbot.keyClick(stack, Qt.Key.Key_N, CTRL)
    stack.setCurrentWidget(activities)
    qtbot.keyClick(stack, Qt.Key.Key_N, CTRL)

    assert pressed == ["new booking", "new activity"]


def test_a_button_and_its_key_do_the_same_and_a_key_may_have_no_button(qtbot):
    pressed: list[str] = []
    page, button = QWidget(), QPushButton("Approve (Ctrl+Y)")
    QHBoxLayout(page).addWidget(button)
    bind_actions(page, [(button, "Ctrl+Y", lambda: pressed.append("approve")),
                        (None, "F5", lambda: pressed.append("refresh"))])
    stack = _window(qtbot, page)

    button.click()
    qtbot.keyClick(stack, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(stack, Qt.Key.Key_F5)

    assert pressed == ["approve", "approve", "refresh"]


def test_action_buttons_say_their_keys_and_give_the_help_lines(qtbot):
    pressed: list[str] = []
    page = QWidget()
    row = QHBoxLayout(page)
    buttons, help_lines = action_buttons(page, row, [("New booking…", "Ctrl+N", lambda: pressed.append("new")),
                                                     ("Move…", "Ctrl+M", lambda: pressed.append("move"))])
    stack = _window(qtbot, page)

    assert [b.text() for b in buttons] == ["New booking… (Ctrl+N)", "Move… (Ctrl+M)"]
    assert [row.itemAt(i).widget() for i in range(row.count())] == buttons
    assert help_lines == [("Ctrl+N", "New booking…"), ("Ctrl+M", "Move…")]
    buttons[1].click()
    qtbot.keyClick(stack, Qt.Key.Key_N, CTRL)
    assert pressed == ["move", "new"]


def test_a_closed_form_is_let_go_deleted_and_the_focus_goes_back(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    closed: list[bool] = []
    forms = DialogHost(after_close=lambda: closed.append(True))
    form = QDialog(page)
    forms.open(form)
    assert forms.dialog is form and form.isVisible()

    form.reject()

    assert forms.dialog is None and closed == [True]
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=2000)  # a page opens many in a day
