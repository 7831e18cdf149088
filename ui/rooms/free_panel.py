""""Find a free room": a day, a time and a number of people → every room free for all of it.

The search runs on the read worker; Enter on a room (or "Book this room") asks the page to
open the booking form for it with the time and people already filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableView, QTimeEdit, QVBoxLayout, QWidget,
)

from desk.errors import DeskError
from desk.rooms.grid import FreeRoom
from desk.rooms.intervals import local_span
from ui.explain import explain
from ui.i18n import fill
from ui.record_view import configure_record_view
from ui.rooms.room_lists import FreeRoomsModel


class FreeRoomPanel(QWidget):
    book_requested = Signal(int, object, str, str, int)  # room id, day, start, end, people

    def __init__(self, zone, search: Callable[[object, object, int, Callable[[list[FreeRoom]], None]], None],  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._search = search
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit(QTime(14, 0))
        self.end_edit = QTimeEdit(QTime(16, 0))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.people_spin = QSpinBox()
        self.people_spin.setRange(1, 9999)
        self.people_spin.setValue(10)
        self.find_button = QPushButton(self.tr("Find (Enter)"))
        self.book_button = QPushButton(self.tr("Book this room…"))
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Day")), self.date_edit, QLabel(self.tr("from")), self.start_edit,
                       QLabel(self.tr("to")), self.end_edit, QLabel(self.tr("People")), self.people_spin,
                       self.find_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.model = FreeRoomsModel(self)
        self.view = configure_record_view(QTableView())
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.result_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.find_button.clicked.connect(self.find)
        self.view.activated.connect(lambda _index: self.book_selected())
        self.book_button.clicked.connect(self.book_selected)
        self.book_button.setEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Enter in the day, time or people boxes searches; on the list, the view books.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view.hasFocus():
            self.find()
            return
        super().keyPressEvent(event)

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(day)

    def ask(self) -> tuple[date, str, str, int]:
        return (self.date_edit.date().toPython(), self.start_edit.time().toString("HH:mm"),
                self.end_edit.time().toString("HH:mm"), self.people_spin.value())

    def find(self) -> None:
        day, start, end, people = self.ask()
        try:
            starts_at, ends_at = local_span(self.zone, day, start, end)
        except DeskError as refusal:  # an empty span: said on the panel, in the desk's language
            self.result_label.setText(explain(refusal) or "")
            return
        self._search(starts_at, ends_at, people, self.show_rooms)

    def show_rooms(self, rooms: list[FreeRoom]) -> None:
        self.model.set_records(rooms)
        day, start, end, people = self.ask()
        if rooms:
            self.result_label.setText(fill(self.tr("%1 rooms are free on %2 from %3 to %4 for %5 people."),
                                           len(rooms), day.isoformat(), start, end, people))
            self.view.selectRow(0)
            self.view.setFocus()
        else:
            self.result_label.setText(self.tr("No room is free for all of that time and that many people. "
                                              "Try another time, or fewer people."))
        self.book_button.setEnabled(bool(rooms))

    def error(self, message: str) -> None:
        self.model.set_records([])
        self.result_label.setText(message)
        self.book_button.setEnabled(False)

    def book_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        free = self.model.room_at(rows[0].row()) if rows else None
        if free is None:
            return
        day, start, end, people = self.ask()
        self.book_requested.emit(free.room.id, day, start, end, people)
