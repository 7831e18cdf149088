"""The accounts table: one row per user, for the administrator's page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from db.tables import User
from desk.clock import CenterClock
from ui.accounts.roles import role_label
from ui.moments import as_local, moment_text
from ui.record_model import SORT_ROLE, Index, RecordListModel


class UserTableModel(RecordListModel):
    USERNAME, NAME, ROLE, STATUS, LAST_SIGN_IN = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Last sign-in")]

    def set_users(self, users: list[User]) -> None:
        self.set_records(users)

    def user_at(self, row: int) -> User | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user: User | None = self.record_of(index)
        if user is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.USERNAME:
                return user.username
            if column == self.NAME:
                return user.display_name
            if column == self.ROLE:
                return role_label(user.role)
            if column == self.STATUS:
                return self.tr("Active") if user.active else self.tr("Disabled")
            if column == self.LAST_SIGN_IN:
                if role == SORT_ROLE:
                    moment = as_local(user.last_login_at, self._clock)
                    return moment.isoformat() if moment else ""
                return moment_text(self._clock, user.last_login_at, with_year=True) or self.tr("never")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor("#888888")
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None
