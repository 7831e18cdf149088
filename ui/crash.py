"""Unexpected errors: log them with their traceback and tell the person at the desk.

``CrashHandler`` takes over ``sys.excepthook`` and ``threading.excepthook`` and receives
``TaskRunner.error_occurred``. A known failure (``ui.explain`` has words for it: disk full,
database busy, a refusal) gets a plain message box; anything else is a bug and gets the
crash dialog: a short explanation, where the log is, and a "Copy details" button.
Dialogs are opened with ``open()`` (never ``exec()``), so the event loop keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from ui.i18n import fill
from ui.explain import explain

log = logging.getLogger("desk.crash")

MAX_OPEN_DIALOGS = 3  # an error in a paint event repeats; do not bury the desk in dialogs


def format_details(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class CrashDialog(QDialog):
    """Something went wrong that the program did not expect."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr(
            "The desk ran into an unexpected problem. What you were doing may not have "
            "been saved: please check it, then carry on. If this happens again, tell the "
            "administrator and give them the details below."
        ))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        where = str(log_path) if log_path else self.tr("(no log file)")
        self.log_label = QLabel(fill(self.tr("Log file: %1"), where))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setMaximumHeight(180)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler(QObject):
    error_reported = Signal(object)
    """An error reached a hook (from any thread); delivered to the GUI thread to show."""

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.open_dialogs: list[QWidget] = []
        self._previous_hooks: tuple | None = None
        # Queued: threading.excepthook runs in the failing thread; widgets live here.
        self.error_reported.connect(self._on_error_reported, Qt.ConnectionType.QueuedConnection)

    # ---- hooks -------------------------------------------------------------------------
    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_python_error
        threading.excepthook = self._on_thread_error

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def _on_python_error(self, kind: type[BaseException], error: BaseException,
                         tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            QApplication.quit()
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        self.report(error)

    def _on_thread_error(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value or args.exc_type()
        if error.__traceback__ is None and args.exc_traceback is not None:
            error = error.with_traceback(args.exc_traceback)
        name = args.thread.name if args.thread else "?"
        log.critical("error in thread %s", name)
        self.error_reported.emit(error)

    # ---- handling ------------------------------------------------------------------------
    def report(self, error: BaseException) -> None:
        """Log and show an error; the slot for ``TaskRunner.error_occurred`` too."""
        try:
            self._handle(error)
        except Exception:  # noqa: BLE001 - the handler must never raise
            sys.__excepthook__(type(error), error, error.__traceback__)

    def _on_error_reported(self, error: BaseException) -> None:
        self.report(error)

    def _handle(self, error: BaseException) -> None:
        plain = explain(error)
        if plain is not None:
            log.warning("%s: %s", type(error).__name__, error)
            self.show_message(plain)
            return
        log.critical("unexpected error\n%s", format_details(error).rstrip())
        self.show_dialog(format_details(error))

    def _parent(self) -> QWidget | None:
        return QApplication.activeWindow()

    def _keep(self, dialog: QWidget) -> bool:
        self.open_dialogs = [d for d in self.open_dialogs if d.isVisible()]
        if len(self.open_dialogs) >= MAX_OPEN_DIALOGS:
            dialog.deleteLater()
            return False
        self.open_dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return True

    def show_message(self, text: str) -> None:
        """A known failure: a plain message, no traceback."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Desk"), text,
                          QMessageBox.StandardButton.Ok, self._parent())
        if self._keep(box):
            box.open()

    def show_dialog(self, details: str) -> None:
        """A bug: the crash dialog with the log path and a copy button."""
        dialog = CrashDialog(details, self.log_path, self._parent())
        if self._keep(dialog):
            dialog.open()
