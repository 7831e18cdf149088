"""The plumbing every form dialog shares: a red error line and OK/Cancel under the fields.

A form hands itself to ``on_submit`` when OK is pressed; the page runs the service call on
a worker and then either closes the form (``accept``) or shows the refusal inside it
(``show_error``), so nothing typed is lost. While the call runs, OK and Cancel are greyed
out so a second press cannot send the same form twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.shell.login import ERROR_STYLE


class ErrorLabel(QLabel):
    """A red, word-wrapped line that stays hidden until there is something wrong to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, message: str) -> None:
        self.setText(message)
        self.show()


class SubmitDialog(QDialog):
    """A form with ``error_label`` and ``buttons`` (OK/Cancel) made for it. A subclass lays
    them out under its fields (they are not placed here: each form has its own layout), may
    rename ``ok_button``, and may refuse by itself in ``check()`` before anything is sent."""

    def __init__(self, on_submit: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_submit = on_submit
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check(self) -> str | None:
        """A translated message if what was typed cannot even be sent to the service."""
        return None

    def show_error(self, message: str) -> None:
        self.error_label.say(message)
        self.set_busy(False)  # the receptionist corrects the form and tries again

    def clear_error(self) -> None:
        self.error_label.hide()

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _on_buttons_accepted(self) -> None:
        self.clear_error()
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.set_busy(True)
        self._on_submit(self)
