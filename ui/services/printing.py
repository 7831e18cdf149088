"""Making the service documents on a worker and showing them in the print preview.

The receipt (回执) for a resident's requests, the service list poster and the three lists
are built by ``desk.printing`` modules; reading and rendering run off the GUI thread, and
the preview opens (not modal: the desk keeps working) when the PDF is ready.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ui.printing.jobs import PreviewJobs


def paper_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("ServiceDocuments", "A5 sheet"), "a5")
    combo.addItem(QCoreApplication.translate("ServiceDocuments", "80 mm receipt roll"), "80mm")
    combo.setToolTip(QCoreApplication.translate("ServiceDocuments", "Paper for the resident's receipt"))
    return combo


class DocumentMaker(PreviewJobs):
    """The service documents, each made on a worker and shown in the preview."""

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
