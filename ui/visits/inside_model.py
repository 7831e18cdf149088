"""Who is inside now: one row per open visit, with how long they have been here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt

from desk.clock import CenterClock, utcnow
from desk.visits.rows import VisitRow
from ui.moments import short_moment_text
from ui.record_model import SORT_ROLE, Index, RecordListModel

VISIT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's VisitRow."""

NAME, PHONE, PURPOSE, HEADCOUNT, CHECKED_IN, DURATION = range(6)


class VisitRowsModel(RecordListModel):
    """What both visit tables (inside now, the log) share: a VisitRow per row."""

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def visit_at(self, row: int) -> VisitRow:
        """The row must exist: the pages ask only for rows their view shows."""
        visit = self.record_at(row)
        if visit is None:
            raise IndexError(row)
        return visit

    @property
    def people_count(self) -> int:
        return sum(row.headcount for row in self.records())


class InsideTableModel(VisitRowsModel):
    def __init__(self, clock: CenterClock, parent: QObject | None = None,
                 now: Callable[[], datetime] = utcnow) -> None:
        super().__init__(clock, parent)
        self._now = now

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Purpose"), self.tr("People"), self.tr("Checked in"),
                self.tr("Inside for")]

    # ---- data in ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.set_records(row for row in rows if row.inside)

    def refresh_durations(self) -> None:
        """The clock moved on: redraw the "inside for" column."""
        if self.visits_count:
            self.dataChanged.emit(self.index(0, DURATION), self.index(self.visits_count - 1, DURATION))

    # ---- data out --------------------------------------------------------------------
    @property
    def visits_count(self) -> int:
        return self.rowCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: VisitRow | None = self.record_of(index)
        if row is None:
            return None
        column = index.column()
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
            return short_moment_text(self._clock, row.check_in_at, today=self._now())
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
