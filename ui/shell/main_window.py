"""The main window: a navigation list on the left, the current page on the right.

It knows nothing of what pages do: it shows whatever widgets it is given (see
``ui.shell.pages`` for what a page may offer), routes scans to the page that handles
them, and owns the window-wide keys (Ctrl+1..9, Ctrl+L, F1, Ctrl+Q), the status bar and
the lock screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from desk.changes import CENTER, Changes
from desk.passes.codec import peek_kind
from ui.i18n import fill
from ui.app_services import UiServices
from ui.shell.help import ShortcutsDialog
from ui.shell.lock import LockOverlay
from ui.shell.pages import page_title
from ui.shell.status_bar import DeskStatusBar

MAX_NUMBERED_PAGES = 9
NAV_STYLE = """
QListWidget#pageNavigation { font-size: 15px; border: none; background: transparent; }
QListWidget#pageNavigation::item { padding: 9px 10px; border-radius: 4px; }
QListWidget#pageNavigation::item:selected { background: #c62828; color: white; }
"""


class MainWindow(QMainWindow):
    quit_confirmed = Signal()
    """The person confirmed that the desk should close."""

    def __init__(self, services: UiServices, pages: Sequence[QWidget] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._pages: list[QWidget] = []
        self._page_actions: list[QAction] = []
        self._closing = False
        self.quit_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Party-Mass Service Center Desk"))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("pageNavigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        self.lock_button.clicked.connect(self._on_lock_action_triggered)
        column = QWidget()
        column.setFixedWidth(200)
        side = QVBoxLayout(column)
        side.setContentsMargins(6, 6, 6, 6)
        side.addWidget(self.nav, 1)
        side.addWidget(self.lock_button)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(column)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(content)
        self.status = DeskStatusBar(services, self)
        self.setStatusBar(self.status)
        self.lock_overlay = LockOverlay(services, self)

        self.lock_action = self._action(self.tr("Lock the desk"), "Ctrl+L",
                                        self._on_lock_action_triggered)
        self.help_action = self._action(self.tr("Keyboard shortcuts"), "F1",
                                        self._on_help_action_triggered)
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.ask_to_quit)

        services.session.signed_in.connect(self._on_session_signed_in)
        services.session.locked.connect(self._on_session_locked)
        services.session.unlocked.connect(self._on_session_unlocked)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.set_pages(pages)
        self._load_title()

    def _action(self, text: str, keys: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- pages ---------------------------------------------------------------------------
    def set_pages(self, pages: Sequence[QWidget]) -> None:
        """Replace every page (a new sign-in builds the pages for that account)."""
        for action in self._page_actions:
            self.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        for old in self._pages:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.nav.clear()
        self._pages = list(pages)
        for index, page in enumerate(self._pages):
            self.stack.addWidget(page)
            item = QListWidgetItem(page_title(page))
            icon = getattr(page, "icon", None)
            if isinstance(icon, QIcon):
                item.setIcon(icon)
            self.nav.addItem(item)
            keys = [QKeySequence(f"Ctrl+{index + 1}")] if index < MAX_NUMBERED_PAGES else []
            own = getattr(page, "shortcut", None)
            if own:
                keys.append(QKeySequence(own))
            if keys:
                action = QAction(page_title(page), self)
                action.setShortcuts(keys)
                action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
                self.addAction(action)
                self._page_actions.append(action)
            item.setToolTip(" / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys))
        if self._pages:
            self.show_page(0)

    def pages(self) -> list[QWidget]:
        return list(self._pages)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self._pages):
            self.nav.setCurrentRow(index)
            self.stack.setCurrentIndex(index)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentIndex(row)

    def route_scan(self, text: str) -> bool:
        """Hand a scan to the page that takes it, showing it; False if there is none.

        A page taking only some kinds of pass names them in ``scan_kinds`` (a booking pass
        goes to the rooms page, a sign-up pass to the activities page); a page without
        ``scan_kinds`` takes every kind (the check-in page, which explains refusals). The
        page on screen is asked first; ``scan_kinds`` may change with what the page shows
        (the activity door names resident passes only while it is open on screen)."""
        kind = peek_kind(text)
        takers = [(index, page) for index, page in enumerate(self._pages)
                  if callable(getattr(page, "handle_scan", None))]
        if not takers:
            return False
        current = self.stack.currentIndex()

        def names_kind(page: QWidget) -> bool:
            return kind is not None and kind in (getattr(page, "scan_kinds", None) or ())

        chosen = next((pair for pair in takers if pair[0] == current and names_kind(pair[1])), None)
        chosen = chosen or next((pair for pair in takers if names_kind(pair[1])), None)
        chosen = chosen or next((pair for pair in takers if getattr(pair[1], "scan_kinds", None) is None),
                                takers[0])
        index, page = chosen
        if index != current:
            self.show_page(index)
        page.handle_scan(text)
        return True

    # ---- window-wide actions -------------------------------------------------------------
    def _on_lock_action_triggered(self) -> None:
        self.services.session.lock()

    def shortcut_list(self) -> list[tuple[str, str]]:
        native = QKeySequence.SequenceFormat.NativeText
        rows = [(", ".join(k.toString(native) for k in a.shortcuts()), a.text())
                for a in self._page_actions]
        for page in self._pages:
            rows.extend((str(keys), str(what)) for keys, what in getattr(page, "help_shortcuts", []))
        rows.extend((a.shortcut().toString(native), a.text())
                    for a in (self.lock_action, self.help_action, self.quit_action))
        return rows

    def _on_help_action_triggered(self) -> None:
        ShortcutsDialog(self.shortcut_list(), self).open()

    def ask_to_quit(self) -> None:
        if self.quit_box is not None and self.quit_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit"),
                          self.tr("Close the desk? Scans are not taken while it is closed."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self._on_quit_box_finished)
        self.quit_box = box
        box.open()

    def _on_quit_box_finished(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self._closing = True
            self.quit_confirmed.emit()
            self.close()

    def allow_close(self) -> None:
        """The desk is quitting: the next close is not questioned (Qt 6's quit() closes
        every window first and gives up if one refuses)."""
        self._closing = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._closing:
            event.accept()
            return
        event.ignore()
        if not self.services.session.is_locked:
            self.ask_to_quit()

    # ---- lock ----------------------------------------------------------------------------
    def _set_unlocked_ui(self, enabled: bool) -> None:
        self.centralWidget().setEnabled(enabled)
        for action in (*self._page_actions, self.lock_action, self.help_action, self.quit_action):
            action.setEnabled(enabled)

    def _on_session_locked(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # nothing of the desk stays visible above the lock screen
        self._set_unlocked_ui(False)

    def _on_session_unlocked(self) -> None:
        self._set_unlocked_ui(True)

    def _on_session_signed_in(self, _actor: object) -> None:
        self._set_unlocked_ui(True)

    # ---- title ---------------------------------------------------------------------------
    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(CENTER):
            self._load_title()

    def _load_title(self) -> None:
        center = self.services.desk.center
        self.services.tasks.read(center.get, self._on_center_loaded)

    def _on_center_loaded(self, center: object) -> None:
        name = getattr(center, "name", "")
        if name:
            self.setWindowTitle(fill(self.tr("%1 — Party-Mass Service Center Desk"), name))
