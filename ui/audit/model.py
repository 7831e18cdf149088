"""The audit table: one row per entry, newest first, times in the center's zone."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Qt

from db.tables import AuditEntry
from desk.accounts.actor import SYSTEM
from desk.clock import CenterClock
from ui.accounts.roles import role_label
from ui.audit.actions import action_label, entity_label
from ui.moments import as_local
from ui.record_model import SORT_ROLE, Index, RecordListModel


def user_label(username: str, user_id: int | None = None) -> str:
    """An account's user name; the desk itself (auto check-out, set-up) by its role word."""
    if user_id is None and username == SYSTEM.username:
        return role_label(SYSTEM.role)
    return username


def pretty_json(text: str | None) -> str:
    """Stored JSON, indented for reading; text that is not JSON is shown as it is."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


class AuditTableModel(RecordListModel):
    TIME, USER, ACTION, ENTITY, DETAIL = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Record"), self.tr("Detail")]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.set_records(entries)

    def entry_at(self, row: int) -> AuditEntry | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: AuditEntry | None = self.record_of(index)
        if entry is None:
            return None
        column = index.column()
        if role == SORT_ROLE and column == self.TIME:
            return entry.id or 0  # ids grow with time, and never tie
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.TIME:
                moment = as_local(entry.at, self._clock)
                return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else ""
            if column == self.USER:
                return user_label(entry.username, entry.user_id)
            if column == self.ACTION:
                return action_label(entry.action)
            if column == self.ENTITY:
                return f"{entity_label(entry.entity)} {entry.entity_id}".strip()
            if column == self.DETAIL:
                return entry.detail
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTION:
            return entry.action
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ENTITY:
            return f"{entry.entity} {entry.entity_id}".strip()
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
