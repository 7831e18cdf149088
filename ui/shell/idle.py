"""Locking the desk after a while without anyone touching it.

``IdleWatcher`` is an application-wide event filter: any key, click, wheel or touch
restarts a single-shot timer; when it runs out the session is locked. It only runs while
someone is signed in and the desk is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from ui.session import SessionState

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Locks ``session`` after ``timeout_ms`` without input (settings: idle_lock_minutes)."""

    def __init__(self, session: SessionState, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self._on_timer_timeout)
        session.signed_in.connect(self._on_session_active)
        session.unlocked.connect(self._on_session_active)
        session.locked.connect(self._timer.stop)
        session.signed_out.connect(self._timer.stop)
        if session.actor is not None and not session.is_locked:
            self._timer.start()

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def install(self, app: QCoreApplication) -> None:
        app.installEventFilter(self)

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(int(minutes) * 60_000)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        running = self._timer.isActive()
        self._timer.setInterval(max(1, timeout_ms))
        if running:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart: someone is here
        return False

    def _on_session_active(self, *_args: object) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.session.lock()
