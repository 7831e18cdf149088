"""Visit purposes as an administrator manages them: the table model, adding through the
dialog (the check-in page's walk-in form offers it at once), editing, deactivating,
reordering, and refusals shown without changing anything."""

from __future__ import annotations

import pytest
import time_machine
from checkin_support import MONDAY_0903
from PySide6.QtCore import Qt

from ui.visits.page import CheckInPage
from ui.visits.purpose_dialog import PurposeDialog
from ui.visits.purpose_model import PurposeTableModel
from ui.visits.purposes_page import PurposesPage

SEED_LABELS = ["咨询", "办事", "参加活动", "使用场地", "参观", "党员报到", "其他"]


@pytest.fixture
def page(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    widget = PurposesPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(page: PurposesPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _select(page: PurposesPage, label: str) -> None:
    page.view.selectRow(next(i for i, row in enumerate(_rows(page)) if row[0] == label))


def _combo_labels(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_model_passes_qt_checks(qtmodeltester, ui_services, admin_actor):
    model = PurposeTableModel()
    model.set_purposes(ui_services.desk.purposes.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 7


def test_the_page_lists_purposes_with_their_rules_in_words(page):
    assert page.title == "Visit purposes"
    assert PurposesPage.admin_only
    assert [row[0] for row in _rows(page)] == SEED_LABELS
    assert _rows(page)[5] == ["党员报到", "party_report", "Required", "Required", "Optional", "Required", "Active"]
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Name"
    assert not page.edit_button.isEnabled() and not page.up_button.isEnabled()


def test_adding_a_purpose_through_the_dialog_offers_it_on_the_walk_in_form(qtbot, page, ui_services):
    with time_machine.travel(MONDAY_0903, tick=False):
        check_in = CheckInPage(ui_services)
    qtbot.addWidget(check_in)
    assert "政策咨询" not in _combo_labels(check_in.walk_in.purpose)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PurposeDialog) and dialog.isVisible()
    dialog.label_edit.setText("政策咨询")
    dialog.set_rule("name", "required")
    dialog.set_rule("organisation", "hidden")
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert page.message_label.text() == "Purpose 政策咨询 added."
    assert _rows(page)[-1] == ["政策咨询", "zhengcezixun", "Required", "Optional", "Hidden", "Hidden", "Active"]
    assert page.selected_purpose().label == "政策咨询"
    assert _combo_labels(check_in.walk_in.purpose)[-1] == "政策咨询"
    walk_in = check_in.walk_in
    walk_in.purpose.setCurrentIndex(walk_in.purpose.findData("zhengcezixun"))
    assert walk_in.name.isVisibleTo(walk_in) and not walk_in.organisation.isVisibleTo(walk_in)


def test_a_refusal_is_shown_in_the_dialog_and_nothing_changes(qtbot, page, ui_services):
    before = ui_services.desk.purposes.list()
    _select(page, "办事")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.label_edit.text() == "办事" and dialog.rules()["phone"] == "required"
    dialog.set_rule("name", "hidden")  # the phone stays required
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("The name cannot be hidden while the phone is required")
    assert dialog.buttons.isEnabled()  # may correct and try again
    assert ui_services.desk.purposes.list() == before
    dialog.set_rule("phone", "optional")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert page.message_label.text() == "Purpose 办事 saved."
    assert _rows(page)[1][2:4] == ["Hidden", "Optional"]


def test_deactivating_and_activating(qtbot, page, ui_services):
    _select(page, "参观")
    assert page.active_button.text() == "Deactivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "参观 is no longer offered on the walk-in form; its past visits keep it."
    assert _rows(page)[4][-1] == "Inactive"
    assert "tour" not in [p.code for p in ui_services.desk.visits.purposes()]
    assert page.active_button.text() == "Activate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert "tour" in [p.code for p in ui_services.desk.visits.purposes()]


def test_deactivating_the_scan_purpose_is_refused_on_the_page(qtbot, page, ui_services):
    _select(page, "咨询")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert "resident-pass scan" in page.message_label.text()
    assert _rows(page)[0][-1] == "Active"
    assert "consult" in [p.code for p in ui_services.desk.visits.purposes()]


def test_moving_keeps_the_purpose_selected(qtbot, page):
    _select(page, "其他")
    assert not page.down_button.isEnabled()
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in _rows(page)][-2:] == ["其他", "党员报到"]
    assert page.selected_purpose().label == "其他"
    assert page.down_button.isEnabled()
