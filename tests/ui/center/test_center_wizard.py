"""The first-run wizard and the opening-hours editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from desk.accounts.actor import ADMIN
from ui.center.hours_editor import HoursEditor, HoursInputError, format_day, parse_day
from ui.center.wizard import CenterWizard


def _wizard(qtbot, services) -> CenterWizard:  # noqa: ANN001
    wizard = CenterWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_center(wizard: CenterWizard, phone: str = "010-12345678") -> None:
    page = wizard.center_page
    page.name_edit.setText("幸福社区党群服务中心")
    page.address_edit.setText("幸福路 1 号")
    page.phone_edit.setText(phone)
    page.hours_editor.day_edits[5].setText("９：００－１２：００")  # as a Chinese IME types it
    page.hours_editor.day_edits[6].setText("")  # closed on Sunday


def _fill_admin(wizard: CenterWizard, again: str = "first-admin-pw") -> None:
    page = wizard.admin_page
    page.username_edit.setText("zhang")
    page.name_edit.setText("张主任")
    page.password_edit.setText("first-admin-pw")
    page.again_edit.setText(again)


def _finish(wizard: CenterWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_wizard_creates_the_center_and_its_administrator(qtbot, ui_services):
    wizard = _wizard(qtbot, ui_services)
    _fill_center(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    _fill_admin(wizard)
    with qtbot.waitSignal(ui_services.bus.changes_applied):
        _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    desk = ui_services.desk
    center = desk.center.get()
    assert (center.name, center.address, center.supervision_phone) == (
        "幸福社区党群服务中心", "幸福路 1 号", "01012345678")
    hours = desk.center.hours()
    assert hours.days[0] == (("08:30", "12:00"), ("14:00", "17:30"))
    assert hours.days[5] == (("09:00", "12:00"),) and hours.days[6] == ()
    [user] = desk.accounts.users()
    assert (user.username, user.display_name, user.role) == ("zhang", "张主任", ADMIN)
    assert desk.accounts.sign_in("zhang", "first-admin-pw").is_admin
    assert wizard.admin_username() == "zhang"


def test_a_bad_supervision_phone_is_refused_on_the_page_and_nothing_changes(qtbot, ui_services):
    wizard = _wizard(qtbot, ui_services)
    _fill_center(wizard, phone="12345")
    wizard.next()
    assert wizard.currentPage() is wizard.center_page
    error = wizard.center_page.error_label
    assert error.isVisible()
    assert error.text().startswith("Supervision phone is not a valid phone number")
    assert not ui_services.desk.center.is_set_up()
    assert ui_services.desk.accounts.users() == []


def test_bad_hours_name_the_weekday(qtbot, ui_services):
    wizard = _wizard(qtbot, ui_services)
    _fill_center(wizard)
    wizard.center_page.hours_editor.day_edits[2].setText("14:00-12:00")
    wizard.next()
    assert wizard.currentPage() is wizard.center_page
    assert wizard.center_page.error_label.text() == "Wednesday: A session must end after it starts (14:00–12:00)."


def test_passwords_that_differ_are_caught_before_saving(qtbot, ui_services):
    wizard = _wizard(qtbot, ui_services)
    _fill_center(wizard)
    wizard.next()
    _fill_admin(wizard, again="something-else")
    _finish(wizard)
    assert wizard.isVisible()
    assert wizard.admin_page.error_label.text() == "The two passwords are not the same."
    assert not ui_services.desk.center.is_set_up()


def test_a_refusal_from_the_service_is_shown_and_nothing_changes(qtbot, ui_services, admin_actor):
    # Another process set the desk up meanwhile: set_up refuses, in its own words.
    wizard = _wizard(qtbot, ui_services)
    _fill_center(wizard)
    wizard.next()
    _fill_admin(wizard)
    _finish(wizard)
    assert wizard.isVisible()
    assert wizard.admin_page.error_label.text() == "This desk is already set up."
    assert [u.username for u in ui_services.desk.accounts.users()] == ["admin"]


@pytest.mark.parametrize(("typed", "sessions"), [
    ("08:30-12:00, 14:00-17:30", (("08:30", "12:00"), ("14:00", "17:30"))),
    ("8:30 - 12:00，14:00至17:30", (("08:30", "12:00"), ("14:00", "17:30"))),
    ("０８：３０－１２：００", (("08:30", "12:00"),)),
    ("", ()),
    ("休息", ()),
])
def test_hours_are_read_the_way_people_type_them(typed, sessions):
    assert parse_day(typed) == sessions
    assert parse_day(format_day(sessions)) == sessions


def test_the_editor_refuses_nonsense_and_too_many_sessions(qtbot):
    editor = HoursEditor()
    qtbot.addWidget(editor)
    editor.day_edits[0].setText("morning")
    with pytest.raises(HoursInputError, match="^Monday: write the times like"):
        editor.hours()
    editor.day_edits[0].setText("08:00-09:00, 10:00-11:00, 12:00-13:00, 14:00-15:00")
    with pytest.raises(HoursInputError, match="at most three"):
        editor.hours()
    editor.day_edits[0].setText("08:00-10:00, 09:00-11:00")
    with pytest.raises(HoursInputError, match="must not overlap"):
        editor.hours()
