"""Services at check-in: "Services for 张三… (F4)" opens requests for the visitor just
checked in, in the same step, and offers the resident's receipt."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services.request_rows import RequestRow
from desk.visits.rows import VisitRow
from ui.app_services import UiServices
from ui.i18n import fill
from ui.services.request_opener import RequestOpener
from ui.shell.login import ERROR_STYLE


class CheckInServices(QWidget):
    """The button beside the inside list, and a line saying what was opened."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit: VisitRow | None = None
        self.opener = RequestOpener(services, self)
        self.button = QPushButton(self.tr("Services… (F4)"))
        self.button.setEnabled(False)
        self.button.setToolTip(self.tr("Open service requests for the visitor checked in last"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status_label, 1)
        self.button.clicked.connect(self.open_dialog)
        self.opener.requests_opened.connect(self._on_requests_opened)
        self.opener.failed.connect(self._say_error)
        self.opener.documents.failed.connect(self._say_error)

    def set_visit(self, visit: VisitRow) -> None:
        """The visitor just checked in: their requests are opened against this visit."""
        self.visit = visit
        self.button.setEnabled(True)
        self.button.setText(fill(self.tr("Services for %1… (F4)"), visit.name) if visit.name
                            else self.tr("Services… (F4)"))
        self.status_label.clear()

    def open_dialog(self) -> None:
        if self.visit is not None:
            self.opener.open_dialog(self.visit)

    def _on_requests_opened(self, rows: tuple[RequestRow, ...]) -> None:
        self.status_label.setStyleSheet("color: #1b5e20;")
        self.status_label.setText(fill(self.tr("Opened: %1"), "、".join(
            f"{row.item_name}（{row.owner_name}）" for row in rows)))

    def _say_error(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
