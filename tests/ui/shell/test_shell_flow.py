"""The order of screens, the idle lock, and scans that must not act while nobody can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard
from shell_pages_for_tests import ScanPage, shell_pages

from ui.shell.flow import DeskFlow
from ui.shell.idle import IdleWatcher


class Quit:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def _flow(qtbot, services) -> tuple[DeskFlow, Quit]:  # noqa: ANN001
    quit = Quit()
    flow = DeskFlow(services, build=shell_pages, quit=quit)
    qtbot.addWidget(flow.window)
    return flow, quit


def _sign_in(qtbot, flow: DeskFlow, username: str, password: str) -> None:
    login = flow.login
    assert login is not None and login.isVisible()
    login.username_edit.setText(username)
    login.password_edit.setText(password)
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)


def test_a_new_store_goes_wizard_then_login_then_window(qtbot, ui_services):
    flow, quit = _flow(qtbot, ui_services)
    flow.start()
    wizard = flow.wizard
    assert wizard is not None and wizard.isVisible() and flow.login is None
    page = wizard.center_page
    page.name_edit.setText("幸福社区党群服务中心")
    page.phone_edit.setText("010-12345678")
    wizard.next()
    admin = wizard.admin_page
    admin.name_edit.setText("王管理")
    admin.password_edit.setText("first-admin-pw")
    admin.again_edit.setText("first-admin-pw")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert flow.wizard is None
    assert flow.login is not None and flow.login.username_edit.text() == "admin"
    _sign_in(qtbot, flow, "admin", "first-admin-pw")
    assert flow.login is None
    assert flow.window.isVisible()
    titles = [p.title for p in flow.window.pages()]
    assert titles == ["Check-in", "Accounts", "Audit log", "Center & settings"]
    assert quit.calls == 0


def test_closing_the_wizard_quits_without_setting_anything_up(qtbot, ui_services):
    flow, quit = _flow(qtbot, ui_services)
    flow.start()
    flow.wizard.reject()
    assert quit.calls == 1
    assert not ui_services.desk.center.is_set_up()


def test_a_receptionist_sees_no_admin_pages(qtbot, ui_services, receptionist_actor, receptionist_password):
    flow, _quit = _flow(qtbot, ui_services)
    flow.start()
    _sign_in(qtbot, flow, "front", receptionist_password)
    assert [p.title for p in flow.window.pages()] == ["Check-in"]


def test_scans_act_only_when_someone_is_signed_in_and_unlocked(qtbot, ui_services, admin_actor, admin_password):
    flow, _quit = _flow(qtbot, ui_services)
    flow.start()
    flow.route_scan("DQ1BEFORELOGIN")  # the login dialog is up: ignored
    _sign_in(qtbot, flow, "admin", admin_password)
    page = flow.window.pages()[0]
    assert isinstance(page, ScanPage)
    flow.route_scan("DQ1FIRST")
    ui_services.session.lock()
    flow.route_scan("DQ1WHILELOCKED")
    assert page.scans == ["DQ1FIRST"]
    assert flow.window.lock_overlay.scan_hint_label.isVisible()
    assert "Unlock to scan" in flow.window.lock_overlay.scan_hint_label.text()


def test_sign_in_as_someone_else_from_the_lock_screen(qtbot, ui_services, admin_actor, receptionist_actor,
                                                      receptionist_password):
    flow, quit = _flow(qtbot, ui_services)
    ui_services.session.sign_in(admin_actor)
    assert len(flow.window.pages()) == 4
    ui_services.session.lock()
    qtbot.mouseClick(flow.window.lock_overlay.switch_button, Qt.MouseButton.LeftButton)
    assert ui_services.session.actor is None
    assert not flow.window.isVisible() and flow.window.pages() == []
    _sign_in(qtbot, flow, "front", receptionist_password)
    assert ui_services.session.actor == receptionist_actor
    assert flow.window.isVisible() and flow.window.centralWidget().isEnabled()
    assert [p.title for p in flow.window.pages()] == ["Check-in"]
    assert quit.calls == 0


def test_the_idle_lock_follows_the_setting(qtbot, ui_services, admin_actor):
    flow, _quit = _flow(qtbot, ui_services)
    ui_services.session.sign_in(admin_actor)
    assert flow.idle.timeout_ms == 10 * 60_000 and flow.idle.running
    done = ui_services.desk.center.set_setting(admin_actor, "idle_lock_minutes", 3)
    ui_services.bus.announce(done.changes)
    assert flow.idle.timeout_ms == 3 * 60_000


def test_idle_locks_after_the_timeout_and_input_postpones_it(qtbot, qapp, ui_services, admin_actor):
    # A timeout well above the typing gap: on a loaded 2-core CI machine a 150 ms wait can
    # take several times that, and a gap longer than the timeout is a real idle.
    watcher = IdleWatcher(ui_services.session, 1200)
    watcher.install(qapp)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    try:
        ui_services.session.sign_in(admin_actor)
        assert watcher.running
        for _ in range(10):  # 1.5 s of typing, longer than the timeout
            qtbot.wait(150)
            qtbot.keyClick(field, Qt.Key.Key_A)
        assert not ui_services.session.is_locked
        qtbot.waitUntil(lambda: ui_services.session.is_locked, timeout=5000)
        assert not watcher.running  # locked: nothing more to time until unlocked
        ui_services.session.unlock()
        assert watcher.running
    finally:
        qapp.removeEventFilter(watcher)


def test_the_same_flow_with_real_worker_threads(qtbot, ui_services):
    from ui.tasks import TaskRunner

    ui_services.tasks = TaskRunner()  # writes on the write thread, results by signal
    flow, quit = _flow(qtbot, ui_services)
    flow.start()
    qtbot.waitUntil(lambda: flow.wizard is not None, timeout=5000)
    wizard = flow.wizard
    wizard.center_page.name_edit.setText("幸福社区党群服务中心")
    wizard.center_page.phone_edit.setText("010-12345678")
    wizard.next()
    wizard.admin_page.name_edit.setText("王管理")
    wizard.admin_page.password_edit.setText("first-admin-pw")
    wizard.admin_page.again_edit.setText("first-admin-pw")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # no double submit
    qtbot.waitUntil(lambda: flow.login is not None, timeout=10000)
    _sign_in(qtbot, flow, "admin", "first-admin-pw")
    qtbot.waitUntil(lambda: flow.window.isVisible(), timeout=10000)
    ui_services.session.lock()
    overlay = flow.window.lock_overlay
    overlay.password_edit.setText("first-admin-pw")
    overlay.unlock_button.click()
    qtbot.waitUntil(lambda: not ui_services.session.is_locked, timeout=10000)
    assert quit.calls == 0
    ui_services.tasks.wait_idle(5000)
