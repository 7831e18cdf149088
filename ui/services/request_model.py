"""The table of service requests: what, for whom, whose, how far, when due.

Overdue rows are red and due-today rows amber, and each carries a symbol in the Due
column as well, so the difference does not rest on colour alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desk.clock import CenterClock, utcnow
from desk.services.request_rows import OPEN, RequestRow
from ui.i18n import fill
from ui.moments import moment_text
from ui.record_model import Index, RecordListModel
from ui.services.labels import channel_label, rating_label, status_label

OVERDUE_COLOUR = QColor("#b00020")
DUE_TODAY_COLOUR = QColor("#8a4b00")
OVERDUE_BACKGROUND = QColor("#fdecea")
DUE_TODAY_BACKGROUND = QColor("#fff4d6")
RESOLVED_COLOUR = QColor("#607d8b")
OVERDUE_MARK = "⚠"
DUE_TODAY_MARK = "◷"
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 1  # "overdue" | "due_today" | ""


class RequestTableModel(RecordListModel):
    ITEM, RESIDENT, PHONE, OWNER, STATUS, ACCEPTED, DUE, CHANNEL = range(8)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = utcnow()

    def headers(self) -> list[str]:
        return [self.tr("Service item"), self.tr("Resident"), self.tr("Phone"), self.tr("Owner"),
                self.tr("Status"), self.tr("Accepted"), self.tr("Due"), self.tr("Channel")]

    def set_requests(self, rows: list[RequestRow]) -> None:
        self._now = utcnow()  # "overdue" and "due today" as of this read
        self.set_records(rows)

    def request_at(self, row: int) -> RequestRow | None:
        return self.record_at(row)

    def urgency(self, request: RequestRow, now: datetime | None = None) -> str:
        if request.status not in OPEN:
            return ""
        now = now or self._now
        if request.due_at < now:
            return "overdue"
        if self._clock.local(request.due_at).date() == self._clock.local(now).date():
            return "due_today"
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request: RequestRow | None = self.record_of(index)
        if request is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(request, column)
        urgency = self.urgency(request)
        if role == Qt.ItemDataRole.ForegroundRole:
            if urgency == "overdue":
                return OVERDUE_COLOUR
            if urgency == "due_today":
                return DUE_TODAY_COLOUR
            if request.status not in OPEN:
                return RESOLVED_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"overdue": OVERDUE_BACKGROUND, "due_today": DUE_TODAY_BACKGROUND}.get(urgency)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DUE:
            if urgency == "overdue":
                return fill(self.tr("Overdue: the time limit (%1) has passed."), request.time_limit)
            if urgency == "due_today":
                return fill(self.tr("Due today (%1)."), request.time_limit)
            return request.time_limit
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ITEM:
            return f"{request.item_code} · {request.category}"
        if role == URGENCY_ROLE:
            return urgency
        if role == Qt.ItemDataRole.UserRole:
            return request.id
        return None

    def _display(self, request: RequestRow, column: int) -> str:
        if column == self.ITEM:
            return request.item_name
        if column == self.RESIDENT:
            return request.resident or "—"
        if column == self.PHONE:
            return request.phone_masked
        if column == self.OWNER:
            return request.owner_name
        if column == self.STATUS:
            status = status_label(request.status)
            return f"{status} · {rating_label(request.rating)}" if request.rating else status
        if column == self.ACCEPTED:
            return moment_text(self._clock, request.accepted_at)
        if column == self.DUE:
            when = moment_text(self._clock, request.due_at)
            mark = {"overdue": OVERDUE_MARK, "due_today": DUE_TODAY_MARK}.get(self.urgency(request))
            return f"{mark} {when}" if mark else when
        if column == self.CHANNEL:
            return channel_label(request.channel)
        return ""
