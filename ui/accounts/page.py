"""Accounts (administrators only): who may sign in at the desk, and as what."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from db.tables import User
from desk.changes import ACCOUNTS, Changes, Done
from ui.accounts.dialogs import AccountDialog, NewAccountDialog, PasswordDialog, RoleDialog
from ui.accounts.model import SORT_ROLE, UserTableModel
from ui.i18n import fill
from ui.app_services import UiServices
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.shell.pages import guarded
from ui.explain import explain_or_log
from ui.record_view import configure_record_view




class AccountsPage(QWidget):
    """List accounts; add one, reset a password, change a role, disable or enable."""

    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.forms = DialogHost()
        self.model = UserTableModel(services.desk.clock, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(UserTableModel.USERNAME, Qt.SortOrder.AscendingOrder)
        configure_record_view(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("New account…"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="account change")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.role_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr(
            "Administrators manage accounts and settings; receptionists check visitors in and out."
        ))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Accounts")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    def reload(self) -> None:
        self.services.tasks.read(self.services.desk.accounts.users, guarded(self, self._on_users_loaded),
                                 guarded(self, self._on_task_failed))

    def selected_user(self) -> User | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user_at(self.proxy.mapToSource(rows[0]).row())

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    # ---- loading ---------------------------------------------------------------------
    def _on_users_loaded(self, users: list[User]) -> None:
        selected = self.selected_user()
        self.model.set_users(users)
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(ACCOUNTS):
            self.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.password_button, self.role_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Enable") if user and not user.active else self.tr("Disable"))

    # ---- actions ---------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        self.forms.open(NewAccountDialog(self._on_new_account_submitted, self))

    def _on_password_button_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.forms.open(PasswordDialog(user.username,
                                           lambda d, uid=user.id: self._on_password_submitted(d, uid), self))

    def _on_role_button_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.forms.open(RoleDialog(user.username, user.role,
                                       lambda d, uid=user.id: self._on_role_submitted(d, uid), self))

    def _on_active_button_clicked(self) -> None:
        user, actor = self.selected_user(), self.services.session.actor
        if user is None or actor is None:
            return
        accounts, active = self.services.desk.accounts, not user.active
        done_text = fill(self.tr("%1 can sign in again.") if active
                         else self.tr("%1 can no longer sign in."), user.username)
        self._write(lambda: accounts.update_user(actor, user.id, active=active), done_text)

    def _on_new_account_submitted(self, dialog: AccountDialog) -> None:
        assert isinstance(dialog, NewAccountDialog)
        actor, accounts = self.services.session.actor, self.services.desk.accounts
        username, name = dialog.username_edit.text(), dialog.name_edit.text()
        role, password = dialog.role(), dialog.password_edit.text()
        self._write(lambda: accounts.create_user(actor, username=username, display_name=name,
                                                 role=role, password=password),
                    fill(self.tr("Account %1 created."), username.strip()), dialog)

    def _on_password_submitted(self, dialog: AccountDialog, user_id: int) -> None:
        assert isinstance(dialog, PasswordDialog)
        actor, accounts = self.services.session.actor, self.services.desk.accounts
        password = dialog.password_edit.text()
        self._write(lambda: accounts.set_password(actor, user_id, password),
                    self.tr("The password was changed."), dialog)

    def _on_role_submitted(self, dialog: AccountDialog, user_id: int) -> None:
        assert isinstance(dialog, RoleDialog)
        actor, accounts, role = self.services.session.actor, self.services.desk.accounts, dialog.role()
        self._write(lambda: accounts.update_user(actor, user_id, role=role),
                    self.tr("The role was changed."), dialog)

    # ---- plumbing --------------------------------------------------------------------
    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: AccountDialog | None = None) -> None:
        self.writes.write(job, done_text, dialog)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_task_failed(self, error: BaseException) -> None:
        message = explain_or_log(error, self.tr("The accounts could not be loaded; see the log."), what="loading accounts failed")
        self._say(message, error=True)
