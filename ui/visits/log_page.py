"""The visit log: today's visits by default, and a search over the history."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from desk.changes import PURPOSES, VISITORS, VISITS, Changes
from desk.visits.queries import VisitQuery
from desk.visits.rows import VisitRow
from ui.app_services import UiServices
from ui.visits.banner import explain_or_report
from ui.visits.inside_model import SORT_ROLE
from ui.visits.log_model import VisitLogModel
from ui.record_view import configure_record_view
from ui.shell.pages import guarded

REVEAL_SHOWN_MS = 60_000


def write_csv(path: Path, titles: list[str], lines: list[list[str]]) -> None:
    # utf-8-sig: Excel on a Chinese Windows opens it without garbling the names.
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(titles)
        writer.writerows(lines)


class VisitLogPage(QWidget):
    """Who came when: filter by name, phone digits, purpose, dates, or who is inside."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        clock = services.desk.clock
        actor = services.session.actor
        self._query = VisitQuery()

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("Phone digits, e.g. last 4"))
        self.phone.setMaxLength(20)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("All purposes"), "")
        today = QDate(clock.today())
        self.date_from = QDateEdit(today, self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.inside_only = QCheckBox(self.tr("Inside only"), self)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.reveal_button = QPushButton(self.tr("Reveal phone"), self)
        self.reveal_button.setVisible(bool(actor and actor.is_admin))
        self.reveal_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = VisitLogModel(clock, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        configure_record_view(self.view)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        filters = QHBoxLayout()
        filters.addWidget(self.name, 2)
        filters.addWidget(self.phone, 2)
        filters.addWidget(self.purpose, 1)
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.inside_only)
        filters.addWidget(self.search_button)
        filters.addWidget(self.today_button)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self._hide_reveal = QTimer(self)
        self._hide_reveal.setSingleShot(True)
        self._hide_reveal.setInterval(REVEAL_SHOWN_MS)
        self._hide_reveal.timeout.connect(self.message.clear)
        for edit in (self.name, self.phone):
            edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.today_button.clicked.connect(self._on_today_clicked)
        self.reveal_button.clicked.connect(self.reveal_phone)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._load_purposes()
        self.search()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Visit log")

    shortcut = "Ctrl+F"  # the shell jumps here with it, from any page

    # ---- public ----------------------------------------------------------------------
    def query(self) -> VisitQuery:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        if end < start:
            start, end = end, start
        return VisitQuery(name=self.name.text().strip(), phone=self.phone.text().strip(),
                          purpose_code=self.purpose.currentData() or "", date_from=start, date_to=end,
                          inside_only=self.inside_only.isChecked())

    def search(self) -> None:
        self._query = self.query()
        self._run(self._query)

    def selected(self) -> VisitRow | None:
        index = self.view.currentIndex()
        return self.model.visit_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def reveal_phone(self) -> None:
        """The full number of the selected visit's visitor (admins; the reveal is audited)."""
        row, actor = self.selected(), self._services.session.actor
        if row is None or row.visitor_id is None or actor is None:
            return
        visits = self._services.desk.visits
        self._services.tasks.write(lambda: visits.reveal_phone(actor, row.visitor_id),
                                   guarded(self, lambda phone: self._on_phone_revealed(row, phone)),
                                   guarded(self, self._on_failed))

    def export_csv(self, path: Path) -> None:
        """Write the rows shown, in the order shown, phones masked."""
        titles = self.model.column_titles()
        lines = []
        for proxy_row in range(self.proxy.rowCount()):
            row = self.model.visit_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())
            lines.append([self.model.display_text(row, column) for column in range(len(titles))])
        self._services.tasks.background(lambda: write_csv(path, titles, lines),
                                        guarded(self, lambda _none: self.message.setText(
                                            self.tr("Saved {n} visits to {path}.").format(n=len(lines), path=path))),
                                        guarded(self, self._on_failed))

    # ---- private ---------------------------------------------------------------------
    def _run(self, query: VisitQuery) -> None:
        visits = self._services.desk.visits
        self._services.tasks.read(lambda: visits.search(query), guarded(self, self._on_rows_loaded),
                                  guarded(self, self._on_failed))

    def _on_rows_loaded(self, rows: list[VisitRow]) -> None:
        self.model.set_rows(rows)
        self.summary.setText(self.tr("{n} visits, {people} people").format(
            n=len(rows), people=self.model.people_count))
        if len(rows) >= self._query.limit:
            self.summary.setText(self.summary.text() + " " + self.tr("(only the newest are shown)"))
        self._on_view_current_changed()

    def _on_today_clicked(self) -> None:
        today = QDate(self._services.desk.clock.today())
        self.date_from.setDate(today)
        self.date_to.setDate(today)
        self.name.clear()
        self.phone.clear()
        self.purpose.setCurrentIndex(0)
        self.inside_only.setChecked(False)
        self.search()

    def _on_view_current_changed(self, *_args: object) -> None:
        row = self.selected()
        self.reveal_button.setEnabled(bool(row and row.visitor_id and row.phone_masked))
        if self._hide_reveal.isActive():
            self._hide_reveal.stop()
            self.message.clear()

    def _on_phone_revealed(self, row: VisitRow, phone: str) -> None:
        self.message.setText(self.tr("Phone of {name}: {phone}. This look-up is recorded in the audit log.")
                             .format(name=row.name or "—", phone=phone))
        self._hide_reveal.start()

    def _on_export_clicked(self) -> None:
        suggested = f"visits-{self._query.date_from}-{self._query.date_to}.csv"
        path = self._ask_save_path(suggested)
        if path:
            self.export_csv(Path(path))

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export visits"), str(Path.home() / suggested),
                                                    self.tr("CSV files (*.csv)"))
        return path

    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(explain_or_report(self._services, error))

    def _load_purposes(self) -> None:
        self._services.tasks.read(self._services.desk.visits.purposes, guarded(self, self._on_purposes_loaded),
                                  guarded(self, self._on_failed))

    def _on_purposes_loaded(self, purposes: list[Any]) -> None:
        current = self.purpose.currentData()
        while self.purpose.count() > 1:
            self.purpose.removeItem(1)
        for info in purposes:
            self.purpose.addItem(info.label, info.code)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(current)))

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(VISITS, VISITORS):
            self._run(self._query)
        if changes.touches(PURPOSES):
            self._load_purposes()
