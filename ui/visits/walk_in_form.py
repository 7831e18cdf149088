"""The walk-in form: someone new at the desk. Which fields show follows the purpose.

Each purpose says per field whether it is required, optional or hidden (PIPL's minimum
necessary: a quick question at the desk needs no name). The form keeps one token until
a save succeeds, so a double click or a repeated Enter saves one visit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from desk.changes import SETTINGS, Changes
from desk.visits.purposes import HIDDEN, OPTIONAL, REQUIRED, PurposeInfo
from desk.visits.service import MAX_HEADCOUNT, WalkInForm, new_token
from ui.app_services import UiServices
from ui.visits.banner import explain_or_report

_FIELDS = ("name", "phone", "headcount", "organisation", "branch", "notes")


class WalkInPanel(QWidget):
    """Registers a walk-in visit; shows refusals beside the Save button."""

    visit_checked_in = Signal(object)
    """A walk-in was checked in; the argument is the new ``VisitRow``."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._purposes: dict[str, PurposeInfo] = {}
        self._token = new_token()
        self._saving = False

        self.purpose = QComboBox(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(50)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("Mobile or landline"))
        self.headcount = QSpinBox(self)
        self.headcount.setRange(1, MAX_HEADCOUNT)
        self.organisation = QLineEdit(self)
        self.organisation.setMaxLength(100)
        self.party_member = QCheckBox(self.tr("Party member"), self)
        self.branch = QLineEdit(self)
        self.branch.setMaxLength(100)
        self.branch.setPlaceholderText(self.tr("Party branch the member belongs to"))
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(500)
        self.consent = QCheckBox(self.tr("The visitor agrees to the privacy notice"), self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #546e7a; font-size: 12px;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("walkInError")
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save and check in"), self)
        self.save_button.setDefault(False)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form.setVerticalSpacing(6)
        # Headcount and the party-member box share a row: the form must fit a 768-px screen.
        self._people_row = QWidget(self)
        people = QHBoxLayout(self._people_row)
        people.setContentsMargins(0, 0, 0, 0)
        people.addWidget(self.headcount)
        people.addSpacing(24)
        people.addWidget(self.party_member)
        people.addStretch(1)
        self._labels: dict[str, QLabel] = {}
        titles = {"name": self.tr("Name"), "phone": self.tr("Phone"), "headcount": self.tr("People"),
                  "organisation": self.tr("Organisation"), "branch": self.tr("Party branch"),
                  "notes": self.tr("Notes")}
        self._titles = titles
        self._form.addRow(self.tr("Purpose"), self.purpose)
        for field in _FIELDS:
            label = QLabel(titles[field], self)
            self._labels[field] = label
            self._form.addRow(label, self._widget(field))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        # On a short screen the fields scroll; consent, Save and the error stay in view.
        fields = QWidget(self)
        fields.setLayout(self._form)
        scroll = QScrollArea(self)
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        fields.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.consent)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.purpose.currentIndexChanged.connect(self._on_purpose_changed)
        for edit in (self.name, self.phone, self.organisation, self.branch, self.notes):
            edit.returnPressed.connect(self._on_edit_return_pressed)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._load_settings()

    # ---- public ----------------------------------------------------------------------
    @property
    def token(self) -> str:
        """The id the next saved visit gets; renewed only after a save succeeds."""
        return self._token

    @property
    def is_saving(self) -> bool:
        return self._saving

    def set_purposes(self, purposes: Sequence[PurposeInfo]) -> None:
        current = self.purpose.currentData()
        self._purposes = {info.code: info for info in purposes}
        self.purpose.blockSignals(True)
        self.purpose.clear()
        for info in purposes:
            self.purpose.addItem(info.label, info.code)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(current)))
        self.purpose.blockSignals(False)
        self._apply_rules()

    def focus_name(self) -> None:
        target = self.name if self.name.isVisibleTo(self) else self.purpose
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    def form(self) -> WalkInForm:
        """What the fields hold now, as the service takes it."""
        return WalkInForm(
            token=self._token, purpose_code=self.purpose.currentData() or "",
            name=self._value("name", self.name.text()), phone=self._value("phone", self.phone.text()),
            headcount=self.headcount.value(),
            organisation=self._value("organisation", self.organisation.text()),
            party_member=self.party_member.isChecked(), branch=self._value("branch", self.branch.text()),
            notes=self._value("notes", self.notes.text()), consent=self.consent.isChecked(),
        )

    def save(self) -> None:
        """Save the form as a visit; ignored while an earlier save is still running."""
        if self._saving:
            return
        actor = self._services.session.actor
        if actor is None:
            self._show_error(self.tr("Sign in first."))
            return
        form = self.form()
        self._saving = True
        self.save_button.setEnabled(False)
        visits = self._services.desk.visits
        self._services.tasks.write(lambda: visits.check_in_walk_in(actor, form),
                                   self._on_save_done, self._on_save_failed)

    def clear(self) -> None:
        for edit in (self.name, self.phone, self.organisation, self.branch, self.notes):
            edit.clear()
        self.headcount.setValue(1)
        self.consent.setChecked(False)
        self.party_member.setChecked(False)
        self._apply_rules()
        self.error.hide()

    # ---- private ---------------------------------------------------------------------
    def _widget(self, field: str) -> QWidget:
        return {"name": self.name, "phone": self.phone, "headcount": self._people_row,
                "organisation": self.organisation, "branch": self.branch, "notes": self.notes}[field]

    def _rule(self, field: str) -> str:
        info = self._purposes.get(self.purpose.currentData() or "")
        return info.rule(field) if info else OPTIONAL

    def _value(self, field: str, text: str) -> str:
        return "" if self._rule(field) == HIDDEN else text

    def _apply_rules(self) -> None:
        info = self._purposes.get(self.purpose.currentData() or "")
        for field in _FIELDS:
            rule = self._rule(field)
            self._form.setRowVisible(self._widget(field), rule != HIDDEN)
            self._labels[field].setText(self._titles[field] + (" *" if rule == REQUIRED else ""))
        party_report = bool(info and info.is_party_report)
        if party_report:
            self.party_member.setChecked(True)
        self.party_member.setEnabled(not party_report)
        self.headcount.setVisible(self._rule("headcount") != HIDDEN)
        self.party_member.setVisible(self._rule("name") != HIDDEN)
        self._form.setRowVisible(self._people_row, self.headcount.isVisibleTo(self)
                                 or self.party_member.isVisibleTo(self))
        personal = self._rule("name") != HIDDEN or self._rule("phone") != HIDDEN
        self.consent.setVisible(personal)
        self.notice.setVisible(personal)

    def _on_purpose_changed(self, _index: int) -> None:
        self._apply_rules()
        self.error.hide()

    def _on_edit_return_pressed(self) -> None:
        edits = [e for e in (self.name, self.phone, self.organisation, self.branch, self.notes)
                 if e.isVisibleTo(self)]
        sender = self.sender()
        if not edits or sender is edits[-1]:
            self.save()
        elif sender in edits:
            edits[edits.index(sender) + 1].setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_save_done(self, done: Any) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._token = new_token()
        self.clear()
        self._services.bus.announce(done.changes)
        self.focus_name()
        self.visit_checked_in.emit(done.value)

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_error(explain_or_report(self._services, error))

    def _load_settings(self) -> None:
        self._services.tasks.read(self._services.desk.center.settings, self._on_settings_loaded,
                                  lambda _error: None)

    def _on_settings_loaded(self, settings: Any) -> None:
        self.notice.setText(settings["privacy_notice"])

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(SETTINGS):
            self._load_settings()
