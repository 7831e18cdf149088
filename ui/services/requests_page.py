"""Service requests (服务请求): each owner's queue, what is overdue or due today, all that
is open, and requests whose owner has left (administrators hand those over).

Keyboard first: Enter on a request opens its next step (start → resolve → rating); the
actions have Ctrl shortcuts (F1 lists them); the table is in a larger font for older eyes.
A request resolved here stays in view, greyed, until the resident's rating is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTabBar, QVBoxLayout, QWidget,
)

from desk.changes import REQUESTS, STAFF, Changes, Done
from desk.services.request_rows import ACCEPTED, IN_PROGRESS, OPEN, RESOLVED, RequestDetail, RequestRow
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import for_older_eyes, record_table
from ui.app_services import UiServices
from ui.page_actions import Keys, bind_actions
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.services.printing import DocumentMaker, paper_combo
from ui.services.request_detail import detail_text
from ui.services.request_dialogs import HandOverDialog, NoteDialog, RateDialog, RequestFormDialog
from ui.services.request_model import RequestTableModel
from ui.services.request_opener import RequestOpener
from ui.services.whose_queue import DeskPerson, load_desk_person, remember_staff
from ui.shell.pages import guarded

MINE, OVERDUE, DUE_TODAY, ALL_OPEN, ORPHANED = "mine", "overdue", "due_today", "open", "orphaned"


class RequestsPage(QWidget):
    shortcut = "F9"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self._people = DeskPerson((), None, False)
        self._detail: RequestDetail | None = None
        self._awaiting_rating: dict[int, RequestRow] = {}  # resolved here, rating still to come
        self._select_after_load: int | None = None
        self.opener = RequestOpener(services, self)
        self.documents = DocumentMaker(services, self)

        self.tabs = QTabBar()
        self.filters = [MINE, OVERDUE, DUE_TODAY, ALL_OPEN] + ([ORPHANED] if self.is_admin else [])
        titles = {MINE: self.tr("My queue"), OVERDUE: self.tr("⚠ Overdue"), DUE_TODAY: self.tr("◷ Due today"),
                  ALL_OPEN: self.tr("All open"), ORPHANED: self.tr("Owner has left")}
        for key in self.filters:
            self.tabs.addTab(titles[key])
        self.whose_combo = QComboBox()
        self.whose_combo.setMinimumWidth(160)
        self.whose_label = QLabel(self.tr("Whose queue"))
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        top.addWidget(self.whose_label)
        top.addWidget(self.whose_combo)

        self.model = RequestTableModel(services.desk.clock, self)
        self.view = for_older_eyes(record_table(self.model, RequestTableModel.ITEM))
        self.forms = DialogHost(after_close=self.view.setFocus)
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setReadOnly(True)
        detail_font = self.detail_edit.font()
        detail_font.setPointSizeF(detail_font.pointSizeF() + 1)
        self.detail_edit.setFont(detail_font)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail_edit)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([780, 420])  # the list first; the history beside it

        self.new_button = QPushButton(self.tr("New request… (Ctrl+N)"))
        self.start_button = QPushButton(self.tr("Start (Ctrl+G)"))
        self.note_button = QPushButton(self.tr("Note… (Ctrl+M)"))
        self.hand_over_button = QPushButton(self.tr("Hand over… (Ctrl+H)"))
        self.resolve_button = QPushButton(self.tr("Resolve… (Ctrl+D)"))
        self.rate_button = QPushButton(self.tr("Rating… (Ctrl+R)"))
        self.print_button = QPushButton(self.tr("Print receipt… (Ctrl+P)"))
        self.paper_combo = paper_combo()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.start_button, self.note_button, self.hand_over_button,
                       self.resolve_button, self.rate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.paper_combo)
        buttons.addWidget(self.print_button)
        self.count_label = QLabel()
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="request change")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_label)

        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.whose_combo.activated.connect(self._on_whose_combo_activated)
        self.view.activated.connect(self._on_view_activated)  # Enter or a double click
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        actions: tuple[tuple[QPushButton | None, Keys, Callable[[], None]], ...] = (
            (self.new_button, "Ctrl+N", self.new_request), (self.start_button, "Ctrl+G", self.start_selected),
            (self.note_button, "Ctrl+M", self.note_selected), (self.hand_over_button, "Ctrl+H", self.hand_over_selected),
            (self.resolve_button, "Ctrl+D", self.resolve_selected), (self.rate_button, "Ctrl+R", self.rate_selected),
            (self.print_button, "Ctrl+P", self.print_receipt), (None, QKeySequence.StandardKey.Refresh, self.reload))
        bind_actions(self, actions)
        self.opener.requests_opened.connect(self._on_requests_opened)
        self.opener.failed.connect(lambda message: self._say(message, error=True))
        self.documents.failed.connect(lambda message: self._say(message, error=True))
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_actions()
        self._load_people()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Service requests")

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("Enter", self.tr("Next step of the selected request: start, resolve or rating")),
                ("Ctrl+N", self.tr("New request (phone or walk-in)")), ("Ctrl+G", self.tr("Start handling")),
                ("Ctrl+M", self.tr("Add a note")), ("Ctrl+H", self.tr("Hand the request over to a colleague")),
                ("Ctrl+D", self.tr("Resolve the request")), ("Ctrl+R", self.tr("Record the resident's rating")),
                ("Ctrl+P", self.tr("Print the resident's receipt")), ("F5", self.tr("Refresh the list"))]

    # ---- public ----------------------------------------------------------------------
    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    def show_filter(self, key: str) -> None:
        """Show one of the lists ("mine", "overdue", "due_today", "open", "orphaned")."""
        if key in self.filters:
            self.tabs.setCurrentIndex(self.filters.index(key))
        self.view.setFocus()

    def current_filter(self) -> str:
        return self.filters[max(0, self.tabs.currentIndex())]

    def queue_staff_id(self) -> int | None:
        return self.whose_combo.currentData()

    def choose_queue(self, staff_id: int) -> None:
        """Show ``staff_id``'s queue and remember the choice for this account."""
        self.whose_combo.setCurrentIndex(max(0, self.whose_combo.findData(staff_id)))
        self._on_whose_combo_activated(self.whose_combo.currentIndex())

    def selected_request(self) -> RequestRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.request_at(rows[0].row()) if rows else None

    def select_request(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def reload(self) -> None:
        requests, key, owner = self.services.desk.requests, self.current_filter(), self.queue_staff_id()

        def read() -> list[RequestRow]:
            if key == MINE:
                return requests.my_queue(owner) if owner is not None else []
            if key == OVERDUE:
                return requests.overdue()
            if key == DUE_TODAY:
                return requests.due_today()
            if key == ORPHANED:
                return requests.orphaned()
            return requests.open_all()

        self.services.tasks.read(read, guarded(self, self._on_requests_loaded), guarded(self, self._on_read_failed))

    # ---- actions ---------------------------------------------------------------------
    def new_request(self) -> None:
        self.opener.open_dialog(None)

    def start_selected(self) -> None:
        request, actor = self.selected_request(), self.services.session.actor
        if request is None or actor is None or request.status != ACCEPTED:
            return
        requests = self.services.desk.requests
        self._write(lambda: requests.start(actor, request.id), fill(self.tr("%1: being handled."), request.item_name))

    def note_selected(self) -> None:
        self._open_form(lambda request: NoteDialog(self._on_form_submitted, request, action="note", parent=self))

    def hand_over_selected(self) -> None:
        staff = self._people.staff
        self._open_form(lambda request: HandOverDialog(self._on_form_submitted, request, staff, self),
                        lambda request: request.status in OPEN)

    def resolve_selected(self) -> None:
        self._open_form(lambda request: NoteDialog(self._on_form_submitted, request, action="resolve", parent=self),
                        lambda request: request.status in OPEN)

    def rate_selected(self) -> None:
        self._open_form(lambda request: RateDialog(self._on_form_submitted, request, self),
                        lambda request: request.status == RESOLVED and request.rating is None)

    def print_receipt(self) -> None:
        """The receipt of the selected request, with the other requests of the same visit."""
        request = self.selected_request()
        if request is None:
            return
        requests, paper = self.services.desk.requests, self.paper_combo.currentData()

        def read() -> list[int]:
            detail = requests.request(request.id)
            if detail.visit_id is None:
                return [request.id]
            return [row.id for row in requests.of_visit(detail.visit_id)]

        self._say(self.tr("Preparing the receipt…"))
        self.services.tasks.read(read, guarded(self, lambda ids: self.documents.receipt(ids, paper)),
                                 guarded(self, self._on_read_failed))

    # ---- loading ---------------------------------------------------------------------
    def _load_people(self) -> None:
        actor, desk = self.services.session.actor, self.services.desk
        if actor is None:
            return
        self.services.tasks.read(lambda: load_desk_person(desk, actor), guarded(self, self._on_people_loaded),
                                 guarded(self, self._on_read_failed))

    def _on_people_loaded(self, people: DeskPerson) -> None:
        self._people = people
        current = self.whose_combo.currentData() or people.staff_id
        self.whose_combo.clear()
        self.whose_combo.addItem(self.tr("(choose yourself)"), None)
        for person in people.staff:
            self.whose_combo.addItem(person.name, person.id)
        self.whose_combo.setCurrentIndex(max(0, self.whose_combo.findData(current)))
        self.reload()

    def _on_requests_loaded(self, rows: list[RequestRow]) -> None:
        selected = self.selected_request()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        shown = {row.id for row in rows}
        kept = [row for ident, row in self._awaiting_rating.items() if ident not in shown]
        self.model.set_requests(rows + kept)
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.select_request(wanted)
        elif self.model.rowCount():
            self.view.selectRow(0)
        self._show_count()
        self._update_actions()
        self._load_detail()

    def _show_count(self) -> None:
        key, count = self.current_filter(), self.model.rowCount()
        if key == MINE and self.queue_staff_id() is None:
            self.count_label.setText(self.tr("Choose whose queue to show (top right); the choice is remembered."))
        else:
            self.count_label.setText(self.tr("%n request(s)", "", count))
        self.whose_label.setVisible(key == MINE)
        self.whose_combo.setVisible(key == MINE)

    def _load_detail(self) -> None:
        request = self.selected_request()
        if request is None:
            self._detail = None
            self.detail_edit.setPlainText(self.tr("Select a request to see its history."))
            return
        requests = self.services.desk.requests
        self.services.tasks.read(lambda: requests.request(request.id), guarded(self, self._on_detail_loaded),
                                 guarded(self, self._on_read_failed))

    def _on_detail_loaded(self, detail: RequestDetail) -> None:
        request = self.selected_request()
        if request is None or request.id != detail.row.id:
            return  # the selection moved on meanwhile
        self._detail = detail
        self.detail_edit.setPlainText(detail_text(detail, self.services.desk.clock, self.model.urgency(request)))

    # ---- reacting --------------------------------------------------------------------
    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(STAFF):
            self._load_people()
        elif changes.touches(REQUESTS):
            self.reload()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._show_count()
        self.reload()

    def _on_whose_combo_activated(self, _index: int) -> None:
        actor, staff_id, folder = self.services.session.actor, self.whose_combo.currentData(), self.services.desk.folder
        if actor is not None and staff_id is not None and staff_id != self._people.staff_id:
            self.services.tasks.background(lambda: remember_staff(folder, actor.username, staff_id), None,
                                           guarded(self, self._on_read_failed))
        self.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self._load_detail()

    def _on_view_activated(self, _index: QModelIndex) -> None:
        request = self.selected_request()
        if request is None:
            return
        if request.status == ACCEPTED:
            self._open_form(lambda r: NoteDialog(self._on_form_submitted, r, action="start", parent=self))
        elif request.status == IN_PROGRESS:
            self.resolve_selected()
        elif request.rating is None:
            self.rate_selected()

    def _on_requests_opened(self, rows: tuple[RequestRow, ...]) -> None:
        if rows:
            self._select_after_load = rows[0].id
        self._say(self.tr("%n request(s) opened.", "", len(rows)))

    def _update_actions(self) -> None:
        request = self.selected_request()
        is_open = request is not None and request.status in OPEN
        self.start_button.setEnabled(request is not None and request.status == ACCEPTED)
        self.note_button.setEnabled(request is not None)
        self.hand_over_button.setEnabled(is_open)
        self.resolve_button.setEnabled(is_open)
        self.rate_button.setEnabled(request is not None and request.status == RESOLVED and request.rating is None)
        self.print_button.setEnabled(request is not None)

    # ---- forms and writes ------------------------------------------------------------
    def _open_form(self, make: Callable[[RequestRow], RequestFormDialog],
                   allowed: Callable[[RequestRow], bool] = lambda _r: True, request: RequestRow | None = None) -> None:
        request = request or self.selected_request()
        if request is None or not allowed(request) or self.dialog is not None:
            return
        self.forms.open(make(request))

    def _on_form_submitted(self, dialog: RequestFormDialog) -> None:
        actor, requests, request = self.services.session.actor, self.services.desk.requests, dialog.request
        if actor is None:
            return
        name = request.item_name
        if isinstance(dialog, HandOverDialog):
            to_id, reason = dialog.to_staff_id(), dialog.reason()
            to_name = dialog.to_combo.currentText()
            self._write(lambda: requests.hand_over(actor, request.id, to_id, reason),
                        fill(self.tr("%1 handed over to %2."), name, to_name), dialog)
        elif isinstance(dialog, RateDialog):
            rating, comment = dialog.rating(), dialog.comment()
            self._write(lambda: requests.rate(actor, request.id, rating, comment),
                        fill(self.tr("Rating recorded for %1."), name), dialog)
        elif isinstance(dialog, NoteDialog):
            note = dialog.note()
            job: dict[str, tuple[Callable[[], Done[Any]], str]] = {
                "start": (lambda: requests.start(actor, request.id, note), self.tr("%1: being handled.")),
                "note": (lambda: requests.add_note(actor, request.id, note), self.tr("Note added to %1.")),
                "resolve": (lambda: requests.resolve(actor, request.id, note),
                            self.tr("%1 resolved. Ask the resident for a rating.")),
            }
            write, text = job[dialog.action]
            self._write(write, fill(text, name), dialog)

    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: RequestFormDialog | None = None) -> None:
        def then(result: Done[Any]) -> None:
            if not isinstance(result.value, RequestDetail):
                return
            row = result.value.row
            self._select_after_load = row.id
            if row.status == RESOLVED and row.rating is None:
                self._awaiting_rating[row.id] = row
            else:
                self._awaiting_rating.pop(row.id, None)
            if isinstance(dialog, NoteDialog) and dialog.action == "resolve":
                # The resident is usually still at the desk: ask for the rating now (Esc: later).
                self._open_form(lambda r: RateDialog(self._on_form_submitted, r, self), request=row)

        self.writes.write(job, done_text, dialog, then=then)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_read_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The requests could not be loaded; see the log."),
                                 what="loading requests failed"), error=True)
