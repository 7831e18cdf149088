"""Records the hub would not accept (parked), with its reason: they never block the others."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from desk.clock import CenterClock
from desk.sync.service import ParkedInfo
from ui.moments import moment_text
from ui.record_model import Index, RecordListModel


class ParkedModel(RecordListModel):
    SEQ, KIND, REASON, AT = range(4)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Kind"), self.tr("Why the hub refused it"), self.tr("Since")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        parked: ParkedInfo | None = self.record_of(index)
        if parked is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(parked.seq), parked.kind, parked.reason,
                moment_text(self.clock, parked.parked_at))[index.column()]
