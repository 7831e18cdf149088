"""Who is signed in, and whether the desk is locked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk.accounts.actor import Actor


class SessionState(QObject):
    signed_in = Signal(object)
    """Someone signed in; the argument is their ``Actor``."""
    signed_out = Signal()
    """The account signed out."""
    locked = Signal()
    """The screen was locked (Ctrl+L or idle)."""
    unlocked = Signal()
    """The same account unlocked the screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor: Actor | None = None
        self._locked = False

    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def is_locked(self) -> bool:
        return self._locked

    def sign_in(self, actor: Actor) -> None:
        self._actor, self._locked = actor, False
        self.signed_in.emit(actor)

    def sign_out(self) -> None:
        self._actor, self._locked = None, False
        self.signed_out.emit()

    def lock(self) -> None:
        if self._actor is not None and not self._locked:
            self._locked = True
            self.locked.emit()

    def unlock(self) -> None:
        if self._locked:
            self._locked = False
            self.unlocked.emit()
