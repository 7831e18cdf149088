"""The main window: pages, keys, scans, the lock screen, the status bar."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_pages_for_tests import PlainPage, ScanPage

from desk.changes import CENTER
from ui.shell.help import ShortcutsDialog
from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES, build_pages

ADMIN_PAGES = ("ui.accounts.page:AccountsPage", "ui.audit.page:AuditPage",
               "ui.center.settings_page:CenterSettingsPage")


def _window(qtbot, services, pages) -> MainWindow:  # noqa: ANN001
    window = MainWindow(services, pages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # offscreen: keys reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def _press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def test_pages_are_listed_in_order_and_ctrl_number_switches(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    scan, plain = ScanPage(), PlainPage(title="Rooms")
    window = _window(qtbot, ui_services, [scan, plain])
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Check-in", "Rooms"]
    assert window.current_page() is scan
    _press(qtbot, window, Qt.Key.Key_2)
    assert window.current_page() is plain
    _press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier)  # the page's own key
    assert window.current_page() is scan
    window.nav.setCurrentRow(1)
    assert window.current_page() is plain


def test_a_scan_goes_to_the_page_that_takes_scans(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    scan = ScanPage()
    window = _window(qtbot, ui_services, [PlainPage(), scan])
    assert window.route_scan("DQ1ABC") is True
    assert scan.scans == ["DQ1ABC"]
    assert window.current_page() is scan
    assert MainWindow(ui_services, [PlainPage()]).route_scan("DQ1ABC") is False


def test_the_title_names_the_center_and_follows_changes(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    window = _window(qtbot, ui_services, [])
    assert window.windowTitle().startswith("幸福社区党群服务中心 — ")
    changes = ui_services.desk.center.update(admin_actor, _form("新名字中心")).changes
    assert changes.touches(CENTER)
    ui_services.bus.announce(changes)
    assert window.windowTitle().startswith("新名字中心 — ")


def _form(name: str):  # noqa: ANN202
    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm

    return CenterForm(name, "", "010-12345678", OpeningHours.default())


def test_a_receptionist_gets_no_admin_pages(ui_services, admin_actor, receptionist_actor):
    assert set(ADMIN_PAGES) <= set(PAGES)
    assert build_pages(ui_services, receptionist_actor, ADMIN_PAGES) == []
    titles = [p.title for p in build_pages(ui_services, admin_actor, ADMIN_PAGES)]
    assert titles == ["Accounts", "Audit log", "Center & settings"]


def test_a_page_module_not_written_yet_is_skipped(ui_services, admin_actor):
    assert build_pages(ui_services, admin_actor, ("ui.not_there.page:Page",)) == []


def test_ctrl_l_locks_and_only_the_right_password_unlocks(qtbot, ui_services, admin_actor, admin_password):
    ui_services.session.sign_in(admin_actor)
    scan = ScanPage()
    window = _window(qtbot, ui_services, [scan])
    _press(qtbot, window, Qt.Key.Key_L)
    assert ui_services.session.is_locked
    overlay = window.lock_overlay
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert not window.centralWidget().isEnabled()
    assert overlay.who_label.text() == "Signed in: 王管理 (Administrator)"

    overlay.password_edit.setText("wrong-password")
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert ui_services.session.is_locked
    assert overlay.error_label.isVisible()
    _press(qtbot, window, Qt.Key.Key_2)  # page keys are dead while locked
    assert window.current_page() is scan

    overlay.password_edit.setText(admin_password)
    qtbot.keyClick(overlay.password_edit, Qt.Key.Key_Return)
    assert not ui_services.session.is_locked
    assert not overlay.isVisible()
    assert window.centralWidget().isEnabled()


def test_locking_closes_dialogs_that_would_show_above_the_lock(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    window = _window(qtbot, ui_services, [PlainPage()])
    window.help_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    ui_services.session.lock()
    assert not dialog.isVisible()


def test_f1_lists_every_shortcut(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    window = _window(qtbot, ui_services, [ScanPage(), PlainPage(title="Rooms")])
    rows = dict((action, keys) for keys, action in window.shortcut_list())
    assert rows["Check-in"] == "Ctrl+1, F9"
    assert rows["Rooms"] == "Ctrl+2"
    assert rows["Find a thing"] == "Ctrl+F"
    assert rows["Lock the desk"] == "Ctrl+L"
    assert rows["Quit"] == "Ctrl+Q"
    _press(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.table.topLevelItemCount() == len(rows)


def test_quitting_asks_first(qtbot, ui_services, admin_actor):
    ui_services.session.sign_in(admin_actor)
    window = _window(qtbot, ui_services, [])
    window.close()  # the window's close button
    assert window.isVisible()
    box = window.quit_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert window.isVisible()
    _press(qtbot, window, Qt.Key.Key_Q)
    with qtbot.waitSignal(window.quit_confirmed):
        window.quit_box.button(QMessageBox.StandardButton.Yes).click()
    assert not window.isVisible()


def test_the_status_bar_shows_who_and_a_live_clock(qtbot, ui_services, admin_actor):
    zone = ZoneInfo("Asia/Shanghai")
    with time_machine.travel(datetime(2025, 5, 6, 9, 15, 30, tzinfo=zone), tick=False) as traveller:
        ui_services.session.sign_in(admin_actor)
        window = _window(qtbot, ui_services, [])
        status = window.status
        assert status.clock_label.text() == "09:15:30"
        traveller.shift(timedelta(seconds=5))
        qtbot.waitUntil(lambda: status.clock_label.text() == "09:15:35", timeout=3000)
    assert status.user_label.text() == "王管理 (Administrator)"
    assert status.sync_label.text() == "Sync: not set up"
    assert str(ui_services.desk.folder) in status.folder_label.toolTip()
    QApplication.processEvents()


def _pass_text(kind) -> str:  # noqa: ANN001
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desk.passes.codec import PassClaims, encode

    start = datetime(2026, 11, 21, 8, 0, tzinfo=ZoneInfo("UTC"))
    claims = PassClaims(kind=kind, serial=7, center_id=1, valid_from=start,
                        valid_until=start + timedelta(hours=2), key_id=1)
    return encode(claims, Ed25519PrivateKey.generate())


def test_a_scan_goes_to_the_page_taking_its_kind_and_the_page_on_screen_first(qtbot, ui_services, admin_actor):
    from desk.passes.codec import PassKind

    class KindPage(ScanPage):
        def __init__(self, title: str, kinds: tuple[str, ...], on_screen: tuple[str, ...] = ()) -> None:
            super().__init__()
            self.title, self.kinds, self.on_screen = title, kinds, on_screen

        @property
        def scan_kinds(self) -> tuple[str, ...]:  # like the activity door: more while it is open
            return self.kinds + (self.on_screen if self.isVisible() else ())

    ui_services.session.sign_in(admin_actor)
    check_in, rooms = ScanPage(), KindPage("Rooms", ("booking",))
    door = KindPage("Door", ("signup",), on_screen=("resident",))
    window = _window(qtbot, ui_services, [check_in, PlainPage(), rooms, door])
    booking, resident = _pass_text(PassKind.BOOKING), _pass_text(PassKind.RESIDENT)
    assert window.route_scan(booking)
    assert rooms.scans == [booking] and window.current_page() is rooms
    window.show_page(1)  # a page that takes no scans: a resident pass checks in
    assert window.route_scan(resident)
    assert check_in.scans == [resident] and door.scans == []
    window.show_page(3)  # the activity door is open: it takes the resident's pass
    assert window.route_scan(resident)
    assert door.scans == [resident] and window.current_page() is door
    window.route_scan("not a pass")  # anything else goes to check-in, which explains the refusal
    assert check_in.scans == [resident, "not a pass"] and window.current_page() is check_in
