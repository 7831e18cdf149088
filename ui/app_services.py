"""What every page is given through its constructor: the desk's services and the plumbing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.bus import ChangeBus
from ui.session import SessionState
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # importing the store stack takes most of a second: not before a window
    from desk.context import DeskContext
    from ui.sync.controller import SyncController


@dataclass
class UiServices:
    desk: "DeskContext"
    tasks: TaskRunner
    bus: ChangeBus
    session: SessionState
    sync: "SyncController | None" = None  # the background sync, once the store is open
