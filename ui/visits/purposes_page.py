"""Visit purposes (administrators only): what the walk-in form offers, in which order, and
which fields each purpose requires, offers or hides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desk.changes import PURPOSES, Changes, Done
from desk.visits.purposes import PurposeInfo
from ui.i18n import fill
from ui.app_services import UiServices
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.shell.pages import guarded
from ui.visits.purpose_dialog import PurposeDialog
from ui.visits.purpose_model import PurposeTableModel
from ui.explain import explain_or_log
from ui.record_view import configure_record_view




class PurposesPage(QWidget):
    """List purposes; add, edit, deactivate or activate, and reorder them."""

    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.forms = DialogHost()
        self._select_after_load: int | None = None  # a purpose just added or moved
        self.model = PurposeTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_record_view(self.view)
        self.view.setStyleSheet("QTableView::item { padding: 0 8px; }")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the four rule columns share
        for column in (PurposeTableModel.LABEL, PurposeTableModel.CODE, PurposeTableModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("New purpose…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="purpose change")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addSpacing(24)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        heading = QLabel(self.tr(
            "The walk-in form offers these purposes in this order. Each one says which fields are "
            "required, optional or hidden. A purpose no longer needed is deactivated, not deleted: "
            "its past visits keep it."
        ))
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(up=True))
        self.down_button.clicked.connect(lambda: self._move(up=False))
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Visit purposes")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    def reload(self) -> None:
        self.services.tasks.read(self.services.desk.purposes.list, guarded(self, self._on_purposes_loaded),
                                 guarded(self, self._on_task_failed))

    def selected_purpose(self) -> PurposeInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.purpose_at(rows[0].row()) if rows else None

    def select_purpose(self, purpose_id: int) -> None:
        row = self.model.row_of(purpose_id)
        if row >= 0:
            self.view.selectRow(row)

    # ---- loading ---------------------------------------------------------------------
    def _on_purposes_loaded(self, purposes: list[PurposeInfo]) -> None:
        selected = self.selected_purpose()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.model.set_purposes(purposes)
        if wanted is not None:
            self.select_purpose(wanted)
            self.view.scrollTo(self.view.currentIndex())
        self._update_buttons()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(PURPOSES):
            self.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        purpose = self.selected_purpose()
        row = self.model.row_of(purpose.id) if purpose else -1
        self.edit_button.setEnabled(purpose is not None)
        self.active_button.setEnabled(purpose is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.active_button.setText(self.tr("Activate") if purpose and not purpose.active
                                   else self.tr("Deactivate"))

    # ---- actions ---------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        self.forms.open(PurposeDialog(self._on_dialog_submitted, None, self))

    def _on_edit_button_clicked(self) -> None:
        purpose = self.selected_purpose()
        if purpose is not None:
            self.forms.open(PurposeDialog(self._on_dialog_submitted, purpose, self))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        purpose = self.model.purpose_at(index.row())
        if purpose is not None:
            self.forms.open(PurposeDialog(self._on_dialog_submitted, purpose, self))

    def _on_active_button_clicked(self) -> None:
        purpose, actor = self.selected_purpose(), self.services.session.actor
        if purpose is None or actor is None:
            return
        admin, active = self.services.desk.purposes, not purpose.active
        done_text = fill(self.tr("%1 is offered on the walk-in form again.") if active
                         else self.tr("%1 is no longer offered on the walk-in form; its past visits keep it."),
                         purpose.label)
        self._write(lambda: admin.update(actor, purpose.id, active=active), done_text)

    def _move(self, *, up: bool) -> None:
        purpose, actor = self.selected_purpose(), self.services.session.actor
        if purpose is None or actor is None:
            return
        admin = self.services.desk.purposes
        self._write(lambda: admin.move(actor, purpose.id, up), "")

    def _on_dialog_submitted(self, dialog: PurposeDialog) -> None:
        actor, admin = self.services.session.actor, self.services.desk.purposes
        label, rules, purpose = dialog.label(), dialog.rules(), dialog.purpose
        if purpose is None:
            self._write(lambda: admin.create(actor, label=label, rules=rules),
                        fill(self.tr("Purpose %1 added."), label.strip()), dialog)
        else:
            self._write(lambda: admin.update(actor, purpose.id, label=label, rules=rules),
                        fill(self.tr("Purpose %1 saved."), label.strip()), dialog)

    # ---- plumbing --------------------------------------------------------------------
    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: PurposeDialog | None = None) -> None:
        def then(result: Done[Any]) -> None:
            if isinstance(result.value, PurposeInfo) and result.changes:
                self._select_after_load = result.value.id  # a new or moved purpose stays in view

        self.writes.write(job, done_text, dialog, then=then)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_task_failed(self, error: BaseException) -> None:
        message = explain_or_log(error, self.tr("The purposes could not be loaded; see the log."), what="loading purposes failed")
        self._say(message, error=True)
