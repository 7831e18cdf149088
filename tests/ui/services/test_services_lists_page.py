"""Demands from record to done, a micro-wish claimed and fulfilled (with its counts), and
a shared resource added and withdrawn, through the lists page's forms."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from ui.services.lists_page import ListsPage


def submit(page: ListsPage, **values: str) -> None:
    dialog = page.dialog
    assert dialog is not None
    for key, value in values.items():
        dialog.set_value(key, value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_demand_wish_and_resource_flows(qtbot, ui_services, receptionist_actor, services_world, desk_ctx):
    ui_services.session.sign_in(receptionist_actor)
    page = ListsPage(ui_services)
    qtbot.addWidget(page)
    page.show()

    page.record_button.click()
    submit(page, title="", name="孙丽华")
    assert page.dialog is not None and "Demand" in page.dialog.error_label.text()  # the domain's message
    submit(page, title="独居老人每周代买药品", phone="13912340003")
    assert page.dialog is None and page.demands.model.rowCount() == 1
    page.demands.view.selectRow(0)
    assert page.dispatch_button.isEnabled() and not page.complete_button.isEnabled()
    page.dispatch_button.click()
    submit(page, kind="party_member", taker="吴秀英")
    page.take_button.click()
    page.complete_button.click()
    submit(page, note="已送药上门")
    demand = desk_ctx.demands.list()[0]
    assert (demand.state, demand.taker_name, demand.done_note) == ("done", "吴秀英", "已送药上门")
    assert page.demands.model.index(0, page.demands.model.STATE).data() == "Done"
    assert page.demands.counts_label.text() == "1 demands, 0 still open"

    page.tabs.setCurrentWidget(page.wishes)
    page.publish_button.click()
    submit(page, title="一台收音机", name="周秀英")
    page.wishes.view.selectRow(0)
    page.claim_button.click()
    submit(page, claimant="冯志刚", branch="离退休党支部")
    page.fulfil_button.click()
    submit(page, note="已送到")
    assert desk_ctx.wishes.counts()["fulfilled"] == 1
    assert "Fulfilled 1" in page.wishes.counts_label.text()
    assert page.wishes.model.index(0, page.wishes.model.RESIDENT).data() == "周*英"  # published masked

    page.tabs.setCurrentWidget(page.resources)
    page.add_resource_button.click()
    submit(page, unit="区图书馆", title="流动书箱", contact="王老师", phone="010-87654321", availability="每月一次")
    page.resources.view.selectRow(0)
    page.resource_active_button.click()
    assert not desk_ctx.resources.list(include_inactive=True)[0].active
    assert page.resources.counts_label.text() == "0 resources offered"
