"""The accounts table: one row per user, for the administrator's page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from db.tables import User
from desk.clock import CenterClock
from ui.accounts.roles import role_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def as_local(moment: datetime | None, clock: CenterClock) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite may hand back naive UTC
        moment = moment.replace(tzinfo=UTC)
    return clock.local(moment)


class UserTableModel(QAbstractTableModel):
    USERNAME, NAME, ROLE, STATUS, LAST_SIGN_IN = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._users: list[User] = []

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> User | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: int) -> int:
        return next((row for row, user in enumerate(self._users) if user.id == user_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Status"),
                   self.tr("Last sign-in"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
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
                moment = as_local(user.last_login_at, self._clock)
                if role == SORT_ROLE:
                    return moment.isoformat() if moment else ""
                return moment.strftime("%Y-%m-%d %H:%M") if moment else self.tr("never")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor("#888888")
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None
