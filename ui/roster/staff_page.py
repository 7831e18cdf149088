"""Staff (工作人员): everyone who works at the center, found by name or pinyin initials.

Receptionists see the list (private phones masked); administrators add and edit people,
set their photos and import the center's spreadsheet. Someone who leaves gets a last
working day in the edit form and drops out of the list unless former staff are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.changes import STAFF, Changes, Done
from desk.roster.staff import StaffInfo
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import for_older_eyes, record_table
from ui.roster.staff_dialog import StaffDialog
from ui.roster.staff_import_dialog import StaffImportDialog
from ui.roster.staff_model import StaffFilterProxy, StaffTableModel
from ui.app_services import UiServices
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.shell.pages import guarded

PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff"


class StaffPage(QWidget):
    """List staff; administrators add, edit, set photos and import."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self.forms = DialogHost(after_close=lambda: self.view.setFocus())
        self._select_after_load: int | None = None

        self.model = StaffTableModel(show_private=self.is_admin, today=services.desk.clock.today(), parent=self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = for_older_eyes(record_table(self.proxy, StaffTableModel.TITLE), row_height=1.9, padding=8)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the center's own order first

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Find by name or pinyin initials, e.g. 小明 or ZXM (Ctrl+F)"))
        self.former_check = QCheckBox(self.tr("Show former staff"))
        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Find")))
        search_row.addWidget(self.search_edit, 1)
        search_row.addSpacing(16)
        search_row.addWidget(self.former_check)

        self.add_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.photo_button = QPushButton(self.tr("Photo…"))
        self.clear_photo_button = QPushButton(self.tr("Remove photo"))
        self.import_button = QPushButton(self.tr("Import…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.photo_button, self.clear_photo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        self.admin_buttons = (self.add_button, self.edit_button, self.photo_button,
                              self.clear_photo_button, self.import_button)
        for button in self.admin_buttons:
            button.setVisible(self.is_admin)  # receptionists read the list; nothing to press

        self.count_label = QLabel()
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="staff change")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        if self.is_admin:
            layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_label)

        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self.view.setFocus)
        self.former_check.toggled.connect(self._on_former_check_toggled)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        self.clear_photo_button.clicked.connect(self._on_clear_photo_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.view.activated.connect(self._on_view_activated)  # Enter or a double click
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Staff")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        keys = [("Ctrl+F", self.tr("Find a staff member by name or pinyin initials"))]
        if self.is_admin:
            keys.append(("Enter", self.tr("Edit the selected staff member")))
        return keys

    def reload(self) -> None:
        staff = self.services.desk.staff
        self.services.tasks.read(lambda: staff.list(include_inactive=True),
                                 guarded(self, self._on_staff_loaded), guarded(self, self._on_task_failed))

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def selected_person(self) -> StaffInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.person_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_person(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.view.selectRow(index.row())
                self.view.scrollTo(index)

    # ---- loading ---------------------------------------------------------------------
    def _on_staff_loaded(self, people: list[StaffInfo]) -> None:
        selected = self.selected_person()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.model.set_staff(people, self.services.desk.clock.today())
        if wanted is not None:
            self.select_person(wanted)
        self._update_count()
        self._update_buttons()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(STAFF):
            self.reload()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)  # Enter after typing a name opens that person
        self._update_count()

    def _on_former_check_toggled(self, show: bool) -> None:
        self.proxy.set_show_former(show)
        self._update_count()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(fill(self.tr("%1 of %2 people shown"), self.proxy.rowCount(),
                                      self.model.rowCount()))

    def _update_buttons(self) -> None:
        person = self.selected_person()
        for button in (self.edit_button, self.photo_button):
            button.setEnabled(person is not None)
        self.clear_photo_button.setEnabled(person is not None and person.has_photo)

    # ---- actions ---------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        self.forms.open(StaffDialog(self._on_dialog_submitted, None, self.services.desk.clock.today(), None, self))

    def _on_edit_button_clicked(self) -> None:
        person = self.selected_person()
        if person is None or not self.is_admin:
            return
        staff = self.services.desk.staff
        # The photo is read off the GUI thread; the form opens when it is there.
        self.services.tasks.read(
            lambda: staff.photo(person.id) if person.has_photo else None,
            guarded(self, lambda photo: self.forms.open(StaffDialog(
                self._on_dialog_submitted, person, self.services.desk.clock.today(), photo, self))),
            guarded(self, self._on_task_failed))

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    def choose_photo_file(self) -> str:
        """The picture to use, or "" (tests replace this; a file dialog cannot be driven)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), str(Path.home()),
                                              fill(self.tr("Pictures (%1)"), PHOTO_FILTER))
        return path

    def _on_photo_button_clicked(self) -> None:
        person, actor = self.selected_person(), self.services.session.actor
        if person is None or actor is None:
            return
        path = self.choose_photo_file()
        if not path:
            return
        staff = self.services.desk.staff
        # set_photo reads and decodes the file, so it runs on the worker, never here.
        self._write(lambda: staff.set_photo(actor, person.id, path),
                    fill(self.tr("Photo of %1 saved."), person.name))

    def _on_clear_photo_button_clicked(self) -> None:
        person, actor = self.selected_person(), self.services.session.actor
        if person is None or actor is None:
            return
        staff = self.services.desk.staff
        self._write(lambda: staff.clear_photo(actor, person.id),
                    fill(self.tr("Photo of %1 removed."), person.name))

    def _on_import_button_clicked(self) -> None:
        dialog = StaffImportDialog(self.services, self)
        dialog.imported.connect(self._on_import_dialog_imported)
        self.forms.open(dialog)

    def _on_import_dialog_imported(self, count: int) -> None:
        self._say(self.tr("%n person(s) imported.", "", count))

    def _on_dialog_submitted(self, dialog: StaffDialog) -> None:
        actor, staff, form, person = self.services.session.actor, self.services.desk.staff, dialog.form(), dialog.person
        if person is None:
            self._write(lambda: staff.create(actor, form), fill(self.tr("%1 added."), form.name.strip()), dialog)
        else:
            self._write(lambda: staff.update(actor, person.id, form),
                        fill(self.tr("%1 saved."), form.name.strip()), dialog)

    # ---- plumbing --------------------------------------------------------------------
    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: StaffDialog | None = None) -> None:
        def then(result: Done[Any]) -> None:
            if isinstance(result.value, StaffInfo):
                self._select_after_load = result.value.id  # the record just saved stays in view

        self.writes.write(job, done_text, dialog, then=then)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_task_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The staff list could not be loaded; see the log."),
                                 what="loading staff failed"), error=True)
