"""The form for adding or editing a visit purpose: its name, and a rule for each field.

Like the accounts forms, the dialog hands itself to ``on_submit``; the page runs the
service call and either closes it or shows the refusal inside it, keeping what was set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.visits.purpose_admin import CONFIGURABLE, DEFAULT_RULES, MAX_LABEL
from desk.visits.purposes import PurposeInfo
from ui.i18n import fill
from ui.submit_dialog import SubmitDialog
from ui.visits.purpose_model import field_title, rule_choices

HINT_STYLE = "color: #546e7a;"

Submit = Callable[["PurposeDialog"], None]


class PurposeDialog(SubmitDialog):
    """New purpose (``purpose`` is None) or an existing one's name and field rules."""

    def __init__(self, on_submit: Submit, purpose: PurposeInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.purpose = purpose
        self.setWindowTitle(self.tr("New purpose") if purpose is None
                            else fill(self.tr("Purpose %1"), purpose.label))
        self.setMinimumWidth(400)
        self.label_edit = QLineEdit(purpose.label if purpose else "")
        self.label_edit.setMaxLength(MAX_LABEL)
        self.label_edit.setPlaceholderText(self.tr("As the walk-in form shows it, e.g. 政策咨询"))
        self.rule_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Purpose name"), self.label_edit)
        if purpose is not None:
            code = QLabel(fill(self.tr("%1 (fixed: statistics and settings use it)"), purpose.code))
            code.setStyleSheet(HINT_STYLE)
            form.addRow(self.tr("Code"), code)
        for field in CONFIGURABLE:
            combo = QComboBox()
            for rule, text in rule_choices():
                combo.addItem(text, rule)
            current = purpose.rule(field) if purpose else DEFAULT_RULES[field]
            combo.setCurrentIndex(max(0, combo.findData(current)))
            self.rule_combos[field] = combo
            form.addRow(field_title(field), combo)
        hint = QLabel(self.tr("Hidden fields are left off the walk-in form. The number of people "
                              "and the notes are always offered."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def label(self) -> str:
        return self.label_edit.text()

    def rules(self) -> dict[str, str]:
        return {field: str(combo.currentData()) for field, combo in self.rule_combos.items()}

    def set_rule(self, field: str, rule: str) -> None:
        combo = self.rule_combos[field]
        combo.setCurrentIndex(combo.findData(rule))
