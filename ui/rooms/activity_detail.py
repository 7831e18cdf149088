"""The selected activity in three tabs: its sign-ups, its volunteers' hours, its evidence.

The sign-ups' actions are the page's (they have the page's shortcuts); the volunteers'
and the evidence's live here. Every change is a service call through the page's writes;
the page reloads the tabs when the bus says activities changed.
"""

from __future__ import annotations

import math
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desk.changes import ACTIVITIES, NOTHING, Changes, Done
from desk.errors import DeskError
from desk.roster.staff import StaffInfo
from desk.rooms.activity_rows import (
    ActivityDetail, ActivityInfo, AttendanceSummary, EvidenceInfo, SignupRow, VolunteerForm, VolunteerLine,
    VolunteerTotal,
)
from ui.app_services import UiServices
from ui.explain import explain, explain_or_log
from ui.i18n import fill
from ui.page_writes import PageWrites
from ui.record_model import RecordListModel
from ui.record_view import for_older_eyes, record_table
from ui.rooms.activity_extras_model import EvidenceModel, VolunteerLineModel, VolunteerTotalModel
from ui.rooms.activity_labels import hours_label
from ui.rooms.activity_signup_model import SignupTableModel, counts_text
from ui.services.lists_dialogs import CHOICE, TEXT, Field, FieldsDialog
from ui.shell.pages import guarded

EVIDENCE_FILTER = "*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.txt"
_HOURS = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{1,2})\s*$")  # 1:30, typed as on a paper form


@dataclass(frozen=True)
class ActivityBundle:
    """Everything the tabs and the door show about one activity, read in one go."""

    detail: ActivityDetail
    attendance: AttendanceSummary
    volunteers: tuple[VolunteerLine, ...]
    evidence: tuple[EvidenceInfo, ...]


def load_bundle(services: UiServices, activity_id: int) -> ActivityBundle:
    """Runs on a reader thread."""
    activities = services.desk.activities
    return ActivityBundle(activities.detail(activity_id), activities.attendance(activity_id),
                          tuple(activities.volunteers.lines(activity_id)),
                          tuple(activities.evidence.list(activity_id)))


def parse_minutes(text: str) -> int | None:
    """``2`` or ``1.5`` hours, or ``1:30``; None if it is neither (the service checks the range)."""
    match = _HOURS.match(text)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2))
    try:
        hours = float(text.strip().replace("，", ".").replace(",", "."))
    except ValueError:
        return None
    return round(hours * 60) if math.isfinite(hours) else None  # "nan" and "inf" parse as floats


def _larger(view: QTableView, step: float) -> QTableView:
    return for_older_eyes(view, larger_by=step, row_height=1.7)


class ActivityDetailTabs(QTabWidget):
    def __init__(self, services: UiServices, writes: PageWrites, open_dialog: Callable[[FieldsDialog], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.writes = writes
        self._open_dialog = open_dialog
        self.activity: ActivityInfo | None = None
        clock = services.desk.clock

        self.signups = SignupTableModel(clock, self)
        self.signups_view = _larger(record_table(self.signups, SignupTableModel.NAME), 2)
        self.signups_label = QLabel()
        signups_tab = QWidget()
        column = QVBoxLayout(signups_tab)
        self.signup_buttons = QHBoxLayout()  # the page puts its sign-up actions here
        column.addLayout(self.signup_buttons)
        column.addWidget(self.signups_view, 1)
        column.addWidget(self.signups_label)

        self.volunteers = VolunteerLineModel(self)
        self.volunteers_view = _larger(record_table(self.volunteers, VolunteerLineModel.NOTE), 1)
        self.totals = VolunteerTotalModel(self)
        self.totals_view = _larger(record_table(self.totals, VolunteerTotalModel.NAME), 1)
        self.record_hours_button = QPushButton(self.tr("Record hours… (Ctrl+H)"))
        self.remove_hours_button = QPushButton(self.tr("Remove line…"))
        self.totals_label = QLabel()
        volunteers_tab = QWidget()
        column = QVBoxLayout(volunteers_tab)
        column.addLayout(_row(self.record_hours_button, self.remove_hours_button))
        column.addWidget(QLabel(self.tr("At this activity")))
        column.addWidget(self.volunteers_view, 1)
        column.addWidget(self.totals_label)
        column.addWidget(self.totals_view, 1)

        self.evidence = EvidenceModel(clock, self)
        self.evidence_view = _larger(record_table(self.evidence, EvidenceModel.NAME), 1)
        self.attach_button = QPushButton(self.tr("Attach files… (Ctrl+O)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_evidence_button = QPushButton(self.tr("Remove…"))
        evidence_tab = QWidget()
        column = QVBoxLayout(evidence_tab)
        column.addLayout(_row(self.attach_button, self.open_button, self.remove_evidence_button))
        column.addWidget(self.evidence_view, 1)

        self.addTab(signups_tab, self.tr("Sign-ups"))
        self.addTab(volunteers_tab, self.tr("Volunteers"))
        self.addTab(evidence_tab, self.tr("Evidence"))
        self.record_hours_button.clicked.connect(self.record_hours)
        self.remove_hours_button.clicked.connect(self.remove_selected_hours)
        self.attach_button.clicked.connect(self.attach_files)
        self.open_button.clicked.connect(self.open_selected_evidence)
        self.evidence_view.activated.connect(lambda _index: self.open_selected_evidence())
        self.remove_evidence_button.clicked.connect(self.remove_selected_evidence)
        for view in (self.volunteers_view, self.evidence_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_bundle(None, None)

    # ---- showing ---------------------------------------------------------------------
    def show_bundle(self, activity: ActivityInfo | None, bundle: ActivityBundle | None) -> None:
        self.activity = activity
        chosen = self.selected_signup()
        self.signups.set_detail(bundle.detail if bundle else None)
        if chosen is not None:
            self.select_signup(chosen.id)
        self.signups_label.setText(counts_text(bundle.detail) if bundle else self.tr("Select an activity."))
        self.volunteers.set_records(bundle.volunteers if bundle else ())
        self.evidence.set_records(bundle.evidence if bundle else ())
        self._update_buttons()

    def show_totals(self, totals: list[VolunteerTotal]) -> None:
        self.totals.set_records(totals)
        minutes = sum(t.minutes for t in totals)
        self.totals_label.setText(fill(self.tr("In the period shown: %1 volunteers, %2"), len(totals),
                                       hours_label(minutes)))

    def selected_signup(self) -> SignupRow | None:
        rows = self.signups_view.selectionModel().selectedRows()
        return self.signups.signup_at(rows[0].row()) if rows else None

    def select_signup(self, signup_id: int) -> bool:
        row = self.signups.row_of(signup_id)
        if row >= 0:
            self.signups_view.selectRow(row)
        return row >= 0

    def _selected(self, view: QTableView, model: RecordListModel) -> object | None:
        rows = view.selectionModel().selectedRows()
        return model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.activity is not None
        self.record_hours_button.setEnabled(has)
        self.attach_button.setEnabled(has)
        self.remove_hours_button.setEnabled(self._selected(self.volunteers_view, self.volunteers) is not None)
        chosen = self._selected(self.evidence_view, self.evidence) is not None
        self.open_button.setEnabled(chosen)
        self.remove_evidence_button.setEnabled(chosen)

    # ---- volunteers --------------------------------------------------------------------
    def record_hours(self) -> None:
        """Ask who served, in which role and for how long (staff chosen, or a name typed)."""
        activity = self.activity
        if activity is None:
            return
        staff = self.services.desk.staff
        self.services.tasks.read(staff.list, guarded(self, lambda people: self._open_hours_form(activity, people)),
                                 guarded(self, self._on_failed))

    def _open_hours_form(self, activity: ActivityInfo, people: list[StaffInfo]) -> None:
        choices = [(self.tr("(not a staff member: type the name)"), None)] + [(p.name, p.id) for p in people]
        self.setCurrentIndex(1)
        self._open_dialog(FieldsDialog(self._on_hours_submitted, self.tr("Record volunteer hours"), [
            Field("staff", self.tr("Staff member"), CHOICE, choices=choices),
            Field("name", self.tr("Volunteer's name"), hint=self.tr("A resident or a volunteer from outside")),
            Field("role", self.tr("Role"), hint=self.tr("e.g. 签到引导, 秩序维护, 摄影")),
            Field("hours", self.tr("Hours"), hint=self.tr("e.g. 2 or 1.5 or 1:30")),
            Field("note", self.tr("Note"))],
            action="volunteer.record", ok_text=self.tr("Record"), subject=activity, heading=activity.title,
            parent=self))

    def _on_hours_submitted(self, dialog: FieldsDialog) -> None:
        actor, activity = self.services.session.actor, dialog.subject
        if actor is None or not isinstance(activity, ActivityInfo):
            return
        minutes = parse_minutes(dialog.text("hours"))
        if minutes is None:
            dialog.show_error(self.tr("Type the hours as a number, e.g. 2 or 1.5 (or 1:30)."))
            return
        staff_id = dialog.value("staff")
        form = VolunteerForm(minutes=minutes, role=dialog.text("role"), note=dialog.text("note"),
                             staff_id=staff_id if isinstance(staff_id, int) else None,
                             name="" if isinstance(staff_id, int) else dialog.text("name"))
        volunteers = self.services.desk.activities.volunteers
        who = dialog.widgets["staff"].currentText() if isinstance(staff_id, int) else dialog.text("name").strip()
        self.writes.write(lambda: volunteers.record(actor, activity.id, form),
                          fill(self.tr("%1: %2 recorded."), who, hours_label(minutes)), dialog)

    def remove_selected_hours(self) -> None:
        line = self._selected(self.volunteers_view, self.volunteers)
        if not isinstance(line, VolunteerLine):
            return
        self._open_dialog(FieldsDialog(self._on_remove_hours_submitted, self.tr("Remove the service record"),
                                       [Field("reason", self.tr("Why"), TEXT)], action="volunteer.remove",
                                       ok_text=self.tr("Remove"), subject=line,
                                       heading=fill(self.tr("%1, %2"), line.name, hours_label(line.minutes)),
                                       parent=self))

    def _on_remove_hours_submitted(self, dialog: FieldsDialog) -> None:
        actor, line = self.services.session.actor, dialog.subject
        if actor is None or not isinstance(line, VolunteerLine):
            return
        volunteers, reason = self.services.desk.activities.volunteers, dialog.text("reason")
        self.writes.write(lambda: volunteers.remove(actor, line.id, reason),
                          fill(self.tr("The service record of %1 was removed."), line.name), dialog)

    # ---- evidence ----------------------------------------------------------------------
    def choose_evidence_files(self) -> list[str]:
        """The files to attach, or [] (tests replace this; a file dialog cannot be driven)."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach photos or minutes"), str(Path.home()),
                                                fill(self.tr("Photos and documents (%1)"), EVIDENCE_FILTER))
        return paths

    def open_evidence_file(self, path: Path) -> None:
        """Show a stored file in the PC's own viewer (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def attach_files(self) -> None:
        activity, actor = self.activity, self.services.session.actor
        if activity is None or actor is None:
            return
        paths = self.choose_evidence_files()
        if not paths:
            return
        self.setCurrentIndex(2)
        evidence = self.services.desk.activities.evidence

        def job() -> Done[tuple[list[str], list[tuple[str, BaseException]]]]:
            # Reading the files is disk work: on the worker, like the write.
            added, refused = [], []
            for path in map(Path, paths):
                try:
                    evidence.add(actor, activity.id, path.name, path.read_bytes())
                except (DeskError, OSError) as error:
                    refused.append((path.name, error))
                else:
                    added.append(path.name)
            return Done((added, refused), Changes.of(ACTIVITIES) if added else NOTHING)

        def then(result: Done[tuple[list[str], list[tuple[str, BaseException]]]]) -> None:
            added, refused = result.value
            lines = [self.tr("%n file(s) attached.", "", len(added))] if added else []
            for name, error in refused:
                reason = explain(error) or self.tr("it could not be read")
                lines.append(fill(self.tr("%1 was not attached: %2"), name, reason))
            self.writes.say("\n".join(lines), error=bool(refused))

        self.writes.write(job, "", then=then)

    def open_selected_evidence(self) -> None:
        item = self._selected(self.evidence_view, self.evidence)
        if not isinstance(item, EvidenceInfo):
            return
        evidence = self.services.desk.activities.evidence
        self.services.tasks.read(lambda: evidence.content(item.id),
                                 guarded(self, lambda content: self._save_and_open(item, content[1])),
                                 guarded(self, self._on_failed))

    def _save_and_open(self, item: EvidenceInfo, data: bytes) -> None:
        folder = Path(tempfile.gettempdir()) / "desk-evidence"

        def save() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{item.id}-{Path(item.file_name).name}"
            path.write_bytes(data)
            return path

        self.services.tasks.background(save, guarded(self, self.open_evidence_file), guarded(self, self._on_failed))

    def remove_selected_evidence(self) -> None:
        item = self._selected(self.evidence_view, self.evidence)
        if not isinstance(item, EvidenceInfo):
            return
        self._open_dialog(FieldsDialog(self._on_remove_evidence_submitted, self.tr("Remove the file"),
                                       [Field("reason", self.tr("Why"), TEXT)], action="evidence.remove",
                                       ok_text=self.tr("Remove"), subject=item, heading=item.file_name,
                                       parent=self))

    def _on_remove_evidence_submitted(self, dialog: FieldsDialog) -> None:
        actor, item = self.services.session.actor, dialog.subject
        if actor is None or not isinstance(item, EvidenceInfo):
            return
        evidence, reason = self.services.desk.activities.evidence, dialog.text("reason")
        self.writes.write(lambda: evidence.remove(actor, item.id, reason),
                          fill(self.tr("%1 was removed from the activity."), item.file_name), dialog)

    def _on_failed(self, error: BaseException) -> None:
        self.writes.say(explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                                       what="activity detail"), error=True)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
