"""The words the screens show for the domain's codes (statuses, channels, ratings, ...).

Each label is a literal ``QCoreApplication.translate`` call so the extractor finds it; a
code the desk does not know yet is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def status_label(code: str) -> str:
    return {
        "accepted": QCoreApplication.translate("ServiceLabels", "Accepted"),
        "in_progress": QCoreApplication.translate("ServiceLabels", "In progress"),
        "resolved": QCoreApplication.translate("ServiceLabels", "Resolved"),
    }.get(code, code)


def channel_label(code: str) -> str:
    return {
        "visit": QCoreApplication.translate("ServiceLabels", "At a visit"),
        "walk_in": QCoreApplication.translate("ServiceLabels", "Walk-in"),
        "phone": QCoreApplication.translate("ServiceLabels", "Phone"),
        "mini_program": QCoreApplication.translate("ServiceLabels", "Mini-program"),
        "other": QCoreApplication.translate("ServiceLabels", "Other"),
    }.get(code, code)


def rating_label(code: str | None) -> str:
    if not code:
        return ""
    return {
        "satisfied": QCoreApplication.translate("ServiceLabels", "Satisfied"),
        "basically_satisfied": QCoreApplication.translate("ServiceLabels", "Basically satisfied"),
        "dissatisfied": QCoreApplication.translate("ServiceLabels", "Dissatisfied"),
    }.get(code, code)


def event_label(kind: str) -> str:
    return {
        "accepted": QCoreApplication.translate("ServiceLabels", "Accepted"),
        "started": QCoreApplication.translate("ServiceLabels", "Started"),
        "note": QCoreApplication.translate("ServiceLabels", "Note"),
        "handover": QCoreApplication.translate("ServiceLabels", "Handed over"),
        "resolved": QCoreApplication.translate("ServiceLabels", "Resolved"),
        "rated": QCoreApplication.translate("ServiceLabels", "Rated"),
    }.get(kind, kind)


def origin_label(origin: str) -> str:
    return {
        "city": QCoreApplication.translate("ServiceLabels", "City standard"),
        "center": QCoreApplication.translate("ServiceLabels", "Center's own"),
    }.get(origin, origin)


def demand_state_label(state: str) -> str:
    return {
        "recorded": QCoreApplication.translate("ServiceLabels", "Recorded"),
        "dispatched": QCoreApplication.translate("ServiceLabels", "Dispatched"),
        "taken": QCoreApplication.translate("ServiceLabels", "Taken"),
        "done": QCoreApplication.translate("ServiceLabels", "Done"),
        "cancelled": QCoreApplication.translate("ServiceLabels", "Cancelled"),
    }.get(state, state)


def taker_kind_label(kind: str) -> str:
    return {
        "party_member": QCoreApplication.translate("ServiceLabels", "Party member"),
        "volunteer": QCoreApplication.translate("ServiceLabels", "Volunteer"),
        "department": QCoreApplication.translate("ServiceLabels", "Department"),
    }.get(kind, kind)


def wish_state_label(state: str) -> str:
    return {
        "published": QCoreApplication.translate("ServiceLabels", "Published"),
        "claimed": QCoreApplication.translate("ServiceLabels", "Claimed"),
        "fulfilled": QCoreApplication.translate("ServiceLabels", "Fulfilled"),
        "withdrawn": QCoreApplication.translate("ServiceLabels", "Withdrawn"),
    }.get(state, state)
