"""The audit log (administrators only): filter, read, and see a record before and after."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from db.tables import AuditEntry
from desk.audit.trail import AuditQuery
from desk.changes import Changes
from ui.audit.actions import action_label, entity_label
from ui.audit.model import SORT_ROLE, AuditTableModel, pretty_json, user_label
from ui.i18n import fill
from ui.app_services import UiServices
from ui.shell.pages import guarded
from ui.explain import explain_or_log
from ui.record_view import configure_record_view


DEFAULT_DAYS = 30
LIMIT = 500


class AuditPage(QWidget):
    """Who changed what, when; the details pane shows the record before and after."""

    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        clock = services.desk.clock
        today = clock.today()

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Search the records and details"))
        self.text_edit.setClearButtonEnabled(True)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), "")
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("All users"), "")
        self.since_edit = QDateEdit(today - timedelta(days=DEFAULT_DAYS))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search_button = QPushButton(self.tr("Search"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Text"), self.text_edit), (self.tr("Action"), self.action_combo),
                              (self.tr("User"), self.user_combo), (self.tr("From"), self.since_edit),
                              (self.tr("To"), self.until_edit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 2 if widget is self.text_edit else 0)
        filters.addWidget(self.search_button)

        self.model = AuditTableModel(clock, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(AuditTableModel.TIME, Qt.SortOrder.DescendingOrder)
        configure_record_view(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlaceholderText(self.tr("Select an entry to see the record before and after."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.search)
        self.text_edit.textChanged.connect(self._debounce.start)
        self.text_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        for combo in (self.action_combo, self.user_combo):
            combo.activated.connect(self.search)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._debounce.start)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._load_choices()
        self.search()

    @property
    def title(self) -> str:
        return self.tr("Audit log")

    # ---- querying --------------------------------------------------------------------
    def query(self) -> AuditQuery:
        clock = self.services.desk.clock
        since = clock.day_bounds(self.since_edit.date().toPython())[0]
        until = clock.day_bounds(self.until_edit.date().toPython())[1]
        return AuditQuery(text=self.text_edit.text().strip(), action=self.action_combo.currentData(),
                          username=self.user_combo.currentData(), since=since, until=until,
                          limit=LIMIT)

    def search(self) -> None:
        self._debounce.stop()
        actor = self.services.session.actor
        if actor is None:
            return
        audit, query = self.services.desk.audit, self.query()
        self.services.tasks.read(lambda: audit.browse(actor, query),
                                 guarded(self, self._on_entries_loaded),
                                 guarded(self, self._on_task_failed))

    def _load_choices(self) -> None:
        desk = self.services.desk
        self.services.tasks.read(
            lambda: (desk.audit.actions(), [u.username for u in desk.accounts.users()]),
            guarded(self, self._on_choices_loaded), guarded(self, self._on_task_failed))

    def _on_choices_loaded(self, choices: tuple[list[str], list[str]]) -> None:
        actions, usernames = choices
        for combo, items, label in ((self.action_combo, actions, action_label),
                                    (self.user_combo, ["system", *usernames], user_label)):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for item in items:
                combo.addItem(label(item), item)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _on_entries_loaded(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self.details.clear()
        if len(entries) >= LIMIT:
            text = fill(self.tr("The newest %1 entries; narrow the filters to see older ones."), LIMIT)
        else:
            text = fill(self.tr("%1 entries"), len(entries))
        self.count_label.setText(text)

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes:  # every change writes an audit line
            self._load_choices()
            if self.isVisible():
                self.search()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self.search()

    # ---- details ---------------------------------------------------------------------
    def _on_view_current_row_changed(self, current, _previous) -> None:  # noqa: ANN001
        entry = self.model.entry_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        self.details.setPlainText(self.describe(entry) if entry else "")

    def describe(self, entry: AuditEntry) -> str:
        parts = [fill(self.tr("%1 by %2 (%3)"), action_label(entry.action), entry.username or "?",
                      entry.action)]
        if entry.entity:
            parts.append(fill(self.tr("Record: %1 %2"), entity_label(entry.entity), entry.entity_id))
        if entry.detail:
            parts.append(fill(self.tr("Detail: %1"), entry.detail))
        for heading, text in ((self.tr("Before:"), entry.before), (self.tr("After:"), entry.after)):
            if text:
                parts.append(f"{heading}\n{pretty_json(text)}")
        return "\n\n".join(parts)

    def _on_task_failed(self, error: BaseException) -> None:
        message = explain_or_log(error, self.tr("The audit log could not be read; see the log."), what="audit query failed")
        self.count_label.setText(message)
