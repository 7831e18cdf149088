"""班次与轮班 (administrators only): shift templates and the multi-week rotations the roster is
generated from. Every change goes through ``ctx.schedule.shifts`` on the write worker; the
page redraws when the bus says ROSTER, POSTS or STAFF changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget,
)

from desk.changes import POSTS, ROSTER, STAFF, Changes
from desk.roster.posts import PostInfo
from desk.roster.shifts import RotationInfo, ShiftInfo
from desk.roster.staff import StaffInfo
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_view import record_table
from ui.roster.rotation_dialog import RotationDialog
from ui.page_forms import DialogHost
from ui.roster.setup_forms import PAGE_STYLE, MessageLabel, hint, run_write
from ui.roster.shift_dialog import ShiftDialog
from ui.roster.shift_model import RotationTableModel, ShiftTableModel, end_text
from ui.app_services import UiServices
from ui.shell.pages import guarded


@dataclass(frozen=True)
class ShiftsData:
    shifts: list[ShiftInfo]
    rotations: list[RotationInfo]
    posts: list[PostInfo]  # active ones: what a rotation may be for
    staff: list[StaffInfo]  # working here today: whom a rotation may name


class ShiftsPage(QWidget):
    admin_only = True

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.forms = DialogHost()
        self.data = ShiftsData([], [], [], [])
        self._select_shift: int | None = None
        self._select_rotation: int | None = None
        self.setStyleSheet(PAGE_STYLE)

        self.shift_model = ShiftTableModel(self)
        self.shift_view = record_table(self.shift_model, ShiftTableModel.NAME)
        self.add_shift_button = QPushButton(self.tr("New shift…"))
        self.edit_shift_button = QPushButton(self.tr("Edit…"))
        self.deactivate_shift_button = QPushButton(self.tr("Deactivate"))
        shifts_box = QGroupBox(self.tr("Shift templates"))
        shifts_layout = QVBoxLayout(shifts_box)
        shifts_layout.addLayout(self._buttons(self.add_shift_button, self.edit_shift_button,
                                              self.deactivate_shift_button))
        shifts_layout.addWidget(self.shift_view, 1)

        self.rotation_model = RotationTableModel(self)
        self.rotation_view = record_table(self.rotation_model, RotationTableModel.PEOPLE)
        self.add_rotation_button = QPushButton(self.tr("New rotation…"))
        self.edit_rotation_button = QPushButton(self.tr("Edit…"))
        self.deactivate_rotation_button = QPushButton(self.tr("Deactivate"))
        rotations_box = QGroupBox(self.tr("Rotations"))
        rotations_layout = QVBoxLayout(rotations_box)
        rotations_layout.addWidget(hint(self.tr(
            "A rotation says who works one shift at one post in each week of a cycle of 1 to 12 "
            "weeks, holidays included. The roster is generated from the active rotations.")))
        rotations_layout.addLayout(self._buttons(self.add_rotation_button, self.edit_rotation_button,
                                                 self.deactivate_rotation_button))
        rotations_layout.addWidget(self.rotation_view, 1)

        self.message_label = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(shifts_box, 2)
        layout.addWidget(rotations_box, 3)
        layout.addWidget(self.message_label)

        self.add_shift_button.clicked.connect(self._on_add_shift_button_clicked)
        self.edit_shift_button.clicked.connect(self._on_edit_shift_button_clicked)
        self.shift_view.activated.connect(self._on_edit_shift_button_clicked)
        self.deactivate_shift_button.clicked.connect(self._on_deactivate_shift_button_clicked)
        self.add_rotation_button.clicked.connect(self._on_add_rotation_button_clicked)
        self.edit_rotation_button.clicked.connect(self._on_edit_rotation_button_clicked)
        self.rotation_view.activated.connect(self._on_edit_rotation_button_clicked)
        self.deactivate_rotation_button.clicked.connect(self._on_deactivate_rotation_button_clicked)
        self.shift_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.rotation_view.selectionModel().selectionChanged.connect(self._update_buttons)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @property
    def title(self) -> str:
        return self.tr("Shifts and rotations")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now, if any."""
        return self.forms.dialog

    def selected_shift(self) -> ShiftInfo | None:
        rows = self.shift_view.selectionModel().selectedRows()
        return self.shift_model.shift_at(rows[0].row()) if rows else None

    def selected_rotation(self) -> RotationInfo | None:
        rows = self.rotation_view.selectionModel().selectedRows()
        return self.rotation_model.rotation_at(rows[0].row()) if rows else None

    # ---- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        desk = self.services.desk

        def load() -> ShiftsData:
            shifts = desk.schedule.shifts
            return ShiftsData(shifts.shifts(), shifts.rotations(), desk.posts.list(), desk.staff.list())

        self.services.tasks.read(load, guarded(self, self._on_data_loaded), guarded(self, self._on_load_failed))

    def _on_data_loaded(self, data: ShiftsData) -> None:
        shift, rotation = self.selected_shift(), self.selected_rotation()
        want_shift = self._select_shift or (shift.id if shift else None)
        want_rotation = self._select_rotation or (rotation.id if rotation else None)
        self._select_shift = self._select_rotation = None
        self.data = data
        self.shift_model.set_shifts(data.shifts)
        self.rotation_model.set_rotations(data.rotations)
        for view, row in ((self.shift_view, self.shift_model.row_of(want_shift or 0)),
                          (self.rotation_view, self.rotation_model.row_of(want_rotation or 0))):
            if row >= 0:
                view.selectRow(row)
                view.scrollTo(view.currentIndex())
        self._update_buttons()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(ROSTER, POSTS, STAFF):
            self.reload()

    def _on_load_failed(self, error: BaseException) -> None:
        self.message_label.say(explain_or_log(
            error, self.tr("The shifts could not be loaded; see the log."), what="loading shifts"), error=True)

    def _update_buttons(self, *_args: object) -> None:
        shift, rotation = self.selected_shift(), self.selected_rotation()
        self.edit_shift_button.setEnabled(shift is not None)
        self.deactivate_shift_button.setEnabled(shift is not None and shift.active)
        self.edit_rotation_button.setEnabled(rotation is not None)
        self.deactivate_rotation_button.setEnabled(rotation is not None and rotation.active)

    # ---- shifts ----------------------------------------------------------------------
    def _on_add_shift_button_clicked(self) -> None:
        self.forms.open(ShiftDialog(self._on_shift_submitted, None, self))

    def _on_edit_shift_button_clicked(self, *_args: object) -> None:
        shift = self.selected_shift()
        if shift is not None:
            self.forms.open(ShiftDialog(self._on_shift_submitted, shift, self))

    def _on_shift_submitted(self, dialog: ShiftDialog) -> None:
        actor, shifts, form = self.services.session.actor, self.services.desk.schedule.shifts, dialog.form()

        def chosen(info: ShiftInfo) -> None:
            self._select_shift = info.id

        run_write(self, self.services, lambda: shifts.save_shift(actor, form), message=self.message_label,
                  dialog=dialog, after=chosen,
                  done_text=lambda info: fill(self.tr("Shift %1 saved (%2 to %3)."), info.name, info.start,
                                              end_text(info)),
                  fallback=self.tr("The shift could not be saved; see the log."), what="saving a shift")

    def _on_deactivate_shift_button_clicked(self) -> None:
        shift, actor = self.selected_shift(), self.services.session.actor
        if shift is None:
            return
        shifts = self.services.desk.schedule.shifts
        run_write(self, self.services, lambda: shifts.deactivate_shift(actor, shift.id),
                  message=self.message_label,
                  done_text=lambda info: fill(self.tr("%1 is no longer offered; duties already planned with "
                                                      "it stay."), info.name),
                  fallback=self.tr("The shift could not be changed; see the log."), what="deactivating a shift")

    # ---- rotations -------------------------------------------------------------------
    def _rotation_dialog(self, rotation: RotationInfo | None) -> RotationDialog:
        active_shifts = [s for s in self.data.shifts if s.active]
        return RotationDialog(self._on_rotation_submitted, rotation, posts=self.data.posts, shifts=active_shifts,
                              staff=self.data.staff, today=self.services.desk.clock.today(), parent=self)

    def _on_add_rotation_button_clicked(self) -> None:
        self.forms.open(self._rotation_dialog(None))

    def _on_edit_rotation_button_clicked(self, *_args: object) -> None:
        rotation = self.selected_rotation()
        if rotation is not None:
            self.forms.open(self._rotation_dialog(rotation))

    def _on_rotation_submitted(self, dialog: RotationDialog) -> None:
        actor, shifts, form = self.services.session.actor, self.services.desk.schedule.shifts, dialog.form()

        def chosen(info: RotationInfo) -> None:
            self._select_rotation = info.id

        run_write(self, self.services, lambda: shifts.save_rotation(actor, form), message=self.message_label,
                  dialog=dialog, after=chosen,
                  done_text=lambda info: fill(self.tr("Rotation %1 saved: %2, %3, every %4 weeks."), info.name,
                                              info.post_name, info.shift_name, info.weeks),
                  fallback=self.tr("The rotation could not be saved; see the log."), what="saving a rotation")

    def _on_deactivate_rotation_button_clicked(self) -> None:
        rotation, actor = self.selected_rotation(), self.services.session.actor
        if rotation is None:
            return
        shifts = self.services.desk.schedule.shifts
        run_write(self, self.services, lambda: shifts.deactivate_rotation(actor, rotation.id),
                  message=self.message_label,
                  done_text=lambda info: fill(self.tr("%1 is no longer used to generate the roster; duties "
                                                      "already generated stay until the next generation."),
                                              info.name),
                  fallback=self.tr("The rotation could not be changed; see the log."),
                  what="deactivating a rotation")
