"""The form for adding or editing a staff member.

As with the other forms, the dialog hands itself to ``on_submit``; the page runs the
service call and either closes it or shows the refusal beside the field it is about,
keeping everything typed. The last working day is set here: nobody is ever deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from desk.errors import DeskError
from desk.roster.staff import StaffForm, StaffInfo
from ui.i18n import fill
from ui.roster.staff_model import kind_choices
from ui.submit_dialog import ErrorLabel, SubmitDialog

HINT_STYLE = "color: #546e7a;"
PHOTO_SIZE = (120, 160)

Submit = Callable[["StaffDialog"], None]


class StaffDialog(SubmitDialog):
    """New person (``person`` is None) or an existing one, with their photo if any."""

    shows_desk_errors = True  # show_error takes the refusal too, to mark the field at fault

    def __init__(self, on_submit: Submit, person: StaffInfo | None, today: date,
                 photo: bytes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.person = person
        self.setWindowTitle(self.tr("New staff member") if person is None
                            else fill(self.tr("Staff member %1"), person.name))
        self.setMinimumWidth(640)

        self.name_edit = QLineEdit(person.name if person else "")
        self.name_edit.setMaxLength(50)
        self.kind_combo = QComboBox()
        for kind, label in kind_choices():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(person.kind if person else "manager")))
        self.title_edit = QLineEdit(person.title if person else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. 党委副书记"))
        self.public_edit = QLineEdit(person.public_phone if person else "")
        self.public_edit.setPlaceholderText(self.tr("Office phone or a work mobile they agreed to publish"))
        self.private_edit = QLineEdit(person.private_phone if person else "")
        self.private_edit.setPlaceholderText(self.tr("Never printed or shown on the board"))
        self.from_edit = _date_edit(person.active_from if person else today)
        self.working_check = QCheckBox(self.tr("Still working here"))
        self.until_edit = _date_edit(person.active_until if person and person.active_until else today)
        self.working_check.setChecked(person is None or person.active_until is None)
        self.until_edit.setEnabled(not self.working_check.isChecked())
        self.working_check.toggled.connect(lambda on: self.until_edit.setEnabled(not on))
        self.note_edit = QLineEdit(person.note if person else "")
        self.note_edit.setMaxLength(200)

        # One red line under each field, filled from the refusal that names it.
        self.field_errors: dict[str, ErrorLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label, widget in (
            ("Name", self.tr("Name"), self.name_edit),
            ("Kind", self.tr("Kind"), self.kind_combo),
            ("Job title", self.tr("Job title"), self.title_edit),
            ("Public phone", self.tr("Public phone"), self.public_edit),
            ("Private phone", self.tr("Private phone"), self.private_edit),
            ("First working day", self.tr("First working day"), self.from_edit),
            ("Still working", "", self.working_check),
            ("Last working day", self.tr("Last working day"), self.until_edit),
            ("Note", self.tr("Note"), self.note_edit),
        ):
            form.addRow(label, widget)
            self._field_widgets[key] = widget
            error = ErrorLabel()
            form.addRow("", error)
            self.field_errors[key] = error

        self.photo_label = QLabel()
        self.photo_label.setFixedSize(*PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #b0bec5; color: #78909c;")
        self.set_photo(photo)
        photo_hint = QLabel(self.tr("Change the photo with Photo… on the staff page."))
        photo_hint.setWordWrap(True)
        photo_hint.setStyleSheet(HINT_STYLE)
        photo_hint.setFixedWidth(PHOTO_SIZE[0])
        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo_label)
        photo_column.addWidget(photo_hint)
        photo_column.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addSpacing(12)
        body.addLayout(photo_column)

        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def form(self) -> StaffForm:
        """What was typed, unchecked: the service validates it."""
        return StaffForm(
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData()),
            title=self.title_edit.text(),
            public_phone=self.public_edit.text(),
            private_phone=self.private_edit.text(),
            active_from=self.from_edit.date().toPython(),
            active_until=None if self.working_check.isChecked() else self.until_edit.date().toPython(),
            note=self.note_edit.text(),
            sort_order=self.person.sort_order if self.person else 0,
        )

    def set_photo(self, photo: bytes | None) -> None:
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo_label.setPixmap(pixmap.scaled(
                *PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setText(self.tr("No photo"))

    def show_error(self, message: str, error: BaseException | None = None) -> None:
        """``message`` beside the field the refusal is about, or under the form."""
        self.clear_error()
        field = _field_of(error) if error is not None else ""
        self.field_errors.get(field, self.error_label).say(message)
        self.set_busy(False)
        widget = self._field_widgets.get(field)
        if widget is not None:
            widget.setFocus()  # straight back to what needs fixing

    def clear_error(self) -> None:
        for label in (*self.field_errors.values(), self.error_label):
            label.hide()


def _field_of(error: BaseException) -> str:
    """Which field a refusal is about: its ``field``, or what its wording names."""
    if not isinstance(error, DeskError):
        return ""
    field = error.fields.get("field")
    if isinstance(field, str):
        return field
    if "kind of staff" in error.template:
        return "Kind"
    if "last working day" in error.template:
        return "Last working day"
    return ""


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
