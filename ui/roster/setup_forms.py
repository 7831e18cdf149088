"""Plumbing shared by the schedule set-up pages (holidays, timetables, shifts, rotations).

Every form there works like the purposes form: the dialog hands itself to ``on_submit``,
the page runs the service call on the write worker, and either closes the dialog or shows
the refusal inside it, keeping what was typed. Messages about the page's own buttons go to
a ``MessageLabel`` under the lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.changes import Done
from ui.explain import explain_or_log
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded
from ui.page_writes import OK_STYLE
from ui.submit_dialog import SubmitDialog


HINT_STYLE = "color: #546e7a;"
# Older staff read these pages: a size above the default, and room inside the cells.
PAGE_STYLE = ("QTableView { font-size: 15px; } QTableView::item { padding: 0 8px; } "
              "QHeaderView::section { font-size: 14px; padding: 2px 6px; } "
              "QListWidget { font-size: 15px; } QListWidget::item { padding: 3px; }")


class MessageLabel(QLabel):
    """The line under a page's lists that says what just happened, or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def say(self, text: str, *, error: bool = False) -> None:
        self.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.setText(text)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class FormDialog(SubmitDialog):
    """A form with OK/Cancel and an inline error line; subclasses add their fields to
    ``self.body`` and may check what was typed in ``check()`` before it is submitted."""

    def __init__(self, on_submit: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)


def run_write(owner: QWidget, services: UiServices, job: Callable[[], Done[Any]], *,
              message: MessageLabel, done_text: Callable[[Any], str],
              dialog: FormDialog | None = None, fallback: str, what: str,
              after: Callable[[Any], None] | None = None) -> None:
    """Run ``job`` on the write worker; on success close ``dialog``, say ``done_text(value)``
    and announce the changes; on a refusal show it in the dialog, or under the lists."""

    def done(result: Done[Any]) -> None:
        message.say(done_text(result.value))
        if dialog is not None:
            dialog.accept()
        if after is not None:
            after(result.value)
        services.bus.announce(result.changes)

    def failed(error: BaseException) -> None:
        text = explain_or_log(error, fallback, what=what)
        if dialog is not None:
            dialog.show_error(text)
        else:
            message.say(text, error=True)

    services.tasks.write(job, guarded(owner, done), guarded(owner, failed))
