"""The home page's notice: overdue and due-today requests counted on the check-in page,
refreshed by the minute, opening the requests page on that list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication

from ui.services.requests_page import RequestsPage
from ui.shell.main_window import MainWindow
from ui.shell.pages import build_pages
from ui.visits.page import CheckInPage


def test_the_banner_counts_overdue_and_due_today_and_opens_the_list(
        qtbot, ui_services, desk_ctx, admin_actor, services_world, monday_morning):
    # 09:03 Monday: one immediate item (due 17:30 today) and one in 3 working days.
    desk_ctx.requests.open_requests(admin_actor, item_ids=[services_world.items["SH-001"],
                                                           services_world.items["DY-001"]],
                                    owner_id=services_world.staff["张伟"], channel="phone", name="赵桂兰")
    ui_services.session.sign_in(admin_actor)
    window = MainWindow(ui_services, build_pages(ui_services, admin_actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    home = window.current_page()
    assert isinstance(home, CheckInPage)
    banner = home.due_banner
    assert banner.isVisibleTo(home)
    assert banner.text_label.text() == "◷ 1 due today"
    assert not banner.overdue_button.isVisibleTo(home)

    # Past closing time the immediate one is overdue; the minute's timer notices it alone.
    monday_morning.shift(timedelta(hours=9))
    banner.timer.timeout.emit()
    assert banner.text_label.text() == "⚠ 1 request(s) overdue"
    assert banner.overdue_count == 1 and banner.property("overdue") is True

    banner.overdue_button.click()
    page = window.current_page()
    assert isinstance(page, RequestsPage)
    assert page.current_filter() == "overdue"
    assert [page.model.request_at(r).item_name for r in range(page.model.rowCount())] == ["居住证明开具"]
    assert page.model.index(0, page.model.DUE).data().startswith("⚠")

    # Resolving it clears the notice at once (the page listens for REQUESTS changes).
    request_id = page.model.request_at(0).id
    ui_services.bus.announce(desk_ctx.requests.resolve(admin_actor, request_id).changes)
    assert not banner.isVisibleTo(home)
    QApplication.processEvents()


def test_nothing_to_chase_shows_no_banner(qtbot, ui_services, admin_actor, services_world):
    ui_services.session.sign_in(admin_actor)
    page = CheckInPage(ui_services)
    qtbot.addWidget(page)
    page.show()
    assert not page.due_banner.isVisibleTo(page)
