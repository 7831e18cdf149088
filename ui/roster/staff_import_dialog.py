"""Importing the staff spreadsheet: choose the file, look at every row, import the good ones
(the dialog itself is ``ui/import_preview.py``, shared with the service list's import)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desk.roster.staff_import import ImportPreview, ImportRow, import_staff, read_staff_file
from ui.app_services import UiServices
from ui.import_preview import ImportPreviewDialog, PreviewRowsModel
from ui.roster.staff_model import kind_label


class ImportPreviewModel(PreviewRowsModel):
    """A staff file's rows as the desk would store them; skipped duplicates in grey."""

    LINE, NAME, KIND, PUBLIC_PHONE, PRIVATE_PHONE, POSTS, PROBLEMS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Name"), self.tr("Kind"), self.tr("Public phone"),
                self.tr("Private phone"), self.tr("Posts"), self.tr("Problems")]

    def cells(self, row: ImportRow) -> tuple[str, ...]:
        form, raw = row.form, row.cells
        if form is None:
            return (raw.get("name", ""), raw.get("kind", ""), raw.get("public_phone", ""),
                    raw.get("private_phone", ""), raw.get("posts", ""))
        return (form.name, kind_label(form.kind), form.public_phone, form.private_phone, raw.get("posts", ""))


class StaffImportDialog(ImportPreviewDialog):
    """Choose a staff file → preview → import the ready rows (administrators only)."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        desk = services.desk
        # QCoreApplication.translate, not self.tr: the dialog's QObject does not exist yet.

        def read(path: str) -> ImportPreview:
            return read_staff_file(
                path, existing=desk.staff.list(include_inactive=True),
                post_names=[post.name for post in desk.posts.list(include_inactive=True)],
                today=desk.clock.today())

        super().__init__(
            services, ImportPreviewModel(),
            title=QCoreApplication.translate("StaffImportDialog", "Import staff from a spreadsheet"),
            intro=QCoreApplication.translate(
                "StaffImportDialog",
                "Choose an Excel (.xlsx) or CSV file with one person per row and a 姓名 column. "
                "Other columns the desk reads: 类别, 职务, 公开电话, 私人电话, 岗位, 入职日期, 离职日期, 备注. "
                "Nothing is saved until you press Import."),
            file_prompt=QCoreApplication.translate("StaffImportDialog", "Choose the staff list"), read=read,
            write=lambda actor, preview: import_staff(desk.store, actor, preview),
            more_counts=self._skipped, what="staff import", parent=parent)

    def _skipped(self, preview: ImportPreview) -> str:
        skipped = len(preview.skipped)
        return self.tr(", %n already in the staff list (skipped)", "", skipped) if skipped else ""
