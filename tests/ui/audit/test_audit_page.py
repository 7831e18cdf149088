"""The audit browser: the model, the filters and the before/after pane."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import time_machine
from PySide6.QtCore import QDate

from desk.errors import NotAllowed
from ui.audit.model import AuditTableModel, pretty_json
from ui.audit.page import AuditPage


@pytest.fixture
def page(qtbot, ui_services, admin_actor, receptionist_actor):
    ui_services.session.sign_in(admin_actor)
    widget = AuditPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _column(page: AuditPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_the_model_passes_qt_checks(qtmodeltester, ui_services, admin_actor, receptionist_actor):
    model = AuditTableModel(ui_services.desk.clock)
    model.set_entries(ui_services.desk.audit.browse(admin_actor))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_entries_are_listed_newest_first_with_readable_actions(page):
    assert page.title == "Audit log"
    assert _column(page, AuditTableModel.ACTION) == ["Account created", "Account created", "Center set up"]
    assert _column(page, AuditTableModel.USER) == ["admin", "System", "System"]
    assert page.count_label.text() == "3 entries"


def test_times_are_shown_in_the_centers_zone(qtbot, ui_services, admin_actor):
    with time_machine.travel(datetime(2025, 1, 2, 1, 30, tzinfo=UTC), tick=False):
        ui_services.desk.center.set_setting(admin_actor, "retention_days", 90)
        ui_services.session.sign_in(admin_actor)
        page = AuditPage(ui_services)
        qtbot.addWidget(page)
    assert _column(page, AuditTableModel.TIME)[0] == "2025-01-02 09:30:00"  # UTC+8


def test_filters_narrow_the_list(qtbot, page):
    page.action_combo.setCurrentIndex(page.action_combo.findData("center.set_up"))
    page.search()
    assert _column(page, AuditTableModel.ACTION) == ["Center set up"]
    page.action_combo.setCurrentIndex(0)
    page.user_combo.setCurrentIndex(page.user_combo.findData("admin"))
    page.search()
    assert _column(page, AuditTableModel.ENTITY) == ["Account 2"]
    page.user_combo.setCurrentIndex(0)
    page.text_edit.setText("receptionist")
    page.search()
    assert _column(page, AuditTableModel.USER) == ["admin"]
    page.text_edit.clear()
    page.until_edit.setDate(QDate(2000, 1, 1))
    page.since_edit.setDate(QDate(2000, 1, 1))
    page.search()
    assert page.proxy.rowCount() == 0


def test_selecting_an_entry_shows_before_and_after(qtbot, page, ui_services, admin_actor, receptionist_actor):
    done = ui_services.desk.accounts.update_user(admin_actor, receptionist_actor.user_id, display_name="李晓红")
    ui_services.bus.announce(done.changes)
    page.view.selectRow(0)
    text = page.details.toPlainText()
    assert text.startswith("Account changed by admin (user.update)\n\nRecord: Account 2")
    assert 'Before:\n{\n  "active": true,\n  "display_name": "李前台"' in text
    assert '"display_name": "李晓红"' in text.split("After:")[1]


def test_pretty_json_leaves_non_json_alone():
    assert pretty_json('{"b":1,"a":"中"}') == '{\n  "a": "中",\n  "b": 1\n}'
    assert pretty_json("not json") == "not json"
    assert pretty_json(None) == ""


def test_only_administrators_may_read_it(ui_services, receptionist_actor):
    assert AuditPage.admin_only is True
    with pytest.raises(NotAllowed):
        ui_services.desk.audit.browse(receptionist_actor)
