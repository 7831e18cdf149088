"""Importing a spreadsheet: choose the file, look at every row, import the good ones.

Shared by every import (staff, the service list). The file is read and checked on a
worker (a big xlsx takes a moment) and nothing is written until "Import" is pressed;
then the ready rows go in together, or none of them do. Each import says how to read its
file, how to write the ready rows and what its columns show; the rest lives here once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desk.accounts.actor import Actor
from desk.changes import Done
from ui.app_services import UiServices
from ui.explain import explain_or_log, translate_desk
from ui.i18n import fill
from ui.record_model import Index, RecordListModel
from ui.record_view import configure_record_view
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded

ERROR_COLOUR = QColor("#b00020")
WARNING_COLOUR = QColor("#8a4b00")
SKIPPED_COLOUR = QColor("#777777")
HINT_STYLE = "color: #546e7a;"


class PreviewRowsModel(RecordListModel):
    """One row per line of the file: its line number first, its problems last, red when it
    cannot be imported. Subclasses define ``headers()`` and ``cells(row)``, the text of the
    columns in between."""

    LINE = 0

    @property
    def problems_column(self) -> int:
        return len(self.headers()) - 1  # type: ignore[attr-defined]

    def problems(self, row: Any) -> str:
        return " ".join(translate_desk(template, fields) for template, fields in (*row.errors, *row.warnings))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_of(index)
        if row is None:
            return None
        column, problems = index.column(), self.problems_column
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return row.line
            if column == problems:
                return self.problems(row)
            cells = self.cells(row)  # type: ignore[attr-defined]
            return cells[column - 1] if 0 < column <= len(cells) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.errors:
                return ERROR_COLOUR
            if getattr(row, "duplicate", False):  # already there: skipped, not wrong
                return SKIPPED_COLOUR
            if row.warnings and column == problems:
                return WARNING_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == problems:
            return self.problems(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    """Choose a file → preview → import the ready rows (administrators only).

    ``read(path)`` reads and checks the file and returns its preview (on a worker);
    ``write(actor, preview)`` imports the ready rows and returns ``Done``; ``more_counts``
    adds to the "ready / with errors" line; ``what`` names the import in the log.
    """

    imported = Signal(object)
    """The ready rows went in; the argument is what ``write`` returned as its value."""

    def __init__(self, services: UiServices, model: PreviewRowsModel, *, title: str, intro: str,
                 file_prompt: str, read: Callable[[str], Any], write: Callable[[Actor, Any], Done[Any]],
                 what: str, more_counts: Callable[[Any], str] = lambda _preview: "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.preview: Any = None
        self._read, self._write, self._more_counts, self._what = read, write, more_counts, what
        self._file_prompt = file_prompt
        self.setWindowTitle(title)
        self.resize(920, 560)

        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setStyleSheet(HINT_STYLE)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.model = model
        model.setParent(self)
        self.view = QTableView()
        self.view.setModel(model)
        configure_record_view(self.view)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.problems_column, QHeaderView.ResizeMode.Stretch)

        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        self.ignored_label.setStyleSheet(HINT_STYLE)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import ready rows"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(file_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.choose_button.setDefault(True)
        self.choose_button.setFocus()

    def choose_file(self) -> str:
        """The file to read, or "" (tests call ``read_file``; a file dialog cannot be driven)."""
        path, _ = QFileDialog.getOpenFileName(self, self._file_prompt, str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        return path

    def read_file(self, path: str) -> None:
        """Read and check ``path`` on a worker; the preview fills in when it is done."""
        self.file_label.setText(fill(self.tr("Reading %1…"), Path(path).name))
        self.error_label.hide()
        self.import_button.setEnabled(False)
        read = self._read
        self.services.tasks.read(lambda: read(path), guarded(self, self._on_file_read),
                                 guarded(self, self._on_read_failed))

    # ---- private ---------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        path = self.choose_file()
        if path:
            self.read_file(path)

    def _on_file_read(self, preview: Any) -> None:
        self.preview = preview
        self.model.set_records(preview.rows)
        self.view.resizeRowsToContents()
        self.file_label.setText(Path(preview.path).name)
        ready, errors = len(preview.ready), len(preview.with_errors)
        counts = self.tr("%n row(s) ready", "", ready) + self.tr(", %n with errors", "", errors)
        self.counts_label.setText(counts + self._more_counts(preview))
        self.counts_label.setStyleSheet(ERROR_STYLE if errors else "")
        self.ignored_label.setText(fill(self.tr("Columns not used: %1"), "、".join(preview.ignored_columns))
                                   if preview.ignored_columns else "")
        self.import_button.setText(self.tr("Import %n ready row(s)", "", ready))
        self.import_button.setEnabled(ready > 0)
        if ready:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _on_read_failed(self, error: BaseException) -> None:
        self.preview = None
        self.model.set_records([])
        self.file_label.setText(self.tr("No file chosen"))
        self.counts_label.setText("")
        self.ignored_label.setText("")
        self._show_error(explain_or_log(error, self.tr("The file could not be read; see the log."),
                                        what=f"reading a file for the {self._what} failed"))

    def _on_buttons_accepted(self) -> None:
        actor, preview = self.services.session.actor, self.preview
        if actor is None or preview is None or not preview.ready:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        write = self._write
        self.services.tasks.write(lambda: write(actor, preview), guarded(self, self._on_imported),
                                  guarded(self, self._on_import_failed))

    def _on_imported(self, result: Done[Any]) -> None:
        self.services.bus.announce(result.changes)
        self.imported.emit(result.value)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(bool(self.preview and self.preview.ready))
        self._show_error(explain_or_log(
            error, self.tr("The import failed because of an unexpected error; nothing was saved. See the log."),
            what=f"{self._what} failed"))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
