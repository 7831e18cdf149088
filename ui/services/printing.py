"""Making the service documents on a worker and showing them in the print preview.

The receipt (回执) for a resident's requests, the service list poster and the three lists
are built by ``desk.printing`` modules; reading and rendering run off the GUI thread, and
the preview opens (not modal: the desk keeps working) when the PDF is ready.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ui.explain import explain_or_log
from ui.app_services import UiServices
from ui.shell.pages import guarded



def paper_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("ServiceDocuments", "A5 sheet"), "a5")
    combo.addItem(QCoreApplication.translate("ServiceDocuments", "80 mm receipt roll"), "80mm")
    combo.setToolTip(QCoreApplication.translate("ServiceDocuments", "Paper for the resident's receipt"))
    return combo


class DocumentMaker(QObject):
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

    def receipt(self, request_ids: Sequence[int], paper: str) -> None:
        """The resident's receipt for ``request_ids`` on ``paper`` (A5 or 80mm)."""
        desk, ids = self.services.desk, list(request_ids)

        def build() -> bytes:
            from desk.printing.service_receipt import build_request_receipt

            return build_request_receipt(desk, ids, paper=paper)

        self.make(build, self.tr("Service receipt"), self.tr("The receipt could not be made; see the log."))

    def service_list(self, size: str) -> None:
        """The service list poster (服务清单) on A4 or A3."""
        desk = self.services.desk

        def build() -> bytes:
            from desk.printing.service_list import build_service_list

            return build_service_list(desk, size=size)

        self.make(build, self.tr("Service list"), self.tr("The service list could not be made; see the log."))

    def three_lists(self) -> None:
        """The three lists (三个清单): services offered, residents' demands, shared resources."""
        desk = self.services.desk

        def build() -> bytes:
            from desk.printing.three_lists import build_three_lists

            return build_three_lists(desk)

        self.make(build, self.tr("Three lists"), self.tr("The three lists could not be made; see the log."))

    def make(self, build: Callable[[], bytes], title: str, fallback: str) -> None:
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
