"""The form a page has open: one at a time, window-modal, deleted once closed.

A page keeps the form open now (``dialog``), so its actions can tell that a form is up and
its tests can fill it in. A closed form is deleted: a page lives for a whole sign-in and
opens many forms in a day.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


class DialogHost:
    """Keeps the one form a page has open (tests fill it in) and deletes it when closed;
    ``after_close`` then runs (usually: the focus back on the page's list)."""

    def __init__(self, after_close: Callable[[], object] | None = None) -> None:
        self.dialog: QDialog | None = None
        self._after_close = after_close

    def open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.open()

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if self._after_close is not None:
            self._after_close()
