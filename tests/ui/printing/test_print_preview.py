"""The preview dialog shows every page; printing runs on a worker and reports by signal."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from desk.printing.pass_card import render_pass_card
from desk.printing.roll_call import RollCallRow, render_roll_call
from ui.printing import printer as printer_module
from ui.printing.preview import PdfPreviewDialog
from ui.printing.printer import print_pdf

NOW = datetime(2026, 11, 16, 10, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture(scope="module")
def two_page_pdf() -> bytes:
    rows = [
        RollCallRow(f"访客{n}", "138****5678", "咨询", 1, NOW - timedelta(minutes=n)) for n in range(40)
    ]
    return render_roll_call("幸福社区党群服务中心", rows, printed_at=NOW)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # plenty to check, and quick
    return printer


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {key.strip(): value.strip() for key, value in (line.split(":", 1) for line in out.splitlines())}


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Message boxes the dialog would show, captured instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_preview_opens_with_every_page(qtbot, two_page_pdf: bytes) -> None:
    dialog = PdfPreviewDialog(two_page_pdf, "紧急疏散点名表")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == 2
    assert dialog.view.document() is dialog.document
    assert dialog.windowTitle() == "紧急疏散点名表"
    assert dialog.status_label.text() == "2 page(s)"
    assert dialog.print_button.isEnabled()


def test_damaged_bytes_show_a_message_not_a_crash(qtbot) -> None:
    dialog = PdfPreviewDialog(b"not a pdf", "x")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 0
    assert not dialog.print_button.isEnabled()


def test_print_writes_every_page_to_the_printer(qtbot, tmp_path: Path, two_page_pdf: bytes, warnings) -> None:
    dialog = PdfPreviewDialog(two_page_pdf, "紧急疏散点名表")
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.print_finished, timeout=20_000):
        dialog.start_print(_pdf_printer(out))
        assert dialog.is_printing() and not dialog.print_button.isEnabled()
    assert not dialog.is_printing() and dialog.print_button.isEnabled()
    info = _pdfinfo(out)
    assert info["Pages"] == "2"
    assert "(A4)" in info["Page size"]
    assert warnings == []


def test_printed_pass_card_still_scans(qtbot, tmp_path: Path) -> None:
    payload = "DP1.7.AbCdEf0123456789"
    card = render_pass_card("中心", "张𠮷明", payload, NOW, NOW + timedelta(hours=6),
                            kind_label="访客通行证", printed_at=NOW)
    out = tmp_path / "card.pdf"
    finished: list[bool] = []
    # Kept until it reports; the callback is connected before the worker can emit.
    job = print_pdf(card, _pdf_printer(out), on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(out), str(tmp_path / "card")], check=True)
    with Image.open(tmp_path / "card.png") as image:
        assert [code.text for code in zxingcpp.read_barcodes(image.convert("L"))] == [payload]
    del job


def test_an_unwritable_printer_reports_failed(qtbot, tmp_path: Path, two_page_pdf: bytes, warnings) -> None:
    dialog = PdfPreviewDialog(two_page_pdf, "紧急疏散点名表")
    qtbot.addWidget(dialog)
    printer = _pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    with qtbot.waitSignal(dialog.print_failed, timeout=20_000) as blocker:
        dialog.start_print(printer)
    message = blocker.args[0]
    assert "printer could not be opened" in message
    assert warnings == [message]  # shown to the user, in plain words
    assert dialog.print_button.isEnabled()


def test_the_pages_are_painted_off_the_gui_thread(qtbot, tmp_path: Path, two_page_pdf: bytes, monkeypatch) -> None:
    threads: list[QThread] = []
    real_paint = printer_module._paint_page

    def spy(*args):
        threads.append(QThread.currentThread())
        real_paint(*args)

    monkeypatch.setattr(printer_module, "_paint_page", spy)
    finished: list[bool] = []
    job = print_pdf(two_page_pdf, _pdf_printer(tmp_path / "out.pdf"), on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)
    del job
    assert len(threads) == 2
    assert all(thread is not QThread.currentThread() for thread in threads)


def test_save_as_pdf_writes_the_bytes_or_explains(qtbot, tmp_path: Path, two_page_pdf: bytes, warnings) -> None:
    dialog = PdfPreviewDialog(two_page_pdf, "紧急疏散点名表 11/16")
    qtbot.addWidget(dialog)
    assert dialog.suggested_file_name() == "紧急疏散点名表 11_16.pdf"
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        dialog.start_save(tmp_path / "saved")  # written on a worker, never on the GUI thread
    assert saved.args == [True]
    assert (tmp_path / "saved.pdf").read_bytes() == two_page_pdf
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as failed:
        dialog.start_save(tmp_path / "missing" / "x.pdf")
    assert failed.args == [False]
    assert len(warnings) == 1 and "could not be saved" in warnings[0]


def test_print_dialog_starts_in_the_documents_orientation(qtbot, monkeypatch) -> None:
    from reportlab.platypus import Spacer

    from desk.printing.document import DocumentHeader, build_pdf
    from ui.printing import preview as preview_module

    offered: list[QPrinter] = []

    class CancelledPrintDialog:
        def __init__(self, printer: QPrinter, parent) -> None:
            offered.append(printer)

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(preview_module, "QPrintDialog", CancelledPrintDialog)
    roster = build_pdf([Spacer(1, 10)], header=DocumentHeader("中心", "周值班安排表"),
                       printed_at=NOW, landscape=True)
    dialog = PdfPreviewDialog(roster, "周值班安排表")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert offered[0].pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert offered[0].docName() == "周值班安排表"
    assert not dialog.is_printing()  # cancelled: nothing sent
