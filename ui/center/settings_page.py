"""Center & settings (administrators only): the center's details and the desk's rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from db.tables import Center
from desk.center.hours import OpeningHours
from desk.center.service import CenterForm
from desk.center.settings import LIMITS, Settings
from desk.changes import CENTER, NOTHING, PURPOSES, SETTINGS, Changes
from desk.errors import Refusal
from ui.page_writes import OK_STYLE
from ui.center.hours_editor import HoursEditor, HoursInputError
from ui.app_services import UiServices
from ui.shell.pages import guarded
from ui.shell.login import ERROR_STYLE
from ui.explain import explain_or_log


NUMBER_SETTINGS = ("idle_lock_minutes", "repeat_scan_seconds", "retention_days",
                   "resident_pass_days", "login_max_failures", "login_window_minutes")


class CenterSettingsPage(QWidget):
    """Edit the center (name, address, supervision phone, hours) and the settings."""

    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._stored: dict[str, Any] = {}

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(200)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.hours_editor = HoursEditor(OpeningHours.default())
        self.save_center_button = QPushButton(self.tr("Save center details"))
        self.center_message = QLabel()
        self.center_message.setWordWrap(True)
        center_box = QGroupBox(self.tr("Center"))
        center_form = QFormLayout(center_box)
        center_form.addRow(self.tr("Center name"), self.name_edit)
        center_form.addRow(self.tr("Address"), self.address_edit)
        center_form.addRow(self.tr("Supervision phone"), self.phone_edit)
        center_form.addRow(self.tr("Opening hours"), self.hours_editor)
        center_form.addRow(self._button_row(self.save_center_button, self.center_message))

        labels = {
            "idle_lock_minutes": self.tr("Lock the desk after this many idle minutes"),
            "repeat_scan_seconds": self.tr("A second scan within this many seconds is the same visit"),
            "retention_days": self.tr("Delete visitors' names and phones after this many days"),
            "resident_pass_days": self.tr("Resident passes are valid for this many days"),
            "login_max_failures": self.tr("Wrong passwords before sign-in must wait"),
            "login_window_minutes": self.tr("…counted over this many minutes"),
        }
        self.spin_boxes: dict[str, QSpinBox] = {}
        settings_box = QGroupBox(self.tr("Settings"))
        settings_form = QFormLayout(settings_box)
        for key in NUMBER_SETTINGS:
            spin = QSpinBox()
            low, high = LIMITS[key]
            spin.setRange(low, high)
            spin.setMaximumWidth(140)
            settings_form.addRow(labels[key], spin)
            self.spin_boxes[key] = spin
        self.auto_checkout_box = QCheckBox(self.tr("Check out everyone still inside at closing time"))
        settings_form.addRow(self.auto_checkout_box)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setMaximumWidth(240)
        settings_form.addRow(self.tr("Purpose of a resident-pass scan"), self.purpose_combo)
        self.privacy_edit = QPlainTextEdit()
        self.privacy_edit.setFixedHeight(90)
        settings_form.addRow(self.tr("Privacy notice shown to visitors"), self.privacy_edit)
        self.save_settings_button = QPushButton(self.tr("Save settings"))
        self.settings_message = QLabel()
        self.settings_message.setWordWrap(True)
        settings_form.addRow(self._button_row(self.save_settings_button, self.settings_message))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(center_box)
        column.addWidget(settings_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_center_button.clicked.connect(self._on_save_center_button_clicked)
        self.save_settings_button.clicked.connect(self._on_save_settings_button_clicked)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Center & settings")

    @staticmethod
    def _button_row(button: QPushButton, message: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button)
        row.addWidget(message, 1)
        return row

    # ---- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        desk = self.services.desk
        self.services.tasks.read(
            lambda: (desk.center.get(), desk.center.settings(), desk.visits.purposes()),
            guarded(self, self._on_loaded),
            guarded(self, lambda error: self._say(self.settings_message, self._explain(error), True)))

    def _on_loaded(self, loaded: tuple[Center | None, Settings, list]) -> None:
        center, settings, purposes = loaded
        if center is not None:
            self.name_edit.setText(center.name)
            self.address_edit.setText(center.address)
            self.phone_edit.setText(center.supervision_phone)
            self.hours_editor.set_hours(OpeningHours.from_json(center.opening_hours))
        self._stored = dict(settings.values)
        for key, spin in self.spin_boxes.items():
            spin.setValue(int(settings[key]))
        self.auto_checkout_box.setChecked(bool(settings["auto_checkout"]))
        self.purpose_combo.clear()
        for purpose in purposes:
            self.purpose_combo.addItem(purpose.label, purpose.code)
        wanted = settings["default_scan_purpose"]
        if self.purpose_combo.findData(wanted) < 0:
            self.purpose_combo.addItem(str(wanted), wanted)
        self.purpose_combo.setCurrentIndex(self.purpose_combo.findData(wanted))
        self.privacy_edit.setPlainText(str(settings["privacy_notice"]))

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(CENTER, SETTINGS, PURPOSES):
            self.reload()

    # ---- saving ----------------------------------------------------------------------
    def edited_settings(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spin_boxes.items()}
        values["auto_checkout"] = self.auto_checkout_box.isChecked()
        values["default_scan_purpose"] = self.purpose_combo.currentData()
        values["privacy_notice"] = self.privacy_edit.toPlainText()
        return {key: value for key, value in values.items() if self._stored.get(key) != value}

    def _on_save_center_button_clicked(self) -> None:
        try:
            hours = self.hours_editor.hours()
        except HoursInputError as error:
            self._say(self.center_message, str(error), True)
            return
        form = CenterForm(self.name_edit.text(), self.address_edit.text(), self.phone_edit.text(), hours)
        actor, center = self.services.session.actor, self.services.desk.center
        self._write(lambda: (center.update(actor, form).changes, None), self.center_message)

    def _on_save_settings_button_clicked(self) -> None:
        changed = self.edited_settings()
        if not changed:
            self._say(self.settings_message, self.tr("Nothing to save: no setting was changed."))
            return
        actor, center = self.services.session.actor, self.services.desk.center

        def job() -> tuple[Changes, Refusal | None]:
            changes = NOTHING
            for key, value in changed.items():  # each its own transaction, each audited
                try:
                    changes = changes | center.set_setting(actor, key, value).changes
                except Refusal as refusal:  # the ones before it stay saved, and are shown
                    return changes, refusal
            return changes, None

        self._write(job, self.settings_message)

    def _write(self, job: Callable[[], tuple[Changes, Refusal | None]], message: QLabel) -> None:
        if self.services.session.actor is None:
            return

        def done(result: tuple[Changes, Refusal | None]) -> None:
            changes, refusal = result
            self.services.bus.announce(changes)
            if refusal is None:
                self._say(message, self.tr("Saved."))
            else:
                self._say(message, self._explain(refusal), True)

        def failed(error: BaseException) -> None:
            self._say(message, self._explain(error), True)

        self.services.tasks.write(job, guarded(self, done), guarded(self, failed))

    def _explain(self, error: BaseException) -> str:
        return explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                              what="center settings")

    @staticmethod
    def _say(label: QLabel, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        label.setText(text)
