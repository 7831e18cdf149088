"""The pages of the main window, in the order of its navigation list.

A page is any ``QWidget`` constructed as ``Page(services: UiServices)``. The window reads:

- ``title`` (required): the page's translated name, an attribute or a property;
- ``shortcut`` (optional): a ``QKeySequence`` or string that jumps to the page, besides
  the Ctrl+<n> every page gets by its position;
- ``icon`` (optional): a ``QIcon`` for the navigation list;
- ``admin_only = True`` (optional, a class attribute): the page is built only for an
  administrator, so a receptionist never even constructs it;
- ``handle_scan(text)`` (optional): the page that takes scanner input (check-in); the
  window switches to it when a pass is scanned;
- ``help_shortcuts`` (optional): ``[(keys, description)]`` listed by F1.

Pages are built anew for each sign-in, so a page may assume ``services.session.actor``
is set while it lives. Adding a page is adding one line to ``PAGES``; a module that does
not exist yet is skipped, so the list may name pages still being written.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk.accounts.actor import Actor
from ui.app_services import UiServices

log = logging.getLogger(__name__)

PAGES: tuple[str, ...] = (
    "ui.visits.page:CheckInPage",
    "ui.visits.log_page:VisitLogPage",
    "ui.roster.roster_page:RosterPage",
    "ui.roster.whereabouts_page:WhereaboutsPage",
    "ui.roster.staff_page:StaffPage",
    "ui.roster.posts_page:PostsPage",
    "ui.services.requests_page:RequestsPage",
    "ui.services.catalogue_page:CataloguePage",
    "ui.services.lists_page:ListsPage",
    "ui.rooms.activities_page:ActivitiesPage",
    "ui.rooms.rooms_page:RoomsPage",
    "ui.sync.sync_page:SyncPage",
    "ui.reports.statistics_page:StatisticsPage",
    # everyone's pages go here: roster, rooms, services, sync, statistics…
    "ui.visits.privacy_page:PrivacyPage",
    "ui.visits.purposes_page:PurposesPage",
    "ui.roster.calendar_page:CalendarPage",
    "ui.roster.shifts_page:ShiftsPage",
    "ui.accounts.page:AccountsPage",
    "ui.audit.page:AuditPage",
    "ui.center.settings_page:CenterSettingsPage",
)


def load_page_class(spec: str) -> type[QWidget] | None:
    """``"package.module:Class"`` → the class, or None if that module is not written yet."""
    module_name, _, class_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name is not None and module_name.startswith(error.name):
            log.info("page %s is not available yet", spec)
            return None
        raise
    return getattr(module, class_name)


def build_pages(services: UiServices, actor: Actor, specs: Iterable[str] = PAGES) -> list[QWidget]:
    pages: list[QWidget] = []
    for spec in specs:
        page_class = load_page_class(spec)
        if page_class is None:
            continue
        if getattr(page_class, "admin_only", False) and not actor.is_admin:
            continue
        pages.append(page_class(services))
    return pages


def page_title(page: QWidget) -> str:
    title = getattr(page, "title", "")
    return str(title() if callable(title) else title)


def show_page_offering(widget: QWidget, method: str, *args: Any) -> bool:
    """Show the first page of ``widget``'s window that has ``method`` and call it with
    ``args`` (the home page's "3 overdue" opens the requests page on that list); False if
    no page offers it. Duck-typed like ``handle_scan``: pages never import each other."""
    window = widget.window()
    pages = getattr(window, "pages", None)
    show = getattr(window, "show_page", None)
    if not callable(pages) or not callable(show):
        return False
    for index, page in enumerate(pages()):
        handler = getattr(page, method, None)
        if callable(handler):
            show(index)
            handler(*args)
            return True
    return False


def guarded(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """``callback`` for a task, skipped if ``owner`` was deleted meanwhile (pages are
    rebuilt at each sign-in, so a read may finish after its page is gone)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call
