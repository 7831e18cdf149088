"""Signing in: user name and password, checked on the write worker (argon2 is slow)."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.accounts.actor import Actor
from ui.app_services import UiServices
from ui.explain import explain_or_log


ERROR_STYLE = "color: #b00020;"


class LoginDialog(QDialog):
    """Accepted once ``session.sign_in`` has been called with the account; rejected = quit."""

    def __init__(self, services: UiServices, *, center_name: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Sign in — Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        heading = QLabel(center_name or self.tr("Party-Mass Service Center front desk"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if center_name:
            subtitle = QLabel(self.tr("Party-Mass Service Center front desk"))
            subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
            subtitle.setStyleSheet("color: #666666;")
            layout.addWidget(subtitle)

        form = QFormLayout()
        self.username_edit = QLineEdit(username)
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    def _on_sign_in_button_clicked(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._show_error(self.tr("Type your user name and password."))
            return
        self._set_busy(True)
        services = self.services
        # Looked up on the write worker: the sign-in window may be up before the store is
        # open, and the opening job runs first on that same queue.
        self.services.tasks.write(
            lambda: services.desk.accounts.sign_in(username, password),
            self._on_sign_in_done,
            self._on_sign_in_failed,
        )

    def _on_sign_in_done(self, actor: Actor) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.error_label.hide()
        self.services.session.sign_in(actor)
        self.accept()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = explain_or_log(error, self.tr("Signing in failed because of an unexpected error; see the log."), what="sign-in failed")
        self._show_error(message)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
