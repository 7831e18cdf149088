"""First run: the center, then its first administrator, saved together in one transaction.

Each page checks what was typed with the domain's own rules before moving on (cheap,
pure functions); Finish sends everything to ``center.set_up`` on the write worker. If the
service refuses, the reason is shown on the page and nothing was changed.
"""

from __future__ import annotations


from PySide6.QtWidgets import (
    QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from desk.accounts.passwords import validate_new_password
from desk.accounts.service import validate_username
from desk.center.hours import OpeningHours
from desk.center.service import CenterForm
from desk.changes import Done
from desk.errors import Refusal
from desk.text import clean_text, validate_phone
from ui.center.hours_editor import HoursEditor, HoursInputError
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.explain import explain, explain_or_log


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class CenterDetailsPage(QWizardPage):
    """The center: name, address, supervision phone, opening hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your center"))
        self.setSubTitle(self.tr(
            "These details appear on the duty sheet, on passes and in the window title. "
            "They can be changed later under Center & settings."
        ))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. Xingfu Community Party-Mass Service Center"))
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(200)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 010-12345678"))
        self.hours_editor = HoursEditor(OpeningHours.default())
        form = QFormLayout()
        form.addRow(self.tr("Center name"), self.name_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Supervision phone"), self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Opening hours (an empty line means closed):")))
        layout.addWidget(self.hours_editor)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)

    def form(self) -> CenterForm:
        """What was typed, checked; raises ``Refusal`` or ``HoursInputError``."""
        clean_text(self.name_edit.text(), field="Center name", max_length=100, required=True)
        clean_text(self.address_edit.text(), field="Address", max_length=200)
        validate_phone(self.phone_edit.text(), required=True, field="Supervision phone")
        return CenterForm(self.name_edit.text(), self.address_edit.text(),
                          self.phone_edit.text(), self.hours_editor.hours())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.form()
        except HoursInputError as error:
            return self._refuse(str(error))
        except Refusal as refusal:
            return self._refuse(explain(refusal) or str(refusal))
        self.error_label.hide()
        return True

    def _refuse(self, message: str) -> bool:
        self.error_label.setText(message)
        self.error_label.show()
        return False


class AdministratorPage(QWizardPage):
    """The first administrator account."""

    def __init__(self, wizard: "CenterWizard") -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr(
            "The administrator adds the receptionists' accounts, changes settings and reads "
            "the audit log. Keep this password safe."
        ))
        self.username_edit = QLineEdit("admin")
        self.username_edit.setMaxLength(32)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.again_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 8 characters. User names use letters, digits, dots, dashes."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        self.created = False

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.created:
            return True
        try:
            validate_username(self.username_edit.text())
            clean_text(self.name_edit.text(), field="Name", max_length=64, required=True)
            if self.password_edit.text() != self.again_edit.text():
                self.show_error(self.tr("The two passwords are not the same."))
                return False
            validate_new_password(self.password_edit.text())
        except Refusal as refusal:
            self.show_error(explain(refusal) or str(refusal))
            return False
        self.error_label.hide()
        self._wizard.submit()
        return self.created  # True at once when tasks run inline (tests)


class CenterWizard(QWizard):
    """Sets up the center and its first administrator; accepted once both are saved."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Set up the desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(640, 640)
        self.center_page = CenterDetailsPage(self)
        self.admin_page = AdministratorPage(self)
        self.addPage(self.center_page)
        self.addPage(self.admin_page)
        self._busy = False
        self._in_submit = False  # inside submit(): a synchronous callback must not accept()

    def admin_username(self) -> str:
        return self.admin_page.username_edit.text().strip()

    def submit(self) -> None:
        if self._busy:
            return
        try:
            form = self.center_page.form()
        except (Refusal, HoursInputError):
            self.back()  # the center page explains it
            return
        page = self.admin_page
        username, name = page.username_edit.text(), page.name_edit.text()
        password = page.password_edit.text()
        center = self.services.desk.center
        self._set_busy(True)
        self._in_submit = True
        try:
            self.services.tasks.write(
                lambda: center.set_up(form, admin_username=username, admin_name=name,
                                      admin_password=password),
                self._on_set_up_done,
                self._on_set_up_failed,
            )
        finally:
            self._in_submit = False

    def _on_set_up_done(self, done: Done) -> None:
        self._set_busy(False)
        self.admin_page.created = True
        self.services.bus.announce(done.changes)
        if not self._in_submit:
            self.accept()  # validatePage now says yes, so the wizard closes

    def _on_set_up_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = explain_or_log(error, self.tr("Setting up failed because of an unexpected error; see the log."), what="setting up failed")
        self.admin_page.show_error(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
