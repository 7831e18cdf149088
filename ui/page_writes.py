"""A list page's change: run it on the write worker, then say what happened.

Every page that edits records did the same after a service call: on success, show what
was done, close the form, tell the other views (the bus); on failure, keep the form open
with the plain-words reason, or say it on the page when there is no form. ``PageWrites``
holds that once; a page adds only what it does besides (keep the saved row selected).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desk.changes import Done
from desk.errors import DeskError
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded

OK_STYLE = "color: #1b5e20;"


class FormDialog(Protocol):
    def accept(self) -> None: ...

    def show_error(self, message: str) -> None: ...


class PageWrites:
    """Writes of one page, reported in its message line (``label``) or its open form."""

    def __init__(self, page: QWidget, services: UiServices, label: QLabel, *, what: str) -> None:
        self.page = page
        self.services = services
        self.label = label
        self.what = what  # names the page's changes in the log

    def say(self, text: str, *, error: bool = False) -> None:
        self.label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.label.setText(text)

    def write(self, job: Callable[[], Done[Any]], done_text: str, dialog: FormDialog | None = None, *,
              then: Callable[[Done[Any]], None] | None = None) -> None:
        """Run ``job``; ``then`` sees the result after the form closes, before the bus hears of it."""
        if self.services.session.actor is None:
            return  # signed out (locked) meanwhile: nothing may change

        def done(result: Done[Any]) -> None:
            self.say(done_text)
            if dialog is not None:
                dialog.accept()
            if then is not None:
                then(result)
            self.services.bus.announce(result.changes)

        def failed(error: BaseException) -> None:
            message = explain_or_log(error, QCoreApplication.translate(
                "PageWrites", "That failed because of an unexpected error; see the log."),
                                     what=f"{self.what} failed")
            if dialog is None:
                self.say(message, error=True)
            elif getattr(dialog, "shows_desk_errors", False):  # the form marks the field at fault
                dialog.show_error(message, error if isinstance(error, DeskError) else None)  # type: ignore[call-arg]
            else:
                dialog.show_error(message)

        self.services.tasks.write(job, guarded(self.page, done), guarded(self.page, failed))
