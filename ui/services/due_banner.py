"""The home page's notice of overdue and due-today requests ("3 overdue, 5 due today").

It reads both lists on a worker when built, when requests change and every minute (a
request turns overdue by the clock alone), and hides itself while there is nothing to
chase. Each count is a button that opens the requests page on that list.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.changes import REQUESTS, Changes
from ui.app_services import UiServices
from ui.shell.pages import guarded, show_page_offering

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
BANNER_STYLE = """
QFrame#dueBanner { background: #fff4d6; border: 2px solid #c77700; border-radius: 6px; }
QFrame#dueBanner[overdue="true"] { background: #fdecea; border-color: #b00020; }
QLabel#dueText { font-size: 18px; font-weight: bold; color: #2b1d00; }
QPushButton { font-size: 15px; padding: 4px 12px; }
"""


class DueRequestsBanner(QFrame):
    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.overdue_count = 0
        self.due_today_count = 0
        self.setObjectName("dueBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text_label = QLabel()
        self.text_label.setObjectName("dueText")
        self.overdue_button = QPushButton(self.tr("Show overdue"))
        self.due_today_button = QPushButton(self.tr("Show due today"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.overdue_button)
        layout.addWidget(self.due_today_button)
        self.overdue_button.clicked.connect(lambda: show_page_offering(self, "show_filter", "overdue"))
        self.due_today_button.clicked.connect(lambda: show_page_offering(self, "show_filter", "due_today"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        requests = self.services.desk.requests
        self.services.tasks.read(lambda: (len(requests.overdue()), len(requests.due_today())),
                                 guarded(self, self._on_counts_loaded), guarded(self, self._on_read_failed))

    def _on_counts_loaded(self, counts: tuple[int, int]) -> None:
        self.overdue_count, self.due_today_count = counts
        parts = []
        if self.overdue_count:
            parts.append(self.tr("⚠ %n request(s) overdue", "", self.overdue_count))
        if self.due_today_count:
            parts.append(self.tr("◷ %n due today", "", self.due_today_count))
        self.text_label.setText(self.tr(", ").join(parts))
        self.overdue_button.setVisible(bool(self.overdue_count))
        self.due_today_button.setVisible(bool(self.due_today_count))
        self.setProperty("overdue", bool(self.overdue_count))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(parts))

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(REQUESTS):
            self.refresh()

    def _on_read_failed(self, error: BaseException) -> None:
        # A failed count is not worth a dialog on the home page; the next minute tries again.
        log.warning("counting due requests failed: %s", error)
        self.hide()
