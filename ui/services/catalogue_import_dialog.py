"""Importing the service list from a spreadsheet: choose the file, see every row with its
problems, import the ready ones, all together or none (the dialog itself is
``ui/import_preview.py``, shared with the staff import)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desk.services.catalogue_io import CataloguePreview, CatalogueRow, duplicate_codes, import_catalogue, read_catalogue_file
from ui.app_services import UiServices
from ui.i18n import fill
from ui.import_preview import ImportPreviewDialog, PreviewRowsModel


class CataloguePreviewModel(PreviewRowsModel):
    """A service list file's rows as the desk would store them."""

    LINE, CODE, NAME, CATEGORY, LIMIT, POST, PROBLEMS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Code"), self.tr("Name"), self.tr("Category"), self.tr("Time limit"),
                self.tr("Post"), self.tr("Problems")]

    def cells(self, row: CatalogueRow) -> tuple[str, ...]:
        form, raw = row.form, row.cells
        return (form.code if form else raw.get("code", ""), form.name if form else raw.get("name", ""),
                raw.get("category", ""), form.time_limit if form else raw.get("time_limit", ""),
                raw.get("post", ""))


class CatalogueImportDialog(ImportPreviewDialog):
    """Choose a service list file → preview → import the ready rows (administrators only)."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        desk = services.desk
        # QCoreApplication.translate, not self.tr: the dialog's QObject does not exist yet.

        def read(path: str) -> CataloguePreview:
            categories = {c.name: c.id for c in desk.catalogue.categories()}
            posts = {p.name: p.id for p in desk.posts.list()}
            codes = [item.code for item in desk.catalogue.items(include_retired=True)]
            return read_catalogue_file(path, categories=categories, posts=posts, existing_codes=codes)

        super().__init__(
            services, CataloguePreviewModel(),
            title=QCoreApplication.translate("CatalogueImportDialog", "Import the service list from a spreadsheet"),
            intro=QCoreApplication.translate(
                "CatalogueImportDialog",
                "Choose an Excel (.xlsx) or CSV file with one item per row and the columns 编码 and 事项名称. "
                "Other columns the desk reads: 类别, 事项说明, 服务对象, 所需材料, 办理流程, 办理时限, 责任岗位, "
                "办理地点, 办理时间, 收费标准. A code already in the list updates that item. Nothing is saved "
                "until you press Import."),
            file_prompt=QCoreApplication.translate("CatalogueImportDialog", "Choose the service list"), read=read,
            write=lambda actor, preview: import_catalogue(desk.store, desk.clock, actor, preview),
            more_counts=self._duplicates, what="service list import", parent=parent)

    def _duplicates(self, preview: CataloguePreview) -> str:
        codes = duplicate_codes(preview)
        return fill(self.tr(". Codes used twice: %1"), "、".join(codes)) if codes else ""
