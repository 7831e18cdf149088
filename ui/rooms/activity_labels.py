"""The words and times the activity screens show for the domain's codes and moments.

Each label is a literal ``QCoreApplication.translate`` call so the extractor finds it; a
code the desk does not know yet is shown as it is rather than hidden.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk.clock import CenterClock
from desk.rooms.activity_rows import ActivityInfo, SignupRow
from ui.i18n import fill



def weekday_label(weekday: int) -> str:
    """0 = Monday."""
    names = (QCoreApplication.translate("ActivityLabels", "Mon"), QCoreApplication.translate("ActivityLabels", "Tue"),
             QCoreApplication.translate("ActivityLabels", "Wed"), QCoreApplication.translate("ActivityLabels", "Thu"),
             QCoreApplication.translate("ActivityLabels", "Fri"), QCoreApplication.translate("ActivityLabels", "Sat"),
             QCoreApplication.translate("ActivityLabels", "Sun"))
    return names[weekday]


def when_label(clock: CenterClock, starts_at: datetime, ends_at: datetime) -> str:
    """``11-16 Mon 16:30–18:00``; the end's date is shown only when it is another day."""
    start, end = clock.local(starts_at), clock.local(ends_at)
    head = f"{start:%m-%d} {weekday_label(start.weekday())} {start:%H:%M}"
    return f"{head}–{end:%H:%M}" if end.date() == start.date() else f"{head}–{end:%m-%d %H:%M}"


def places_label(activity: ActivityInfo) -> str:
    """``2 / 20``, or ``2 / no limit``."""
    if activity.capacity == 0:
        return fill(QCoreApplication.translate("ActivityLabels", "%1 / no limit"), activity.places_used)
    return f"{activity.places_used} / {activity.capacity}"


def activity_state_label(code: str) -> str:
    return {
        "open": QCoreApplication.translate("ActivityLabels", "Open"),
        "cancelled": QCoreApplication.translate("ActivityLabels", "Cancelled"),
    }.get(code, code)


def signup_state_label(row: SignupRow) -> str:
    """``Has a place``, ``Waiting no. 2`` or ``Cancelled``; the waiting number is the order of offers."""
    if row.state == "confirmed":
        return QCoreApplication.translate("ActivityLabels", "Has a place")
    if row.state == "waitlist":
        return fill(QCoreApplication.translate("ActivityLabels", "Waiting no. %1"), row.position or "?")
    if row.state == "cancelled":
        return QCoreApplication.translate("ActivityLabels", "Cancelled")
    return row.state


def source_label(code: str) -> str:
    return {
        "desk": QCoreApplication.translate("ActivityLabels", "At the desk"),
        "pass": QCoreApplication.translate("ActivityLabels", "By pass"),
        "upstream": QCoreApplication.translate("ActivityLabels", "Mini-program"),
    }.get(code, code)


def evidence_kind_label(code: str) -> str:
    return {
        "photo": QCoreApplication.translate("ActivityLabels", "Photo"),
        "minutes": QCoreApplication.translate("ActivityLabels", "Minutes"),
        "file": QCoreApplication.translate("ActivityLabels", "File"),
    }.get(code, code)


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return fill(QCoreApplication.translate("ActivityLabels", "%1 MB"), f"{size / (1024 * 1024):.1f}")
    return fill(QCoreApplication.translate("ActivityLabels", "%1 KB"), max(1, round(size / 1024)))


def hours_label(minutes: int) -> str:
    """``1.5 h``: hours as the volunteer-record rules count them."""
    hours = round(minutes / 60, 2)
    return fill(QCoreApplication.translate("ActivityLabels", "%1 h"), f"{hours:g}")
