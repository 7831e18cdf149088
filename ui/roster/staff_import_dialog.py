"""Importing the staff spreadsheet: choose the file, look at every row, import the good ones.

The file is read on a worker (a big xlsx takes a moment) and nothing is written until
"Import" is pressed; then the ready rows go in together, or none of them do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from desk.changes import Done
from desk.roster.staff_import import ImportPreview, ImportRow, import_staff, read_staff_file
from ui.explain import explain_or_log, translate_desk
from ui.i18n import fill
from ui.record_view import configure_record_view
from ui.roster.staff_model import kind_label
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded

Index = QModelIndex | QPersistentModelIndex

ERROR_COLOUR = QColor("#b00020")
WARNING_COLOUR = QColor("#8a4b00")
SKIPPED_COLOUR = QColor("#777777")
HINT_STYLE = "color: #546e7a;"


class ImportPreviewModel(QAbstractTableModel):
    """One row per line of the file, red when it cannot be imported."""

    LINE, NAME, KIND, PUBLIC_PHONE, PRIVATE_PHONE, POSTS, PROBLEMS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ImportRow, ...] = ()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview else ()
        self.endResetModel()

    def row_at(self, row: int) -> ImportRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.LINE: self.tr("Line"), self.NAME: self.tr("Name"), self.KIND: self.tr("Kind"),
            self.PUBLIC_PHONE: self.tr("Public phone"), self.PRIVATE_PHONE: self.tr("Private phone"),
            self.POSTS: self.tr("Posts"), self.PROBLEMS: self.tr("Problems"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.errors:
                return ERROR_COLOUR
            if row.duplicate:
                return SKIPPED_COLOUR
            if row.warnings and column == self.PROBLEMS:
                return WARNING_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEMS:
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ImportRow, column: int) -> Any:
        form, cells = row.form, row.cells
        if column == self.LINE:
            return row.line
        if column == self.NAME:
            return form.name if form else cells.get("name", "")
        if column == self.KIND:
            return kind_label(form.kind) if form else cells.get("kind", "")
        if column == self.PUBLIC_PHONE:
            return form.public_phone if form else cells.get("public_phone", "")
        if column == self.PRIVATE_PHONE:
            return form.private_phone if form else cells.get("private_phone", "")
        if column == self.POSTS:
            return cells.get("posts", "")
        if column == self.PROBLEMS:
            return " ".join(translate_desk(template, fields) for template, fields in (*row.errors, *row.warnings))
        return None


class StaffImportDialog(QDialog):
    """Choose a file → preview → import the ready rows (administrators only)."""

    imported = Signal(int)
    """The ready rows went in; the argument is how many people were added."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import staff from a spreadsheet"))
        self.resize(900, 560)

        intro = QLabel(self.tr(
            "Choose an Excel (.xlsx) or CSV file with one person per row and a 姓名 column. "
            "Other columns the desk reads: 类别, 职务, 公开电话, 私人电话, 岗位, 入职日期, 离职日期, 备注. "
            "Nothing is saved until you press Import."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setStyleSheet(HINT_STYLE)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_record_view(self.view)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportPreviewModel.PROBLEMS, QHeaderView.ResizeMode.Stretch)

        self.counts_label = QLabel()
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
        """The file to read, or "" (tests replace this; a file dialog cannot be driven)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the staff list"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        return path

    def read_file(self, path: str) -> None:
        """Read and check ``path`` on a worker; the preview fills in when it is done."""
        desk = self.services.desk
        self.file_label.setText(fill(self.tr("Reading %1…"), Path(path).name))
        self.error_label.hide()
        self.import_button.setEnabled(False)

        def read() -> ImportPreview:
            return read_staff_file(
                path, existing=desk.staff.list(include_inactive=True),
                post_names=[post.name for post in desk.posts.list(include_inactive=True)],
                today=desk.clock.today())

        self.services.tasks.read(read, guarded(self, self._on_file_read), guarded(self, self._on_read_failed))

    # ---- private ---------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        path = self.choose_file()
        if path:
            self.read_file(path)

    def _on_file_read(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.view.resizeRowsToContents()
        self.file_label.setText(Path(preview.path).name)
        ready, errors, skipped = len(preview.ready), len(preview.with_errors), len(preview.skipped)
        counts = self.tr("%n row(s) ready", "", ready) + self.tr(", %n with errors", "", errors)
        if skipped:
            counts += self.tr(", %n already in the staff list (skipped)", "", skipped)
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
        self.model.set_preview(None)
        self.file_label.setText(self.tr("No file chosen"))
        self.counts_label.setText("")
        self.ignored_label.setText("")
        self._show_error(explain_or_log(error, self.tr("The file could not be read; see the log."),
                                        what="reading a staff file failed"))

    def _on_buttons_accepted(self) -> None:
        actor, preview = self.services.session.actor, self.preview
        if actor is None or preview is None or not preview.ready:
            return
        store = self.services.desk.store
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.services.tasks.write(lambda: import_staff(store, actor, preview),
                                  guarded(self, self._on_imported), guarded(self, self._on_import_failed))

    def _on_imported(self, result: Done[int]) -> None:
        self.services.bus.announce(result.changes)
        self.imported.emit(result.value)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(bool(self.preview and self.preview.ready))
        self._show_error(explain_or_log(
            error, self.tr("The import failed because of an unexpected error; nothing was saved. See the log."),
            what="staff import failed"))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
