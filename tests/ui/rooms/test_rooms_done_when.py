"""Issue 4's story in the real widgets: a term of after-school classes around a holiday, a
pending request approved, a group checked in by scanning its pass, a no-show released."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rooms_page_world import MONDAY, frozen, open_page, rooms  # noqa: F401

from db.tables import CalendarDay
from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.intervals import local_span
from ui.rooms.rooms_page import WAITING
from ui.shell.main_window import MainWindow
from ui.shell.pages import build_pages

NEW_YEAR = date(2027, 1, 1)  # a Friday


def _set_holiday(ctx, day: date, name: str) -> None:  # noqa: ANN001
    with ctx.store.write() as session:
        session.merge(CalendarDay(day=day, kind="holiday", name=name, source="local",
                                  updated_at=datetime(2026, 11, 1, tzinfo=UTC)))


def test_a_term_of_after_school_classes_skips_the_holiday(qtbot, ui_services, receptionist_actor, rooms):
    _set_holiday(ui_services.desk, NEW_YEAR, "元旦")
    page = open_page(qtbot, ui_services, receptionist_actor)
    friday = date(2026, 11, 20)
    dialog = page.open_booking_form(rooms["文体活动室"], friday, "16:00", "17:30", people=25)
    dialog.title_edit.setText("四点半课堂")
    dialog.booker_edit.setText("社区关工委")
    dialog.contact_edit.setText("刘老师")
    dialog.phone_edit.setText("13800138000")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("weekly"))
    dialog.until_edit.setDate(dialog.until_edit.date().fromString("2027-01-22", "yyyy-MM-dd"))
    dialog.check_dates()
    lines = [dialog.dates_list.item(i).text() for i in range(dialog.dates_list.count())]
    assert len(lines) == 10  # Fridays 11-20 … 01-22
    holiday_line = next(line for line in lines if line.startswith("2027-01-01"))
    assert "元旦" in holiday_line
    assert "2027-01-01" not in " ".join(line for line in lines if "✓" in line)
    dialog.buttons.accepted.emit()  # refused while a date is in the way: nothing saved
    assert dialog.isVisible() and "2027-01-01" in dialog.error_label.text()
    assert page.model.placed() == []
    dialog.skip_problems()
    assert "9" in dialog.dates_label.text() and "1" in dialog.dates_label.text()
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    booked = ui_services.desk.room_grid.week(rooms["文体活动室"], date(2026, 12, 28)).rooms[0].days
    assert [day.bookings for day in booked if day.day == NEW_YEAR] == [()]
    assert len([b for day in booked for b in day.bookings]) == 0  # that week's only Friday is the holiday
    assert "9" in page.message_label.text()
    page.show_day(friday)
    placed = page.grid.selected_booking()
    assert placed is not None and placed.booking.title == "四点半课堂" and placed.booking.series_id is not None


def test_a_pending_request_is_approved_from_the_queue(qtbot, ui_services, admin_actor, receptionist_actor, rooms):
    ctx = ui_services.desk
    starts_at, ends_at = local_span(ctx.clock.zone, MONDAY, "14:00", "16:00")
    details = BookingDetails(title="书法交流", booker_name="书法协会", contact_name="陈会长", headcount=8)
    pending = ctx.bookings.book(receptionist_actor, BookingForm(rooms["书画室"], starts_at, ends_at, details)).value
    assert pending.state == "pending"
    page = open_page(qtbot, ui_services, admin_actor)
    assert "(1)" in page.tabs.tabText(WAITING)
    page.show_view(WAITING)
    assert page.selected_booking().id == pending.id
    assert page.buttons["approve"].isVisible() and page.buttons["approve"].isEnabled()
    page.buttons["approve"].click()
    assert ctx.bookings.get(pending.id).state == "confirmed"
    assert page.pending_model.rowCount() == 0 and "(1)" not in page.tabs.tabText(WAITING)


def _window(qtbot, ui_services, actor) -> MainWindow:  # noqa: ANN001
    ui_services.session.sign_in(actor)
    window = MainWindow(ui_services, build_pages(ui_services, actor, ("ui.visits.page:CheckInPage",
                                                                       "ui.rooms.rooms_page:RoomsPage")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_group_is_checked_in_by_scanning_and_a_no_show_is_released(qtbot, ui_services, receptionist_actor, rooms,
                                                                      frozen):
    ctx = ui_services.desk
    zone = ctx.clock.zone
    details = BookingDetails(title="主题党日", booker_name="第一党支部", contact_name="张三", headcount=20)
    group = ctx.bookings.book(receptionist_actor, BookingForm(rooms["党员教育室"], *local_span(
        zone, MONDAY, "09:00", "11:00"), details)).value
    idle = ctx.bookings.book(receptionist_actor, BookingForm(rooms["文体活动室"], *local_span(
        zone, MONDAY, "09:00", "10:00"), BookingDetails(title="合唱排练", booker_name="夕阳红合唱团"))).value
    pass_text = ctx.booking_checkin.issue_pass(receptionist_actor, group.id).value.payload
    window = _window(qtbot, ui_services, receptionist_actor)
    frozen.move_to(datetime(2026, 11, 16, 0, 55, tzinfo=UTC))  # 08:55: the branch arrives
    assert window.route_scan(pass_text)  # from the check-in page: the rooms page takes it
    page = window.current_page()
    assert page.title == "Rooms" or page.title == "场地"
    assert ctx.bookings.get(group.id).checked_in_at is not None
    assert "主题党日" in page.message_label.text() and "20" in page.message_label.text()
    placed = page.model.placement_of(group.id)
    assert page.model.index(placed.row, placed.column).data().startswith("✓")
    assert window.route_scan(pass_text)  # a second scan of the same pass changes nothing
    assert ctx.bookings.get(group.id).attendance == 20
    frozen.move_to(datetime(2026, 11, 16, 1, 16, tzinfo=UTC))  # 09:16: the choir never came (15 minutes)
    page.release_no_shows()
    assert ctx.bookings.get(idle.id).state == "released"
    assert "合唱排练" in page.message_label.text()
    assert page.model.placement_of(idle.id) is None  # the room is free again
