"""The list of whereabouts statuses (administrators): add, rename, say whether a status
means "at the post" or "away (where, until when)", take one out of use.

The order is the order of the digit keys at the desk, so the dialog shows each key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desk.changes import Done
from desk.roster.whereabouts import StatusInfo
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import configure_record_view
from ui.roster.whereabouts_model import StatusTableModel
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded
from ui.page_writes import OK_STYLE


class StatusListDialog(QDialog):
    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Whereabouts statuses"))
        self.resize(620, 460)
        self.model = StatusTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_record_view(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(StatusTableModel.LABEL, QHeaderView.ResizeMode.Stretch)

        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(16)
        self.present_box = QCheckBox(self.tr("Means “at the post” (serves residents)"))
        self.away_box = QCheckBox(self.tr("Asks where to and until when"))
        self.add_button = QPushButton(self.tr("Add as new"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.active_button = QPushButton(self.tr("Take out of use"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.label_edit)
        form.addRow("", self.present_box)
        form.addRow("", self.away_box)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "The desk's keys 1–9 pick these statuses in this order. A status no longer needed is "
            "taken out of use, not deleted: today's history keeps it."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(close)

        self.present_box.toggled.connect(lambda on: on and self.away_box.setChecked(False))
        self.away_box.toggled.connect(lambda on: on and self.present_box.setChecked(False))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._select_after_load: int | None = None
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        whereabouts = self.services.desk.whereabouts
        self.services.tasks.read(lambda: whereabouts.statuses(include_inactive=True),
                                 guarded(self, self._on_statuses_loaded), guarded(self, self._on_failed))

    def selected_status(self) -> StatusInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.status_at(rows[0].row()) if rows else None

    def select_status(self, status_id: int) -> None:
        row = self.model.row_of(status_id)
        if row >= 0:
            self.view.selectRow(row)

    def _on_statuses_loaded(self, statuses: list[StatusInfo]) -> None:
        selected = self.selected_status()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.model.set_statuses(statuses)
        if wanted is not None:
            self.select_status(wanted)
        self._update_buttons()

    def _on_selection_changed(self, *_args: object) -> None:
        status = self.selected_status()
        if status is not None:
            self.label_edit.setText(status.label)
            self.present_box.setChecked(status.present)
            self.away_box.setChecked(status.away)
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self.selected_status()
        self.save_button.setEnabled(status is not None)
        self.active_button.setEnabled(status is not None)
        self.active_button.setText(self.tr("Put back in use") if status and not status.active
                                   else self.tr("Take out of use"))

    def _on_add_button_clicked(self) -> None:
        self._save(None)

    def _on_save_button_clicked(self) -> None:
        status = self.selected_status()
        if status is not None:
            self._save(status.id)

    def _save(self, status_id: int | None) -> None:
        actor, service = self.services.session.actor, self.services.desk.whereabouts
        label, present, away = self.label_edit.text(), self.present_box.isChecked(), self.away_box.isChecked()
        if actor is None:
            return
        self._write(lambda: service.save_status(actor, status_id, label, present=present, away=away),
                    fill(self.tr("Status %1 saved."), label.strip()))

    def _on_active_button_clicked(self) -> None:
        status, actor = self.selected_status(), self.services.session.actor
        if status is None or actor is None:
            return
        service, active = self.services.desk.whereabouts, not status.active
        text = fill(self.tr("%1 is offered at the desk again.") if active
                    else self.tr("%1 is no longer offered at the desk."), status.label)
        self._write(lambda: service.set_status_active(actor, status.id, active), text)

    def _write(self, job: Callable[[], Done[Any]], done_text: str) -> None:
        def done(result: Done[Any]) -> None:
            if isinstance(result.value, StatusInfo):
                self._select_after_load = result.value.id
            self._say(done_text)
            self.services.bus.announce(result.changes)
            self.reload()

        def failed(error: BaseException) -> None:
            self._say(explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                                     what="status list change"), error=True)

        self.services.tasks.write(job, guarded(self, done), guarded(self, failed))

    def _on_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The statuses could not be loaded; see the log."),
                                 what="loading statuses"), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
