"""One small form for every step of the lists: record a demand, dispatch it, report it
done, publish or claim a wish, a shared resource... Each field is a line, a box of text
or a choice; the page writes and closes the form, or shows the refusal in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.submit_dialog import SubmitDialog

LINE, TEXT, CHOICE = "line", "text", "choice"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = LINE
    value: str = ""
    choices: Sequence[tuple[str, object]] = field(default_factory=tuple)  # (shown, value)
    hint: str = ""  # grey text shown while the field is empty


class FieldsDialog(SubmitDialog):
    def __init__(self, on_submit: Callable[["FieldsDialog"], None], title: str, fields: Sequence[Field], *,
                 action: str, ok_text: str, subject: object = None, heading: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.action = action  # what the page does with it ("demand.record", "wish.claim", ...)
        self.subject = subject  # the record it is about, if any
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.widgets: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        form = QFormLayout()
        for spec in fields:
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if spec.kind == TEXT:
                widget = QPlainTextEdit(spec.value)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(80)
                widget.setPlaceholderText(spec.hint)
            elif spec.kind == CHOICE:
                widget = QComboBox()
                for shown, value in spec.choices:
                    widget.addItem(shown, value)
            else:
                widget = QLineEdit(spec.value)
                widget.setPlaceholderText(spec.hint)
            self.widgets[spec.key] = widget
            form.addRow(spec.label, widget)
        self.ok_button.setText(ok_text)
        layout = QVBoxLayout(self)
        if heading:
            top = QLabel(heading)
            top.setStyleSheet("font-weight: bold;")
            top.setWordWrap(True)
            layout.addWidget(top)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if self.widgets:
            next(iter(self.widgets.values())).setFocus()

    def set_value(self, key: str, value: str) -> None:
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)

    def value(self, key: str) -> object:
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def text(self, key: str) -> str:
        return str(self.value(key) or "")
