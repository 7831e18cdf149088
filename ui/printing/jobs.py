"""A document made on a worker and shown in the print preview when it is ready.

Every page that prints (the duty sheet, the responsibility list, the service documents)
does the same: read and render off the GUI thread, then open the preview (not modal: the
desk keeps working), or say why it could not be made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.shell.pages import guarded


class PreviewJobs(QObject):
    """Builds one document at a time on a worker and opens its preview."""

    failed = Signal(str)
    """The document could not be made; the argument is the message to show."""
    shown = Signal(object)
    """The preview opened; the argument is the dialog."""

    def __init__(self, services: UiServices, owner: QWidget) -> None:
        super().__init__(owner)
        self.services = services
        self.owner = owner
        self.last_preview: QWidget | None = None  # tests look at it
        self.busy = False

    def make(self, build: Callable[[], bytes], title: str, fallback: str) -> None:
        """Run ``build`` on a worker; ``fallback`` is said if it fails unexpectedly."""
        if self.busy:
            return
        self.busy = True

        def done(pdf: bytes) -> None:
            from ui.printing.preview import PdfPreviewDialog

            self.busy = False
            dialog = PdfPreviewDialog(pdf, title, self.owner)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.last_preview = dialog
            self.shown.emit(dialog)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.failed.emit(explain_or_log(error, fallback, what=f"making {title}"))

        self.services.tasks.background(build, guarded(self.owner, done), guarded(self.owner, failed))
