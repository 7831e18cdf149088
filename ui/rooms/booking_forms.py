"""The small forms of the rooms page: correct a booking, move it, cancel it, check it in,
reject a pending one, close a day. Each is a ``FieldsDialog``; the page writes and closes
it, or shows the refusal in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.rooms.forms import FOLLOWING, ONE, SERIES, BookingDetails
from desk.rooms.records import GROUP, RESIDENT, BookingInfo, RoomInfo
from ui.services.lists_dialogs import CHOICE, Field, FieldsDialog

Submit = Callable[[FieldsDialog], None]


def scope_choices(booking: BookingInfo) -> Sequence[tuple[str, object]]:
    if booking.series_id is None:
        return ((QCoreApplication.translate("BookingForms", "This booking"), ONE),)
    return ((QCoreApplication.translate("BookingForms", "This date only"), ONE),
            (QCoreApplication.translate("BookingForms", "This and the following dates"), FOLLOWING),
            (QCoreApplication.translate("BookingForms", "The whole series"), SERIES))


def details_dialog(submit: Submit, booking: BookingInfo, parent: QWidget) -> FieldsDialog:
    kinds = ((QCoreApplication.translate("BookingForms", "A group or branch"), GROUP),
             (QCoreApplication.translate("BookingForms", "A resident"), RESIDENT))
    dialog = FieldsDialog(submit, QCoreApplication.translate("BookingForms", "Correct the booking"), [
        Field("title", QCoreApplication.translate("BookingForms", "Title"), value=booking.title),
        Field("kind", QCoreApplication.translate("BookingForms", "Booked by"), CHOICE, choices=kinds),
        Field("booker", QCoreApplication.translate("BookingForms", "Group or resident's name"),
              value=booking.booker_name),
        Field("contact", QCoreApplication.translate("BookingForms", "Contact person"), value=booking.contact_name),
        Field("phone", QCoreApplication.translate("BookingForms", "Contact phone"), value=booking.contact_phone),
        Field("purpose", QCoreApplication.translate("BookingForms", "Purpose"), value=booking.purpose),
        Field("people", QCoreApplication.translate("BookingForms", "Number of people"), value=str(booking.headcount)),
    ], action="booking.edit", ok_text=QCoreApplication.translate("BookingForms", "Save"), subject=booking,
        parent=parent)
    dialog.set_value("kind", booking.booker_kind)
    return dialog


def details_of(dialog: FieldsDialog) -> BookingDetails:
    booking: BookingInfo = dialog.subject  # type: ignore[assignment]
    return BookingDetails(title=dialog.text("title"), booker_name=dialog.text("booker"),
                          booker_kind=str(dialog.value("kind")), contact_name=dialog.text("contact"),
                          contact_phone=dialog.text("phone"), visitor_id=booking.visitor_id,
                          purpose=dialog.text("purpose"), headcount=whole_number(dialog.text("people")))


def whole_number(text: str) -> int:
    """A typed number, or 0 (which the domain refuses with its own plain message)."""
    text = text.strip()
    return int(text) if text.isdigit() else 0


def move_dialog(submit: Submit, booking: BookingInfo, rooms: list[RoomInfo], zone: ZoneInfo,
                may_override: bool, parent: QWidget) -> FieldsDialog:
    start, end = booking.starts_at.astimezone(zone), booking.ends_at.astimezone(zone)
    fields = [
        Field("room", QCoreApplication.translate("BookingForms", "Room"), CHOICE,
              choices=[(room.name, room.id) for room in rooms]),
        Field("day", QCoreApplication.translate("BookingForms", "Day (YYYY-MM-DD)"), value=f"{start:%Y-%m-%d}"),
        Field("start", QCoreApplication.translate("BookingForms", "From (HH:MM)"), value=f"{start:%H:%M}"),
        Field("end", QCoreApplication.translate("BookingForms", "To (HH:MM)"), value=f"{end:%H:%M}"),
        Field("scope", QCoreApplication.translate("BookingForms", "Move"), CHOICE, choices=scope_choices(booking)),
    ]
    if may_override:
        fields.append(Field("override", QCoreApplication.translate("BookingForms", "Override reason"),
                            hint=QCoreApplication.translate("BookingForms",
                                                            "Only to move onto a taken slot or a closed day")))
    dialog = FieldsDialog(submit, QCoreApplication.translate("BookingForms", "Move the booking"), fields,
                          action="booking.move", ok_text=QCoreApplication.translate("BookingForms", "Move"),
                          subject=booking, heading=booking.title, parent=parent)
    dialog.set_value("room", booking.room_id)  # type: ignore[arg-type]
    return dialog


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def cancel_dialog(submit: Submit, booking: BookingInfo, parent: QWidget) -> FieldsDialog:
    return FieldsDialog(submit, QCoreApplication.translate("BookingForms", "Cancel the booking"), [
        Field("scope", QCoreApplication.translate("BookingForms", "Cancel"), CHOICE, choices=scope_choices(booking)),
        Field("reason", QCoreApplication.translate("BookingForms", "Reason"),
              hint=QCoreApplication.translate("BookingForms", "e.g. the branch called to cancel")),
    ], action="booking.cancel", ok_text=QCoreApplication.translate("BookingForms", "Cancel the booking"),
        subject=booking, heading=booking.title, parent=parent)


def check_in_dialog(submit: Submit, booking: BookingInfo, parent: QWidget) -> FieldsDialog:
    return FieldsDialog(submit, QCoreApplication.translate("BookingForms", "Check the booking in"), [
        Field("people", QCoreApplication.translate("BookingForms", "People who came"), value=str(booking.headcount)),
    ], action="booking.check_in", ok_text=QCoreApplication.translate("BookingForms", "Check in"),
        subject=booking, heading=booking.title, parent=parent)


def reject_dialog(submit: Submit, booking: BookingInfo, parent: QWidget) -> FieldsDialog:
    return FieldsDialog(submit, QCoreApplication.translate("BookingForms", "Reject the request"), [
        Field("reason", QCoreApplication.translate("BookingForms", "Reason (told to whoever booked)")),
    ], action="booking.reject", ok_text=QCoreApplication.translate("BookingForms", "Reject"),
        subject=booking, heading=booking.title, parent=parent)


def close_day_dialog(submit: Submit, day: date, rooms: list[RoomInfo], affected: list[BookingInfo],
                     zone: ZoneInfo, parent: QWidget) -> FieldsDialog:
    """Closing a day lists the bookings it hits, so the receptionist can tell them first."""
    if affected:
        lines = [QCoreApplication.translate("BookingForms", "These bookings will be cancelled; tell them:")]
        for booking in affected:
            start = booking.starts_at.astimezone(zone)
            lines.append(f"· {start:%H:%M} {booking.room_name} {booking.title} — {booking.booker_name} "
                         f"{booking.contact_name} {booking.contact_phone}".rstrip())
        heading = "\n".join(lines)
    else:
        heading = QCoreApplication.translate("BookingForms", "No booking stands on that day.")
    choices = [(QCoreApplication.translate("BookingForms", "The whole center"), None)]
    choices += [(room.name, room.id) for room in rooms]
    return FieldsDialog(submit, QCoreApplication.translate("BookingForms", "Close a day"), [
        Field("room", QCoreApplication.translate("BookingForms", "Close"), CHOICE, choices=choices),
        Field("reason", QCoreApplication.translate("BookingForms", "Reason"),
              hint=QCoreApplication.translate("BookingForms", "e.g. 消防检查, 停电")),
    ], action="closure.add", ok_text=QCoreApplication.translate("BookingForms", "Close the day"), subject=day,
        heading=heading, parent=parent)
