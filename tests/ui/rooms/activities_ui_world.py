"""Helpers for the activities page's tests: a frozen Monday in Shanghai, residents, passes,
and the page itself, shown and signed in as the receptionist (plain functions: the
folder's conftest is not ours, so nothing here is a fixture)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.passes.codec import PassKind
from desk.visits.registry import find_or_create_visitor

# 09:00 in Shanghai on Monday 2026-11-16.
MONDAY_0900 = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def at(ctx, hhmm: str, day_offset: int = 0) -> datetime:
    return ctx.clock.at(MONDAY_0900.date() + timedelta(days=day_offset), hhmm)


def add_resident(ctx, name: str, phone: str) -> int:
    with ctx.store.write() as session:
        return find_or_create_visitor(session, name=name, phone=phone, now=MONDAY_0900).id


def resident_pass(ctx, admin, visitor_id: int) -> str:
    return ctx.passes.issue(admin, kind=PassKind.RESIDENT, visitor_id=visitor_id,
                            valid_from=MONDAY_0900 - timedelta(days=30),
                            valid_until=MONDAY_0900 + timedelta(days=365)).value.payload


def open_page(qtbot, ui_services, actor):
    """The activities page, signed in as ``actor``, on screen and active (shortcuts work)."""
    from ui.rooms.activities_page import ActivitiesPage

    ui_services.session.sign_in(actor)
    page = ActivitiesPage(ui_services)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def signup_names(page) -> list[tuple[str, str]]:
    """(name, place column) of every row of the sign-ups table, as shown."""
    model = page.detail.signups
    return [(model.index(r, model.NAME).data(), model.index(r, model.STATE).data()) for r in range(model.rowCount())]


def activity_cells(page, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def new_activity(ctx, actor, title: str, *, capacity: int = 0, day_offset: int = 0, start: str = "10:00",
                 end: str = "11:30", place: str = "二楼活动室"):
    from desk.rooms.activity_rows import ActivityForm

    form = ActivityForm(title=title, place=place, capacity=capacity, starts_at=at(ctx, start, day_offset),
                        ends_at=at(ctx, end, day_offset))
    return ctx.activities.create(actor, form).value


def sign_up(ctx, actor, activity_id: int, name: str, phone: str = "", companions: int = 0):
    from desk.rooms.activity_rows import SignupForm

    return ctx.activities.signups.sign_up(actor, activity_id, SignupForm(name=name, phone=phone,
                                                                         companions=companions)).value.signup


def room_with_booking(ctx, admin, *, name: str = "文体活动室", capacity: int = 20, start: str = "14:00",
                      end: str = "16:00") -> tuple[int, int]:
    """A room and a confirmed booking of it today, made through the rooms services."""
    from desk.rooms.forms import BookingDetails, BookingForm
    from desk.rooms.rooms import RoomForm

    room_id = ctx.rooms.create(admin, RoomForm(name=name, capacity=capacity)).value.id
    booking = ctx.bookings.book(admin, BookingForm(room_id, at(ctx, start), at(ctx, end),
                                                   BookingDetails(title="书法班", booker_name="书画社",
                                                                  headcount=10))).value
    return room_id, booking.id


def ok(qtbot, dialog) -> None:
    """Press the form's OK button, as a mouse would."""
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
