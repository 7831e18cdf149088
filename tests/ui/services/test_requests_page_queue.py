"""Whose queue "My queue" shows: the account's own staff record when its name matches,
else the person's pick, remembered for the next sign-in; the orphaned list for
administrators; a phone request opened from the page."""

from __future__ import annotations

from datetime import date


from desk.roster.staff import StaffForm
from ui.services.requests_page import MINE, ORPHANED, RequestsPage


def make_page(qtbot, ui_services, actor) -> RequestsPage:
    ui_services.session.sign_in(actor)
    page = RequestsPage(ui_services)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_queue_follows_the_account_or_a_remembered_pick(qtbot, ui_services, desk_ctx, admin_actor,
                                                           receptionist_actor, services_world):
    desk_ctx.requests.open_requests(admin_actor, item_ids=[services_world.items["SH-002"]],
                                    owner_id=services_world.staff["刘芳"], channel="phone", name="钱德明")
    # The administrator's display name is 王管理, a staff member: their queue, empty.
    admin_page = make_page(qtbot, ui_services, admin_actor)
    assert admin_page.current_filter() == MINE and admin_page.queue_staff_id() == services_world.staff["王管理"]
    assert admin_page.model.rowCount() == 0
    assert ORPHANED in admin_page.filters

    # The receptionist 李前台 is nobody on the staff list: they pick 刘芳 once.
    page = make_page(qtbot, ui_services, receptionist_actor)
    assert page.queue_staff_id() is None and "Choose whose queue" in page.count_label.text()
    assert ORPHANED not in page.filters
    page.choose_queue(services_world.staff["刘芳"])
    assert [page.model.request_at(r).item_name for r in range(page.model.rowCount())] == ["老年优待证代办"]
    again = make_page(qtbot, ui_services, receptionist_actor)  # the next sign-in builds the page anew
    assert again.queue_staff_id() == services_world.staff["刘芳"] and again.model.rowCount() == 1


def test_orphaned_requests_are_listed_for_an_administrator(qtbot, ui_services, desk_ctx, admin_actor,
                                                          services_world):
    leaver = desk_ctx.staff.create(admin_actor, StaffForm("离职者", active_from=date(2020, 1, 1))).value
    desk_ctx.requests.open_requests(admin_actor, item_ids=[services_world.items["DY-001"]], owner_id=leaver.id,
                                    channel="phone", name="李国强")
    desk_ctx.staff.update(admin_actor, leaver.id, StaffForm("离职者", active_from=date(2020, 1, 1),
                                                           active_until=date(2025, 3, 1)))
    page = make_page(qtbot, ui_services, admin_actor)
    page.show_filter(ORPHANED)
    assert [page.model.request_at(r).owner_name for r in range(page.model.rowCount())] == ["离职者"]


def test_a_phone_request_from_the_page(qtbot, ui_services, desk_ctx, admin_actor, services_world):
    page = make_page(qtbot, ui_services, admin_actor)
    page.new_button.click()
    dialog = page.opener.dialog
    assert dialog is not None and dialog.visit is None
    assert dialog.owner_combo.currentData() == services_world.staff["王管理"]  # who answered the phone
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("phone"))
    dialog.pick("DY-001")
    dialog.open_button.click()
    assert "Write the resident's name or phone" in dialog.error_label.text()
    dialog.phone_edit.setText("139-1234-0004")
    dialog.open_button.click()
    assert page.opener.dialog is None
    assert [page.model.request_at(r).phone_masked for r in range(page.model.rowCount())] == ["139****0004"]
    assert page.model.request_at(0).channel == "phone"
    assert "1 request(s) opened" in page.message_label.text()
