"""The shared part of every list of records: one record (a frozen dataclass) per row.

A subclass says what its columns are called (``headers()``, translated) and what each
cell shows (``data``); rows, counts, header text and finding a record live here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw values (numbers, ISO dates, ids) for a QSortFilterProxyModel.setSortRole, where the
displayed text would sort wrongly."""


class RecordListModel(QAbstractTableModel):
    """Subclasses define ``headers(self) -> list[str]``, one title per column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record_at(self, row: int) -> Any | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_where(self, matches: Callable[[Any], bool]) -> int:
        """The first row whose record matches, or -1."""
        return next((row for row, record in enumerate(self._records) if matches(record)), -1)

    def row_of(self, ident: Any) -> int:
        """The row of the record whose ``id`` is ``ident``, or -1; a list keyed otherwise
        (a date, a person) says so by overriding this."""
        return self.row_where(lambda record: record.id == ident)

    def record_of(self, index: Index) -> Any | None:
        """The record behind a cell, or None for an invalid or stale index."""
        return self.record_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers())  # type: ignore[attr-defined]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()  # type: ignore[attr-defined]
        return titles[section] if 0 <= section < len(titles) else None
