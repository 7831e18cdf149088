"""Stand-in pages for shell tests, so they do not depend on the real check-in page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ScanPage(QWidget):
    """Takes scans, like the check-in page."""

    title = "Check-in"
    shortcut = "F9"

    def __init__(self, services=None) -> None:  # noqa: ANN001 - the page contract
        super().__init__()
        self.services = services
        self.scans: list[str] = []
        QVBoxLayout(self).addWidget(QLabel("scan page"))

    def handle_scan(self, text: str) -> None:
        self.scans.append(text)


class PlainPage(QWidget):
    help_shortcuts = [("Ctrl+F", "Find a thing")]

    def __init__(self, services=None, title: str = "Plain") -> None:  # noqa: ANN001
        super().__init__()
        self._title = title

    @property
    def title(self) -> str:
        return self._title


def shell_pages(services, actor):  # noqa: ANN001, ANN201 - a DeskFlow page builder
    """The scan page first, then the real admin pages for administrators."""
    from ui.shell.pages import build_pages

    admin = build_pages(services, actor, (
        "ui.accounts.page:AccountsPage",
        "ui.audit.page:AuditPage",
        "ui.center.settings_page:CenterSettingsPage",
    ))
    return [ScanPage(services), *admin]
