"""The one place a service call's changes are announced; every view listens and decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk.changes import Changes


class ChangeBus(QObject):
    changes_applied = Signal(object)
    """A service call committed; the argument is its ``desk.changes.Changes``."""

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changes_applied.emit(changes)
