"""The order of screens: first-run wizard → sign-in → main window ⇄ lock screen.

``DeskFlow`` owns the main window (built once, hidden until someone signs in) and the
dialogs in front of it. Pages are built for each account when it signs in, so an
administrator's pages never exist for a receptionist. Scans reach the page that takes
them only while someone is signed in and the desk is unlocked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.accounts.actor import Actor
from desk.changes import SETTINGS, Changes
from ui.center.wizard import CenterWizard
from ui.app_services import UiServices
from ui.shell.idle import IdleWatcher
from ui.shell.login import LoginDialog
from ui.shell.main_window import MainWindow
from ui.shell.pages import build_pages

log = logging.getLogger(__name__)

PageBuilder = Callable[[UiServices, Actor], list[QWidget]]


class DeskFlow(QObject):
    screen_shown = Signal(object)
    """A top-level screen (wizard, login or main window) was shown; the argument is it."""

    def __init__(self, services: UiServices, *, build: PageBuilder = build_pages,
                 icon: QIcon | None = None, quit: Callable[[], None] = QCoreApplication.quit,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._build = build
        self._icon = icon or QIcon()
        self._quit = quit
        self.wizard: CenterWizard | None = None
        self.login: LoginDialog | None = None
        self.window = MainWindow(services)
        self.window.setWindowIcon(self._icon)
        self.window.quit_confirmed.connect(self._on_window_quit_confirmed)
        self.idle = IdleWatcher(services.session, 10 * 60_000, self)
        session = services.session
        session.signed_in.connect(self._on_session_signed_in)
        session.signed_out.connect(self._on_session_signed_out)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)

    # ---- start ---------------------------------------------------------------------------
    def start(self, *, demo: Callable[[], Any] | None = None,
              auto_sign_in: tuple[str, str] | None = None) -> None:
        """Show the first screen. ``demo`` makes a demo center if the store has none;
        ``auto_sign_in`` (benchmarks only) signs in without the dialog."""
        center = self.services.desk.center
        self.services.tasks.read(center.is_set_up,
                                 lambda ready: self._on_set_up_checked(ready, demo, auto_sign_in))

    def _on_set_up_checked(self, ready: bool, demo: Callable[[], Any] | None,
                           auto_sign_in: tuple[str, str] | None) -> None:
        if ready:
            if auto_sign_in:
                self._sign_in_directly(*auto_sign_in)
            else:
                self.show_login()
        elif demo is not None:
            self._make_demo(demo, auto_sign_in)
        else:
            self.show_wizard()

    def _make_demo(self, demo: Callable[[], Any], auto_sign_in: tuple[str, str] | None) -> None:
        progress = QProgressDialog(self.tr("Creating the demo center…"), "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Desk"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()

        def done(_result: object) -> None:
            progress.close()
            progress.deleteLater()
            self._on_set_up_checked(True, None, auto_sign_in)

        def failed(error: BaseException) -> None:
            progress.close()
            progress.deleteLater()
            self.services.tasks.error_occurred.emit(error)
            self.show_wizard()

        self.services.tasks.write(demo, done, failed)

    def _sign_in_directly(self, username: str, password: str) -> None:
        accounts = self.services.desk.accounts
        self.services.tasks.write(lambda: accounts.sign_in(username, password),
                                  self.services.session.sign_in,
                                  lambda _error: self.show_login(username))

    def adopt_login(self, login: LoginDialog) -> None:
        """Take over a sign-in window shown before the store was open (see ui/app.py)."""
        if login.result() or not login.isVisible():
            if self.services.session.actor is None:
                self.quit()  # closed before we were ready: the person chose Quit
            return
        self.login = login
        login.finished.connect(self._on_login_finished)
        self.screen_shown.emit(login)

    # ---- screens -------------------------------------------------------------------------
    def show_wizard(self) -> None:
        self.wizard = CenterWizard(self.services)
        self.wizard.setWindowIcon(self._icon)
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.show()
        self.screen_shown.emit(self.wizard)

    def _on_wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        if result:
            self.show_login(wizard.admin_username())
        else:
            self.quit()  # nothing was set up; the wizard comes back next time

    def show_login(self, username: str = "") -> None:
        if self.login is not None:
            self.login.raise_()
            return
        center = self.services.desk.center
        self.services.tasks.read(center.get, lambda row: self._open_login(row, username))

    def _open_login(self, center: object, username: str) -> None:
        if self.login is not None:
            return
        self.login = LoginDialog(self.services, center_name=getattr(center, "name", ""),
                                 username=username)
        self.login.setWindowIcon(self._icon)
        self.login.finished.connect(self._on_login_finished)
        self.login.show()
        self.screen_shown.emit(self.login)

    def _on_login_finished(self, result: int) -> None:
        login, self.login = self.login, None
        if login is not None:
            login.deleteLater()
        if not result and self.services.session.actor is None:
            self.quit()

    # ---- session -------------------------------------------------------------------------
    def _on_session_signed_in(self, actor: Actor) -> None:
        self.window.set_pages(self._build(self.services, actor))
        self.window.show()
        self.window.activateWindow()
        self._load_idle_minutes()
        self.screen_shown.emit(self.window)

    def _on_session_signed_out(self) -> None:
        self.window.hide()
        self.window.set_pages([])
        self.show_login()

    def route_scan(self, text: str) -> None:
        """Slot for the scanner: ignored unless someone is signed in and unlocked."""
        session = self.services.session
        if session.actor is None or self.login is not None or self.wizard is not None:
            log.info("scan ignored: nobody is signed in")
            return
        if session.is_locked:
            log.info("scan ignored: the desk is locked")
            self.window.lock_overlay.show_scan_hint()
            return
        if not self.window.route_scan(text):
            log.info("scan ignored: no page takes scans")

    # ---- settings and quitting -----------------------------------------------------------
    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(SETTINGS):
            self._load_idle_minutes()

    def _load_idle_minutes(self) -> None:
        center = self.services.desk.center
        self.services.tasks.read(lambda: center.settings()["idle_lock_minutes"],
                                 self.idle.set_timeout_minutes)

    def quit(self) -> None:
        """Close the desk now, without asking."""
        self.window.allow_close()
        self._quit()

    def _on_window_quit_confirmed(self) -> None:
        self.quit()
