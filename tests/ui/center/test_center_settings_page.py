"""Center & settings: an administrator edits the center and the desk's rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.changes import SETTINGS
from ui.center.settings_page import CenterSettingsPage


@pytest.fixture
def page(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    widget = CenterSettingsPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_it_shows_what_is_stored(page, ui_services):
    assert page.title == "Center & settings"
    assert page.name_edit.text() == "幸福社区党群服务中心"
    assert page.phone_edit.text() == "01012345678"
    assert page.spin_boxes["idle_lock_minutes"].value() == 10
    assert page.auto_checkout_box.isChecked()
    assert page.purpose_combo.currentData() == "consult"
    assert page.privacy_edit.toPlainText().startswith("本中心仅为来访登记")
    assert page.edited_settings() == {}


def test_saving_settings_stores_only_what_changed_and_announces_it(qtbot, page, ui_services):
    page.spin_boxes["idle_lock_minutes"].setValue(3)
    page.auto_checkout_box.setChecked(False)
    assert page.edited_settings() == {"idle_lock_minutes": 3, "auto_checkout": False}
    with qtbot.waitSignal(ui_services.bus.changes_applied) as announced:
        qtbot.mouseClick(page.save_settings_button, Qt.MouseButton.LeftButton)
    assert announced.args[0].touches(SETTINGS)
    settings = ui_services.desk.center.settings()
    assert settings["idle_lock_minutes"] == 3 and settings["auto_checkout"] is False
    assert page.settings_message.text() == "Saved."
    assert page.edited_settings() == {}  # reloaded from the store
    changes = [e for e in ui_services.desk.audit.browse(ui_services.session.actor)
               if e.action == "setting.change"]
    assert len(changes) == 2


def test_the_spin_boxes_keep_to_the_services_limits(page):
    spin = page.spin_boxes["idle_lock_minutes"]
    assert (spin.minimum(), spin.maximum()) == (1, 240)


def test_saving_the_center_validates_through_the_service(qtbot, page, ui_services):
    page.phone_edit.setText("12345")
    qtbot.mouseClick(page.save_center_button, Qt.MouseButton.LeftButton)
    assert page.center_message.text().startswith("Supervision phone is not a valid phone number")
    assert page.phone_edit.text() == "12345"  # what was typed stays, to be corrected
    assert ui_services.desk.center.get().supervision_phone == "01012345678"

    page.phone_edit.setText("13812345678")
    page.name_edit.setText("幸福社区党群服务中心（新址）")
    page.hours_editor.day_edits[6].setText("09:00-11:00")
    qtbot.mouseClick(page.save_center_button, Qt.MouseButton.LeftButton)
    assert page.center_message.text() == "Saved."
    center = ui_services.desk.center
    assert center.get().supervision_phone == "13812345678"
    assert center.get().name == "幸福社区党群服务中心（新址）"
    assert center.hours().days[6] == (("09:00", "11:00"),)


def test_unreadable_hours_are_explained_and_not_sent(qtbot, page, ui_services):
    page.hours_editor.day_edits[0].setText("all day")
    qtbot.mouseClick(page.save_center_button, Qt.MouseButton.LeftButton)
    assert page.center_message.text().startswith("Monday: write the times like")
    assert ui_services.desk.center.hours().days[0] == (("08:30", "12:00"), ("14:00", "17:30"))


def test_it_is_for_administrators_only(ui_services):
    assert CenterSettingsPage.admin_only is True
