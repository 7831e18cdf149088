"""Export a ledger (台账) to xlsx: which ledger, which days, where — then a progress bar and a
Cancel that works. The export runs on a background thread; the file appears only once it
is complete (a cancelled or failed export leaves nothing half-written).

Personal fields are masked; an administrator may tick "names and phones in full", which
is written to the audit trail.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from desk.reports.ledgers.export import LedgerResult, export_ledger
from desk.reports.ledgers.kinds import KINDS
from ui.app_services import UiServices
from ui.explain import explain_or_log, translate_desk
from ui.i18n import fill
from ui.page_writes import OK_STYLE
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded


class _Progress(QObject):
    """Carries progress from the export thread to the dialog (queued to the GUI thread)."""

    moved = Signal(int, int)


class LedgerExportDialog(QDialog):
    def __init__(self, services: UiServices, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self.result: LedgerResult | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Export a ledger"))
        self.setMinimumWidth(520)
        self.kind_combo = QComboBox()
        for kind in KINDS.values():
            self.kind_combo.addItem(kind.title, kind.key)
        self.first_edit = QDateEdit(first)
        self.last_edit = QDateEdit(last)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        days = QHBoxLayout()
        days.addWidget(self.first_edit)
        days.addWidget(QLabel("–"))
        days.addWidget(self.last_edit)
        days.addStretch(1)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Choose…"))
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        self.full_box = QCheckBox(self.tr("Names and phone numbers in full (recorded in the audit trail)"))
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel the export"))
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Ledger"), self.kind_combo)
        form.addRow(self.tr("Days"), days)
        form.addRow(self.tr("Save as"), where)
        if self.is_admin:
            form.addRow("", self.full_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._suggest_path())
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self._progress.moved.connect(self._on_progress)
        self._suggest_path()

    # ---- choosing --------------------------------------------------------------------
    def _suggest_path(self) -> None:
        kind = KINDS[self.kind_combo.currentData()]
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()
        self.path_edit.setText(str(folder / f"{kind.title}_{first:%Y%m%d}-{last:%Y%m%d}.xlsx"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the ledger as"), self.path_edit.text(),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path_edit.setText(path if path.endswith(".xlsx") else path + ".xlsx")

    # ---- exporting -------------------------------------------------------------------
    def export(self) -> None:
        actor = self.services.session.actor
        if actor is None:
            return
        desk, kind, full = self.services.desk, str(self.kind_combo.currentData()), self.full_box.isChecked()
        first, last, path = self.first_edit.date().toPython(), self.last_edit.date().toPython(), self.path_edit.text()
        self._cancel.clear()
        self._running(True)
        self._say(self.tr("Exporting…"))
        progress, cancelled = self._progress.moved.emit, self._cancel.is_set

        def job() -> LedgerResult:
            return export_ledger(desk.store, desk.clock, actor, kind, first, last, path, full_personal=full,
                                 progress=progress, cancel=cancelled)

        self.services.tasks.background(job, guarded(self, self._on_done), guarded(self, self._on_failed))

    def cancel(self) -> None:
        self._cancel.set()
        self._say(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)

    def _on_done(self, result: LedgerResult) -> None:
        self._running(False)
        self.result = result
        if result.cancelled:
            self._say(self.tr("Cancelled. No file was written."))
            return
        text = fill(self.tr("Exported %1 lines to %2."), result.rows, str(result.path))
        notices = [translate_desk(template, fields) for template, fields in result.notices]
        self._say(" ".join([text, *notices]))

    def _on_failed(self, error: BaseException) -> None:
        self._running(False)
        self._say(explain_or_log(error, self.tr("The export failed because of an unexpected error; see the log."),
                                 what="ledger export"), error=True)

    def _running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setValue(0)
        self.cancel_button.setVisible(running)
        for widget in (self.export_button, self.kind_combo, self.first_edit, self.last_edit, self.path_edit,
                       self.browse_button, self.full_box, self.close_button):
            widget.setEnabled(not running)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
