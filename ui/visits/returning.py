"""Returning visitors: type a phone (or its last four digits), a name or pinyin initials,
press Enter, done. Someone already inside is offered a check-out instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.visits.purposes import PurposeInfo
from desk.visits.rows import VisitorRow, VisitRow
from desk.visits.service import new_token
from ui.app_services import UiServices
from ui.visits.banner import explain_or_report
from ui.visits.inside_model import SORT_ROLE
from ui.record_view import configure_record_view

DEBOUNCE_MS = 150
NAME, PHONE, ORGANISATION, LAST_VISIT, STATUS = range(5)
_Index = QModelIndex | QPersistentModelIndex



class VisitorResultsModel(QAbstractTableModel):
    """People found by a search: name, masked phone, organisation, last visit, inside?"""

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[VisitorRow] = []

    def set_rows(self, rows: Sequence[VisitorRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def visitor_at(self, row: int) -> VisitorRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Phone"), self.tr("Organisation"), self.tr("Last visit"),
                  self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == SORT_ROLE:
            if column == LAST_VISIT:
                return person.last_visit_at.timestamp() if person.last_visit_at else 0.0
            return self._display(person, column)
        if role == Qt.ItemDataRole.ToolTipRole and person.party_member:
            return self.tr("Party member, branch: {branch}").format(branch=person.branch or "—")
        return None

    def _display(self, person: VisitorRow, column: int) -> str:
        if column == NAME:
            return person.name or "—"
        if column == PHONE:
            return person.phone_masked
        if column == ORGANISATION:
            return person.organisation
        if column == LAST_VISIT:
            if person.last_visit_at is None:
                return ""
            local = self._clock.local(person.last_visit_at)
            if local.date() == self._clock.local(utcnow()).date():
                return self.tr("today {time}").format(time=local.strftime("%H:%M"))
            return local.strftime("%Y-%m-%d")
        if column == STATUS:
            if person.inside:
                return self.tr("Inside")
            return self.tr("Party member") if person.party_member else ""
        return ""


class ReturningSearch(QWidget):
    """The one search field: find someone the desk knows and check them in with one key."""

    visit_checked_in = Signal(object)
    """A returning visitor was checked in; the argument is the new ``VisitRow``."""
    visit_checked_out = Signal(object)
    """Someone found here was checked out; the argument is the closed ``VisitRow``."""
    action_refused = Signal(str)
    """A check-in or check-out was refused; the argument is the explanation to show."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._seq = 0
        self._busy = False
        self._act_when_found = False
        self._token = new_token()
        self._token_for: int | None = None

        self.field = QLineEdit(self)
        self.field.setObjectName("visitorSearch")
        self.field.setPlaceholderText(self.tr("Phone, last 4 digits or name"))
        self.field.setToolTip(self.tr("Pinyin initials work too: zxm finds 张小明."))
        self.field.setClearButtonEnabled(True)
        self.field.setStyleSheet("font-size: 18px; padding: 6px;")
        self.field.setAccessibleName(self.tr("Search returning visitors"))
        self.field.installEventFilter(self)
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Purpose of a returning visit"))
        self.purpose.setMinimumContentsLength(6)
        self.action = QPushButton(self.tr("Check in"), self)
        self.action.setEnabled(False)

        self.results = VisitorResultsModel(services.desk.clock, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.results)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        configure_record_view(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(135)  # a handful of matches; the walk-in form needs the room
        self.view.setStyleSheet("QTableView { font-size: 14px; }")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()

        line = QHBoxLayout()
        line.addWidget(self.field, 1)
        line.addWidget(self.purpose)
        line.addWidget(self.action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.action.clicked.connect(self._on_action_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self.view.doubleClicked.connect(self._on_action_clicked)

    # ---- public ----------------------------------------------------------------------
    def set_purposes(self, purposes: Sequence[PurposeInfo], default_code: str = "consult") -> None:
        current = self.purpose.currentData() or default_code
        self.purpose.clear()
        for info in purposes:
            self.purpose.addItem(info.label, info.code)
        index = self.purpose.findData(current)
        self.purpose.setCurrentIndex(max(0, index))

    def search_now(self) -> None:
        """Run the search at once (skipping the debounce), e.g. after data changed."""
        self._debounce.stop()
        text = self.field.text().strip()
        self._seq += 1
        if not text:
            self.results.set_rows([])
            self._update_action()
            return
        seq = self._seq
        self._services.tasks.read(lambda: self._services.desk.visits.find_visitors(text),
                                  lambda rows: self._on_search_done(seq, rows), self._on_search_failed)

    def selected(self) -> VisitorRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.results.visitor_at(self.proxy.mapToSource(index).row())

    def check_in_selected(self) -> None:
        """Check the selected (or only the first) person in, or out if they are inside."""
        person = self.selected()
        if person is None or self._busy:
            return
        actor = self._services.session.actor
        if actor is None:
            self.action_refused.emit(self.tr("Sign in first."))
            return
        if person.id != self._token_for:
            self._token, self._token_for = new_token(), person.id
        self._busy = True
        self.action.setEnabled(False)
        visits = self._services.desk.visits
        if person.inside:
            def leave() -> Any:
                open_visit = next((v for v in visits.inside_now() if v.visitor_id == person.id), None)
                if open_visit is None:
                    raise Refusal("{name} is not inside any more.", name=person.name)
                return visits.check_out(actor, open_visit.id)

            self._services.tasks.write(leave, lambda done: self._on_write_done(done, False), self._on_write_failed)
        else:
            code, token = self.purpose.currentData(), self._token
            self._services.tasks.write(lambda: visits.check_in_returning(actor, person.id, code, token=token),
                                       lambda done: self._on_write_done(done, True), self._on_write_failed)

    # ---- private ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
                row = self.view.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(self.proxy.rowCount() - 1, row))
                self.view.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _on_field_text_changed(self, _text: str) -> None:
        self._act_when_found = False
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self.search_now()

    def _on_field_return_pressed(self) -> None:
        if self._debounce.isActive() or not self.results.rowCount():
            self._act_when_found = True  # Enter typed before the results arrived
            self.search_now()
            return
        self.check_in_selected()

    def _on_action_clicked(self, *_args: object) -> None:
        self.check_in_selected()

    def _on_search_done(self, seq: int, rows: list[VisitorRow]) -> None:
        if seq != self._seq:
            return  # an older search answered late
        self.results.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self._set_hint("")
        else:
            self._set_hint(self.tr("No returning visitor matches. Use the walk-in form below."))
        self._update_action()
        if self._act_when_found and rows:
            self._act_when_found = False
            self.check_in_selected()

    def _on_search_failed(self, error: BaseException) -> None:
        self._set_hint(explain_or_report(self._services, error))

    def _on_view_current_changed(self, *_args: object) -> None:
        self._update_action()

    def _set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _update_action(self) -> None:
        person = self.selected()
        self.action.setText(self.tr("Check out") if person and person.inside else self.tr("Check in"))
        self.action.setEnabled(person is not None and not self._busy)
        self.purpose.setEnabled(not (person and person.inside))

    def _on_write_done(self, done: Any, checked_in: bool) -> None:
        self._busy = False
        self._token, self._token_for = new_token(), None
        row: VisitRow = done.value
        self._services.bus.announce(done.changes)
        self.field.clear()
        self.results.set_rows([])
        self._set_hint("")
        self._update_action()
        self.field.setFocus()
        (self.visit_checked_in if checked_in else self.visit_checked_out).emit(row)

    def _on_write_failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_action()
        self.action_refused.emit(explain_or_report(self._services, error))
