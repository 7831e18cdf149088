"""The service list (服务清单): categories and items, the version it is at, the city's
changes waiting for review; import, export and the printed posters.

Receptionists read it and print it; administrators add, edit, retire and restore items
(never delete: requests name them), manage categories, import and export, and review the
city's changes to items the center has worded its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from desk.changes import POSTS, SERVICES, STAFF, Changes, Done
from desk.services.catalogue_io import ImportResult, export_catalogue
from desk.services.items import CategoryInfo, ItemInfo, VersionInfo
from ui.app_services import UiServices
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import for_older_eyes, record_table
from ui.services.catalogue_import_dialog import CatalogueImportDialog
from ui.services.catalogue_model import CatalogueFilterProxy, CatalogueTableModel, CityChangeModel
from ui.services.item_dialog import CategoryDialog, ItemDialog
from ui.services.printing import DocumentMaker
from ui.shell.pages import guarded



class CataloguePage(QWidget):
    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self.forms = DialogHost(after_close=lambda: self.view.setFocus())
        self._categories: list[CategoryInfo] = []
        self._posts: list[Any] = []
        self._select_after_load: int | None = None
        self.documents = DocumentMaker(services, self)

        self.version_label = QLabel()
        self.version_label.setStyleSheet("font-weight: bold;")
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Find by name, code or category"))
        self.category_combo = QComboBox()
        self.retired_check = QCheckBox(self.tr("Show retired items"))
        top = QHBoxLayout()
        top.addWidget(self.version_label)
        top.addSpacing(16)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.category_combo)
        top.addWidget(self.retired_check)

        self.model = CatalogueTableModel(self)
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = for_older_eyes(record_table(self.proxy, CatalogueTableModel.NAME))

        self.add_button = QPushButton(self.tr("New item…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.category_button = QPushButton(self.tr("New category…"))
        self.rename_category_button = QPushButton(self.tr("Rename category…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.size_combo = QComboBox()
        self.size_combo.addItems(["A4", "A3"])
        self.size_combo.setToolTip(self.tr("Paper size of the service list poster"))
        self.print_button = QPushButton(self.tr("Print service list…"))
        self.three_lists_button = QPushButton(self.tr("Print three lists…"))
        buttons = QHBoxLayout()
        self.admin_buttons = (self.add_button, self.edit_button, self.retire_button, self.category_button,
                              self.rename_category_button, self.import_button, self.export_button)
        for button in self.admin_buttons:
            buttons.addWidget(button)
            button.setVisible(self.is_admin)
        buttons.addStretch(1)
        for widget in (self.size_combo, self.print_button, self.three_lists_button):
            buttons.addWidget(widget)

        self.changes_model = CityChangeModel(self)
        self.changes_view = record_table(self.changes_model, CityChangeModel.CHANGES)
        self.changes_view.setMaximumHeight(150)
        self.accept_city_button = QPushButton(self.tr("Take the city's wording"))
        self.keep_ours_button = QPushButton(self.tr("Keep ours"))
        change_buttons = QHBoxLayout()
        change_buttons.addWidget(self.accept_city_button)
        change_buttons.addWidget(self.keep_ours_button)
        change_buttons.addStretch(1)
        self.changes_box = QGroupBox(self.tr("The city changed items you have edited: review them"))
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addWidget(self.changes_view)
        changes_layout.addLayout(change_buttons)
        self.changes_box.hide()

        self.count_label = QLabel()
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="service list change")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.changes_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_label)

        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.category_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.retired_check.toggled.connect(self._on_filter_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.category_button.clicked.connect(
            lambda: self.forms.open(CategoryDialog(self._on_category_submitted, None, self)))
        self.rename_category_button.clicked.connect(self._on_rename_category_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(lambda: self.documents.service_list(self.size_combo.currentText()))
        self.three_lists_button.clicked.connect(self.documents.three_lists)
        self.documents.failed.connect(lambda message: self._say(message, error=True))
        self.accept_city_button.clicked.connect(lambda: self._review(accept=True))
        self.keep_ours_button.clicked.connect(lambda: self._review(accept=False))
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.changes_view.selectionModel().selectionChanged.connect(self._update_buttons)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Service list")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("Enter", self.tr("Edit the selected service item"))] if self.is_admin else []

    # ---- public ----------------------------------------------------------------------
    def reload(self) -> None:
        desk = self.services.desk

        def read() -> tuple[Any, ...]:
            return (desk.catalogue.items(include_retired=True), desk.catalogue.categories(include_inactive=True),
                    desk.catalogue.version(), desk.posts.list(), desk.catalogue.city_changes())

        self.services.tasks.read(read, guarded(self, self._on_loaded), guarded(self, self._on_read_failed))

    def selected_item(self) -> ItemInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_item(self, item_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(item_id), 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def export_to(self, path: str) -> None:
        """Write the items in use to ``path`` (.xlsx or .csv) on a worker."""
        catalogue = self.services.desk.catalogue
        self.services.tasks.background(lambda: export_catalogue(catalogue.items(), path),
                                       guarded(self, lambda file: self._say(fill(self.tr("Exported to %1."), file))),
                                       guarded(self, self._on_write_failed))

    def choose_export_file(self) -> str:
        """Where to export, or "" (tests call ``export_to``; a file dialog cannot be driven)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the service list"),
                                              str(Path.home() / "服务清单.xlsx"),
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        return path

    # ---- loading ---------------------------------------------------------------------
    def _on_loaded(self, loaded: tuple[Any, ...]) -> None:
        items, categories, version, posts, changes = loaded
        selected = self.selected_item()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self._categories, self._posts = categories, posts
        self._fill_categories(categories)
        self.model.set_records(items)
        self.changes_model.set_records(changes)
        self.changes_box.setVisible(bool(changes) and self.is_admin)
        self._show_version(version)
        if wanted is not None:
            self.select_item(wanted)
        self._show_count()
        self._update_buttons()

    def _fill_categories(self, categories: list[CategoryInfo]) -> None:
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in categories:
            text = category.name if category.active else fill(self.tr("%1 (not used)"), category.name)
            self.category_combo.addItem(text, category.id)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self.category_combo.blockSignals(False)
        self.proxy.set_category(self.category_combo.currentData())

    def _show_version(self, version: VersionInfo | None) -> None:
        if version is None:
            self.version_label.setText(self.tr("No service list yet"))
        else:
            self.version_label.setText(fill(self.tr("Version %1 of %2"), version.number, version.made_on.isoformat()))
            self.version_label.setToolTip(fill(self.tr("Last change by %1: %2"), version.by, version.note))

    def _show_count(self) -> None:
        in_use = sum(1 for item in self.model.records() if item.active)
        self.count_label.setText(fill(self.tr("%1 items shown; %2 in use"), self.proxy.rowCount(), in_use))

    def _on_filter_changed(self, *_args: object) -> None:
        self.proxy.set_search(self.search_edit.text())
        self.proxy.set_category(self.category_combo.currentData())
        self.proxy.set_show_retired(self.retired_check.isChecked())
        self._show_count()
        self._update_buttons()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(SERVICES, POSTS, STAFF):  # A/B names come from the posts
            self.reload()

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.retire_button.setEnabled(item is not None)
        self.retire_button.setText(self.tr("Restore") if item and not item.active else self.tr("Retire"))
        self.rename_category_button.setEnabled(self.category_combo.currentData() is not None)
        has_change = bool(self.changes_view.selectionModel().selectedRows()) or self.changes_model.rowCount() == 1
        self.accept_city_button.setEnabled(has_change)
        self.keep_ours_button.setEnabled(has_change)

    # ---- actions ---------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        dialog = ItemDialog(self._on_item_submitted, None, [c for c in self._categories if c.active], self._posts, self)
        if self.category_combo.currentData() is not None:
            dialog.choose_category(self.category_combo.currentData())
        self.forms.open(dialog)

    def _on_edit_button_clicked(self) -> None:
        item = self.selected_item()
        if item is not None and self.is_admin:
            categories = [c for c in self._categories if c.active or c.id == item.category_id]
            self.forms.open(ItemDialog(self._on_item_submitted, item, categories, self._posts, self))

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    def _on_retire_button_clicked(self) -> None:
        item, actor = self.selected_item(), self.services.session.actor
        if item is None or actor is None:
            return
        catalogue = self.services.desk.catalogue
        if item.active:
            self._write(lambda: catalogue.retire_item(actor, item.id),
                        fill(self.tr("%1 retired: it leaves the list; its requests keep running."), item.name))
        else:
            self._write(lambda: catalogue.restore_item(actor, item.id), fill(self.tr("%1 is in use again."), item.name))

    def _on_rename_category_clicked(self) -> None:
        category = next((c for c in self._categories if c.id == self.category_combo.currentData()), None)
        if category is not None:
            self.forms.open(CategoryDialog(self._on_category_submitted, category, self))

    def _on_item_submitted(self, dialog: ItemDialog) -> None:
        actor, catalogue, form, item = self.services.session.actor, self.services.desk.catalogue, dialog.form(), dialog.item
        item_id = item.id if item else None
        self._write(lambda: catalogue.save_item(actor, form, item_id=item_id),
                    fill(self.tr("%1 saved."), form.name.strip()), dialog)

    def _on_category_submitted(self, dialog: CategoryDialog) -> None:
        actor, catalogue, name = self.services.session.actor, self.services.desk.catalogue, dialog.name()
        category_id = dialog.category.id if dialog.category else None
        self._write(lambda: catalogue.save_category(actor, name, category_id=category_id),
                    fill(self.tr("Category %1 saved."), name.strip()), dialog)

    def _on_import_button_clicked(self) -> None:
        dialog = CatalogueImportDialog(self.services, self)
        dialog.imported.connect(self._on_import_dialog_imported)
        self.forms.open(dialog)

    def _on_import_dialog_imported(self, result: ImportResult) -> None:
        self._say(fill(self.tr("Imported: %1 added, %2 updated (version %3)."), result.added, result.updated,
                       result.version))

    def _on_export_button_clicked(self) -> None:
        path = self.choose_export_file()
        if path:
            self.export_to(path)

    def _review(self, *, accept: bool) -> None:
        rows = self.changes_view.selectionModel().selectedRows()
        item = self.changes_model.item_at(rows[0].row() if rows else 0)
        actor = self.services.session.actor
        if item is None or actor is None:
            return
        catalogue = self.services.desk.catalogue
        text = self.tr("%1: the city's wording taken.") if accept else self.tr("%1: our wording kept.")
        self._write(lambda: catalogue.review_city_change(actor, item.id, accept=accept), fill(text, item.name))

    # ---- plumbing --------------------------------------------------------------------
    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: Any = None) -> None:
        def then(result: Done[Any]) -> None:
            if isinstance(result.value, ItemInfo):
                self._select_after_load = result.value.id  # the record just saved stays in view

        self.writes.write(job, done_text, dialog, then=then)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_read_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The service list could not be loaded; see the log."),
                                 what="loading the service list failed"), error=True)

    def _on_write_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                                 what="service list export failed"), error=True)
