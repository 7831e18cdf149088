"""The rooms page's other views: a room's week, find a free room, closing a day, scans refused."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from rooms_page_world import MONDAY, frozen, open_page, rooms  # noqa: F401

from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span
from ui.rooms.rooms_page import FREE, WEEK


def _book(ctx, actor, room_id: int, day: date, start: str, end: str, title: str):  # noqa: ANN001
    details = BookingDetails(title=title, booker_name="第一党支部", contact_name="张三",
                             contact_phone="13800138000", headcount=10)
    return ctx.bookings.book(actor, BookingForm(room_id, *local_span(ctx.clock.zone, day, start, end), details)).value


def test_a_rooms_week_shows_its_days_as_rows_and_pages_by_week(qtbot, ui_services, admin_actor, rooms):
    ctx = ui_services.desk
    _book(ctx, admin_actor, rooms["文体活动室"], MONDAY + timedelta(days=2), "14:00", "15:00", "合唱排练")
    _book(ctx, admin_actor, rooms["文体活动室"], MONDAY + timedelta(days=9), "14:00", "15:00", "下周排练")
    _book(ctx, admin_actor, rooms["党员教育室"], MONDAY + timedelta(days=2), "14:00", "15:00", "别的房间")
    page = open_page(qtbot, ui_services, admin_actor)
    page.room_combo.setCurrentIndex(page.room_combo.findData(rooms["文体活动室"]))
    page.show_view(WEEK)
    assert page.model.rowCount() == 7
    assert page.model.headerData(2, Qt.Orientation.Vertical).startswith(("Wed", "周三"))
    assert [p.booking.title for p in page.model.placed()] == ["合唱排练"]
    assert page.model.placed()[0].row == 2
    page.next()
    assert [p.booking.title for p in page.model.placed()] == ["下周排练"]
    assert page.day == MONDAY + timedelta(days=7)


def test_find_a_free_room_lists_big_enough_free_rooms_and_books_one(qtbot, ui_services, admin_actor, rooms):
    ctx = ui_services.desk
    _book(ctx, admin_actor, rooms["党员教育室"], MONDAY, "14:00", "16:00", "党课")
    page = open_page(qtbot, ui_services, admin_actor)
    page.show_view(FREE)
    panel = page.free_panel
    panel.set_day(MONDAY)
    panel.start_edit.setTime(panel.start_edit.time().fromString("15:00", "HH:mm"))
    panel.end_edit.setTime(panel.end_edit.time().fromString("16:00", "HH:mm"))
    panel.people_spin.setValue(20)
    panel.find()
    names = [panel.model.room_at(row).room.name for row in range(panel.model.rowCount())]
    assert names == ["文体活动室"]  # 党员教育室 is taken, 书画室 seats 12
    panel.book_selected()
    dialog = page.dialog
    assert dialog.room_id() == rooms["文体活动室"] and dialog.times() == ("15:00", "16:00")
    assert dialog.headcount_spin.value() == 20
    panel.people_spin.setValue(200)
    panel.find()
    assert panel.model.rowCount() == 0 and not panel.book_button.isEnabled()
    assert panel.result_label.text()


def test_closing_a_day_lists_its_bookings_then_cancels_them(qtbot, ui_services, admin_actor, rooms):
    ctx = ui_services.desk
    booking = _book(ctx, admin_actor, rooms["文体活动室"], MONDAY + timedelta(days=1), "14:00", "15:00", "合唱排练")
    page = open_page(qtbot, ui_services, admin_actor)
    page.show_day(MONDAY + timedelta(days=1))
    page.buttons["close_day"].click()
    dialog = page.dialog
    assert "合唱排练" in dialog.findChild(type(page.message_label)).text()
    assert "13800138000" in dialog.findChild(type(page.message_label)).text()  # whom to call
    dialog.set_value("reason", "")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and ctx.bookings.get(booking.id).state == "confirmed"  # a reason is needed
    dialog.set_value("reason", "消防检查")
    dialog.buttons.accepted.emit()
    assert ctx.bookings.get(booking.id).state == "cancelled"
    assert "Closed" in page.model.headerData(0, Qt.Orientation.Vertical) or "闭" in page.model.headerData(
        0, Qt.Orientation.Vertical)


def test_a_receptionist_has_no_close_day_and_a_bad_scan_is_explained(qtbot, ui_services, receptionist_actor, rooms):
    page = open_page(qtbot, ui_services, receptionist_actor)
    assert "close_day" not in page.buttons
    page.handle_scan("DQ1NOTAPASS")
    assert page.message_label.text() and "color" in page.message_label.styleSheet()
    assert page.model.placed() == []


def test_cancel_one_date_of_a_series_keeps_the_others(qtbot, ui_services, admin_actor, rooms):
    page = open_page(qtbot, ui_services, admin_actor)
    dialog = page.open_booking_form(rooms["党员教育室"], MONDAY, "14:00", "15:00", people=10)
    dialog.title_edit.setText("党课")
    dialog.booker_edit.setText("第一党支部")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("weekly"))
    dialog.until_edit.setDate(dialog.until_edit.date().fromString("2026-12-07", "yyyy-MM-dd"))
    dialog.buttons.accepted.emit()
    first = page.grid.selected_booking().booking
    series = ui_services.desk.bookings.of_series(first.series_id)
    assert len(series) == 4
    page.buttons["cancel"].click()
    cancel = page.dialog
    assert cancel.widgets["scope"].count() == 3
    cancel.set_value("reason", "支部改期")
    cancel.buttons.accepted.emit()
    states = [b.state for b in ui_services.desk.bookings.of_series(first.series_id)]
    assert states == ["cancelled", "confirmed", "confirmed", "confirmed"]
    assert page.model.placement_of(first.id) is None


def test_the_days_schedule_door_sheets_and_week_poster_print_from_the_page(qtbot, ui_services, admin_actor, rooms,
                                                                          tmp_path):
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler's pdftotext")
    _book(ui_services.desk, admin_actor, rooms["文体活动室"], MONDAY, "14:00", "15:00", "合唱排练")
    page = open_page(qtbot, ui_services, admin_actor)
    actions = page.print_menu.actions()
    assert len(actions) == 4
    for action in actions:
        action.trigger()
        preview = page.documents.last_preview
        assert preview is not None and preview.page_count() >= 1, page.message_label.text()
        pdf = tmp_path / "rooms.pdf"
        pdf.write_bytes(preview.pdf_bytes)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "文体活动室" in text and "合唱排练" in text, action.text()
        preview.close()
