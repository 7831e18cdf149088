"""The activity's other lists: its volunteers' service hours, the period's totals per
volunteer, and the files kept as evidence that it took place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from desk.clock import CenterClock
from desk.rooms.activity_rows import EvidenceInfo, VolunteerLine, VolunteerTotal
from ui.moments import moment_text
from ui.record_model import Index, RecordListModel
from ui.rooms.activity_labels import evidence_kind_label, hours_label, size_label


class VolunteerLineModel(RecordListModel):
    """Who served at the selected activity, in which role, for how long."""

    NAME, ROLE, HOURS, NOTE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Volunteer"), self.tr("Role"), self.tr("Hours"), self.tr("Note")]

    def line_at(self, row: int) -> VolunteerLine | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line: VolunteerLine | None = self.record_of(index)
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.name, line.role, hours_label(line.minutes), line.note)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        return None


class VolunteerTotalModel(RecordListModel):
    """Hours per volunteer over the period shown (the figure the city asks for)."""

    NAME, HOURS, ACTIVITIES = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Volunteer"), self.tr("Hours in the period"), self.tr("Activities")]

    def total_at(self, row: int) -> VolunteerTotal | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        total: VolunteerTotal | None = self.record_of(index)
        if total is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (total.name, hours_label(total.minutes), str(total.activities))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class EvidenceModel(RecordListModel):
    """The activity's photos, minutes and other files (their bytes are fetched to open one)."""

    NAME, KIND, SIZE, CAPTION, ADDED = range(5)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Caption"), self.tr("Added")]

    def evidence_at(self, row: int) -> EvidenceInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: EvidenceInfo | None = self.record_of(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.file_name, evidence_kind_label(item.kind), size_label(item.size), item.caption,
                    moment_text(self._clock, item.added_at))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.media_type
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
