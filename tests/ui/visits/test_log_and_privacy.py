"""The visit log (history search, reveal, CSV) and the privacy page (dry run, purge,
one person's export and erasure), with a frozen clock."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
import time_machine
from checkin_support import MONDAY_0903, walk_in
from PySide6.QtCore import QDate

from desk.audit.trail import AuditQuery
from desk.visits.queries import VisitQuery
from ui.visits.log_page import VisitLogPage
from ui.visits.privacy_page import PrivacyPage


@pytest.fixture
def history(desk_ctx, admin_actor):
    """Three visits over three days; "today" is Wednesday 12 March, 09:03."""
    with time_machine.travel(MONDAY_0903, tick=False) as traveller:
        walk_in(desk_ctx, admin_actor, name="张小明", phone="13812345678")
        traveller.shift(timedelta(days=2))
        walk_in(desk_ctx, admin_actor, name="李四", phone="13900005678")
        walk_in(desk_ctx, admin_actor, name="王五", phone="13700001234", purpose="consult")
        yield traveller


@pytest.fixture
def log_page(qtbot, ui_services, admin_actor, history):
    ui_services.session.sign_in(admin_actor)
    page = VisitLogPage(ui_services)
    qtbot.addWidget(page)
    return page


def names(page: VisitLogPage) -> list[str]:
    return sorted(row.name for row in page.model.rows())


def test_the_log_shows_today_by_default(log_page):
    assert log_page.title == "Visit log"
    assert names(log_page) == ["李四", "王五"]
    assert log_page.summary.text() == "2 visits, 2 people"


def test_the_log_filters_by_phone_last_four_and_date_range(log_page):
    log_page.phone.setText("5678")
    log_page.date_from.setDate(QDate(date(2025, 3, 10)))
    log_page.search()
    assert names(log_page) == ["张小明", "李四"]
    log_page.date_from.setDate(QDate(date(2025, 3, 11)))
    log_page.search()
    assert names(log_page) == ["李四"]
    assert log_page.model.data(log_page.model.index(0, 4)) == "139****5678"


def test_the_log_filters_by_purpose_name_and_inside_only(log_page, desk_ctx, admin_actor):
    log_page.purpose.setCurrentIndex(log_page.purpose.findData("consult"))
    log_page.search()
    assert names(log_page) == ["王五"]
    log_page._on_today_clicked()
    (li,) = [v for v in desk_ctx.visits.today() if v.name == "李四"]
    desk_ctx.visits.check_out(admin_actor, li.id)
    log_page.inside_only.setChecked(True)
    log_page.search()
    assert names(log_page) == ["王五"]
    log_page.inside_only.setChecked(False)
    log_page.name.setText("李")
    log_page.search()
    assert names(log_page) == ["李四"]
    assert log_page.model.data(log_page.model.index(0, 2)) == "09:03"


def test_an_admin_reveals_a_phone_and_it_is_audited(log_page, desk_ctx, admin_actor):
    log_page.view.setCurrentIndex(log_page.proxy.index(0, 0))
    row = log_page.selected()
    assert log_page.reveal_button.isVisibleTo(log_page) and log_page.reveal_button.isEnabled()
    log_page.reveal_button.click()
    full = {"李四": "13900005678", "王五": "13700001234"}[row.name]
    assert full in log_page.message.text()
    entries = desk_ctx.audit.browse(admin_actor, AuditQuery(action="visitor.reveal_phone"))
    assert [e.entity_id for e in entries] == [str(row.visitor_id)]


def test_a_receptionist_cannot_reveal(qtbot, ui_services, receptionist_actor, history):
    ui_services.session.sign_in(receptionist_actor)
    page = VisitLogPage(ui_services)
    qtbot.addWidget(page)
    assert not page.reveal_button.isVisibleTo(page)


def test_csv_export_of_the_current_results(log_page, tmp_path, monkeypatch):
    target = tmp_path / "visits.csv"
    monkeypatch.setattr(log_page, "_ask_save_path", lambda suggested: str(target))
    log_page.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Date,In,Out,Name,Phone")
    assert "139****5678" in text and "13900005678" not in text
    assert "Saved 2 visits" in log_page.message.text()


def test_the_log_refreshes_when_visits_change(log_page, ui_services, desk_ctx, admin_actor):
    done = desk_ctx.visits.check_in_walk_in(admin_actor, _form("孙七", "13600007777"))
    ui_services.bus.announce(done.changes)
    assert "孙七" in names(log_page)


def _form(name: str, phone: str):
    from desk.visits.service import WalkInForm, new_token

    return WalkInForm(token=new_token(), purpose_code="service", name=name, phone=phone, consent=True)


# ---- privacy --------------------------------------------------------------------------------
@pytest.fixture
def privacy_page(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    page = PrivacyPage(ui_services)
    qtbot.addWidget(page)
    return page


def test_dry_run_shows_counts_and_purge_erases_names_older_than_retention(
        qtbot, ui_services, desk_ctx, admin_actor, monkeypatch):
    with time_machine.travel(MONDAY_0903, tick=False) as traveller:
        old = walk_in(desk_ctx, admin_actor, name="老访客", phone="13811110000", notes="带了孙子")
        desk_ctx.visits.check_out(admin_actor, old.id)
        traveller.shift(timedelta(days=200))  # retention is 180 days
        walk_in(desk_ctx, admin_actor, name="新访客", phone="13822220000")
        ui_services.session.sign_in(admin_actor)
        page = PrivacyPage(ui_services)
        qtbot.addWidget(page)
        assert "180 days" in page.retention.text()
        page.preview_button.click()
        assert "1 people would have their name and phone erased" in page.plan.text()
        assert "notes of 1 visits" in page.plan.text()
        assert {v.name for v in desk_ctx.visits.search(VisitQuery())} == {"老访客", "新访客"}  # dry run
        monkeypatch.setattr(page, "_confirm", lambda title, text: True)
        page.purge_button.click()
        assert "Purged: 1 people erased" in page.plan.text()
        visits = desk_ctx.visits.search(VisitQuery())
        assert sorted(v.name for v in visits) == ["", "新访客"]  # the old visit stays, anonymous
        assert all(v.notes == "" for v in visits)


def test_purge_asks_first(privacy_page, desk_ctx, admin_actor, monkeypatch):
    walk_in(desk_ctx, admin_actor)
    monkeypatch.setattr(privacy_page, "_confirm", lambda title, text: False)
    privacy_page.purge_button.click()
    assert privacy_page.plan.text() == ""


def test_export_and_erase_one_person(privacy_page, desk_ctx, admin_actor, tmp_path, monkeypatch):
    walk_in(desk_ctx, admin_actor, name="赵敏", phone="13833334444")
    walk_in(desk_ctx, admin_actor, name="周芷若", phone="13855556666")
    privacy_page.search_field.setText("4444")
    privacy_page.find()
    assert privacy_page.people.rowCount() == 1 and privacy_page.export_button.isEnabled()
    target = tmp_path / "person.json"
    monkeypatch.setattr(privacy_page, "_ask_save_path", lambda suggested: str(target))
    privacy_page.export_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["visitor"]["name"] == "赵敏" and data["visitor"]["phone"] == "13833334444"
    assert len(data["visits"]) == 1
    monkeypatch.setattr(privacy_page, "_confirm", lambda title, text: True)
    privacy_page.erase_button.click()
    assert "赵敏 was erased" in privacy_page.message.text()
    assert privacy_page.people.rowCount() == 0  # gone from the search
    assert sorted(v.name for v in desk_ctx.visits.search(VisitQuery())) == ["", "周芷若"]
