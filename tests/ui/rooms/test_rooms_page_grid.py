"""The day grid: drag over free time to book it, drag a booking to move it, keys to do both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from rooms_page_world import MONDAY, frozen, open_page, rooms  # noqa: F401

from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span


def _row_of(page, name: str) -> int:  # noqa: ANN001
    return next(row for row, lane in enumerate(page.model.lanes()) if lane.room.name == name)


def _column(page, hhmm: str) -> int:  # noqa: ANN001
    return next(c for c in range(page.model.columnCount()) if page.model.slot_text(c) == hhmm)


def _book(ctx, actor, room_id: int, start: str, end: str, title: str = "主题党日", day=MONDAY):  # noqa: ANN001
    starts_at, ends_at = local_span(ctx.clock.zone, day, start, end)
    details = BookingDetails(title=title, booker_name="第一党支部", contact_name="张三", headcount=10)
    return ctx.bookings.book(actor, BookingForm(room_id, starts_at, ends_at, details)).value


def test_dragging_over_free_time_opens_the_form_for_that_room_and_time(qtbot, ui_services, admin_actor, rooms):
    page = open_page(qtbot, ui_services, admin_actor)
    row, first, last = _row_of(page, "党员教育室"), _column(page, "14:00"), _column(page, "15:30")
    viewport = page.grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=page.grid.cell_center(row, first))
    qtbot.mouseMove(viewport, page.grid.cell_center(row, last))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=page.grid.cell_center(row, last))
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.room_combo.currentText().startswith("党员教育室")
    assert dialog.times() == ("14:00", "16:00")
    dialog.title_edit.setText("支部书记例会")
    dialog.booker_edit.setText("社区党委")
    dialog.headcount_spin.setValue(12)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    placed = page.grid.selected_booking()
    assert placed is not None and placed.booking.title == "支部书记例会"
    assert (placed.row, placed.column, placed.span) == (row, first, 4)
    assert "支部书记例会" in page.model.index(row, first).data()
    assert "社区党委" in page.detail_edit.toPlainText()


def test_a_refused_booking_keeps_the_form_open_and_the_store_unchanged(qtbot, ui_services, admin_actor, rooms):
    _book(ui_services.desk, admin_actor, rooms["党员教育室"], "14:00", "15:00")
    page = open_page(qtbot, ui_services, admin_actor)
    dialog = page.open_booking_form(rooms["党员教育室"], MONDAY, "14:30", "15:30", people=50)
    dialog.title_edit.setText("讲座")
    dialog.booker_edit.setText("老年大学")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "40" in dialog.error_label.text()  # too many people for the room's 40 seats
    dialog.headcount_spin.setValue(20)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "主题党日" in dialog.error_label.text()  # the booking in the way
    assert len(page.model.placed()) == 1


def test_dragging_a_booking_moves_it_to_another_room_and_time(qtbot, ui_services, admin_actor, rooms):
    booking = _book(ui_services.desk, admin_actor, rooms["党员教育室"], "09:00", "10:00")
    page = open_page(qtbot, ui_services, admin_actor)
    grid, viewport = page.grid, page.grid.viewport()
    source = (_row_of(page, "党员教育室"), _column(page, "09:30"))  # grabbed by its second half hour
    target = (_row_of(page, "文体活动室"), _column(page, "10:30"))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grid.cell_center(*source))
    qtbot.mouseMove(viewport, grid.cell_center(source[0], source[1] + 1))
    qtbot.mouseMove(viewport, grid.cell_center(*target))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=grid.cell_center(*target))
    moved = ui_services.desk.bookings.get(booking.id)
    local = moved.starts_at.astimezone(page.zone)
    assert (moved.room_name, f"{local:%H:%M}") == ("文体活动室", "10:00")
    assert "moved" in page.message_label.text() or "移" in page.message_label.text()
    placed = page.model.placement_of(booking.id)
    assert (placed.row, placed.column) == (target[0], _column(page, "10:00"))


def test_alt_arrows_move_the_selected_booking_and_a_clash_is_explained(qtbot, ui_services, admin_actor, rooms):
    booking = _book(ui_services.desk, admin_actor, rooms["党员教育室"], "09:00", "10:00")
    _book(ui_services.desk, admin_actor, rooms["党员教育室"], "10:30", "11:30", title="书法班")
    page = open_page(qtbot, ui_services, admin_actor)
    page.grid.select_booking(booking.id)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    local = ui_services.desk.bookings.get(booking.id).starts_at.astimezone(page.zone)
    assert f"{local:%H:%M}" == "09:30"
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # 10:00–11:00 hits 书法班
    local = ui_services.desk.bookings.get(booking.id).starts_at.astimezone(page.zone)
    assert f"{local:%H:%M}" == "09:30"
    assert "书法班" in page.message_label.text()


def test_keyboard_only_shift_arrows_then_enter_books_the_selected_time(qtbot, ui_services, receptionist_actor,
                                                                        rooms):
    page = open_page(qtbot, ui_services, receptionist_actor)
    row = _row_of(page, "文体活动室")
    page.grid.setCurrentIndex(page.model.index(row, _column(page, "15:00")))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.times() == ("15:00", "16:00")
