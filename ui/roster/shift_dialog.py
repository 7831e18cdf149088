"""The form of a shift template (班次): name, start, end (an end before the start is the next
morning, shown 次日), the colour the roster paints it with, and whether it is offered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QColorDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTimeEdit, QWidget,
)

from desk.roster.shifts import ShiftForm, ShiftInfo
from ui.i18n import fill
from ui.roster.setup_forms import FormDialog, hint

DEFAULT_COLOUR = "#4c78a8"


def _time_edit(text: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    hour, minute = (int(part) for part in text.split(":"))
    edit.setTime(QTime(hour, minute))
    return edit


class ShiftDialog(FormDialog):
    def __init__(self, on_submit: Callable[["ShiftDialog"], None], shift: ShiftInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.shift = shift
        self.setWindowTitle(self.tr("New shift") if shift is None else fill(self.tr("Shift %1"), shift.name))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(shift.name if shift else "")
        self.name_edit.setMaxLength(30)
        self.name_edit.setPlaceholderText(self.tr("e.g. 早班, 午间值守, 晚班"))
        self.start_edit = _time_edit(shift.start if shift else "08:30")
        self.end_edit = _time_edit(shift.end if shift else "12:00")
        self.overnight_label = QLabel()
        ends = QHBoxLayout()
        ends.addWidget(self.end_edit)
        ends.addWidget(self.overnight_label, 1)
        self._colour = shift.color if shift else DEFAULT_COLOUR
        self.colour_button = QPushButton(self.tr("Choose colour…"))
        self.colour_swatch = QLabel()
        self.colour_swatch.setFixedSize(48, 24)
        colours = QHBoxLayout()
        colours.addWidget(self.colour_swatch)
        colours.addWidget(self.colour_button)
        colours.addStretch(1)
        self.active_box = QCheckBox(self.tr("Offered for rotations and the roster"))
        self.active_box.setChecked(shift.active if shift else True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Starts"), self.start_edit)
        form.addRow(self.tr("Ends"), ends)
        form.addRow(self.tr("Colour"), colours)
        form.addRow("", self.active_box)
        self.body.addLayout(form)
        self.body.addWidget(hint(self.tr(
            "An end at or before the start is the next morning (a night watch); a shift lasts at "
            "most 16 hours.")))
        self.start_edit.timeChanged.connect(self._update_overnight)
        self.end_edit.timeChanged.connect(self._update_overnight)
        self.colour_button.clicked.connect(self._on_colour_button_clicked)
        self._update_overnight()
        self._show_colour()
        self.name_edit.setFocus()

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = QColor(colour).name()
        self._show_colour()

    def set_times(self, start: str, end: str) -> None:
        for edit, text in ((self.start_edit, start), (self.end_edit, end)):
            hour, minute = (int(part) for part in text.split(":"))
            edit.setTime(QTime(hour, minute))

    def form(self) -> ShiftForm:
        return ShiftForm(name=self.name_edit.text(), start=self.start_edit.time().toString("HH:mm"),
                         end=self.end_edit.time().toString("HH:mm"), color=self._colour,
                         active=self.active_box.isChecked(), id=self.shift.id if self.shift else None)

    def _show_colour(self) -> None:
        self.colour_swatch.setStyleSheet(f"background: {self._colour}; border: 1px solid #666;")

    def _update_overnight(self, *_args: object) -> None:
        overnight = self.end_edit.time() <= self.start_edit.time()
        self.overnight_label.setText(self.tr("next day") if overnight else "")

    def _on_colour_button_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, self.tr("Colour of the shift"))
        if chosen.isValid():
            self.set_colour(chosen.name())
