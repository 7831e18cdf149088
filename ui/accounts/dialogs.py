"""Small forms for the accounts page: a new account, a new password, a role.

Each dialog checks what it can by itself (two passwords alike), then hands itself to
``on_submit``; the page runs the service call and either closes the dialog or shows the
refusal in it (``show_error``), so what was typed is not lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ui.accounts.roles import role_choices
from ui.i18n import fill
from ui.submit_dialog import SubmitDialog

Submit = Callable[["AccountDialog"], None]


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class AccountDialog(SubmitDialog):
    """A form with OK/Cancel and an inline error line; subclasses add rows to ``form``."""

    def __init__(self, on_submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)


def _passwords_differ(first: QLineEdit, second: QLineEdit) -> str | None:
    if first.text() != second.text():
        return QCoreApplication.translate("AccountDialog", "The two passwords are not the same.")
    return None


class NewAccountDialog(AccountDialog):
    def __init__(self, on_submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.setWindowTitle(self.tr("New account"))
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.role_combo = QComboBox()
        for code, label in role_choices():
            self.role_combo.addItem(label, code)
        self.role_combo.setCurrentIndex(self.role_combo.count() - 1)  # receptionist
        self.password_edit = _password_edit()
        self.again_edit = _password_edit()
        self.form.addRow(self.tr("User name"), self.username_edit)
        self.form.addRow(self.tr("Full name"), self.name_edit)
        self.form.addRow(self.tr("Role"), self.role_combo)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.tr("Password again"), self.again_edit)

    def role(self) -> str:
        return str(self.role_combo.currentData())

    def check(self) -> str | None:
        return _passwords_differ(self.password_edit, self.again_edit)


class PasswordDialog(AccountDialog):
    def __init__(self, username: str, on_submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.setWindowTitle(fill(self.tr("New password for %1"), username))
        self.password_edit = _password_edit()
        self.again_edit = _password_edit()
        self.form.addRow(self.tr("New password"), self.password_edit)
        self.form.addRow(self.tr("Password again"), self.again_edit)

    def check(self) -> str | None:
        return _passwords_differ(self.password_edit, self.again_edit)


class RoleDialog(AccountDialog):
    def __init__(self, username: str, role: str, on_submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.setWindowTitle(fill(self.tr("Role of %1"), username))
        self.role_combo = QComboBox()
        for code, label in role_choices():
            self.role_combo.addItem(label, code)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))
        self.form.addRow(self.tr("Role"), self.role_combo)

    def role(self) -> str:
        return str(self.role_combo.currentData())
