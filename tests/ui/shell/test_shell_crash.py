"""The crash handler: unexpected errors are logged and shown; known ones are explained."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desk.errors import Refusal
from ui.app import setup_logging
from ui.crash import CrashDialog, CrashHandler
from ui.tasks import TaskRunner


@pytest.fixture
def handler(tmp_path: Path):
    log_path = setup_logging(tmp_path)
    crash = CrashHandler(log_path)
    crash.install()
    yield crash
    crash.uninstall()
    for dialog in crash.open_dialogs:
        dialog.close()
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "desk_handler", False)]:
        root.removeHandler(h)
        h.close()


def _boom() -> None:
    raise RuntimeError("the widget fell over")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_with_a_copy_button(qtbot, handler):
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: bool(handler.open_dialogs), timeout=3000)
    dialog = handler.open_dialogs[0]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert str(handler.log_path) in dialog.log_label.text()
    logged = handler.log_path.read_text(encoding="utf-8")
    assert "RuntimeError: the widget fell over" in logged and "Traceback" in logged
    assert "_boom" in logged
    dialog.copy_button.click()
    assert "the widget fell over" in QGuiApplication.clipboard().text()


def test_a_thread_error_reaches_the_gui_thread(qtbot, handler):
    assert threading.excepthook == handler._on_thread_error
    worker = threading.Thread(target=_boom, name="printer-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(handler.open_dialogs), timeout=3000)
    assert isinstance(handler.open_dialogs[0], CrashDialog)
    assert "printer-worker" in handler.log_path.read_text(encoding="utf-8")


def test_a_known_error_gets_a_plain_message_not_a_traceback(qtbot, handler):
    tasks = TaskRunner(synchronous=True)
    tasks.error_occurred.connect(handler.report)

    def refuse() -> None:
        raise Refusal("The desk needs at least one active administrator.")

    tasks.write(refuse)
    [box] = handler.open_dialogs
    assert isinstance(box, QMessageBox)
    assert box.text() == "The desk needs at least one active administrator."


def test_a_storm_of_errors_does_not_bury_the_desk_in_dialogs(qtbot, handler):
    for _ in range(10):
        try:
            _boom()
        except RuntimeError as error:
            handler.report(error)
    assert len(handler.open_dialogs) == 3


def test_uninstall_restores_the_previous_hooks(tmp_path):
    before = sys.excepthook, threading.excepthook
    crash = CrashHandler(None)
    crash.install()
    assert sys.excepthook != before[0]
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
