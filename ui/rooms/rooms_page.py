"""Rooms (场地预约): the day grid of every room, a room's week, "find a free room", and the
bookings waiting for approval.

Keyboard first (F1 lists the keys): arrows walk the grid, Shift+arrows select free half
hours and Enter books them; Enter on a booking opens it; Alt+arrows move it. A booking's
QR pass scanned anywhere comes here (``scan_kinds``) and checks the booking in. Once a
minute the page releases bookings nobody checked in for (the room's no-show minutes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QHBoxLayout, QHeaderView, QLabel, QMenu, QPlainTextEdit, QPushButton, QSplitter,
    QStackedWidget, QTabBar, QTableView, QVBoxLayout, QWidget,
)

from desk.accounts.actor import SYSTEM
from desk.changes import BOOKINGS, CALENDAR, ROOMS, SETTINGS, Changes, Done
from desk.rooms.grid import DayGrid, WeekGrid
from desk.rooms.records import PENDING, BookingInfo, RoomInfo
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.page_actions import action_buttons, bind_actions, window_shortcut
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.record_view import configure_record_view
from ui.rooms.booking_detail import booking_text
from ui.rooms.booking_dialog import BookingDialog
from ui.rooms.booking_writes import BookingWrites
from ui.rooms.free_panel import FreeRoomPanel
from ui.rooms.grid_view import RoomGridView
from ui.rooms.lanes_model import LanesModel
from ui.rooms.room_lists import PendingModel
from ui.rooms.room_printing import RoomDocuments
from ui.shell.pages import guarded

DAY, WEEK, FREE, WAITING = range(4)
NO_SHOW_CHECK_MS = 60_000


class RoomsPage(QWidget):
    shortcut = "F11"
    scan_kinds = ("booking",)

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        desk = services.desk
        self.zone = desk.clock.zone
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self.day = desk.clock.today()
        self.rooms: list[RoomInfo] = []
        self.forms = DialogHost()

        self.tabs = QTabBar()
        for title in (self.tr("Day (all rooms)"), self.tr("Week of a room"), self.tr("Find a free room"),
                      self.tr("Waiting for approval")):
            self.tabs.addTab(title)
        self.prev_button = QPushButton(self.tr("◀ (PgUp)"))
        self.today_button = QPushButton(self.tr("Today (Alt+Home)"))
        self.next_button = QPushButton(self.tr("▶ (PgDn)"))
        self.date_edit = QDateEdit(self.day)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.room_combo = QComboBox()
        self.room_combo.setMinimumWidth(160)
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        for widget in (self.room_combo, self.prev_button, self.today_button, self.date_edit, self.next_button):
            top.addWidget(widget)

        self.model = LanesModel(self.zone, self)
        self.grid = RoomGridView(self.model)
        self.free_panel = FreeRoomPanel(self.zone, self._search_free)
        self.pending_model = PendingModel(self.zone, self)
        self.pending_view = configure_record_view(QTableView())
        self.pending_view.setModel(self.pending_model)
        self.pending_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pending_view.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        for widget in (self.grid, self.free_panel, self.pending_view):
            self.stack.addWidget(widget)
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setReadOnly(True)
        self.detail_edit.setPlaceholderText(self.tr("Select a booking to see who booked it and its history."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail_edit)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 240])
        splitter.setChildrenCollapsible(False)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.writes = PageWrites(self, services, self.message_label, what="room booking")
        self.actions = BookingWrites(self)
        row = QHBoxLayout()
        actions = self._action_list()
        buttons, self._shortcuts = action_buttons(self, row, actions.values())
        self.buttons: dict[str, QPushButton] = dict(zip(actions, buttons))
        row.addStretch(1)
        self.documents = RoomDocuments(services, self)
        self.documents.failed.connect(lambda message: self.writes.say(message, error=True))
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_menu = QMenu(self)
        self.print_menu.addAction(self.tr("This day's room schedule"), lambda: self.documents.day_schedule(self.day))
        self.print_menu.addAction(self.tr("Door sheets, one per room"), lambda: self.documents.door_sheets(self.day))
        self.print_menu.addAction(self.tr("This week's poster (A4)"), lambda: self.documents.week_poster(self.day))
        self.print_menu.addAction(self.tr("This week's poster (A3)"),
                                  lambda: self.documents.week_poster(self.day, "A3"))
        self.print_button.setMenu(self.print_menu)
        row.addWidget(self.print_button)
        window_shortcut(self, "Ctrl+P", self.print_button.showMenu)  # the menu, as a click would open it
        self._shortcuts.append(("Ctrl+P", self.tr("Print the day's schedule, door sheets or the week's poster")))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

        bind_actions(self, ((self.prev_button, QKeySequence.StandardKey.MoveToPreviousPage, self.previous),
                            (self.next_button, QKeySequence.StandardKey.MoveToNextPage, self.next),
                            (self.today_button, QKeySequence(Qt.Key.Key_Home | Qt.KeyboardModifier.AltModifier),
                             self.go_today),
                            (None, QKeySequence.StandardKey.Refresh, self.reload)))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.room_combo.activated.connect(lambda _index: self.reload())
        self.grid.create_requested.connect(self._on_create_requested)
        self.grid.open_requested.connect(self._on_open_requested)
        self.grid.move_requested.connect(self.actions.move_to_cell)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.pending_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.pending_view.activated.connect(lambda _index: self.actions.approve())
        self.free_panel.book_requested.connect(self._on_free_book_requested)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.no_show_timer = QTimer(self)
        self.no_show_timer.setInterval(NO_SHOW_CHECK_MS)
        self.no_show_timer.timeout.connect(self.release_no_shows)
        self.no_show_timer.start()
        self._update_controls()
        self.reload_rooms()

    def _action_list(self) -> dict[str, tuple[str, str, Callable[[], None]]]:
        """The row of buttons, by the name ``self.buttons`` knows each one by: (text, keys, slot)."""
        actions = {
            "new": (self.tr("New booking…"), "Ctrl+N", self.new_booking),
            "edit": (self.tr("Correct…"), "Ctrl+E", self.actions.edit),
            "move": (self.tr("Move…"), "Ctrl+M", self.actions.move),
            "cancel": (self.tr("Cancel booking…"), "Ctrl+D", self.actions.cancel),
            "check_in": (self.tr("Check in…"), "Ctrl+I", self.actions.check_in),
            "approve": (self.tr("Approve"), "Ctrl+Y", self.actions.approve),
            "reject": (self.tr("Reject…"), "Ctrl+R", self.actions.reject),
        }
        if self.is_admin:
            actions["close_day"] = (self.tr("Close a day…"), "Ctrl+Shift+C", self.actions.close_day)
        return actions

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Rooms")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("←↑→↓", self.tr("Walk the grid; Shift+arrows select free half hours")),
                ("Enter", self.tr("Book the selected free time, or open the selected booking")),
                ("Alt+←→", self.tr("Move the selected booking half an hour earlier or later")),
                ("Alt+↑↓", self.tr("Move the selected booking to the room (or day) above or below")),
                ("PgUp / PgDn", self.tr("The day (or week) before or after")),
                ("Alt+Home", self.tr("Back to today")), *self._shortcuts, ("F5", self.tr("Refresh"))]

    # ---- public ----------------------------------------------------------------------
    def show_view(self, view: int) -> None:
        self.tabs.setCurrentIndex(view)

    def current_view(self) -> int:
        return self.tabs.currentIndex()

    def show_day(self, day: date) -> None:
        self.date_edit.setDate(day)

    def selected_booking(self) -> BookingInfo | None:
        if self.current_view() == WAITING:
            rows = self.pending_view.selectionModel().selectedRows()
            request = self.pending_model.request_at(rows[0].row()) if rows else None
            return request.booking if request else None
        if self.current_view() in (DAY, WEEK):
            placed = self.grid.selected_booking()
            return placed.booking if placed else None
        return None

    def handle_scan(self, text: str) -> None:
        """A booking's QR pass: check the booking in with its booked number of people."""
        actor = self.services.session.actor
        if actor is None:
            return
        checkin = self.services.desk.booking_checkin

        def done(result: Done[BookingInfo]) -> None:
            booking = result.value
            self.writes.say(fill(self.tr("Checked in: %1, %2, %3 people. Change the number with Check in… "
                                         "if fewer came."), booking.title, booking.room_name,
                                 booking.attendance or booking.headcount))
            self.services.bus.announce(result.changes)
            self.select_when_loaded(booking.id)
            local_day = booking.starts_at.astimezone(self.zone).date()
            if self.current_view() != DAY:
                self.show_view(DAY)
            self.show_day(local_day)

        self.services.tasks.write(lambda: checkin.check_in_by_scan(actor, text), guarded(self, done),
                                  guarded(self, self.say_failure))

    def reload_rooms(self) -> None:
        rooms = self.services.desk.rooms
        self.services.tasks.read(rooms.rooms, guarded(self, self._on_rooms_loaded), guarded(self, self.say_failure))

    def reload(self) -> None:
        view, grid, day = self.current_view(), self.services.desk.room_grid, self.day
        approvals = self.services.desk.booking_approvals
        if view == DAY:
            self.services.tasks.read(lambda: grid.day_grid(day), guarded(self, self._on_day_loaded),
                                     guarded(self, self.say_failure))
        elif view == WEEK:
            room_id = self.room_combo.currentData()
            if room_id is None:
                return
            monday = day - timedelta(days=day.weekday())
            self.services.tasks.read(lambda: grid.week(room_id, monday), guarded(self, self._on_week_loaded),
                                     guarded(self, self.say_failure))
        elif view == FREE:
            self.free_panel.set_day(day)
        self.services.tasks.read(approvals.pending, guarded(self, self._on_pending_loaded),
                                 guarded(self, self.say_failure))

    # ---- navigation ------------------------------------------------------------------
    def previous(self) -> None:
        self.show_day(self.day - timedelta(days=7 if self.current_view() == WEEK else 1))

    def next(self) -> None:
        self.show_day(self.day + timedelta(days=7 if self.current_view() == WEEK else 1))

    def go_today(self) -> None:
        self.show_day(self.services.desk.clock.today())

    def _on_date_changed(self, value: QDate) -> None:
        self.day = value.toPython()
        self.reload()

    def _on_tab_changed(self, view: int) -> None:
        self.stack.setCurrentIndex({DAY: 0, WEEK: 0, FREE: 1, WAITING: 2}[view])
        self._update_controls()
        self.reload()
        (self.grid if view in (DAY, WEEK) else self.pending_view if view == WAITING else self.free_panel).setFocus()

    def _update_controls(self) -> None:
        view = self.current_view()
        self.room_combo.setVisible(view == WEEK)
        for widget in (self.prev_button, self.next_button, self.today_button, self.date_edit):
            widget.setVisible(view in (DAY, WEEK))
        waiting = view == WAITING
        self.buttons["approve"].setVisible(waiting)
        self.buttons["reject"].setVisible(waiting)

    # ---- loads -----------------------------------------------------------------------
    _after_load: int | None = None  # a booking to select once the grid is loaded

    def select_when_loaded(self, booking_id: int | None) -> None:
        """Select this booking when the grid next loads (after a write changed it)."""
        self._after_load = booking_id

    def _on_rooms_loaded(self, rooms: list[RoomInfo]) -> None:
        self.rooms = rooms
        chosen = self.room_combo.currentData()
        self.room_combo.clear()
        for room in rooms:
            self.room_combo.addItem(room.name, room.id)
        if chosen is not None:
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(chosen)))
        self.reload()

    def _on_day_loaded(self, grid: DayGrid) -> None:
        if self.current_view() == DAY and grid.day == self.day:
            self._show_lanes(list(grid.rooms), LanesModel.DAY)

    def _on_week_loaded(self, week: WeekGrid) -> None:
        if self.current_view() == WEEK and week.rooms:
            self._show_lanes(list(week.rooms[0].days), LanesModel.WEEK)

    def _show_lanes(self, lanes: list, mode: str) -> None:  # noqa: ANN001
        current = self.grid.currentIndex()
        had_data = self.model.rowCount() > 0
        self.model.set_lanes(lanes, mode)
        if self._after_load is not None and self.grid.select_booking(self._after_load):
            self._after_load = None
        elif had_data and current.isValid():
            self.grid.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1),
                                                       min(current.column(), self.model.columnCount() - 1)))
        else:
            self.grid.scroll_to_first_open()
        self._show_selected()

    def _on_pending_loaded(self, pending: list) -> None:  # noqa: ANN001
        chosen = self.selected_booking() if self.current_view() == WAITING else None
        self.pending_model.set_records(pending)
        self.tabs.setTabText(WAITING, fill(self.tr("Waiting for approval (%1)"), len(pending))
                             if pending else self.tr("Waiting for approval"))
        if chosen is not None:
            row = self.pending_model.row_where(lambda request: request.booking.id == chosen.id)
            if row >= 0:
                self.pending_view.selectRow(row)
        elif pending and self.current_view() == WAITING and not self.pending_view.currentIndex().isValid():
            self.pending_view.selectRow(0)

    def _show_selected(self) -> None:
        booking = self.selected_booking()
        for key in ("edit", "move", "cancel", "check_in"):
            self.buttons[key].setEnabled(booking is not None)
        for key in ("approve", "reject"):
            self.buttons[key].setEnabled(booking is not None and booking.state == PENDING)
        if booking is None:
            self.detail_edit.clear()
            return
        bookings = self.services.desk.bookings

        def shown(history: list) -> None:  # noqa: ANN001
            if self.selected_booking() is not None and self.selected_booking().id == booking.id:
                self.detail_edit.setPlainText(booking_text(self.zone, booking, history))

        self.services.tasks.read(lambda: bookings.history(booking.id), guarded(self, shown),
                                 guarded(self, self.say_failure))

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(ROOMS):
            self.reload_rooms()
        elif changes.touches(BOOKINGS, CALENDAR, SETTINGS):
            self.reload()

    # ---- booking ---------------------------------------------------------------------
    def new_booking(self) -> None:
        chosen = self.grid.selected_free_columns() if self.current_view() in (DAY, WEEK) else None
        if chosen is not None:
            self._on_create_requested(chosen[0], chosen[1][0], chosen[1][-1])
            return
        lane = self.model.lane(max(0, self.grid.currentIndex().row()))
        self.open_booking_form(lane.room.id if lane else None, lane.day if lane else self.day, "09:00", "10:00")

    def _on_create_requested(self, row: int, first: int, last: int) -> None:
        lane = self.model.lane(row)
        if lane is not None:
            self.open_booking_form(lane.room.id, lane.day, self.model.slot_text(first), self.model.slot_end_text(last))

    def _on_free_book_requested(self, room_id: int, day: date, start: str, end: str, people: int) -> None:
        self.open_booking_form(room_id, day, start, end, people)

    def open_booking_form(self, room_id: int | None, day: date, start: str, end: str, people: int = 1) -> BookingDialog:
        dialog = BookingDialog(self.actions.submit_booking, self.actions.preview_series, self.rooms, self.zone,
                               room_id=room_id, day=day, start=start, end=end, headcount=people,
                               may_override=self.is_admin, parent=self)
        self.forms.open(dialog)
        return dialog

    def _on_open_requested(self, booking_id: int) -> None:
        self.grid.select_booking(booking_id)
        self.actions.edit()

    def _search_free(self, starts_at, ends_at, people: int, done: Callable) -> None:  # noqa: ANN001
        grid = self.services.desk.room_grid
        self.services.tasks.read(lambda: grid.find_free(starts_at, ends_at, people), guarded(self, done),
                                 guarded(self, lambda error: self.free_panel.error(self.explain(error))))

    # ---- no-shows --------------------------------------------------------------------
    def release_no_shows(self) -> None:
        checkin = self.services.desk.booking_checkin

        def done(result: Done[list[BookingInfo]]) -> None:
            if result.value:
                names = "、".join(f"{b.room_name} {b.title}" for b in result.value)
                self.writes.say(fill(self.tr("Released %1 bookings nobody checked in for: %2"),
                                     len(result.value), names))
                self.services.bus.announce(result.changes)

        self.services.tasks.write(lambda: checkin.release_no_shows(SYSTEM), guarded(self, done),
                                  guarded(self, self.say_failure))

    # ---- messages --------------------------------------------------------------------
    def explain(self, error: BaseException) -> str:
        return explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                              what="rooms page")

    def say_failure(self, error: BaseException) -> None:
        self.writes.say(self.explain(error), error=True)
