"""What every page is given through its constructor: the desk's services and the plumbing."""

from __future__ import annotations

from dataclasses import dataclass

from desk.context import DeskContext
from ui.bus import ChangeBus
from ui.session import SessionState
from ui.tasks import TaskRunner


@dataclass
class UiServices:
    desk: DeskContext
    tasks: TaskRunner
    bus: ChangeBus
    session: SessionState
