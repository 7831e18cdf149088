"""Activities (活动): the period's activities, their sign-ups and waiting lists, the door.

Keyboard first: Ctrl+N a new activity, Ctrl+S signs a resident up (found by phone or
name, or typed in), Enter on an activity goes to its sign-ups and Enter on a sign-up
ticks it as come; F12 turns door mode on, where every scan at the door shows its result
in big coloured text; F1 lists the rest. Tables are in a larger font for older eyes.

Scans: a sign-up pass always comes here (``scan_kinds``); a resident pass only while the
door is open on screen or the sign-up form is open (then it signs its holder up). What a
scan does at the door is ``DoorScans``'s (activity_door_scans.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from desk.changes import ACTIVITIES, BOOKINGS, ROOMS, Changes
from desk.clock import utcnow
from desk.passes.codec import peek_kind
from desk.rooms.activity_rows import (
    ACTIVITY_CANCELLED, CANCELLED, CONFIRMED, ActivityInfo, SignupRow, VolunteerTotal,
)
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.page_actions import Keys, bind_actions
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.record_view import for_older_eyes, record_table
from ui.rooms.activity_actions import ActivityActions
from ui.rooms.activity_detail import ActivityBundle, ActivityDetailTabs, load_bundle
from ui.rooms.activity_dialogs import SignupDialog
from ui.rooms.activity_door import ActivityDoorPanel
from ui.rooms.activity_door_scans import DoorScans
from ui.rooms.activity_model import ActivityTableModel
from ui.rooms.activity_printing import ActivityDocuments
from ui.rooms.activity_signup_actions import SignupActions
from ui.shell.pages import guarded

WEEK, MONTH, RANGE = "week", "month", "range"
DOOR_KEY = Qt.Key.Key_F12


def period_of(kind: str, today: date) -> tuple[date, date]:
    """This week (Monday to Sunday) or this month, around ``today``."""
    if kind == MONTH:
        first = today.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


class ActivitiesPage(QWidget):
    shortcut = "F8"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._door = False
        self._select_after_load: int | None = None
        self._signup_after_load: int | None = None
        self._bundle: ActivityBundle | None = None
        clock = services.desk.clock

        self.period_combo = QComboBox()
        for text, kind in ((self.tr("This week"), WEEK), (self.tr("This month"), MONTH), (self.tr("Dates"), RANGE)):
            self.period_combo.addItem(text, kind)
        first, last = period_of(WEEK, clock.today())
        self.from_edit, self.to_edit = self._date_edit(first), self._date_edit(last)
        self.door_button = QPushButton(self.tr("Door mode (F12)"))
        self.door_button.setCheckable(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.period_combo)
        top.addWidget(self.from_edit)
        top.addWidget(QLabel("–"))
        top.addWidget(self.to_edit)
        top.addStretch(1)
        top.addWidget(self.door_button)

        self.new_button = QPushButton(self.tr("New activity… (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit… (Ctrl+E)"))
        self.cancel_activity_button = QPushButton(self.tr("Cancel activity…"))
        self.signup_button = QPushButton(self.tr("Sign up… (Ctrl+S)"))
        self.cancel_signup_button = QPushButton(self.tr("Cancel sign-up… (Ctrl+Del)"))
        self.attended_button = QPushButton(self.tr("Came (Ctrl+T)"))
        self.undo_button = QPushButton(self.tr("Undo sign-in (Ctrl+U)"))
        self.pass_button = QPushButton(self.tr("Sign-up pass… (Ctrl+I)"))
        self.print_button = QPushButton(self.tr("Sign-in sheet… (Ctrl+P)"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.cancel_activity_button, self.signup_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        self.model = ActivityTableModel(clock, self)
        self.view = for_older_eyes(record_table(self.model, ActivityTableModel.TITLE))
        self.forms = DialogHost(after_close=self.view.setFocus)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.writes = PageWrites(self, services, self.message_label, what="activity change")
        self.door_panel = ActivityDoorPanel(clock)
        self.door_panel.hide()
        self.detail = ActivityDetailTabs(services, self.writes, self.open_dialog, self)
        for button in (self.cancel_signup_button, self.attended_button, self.undo_button, self.pass_button):
            self.detail.signup_buttons.addWidget(button)  # beside the list they act on
        self.detail.signup_buttons.addStretch(1)
        self.documents = ActivityDocuments(services, self)
        self.signup_actions = SignupActions(self)
        self.activity_actions = ActivityActions(self)
        self.door_scans = DoorScans(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 400])  # the list shows several activities, not two
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.door_panel)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_label)

        self.period_combo.activated.connect(lambda _i: self.set_period(self.period_combo.currentData()))
        self.from_edit.dateChanged.connect(self._on_dates_changed)
        self.to_edit.dateChanged.connect(self._on_dates_changed)
        self.door_button.toggled.connect(self.set_door_mode)
        self.view.activated.connect(self._on_view_activated)  # Enter or a double click
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail.signups_view.activated.connect(lambda _index: self.mark_selected_attended())
        self.detail.signups_view.selectionModel().selectionChanged.connect(self._update_actions)
        actions: tuple[tuple[QPushButton | None, Keys, Callable[[], None]], ...] = (
            (self.new_button, "Ctrl+N", self.new_activity), (self.edit_button, "Ctrl+E", self.edit_selected),
            (self.cancel_activity_button, "Ctrl+Shift+Del", self.cancel_selected_activity),
            (self.signup_button, "Ctrl+S", self.sign_up),
            (self.cancel_signup_button, "Ctrl+Del", self.cancel_selected_signup),
            (self.attended_button, "Ctrl+T", self.mark_selected_attended),
            (self.undo_button, "Ctrl+U", self.undo_selected_attendance),
            (self.pass_button, "Ctrl+I", self.issue_signup_pass),
            (self.print_button, "Ctrl+P", self.print_signin_sheet),
            (None, "Ctrl+H", self.detail.record_hours), (None, "Ctrl+O", self.detail.attach_files),
            (None, "F5", self.reload))
        bind_actions(self, actions)
        self.documents.failed.connect(lambda message: self._say(message, error=True))
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_actions()
        self.reload()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Activities")

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("Ctrl+N", self.tr("New activity")), ("Ctrl+E", self.tr("Change the selected activity")),
                ("Ctrl+Shift+Del", self.tr("Cancel the selected activity")),
                ("Ctrl+S", self.tr("Sign a resident up (phone, name, or their pass)")),
                ("Ctrl+Del", self.tr("Cancel the selected sign-up (the waiting list moves up)")),
                ("Enter", self.tr("On an activity: go to its sign-ups; on a sign-up: they came")),
                ("Ctrl+T", self.tr("Tick the selected sign-up as come")),
                ("Ctrl+U", self.tr("Take back a sign-in ticked by mistake")),
                ("F12", self.tr("Door mode: sign people in by scanning their pass")),
                ("Ctrl+H", self.tr("Record a volunteer's service hours")),
                ("Ctrl+I", self.tr("Print a sign-up pass (QR) for the selected sign-up")),
                ("Ctrl+O", self.tr("Attach photos or minutes")), ("Ctrl+P", self.tr("Print the sign-in sheet")),
                ("F5", self.tr("Refresh the list"))]

    @property
    def scan_kinds(self) -> tuple[str, ...]:
        """Sign-up passes always; resident passes while the door is on screen or the
        sign-up form is open (elsewhere they belong to the check-in page)."""
        if (self._door and self.isVisible()) or isinstance(self.dialog, SignupDialog):
            return ("signup", "resident")
        return ("signup",)

    def handle_scan(self, text: str) -> None:
        """A scanner burst: sign the holder up (form open) or in (at the door)."""
        if self.services.session.actor is None:
            return
        if isinstance(self.dialog, SignupDialog) and peek_kind(text) == "resident":
            self.signup_actions.sign_up_by_pass(self.dialog, text)
        else:
            self.door_scans.take(text)

    # ---- public ----------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, kind: str, first: date | None = None, last: date | None = None) -> None:
        """This week, this month (around today), or the days ``first``..``last``."""
        if kind in (WEEK, MONTH):
            first, last = period_of(kind, self.services.desk.clock.today())
        else:
            shown = self.period()
            first, last = first or shown[0], last or shown[1]
        for widget in (self.period_combo, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(kind)))
        self.from_edit.setDate(first)
        self.to_edit.setDate(last)
        for widget in (self.period_combo, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self.from_edit.setEnabled(kind == RANGE)
        self.to_edit.setEnabled(kind == RANGE)
        self.reload()

    def reload(self) -> None:
        first, last = self.period()
        activities = self.services.desk.activities

        def read() -> tuple[list[ActivityInfo], list[VolunteerTotal]]:
            return activities.list_period(first, last), activities.volunteers.totals_by_volunteer(first, last)

        self.services.tasks.read(read, guarded(self, self._on_loaded), guarded(self, self._on_read_failed))

    def selected_activity(self) -> ActivityInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.activity_at(rows[0].row()) if rows else None

    def select_activity(self, activity_id: int) -> bool:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0

    def selected_signup(self) -> SignupRow | None:
        return self.detail.selected_signup()

    def select_signup(self, signup_id: int) -> bool:
        return self.detail.select_signup(signup_id)

    def reveal_activity(self, activity: ActivityInfo) -> None:
        """Select ``activity``, now or after the next read; a day outside the period shown
        widens it to dates that include that day."""
        self._select_after_load = activity.id
        if self.select_activity(activity.id):
            return
        day = self.services.desk.clock.local(activity.starts_at).date()
        first, last = self.period()
        if not first <= day <= last:
            self.set_period(RANGE, min(first, day), max(last, day))

    def keep_signup_selected(self, signup_id: int) -> None:
        """Select that sign-up again once the list has been read after a change."""
        self._signup_after_load = signup_id

    @property
    def door_mode(self) -> bool:
        return self._door

    def door_activity(self) -> ActivityInfo | None:
        """The activity whose door is open: the selected one, while door mode is on."""
        return self.selected_activity() if self._door else None

    def set_door_mode(self, on: bool) -> None:
        if on == self._door:
            return
        self._door = on
        self.door_button.blockSignals(True)
        self.door_button.setChecked(on)
        self.door_button.blockSignals(False)
        self.door_panel.setVisible(on)
        if on:
            summary = self._bundle.attendance if self._bundle else None
            self.door_panel.set_activity(self.selected_activity(), summary)
        self._say(self.tr("Door mode: scan each pass at the door.") if on else self.tr("Door mode is off."))

    def toggle_door_mode(self) -> None:
        self.set_door_mode(not self._door)

    # ---- actions: activities (in ``ActivityActions``) ------------------------------------
    def new_activity(self) -> None:
        self.activity_actions.new()

    def edit_selected(self) -> None:
        self.activity_actions.edit_selected()

    def cancel_selected_activity(self) -> None:
        self.activity_actions.cancel_selected()

    def print_signin_sheet(self) -> None:
        activity = self.selected_activity()
        if activity is not None:
            self._say(self.tr("Preparing the sign-in sheet…"))
            self.documents.signin_sheet(activity.id)

    # ---- actions: sign-ups (in ``SignupActions``) ----------------------------------------
    def sign_up(self) -> None:
        self.signup_actions.sign_up()

    def cancel_selected_signup(self) -> None:
        self.signup_actions.cancel_selected()

    def mark_selected_attended(self) -> None:
        self.signup_actions.mark_selected_attended()

    def undo_selected_attendance(self) -> None:
        self.signup_actions.undo_selected_attendance()

    def issue_signup_pass(self) -> None:
        self.signup_actions.issue_pass_for_selected()

    # ---- loading ---------------------------------------------------------------------
    def _on_loaded(self, loaded: tuple[list[ActivityInfo], list[VolunteerTotal]]) -> None:
        activities, totals = loaded
        chosen = self.selected_activity()
        wanted = self._select_after_load or (chosen.id if chosen else None)
        self._select_after_load = None
        self.model.set_records(activities)
        with QSignalBlocker(self.view.selectionModel()):  # one detail read below, not one per step
            if wanted is None or not self.select_activity(wanted):
                now = utcnow()  # nothing chosen yet: the next activity that has not ended
                upcoming = next((a for a in activities if a.ends_at > now and a.state != ACTIVITY_CANCELLED), None)
                if upcoming is not None:
                    self.select_activity(upcoming.id)
                elif activities:
                    self.view.selectRow(0)
        self.view.viewport().update()
        self._update_actions()
        self.detail.show_totals(totals)
        first, last = self.period()
        self.count_label.setText(self.tr("%n activity(ies) in the period.", "", len(activities)) if first <= last
                                 else self.tr("The first day is after the last: no days to show."))
        self._load_detail()

    def _load_detail(self) -> None:
        activity = self.selected_activity()
        if activity is None:
            self._on_bundle_loaded(None)
            return
        services = self.services
        self.services.tasks.read(lambda: load_bundle(services, activity.id), guarded(self, self._on_bundle_loaded),
                                 guarded(self, self._on_read_failed))

    def _on_bundle_loaded(self, bundle: ActivityBundle | None) -> None:
        activity = self.selected_activity()
        if bundle is not None and (activity is None or activity.id != bundle.detail.activity.id):
            return  # the selection moved on meanwhile
        self._bundle = bundle
        fresh = bundle.detail.activity if bundle else None
        self.detail.show_bundle(fresh, bundle)
        if self._signup_after_load is not None and bundle is not None:
            self.detail.select_signup(self._signup_after_load)
            self._signup_after_load = None
        if self._door and bundle is not None:  # with nothing selected (a list being read) the door stays
            self.door_panel.set_activity(fresh, bundle.attendance)
        self._update_actions()

    # ---- reacting --------------------------------------------------------------------
    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(ACTIVITIES, BOOKINGS, ROOMS):
            self.reload()

    def _on_dates_changed(self, _day: QDate) -> None:
        if self.period_combo.currentData() == RANGE:
            self.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self._load_detail()

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self.detail.setCurrentIndex(0)
        self.detail.signups_view.setFocus()
        if self.detail.signups.rowCount() and self.selected_signup() is None:
            self.detail.signups_view.selectRow(0)

    def _update_actions(self, *_args: object) -> None:
        activity, signup = self.selected_activity(), self.selected_signup()
        is_open = activity is not None and activity.state != ACTIVITY_CANCELLED
        for button in (self.edit_button, self.cancel_activity_button, self.signup_button):
            button.setEnabled(is_open)
        self.print_button.setEnabled(activity is not None)
        live = signup is not None and signup.state != CANCELLED
        self.cancel_signup_button.setEnabled(live and signup.attended_at is None)  # type: ignore[union-attr]
        self.attended_button.setEnabled(is_open and signup is not None and signup.state == CONFIRMED
                                        and signup.attended_at is None)
        self.undo_button.setEnabled(signup is not None and signup.attended_at is not None)
        self.pass_button.setEnabled(is_open and live)

    def event(self, event: QEvent) -> bool:
        # The door key must reach this page even when a child widget would take it as a shortcut.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == DOOR_KEY and not event.modifiers()):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == DOOR_KEY and not event.modifiers():
            self.toggle_door_mode()
            return
        super().keyPressEvent(event)

    # ---- forms and writes ------------------------------------------------------------
    def activity_to_change(self) -> ActivityInfo | None:
        """The selected activity, if it may still change and no form is open."""
        activity = self.selected_activity()
        if activity is None or activity.state == ACTIVITY_CANCELLED or self.dialog is not None:
            return None
        return activity

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a form of this page, one at a time: with another still open, ``dialog`` is dropped."""
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.forms.open(dialog)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_read_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The activities could not be loaded; see the log."),
                                 what="loading activities failed"), error=True)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)  # "this week" first: the dates follow the choice
        return edit
