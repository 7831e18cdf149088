"""The small forms of a request's life: a note (start, note, resolve), a handover (转办)
and the resident's rating. Each hands itself to ``on_submit``; the page writes and closes
it, or shows the domain's refusal in it with everything typed kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QLabel, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget,
)

from desk.roster.staff import StaffInfo
from desk.services.request_rows import BASICALLY, DISSATISFIED, SATISFIED, RequestRow
from ui.i18n import fill
from ui.submit_dialog import SubmitDialog

HINT_STYLE = "color: #546e7a;"


class RequestFormDialog(SubmitDialog):
    """What the three forms share: a heading naming the request, an error line, OK/Cancel."""

    def __init__(self, on_submit: Callable[["RequestFormDialog"], None], request: RequestRow, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.request = request
        self.setWindowTitle(title)  # subclasses set theirs after this (self.tr needs the QObject)
        self.setMinimumWidth(520)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.setFont(font)
        heading = QLabel(fill(self.tr("%1 — %2"), request.item_name, request.resident or request.phone_masked))
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        self.form_layout = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def text_box(self, hint: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(90)
        box.setPlaceholderText(hint)
        return box


class NoteDialog(RequestFormDialog):
    """Start (办理中), add a note, or resolve (办结): one text, required for a note only."""

    def __init__(self, on_submit: Callable[[RequestFormDialog], None], request: RequestRow, *, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, request, "", parent)
        self.setWindowTitle({"start": self.tr("Start handling the request"), "note": self.tr("Add a note"),
                             "resolve": self.tr("Resolve the request")}[action])
        self.action = action
        hints = {"start": self.tr("What is being done first (optional)"),
                        "note": self.tr("e.g. Called the resident; the papers come on Friday"),
                        "resolve": self.tr("How it was resolved (optional)")}
        self.note_edit = self.text_box(hints[action])
        self.form_layout.addRow(self.tr("Note"), self.note_edit)
        self.ok_button.setText(
            {"start": self.tr("Start"), "note": self.tr("Add note"), "resolve": self.tr("Resolve")}[action])
        self.note_edit.setFocus()

    def note(self) -> str:
        return self.note_edit.toPlainText()


class HandOverDialog(RequestFormDialog):
    """转办: to whom (active staff) and why."""

    def __init__(self, on_submit: Callable[[RequestFormDialog], None], request: RequestRow,
                 staff: Sequence[StaffInfo], parent: QWidget | None = None) -> None:
        super().__init__(on_submit, request, "", parent)
        self.setWindowTitle(self.tr("Hand the request over"))
        self.to_combo = QComboBox()
        for person in staff:
            text = f"{person.name}（{person.title}）" if person.title else person.name
            if person.id == request.owner_id:
                text = fill(self.tr("%1 (owns it now)"), text)
            self.to_combo.addItem(text, person.id)
        first_other = next((i for i in range(self.to_combo.count()) if self.to_combo.itemData(i) != request.owner_id), 0)
        self.to_combo.setCurrentIndex(first_other)
        self.reason_edit = self.text_box(self.tr("Why: e.g. needs the social worker who knows the family"))
        owner = QLabel(fill(self.tr("Owned now by %1. The new owner answers for it until it is resolved."),
                            request.owner_name))
        owner.setStyleSheet(HINT_STYLE)
        owner.setWordWrap(True)
        self.form_layout.addRow("", owner)
        self.form_layout.addRow(self.tr("Hand over to"), self.to_combo)
        self.form_layout.addRow(self.tr("Reason"), self.reason_edit)
        self.ok_button.setText(self.tr("Hand over"))
        self.to_combo.setFocus()

    def choose(self, staff_id: int) -> None:
        self.to_combo.setCurrentIndex(max(0, self.to_combo.findData(staff_id)))

    def to_staff_id(self) -> int:
        return int(self.to_combo.currentData())

    def reason(self) -> str:
        return self.reason_edit.toPlainText()


class RateDialog(RequestFormDialog):
    """The resident's satisfaction, once: 满意 / 基本满意 / 不满意, and what they said."""

    def __init__(self, on_submit: Callable[[RequestFormDialog], None], request: RequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, request, "", parent)
        self.setWindowTitle(self.tr("The resident's rating"))
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        column = QVBoxLayout()
        for code, text in ((SATISFIED, self.tr("Satisfied (满意)")),
                           (BASICALLY, self.tr("Basically satisfied (基本满意)")),
                           (DISSATISFIED, self.tr("Dissatisfied (不满意)"))):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.choices[code] = button
            column.addWidget(button)
        self.choices[SATISFIED].setChecked(True)
        self.comment_edit = self.text_box(self.tr("What the resident said (optional)"))
        self.comment_edit.setFixedHeight(70)
        hint = QLabel(self.tr("A rating is given once and cannot be changed afterwards."))
        hint.setStyleSheet(HINT_STYLE)
        self.form_layout.addRow(self.tr("Rating"), column)
        self.form_layout.addRow(self.tr("Comment"), self.comment_edit)
        self.form_layout.addRow("", hint)
        self.ok_button.setText(self.tr("Record rating"))
        self.choices[SATISFIED].setFocus()

    def rating(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())

    def comment(self) -> str:
        return self.comment_edit.toPlainText()
