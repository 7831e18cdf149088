"""PIPL for rooms and activities: the names and phones a booking or a sign-up keeps go
when the retention period ends, as the visitor's own record does.

``erase_people`` runs inside the privacy purge's transaction with its cutoff. Bookings
that ended before the cutoff lose their contact's name and phone, and a resident
booker's name is masked (张*); sign-ups of activities that ended before the cutoff keep
only the masked name. The rows stay, so room usage, attendance and 人次 do not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from db.tables import Activity, Booking, Signup
from desk.rooms.records import RESIDENT
from desk.text import mask_name


@dataclass(frozen=True)
class ErasedPeople:
    bookings: int
    signups: int


def erase_people(session: Session, cutoff: datetime) -> ErasedPeople:
    bookings = signups = 0
    for booking in session.exec(select(Booking).where(col(Booking.ends_at) < cutoff).where(
            (Booking.contact_name != "") | (Booking.contact_phone != "") | (Booking.booker_kind == RESIDENT))):
        masked = mask_name(booking.booker_name) if booking.booker_kind == RESIDENT else booking.booker_name
        if (booking.contact_name, booking.contact_phone, booking.booker_name) == ("", "", masked):
            continue
        booking.contact_name, booking.contact_phone, booking.booker_name = "", "", masked
        session.add(booking)
        bookings += 1
    ended = select(Activity.id).where(col(Activity.ends_at) < cutoff)
    for signup in session.exec(select(Signup).where(col(Signup.activity_id).in_(ended))):
        masked = mask_name(signup.name)
        if (signup.name, signup.phone) == (masked, ""):
            continue
        signup.name, signup.phone = masked, ""
        session.add(signup)
        signups += 1
    return ErasedPeople(bookings, signups)
