"""The roster page's two forms: generating the roster for a range of days, and leave.

Both run their service call through ``services.tasks.write``, announce the changes and
stay open to show what happened: the generation report (created, hand edits kept, people
skipped and why), or the duties the person on leave had, each one offered for cover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QStringListModel
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.changes import Done
from desk.roster.duties import DutyInfo, LeaveResult
from desk.roster.generate import GenerationReport
from desk.roster.staff import StaffInfo
from ui.explain import explain_or_log, translate_desk
from ui.i18n import fill
from ui.roster.coverage_model import day_label
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded

DIALOG_STYLE = "QWidget { font-size: 16px; }"
# Kinds of absence the desk suggests; any other word may be typed (the store keeps text).
LEAVE_KINDS = ("事假", "病假", "年休假", "调休", "公出", "培训", "婚丧假", "产假")


def next_month(today: date) -> tuple[date, date]:
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    return edit.date().toPython()


class GenerateDialog(QDialog):
    """From the rotations, for a range of days (next month unless changed)."""

    def __init__(self, services: UiServices, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Generate the roster"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(560)
        first, last = next_month(today)
        self.from_edit, self.to_edit = _date_edit(first), _date_edit(last)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("To"), self.to_edit)
        hint = QLabel(self.tr("Only days still to come change. Duties changed by hand (added, covered, "
                              "swapped or removed) are kept as they are and listed below."))
        hint.setWordWrap(True)
        self.report_edit = QPlainTextEdit()
        self.report_edit.setReadOnly(True)
        self.report_edit.setPlaceholderText(self.tr("The report appears here."))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.report_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.report: GenerationReport | None = None

    def _on_generate_button_clicked(self) -> None:
        actor, generator = self.services.session.actor, self.services.desk.schedule.generator
        start, end = _day(self.from_edit), _day(self.to_edit)
        if actor is None:
            return
        self.error_label.hide()
        self.generate_button.setEnabled(False)
        self.report_edit.setPlainText(self.tr("Generating…"))

        def done(result: Done[GenerationReport]) -> None:
            self.generate_button.setEnabled(True)
            self.report = result.value
            self.report_edit.setPlainText(self.report_text(result.value))
            self.services.bus.announce(result.changes)

        def failed(error: BaseException) -> None:
            self.generate_button.setEnabled(True)
            self.report_edit.clear()
            self.error_label.setText(explain_or_log(
                error, self.tr("The roster could not be generated; see the log."), what="generating the roster"))
            self.error_label.show()

        self.services.tasks.write(lambda: generator.generate(actor, start, end), guarded(self, done),
                                  guarded(self, failed))

    def report_text(self, report: GenerationReport) -> str:
        lines = [fill(self.tr("%1 to %2: %3 duties added, %4 removed (no longer in a rotation), "
                              "%5 unchanged."), report.start.isoformat(), report.end.isoformat(),
                      report.created, report.deleted, report.unchanged)]
        if report.kept:
            lines += ["", fill(self.tr("Changed by hand, kept as they are (%1):"), len(report.kept))]
            lines += [f"  {day_label(k.day)}  {k.post}  {k.shift}" for k in report.kept]
        if report.skipped:
            lines += ["", fill(self.tr("Not put on duty (%1):"), len(report.skipped))]
            for s in report.skipped:
                why = translate_desk(s.reason, {"staff": s.staff, "day": s.day.isoformat(), "kind": s.kind})
                lines.append(f"  {day_label(s.day)}  {s.post}  {s.shift}: {why}")
        if not report.kept and not report.skipped:
            lines += ["", self.tr("No hand edits were in the way and nobody was skipped.")]
        return "\n".join(lines)


Reassign = Callable[[DutyInfo], None]


class LeaveDialog(QDialog):
    """Who is away, what kind of absence, from when to when; then their duties to cover."""

    def __init__(self, services: UiServices, staff: tuple[StaffInfo, ...], day: date, on_reassign: Reassign,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._on_reassign = on_reassign
        self.setWindowTitle(self.tr("Leave and absence"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(560)
        self.person_combo = QComboBox()
        for person in staff:
            if person.active_until is None or person.active_until >= day:
                self.person_combo.addItem(person.name, person.id)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)  # any other kind may be typed
        self.kind_combo.addItems(LEAVE_KINDS)
        self.from_edit, self.to_edit = _date_edit(day), _date_edit(day)
        self.note_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.person_combo)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("To (inclusive)"), self.to_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.affected: list[DutyInfo] = []
        self.affected_model = QStringListModel(self)
        self.affected_view = QListView()
        self.affected_view.setModel(self.affected_model)
        self.affected_view.setMinimumHeight(180)
        self.affected_view.hide()
        self.cover_button = QPushButton(self.tr("Find &cover for the selected duty…"))
        self.cover_button.hide()
        self.save_button = QPushButton(self.tr("&Save leave"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cover_button.clicked.connect(self._on_cover_button_clicked)
        self.affected_view.activated.connect(lambda _index: self._on_cover_button_clicked())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.affected_view, 1)
        layout.addWidget(self.cover_button)
        layout.addWidget(buttons)

    def _on_save_button_clicked(self) -> None:
        actor, duties = self.services.session.actor, self.services.desk.schedule.duties
        staff_id = self.person_combo.currentData()
        if actor is None or staff_id is None:
            return
        kind, start, end, note = self.kind_combo.currentText(), _day(self.from_edit), _day(self.to_edit), \
            self.note_edit.text()
        self.error_label.hide()
        self.save_button.setEnabled(False)

        def done(result: Done[LeaveResult]) -> None:
            self.show_affected(result.value)
            self.services.bus.announce(result.changes)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error_label.setText(explain_or_log(
                error, self.tr("The leave could not be saved; see the log."), what="saving leave"))
            self.error_label.show()

        self.services.tasks.write(lambda: duties.add_leave(actor, staff_id, kind, start, end, note),
                                  guarded(self, done), guarded(self, failed))

    def show_affected(self, result: LeaveResult) -> None:
        leave = result.leave
        self.affected = list(result.duties)
        for widget in (self.person_combo, self.kind_combo, self.from_edit, self.to_edit, self.note_edit):
            widget.setEnabled(False)  # saved: a second click would only be refused as overlapping
        if not self.affected:
            self.result_label.setText(fill(self.tr("Leave saved: %1, %2, %3 to %4. %1 had no duties then."),
                                           leave.staff_name, leave.kind, leave.starts_on.isoformat(),
                                           leave.ends_on.isoformat()))
            return
        self.result_label.setText(fill(self.tr("Leave saved: %1, %2, %3 to %4. These %5 duties need someone "
                                               "else; choose one and press Find cover:"),
                                       leave.staff_name, leave.kind, leave.starts_on.isoformat(),
                                       leave.ends_on.isoformat(), len(self.affected)))
        self.affected_model.setStringList([f"{day_label(d.day)}  {d.post_name}  {d.shift_name} {d.start}–{d.end}"
                                           for d in self.affected])
        self.affected_view.show()
        self.cover_button.show()
        self.adjustSize()
        self.affected_view.setCurrentIndex(self.affected_model.index(0))
        self.affected_view.setFocus()

    def _on_cover_button_clicked(self) -> None:
        row = self.affected_view.currentIndex().row()
        if 0 <= row < len(self.affected):
            self._on_reassign(self.affected[row])
