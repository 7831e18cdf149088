"""Opening requests from anywhere: read what the form needs, show it, write, print.

The check-in page and the requests page both open requests; this object does it for
either, so the two cannot drift apart. Everything it reads or writes runs on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk.changes import Done
from desk.services.request_rows import RequestRow
from desk.visits.rows import VisitRow
from ui.explain import explain_or_log
from ui.app_services import UiServices
from ui.services.item_picker import item_initials
from ui.services.open_requests_dialog import OpenRequestsDialog
from ui.services.printing import DocumentMaker
from ui.services.whose_queue import load_desk_person
from ui.shell.pages import guarded


class RequestOpener(QObject):
    requests_opened = Signal(object)
    """Requests were opened; the argument is the tuple of their ``RequestRow``."""
    failed = Signal(str)
    """The form could not be prepared; the argument is the message."""

    def __init__(self, services: UiServices, owner: QWidget) -> None:
        super().__init__(owner)
        self.services = services
        self.owner = owner
        self.dialog: OpenRequestsDialog | None = None  # open now (tests fill it in)
        self.documents = DocumentMaker(services, owner)

    def open_dialog(self, visit: VisitRow | None = None) -> None:
        """Read the catalogue and the staff on a worker, then show the form."""
        actor = self.services.session.actor
        if actor is None:
            return
        desk = self.services.desk

        def read() -> tuple[Any, ...]:
            items = desk.catalogue.items()
            return items, item_initials(items), load_desk_person(desk, actor), desk.posts.list()

        self.services.tasks.read(read, guarded(self.owner, lambda loaded: self._show(visit, *loaded)),
                                 guarded(self.owner, self._on_read_failed))

    def _show(self, visit: VisitRow | None, items: list, initials: dict, people: Any, posts: list) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = OpenRequestsDialog(self._on_dialog_submitted, items=items, initials=initials, people=people,
                                    posts=posts, visit=visit, parent=self.owner)
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.open()

    def _on_dialog_finished(self, dialog: OpenRequestsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_dialog_submitted(self, dialog: OpenRequestsDialog, print_receipt: bool) -> None:
        actor, requests, form, visit = self.services.session.actor, self.services.desk.requests, dialog.form(), dialog.visit
        if actor is None or form.owner_id is None:
            return

        def write() -> Done[tuple[RequestRow, ...]]:
            return requests.open_requests(actor, item_ids=form.item_ids, owner_id=form.owner_id,
                                          channel=form.channel, visit_id=visit.id if visit else None,
                                          name=form.name, phone=form.phone, note=form.note)

        def done(result: Done[tuple[RequestRow, ...]]) -> None:
            dialog.accept()
            self.services.bus.announce(result.changes)
            self.requests_opened.emit(result.value)
            if print_receipt:
                self.documents.receipt([row.id for row in result.value], form.paper)

        def failed(error: BaseException) -> None:
            dialog.show_error(explain_or_log(error, self.tr("The requests could not be opened; see the log."),
                                             what="opening requests"))

        self.services.tasks.write(write, guarded(dialog, done), guarded(dialog, failed))

    def _on_read_failed(self, error: BaseException) -> None:
        self.failed.emit(explain_or_log(error, self.tr("The service list could not be read; see the log."),
                                        what="reading the service list for a request"))
