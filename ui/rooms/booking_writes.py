"""What the rooms page's actions write: book (once or a series), correct, move (by form or by
dragging a block), cancel, check in, approve, reject, close a day.

Each runs on the write worker through ``PageWrites``; a refusal stays in the open form (or
on the page for a drag), and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desk.changes import Done
from desk.rooms.forms import ONE, SeriesForm
from desk.rooms.series import SeriesPreview
from ui.i18n import fill
from ui.rooms.booking_dialog import BookingDialog
from ui.rooms.booking_forms import (
    cancel_dialog, check_in_dialog, close_day_dialog, details_dialog, details_of, move_dialog, parse_day,
    reject_dialog, whole_number,
)
from ui.services.lists_dialogs import FieldsDialog
from ui.shell.pages import guarded

if TYPE_CHECKING:
    from ui.rooms.rooms_page import RoomsPage


class BookingWrites:
    def __init__(self, page: "RoomsPage") -> None:
        self.page = page

    @property
    def _desk(self):  # noqa: ANN202
        return self.page.services.desk

    def _actor(self):  # noqa: ANN202
        return self.page.services.session.actor

    def _write(self, job: Callable[[], Done], text: str, dialog=None, *, select: int | None = None) -> None:  # noqa: ANN001
        def then(_result: Done) -> None:
            if select is not None:
                self.page.select_when_loaded(select)
        self.page.writes.write(job, text, dialog, then=then)

    # ---- booking ---------------------------------------------------------------------
    def preview_series(self, form: SeriesForm, skip: set[date], done: Callable[[SeriesPreview], None]) -> None:
        bookings, dialog = self._desk.bookings, self.page.dialog

        def failed(error: BaseException) -> None:
            if isinstance(dialog, BookingDialog):
                dialog.show_error(self.page.explain(error))

        self.page.services.tasks.read(lambda: bookings.preview_series(form, skip=skip), guarded(self.page, done),
                                      guarded(self.page, failed))

    def submit_booking(self, dialog: BookingDialog) -> None:
        actor, bookings = self._actor(), self._desk.bookings
        if actor is None:
            return
        try:
            if dialog.repeats():
                form, skip = dialog.series_form(), set(dialog.skipped)
                job: Callable[[], Done] = lambda: bookings.book_series(actor, form, skip=skip)  # noqa: E731
            else:
                single = dialog.booking_form()
                job = lambda: bookings.book(actor, single)  # noqa: E731
        except Exception as error:  # noqa: BLE001 - a refusal of the times or rule: shown in the form
            dialog.show_error(self.page.explain(error))
            return

        def then(result: Done) -> None:
            value = result.value
            first = value.bookings[0] if hasattr(value, "bookings") and value.bookings else value
            self.page.select_when_loaded(getattr(first, "id", None))
            if hasattr(value, "bookings"):
                self.page.writes.say(fill(QCoreApplication.translate(
                    "BookingWrites", "Booked %1 dates of %2; %3 skipped."), len(value.bookings),
                    dialog.details().title, len(value.skipped)))
            elif getattr(value, "state", "") == "pending":
                self.page.writes.say(fill(QCoreApplication.translate(
                    "BookingWrites", "%1 is booked and waits for approval."), value.title))

        self.page.writes.write(job, QCoreApplication.translate("BookingWrites", "Booked."), dialog, then=then)

    def edit(self) -> None:
        booking = self.page.selected_booking()
        if booking is None:
            return
        bookings, actor = self._desk.bookings, self._actor()

        def submit(dialog: FieldsDialog) -> None:
            details = details_of(dialog)
            self._write(lambda: bookings.update_details(actor, booking.id, details),
                        fill(QCoreApplication.translate("BookingWrites", "%1: corrected."), details.title), dialog,
                        select=booking.id)

        self.page.forms.open(details_dialog(submit, booking, self.page))

    # ---- moving ----------------------------------------------------------------------
    def move(self) -> None:
        booking = self.page.selected_booking()
        if booking is None:
            return
        bookings, actor = self._desk.bookings, self._actor()

        def submit(dialog: FieldsDialog) -> None:
            day = parse_day(dialog.text("day"))
            if day is None:
                dialog.show_error(QCoreApplication.translate("BookingWrites", "Write the day as YYYY-MM-DD, "
                                                                              "e.g. 2026-12-01."))
                return
            start, end, scope = dialog.text("start"), dialog.text("end"), str(dialog.value("scope"))
            room_id = dialog.value("room")
            override = dialog.text("override") if "override" in dialog.widgets else ""
            self._write(lambda: bookings.move(actor, booking.id, day=day, start_time=start, end_time=end,
                                              scope=scope, override_reason=override, room_id=room_id),
                        fill(QCoreApplication.translate("BookingWrites", "%1: moved."), booking.title), dialog,
                        select=booking.id)

        self.page.forms.open(move_dialog(submit, booking, self.page.rooms, self.page.zone, self.page.is_admin,
                                         self.page))

    def move_to_cell(self, booking_id: int, row: int, column: int) -> None:
        """A dragged block (or Alt+arrow): same length, starting at that half hour of that lane."""
        model, actor = self.page.model, self._actor()
        placed, lane, start = model.placement_of(booking_id), model.lane(row), model.slot_start(row, column)
        if placed is None or lane is None or start is None or actor is None:
            return
        booking = placed.booking
        end = start + (booking.ends_at - booking.starts_at)
        if end - start >= timedelta(hours=24):
            return  # no booking is that long; nothing sensible to drag
        room_id = lane.room.id if model.mode == model.DAY else None
        bookings = self._desk.bookings
        text = fill(QCoreApplication.translate("BookingWrites", "%1 moved to %2 %3–%4."), booking.title,
                    lane.room.name, f"{start:%H:%M}", f"{end:%H:%M}")
        if booking.series_id is not None:
            text += " " + QCoreApplication.translate("BookingWrites", "Only this date of the series was moved.")
        self._write(lambda: bookings.move(actor, booking_id, day=start.date(), start_time=f"{start:%H:%M}",
                                          end_time=f"{end:%H:%M}", scope=ONE, room_id=room_id), text,
                    select=booking_id)

    # ---- the booking's day -----------------------------------------------------------
    def cancel(self) -> None:
        booking = self.page.selected_booking()
        if booking is None:
            return
        bookings, actor = self._desk.bookings, self._actor()

        def submit(dialog: FieldsDialog) -> None:
            reason, scope = dialog.text("reason"), str(dialog.value("scope"))
            self._write(lambda: bookings.cancel(actor, booking.id, reason, scope=scope),
                        fill(QCoreApplication.translate("BookingWrites", "%1: cancelled."), booking.title), dialog)

        self.page.forms.open(cancel_dialog(submit, booking, self.page))

    def check_in(self) -> None:
        booking = self.page.selected_booking()
        if booking is None:
            return
        checkin, actor = self._desk.booking_checkin, self._actor()

        def submit(dialog: FieldsDialog) -> None:
            people = whole_number(dialog.text("people"))
            self._write(lambda: checkin.check_in(actor, booking.id, people),
                        fill(QCoreApplication.translate("BookingWrites", "%1: checked in, %2 people."),
                             booking.title, people), dialog, select=booking.id)

        self.page.forms.open(check_in_dialog(submit, booking, self.page))

    # ---- approval --------------------------------------------------------------------
    def approve(self) -> None:
        booking = self.page.selected_booking()
        if booking is None or booking.state != "pending":
            return
        approvals, actor = self._desk.booking_approvals, self._actor()
        self._write(lambda: approvals.approve(actor, booking.id),
                    fill(QCoreApplication.translate("BookingWrites", "%1: approved."), booking.title))

    def reject(self) -> None:
        booking = self.page.selected_booking()
        if booking is None or booking.state != "pending":
            return
        approvals, actor = self._desk.booking_approvals, self._actor()

        def submit(dialog: FieldsDialog) -> None:
            reason = dialog.text("reason")
            self._write(lambda: approvals.reject(actor, booking.id, reason),
                        fill(QCoreApplication.translate("BookingWrites", "%1: rejected."), booking.title), dialog)

        self.page.forms.open(reject_dialog(submit, booking, self.page))

    # ---- closures --------------------------------------------------------------------
    def close_day(self) -> None:
        """List the bookings the day holds first (read), then ask what to close and why."""
        day, closures, actor = self.page.day, self._desk.closures, self._actor()

        def ask(affected: list) -> None:  # noqa: ANN001
            def submit(dialog: FieldsDialog) -> None:
                room_id, reason = dialog.value("room"), dialog.text("reason")
                self._write(lambda: closures.close_day(actor, day, room_id, reason),
                            fill(QCoreApplication.translate("BookingWrites", "%1 is closed; its bookings there "
                                                                             "are cancelled."), day.isoformat()),
                            dialog)

            self.page.forms.open(close_day_dialog(submit, day, self.page.rooms, affected, self.page.zone, self.page))

        self.page.services.tasks.read(lambda: closures.closure_impact(day), guarded(self.page, ask),
                                      guarded(self.page, self.page.say_failure))
