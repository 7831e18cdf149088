"""The check-in page as a receptionist uses it: walk-ins, returning visitors, scans, the
inside list. Tasks run inline; the clock is frozen on a Monday morning."""

from __future__ import annotations

import time_machine
from checkin_support import MONDAY_0903, DeferredWrites, issue_pass, walk_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from db.tables import Pass

from desk.visits.queries import VisitQuery
from ui.visits.banner import NEUTRAL, OK, REFUSED, REPEAT
from ui.visits.page import CheckInPage

import pytest


@pytest.fixture
def frozen():
    with time_machine.travel(MONDAY_0903, tick=False) as traveller:
        yield traveller


@pytest.fixture
def page(qtbot, ui_services, admin_actor, frozen):
    ui_services.session.sign_in(admin_actor)
    widget = CheckInPage(ui_services)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def all_visits(ctx) -> list:
    return ctx.visits.search(VisitQuery())


def fill_walk_in(page: CheckInPage, purpose: str, **values: str) -> None:
    form = page.walk_in
    form.purpose.setCurrentIndex(form.purpose.findData(purpose))
    for field, value in values.items():
        getattr(form, field).setText(value)


def test_walk_in_missing_required_fields_shows_the_error_and_adds_nothing(page, desk_ctx):
    fill_walk_in(page, "service", name="张三")  # "service" requires a phone too
    page.walk_in.consent.setChecked(True)
    page.walk_in.save_button.click()
    assert page.walk_in.error.isVisibleTo(page)
    assert "Phone is required" in page.walk_in.error.text()
    assert all_visits(desk_ctx) == []
    assert page.walk_in.name.text() == "张三"  # nothing typed is lost
    assert page.banner.kind == NEUTRAL


def test_a_valid_walk_in_adds_one_visit_and_shows_the_green_banner(page, desk_ctx, qtbot):
    token = page.walk_in.token
    fill_walk_in(page, "service", name="张三", phone="138 1234 5678")
    page.walk_in.consent.setChecked(True)
    page.walk_in.phone.setFocus()
    qtbot.keyClick(page.walk_in.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    visits = all_visits(desk_ctx)
    assert [(v.name, v.phone_masked) for v in visits] == [("张三", "138****5678")]
    assert page.banner.kind == OK
    assert page.banner.text() == "Welcome, 张三 — checked in at 09:03."
    assert page.walk_in.name.text() == "" and page.walk_in.token != token
    assert page.inside.visits_count == 1
    assert page.pass_button.isEnabled() and "张三" in page.pass_button.text()


def test_enter_in_the_last_field_saves(page, desk_ctx, qtbot):
    fill_walk_in(page, "consult")  # a quick question: no name needed, organisation hidden
    assert not page.walk_in.organisation.isVisibleTo(page)
    assert page.walk_in.notes.isVisibleTo(page)
    qtbot.keyClick(page.walk_in.notes, Qt.Key.Key_Return)
    assert len(all_visits(desk_ctx)) == 1
    assert page.banner.text() == "Checked in at 09:03: 咨询, 1 people."


def test_required_fields_are_marked_and_hidden_fields_hidden(page):
    fill_walk_in(page, "party_report")
    form = page.walk_in
    assert form._labels["branch"].text().endswith("*") and form.branch.isVisibleTo(page)
    assert form.party_member.isChecked() and not form.party_member.isEnabled()
    fill_walk_in(page, "consult")
    assert not form.branch.isVisibleTo(page) and not form._labels["name"].text().endswith("*")
    assert "保存期满后自动删除" in form.notice.text()


def test_double_clicking_save_makes_one_visit(page, desk_ctx, ui_services, monkeypatch):
    slow = DeferredWrites()
    monkeypatch.setattr(ui_services.tasks, "write", slow)
    fill_walk_in(page, "service", name="李四", phone="13900001111")
    page.walk_in.consent.setChecked(True)
    page.walk_in.save_button.click()
    assert not page.walk_in.save_button.isEnabled()
    page.walk_in.save()  # the second click of a double click, before the first returned
    assert len(slow.jobs) == 1
    page.walk_in._saving = False  # even if a second save got through, with the same token
    page.walk_in.save()
    assert len(slow.jobs) == 2
    slow.run_all()
    assert len(all_visits(desk_ctx)) == 1
    assert page.walk_in.save_button.isEnabled()


def test_returning_visitor_by_last_four_digits_checked_in_with_enter(page, desk_ctx, admin_actor, qtbot):
    row = walk_in(desk_ctx, admin_actor, name="王小红", phone="13712345678")
    desk_ctx.visits.check_out(admin_actor, row.id)
    page.reload()
    qtbot.keyClicks(page.search.field, "5678")
    qtbot.waitUntil(lambda: page.search.results.rowCount() == 1)
    assert page.search.results.data(page.search.results.index(0, 1)) == "137****5678"
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)
    assert page.inside.visits_count == 1 and page.inside.visit_at(0).name == "王小红"
    assert page.banner.kind == OK and "王小红" in page.banner.text()
    assert page.search.field.text() == ""


def test_returning_visitor_by_pinyin_initials_enter_before_the_results_came(page, desk_ctx, admin_actor, qtbot):
    row = walk_in(desk_ctx, admin_actor, name="张小明", phone="13812345678")
    desk_ctx.visits.check_out(admin_actor, row.id)
    qtbot.keyClicks(page.search.field, "zxm")
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)  # faster than the debounce
    assert [v.name for v in desk_ctx.visits.inside_now()] == ["张小明"]
    assert page.banner.kind == OK


def test_someone_inside_is_offered_check_out(page, desk_ctx, admin_actor, qtbot):
    walk_in(desk_ctx, admin_actor, name="赵六", phone="13611112222")
    page.search.field.setText("赵六")
    page.search.search_now()
    assert page.search.results.data(page.search.results.index(0, 4)) == "Inside"
    assert page.search.action.text() == "Check out"
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)
    assert desk_ctx.visits.inside_now() == []
    assert page.banner.text().startswith("Goodbye, 赵六")


def test_scans_check_in_then_repeat_is_amber(page, desk_ctx, admin_actor):
    row = walk_in(desk_ctx, admin_actor, name="钱七", phone="13500005555")
    desk_ctx.visits.check_out(admin_actor, row.id)
    payload = issue_pass(desk_ctx, admin_actor, row.visitor_id)
    page.handle_scan(payload)
    assert page.banner.kind == OK and "钱七" in page.banner.text()
    assert page.inside.visits_count == 1
    page.handle_scan(payload)
    assert page.banner.kind == REPEAT
    assert page.banner.text() == "钱七 is already checked in at 09:03."
    assert page._sound.last_played == "ok"


def test_a_garbage_scan_is_refused_in_red_with_the_reason(page):
    page.handle_scan("DQ1XYZ")
    assert page.banner.kind == REFUSED
    assert "not a valid pass" in page.banner.text()
    assert page._sound.last_played == "refused"


def test_the_banner_fades_to_neutral_but_keeps_the_text(page):
    page.handle_scan("DQ1XYZ")
    page.banner.fade_now()
    assert page.banner.kind == NEUTRAL and "not a valid pass" in page.banner.text()


def test_check_out_from_the_inside_list_reduces_the_count(page, desk_ctx, admin_actor, qtbot):
    walk_in(desk_ctx, admin_actor, name="甲", phone="13800000001", headcount=3, purpose="tour",
            organisation="幸福小学")
    walk_in(desk_ctx, admin_actor, name="乙", phone="13800000002")
    page.reload()
    assert page.count_label.text() == "Inside now: 2 visits, 4 people"
    page.inside_view.setCurrentIndex(page.inside_proxy.index(0, 0))
    page.inside_view.setFocus()
    qtbot.keyClick(page.inside_view, Qt.Key.Key_Delete)
    assert page.count_label.text() in ("Inside now: 1 visits, 1 people", "Inside now: 1 visits, 3 people")
    assert len(desk_ctx.visits.inside_now()) == 1
    page.inside_view.setCurrentIndex(page.inside_proxy.index(0, 0))
    page.check_out_button.click()
    assert page.count_label.text() == "Inside now: 0 visits, 0 people"
    assert not page.check_out_button.isEnabled()


def test_rare_characters_round_trip_into_the_inside_list(page, desk_ctx, qtbot):
    fill_walk_in(page, "service", name="𠮷䶮", phone="13812340000")
    page.walk_in.consent.setChecked(True)
    page.walk_in.save()
    assert page.inside.data(page.inside.index(0, 0)) == "𠮷䶮"
    assert "𠮷䶮" in page.banner.text()


def test_inside_list_shows_local_time_and_duration(page, desk_ctx, admin_actor, frozen):
    walk_in(desk_ctx, admin_actor, name="孙八", phone="13800000003")
    frozen.shift(75 * 60)
    page.reload()
    assert page.inside.data(page.inside.index(0, 4)) == "09:03"
    assert page.inside.data(page.inside.index(0, 5)) == "1 h 15 min"


def test_auto_check_out_at_start_closes_yesterdays_visits(qtbot, ui_services, desk_ctx, admin_actor, frozen):
    walk_in(desk_ctx, admin_actor, name="周九", phone="13800000004")
    frozen.shift(24 * 3600)
    ui_services.session.sign_in(admin_actor)
    widget = CheckInPage(ui_services)
    qtbot.addWidget(widget)
    assert desk_ctx.visits.inside_now() == []
    assert widget.inside.visits_count == 0
    assert "1 visits were checked out automatically" in widget.status.text()


def test_roll_call_builds_a_pdf_and_previews_it(page, desk_ctx, admin_actor, qtbot):
    walk_in(desk_ctx, admin_actor, name="吴十", phone="13800000005")
    page.print_roll_call()
    assert page.last_preview is not None and page.last_preview.pdf_bytes.startswith(b"%PDF")
    assert page.roll_call_button.isEnabled()
    page.last_preview.close()


def pdf_text(pdf: bytes) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_a_resident_pass_issued_after_check_in_checks_them_out_when_scanned(page, desk_ctx, frozen):
    fill_walk_in(page, "service", name="郑一", phone="13800000006")
    page.walk_in.consent.setChecked(True)
    page.walk_in.save()
    page.pass_button.click()
    preview = page.last_preview
    assert preview is not None and preview.pdf_bytes.startswith(b"%PDF")
    card = pdf_text(preview.pdf_bytes)
    assert "居民通行证" in card and "郑一" in card
    assert "2025-03-10 09:03 至" in card, "valid from the check-in, in the center's time (not UTC)"
    preview.close()
    with desk_ctx.store.read() as session:
        (issued,) = session.exec(select(Pass)).all()
    frozen.shift(5 * 60)
    page.handle_scan(issued.payload)
    assert page.banner.text().startswith("Goodbye, 郑一")
    assert page.inside.visits_count == 0


def test_f2_and_f3_move_between_search_and_walk_in(page, qtbot):
    page.walk_in.notes.setFocus()
    qtbot.keyClick(page.walk_in.notes, Qt.Key.Key_F2)
    assert page.search.field.hasFocus()
    qtbot.keyClick(page.search.field, Qt.Key.Key_F3)
    assert page.walk_in.name.hasFocus()
    assert page.title == "Check-in" and page.help_shortcuts


def test_with_real_worker_threads_the_page_still_works(qtbot, desk_ctx, admin_actor):
    from ui.bus import ChangeBus
    from ui.app_services import UiServices
    from ui.session import SessionState
    from ui.tasks import TaskRunner

    services = UiServices(desk_ctx, TaskRunner(), ChangeBus(), SessionState())
    services.session.sign_in(admin_actor)
    widget = CheckInPage(services)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.walk_in.purpose.count() > 0)
    fill_walk_in(widget, "service", name="异步", phone="13800000009")
    widget.walk_in.consent.setChecked(True)
    widget.walk_in.save()
    widget.walk_in.save()  # a double click while the worker is busy
    qtbot.waitUntil(lambda: widget.inside.visits_count == 1)
    widget.handle_scan("DQ1XYZ")
    qtbot.waitUntil(lambda: widget.banner.kind == REFUSED)
    assert len(all_visits(desk_ctx)) == 1
    services.tasks.wait_idle(5_000)
