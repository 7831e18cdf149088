"""Sync (与市级平台同步): where this desk stands with the city hub, in plain words.

Everyone sees whether the desk is online, how many records wait to go up, when they last
went, the last error, the rounds of this session, what the hub would not accept and the
city's notices. An administrator enrolls the desk (hub address + one-time code) and asks
the hub to look at parked records again once the city has fixed what was wrong.
Every network call runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desk.changes import SYNC, Changes, Done
from desk.sync.service import SyncStatus
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.page_actions import bind_actions
from ui.moments import moment_text
from ui.page_writes import PageWrites
from ui.record_view import configure_record_view
from ui.shell.pages import guarded
from ui.sync.controller import RoundLine
from ui.sync.parked_model import ParkedModel
from ui.sync.status_text import sync_line


class SyncPage(QWidget):
    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.sync = services.sync
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        zone = services.desk.clock.zone
        self.zone = zone

        self.state_label = QLabel()
        font = self.state_label.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        self.state_label.setFont(font)
        self.state_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.tr("Sync now (F5)"))
        self.retry_button = QPushButton(self.tr("Ask the hub to retry parked records"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)

        self.enroll_box = QGroupBox(self.tr("Connect this desk to the city platform"))
        self.hub_edit = QLineEdit()
        self.hub_edit.setPlaceholderText("https://hub.example.gov.cn")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("the one-time code from the city"))
        self.enroll_button = QPushButton(self.tr("Enroll"))
        enroll_form = QFormLayout(self.enroll_box)
        enroll_form.addRow(self.tr("Hub address"), self.hub_edit)
        enroll_form.addRow(self.tr("Enrollment code"), self.code_edit)
        enroll_form.addRow("", self.enroll_button)

        self.parked_model = ParkedModel(services.desk.clock, self)
        self.parked_view = configure_record_view(QTableView())
        self.parked_view.setModel(self.parked_model)
        self.parked_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The hub's reason is what an administrator reads: it takes the width.
        self.parked_view.horizontalHeader().setSectionResizeMode(ParkedModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.log_list = QListWidget()
        self.notices_list = QListWidget()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.writes = PageWrites(self, services, self.message_label, what="sync")

        lists = QHBoxLayout()
        for title, widget in ((self.tr("Not accepted by the hub"), self.parked_view),
                              (self.tr("This session's rounds"), self.log_list),
                              (self.tr("Notices from the city"), self.notices_list)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            lists.addWidget(box, 2 if widget is self.parked_view else 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)
        layout.addWidget(self.enroll_box)
        layout.addLayout(lists, 1)
        layout.addWidget(self.message_label)

        bind_actions(self, [(self.sync_button, QKeySequence.StandardKey.Refresh, self.sync_now)])
        self.retry_button.clicked.connect(self.retry_parked)
        self.enroll_button.clicked.connect(self.enroll)
        if self.sync is not None:
            self.sync.status_changed.connect(lambda _status: self._show_line())
            self.sync.round_finished.connect(self._on_round_finished)
            for line in reversed(self.sync.log):
                self._on_round_finished(line, reload=False)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._status: SyncStatus | None = None
        self._show_line()
        self.reload()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Sync")

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("F5", self.tr("Sync with the city platform now"))]

    # ---- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        if self.sync is None:
            return
        service = self.sync.service
        self.services.tasks.read(lambda: (service.status(), service.announcements()),
                                 guarded(self, self._on_status_read), guarded(self, self._on_failed))

    def _on_status_read(self, answer: tuple) -> None:  # noqa: ANN001
        status, notices = answer
        self._status = status
        self.parked_model.set_records(status.parked)
        self.notices_list.clear()
        for notice in notices:
            self.notices_list.addItem(f"{notice.published_at.astimezone(self.zone):%Y-%m-%d} {notice.title}")
        self._show_line()

    def _show_line(self) -> None:
        sync, status = self.sync, self._status
        enrolled = bool(status.enrolled) if status is not None else bool(sync and sync.enrolled)
        line = sync_line(enrolled, sync.status if sync else None, self.services.desk.clock)
        self.state_label.setText(line.text)
        self.state_label.setStyleSheet("color: #b71c1c;" if line.warning else "")
        self.enroll_box.setVisible(not enrolled and self.is_admin)
        self.sync_button.setEnabled(enrolled)
        self.retry_button.setVisible(self.is_admin)
        self.retry_button.setEnabled(enrolled and bool(status and status.parked))
        if status is None or not status.enrolled:
            self.detail_label.setText(line.tooltip if self.is_admin else self.tr(
                "Ask an administrator to connect this desk to the city platform."))
            return
        rows = [fill(self.tr("Hub: %1"), status.hub_url),
                fill(self.tr("This center on the hub: %1 (%2)"), status.center_name, status.center_id),
                fill(self.tr("Records waiting to go up: %1"), status.pending),
                fill(self.tr("Last attempt: %1 · last success: %2"), self._when(status.last_attempt),
                     self._when(status.last_success))]
        if status.last_error:
            rows.append(fill(self.tr("Last error: %1"), status.last_error))
        for failed in status.failed_items:
            rows.append(fill(self.tr("Could not apply from the city: %1"), failed))
        self.detail_label.setText("\n".join(rows))

    def _when(self, moment) -> str:  # noqa: ANN001
        return moment_text(self.services.desk.clock, moment, with_year=True) or self.tr("never")

    def _on_round_finished(self, line: RoundLine, reload: bool = True) -> None:
        when = f"{line.at.astimezone(self.zone):%H:%M:%S}"
        text = (fill(self.tr("%1 sent; %2 waiting"), when, line.pending) if line.ok
                else fill(self.tr("%1 failed: %2"), when, line.error))
        self.log_list.insertItem(0, text)
        if reload:
            self.reload()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(SYNC):
            self.reload()

    def _on_failed(self, error: BaseException) -> None:
        self.writes.say(explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                                       what="sync page"), error=True)

    # ---- actions ---------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.sync is not None and self.sync.runner is not None:
            self.sync.sync_now()
            self.writes.say(self.tr("Syncing now…"))

    def enroll(self) -> None:
        actor, sync = self.services.session.actor, self.sync
        if actor is None or sync is None:
            return
        hub, code = self.hub_edit.text(), self.code_edit.text()
        self.enroll_button.setEnabled(False)
        self.writes.say(self.tr("Contacting the hub…"))

        def done(result: Done) -> None:
            self.enroll_button.setEnabled(True)
            self.code_edit.clear()
            self.writes.say(fill(self.tr("Enrolled as %1. Records now go up by themselves."),
                                 result.value.center_name))
            self.services.bus.announce(result.changes)

        def failed(error: BaseException) -> None:
            self.enroll_button.setEnabled(True)
            self._on_failed(error)

        # The hub may be slow or away: the background pool, never the GUI thread or the write worker.
        self.services.tasks.background(lambda: sync.service.enroll(actor, hub, code), guarded(self, done),
                                       guarded(self, failed))

    def retry_parked(self) -> None:
        actor, sync = self.services.session.actor, self.sync
        if actor is None or sync is None:
            return

        def done(result: Done) -> None:
            self.writes.say(fill(self.tr("The hub accepted %1 parked records."), result.value))
            self.services.bus.announce(result.changes)
            self.reload()

        self.services.tasks.background(lambda: sync.service.retry_parked(actor), guarded(self, done),
                                       guarded(self, self._on_failed))
