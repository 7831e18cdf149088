"""A booking in words for the rooms page's side pane: who, when, its state, and its history."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desk.rooms.bookings import HistoryLine
from desk.rooms.records import CANCELLED, CONFIRMED, PENDING, REJECTED, RELEASED, RESIDENT, BookingInfo
from ui.i18n import fill


def state_label(state: str) -> str:
    return {
        PENDING: QCoreApplication.translate("BookingDetail", "Waiting for approval"),
        CONFIRMED: QCoreApplication.translate("BookingDetail", "Confirmed"),
        REJECTED: QCoreApplication.translate("BookingDetail", "Rejected"),
        CANCELLED: QCoreApplication.translate("BookingDetail", "Cancelled"),
        RELEASED: QCoreApplication.translate("BookingDetail", "Released (nobody came)"),
    }.get(state, state)


def action_label(action: str) -> str:
    name = action.removeprefix("booking.")
    return {
        "create": QCoreApplication.translate("BookingDetail", "booked"),
        "import": QCoreApplication.translate("BookingDetail", "came from the city mini-program"),
        "edit": QCoreApplication.translate("BookingDetail", "details corrected"),
        "move": QCoreApplication.translate("BookingDetail", "moved"),
        "cancel": QCoreApplication.translate("BookingDetail", "cancelled"),
        "approve": QCoreApplication.translate("BookingDetail", "approved"),
        "reject": QCoreApplication.translate("BookingDetail", "rejected"),
        "release": QCoreApplication.translate("BookingDetail", "released: nobody checked in"),
        "check_in": QCoreApplication.translate("BookingDetail", "checked in"),
        "pass": QCoreApplication.translate("BookingDetail", "booking pass issued"),
    }.get(name, name)


def booking_text(zone: ZoneInfo, booking: BookingInfo, history: list[HistoryLine]) -> str:
    start, end = booking.starts_at.astimezone(zone), booking.ends_at.astimezone(zone)
    booker = (QCoreApplication.translate("BookingDetail", "resident") if booking.booker_kind == RESIDENT
              else QCoreApplication.translate("BookingDetail", "group"))
    lines = [
        booking.title,
        f"{booking.room_name} · {start:%Y-%m-%d %H:%M}–{end:%H:%M}",
        fill(QCoreApplication.translate("BookingDetail", "Booked by: %1 (%2)"), booking.booker_name, booker),
        fill(QCoreApplication.translate("BookingDetail", "Contact: %1 %2"), booking.contact_name or "—",
             booking.contact_phone),
        fill(QCoreApplication.translate("BookingDetail", "People: %1"), booking.headcount),
        fill(QCoreApplication.translate("BookingDetail", "State: %1"), state_label(booking.state)),
    ]
    if booking.purpose:
        lines.append(fill(QCoreApplication.translate("BookingDetail", "Purpose: %1"), booking.purpose))
    if booking.state_reason:
        lines.append(fill(QCoreApplication.translate("BookingDetail", "Reason: %1"), booking.state_reason))
    if booking.checked_in_at is not None:
        lines.append(fill(QCoreApplication.translate("BookingDetail", "Checked in at %1, %2 people came"),
                          f"{booking.checked_in_at.astimezone(zone):%H:%M}", booking.attendance or 0))
    if booking.series_id is not None:
        lines.append(QCoreApplication.translate("BookingDetail", "Part of a repeating booking"))
    if booking.source != "desk":
        lines.append(QCoreApplication.translate("BookingDetail", "Booked in the city mini-program"))
    if booking.override_reason:
        lines.append(fill(QCoreApplication.translate("BookingDetail", "Booked over a clash or closure: %1"),
                          booking.override_reason))
    if history:
        lines += ["", QCoreApplication.translate("BookingDetail", "History")]
        for line in history:
            text = f"{line.at.astimezone(zone):%m-%d %H:%M} {line.username}: {action_label(line.action)}"
            lines.append(text + (f" — {line.detail}" if line.detail else ""))
    return "\n".join(lines)
