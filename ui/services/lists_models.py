"""The tables of the three lists' other two: residents' demands (需求意向), micro-wishes
(微心愿) and the resources partner units share (共享资源)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desk.clock import CenterClock
from desk.services.lists import DemandInfo, ResourceInfo, WishInfo
from ui.moments import moment_text
from ui.record_model import Index, RecordListModel
from ui.services.labels import demand_state_label, taker_kind_label, wish_state_label

FINISHED_COLOUR = QColor("#607d8b")


class _ClockModel(RecordListModel):
    """Subclasses define ``headers()`` and ``cells(record)``: the text of each column, in
    the order of the headers, as RecordListModel's subclasses define ``headers()``."""

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_of(index)
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self.cells(record)  # type: ignore[attr-defined]
            return cells[index.column()] if 0 <= index.column() < len(cells) else None
        if role == Qt.ItemDataRole.ForegroundRole and self.finished(record):
            return FINISHED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return getattr(record, "detail", "") or getattr(record, "description", "") or None
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def finished(self, record: Any) -> bool:
        return False


class DemandTableModel(_ClockModel):
    TITLE, RESIDENT, STATE, TAKER, RECORDED, DONE = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Demand"), self.tr("Resident"), self.tr("State"), self.tr("Dispatched to"),
                self.tr("Recorded"), self.tr("Done")]

    def cells(self, record: DemandInfo) -> tuple[str, ...]:
        taker = f"{record.taker_name}（{taker_kind_label(record.taker_kind)}）" if record.taker_name else ""
        return (record.title, " ".join(part for part in (record.resident, record.phone_masked) if part) or "—",
                demand_state_label(record.state), taker, moment_text(self._clock, record.created_at),
                moment_text(self._clock, record.done_at))

    def finished(self, record: DemandInfo) -> bool:
        return record.state in ("done", "cancelled")


class WishTableModel(_ClockModel):
    TITLE, RESIDENT, STATE, CLAIMANT, PUBLISHED, FULFILLED = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Micro-wish"), self.tr("Resident"), self.tr("State"), self.tr("Claimed by"),
                self.tr("Published"), self.tr("Fulfilled")]

    def cells(self, record: WishInfo) -> tuple[str, ...]:
        return (record.title, record.resident or "—", wish_state_label(record.state),
                " ".join(part for part in (record.claimant, record.claimant_branch) if part),
                moment_text(self._clock, record.created_at), moment_text(self._clock, record.fulfilled_at))

    def finished(self, record: WishInfo) -> bool:
        return record.state in ("fulfilled", "withdrawn")


class ResourceTableModel(_ClockModel):
    UNIT, TITLE, CONTACT, AVAILABILITY, STATUS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Partner unit"), self.tr("Resource"), self.tr("Contact"), self.tr("Availability"),
                self.tr("Status")]

    def cells(self, record: ResourceInfo) -> tuple[str, ...]:
        return (record.unit, record.title, " ".join(part for part in (record.contact, record.phone) if part),
                record.availability, self.tr("Offered") if record.active else self.tr("No longer offered"))

    def finished(self, record: ResourceInfo) -> bool:
        return not record.active
