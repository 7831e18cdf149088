"""The lock screen: an opaque cover over the main window (Ctrl+L or idle).

It hides everything on the window, says who is signed in, and unlocks only with that
person's password (``accounts.verify_current``, on the write worker since it hashes and
records the attempt). "Sign in as someone else" signs out, which brings back the login.
"""

from __future__ import annotations


from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.accounts.actor import Actor
from ui.accounts.roles import role_label
from ui.i18n import fill
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.explain import explain_or_log


SCAN_HINT_MS = 5000
CARD_STYLE = ("QFrame#lockCard { background: palette(base); border: 1px solid #c9c9c9;"
              " border-radius: 8px; }")


class LockOverlay(QWidget):
    """Covers its parent window while the session is locked."""

    def __init__(self, services: UiServices, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.setAutoFillBackground(True)
        self.setObjectName("lockOverlay")

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setStyleSheet(CARD_STYLE)
        card.setMinimumWidth(440)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(picture)
        title = QLabel(self.tr("The desk is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(title)
        self.who_label = QLabel()
        self.who_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_label.setWordWrap(True)
        inner.addWidget(self.who_label)

        form = QFormLayout()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        form.addRow(self.tr("Password"), self.password_edit)
        inner.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        inner.addWidget(self.error_label)
        self.scan_hint_label = QLabel(
            self.tr("Unlock to scan: passes are not checked in while the desk is locked."))
        self.scan_hint_label.setWordWrap(True)
        self.scan_hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_hint_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.scan_hint_label.hide()
        inner.addWidget(self.scan_hint_label)

        buttons = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("Sign in as someone else"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self.scan_hint_label.hide)

        parent.installEventFilter(self)
        session = services.session
        session.locked.connect(self._on_session_locked)
        session.unlocked.connect(self._on_session_unlocked)
        session.signed_out.connect(self._on_session_unlocked)
        self.setVisible(session.is_locked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_scan_hint(self) -> None:
        """A pass was scanned while locked: say why nothing happened."""
        self.scan_hint_label.show()
        self._hint_timer.start(SCAN_HINT_MS)

    def _on_session_locked(self) -> None:
        actor = self.services.session.actor
        if actor is not None:
            self._show_who(actor, actor.username)
            accounts = self.services.desk.accounts
            self.services.tasks.read(
                lambda: next((u.display_name for u in accounts.users() if u.id == actor.user_id), ""),
                lambda name: self._show_who(actor, name) if name else None)
        self.password_edit.clear()
        self.error_label.hide()
        self.scan_hint_label.hide()
        self._set_busy(False)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.password_edit.setFocus()

    def _show_who(self, actor: Actor, name: str) -> None:
        self.who_label.setText(fill(self.tr("Signed in: %1 (%2)"), name, role_label(actor.role)))

    def _on_session_unlocked(self) -> None:
        self.password_edit.clear()
        self.hide()

    def _on_unlock_button_clicked(self) -> None:
        actor = self.services.session.actor
        password = self.password_edit.text()
        if actor is None or not password or not self.unlock_button.isEnabled():
            return
        self._set_busy(True)
        accounts = self.services.desk.accounts
        self.services.tasks.write(
            lambda: accounts.verify_current(actor, password),
            lambda ok: self._on_verify_done(actor, ok),
            self._on_verify_failed,
        )

    def _on_verify_done(self, actor: Actor, ok: bool) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        if ok and self.services.session.actor == actor:
            self.services.session.unlock()
            return
        self._show_error(self.tr(
            "Wrong password. After several wrong tries, wait a little before trying again."
        ))

    def _on_verify_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = explain_or_log(error, self.tr("Unlocking failed because of an unexpected error; see the log."), what="unlocking failed")
        self._show_error(message)

    def _on_switch_button_clicked(self) -> None:
        self.services.session.sign_out()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
