"""Records the hub would not accept (parked), with its reason: they never block the others."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from desk.sync.service import ParkedInfo
from ui.record_model import Index, RecordListModel


class ParkedModel(RecordListModel):
    SEQ, KIND, REASON, AT = range(4)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Kind"), self.tr("Why the hub refused it"), self.tr("Since")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        parked: ParkedInfo | None = self.record_of(index)
        if parked is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(parked.seq), parked.kind, parked.reason,
                f"{parked.parked_at.astimezone(self.zone):%m-%d %H:%M}")[index.column()]
