"""Importing the service list from a spreadsheet: choose the file, see every row with its
problems, import the ready ones (all together, or none).

The file is read and checked on a worker and nothing is written until "Import" is pressed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desk.changes import Done
from desk.services.catalogue_io import (
    CataloguePreview, CatalogueRow, ImportResult, duplicate_codes, import_catalogue, read_catalogue_file,
)
from ui.app_services import UiServices
from ui.explain import explain_or_log, translate_desk
from ui.i18n import fill
from ui.record_model import Index, RecordListModel
from ui.record_view import configure_record_view
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded

ERROR_COLOUR = QColor("#b00020")
WARNING_COLOUR = QColor("#8a4b00")
HINT_STYLE = "color: #546e7a;"


class CataloguePreviewModel(RecordListModel):
    """One row per line of the file, red when it cannot be imported."""

    LINE, CODE, NAME, CATEGORY, LIMIT, POST, PROBLEMS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Code"), self.tr("Name"), self.tr("Category"), self.tr("Time limit"),
                self.tr("Post"), self.tr("Problems")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: CatalogueRow | None = self.record_of(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.errors:
                return ERROR_COLOUR
            if row.warnings and column == self.PROBLEMS:
                return WARNING_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEMS:
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CatalogueRow, column: int) -> Any:
        form, cells = row.form, row.cells
        if column == self.LINE:
            return row.line
        if column == self.CODE:
            return form.code if form else cells.get("code", "")
        if column == self.NAME:
            return form.name if form else cells.get("name", "")
        if column == self.CATEGORY:
            return cells.get("category", "")
        if column == self.LIMIT:
            return form.time_limit if form else cells.get("time_limit", "")
        if column == self.POST:
            return cells.get("post", "")
        if column == self.PROBLEMS:
            return " ".join(translate_desk(template, fields) for template, fields in (*row.errors, *row.warnings))
        return None


class CatalogueImportDialog(QDialog):
    """Choose a file → preview → import the ready rows (administrators only)."""

    imported = Signal(object)
    """The ready rows went in; the argument is the ``ImportResult``."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.preview: CataloguePreview | None = None
        self.setWindowTitle(self.tr("Import the service list from a spreadsheet"))
        self.resize(920, 560)

        intro = QLabel(self.tr(
            "Choose an Excel (.xlsx) or CSV file with one item per row and the columns 编码 and 事项名称. "
            "Other columns the desk reads: 类别, 事项说明, 服务对象, 所需材料, 办理流程, 办理时限, 责任岗位, "
            "办理地点, 办理时间, 收费标准. A code already in the list updates that item. Nothing is saved "
            "until you press Import."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setStyleSheet(HINT_STYLE)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.model = CataloguePreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_record_view(self.view)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CataloguePreviewModel.PROBLEMS, QHeaderView.ResizeMode.Stretch)

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
        self.import_button = self.buttons.addButton(self.tr("Import ready rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the service list"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        return path

    def read_file(self, path: str) -> None:
        """Read and check ``path`` on a worker; the preview fills in when it is done."""
        desk = self.services.desk
        self.file_label.setText(fill(self.tr("Reading %1…"), Path(path).name))
        self.error_label.hide()
        self.import_button.setEnabled(False)

        def read() -> CataloguePreview:
            categories = {c.name: c.id for c in desk.catalogue.categories()}
            posts = {p.name: p.id for p in desk.posts.list()}
            codes = [item.code for item in desk.catalogue.items(include_retired=True)]
            return read_catalogue_file(path, categories=categories, posts=posts, existing_codes=codes)

        self.services.tasks.read(read, guarded(self, self._on_file_read), guarded(self, self._on_read_failed))

    # ---- private ---------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        path = self.choose_file()
        if path:
            self.read_file(path)

    def _on_file_read(self, preview: CataloguePreview) -> None:
        self.preview = preview
        self.model.set_records(preview.rows)
        self.view.resizeRowsToContents()
        self.file_label.setText(Path(preview.path).name)
        ready, errors = len(preview.ready), len(preview.with_errors)
        counts = self.tr("%n row(s) ready", "", ready) + self.tr(", %n with errors", "", errors)
        duplicates = duplicate_codes(preview)
        if duplicates:
            counts += fill(self.tr(". Codes used twice: %1"), "、".join(duplicates))
        self.counts_label.setText(counts)
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
                                        what="reading a service list file failed"))

    def _on_buttons_accepted(self) -> None:
        actor, preview = self.services.session.actor, self.preview
        if actor is None or preview is None or not preview.ready:
            return
        desk = self.services.desk
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.services.tasks.write(lambda: import_catalogue(desk.store, desk.clock, actor, preview),
                                  guarded(self, self._on_imported), guarded(self, self._on_import_failed))

    def _on_imported(self, result: Done[ImportResult]) -> None:
        self.services.bus.announce(result.changes)
        self.imported.emit(result.value)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(bool(self.preview and self.preview.ready))
        self._show_error(explain_or_log(
            error, self.tr("The import failed because of an unexpected error; nothing was saved. See the log."),
            what="service list import failed"))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
