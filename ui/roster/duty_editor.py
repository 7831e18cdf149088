"""The cell editor: who is on duty at one post in one opening session, and changing that.

Four things a receptionist does here, each one a tab: add a person (the gap the grid
shows), let someone else cover a duty (替班), take a duty off (with a reason), and swap
two people's duties (换班, with a reason). The people offered come with what the desk
already knows about them this week — "on leave", "on duty at 党员服务 then" — so the
choice is made before the service has to refuse it. A refusal is shown here, in the
dialog, and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desk.changes import Done
from desk.clock import utcnow
from desk.roster.coverage import CoverageColumn
from desk.roster.duties import DutyInfo
from desk.roster.generate import duty_times
from ui.explain import explain_or_log, translate_desk
from ui.i18n import fill
from ui.record_view import configure_record_view
from ui.roster.coverage_model import BACKGROUNDS, SYMBOLS, day_label, level_label
from ui.roster.roster_week import RosterWeek, session_shifts
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded
from ui.page_writes import OK_STYLE

Index = QModelIndex | QPersistentModelIndex

DIALOG_STYLE = "QWidget { font-size: 16px; }"


class DutyListModel(QAbstractTableModel):
    PERSON, SHIFT, SOURCE, REASON = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duties: list[DutyInfo] = []

    def set_duties(self, duties: list[DutyInfo]) -> None:
        self.beginResetModel()
        self.duties = list(duties)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.duties)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Person"), self.tr("Shift"), self.tr("How"), self.tr("Reason"))[section]
        return None

    def source_label(self, source: str) -> str:
        return {"auto": self.tr("Rotation"), "manual": self.tr("By hand"), "swap": self.tr("Swapped"),
                "cover": self.tr("Covering")}.get(source, source)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.duties):
            return None
        duty = self.duties[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.PERSON:
                return duty.staff_name
            if column == self.SHIFT:
                return f"{duty.shift_name} {duty.start}–{duty.end}"
            if column == self.SOURCE:
                return self.source_label(duty.source)
            instead = fill(self.tr("instead of %1"), duty.original_staff_name) if duty.original_staff_name else ""
            return "；".join(part for part in (duty.reason, instead) if part)
        if role == Qt.ItemDataRole.UserRole:
            return duty.id
        return None


class DutyEditor(QDialog):
    """One post × one session. Writes go through ``services.tasks.write`` and are announced
    on the bus; the page reloads the week and hands it back with ``set_week``."""

    def __init__(self, services: UiServices, week: RosterWeek, post_id: int, column: CoverageColumn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.desk.clock
        self.post_id = post_id
        self.column = column
        self.week = week
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(640)
        post = week.post(post_id)
        self.post_name = post.name if post else ""
        hours = f"{column.start}–{column.end}" if not column.closed else self.tr("closed")
        self.setWindowTitle(fill(self.tr("%1 · %2 %3"), self.post_name, day_label(column.day), hours))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.duty_model = DutyListModel(self)
        self.duty_view = QTableView()
        self.duty_view.setModel(self.duty_model)
        configure_record_view(self.duty_view)
        self.duty_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.duty_view.setMinimumHeight(130)

        self.tabs = QTabWidget()
        # Add a person
        self.add_shift_combo, self.add_person_combo = QComboBox(), QComboBox()
        self.add_reason_edit, self.add_button = QLineEdit(), QPushButton(self.tr("Add to the roster"))
        self.add_reason_edit.setPlaceholderText(self.tr("Optional, e.g. 补缺岗"))
        self.add_tab = self._tab(((self.tr("Shift"), self.add_shift_combo), (self.tr("Person"), self.add_person_combo),
                                  (self.tr("Reason"), self.add_reason_edit)), self.add_button,
                                 self.tr("The post's A, B and listed stand-ins come first."))
        # Someone else covers the selected duty
        self.replace_person_combo, self.replace_reason_edit = QComboBox(), QLineEdit()
        self.replace_button = QPushButton(self.tr("Let this person cover"))
        self.replace_reason_edit.setPlaceholderText(self.tr("Required, e.g. 请假 / 外出办事"))
        self.replace_tab = self._tab(((self.tr("Covered by"), self.replace_person_combo),
                                      (self.tr("Reason"), self.replace_reason_edit)), self.replace_button,
                                     self.tr("For the duty selected above; the planned person is remembered."))
        # Remove the selected duty
        self.remove_reason_edit, self.remove_button = QLineEdit(), QPushButton(self.tr("Take off the roster"))
        self.remove_reason_edit.setPlaceholderText(self.tr("Required"))
        self.remove_tab = self._tab(((self.tr("Reason"), self.remove_reason_edit),), self.remove_button,
                                    self.tr("For the duty selected above. Generating the roster again will "
                                            "not bring it back."))
        # Swap the selected duty with another one of the week
        self.swap_duty_combo, self.swap_reason_edit = QComboBox(), QLineEdit()
        self.swap_button = QPushButton(self.tr("Swap the two duties"))
        self.swap_reason_edit.setPlaceholderText(self.tr("Required, e.g. 家中有事，两人商定换班"))
        self.swap_tab = self._tab(((self.tr("Swap with"), self.swap_duty_combo),
                                   (self.tr("Reason"), self.swap_reason_edit)), self.swap_button,
                                  self.tr("The two people exchange their duties."))
        for tab, text in ((self.add_tab, self.tr("&Add person")), (self.replace_tab, self.tr("&Replace")),
                          (self.remove_tab, self.tr("Re&move")), (self.swap_tab, self.tr("S&wap"))):
            self.tabs.addTab(tab, text)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.message_label = QLabel()
        self.message_label.setStyleSheet(OK_STYLE)
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(QLabel(self.tr("On duty in this session:")))
        layout.addWidget(self.duty_view, 1)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

        self.add_shift_combo.currentIndexChanged.connect(self._fill_add_people)
        self.duty_view.selectionModel().selectionChanged.connect(self._on_duty_selection_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.swap_button.clicked.connect(self._on_swap_button_clicked)
        self.set_week(week)
        (self.duty_view if self.duty_model.rowCount() else self.add_person_combo).setFocus()

    def _tab(self, rows: tuple[tuple[str, QWidget], ...], button: QPushButton, hint: str) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        for label, widget in rows:
            form.addRow(label, widget)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        form.addRow(note)
        form.addRow(button)
        button.setAutoDefault(True)
        return tab

    # ---- data ----------------------------------------------------------------------------
    def set_week(self, week: RosterWeek) -> None:
        """Fresh data after a change (or on opening): the list, the colour, the choices."""
        self.week = week
        selected = self.selected_duty()
        self.duty_model.set_duties(week.duties_in(self.post_id, self.column, self.clock.at))
        cell = self._cell()
        if cell is not None:
            self.status_label.setText(f"{SYMBOLS[cell.level]} {level_label(cell.level)} — "
                                      f"{translate_desk(cell.template, dict(cell.fields))}")
            colour = BACKGROUNDS[cell.level].name()
            self.status_label.setStyleSheet(f"background: {colour}; padding: 8px; border-radius: 4px;")
        shift_id = self.add_shift_combo.currentData()
        self.add_shift_combo.blockSignals(True)
        self.add_shift_combo.clear()
        for shift in session_shifts(week, self.column, self.clock):
            self.add_shift_combo.addItem(f"{shift.name} {shift.start}–{shift.end}", shift.id)
        self.add_shift_combo.setCurrentIndex(max(0, self.add_shift_combo.findData(shift_id)))
        self.add_shift_combo.blockSignals(False)
        self._fill_add_people()
        self.select_duty(selected.id if selected else None)

    def level(self) -> str | None:
        cell = self._cell()
        return cell.level if cell else None

    def _cell(self):  # noqa: ANN202 - Coverage | None
        coverage = self.week.coverage
        for row in coverage.rows:
            if row.post_id == self.post_id:
                for column, cell in zip(coverage.columns, row.cells):
                    if column == self.column:
                        return cell
        return None

    def selected_duty(self) -> DutyInfo | None:
        rows = self.duty_view.selectionModel().selectedRows() if self.duty_view.selectionModel() else []
        return self.duty_model.duties[rows[0].row()] if rows else None

    def select_duty(self, duty_id: int | None) -> None:
        row = next((i for i, d in enumerate(self.duty_model.duties) if d.id == duty_id), 0)
        if self.duty_model.rowCount():
            self.duty_view.selectRow(row)
        self._on_duty_selection_changed()

    def _people(self, combo: QComboBox, starts_at: datetime, ends_at: datetime, exclude: tuple[int, ...],
                skip_staff: int | None = None) -> None:
        """The post's A, B and stand-ins first, then everyone else working that day, each
        with a warning when on leave or already on duty at that time."""
        wanted = combo.currentData()
        combo.clear()
        post, day = self.week.post(self.post_id), self.column.day
        named = [(post.holder_id, self.tr("A")), (post.backup_id, self.tr("B"))] if post else []
        named += [(i, self.tr("stand-in")) for i in (post.cover_ids if post else ())]
        roles = {staff_id: role for staff_id, role in reversed(named) if staff_id is not None}
        people = [p for p in self.week.staff if p.active_on(day) and p.id != skip_staff]
        people.sort(key=lambda p: (p.id not in roles, [i for i, _r in named].index(p.id) if p.id in roles else 0))
        for person in people:
            text = fill(self.tr("%1 (%2)"), person.name, roles[person.id]) if person.id in roles else person.name
            leave = self.week.leave_of(person.id, day)
            busy = self.week.busy(person.id, starts_at, ends_at, exclude)
            if leave is not None:
                text += " — " + fill(self.tr("on leave (%1)"), leave.kind)
            elif busy is not None:
                text += " — " + fill(self.tr("on duty at %1 %2–%3"), busy.post_name, busy.start, busy.end)
            combo.addItem(text, person.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _fill_add_people(self) -> None:
        shift = next((s for s in self.week.shifts if s.id == self.add_shift_combo.currentData()), None)
        if shift is None:
            self.add_person_combo.clear()
            self.add_button.setEnabled(False)
            return
        starts_at, ends_at = duty_times(self.clock, self.column.day, shift.start, shift.end)
        self._people(self.add_person_combo, starts_at, ends_at, ())
        self.add_button.setEnabled(self.add_person_combo.count() > 0)

    def _on_duty_selection_changed(self, *_args: object) -> None:
        duty = self.selected_duty()
        for widget in (self.replace_button, self.remove_button, self.swap_button):
            widget.setEnabled(duty is not None)
        if duty is None:
            self.replace_person_combo.clear()
            self.swap_duty_combo.clear()
            return
        self._people(self.replace_person_combo, duty.starts_at, duty.ends_at, (duty.id,), skip_staff=duty.staff_id)
        wanted = self.swap_duty_combo.currentData()
        self.swap_duty_combo.clear()
        now = utcnow()
        # The same day first: most swaps are "you take my morning, I take yours".
        for other in sorted(self.week.duties, key=lambda d: (d.day != duty.day, d.starts_at, d.post_name)):
            if other.staff_id != duty.staff_id and other.starts_at > now and self.week.monday <= other.day:
                self.swap_duty_combo.addItem(f"{day_label(other.day)} {other.post_name} {other.start}–{other.end} "
                                             f"{other.staff_name}", other.id)
        self.swap_duty_combo.setCurrentIndex(max(0, self.swap_duty_combo.findData(wanted)))

    # ---- actions -------------------------------------------------------------------------
    def choose(self, combo: QComboBox, data: object) -> None:
        """Select the item whose data is ``data`` (tests and the leave follow-up use it)."""
        combo.setCurrentIndex(combo.findData(data))

    def _on_add_button_clicked(self) -> None:
        shift_id, staff_id = self.add_shift_combo.currentData(), self.add_person_combo.currentData()
        if shift_id is None or staff_id is None:
            return
        duties, actor, day = self.services.desk.schedule.duties, self.services.session.actor, self.column.day
        reason = self.add_reason_edit.text()
        name = next((p.name for p in self.week.staff if p.id == staff_id), "")
        self._write(lambda: duties.assign(actor, day, self.post_id, shift_id, staff_id, reason),
                    fill(self.tr("%1 is now on duty here."), name), self.add_reason_edit)

    def _on_replace_button_clicked(self) -> None:
        duty, staff_id = self.selected_duty(), self.replace_person_combo.currentData()
        if duty is None or staff_id is None:
            return
        duties, actor, reason = self.services.desk.schedule.duties, self.services.session.actor, \
            self.replace_reason_edit.text()
        self._write(lambda: duties.replace(actor, duty.id, staff_id, reason),
                    fill(self.tr("%1's duty is now covered by someone else."), duty.staff_name),
                    self.replace_reason_edit)

    def _on_remove_button_clicked(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        duties, actor, reason = self.services.desk.schedule.duties, self.services.session.actor, \
            self.remove_reason_edit.text()
        self._write(lambda: duties.remove(actor, duty.id, reason),
                    fill(self.tr("%1 is off the roster here."), duty.staff_name), self.remove_reason_edit)

    def _on_swap_button_clicked(self) -> None:
        duty, other_id = self.selected_duty(), self.swap_duty_combo.currentData()
        if duty is None or other_id is None:
            return
        duties, actor, reason = self.services.desk.schedule.duties, self.services.session.actor, \
            self.swap_reason_edit.text()
        self._write(lambda: duties.swap(actor, duty.id, other_id, reason),
                    self.tr("The two duties are swapped."), self.swap_reason_edit)

    def _write(self, job: Callable[[], Done[Any]], done_text: str, reason_edit: QLineEdit) -> None:
        if self.services.session.actor is None:
            return
        self.error_label.hide()
        self.message_label.clear()
        self.tabs.setEnabled(False)

        def done(result: Done[Any]) -> None:
            self.tabs.setEnabled(True)
            reason_edit.clear()
            self.message_label.setText(done_text)
            self.services.bus.announce(result.changes)  # the page reloads and calls set_week

        def failed(error: BaseException) -> None:
            self.tabs.setEnabled(True)
            self.show_error(explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                                           what="roster change failed"))

        self.services.tasks.write(job, guarded(self, done), guarded(self, failed))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
