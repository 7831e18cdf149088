"""The rotation editor (轮班): for one post and one shift, who works on each day of an
N-week cycle, holidays included. The grid is weeks × (周一 … 周日, 节假日).

Keyboard: arrows move in the grid, Enter or F2 chooses the people of the selected cells,
Delete empties them. "Rotate these people weekly" fills the usual pattern at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableView, QWidget,
)

from desk.roster.posts import PostInfo
from desk.roster.shifts import MAX_WEEKS, RotationForm, RotationInfo, ShiftInfo
from desk.roster.staff import StaffInfo
from ui.i18n import fill
from ui.roster.people_picker import WEEKDAYS, Candidate, PeoplePicker, RotateHelper, candidates
from ui.roster.setup_forms import FormDialog, hint
from ui.roster.shift_model import RotationGridModel, day_column_title


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class RotationDialog(FormDialog):
    def __init__(self, on_submit: Callable[["RotationDialog"], None], rotation: RotationInfo | None, *,
                 posts: list[PostInfo], shifts: list[ShiftInfo], staff: list[StaffInfo], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.rotation = rotation
        self.posts = {p.id: p for p in posts}
        self.staff = staff
        self.picker: QDialog | None = None  # the people picker or rotate helper open now
        self.setWindowTitle(self.tr("New rotation") if rotation is None
                            else fill(self.tr("Rotation %1"), rotation.name))
        self.setMinimumSize(900, 560)
        self.name_edit = QLineEdit(rotation.name if rotation else "")
        self.name_edit.setMaxLength(50)
        self.name_edit.setPlaceholderText(self.tr("e.g. 周末值班, 午间轮值"))
        self.post_combo = QComboBox()
        for post in posts:
            self.post_combo.addItem(post.name, post.id)
        self.shift_combo = QComboBox()
        for shift in shifts:
            self.shift_combo.addItem(f"{shift.name}  {shift.start}–{shift.end}", shift.id)
        if rotation is not None:  # a post or shift deactivated since is shown; saving says why not
            for combo, item_id, name in ((self.post_combo, rotation.post_id, rotation.post_name),
                                         (self.shift_combo, rotation.shift_id, rotation.shift_name)):
                if combo.findData(item_id) < 0:
                    combo.addItem(name, item_id)
                combo.setCurrentIndex(combo.findData(item_id))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)
        self.anchor_edit = QDateEdit()
        self.anchor_edit.setCalendarPopup(True)
        self.anchor_edit.setDisplayFormat("yyyy-MM-dd")
        self.anchor_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        anchor = rotation.anchor if rotation else monday_of(today)
        self.anchor_edit.setDate(QDate(anchor.year, anchor.month, anchor.day))
        self.anchor_label = QLabel()
        anchor_row = QHBoxLayout()
        anchor_row.addWidget(self.anchor_edit)
        anchor_row.addWidget(self.anchor_label, 1)
        self.active_box = QCheckBox(self.tr("Used when the roster is generated"))
        self.active_box.setChecked(rotation.active if rotation else True)

        names = {s.id: s.name for s in staff}
        if rotation is not None:
            names.update({slot.staff_id: slot.staff_name for slot in rotation.slots})
        self.grid_model = RotationGridModel(names, self)
        self.grid_model.set_slots(rotation.weeks if rotation else 1,
                                  tuple((s.week, s.weekday, s.staff_id) for s in rotation.slots) if rotation else ())
        self.weeks_spin.setValue(self.grid_model.weeks())
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setMinimumSectionSize(44)
        self.grid.installEventFilter(self)
        self.choose_button = QPushButton(self.tr("Choose people…"))
        self.clear_button = QPushButton(self.tr("Empty the cells"))
        self.rotate_button = QPushButton(self.tr("Rotate these people weekly…"))
        grid_buttons = QHBoxLayout()
        for button in (self.choose_button, self.clear_button):
            grid_buttons.addWidget(button)
        grid_buttons.addStretch(1)
        grid_buttons.addWidget(self.rotate_button)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Post"), self.post_combo)
        form.addRow(self.tr("Shift"), self.shift_combo)
        form.addRow(self.tr("Weeks in the cycle"), self.weeks_spin)
        form.addRow(self.tr("Cycle starts"), anchor_row)
        form.addRow("", self.active_box)
        self.body.addLayout(form)
        self.body.addLayout(grid_buttons)
        self.body.addWidget(self.grid, 1)
        self.body.addWidget(hint(self.tr(
            "Select cells (arrows, Shift for several) and press Enter to choose who works then; "
            "Delete empties them. The cycle repeats from week 1 after its last week.")))

        self.weeks_spin.valueChanged.connect(self.grid_model.set_weeks)
        self.anchor_edit.dateChanged.connect(self._update_anchor_label)
        self.grid.activated.connect(self._on_choose_button_clicked)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self.clear_selected)
        self.rotate_button.clicked.connect(self._on_rotate_button_clicked)
        self._update_anchor_label()
        self.grid.setCurrentIndex(self.grid_model.index(0, 0))
        self.name_edit.setFocus()

    # ---- what was set ----------------------------------------------------------------
    def anchor(self) -> date:
        """The Monday of the week chosen: a cycle starts on a Monday."""
        return monday_of(self.anchor_edit.date().toPython())

    def post(self) -> PostInfo | None:
        return self.posts.get(self.post_combo.currentData())

    def set_post(self, post_id: int) -> None:
        self.post_combo.setCurrentIndex(self.post_combo.findData(post_id))

    def set_shift(self, shift_id: int) -> None:
        self.shift_combo.setCurrentIndex(self.shift_combo.findData(shift_id))

    def candidates(self) -> list[Candidate]:
        return candidates(self.staff, self.post())

    def form(self) -> RotationForm:
        return RotationForm(
            name=self.name_edit.text(), post_id=self.post_combo.currentData() or 0,
            shift_id=self.shift_combo.currentData() or 0, weeks=self.weeks_spin.value(), anchor=self.anchor(),
            slots=self.grid_model.slots(), active=self.active_box.isChecked(),
            id=self.rotation.id if self.rotation else None)

    def check(self) -> str | None:
        if self.post_combo.currentData() is None:
            return self.tr("Add a post first (Posts page): a rotation is for one post.")
        if self.shift_combo.currentData() is None:
            return self.tr("Add a shift first: a rotation says who works one shift.")
        return None

    # ---- changing the grid -----------------------------------------------------------
    def selected_cells(self) -> list[tuple[int, int]]:
        cells = {(i.row(), i.column()) for i in self.grid.selectionModel().selectedIndexes()}
        current = self.grid.currentIndex()
        if not cells and current.isValid():
            cells = {(current.row(), current.column())}
        return sorted(cells)

    def set_selected(self, staff_ids: tuple[int, ...]) -> None:
        for week, weekday in self.selected_cells():
            self.grid_model.set_cell(week, weekday, staff_ids)

    def clear_selected(self) -> None:
        self.set_selected(())

    def rotate_weekly(self, order: tuple[int, ...], days: tuple[int, ...], weeks: int | None = None) -> None:
        """Week k of the cycle gets the k-th person of ``order`` (again from the first after
        the last) on each of ``days``; other days are left as they are."""
        if not order:
            return
        if weeks is not None:
            self.weeks_spin.setValue(weeks)
        for week in range(self.grid_model.weeks()):
            for weekday in days:
                self.grid_model.set_cell(week, weekday, (order[week % len(order)],))

    def _on_choose_button_clicked(self, *_args: object) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        week, weekday = cells[0]
        where = (fill(self.tr("Week %1, %2"), week + 1, day_column_title(weekday)) if len(cells) == 1
                 else fill(self.tr("%1 cells"), len(cells)))
        picker = PeoplePicker(self.candidates(), self.grid_model.cell(week, weekday), where, self)
        picker.accepted.connect(lambda: self.set_selected(picker.chosen()))
        self._open_picker(picker)

    def _on_rotate_button_clicked(self) -> None:
        columns = tuple(sorted({column for _week, column in self.selected_cells()}))
        if len(self.grid.selectionModel().selectedIndexes()) <= 1:
            # no days chosen in the grid: offer the days the rotation already uses, or the week
            used = tuple(sorted({weekday for _week, weekday, _staff in self.grid_model.slots()}))
            columns = used or WEEKDAYS
        helper = RotateHelper(self.candidates(), columns, self.grid_model.weeks(), self)
        helper.accepted.connect(
            lambda: self.rotate_weekly(helper.order(), helper.days(), helper.weeks(MAX_WEEKS)))
        self._open_picker(helper)

    def _open_picker(self, picker: QDialog) -> None:
        self.picker = picker
        picker.finished.connect(lambda _r, p=picker: self._on_picker_finished(p))
        picker.open()

    def _on_picker_finished(self, picker: QDialog) -> None:
        if self.picker is picker:
            self.picker = None
        picker.deleteLater()
        self.grid.setFocus()

    def _update_anchor_label(self, *_args: object) -> None:
        self.anchor_label.setText(fill(self.tr("Week 1 begins on Monday %1"), self.anchor().isoformat()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.grid and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selected()
                return True
            if event.key() == Qt.Key.Key_F2:
                self._on_choose_button_clicked()
                return True
        return super().eventFilter(watched, event)
