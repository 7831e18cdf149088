"""The bottom line of the main window: who is signed in, the time, sync, the data folder."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from db.tables import User
from desk.accounts.actor import Actor
from desk.changes import ACCOUNTS, Changes
from ui.accounts.roles import role_label
from ui.i18n import fill
from ui.app_services import UiServices
from ui.sync.status_text import sync_line


class DeskStatusBar(QStatusBar):
    """Shows the signed-in account and role, a live clock in the center's zone, the sync with
    the city hub in plain words (not set up; up to date; offline with how much is waiting
    and when it last went up; events the hub would not take), and the data folder."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setSizeGripEnabled(False)
        self.user_label = QLabel()
        self.sync_label = QLabel()
        self._show_sync()
        self.folder_label = QLabel(self.tr("Data folder"))
        folder = str(services.desk.folder)
        self.folder_label.setToolTip(fill(self.tr("Data folder: %1"), folder))
        self.clock_label = QLabel()
        self.clock_label.setMinimumWidth(self.clock_label.fontMetrics().horizontalAdvance("00:00:00 "))
        self.addWidget(self.user_label)
        self.addPermanentWidget(self.sync_label)
        self.addPermanentWidget(self.folder_label)
        self.addPermanentWidget(self.clock_label)
        self.setToolTip(fill(self.tr("Data folder: %1"), folder))

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._on_timer_timeout()

        if services.sync is not None:
            services.sync.status_changed.connect(lambda _status: self._show_sync())
            services.sync.enrolled_changed.connect(lambda _enrolled: self._show_sync())
        services.session.signed_in.connect(self._on_session_signed_in)
        services.session.signed_out.connect(self._on_session_signed_out)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        if services.session.actor is not None:
            self._on_session_signed_in(services.session.actor)

    def _on_timer_timeout(self) -> None:
        now = self.services.desk.clock.now()
        self.clock_label.setText(now.strftime("%H:%M:%S"))
        self.clock_label.setToolTip(now.strftime("%Y-%m-%d"))

    def _show_sync(self) -> None:
        sync = self.services.sync
        line = sync_line(sync.enrolled if sync else False, sync.status if sync else None, self.services.desk.clock)
        self.sync_label.setText(line.text)
        self.sync_label.setToolTip(line.tooltip)
        self.sync_label.setStyleSheet("color: #b71c1c;" if line.warning else "")

    def _on_session_signed_in(self, actor: Actor) -> None:
        self._show_user(actor, actor.username)
        self._load_display_name()

    def _on_session_signed_out(self) -> None:
        self.user_label.clear()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(ACCOUNTS) and self.services.session.actor is not None:
            self._load_display_name()

    def _load_display_name(self) -> None:
        actor = self.services.session.actor
        if actor is None:
            return
        accounts = self.services.desk.accounts
        self.services.tasks.read(
            lambda: next((u for u in accounts.users() if u.id == actor.user_id), None),
            lambda user: self._on_user_loaded(actor, user),
        )

    def _on_user_loaded(self, actor: Actor, user: User | None) -> None:
        if user is not None and self.services.session.actor == actor:
            self._show_user(actor, user.display_name or actor.username)

    def _show_user(self, actor: Actor, name: str) -> None:
        text = fill(self.tr("%1 (%2)"), name, role_label(actor.role))
        self.user_label.setText(text)
        self.user_label.setToolTip(fill(self.tr("Signed in as %1"), actor.username))
