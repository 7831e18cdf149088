"""The visit log: today's visits or a history search, one row per visit, phones masked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk.visits.rows import VisitRow
from ui.moments import short_moment_text, time_text
from ui.record_model import SORT_ROLE, Index
from ui.visits.inside_model import VISIT_ROLE, VisitRowsModel

DATE, CHECKED_IN, CHECKED_OUT, NAME, PHONE, PURPOSE, HEADCOUNT, ORGANISATION, NOTES = range(9)


class VisitLogModel(VisitRowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("In"), self.tr("Out"), self.tr("Name"), self.tr("Phone"),
                self.tr("Purpose"), self.tr("People"), self.tr("Organisation"), self.tr("Notes")]

    def column_titles(self) -> list[str]:
        """The export's titles: the table's own."""
        return self.headers()

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.set_records(rows)

    def rows(self) -> list[VisitRow]:
        return self.records()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: VisitRow | None = self.record_of(index)
        if row is None:
            return None
        column = index.column()
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
        if column == DATE:
            return self._clock.local(row.check_in_at).strftime("%Y-%m-%d")
        if column == CHECKED_IN:
            return time_text(self._clock, row.check_in_at)
        if column == CHECKED_OUT:
            if row.check_out_at is None:
                return self.tr("inside")
            return short_moment_text(self._clock, row.check_out_at, today=row.check_in_at)  # the date if overnight
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
