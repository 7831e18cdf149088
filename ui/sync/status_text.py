"""The sync state in a few plain words, for the status bar and the sync page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk.clock import CenterClock
from desk.sync.runner import RunnerStatus
from ui.i18n import fill
from ui.moments import short_moment_text


@dataclass(frozen=True)
class SyncLine:
    text: str
    tooltip: str
    warning: bool  # offline, or events the hub would not take: worth a colour


def _time(clock: CenterClock, moment: datetime | None) -> str:
    return short_moment_text(clock, moment) or QCoreApplication.translate("SyncStatus", "never")


def sync_line(enrolled: bool | None, status: RunnerStatus | None, clock: CenterClock) -> SyncLine:
    if not enrolled:
        return SyncLine(QCoreApplication.translate("SyncStatus", "Sync: not set up"),
                        QCoreApplication.translate("SyncStatus", "The connection to the city platform is not set "
                                                                 "up yet; the desk works offline."), False)
    if status is None or status.online is None:
        return SyncLine(QCoreApplication.translate("SyncStatus", "Sync: starting…"), "", False)
    last = _time(clock, status.last_success)
    if status.running:
        text = fill(QCoreApplication.translate("SyncStatus", "Sync: sending… (%1 waiting)"), status.pending)
    elif status.online and not status.last_error:
        text = (fill(QCoreApplication.translate("SyncStatus", "Sync: up to date (%1)"), last) if not status.pending
                else fill(QCoreApplication.translate("SyncStatus", "Sync: online, %1 waiting"), status.pending))
    elif status.online:
        text = QCoreApplication.translate("SyncStatus", "Sync: the city platform refused — see the sync page")
    else:
        text = fill(QCoreApplication.translate("SyncStatus", "Sync: offline, %1 waiting (last sent %2)"),
                    status.pending, last)
    if status.parked:
        text += " · " + fill(QCoreApplication.translate("SyncStatus", "%1 not accepted"), status.parked)
    tips = [fill(QCoreApplication.translate("SyncStatus", "Last sent: %1"), last)]
    if status.last_error:
        tips.append(status.last_error)
    if not status.online:
        tips.append(QCoreApplication.translate("SyncStatus", "Nothing is lost: everything recorded here is kept "
                                                             "and sent when the network is back."))
    return SyncLine(text, "\n".join(tips), bool(status.parked or status.last_error or not status.online))
