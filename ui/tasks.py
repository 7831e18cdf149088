"""Running store calls off the GUI thread (Picard's run_task, Vorta's workers).

Writes go through one worker thread, one at a time, in the order they were asked for:
SQLite has one writer anyway, and ordering keeps "check in" before "check out". Reads run
on a small pool. Results and errors come back to the GUI thread by queued signal; workers
never touch widgets. ``synchronous=True`` runs inline, for unit tests of views.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives."""

    succeeded = Signal(object)
    """The task returned a value."""
    failed = Signal(object)
    """The task raised; the argument is the exception."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(value)


class TaskRunner(QObject):
    error_occurred = Signal(object)
    """A task failed and its caller gave no error handler; the argument is the exception."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._pending: set[_Relay] = set()

    def write(self, fn: Callable[[], Any], on_done: Callback | None = None,
              on_error: ErrorCallback | None = None) -> None:
        self._submit(self._writes, fn, on_done, on_error)

    def read(self, fn: Callable[[], Any], on_done: Callback | None = None,
             on_error: ErrorCallback | None = None) -> None:
        self._submit(self._reads, fn, on_done, on_error)

    def background(self, fn: Callable[[], Any], on_done: Callback | None = None,
                   on_error: ErrorCallback | None = None) -> None:
        """Long work that is neither a store read nor write (PDF building, decoding)."""
        self._submit(QThreadPool.globalInstance(), fn, on_done, on_error)

    def _submit(self, pool: QThreadPool, fn: Callable[[], Any], on_done: Callback | None,
                on_error: ErrorCallback | None) -> None:
        if self.synchronous:
            try:
                value = fn()
            except BaseException as error:  # noqa: BLE001
                self._fail(error, on_error)
            else:
                if on_done:
                    on_done(value)
            return
        relay = _Relay()
        self._pending.add(relay)

        def done(value: Any) -> None:
            self._pending.discard(relay)
            if on_done:
                on_done(value)

        def failed(error: BaseException) -> None:
            self._pending.discard(relay)
            self._fail(error, on_error)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        pool.start(_Job(fn, relay))

    def _fail(self, error: BaseException, on_error: ErrorCallback | None) -> None:
        if on_error is not None:
            on_error(error)
        else:
            self.error_occurred.emit(error)

    @Slot()
    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: let queued writes finish (never called on a click)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
