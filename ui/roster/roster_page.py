"""排班: the week's coverage at a glance, and the roster's daily work.

Posts down, the week's opening sessions across; a red ✕ cell is a session nobody covers,
amber ▲ needs a look, green ● is fine. Below the grid, the week's problems in words; a
double-click (or Enter) on one goes to its cell, and Enter on a cell opens the cell editor.
PageUp/PageDown turn the weeks. Generating, leave and printing are buttons above.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QListView, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from desk.changes import CALENDAR, CENTER, POSTS, ROSTER, SETTINGS, STAFF, Changes
from desk.roster.duties import DutyInfo
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.roster.coverage_model import CoverageDelegate, CoverageTableModel, ProblemListModel, day_label
from ui.roster.duty_editor import DutyEditor
from ui.roster.roster_dialogs import GenerateDialog, LeaveDialog
from ui.roster.roster_week import RosterWeek, load_week, monday_of
from ui.app_services import UiServices
from ui.printing.jobs import PreviewJobs
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded
from ui.page_writes import OK_STYLE


GRID_STYLE = ("QTableView { font-size: 16px; gridline-color: #9e9e9e; } "
              "QTableView::item { padding: 4px; } "
              "QHeaderView::section { font-size: 14px; padding: 3px; }")
LEGEND_STYLE = "font-size: 16px; padding: 4px;"
WEEK_STYLE = "font-size: 20px; font-weight: bold;"
TOPICS = (ROSTER, STAFF, POSTS, CALENDAR, CENTER, SETTINGS)


class RosterPage(QWidget):
    shortcut = "F7"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.desk.clock
        self.monday = monday_of(self.clock.today())
        self.week: RosterWeek | None = None
        self.editor: DutyEditor | None = None  # the dialogs open now (tests reach into them)
        self.generate_dialog: GenerateDialog | None = None
        self.leave_dialog: LeaveDialog | None = None
        self.documents = PreviewJobs(services, self)
        self._after_load: Callable[[], None] | None = None

        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.week_label = QLabel()
        self.week_label.setStyleSheet(WEEK_STYLE)
        self.generate_button = QPushButton(self.tr("Generate…"))
        self.leave_button = QPushButton(self.tr("Leave…"))
        self.print_day_button = QPushButton(self.tr("Print duty sheet"))
        self.print_week_button = QPushButton(self.tr("Print week"))
        self.legend = QLabel(self.tr("● covered    ▲ check: part of the session is open, or the person should "
                                     "not count    ✕ nobody on duty    Enter or double-click a cell to change it"))
        self.legend.setStyleSheet(LEGEND_STYLE)
        self.legend.setWordWrap(True)

        self.model = CoverageTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CoverageDelegate(self.view))
        self.view.setStyleSheet(GRID_STYLE)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setMinimumSectionSize(60)  # big targets, room for two names
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.problem_model = ProblemListModel(self)
        self.problem_view = QListView()
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setStyleSheet("QListView { font-size: 15px; }")
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.setWordWrap(True)
        self.problems_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        navigation = QHBoxLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button, self.date_edit):
            navigation.addWidget(widget)
        navigation.addSpacing(16)
        navigation.addWidget(self.week_label, 1)
        actions = QHBoxLayout()
        for widget in (self.generate_button, self.leave_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.print_day_button)
        actions.addWidget(self.print_week_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.problems_label)
        lower_layout.addWidget(self.problem_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(actions)
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(days=7)))
        self.this_week_button.clicked.connect(lambda: self.go_to(self.clock.today()))
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.leave_button.clicked.connect(self._on_leave_button_clicked)
        self.print_day_button.clicked.connect(self._on_print_day_button_clicked)
        self.print_week_button.clicked.connect(self._on_print_week_button_clicked)
        self.view.activated.connect(self.open_editor)  # Enter, or a double-click
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.problem_view.activated.connect(self._on_problem_view_activated)
        self.documents.shown.connect(self._on_documents_shown)
        self.documents.failed.connect(self._on_documents_failed)
        for widget in (self.view, self.problem_view):
            widget.installEventFilter(self)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.setFocusProxy(self.view)  # arriving on the page (F7) puts the keyboard in the grid
        self._show_monday()
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Roster")

    @property
    def preview(self) -> QWidget | None:
        """The print preview opened last (tests look at it)."""
        return self.documents.last_preview

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("PageUp, PageDown", self.tr("Roster: previous or next week")),
                ("Enter", self.tr("Roster: change the selected cell, or go to the selected problem"))]

    # ---- weeks -----------------------------------------------------------------------
    def go_to(self, day: date) -> None:
        """Show the week containing ``day``."""
        monday = monday_of(day)
        if monday != self.monday:
            self.monday = monday
            self._show_monday()
            self.reload()

    def _show_monday(self) -> None:
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(fill(self.tr("Week of %1 to %2"), self.monday.isoformat(), f"{sunday:%m-%d}"))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(self.monday)
        self.date_edit.blockSignals(False)

    def _on_date_edit_date_changed(self, value: QDate) -> None:
        self.go_to(value.toPython())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_PageUp:
                self.go_to(self.monday - timedelta(days=7))
                return True
            if event.key() == Qt.Key.Key_PageDown:
                self.go_to(self.monday + timedelta(days=7))
                return True
        return super().eventFilter(watched, event)

    # ---- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        desk, monday = self.services.desk, self.monday
        self.services.tasks.read(lambda: load_week(desk, monday), guarded(self, self._on_week_loaded),
                                 guarded(self, self._on_load_failed))

    def _on_week_loaded(self, week: RosterWeek) -> None:
        if week.monday != self.monday:
            return  # an older request, overtaken by turning the page
        current = self.view.currentIndex()
        same_week = self.week is not None and self.week.monday == week.monday
        row, column = (current.row(), current.column()) if same_week and current.isValid() else (0, -1)
        self.week = week
        self.model.set_week(week.coverage, week.marks)
        self.problem_model.set_problems(week.coverage.problems)
        gaps = sum(1 for p in week.coverage.problems if p.kind == "gap")
        self.problems_label.setText(fill(self.tr("Problems this week: %1 (%2 without anyone on duty). "
                                                 "Enter or double-click one to go to its cell."),
                                         len(week.coverage.problems), gaps) if week.coverage.problems
                                    else self.tr("No problems this week."))
        if column < 0:  # a new week: start on today's first session, or on Monday's
            days = self.model.columns_of_day(self.clock.today())
            column = days[0] if days else 0
        self._set_current(self.model.index(row, column))
        self._narrow_closed_columns()
        if self.editor is not None:
            self.editor.set_week(week)
        if self._after_load is not None:
            then, self._after_load = self._after_load, None
            then()

    def _narrow_closed_columns(self) -> None:
        header = self.view.horizontalHeader()
        # Never narrower than a session's times: a week of three sessions a day scrolls
        # sideways rather than clipping "08:30–12:00" into something unreadable.
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("08:30–12:00") + 16)
        for column in range(self.model.columnCount()):
            closed = self.model.column_at(column).closed  # type: ignore[union-attr]
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if closed
                                        else QHeaderView.ResizeMode.Stretch)

    def _on_load_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The roster could not be loaded; see the log."),
                                 what="loading the roster"), error=True)

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(*TOPICS):
            self.reload()

    def _set_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self._update_print_day()

    def _on_view_current_changed(self, *_args: object) -> None:
        self._update_print_day()

    def selected_day(self) -> date:
        """The day of the current cell: what "Print duty sheet" prints."""
        column = self.model.column_at(self.view.currentIndex().column())
        return column.day if column is not None else self.clock.today()

    def _update_print_day(self) -> None:
        self.print_day_button.setText(fill(self.tr("Print duty sheet (%1)"), day_label(self.selected_day())))

    # ---- the grid and the problems ---------------------------------------------------
    def open_editor(self, index: QModelIndex | None = None) -> DutyEditor | None:
        index = index if index is not None else self.view.currentIndex()
        post_id, column = self.model.post_id_at(index.row()), self.model.column_at(index.column())
        if self.week is None or post_id is None or column is None or column.closed:
            return None
        if self.editor is not None:
            self.editor.close()
        editor = DutyEditor(self.services, self.week, post_id, column, self)
        self.editor = editor
        editor.finished.connect(lambda _result, e=editor: self._on_editor_finished(e))
        editor.open()
        return editor

    def _on_editor_finished(self, editor: DutyEditor) -> None:
        if self.editor is editor:
            self.editor = None
            self.view.setFocus()
        editor.deleteLater()

    def _on_problem_view_activated(self, index: QModelIndex) -> None:
        problem = self.problem_model.problem_at(index.row())
        if problem is not None:
            self._set_current(self.model.index_of_problem(problem))
            self.view.setFocus()

    # ---- generating and leave --------------------------------------------------------
    def _on_generate_button_clicked(self) -> None:
        dialog = GenerateDialog(self.services, self.clock.today(), self)
        self.generate_dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _on_leave_button_clicked(self) -> None:
        if self.week is None:
            return
        dialog = LeaveDialog(self.services, self.week.staff, max(self.selected_day(), self.clock.today()),
                             self.reassign, self)
        self.leave_dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def reassign(self, duty: DutyInfo) -> None:
        """Open the editor on a duty someone on leave had, ready to choose who covers."""
        if monday_of(duty.day) != self.monday:
            self._after_load = lambda: self._edit_duty(duty)
            self.go_to(duty.day)
        else:
            self._edit_duty(duty)

    def _edit_duty(self, duty: DutyInfo) -> None:
        row = next((r for r in range(self.model.rowCount()) if self.model.post_id_at(r) == duty.post_id), -1)
        columns = [c for c in self.model.columns_of_day(duty.day) if not self.model.column_at(c).closed
                   and self.clock.at(duty.day, self.model.column_at(c).end) > duty.starts_at]  # type: ignore
        if row < 0 or not columns:
            self._say(self.tr("That duty is outside the opening hours; change it from its own day."), error=True)
            return
        self._set_current(self.model.index(row, columns[0]))
        editor = self.open_editor()
        if editor is not None:
            editor.select_duty(duty.id)
            editor.tabs.setCurrentWidget(editor.replace_tab)
            editor.replace_person_combo.setFocus()

    # ---- printing --------------------------------------------------------------------
    def _on_print_day_button_clicked(self) -> None:
        from desk.printing.duty_sheet import render_duty_sheet

        desk, day = self.services.desk, self.selected_day()

        def build() -> bytes:
            return render_duty_sheet(desk.disclosure.day_sheet(day), printed_at=desk.clock.now())

        self._print(build, fill(self.tr("Duty sheet %1"), day.isoformat()))

    def _on_print_week_button_clicked(self) -> None:
        from desk.printing.roster_sheet import render_week_roster
        from desk.roster.week import roster_grid

        desk, monday = self.services.desk, self.monday

        def build() -> bytes:
            grid = roster_grid(desk.store, desk.clock, monday, 7)
            return render_week_roster(grid, printed_at=desk.clock.now())

        self._print(build, fill(self.tr("Roster for the week of %1"), monday.isoformat()))

    def _print(self, build: Callable[[], bytes], title: str) -> None:
        """Read and render on a worker; the preview opens when the PDF is ready."""
        self._say(self.tr("Preparing the document…"))
        self._enable_printing(False)
        self.documents.make(build, title, self.tr("The document could not be made; see the log."))

    def _on_documents_shown(self, _preview: QWidget) -> None:
        self._enable_printing(True)
        self._say("")

    def _on_documents_failed(self, message: str) -> None:
        self._enable_printing(True)
        self._say(message, error=True)

    def _enable_printing(self, enabled: bool) -> None:
        for button in (self.print_day_button, self.print_week_button):
            button.setEnabled(enabled)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
