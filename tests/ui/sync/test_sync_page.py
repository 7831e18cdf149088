"""The sync page and the status bar against a real hub on loopback: enroll, go offline with
records waiting, come back and drain, and see a record the hub would not take."""

from __future__ import annotations

import psycopg

from desk.sync.outbox import emit
from hub import auth
from hub.testing import HubThread
from ui.shell.status_bar import DeskStatusBar
from ui.sync.controller import SyncController
from ui.sync.sync_page import SyncPage


def _controller(ui_services) -> SyncController:  # noqa: ANN001
    controller = SyncController(ui_services.desk, ui_services.tasks, ui_services.bus, interval=3600)
    ui_services.sync = controller
    controller.start()
    return controller


def _whereabouts(ctx, count: int, kind: str = "roster.whereabouts") -> None:  # noqa: ANN001
    with ctx.store.write() as session:
        for n in range(count):
            emit(session, kind, {"staff_id": n, "name": "张三", "status": "外出", "at": "2026-11-21T09:00:00+08:00"})


def test_enroll_then_offline_then_back_as_the_status_bar_and_page_tell_it(qtbot, ui_services, admin_actor,
                                                                           hub_dsn):
    hub = HubThread(hub_dsn).start()
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        _center_id, code = auth.create_center(conn, "幸福社区")
    ui_services.session.sign_in(admin_actor)
    controller = _controller(ui_services)
    bar = DeskStatusBar(ui_services)
    page = SyncPage(ui_services)
    qtbot.addWidget(bar)
    qtbot.addWidget(page)
    page.show()
    try:
        assert bar.sync_label.text() == "Sync: not set up"
        assert page.enroll_box.isVisible() and not page.sync_button.isEnabled()
        page.hub_edit.setText(hub.url)
        page.code_edit.setText("WRONG-CODE")
        page.enroll_button.click()
        assert "color" in page.message_label.styleSheet() and controller.runner is None  # refused, nothing kept
        page.code_edit.setText(code)
        page.enroll_button.click()
        assert "幸福社区" in page.message_label.text()
        qtbot.waitUntil(lambda: bar.sync_label.text().startswith("Sync: up to date"), timeout=20_000)
        assert not page.enroll_box.isVisible() and page.sync_button.isEnabled()
        assert hub.url in page.detail_label.text()

        hub.stop()  # the network goes down; the desk keeps recording
        _whereabouts(ui_services.desk, 25)
        page.sync_now()
        qtbot.waitUntil(lambda: "offline" in bar.sync_label.text(), timeout=20_000)
        assert "25 waiting" in bar.sync_label.text()
        assert "Nothing is lost" in bar.sync_label.toolTip()
        assert page.log_list.count() >= 2 and "failed" in page.log_list.item(0).text()

        back = HubThread(hub_dsn, port=hub.port)
        back.thread.start()
        page.sync_now()
        qtbot.waitUntil(lambda: bar.sync_label.text().startswith("Sync: up to date"), timeout=20_000)
        with psycopg.connect(hub_dsn) as conn:
            assert conn.execute("SELECT count(*) FROM event WHERE kind = 'roster.whereabouts'").fetchone()[0] == 25

        _whereabouts(ui_services.desk, 1, kind="roster.unheard_of")  # a kind this hub does not know
        page.sync_now()
        qtbot.waitUntil(lambda: "1 not accepted" in bar.sync_label.text(), timeout=20_000)
        qtbot.waitUntil(lambda: page.parked_model.rowCount() == 1, timeout=5_000)
        assert page.parked_model.index(0, 1).data() == "roster.unheard_of"
        assert page.retry_button.isVisible() and page.retry_button.isEnabled()
        back.stop()
    finally:
        controller.stop()


def test_a_receptionist_sees_the_state_but_cannot_enroll(qtbot, ui_services, receptionist_actor):
    ui_services.session.sign_in(receptionist_actor)
    _controller(ui_services)
    page = SyncPage(ui_services)
    qtbot.addWidget(page)
    page.show()
    assert not page.enroll_box.isVisible() and not page.retry_button.isVisible()
    assert "administrator" in page.detail_label.text()
    ui_services.sync.stop()
