"""The check-in page: what a receptionist uses all day.

Top, the result banner (a scan, a check-in, a check-out); left, the returning-visitor
search and the walk-in form; right, who is inside now. Every store call goes through the
task runner; a scan never waits behind a dialog, so the next visitor can scan at once.
"""

from __future__ import annotations

import importlib.util
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from desk.accounts.actor import SYSTEM
from desk.changes import PURPOSES, VISITORS, VISITS, Changes, Done
from desk.clock import utcnow
from desk.passes.codec import PassKind
from desk.visits.rows import VisitRow
from desk.visits.service import ScanResult
from ui.explain import translate_desk
from ui.app_services import UiServices
from ui.services.checkin_services import CheckInServices
from ui.services.due_banner import DueRequestsBanner
from ui.visits.banner import OK, REFUSED, REPEAT, ResultBanner, explain_or_report
from ui.visits.inside_model import SORT_ROLE, InsideTableModel
from ui.visits.returning import ReturningSearch
from ui.visits.sound import FeedbackSound
from ui.visits.walk_in_form import WalkInPanel
from ui.page_actions import bind_actions
from ui.record_view import configure_record_view
from ui.shell.pages import guarded

TICK_MS = 60_000
# Printed documents are Chinese whatever the screen language (desk/printing/wording.py);
# that module has no label per pass kind yet.
_SCAN_KINDS = {"checked_in": OK, "checked_out": OK, "repeat": REPEAT, "refused": REFUSED}


def _printing_available() -> bool:
    return importlib.util.find_spec("ui.printing.preview") is not None


class CheckInPage(QWidget):
    """Scan, search or register; see who is inside; check out; print the roll call."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = services.desk.clock
        self._sound = FeedbackSound(self)
        self._pass_for: VisitRow | None = None
        self.last_preview: QWidget | None = None  # the preview shown last (tests look at it)

        self.banner = ResultBanner(self)
        self.due_banner = DueRequestsBanner(services, self)  # overdue / due-today requests
        self.services_panel = CheckInServices(services, self)  # requests for the visitor just checked in
        self.search = ReturningSearch(services, self)
        self.walk_in = WalkInPanel(services, self)
        self.inside = InsideTableModel(self._clock, self)
        self.inside_proxy = QSortFilterProxyModel(self)
        self.inside_proxy.setSourceModel(self.inside)
        self.inside_proxy.setSortRole(SORT_ROLE)
        self.inside_view = QTableView(self)
        self.inside_view.setObjectName("insideNow")
        self.inside_view.setModel(self.inside_proxy)
        self.inside_view.setSortingEnabled(True)
        self.inside_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # newest first
        configure_record_view(self.inside_view)
        self.inside_view.setAlternatingRowColors(True)
        self.inside_view.setStyleSheet("QTableView { font-size: 15px; }")
        header = self.inside_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("insideCount")
        self.count_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.check_out_button = QPushButton(self.tr("Check out (Del)"), self)
        self.roll_call_button = QPushButton(self.tr("Print roll-call (Ctrl+P)"), self)
        self.pass_button = QPushButton(self.tr("Issue a resident pass"), self)
        self.pass_button.setEnabled(False)
        self.pass_button.setVisible(_printing_available())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #546e7a;")

        self._build_layout()
        self._connect()
        self._show_counts()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        self._load_purposes()
        self.reload()
        self.close_day()  # visits left open from an earlier day, or past closing time

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Check-in")

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("F2", self.tr("Search returning visitors")), ("F3", self.tr("New walk-in")),
                ("Ctrl+Enter", self.tr("Save the walk-in form")),
                ("F4", self.tr("Open service requests for the visitor checked in last")),
                ("Del", self.tr("Check out the visitor selected in the inside list")),
                ("Ctrl+P", self.tr("Print the roll-call of everyone inside"))]

    def handle_scan(self, text: str) -> None:
        """A scanner burst, wherever focus was: check in, check out, repeat or refuse."""
        actor = self._services.session.actor
        if actor is None:
            self._show(REFUSED, self.tr("Sign in first."))
            return
        visits = self._services.desk.visits
        self._services.tasks.write(lambda: visits.scan(actor, text), guarded(self, self._on_scan_done),
                                   guarded(self, self._on_write_failed))

    # ---- public ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read who is inside again (after any change to visits)."""
        self._services.tasks.read(self._services.desk.visits.inside_now, guarded(self, self._on_inside_loaded),
                                  guarded(self, self._on_read_failed))

    def close_day(self) -> None:
        """Auto check-out: everyone whose day has closed, if the center wants it."""
        desk = self._services.desk

        def job() -> Done[int]:
            if not desk.center.settings()["auto_checkout"]:
                return Done(0)
            return desk.visits.close_day(SYSTEM)

        self._services.tasks.write(job, guarded(self, self._on_close_day_done), guarded(self, self._on_read_failed))

    def check_out_selected(self) -> None:
        index = self.inside_view.currentIndex()
        actor = self._services.session.actor
        if not index.isValid() or actor is None:
            return
        row = self.inside.visit_at(self.inside_proxy.mapToSource(index).row())
        visits = self._services.desk.visits
        self._services.tasks.write(lambda: visits.check_out(actor, row.id), guarded(self, self._on_check_out_done),
                                   guarded(self, self._on_write_failed))

    def print_roll_call(self) -> None:
        """Build the evacuation roll-call off the GUI thread, then show the preview."""
        self.roll_call_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the roll-call…"))
        desk = self._services.desk

        def rows() -> tuple[str, list]:
            center = desk.center.get()
            return (center.name if center else ""), desk.visits.roll_call_rows()

        self._services.tasks.read(rows, guarded(self, self._on_roll_call_rows),
                                  guarded(self, self._on_print_failed))

    def issue_pass(self) -> None:
        """A resident pass for the visitor checked in last, shown ready to print."""
        row, actor = self._pass_for, self._services.session.actor
        if row is None or row.visitor_id is None or actor is None:
            return
        self.pass_button.setEnabled(False)
        desk = self._services.desk

        def job() -> tuple[Any, str]:
            now = utcnow()
            days = int(desk.center.settings()["resident_pass_days"])
            done = desk.passes.issue(actor, kind=PassKind.RESIDENT, visitor_id=row.visitor_id,
                                     valid_from=now, valid_until=now + timedelta(days=days))
            center = desk.center.get()
            return done, center.name if center else ""

        self._services.tasks.write(job, guarded(self, lambda result: self._on_pass_issued(row, *result)),
                                   guarded(self, self._on_print_failed))

    # ---- layout ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        search_box = QGroupBox(self.tr("Returning visitor (F2)"), self)
        QVBoxLayout(search_box).addWidget(self.search)
        walk_in_box = QGroupBox(self.tr("Walk-in (F3)"), self)
        QVBoxLayout(walk_in_box).addWidget(self.walk_in)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(search_box, 0)
        left_layout.addWidget(walk_in_box, 1)

        inside_box = QGroupBox(self.tr("Inside now"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_out_button)
        buttons.addWidget(self.roll_call_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pass_button)
        inside_layout = QVBoxLayout(inside_box)
        inside_layout.addWidget(self.count_label)
        inside_layout.addWidget(self.inside_view, 1)
        inside_layout.addLayout(buttons)
        inside_layout.addWidget(self.services_panel)
        inside_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(inside_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.due_banner)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search.visit_checked_in.connect(self._on_visit_checked_in)
        self.search.visit_checked_out.connect(self._on_visit_checked_out)
        self.search.action_refused.connect(self._on_action_refused)
        self.walk_in.visit_checked_in.connect(self._on_visit_checked_in)
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.pass_button.clicked.connect(self.issue_pass)
        self._services.bus.changes_applied.connect(self._on_bus_changes_applied)
        bind_actions(self, ((None, "F2", self._on_focus_search), (None, "F3", self.walk_in.focus_name),
                            (self.roll_call_button, "Ctrl+P", self.print_roll_call),
                            (None, "F4", self.services_panel.open_dialog)))
        # Delete checks out only from the inside list: in a text field it must delete text.
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.inside_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.check_out_selected)

    # ---- private ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.search.field.setFocus()

    def _show(self, kind: str, message: str) -> None:
        self.banner.show_result(kind, message)
        self._sound.play("refused" if kind == REFUSED else "ok")

    def _show_counts(self) -> None:
        self.count_label.setText(self.tr("Inside now: {visits} visits, {people} people").format(
            visits=self.inside.visits_count, people=self.inside.people_count))
        self.check_out_button.setEnabled(self.inside.visits_count > 0)

    def _time(self, row: VisitRow) -> str:
        return self._clock.local(row.check_in_at).strftime("%H:%M")

    def _on_focus_search(self) -> None:
        self.search.field.setFocus()
        self.search.field.selectAll()

    def _on_scan_done(self, result: ScanResult) -> None:
        self._show(_SCAN_KINDS.get(result.outcome, REFUSED), translate_desk(result.template, result.fields))
        if result.outcome in ("checked_in", "checked_out"):
            self._services.bus.announce(Changes.of(VISITS, VISITORS))

    def _on_visit_checked_in(self, row: VisitRow) -> None:
        if row.name:
            text = self.tr("Welcome, {name} — checked in at {time}.").format(name=row.name, time=self._time(row))
        else:
            text = self.tr("Checked in at {time}: {purpose}, {people} people.").format(
                time=self._time(row), purpose=row.purpose_label, people=row.headcount)
        self._show(OK, text)
        self.services_panel.set_visit(row)
        self._pass_for = row if row.visitor_id is not None and row.name else None
        self.pass_button.setEnabled(self._pass_for is not None)
        self.pass_button.setText(self.tr("Issue a resident pass for {name}").format(name=row.name)
                                 if self._pass_for else self.tr("Issue a resident pass"))

    def _on_visit_checked_out(self, row: VisitRow) -> None:
        when = self._clock.local(row.check_out_at or utcnow()).strftime("%H:%M")
        name = row.name or self.tr("the visitor")
        self._show(OK, self.tr("Goodbye, {name}: checked out at {time}.").format(name=name, time=when))

    def _on_check_out_done(self, done: Done[VisitRow]) -> None:
        self._services.bus.announce(done.changes)
        self._on_visit_checked_out(done.value)
        self.inside_view.setFocus()

    def _on_action_refused(self, message: str) -> None:
        self._show(REFUSED, message)

    def _on_write_failed(self, error: BaseException) -> None:
        self._show(REFUSED, explain_or_report(self._services, error))

    def _on_read_failed(self, error: BaseException) -> None:
        self.status.setText(explain_or_report(self._services, error))

    def _on_inside_loaded(self, rows: list[VisitRow]) -> None:
        selected = self.inside_view.currentIndex()
        keep = self.inside.visit_at(self.inside_proxy.mapToSource(selected).row()).id if selected.isValid() else None
        self.inside.set_rows(rows)
        self._show_counts()
        for proxy_row in range(self.inside_proxy.rowCount()):
            index = self.inside_proxy.index(proxy_row, 0)
            if self.inside.visit_at(self.inside_proxy.mapToSource(index).row()).id == keep:
                self.inside_view.setCurrentIndex(index)

    def _on_close_day_done(self, done: Done[int]) -> None:
        self._services.bus.announce(done.changes)
        if done.value:
            self.status.setText(self.tr("Closing time: {n} visits were checked out automatically.").format(
                n=done.value))

    def _on_tick_timeout(self) -> None:
        self.inside.refresh_durations()
        self.close_day()

    def _load_purposes(self) -> None:
        desk = self._services.desk

        def job() -> tuple[list, str]:
            return desk.visits.purposes(), desk.center.settings()["default_scan_purpose"]

        self._services.tasks.read(job, guarded(self, self._on_purposes_loaded), guarded(self, self._on_read_failed))

    def _on_purposes_loaded(self, result: tuple[list, str]) -> None:
        purposes, default = result
        self.walk_in.set_purposes(purposes)
        self.search.set_purposes(purposes, default)

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(VISITS, VISITORS):
            self.reload()
            if self.search.field.text().strip():
                self.search.search_now()  # "inside" may have changed for someone listed
        if changes.touches(PURPOSES):
            self._load_purposes()

    # ---- printing --------------------------------------------------------------------
    def _on_roll_call_rows(self, result: tuple[str, list]) -> None:
        center_name, rows = result
        printed_at = self._clock.now()

        def build() -> bytes:
            from desk.printing.roll_call import render_roll_call

            return render_roll_call(center_name, rows, printed_at=printed_at)

        self._services.tasks.background(build, guarded(self, self._on_roll_call_built),
                                        guarded(self, self._on_print_failed))

    def _on_roll_call_built(self, pdf: bytes) -> None:
        self.roll_call_button.setEnabled(True)
        self.status.clear()
        self._preview(pdf, self.tr("Roll-call {time}").format(time=self._clock.now().strftime("%Y-%m-%d %H:%M")))

    def _on_pass_issued(self, row: VisitRow, done: Any, center_name: str) -> None:
        self._services.bus.announce(done.changes)
        issued = done.value
        printed_at = self._clock.now()
        # Passes carry UTC; a printed card speaks the center's time, as every document does.
        valid_from = self._clock.local(issued.claims.valid_from)
        valid_until = self._clock.local(issued.claims.valid_until)

        def build() -> bytes:
            from desk.printing.pass_card import render_pass_card
            from desk.printing.wording import PASS_CARD

            return render_pass_card(center_name, row.name, issued.payload, valid_from, valid_until,
                                    kind_label=PASS_CARD["resident"], printed_at=printed_at)

        self._services.tasks.background(build, guarded(self, lambda pdf: self._on_pass_built(row, pdf)),
                                        guarded(self, self._on_print_failed))

    def _on_pass_built(self, row: VisitRow, pdf: bytes) -> None:
        self.pass_button.setEnabled(True)
        self._preview(pdf, self.tr("Resident pass {name}").format(name=row.name))

    def _on_print_failed(self, error: BaseException) -> None:
        self.roll_call_button.setEnabled(True)
        self.pass_button.setEnabled(self._pass_for is not None)
        self.status.setText(explain_or_report(self._services, error))

    def _preview(self, pdf: bytes, title: str) -> None:
        from ui.printing.preview import PdfPreviewDialog

        # Not modal: the desk keeps taking scans while the preview is open.
        dialog = PdfPreviewDialog(pdf, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_preview = dialog
