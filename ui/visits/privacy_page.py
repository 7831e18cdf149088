"""Privacy (PIPL), for administrators: the retention purge and one person's requests.

The purge is shown as a dry run first (how many people, which cutoff) and asks before it
erases. A person can ask for a copy of their data (a JSON file) or for erasure; visit
counts stay, names and phone numbers go.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from desk.changes import SETTINGS, VISITORS, Changes
from desk.visits.privacy import RetentionPlan
from desk.visits.rows import VisitorRow
from ui.app_services import UiServices
from ui.visits.banner import explain_or_report
from ui.visits.inside_model import SORT_ROLE
from ui.visits.returning import VisitorResultsModel
from ui.record_view import configure_record_view
from ui.shell.pages import guarded


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


class PrivacyPage(QWidget):
    """Retention dry run and purge; export or erase one person's data."""

    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        clock = services.desk.clock
        self._clock = clock

        self.retention = QLabel(self)
        self.retention.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview purge"), self)
        self.purge_button = QPushButton(self.tr("Purge now…"), self)
        self.plan = QLabel(self)
        self.plan.setWordWrap(True)
        self.plan.setStyleSheet("font-size: 15px;")

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Phone, last 4 digits, name or initials"))
        self.find_button = QPushButton(self.tr("Find"), self)
        self.people = VisitorResultsModel(clock, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.people)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        configure_record_view(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(self.tr("Export this person's data…"), self)
        self.erase_button = QPushButton(self.tr("Erase this person…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        retention_box = QGroupBox(self.tr("Retention"), self)
        retention_layout = QVBoxLayout(retention_box)
        retention_layout.addWidget(self.retention)
        retention_buttons = QHBoxLayout()
        retention_buttons.addWidget(self.preview_button)
        retention_buttons.addWidget(self.purge_button)
        retention_buttons.addStretch(1)
        retention_layout.addLayout(retention_buttons)
        retention_layout.addWidget(self.plan)
        person_box = QGroupBox(self.tr("One person's data"), self)
        person_layout = QVBoxLayout(person_box)
        find_line = QHBoxLayout()
        find_line.addWidget(self.search_field, 1)
        find_line.addWidget(self.find_button)
        person_layout.addLayout(find_line)
        person_layout.addWidget(self.view, 1)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(self.export_button)
        person_buttons.addWidget(self.erase_button)
        person_buttons.addStretch(1)
        person_layout.addLayout(person_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(retention_box)
        layout.addWidget(person_box, 1)
        layout.addWidget(self.message)

        self.preview_button.clicked.connect(self.preview)
        self.purge_button.clicked.connect(self._on_purge_clicked)
        self.find_button.clicked.connect(self.find)
        self.search_field.returnPressed.connect(self.find)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._on_view_current_changed()
        self._load_settings()

    @property
    def title(self) -> str:
        return self.tr("Privacy")

    # ---- retention -------------------------------------------------------------------
    def preview(self) -> None:
        """The dry run: counts and cutoff, nothing changed."""
        self._services.tasks.read(self._services.desk.privacy.preview, guarded(self, self._on_preview_done),
                                  guarded(self, self._on_failed))

    def purge(self) -> None:
        actor = self._services.session.actor
        if actor is None:
            return
        privacy = self._services.desk.privacy
        self._services.tasks.write(lambda: privacy.purge(actor), guarded(self, self._on_purge_done),
                                   guarded(self, self._on_failed))

    def _plan_text(self, plan: RetentionPlan) -> str:
        return self.tr("Before {cutoff}: {visitors} people would have their name and phone erased, "
                       "and the notes of {notes} visits would be cleared. Visit counts stay.").format(
            cutoff=self._clock.local(plan.cutoff).strftime("%Y-%m-%d"), visitors=plan.visitors,
            notes=plan.visits_with_notes)

    def _on_preview_done(self, plan: RetentionPlan) -> None:
        self.plan.setText(self._plan_text(plan))

    def _on_purge_clicked(self) -> None:
        if self._confirm(self.tr("Purge now"), self.tr(
                "Erase the names and phone numbers of everyone whose last visit is older than the "
                "retention period? This cannot be undone.")):
            self.purge()

    def _on_purge_done(self, done: Any) -> None:
        self._services.bus.announce(done.changes)
        plan: RetentionPlan = done.value
        self.plan.setText(self.tr("Purged: {visitors} people erased, notes of {notes} visits cleared.").format(
            visitors=plan.visitors, notes=plan.visits_with_notes))

    # ---- one person ------------------------------------------------------------------
    def find(self) -> None:
        text = self.search_field.text().strip()
        visits = self._services.desk.visits
        self._services.tasks.read(lambda: visits.find_visitors(text, limit=50), guarded(self, self._on_found),
                                  guarded(self, self._on_failed))

    def selected(self) -> VisitorRow | None:
        index = self.view.currentIndex()
        return self.people.visitor_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def export_person(self, path: Path) -> None:
        person, actor = self.selected(), self._services.session.actor
        if person is None or actor is None:
            return
        privacy, tasks = self._services.desk.privacy, self._services.tasks

        def on_exported(data: dict[str, Any]) -> None:
            tasks.background(lambda: write_json(path, data), guarded(self, lambda _none: self.message.setText(
                self.tr("Saved the data of {name} to {path}.").format(name=person.name or "—", path=path))),
                guarded(self, self._on_failed))

        tasks.write(lambda: privacy.export_person(actor, person.id), guarded(self, on_exported),
                    guarded(self, self._on_failed))

    def erase_person(self) -> None:
        person, actor = self.selected(), self._services.session.actor
        if person is None or actor is None:
            return
        privacy = self._services.desk.privacy
        self._services.tasks.write(lambda: privacy.erase_person(actor, person.id),
                                   guarded(self, lambda done: self._on_erased(person, done)),
                                   guarded(self, self._on_failed))

    def _on_found(self, people: list[VisitorRow]) -> None:
        self.people.set_rows(people)
        if people:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.message.setText("" if people or not self.search_field.text().strip()
                             else self.tr("No one on record matches."))
        self._on_view_current_changed()

    def _on_view_current_changed(self, *_args: object) -> None:
        has_person = self.selected() is not None
        self.export_button.setEnabled(has_person)
        self.erase_button.setEnabled(has_person)

    def _on_export_clicked(self) -> None:
        person = self.selected()
        if person is None:
            return
        path = self._ask_save_path(f"visitor-{person.id}.json")
        if path:
            self.export_person(Path(path))

    def _on_erase_clicked(self) -> None:
        person = self.selected()
        if person and self._confirm(self.tr("Erase this person"), self.tr(
                "Erase the name, phone number, organisation and notes of {name} now? Their visits stay "
                "as anonymous counts and their passes stop working. This cannot be undone.").format(
                name=person.name or "—")):
            self.erase_person()

    def _on_erased(self, person: VisitorRow, done: Any) -> None:
        self._services.bus.announce(done.changes)
        self.message.setText(self.tr("{name} was erased.").format(name=person.name or "—"))

    # ---- plumbing --------------------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export a person's data"),
                                                    str(Path.home() / suggested), self.tr("JSON files (*.json)"))
        return path

    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(explain_or_report(self._services, error))

    def _load_settings(self) -> None:
        self._services.tasks.read(self._services.desk.center.settings, guarded(self, self._on_settings_loaded),
                                  guarded(self, self._on_failed))

    def _on_settings_loaded(self, settings: Any) -> None:
        self.retention.setText(self.tr(
            "Names and phone numbers are kept for {days} days after a person's last visit, then erased.")
            .format(days=settings["retention_days"]))

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(SETTINGS):
            self._load_settings()
        if changes.touches(VISITORS) and self.search_field.text().strip():
            self.find()  # an erased person drops out of the list
