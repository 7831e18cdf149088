"""The tables of the three lists' other two: residents' demands (需求意向), micro-wishes
(微心愿) and the resources partner units share (共享资源)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desk.clock import CenterClock
from desk.services.lists import DemandInfo, ResourceInfo, WishInfo
from ui.record_model import Index, RecordListModel
from ui.services.labels import demand_state_label, moment_text, taker_kind_label, wish_state_label

FINISHED_COLOUR = QColor("#607d8b")


class _ClockModel(RecordListModel):
    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def row_of(self, ident: int) -> int:
        return self.row_where(lambda record: record.id == ident)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_of(index)
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.finished(record):
            return FINISHED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return getattr(record, "detail", "") or getattr(record, "description", "") or None
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError  # each list says what its columns show

    def finished(self, record: Any) -> bool:
        return False


class DemandTableModel(_ClockModel):
    TITLE, RESIDENT, STATE, TAKER, RECORDED, DONE = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Demand"), self.tr("Resident"), self.tr("State"), self.tr("Dispatched to"),
                self.tr("Recorded"), self.tr("Done")]

    def display(self, record: DemandInfo, column: int) -> str:
        if column == self.TITLE:
            return record.title
        if column == self.RESIDENT:
            return " ".join(part for part in (record.resident, record.phone_masked) if part) or "—"
        if column == self.STATE:
            return demand_state_label(record.state)
        if column == self.TAKER:
            return f"{record.taker_name}（{taker_kind_label(record.taker_kind)}）" if record.taker_name else ""
        if column == self.RECORDED:
            return moment_text(self._clock, record.created_at)
        if column == self.DONE:
            return moment_text(self._clock, record.done_at)
        return ""

    def finished(self, record: DemandInfo) -> bool:
        return record.state in ("done", "cancelled")


class WishTableModel(_ClockModel):
    TITLE, RESIDENT, STATE, CLAIMANT, PUBLISHED, FULFILLED = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Micro-wish"), self.tr("Resident"), self.tr("State"), self.tr("Claimed by"),
                self.tr("Published"), self.tr("Fulfilled")]

    def display(self, record: WishInfo, column: int) -> str:
        if column == self.TITLE:
            return record.title
        if column == self.RESIDENT:
            return record.resident or "—"
        if column == self.STATE:
            return wish_state_label(record.state)
        if column == self.CLAIMANT:
            return " ".join(part for part in (record.claimant, record.claimant_branch) if part)
        if column == self.PUBLISHED:
            return moment_text(self._clock, record.created_at)
        if column == self.FULFILLED:
            return moment_text(self._clock, record.fulfilled_at)
        return ""

    def finished(self, record: WishInfo) -> bool:
        return record.state in ("fulfilled", "withdrawn")


class ResourceTableModel(_ClockModel):
    UNIT, TITLE, CONTACT, AVAILABILITY, STATUS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Partner unit"), self.tr("Resource"), self.tr("Contact"), self.tr("Availability"),
                self.tr("Status")]

    def display(self, record: ResourceInfo, column: int) -> str:
        if column == self.UNIT:
            return record.unit
        if column == self.TITLE:
            return record.title
        if column == self.CONTACT:
            return " ".join(part for part in (record.contact, record.phone) if part)
        if column == self.AVAILABILITY:
            return record.availability
        if column == self.STATUS:
            return self.tr("Offered") if record.active else self.tr("No longer offered")
        return ""

    def finished(self, record: ResourceInfo) -> bool:
        return not record.active
