"""The desk's side of the background sync in the GUI: starts the sync thread once the desk is
enrolled, kicks it a few seconds after local changes, and relays its status to the status
bar and the sync page as a Qt signal.

The rounds run on the sync thread (``desk.sync.runner``), never on the GUI thread: the
runner calls ``_from_thread`` there, and the signal it emits is queued to the GUI thread.
The controller keeps the last rounds as a short log for the sync page.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desk.changes import SYNC, Changes
from desk.clock import utcnow
from desk.sync.runner import RunnerStatus, SyncRunner
from desk.sync.service import SyncService, open_sync
from ui.bus import ChangeBus
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desk.context import DeskContext

log = logging.getLogger(__name__)

KICK_DELAY_MS = 3_000  # local changes come in bursts (a group checking in): one round after them
LOG_LINES = 200


@dataclass(frozen=True)
class RoundLine:
    """One finished round, for the sync page's log."""

    at: datetime
    ok: bool
    pending: int
    parked: int
    error: str


class SyncController(QObject):
    status_changed = Signal(object)  # RunnerStatus
    enrolled_changed = Signal(bool)
    round_finished = Signal(object)  # RoundLine
    _relay = Signal(object)  # from the sync thread to the GUI thread

    def __init__(self, desk: "DeskContext", tasks: TaskRunner, bus: ChangeBus, parent: QObject | None = None, *,
                 transport: Any = None, interval: float | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.service: SyncService = open_sync(desk, transport=transport)
        self._interval = interval
        self.runner: SyncRunner | None = None
        self.enrolled: bool | None = None  # None until read
        self.status: RunnerStatus | None = None
        self.log: deque[RoundLine] = deque(maxlen=LOG_LINES)
        self._kick_timer = QTimer(self)
        self._kick_timer.setSingleShot(True)
        self._kick_timer.setInterval(KICK_DELAY_MS)
        self._kick_timer.timeout.connect(self.sync_now)
        self._relay.connect(self._on_status)
        bus.changes_applied.connect(self._on_bus_changes_applied)

    # ---- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        """Read whether this desk is enrolled (off the GUI thread); if so start the sync thread.
        (The long-lived objects are frozen out of the garbage collector's walks once, at
        start-up: ``ui.app.freeze_long_lived_objects``.)"""
        service, center = self.service, self.desk.center

        def read() -> tuple[bool, float]:
            enrolled = service.status().enrolled
            return enrolled, float(center.settings()["sync_interval_minutes"]) * 60

        self.tasks.read(read, self._on_enrollment_read, self._on_read_failed)

    def _on_enrollment_read(self, answer: tuple[bool, float]) -> None:
        enrolled, interval = answer
        self.enrolled = enrolled
        self.enrolled_changed.emit(enrolled)
        if enrolled and self.runner is None:
            self.runner = SyncRunner(self.service, interval=self._interval or interval, on_status=self._from_thread)
            self.runner.start()

    def _on_read_failed(self, error: BaseException) -> None:
        log.error("could not read the sync state", exc_info=error)

    def stop(self) -> None:
        """At quit: let a round under way finish (briefly), then close the connection."""
        self._kick_timer.stop()
        if self.runner is not None:
            self.runner.stop(timeout=5.0)
            self.runner = None
        else:
            self.service.close()

    # ---- asking for a round ------------------------------------------------------------
    def sync_now(self) -> None:
        if self.runner is not None:
            self.runner.kick()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(SYNC) and self.runner is None:
            self.start()  # just enrolled: start syncing
        elif changes and self.runner is not None:
            self._kick_timer.start()

    # ---- status from the sync thread ------------------------------------------------
    def _from_thread(self, status: RunnerStatus) -> None:
        self._relay.emit(status)  # queued: the slot runs on the GUI thread

    def _on_status(self, status: RunnerStatus) -> None:
        finished = self.status is not None and self.status.running and not status.running
        self.status = status
        self.status_changed.emit(status)
        if finished:
            line = RoundLine(status.last_success if not status.last_error and status.last_success else utcnow(),
                             not status.last_error, status.pending, status.parked, status.last_error)
            self.log.appendleft(line)
            self.round_finished.emit(line)
