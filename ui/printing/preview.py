"""A print preview: see the document, then print it or save it as a PDF file.

Every printed thing goes through this dialog, so a receptionist always sees what will come
out of the printer before paper is used.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.printing.printer import PrintJob, print_pdf
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def pdf_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class PdfPreviewDialog(QDialog):
    print_finished = Signal()
    """The printer accepted every page."""
    print_failed = Signal(str)
    """Printing stopped; the argument is the message shown to the user."""
    save_finished = Signal(bool)
    """Saving as a PDF file ended; the argument says whether the file was written."""

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.title = title
        self._job: PrintJob | None = None
        self._printer: QPrinter | None = None
        self._tasks = TaskRunner(self)
        self.setWindowTitle(title)
        self.resize(820, 900)

        # QPdfDocument reads from the buffer while the dialog is open; both are children.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Close"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        if self.document.status() != QPdfDocument.Status.Ready:
            log.error("preview could not load %r: %s", title, self.document.error())
            self.print_button.setEnabled(False)
            self.status_label.setText(self.tr("This document could not be shown."))
        else:
            self.status_label.setText(self.tr("%n page(s)", "", self.page_count()))

    def page_count(self) -> int:
        return self.document.pageCount()

    # ---- printing -------------------------------------------------------------------
    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        # Start the print dialog in the document's orientation, so a landscape roster is
        # printed landscape by the driver rather than turned by us.
        first_page = self.document.pagePointSize(0)
        if first_page.width() > first_page.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_print(printer)

    def start_print(self, printer: QPrinter) -> None:
        """Hand the document to the printer on a worker; the dialog stays responsive."""
        self._printer = printer  # the worker paints on it; it must outlive the job
        self.print_button.setEnabled(False)
        self.status_label.setText(self.tr("Sending to the printer…"))
        self._job = print_pdf(
            self.pdf_bytes,
            printer,
            on_finished=self._on_print_finished,
            on_failed=self._on_print_failed,
        )

    def is_printing(self) -> bool:
        return self._job is not None

    def _on_print_finished(self) -> None:
        self._job = None
        self.print_button.setEnabled(True)
        self.status_label.setText(self.tr("Sent to the printer."))
        self.print_finished.emit()

    def _on_print_failed(self, message: str) -> None:
        self._job = None
        self.print_button.setEnabled(True)
        self.status_label.setText(message)
        self.print_failed.emit(message)
        QMessageBox.warning(self, self.tr("Printing failed"), message)

    # ---- saving ---------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        # Titles are Chinese document names; keep them, minus characters Windows forbids.
        return (re.sub(r'[\\/:*?"<>|]+', "_", self.title).strip() or "document") + ".pdf"

    def _on_save_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / self.suggested_file_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.start_save(Path(path))

    def start_save(self, path: Path) -> None:
        """Write the PDF on a worker (a USB stick or a network share can stall for seconds);
        the outcome comes back as ``save_finished`` and is shown in the dialog."""
        target = pdf_path(path)
        self.save_button.setEnabled(False)
        self._tasks.background(lambda: target.write_bytes(self.pdf_bytes),
                               lambda _size: self._on_saved(target),
                               lambda error: self._on_save_failed(target, error))

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.save_finished.emit(True)

    def _on_save_failed(self, path: Path, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        log.warning("saving %s failed: %s", path, error)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            self,
            self.tr("Could not save"),
            self.tr("The file could not be saved:\n%1\n\n%2").replace("%1", str(path)).replace("%2", reason),
        )
        self.save_finished.emit(False)

