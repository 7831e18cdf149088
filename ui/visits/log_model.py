"""The visit log: today's visits or a history search, one row per visit, phones masked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.clock import CenterClock
from desk.visits.rows import VisitRow
from ui.visits.inside_model import SORT_ROLE, VISIT_ROLE

DATE, CHECKED_IN, CHECKED_OUT, NAME, PHONE, PURPOSE, HEADCOUNT, ORGANISATION, NOTES = range(9)
COLUMNS = 9
_Index = QModelIndex | QPersistentModelIndex


class VisitLogModel(QAbstractTableModel):
    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[VisitRow] = []

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def visit_at(self, row: int) -> VisitRow:
        return self._rows[row]

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    @property
    def people_count(self) -> int:
        return sum(row.headcount for row in self._rows)

    # ---- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.column_titles()
        return titles[section] if 0 <= section < len(titles) else None

    def column_titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("In"), self.tr("Out"), self.tr("Name"), self.tr("Phone"),
                self.tr("Purpose"), self.tr("People"), self.tr("Organisation"), self.tr("Notes")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == SORT_ROLE:
            if column in (DATE, CHECKED_IN):
                return row.check_in_at.timestamp()
            if column == CHECKED_OUT:
                return row.check_out_at.timestamp() if row.check_out_at else float("inf")
            if column == HEADCOUNT:
                return row.headcount
            return self.display_text(row, column)
        if role == VISIT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DATE, CHECKED_IN, CHECKED_OUT, HEADCOUNT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECKED_OUT and row.check_out_at is None:
            return QColor("#1b7a36")  # still inside: the one cell worth a glance
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTES and row.notes:
            return row.notes
        return None

    def display_text(self, row: VisitRow, column: int) -> str:
        local_in = self._clock.local(row.check_in_at)
        if column == DATE:
            return local_in.strftime("%Y-%m-%d")
        if column == CHECKED_IN:
            return local_in.strftime("%H:%M")
        if column == CHECKED_OUT:
            if row.check_out_at is None:
                return self.tr("inside")
            local_out = self._clock.local(row.check_out_at)
            same_day = local_out.date() == local_in.date()
            return local_out.strftime("%H:%M" if same_day else "%m-%d %H:%M")
        if column == NAME:
            return row.name or "—"
        if column == PHONE:
            return row.phone_masked
        if column == PURPOSE:
            return row.purpose_label
        if column == HEADCOUNT:
            return str(row.headcount)
        if column == ORGANISATION:
            return row.organisation
        if column == NOTES:
            return row.notes.replace("\n", " ")
        return ""
