"""Sending a PDF to a printer without making the desk wait for it.

A print job can take many seconds (a sleeping laser printer, a network queue), and a
receptionist must be able to check the next visitor in meanwhile, so pages are rasterised
and painted on a pool thread. Qt allows QPainter on a QPrinter outside the GUI thread as
long as nothing else touches that printer; the QPdfDocument is created in the worker
because QObjects belong to the thread that made them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QRunnable,
    QSize,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

# Rendering at a 1200 dpi printer's full resolution would need ~560 MB per A4 page;
# 300 dpi is what laser printers resolve text at anyway and keeps a page near 35 MB.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72.0


class PrintFailed(Exception):
    """A failure with a message a receptionist can act on."""


def _tr(text: str) -> str:
    # QCoreApplication.translate is thread-safe, so the worker can word its own errors.
    return QCoreApplication.translate("PrintJob", text)


class PrintSignals(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives."""

    finished = Signal()
    """Every page went to the printer."""
    failed = Signal(str)
    """Printing stopped; the argument is a plain-language message."""


class PrintJob(QRunnable):
    """Paint every page of a PDF onto a QPrinter (connect to ``signals`` before starting)."""

    def __init__(self, pdf_bytes: bytes, printer: QPrinter) -> None:
        super().__init__()
        self.pdf_bytes = pdf_bytes
        self.printer = printer
        self.signals = PrintSignals()

    def run(self) -> None:
        try:
            paint_pdf(self.pdf_bytes, self.printer)
        except PrintFailed as failure:
            log.warning("printing failed: %s", failure)
            self.signals.failed.emit(str(failure))
        except Exception:  # noqa: BLE001 - a bug, but the desk must not lose the message
            log.exception("printing failed unexpectedly")
            self.signals.failed.emit(_tr("Printing failed. The details were written to the log."))
        else:
            self.signals.finished.emit()


def print_pdf(
    pdf_bytes: bytes,
    printer: QPrinter,
    *,
    on_finished: Callable[[], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    pool: QThreadPool | None = None,
) -> PrintJob:
    """Start printing on a pool thread and return the job; results arrive by signal.

    The callbacks are connected before the job starts, so a job that fails at once still
    reports. Keep the returned job (and the printer) alive until it reports.
    """
    job = PrintJob(pdf_bytes, printer)
    if on_finished is not None:
        job.signals.finished.connect(on_finished)
    if on_failed is not None:
        job.signals.failed.connect(on_failed)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def _load(pdf_bytes: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    # With all the bytes in a QBuffer QtPdf loads at once; no event loop is needed.
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintFailed(_tr("The document to print is damaged; nothing was printed."))
    return document, buffer


def paint_pdf(pdf_bytes: bytes, printer: QPrinter) -> None:
    """Paint the pages at true size (shrunk only if the paper is smaller); blocks."""
    if not printer.isValid():
        raise PrintFailed(
            _tr("No printer is available. Install a printer, or use Save as PDF instead.")
        )
    document, buffer = _load(pdf_bytes)
    # Full page: coordinates start at the paper's corner, so a page drawn at 1:1 lands
    # where the PDF put it (cut marks, the test page's 100 mm ruler).
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            _tr("The printer could not be opened. Check that it is switched on and connected, "
                "then try again.")
        )
    try:
        for page in range(document.pageCount()):
            if page > 0 and not printer.newPage():
                raise PrintFailed(_tr("The printer stopped accepting pages. Check the printer."))
            _paint_page(painter, printer, document, page)
    finally:
        painter.end()
        document.close()
        buffer.close()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintFailed(_tr("The printer reported an error. Check the printer and try again."))


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    dpi = printer.resolution()
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    size_points = document.pagePointSize(page)
    page_width = size_points.width() / POINTS_PER_INCH * dpi
    page_height = size_points.height() / POINTS_PER_INCH * dpi
    # A landscape page on portrait paper (or the reverse) is turned, not shrunk.
    turn = (page_width > page_height) != (paper.width() > paper.height())
    across, down = (page_height, page_width) if turn else (page_width, page_height)
    scale = min(1.0, paper.width() / across, paper.height() / down)
    render_dpi = min(dpi, MAX_RENDER_DPI)
    image = document.render(
        page,
        QSize(
            round(size_points.width() / POINTS_PER_INCH * render_dpi),
            round(size_points.height() / POINTS_PER_INCH * render_dpi),
        ),
    )
    if image.isNull():
        raise PrintFailed(_tr("A page could not be prepared for printing; nothing more was printed."))
    painter.save()
    # Centre across the paper, top-aligned: wall sheets read from the top.
    painter.translate((paper.width() - across * scale) / 2, 0)
    if turn:
        painter.translate(across * scale, 0)
        painter.rotate(90)
    painter.drawImage(QRectF(0, 0, page_width * scale, page_height * scale), image)
    painter.restore()
