"""Who is inside now: one row per open visit, with how long they have been here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk.clock import CenterClock, utcnow
from desk.visits.rows import VisitRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw values (datetimes, numbers) for QSortFilterProxyModel.setSortRole."""
VISIT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's VisitRow."""

NAME, PHONE, PURPOSE, HEADCOUNT, CHECKED_IN, DURATION = range(6)
_Index = QModelIndex | QPersistentModelIndex


def local_time_text(clock: CenterClock, moment: datetime, today: datetime | None = None) -> str:
    """09:03 today; 11-20 17:45 for an earlier day (someone left inside overnight)."""
    local = clock.local(moment)
    reference = clock.local(today or utcnow())
    if local.date() == reference.date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class InsideTableModel(QAbstractTableModel):
    def __init__(self, clock: CenterClock, parent: QObject | None = None,
                 now: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = now
        self._rows: list[VisitRow] = []

    # ---- data in ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = [row for row in rows if row.inside]
        self.endResetModel()

    def refresh_durations(self) -> None:
        """The clock moved on: redraw the "inside for" column."""
        if self._rows:
            self.dataChanged.emit(self.index(0, DURATION), self.index(len(self._rows) - 1, DURATION))

    # ---- data out --------------------------------------------------------------------
    def visit_at(self, row: int) -> VisitRow:
        return self._rows[row]

    @property
    def visits_count(self) -> int:
        return len(self._rows)

    @property
    def people_count(self) -> int:
        return sum(row.headcount for row in self._rows)

    # ---- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Phone"), self.tr("Purpose"), self.tr("People"),
                  self.tr("Checked in"), self.tr("Inside for"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == VISIT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HEADCOUNT, CHECKED_IN, DURATION):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = [part for part in (row.organisation, row.branch, row.notes) if part]
            return " · ".join(extra) or None
        return None

    def _display(self, row: VisitRow, column: int) -> str:
        if column == NAME:
            return row.name or "—"
        if column == PHONE:
            return row.phone_masked
        if column == PURPOSE:
            return row.purpose_label
        if column == HEADCOUNT:
            return str(row.headcount)
        if column == CHECKED_IN:
            return local_time_text(self._clock, row.check_in_at, self._now())
        if column == DURATION:
            return self.duration_text(self._minutes_inside(row))
        return ""

    def _sort_value(self, row: VisitRow, column: int) -> Any:
        if column == HEADCOUNT:
            return row.headcount
        if column in (CHECKED_IN, DURATION):
            return row.check_in_at.timestamp() * (1 if column == CHECKED_IN else -1)
        return self._display(row, column)

    def _minutes_inside(self, row: VisitRow) -> int:
        return max(0, int((self._now() - row.check_in_at).total_seconds() // 60))

    def duration_text(self, minutes: int) -> str:
        if minutes < 60:
            return self.tr("{m} min").format(m=minutes)
        return self.tr("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)
