"""去向: where everyone is now, changed on a colleague's behalf in two keystrokes.

Pick a person (type their pinyin initials or part of the name, or use the arrow keys),
then press a digit: 1–9 is the n-th status of the legend, 0 or Backspace is "back at
the post". That already saves. A status that asks where to (外出办事, 开会…) then offers
an optional line for the destination and the return time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desk.changes import CENTER, SETTINGS, STAFF, WHEREABOUTS, Changes, Done
from desk.roster.whereabouts import LogEntry, StatusInfo, WhereaboutsInfo
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.page_actions import window_shortcut
from ui.page_forms import DialogHost
from ui.record_view import configure_record_view
from ui.roster.away_editor import AwayEditor
from ui.roster.board import RosterBoard, find_board, open_board
from ui.roster.status_dialog import StatusListDialog
from ui.roster.whereabouts_model import WhereaboutsHistoryModel, WhereaboutsTableModel
from ui.app_services import UiServices
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded
from ui.page_writes import OK_STYLE


LEGEND_STYLE = "font-size: 16px; padding: 6px; background: #fdf3f3; border: 1px solid #e6b3b3; border-radius: 4px;"
JUMP_RESET_SECONDS = 1.2  # typed letters are one search until a pause this long
REFRESH_MS = 30_000  # stale flags appear without anyone changing anything


@dataclass(frozen=True)
class PageData:
    board: list[WhereaboutsInfo]
    statuses: list[StatusInfo]
    history: list[LogEntry]
    day_ends: str | None  # "HH:MM": the end of today's last opening session


class WhereaboutsPage(QWidget):
    shortcut = "F6"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.statuses: list[StatusInfo] = []  # active ones, in key order
        self.forms = DialogHost()  # the status list, while it is open
        self._day_ends: str | None = None
        self._typed = ""
        self._typed_at = 0.0
        clock = services.desk.clock

        self.legend = QLabel()
        self.legend.setStyleSheet(LEGEND_STYLE)
        self.legend.setWordWrap(True)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find: pinyin initials or part of a name (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.model = WhereaboutsTableModel(clock, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_record_view(self.view)
        self.view.setStyleSheet("QTableView { font-size: 15px; } QTableView::item { padding: 0 8px; }")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WhereaboutsTableModel.DESTINATION, QHeaderView.ResizeMode.Stretch)
        self.away_editor = AwayEditor(clock, self)
        self.history_model = WhereaboutsHistoryModel(clock, self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        configure_record_view(self.history_view)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.statuses_button = QPushButton(self.tr("Edit statuses…"))
        self.statuses_button.setVisible(self._is_admin())  # receptionists use the list as it is
        self.board_button = QPushButton()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.find_edit, 1)
        top.addWidget(self.statuses_button)
        top.addWidget(self.board_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addWidget(self.away_editor)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Today's changes (who changed what, and when):")))
        lower_layout.addWidget(self.history_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

        self.view.installEventFilter(self)
        self.find_edit.textEdited.connect(self._on_find_edit_text_edited)
        self.find_edit.returnPressed.connect(self.view.setFocus)
        self.find_edit.installEventFilter(self)
        window_shortcut(self, "Ctrl+F", self._on_find_shortcut_activated)
        self.statuses_button.clicked.connect(self._on_statuses_button_clicked)
        self.board_button.clicked.connect(self._on_board_button_clicked)
        self.away_editor.detail_submitted.connect(self._on_away_editor_detail_submitted)
        self.away_editor.dismissed.connect(self.view.setFocus)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._watch_board(find_board())
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Whereabouts")

    @property
    def status_dialog(self) -> QDialog | None:
        """The status list open now (tests fill it in)."""
        return self.forms.dialog

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("1–9", self.tr("Whereabouts: set the selected person's status")),
                ("0, Backspace", self.tr("Whereabouts: back at the post")),
                ("Ctrl+F", self.tr("Whereabouts: find a person"))]

    # ---- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        desk = self.services.desk

        def load() -> PageData:
            today = desk.clock.today()
            sessions = desk.schedule.timetable.sessions_on(today)
            return PageData(desk.whereabouts.board(), desk.whereabouts.statuses(),
                            desk.whereabouts.history(today), max((end for _s, end in sessions), default=None))

        self.services.tasks.read(load, guarded(self, self._on_data_loaded), guarded(self, self._on_load_failed))

    def selected(self) -> WhereaboutsInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.info_at(rows[0].row()) if rows else None

    def select_staff(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _on_data_loaded(self, data: PageData) -> None:
        keep = self.selected()
        self.statuses = [s for s in data.statuses if s.active]
        self._day_ends = data.day_ends
        self.model.set_rows(data.board)
        self.history_model.set_entries(data.history)
        self.legend.setText(self.legend_text())
        if keep is not None:
            self.select_staff(keep.staff_id)
        elif self.model.rowCount():
            self.view.selectRow(0)

    def legend_text(self) -> str:
        gap = "&nbsp;" * 4  # rich text folds ordinary spaces into one
        keys = gap.join(f"<b>{n}</b>&nbsp;{s.label}" for n, s in enumerate(self.statuses[:9], start=1))
        back = self.tr("<b>0</b> / <b>Backspace</b> back at the post")
        return f"{keys}{gap}·{gap}{back}"

    def _on_load_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The whereabouts could not be loaded; see the log."),
                                 what="loading whereabouts"), error=True)

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(WHEREABOUTS, STAFF, SETTINGS, CENTER):
            self.reload()

    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self.reload()

    # ---- keys ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.find_edit:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Escape):
                self.view.setFocus()
                return event.key() == Qt.Key.Key_Escape
            return False
        if watched is self.view:
            return self._on_view_key(event)
        return False

    def _on_view_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                | Qt.KeyboardModifier.MetaModifier):
            return False
        key = event.key()
        if key in (Qt.Key.Key_0, Qt.Key.Key_Backspace):
            self.mark_back()
            return True
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.press_status(key - Qt.Key.Key_0)
            return True
        text = event.text()
        if text and text.isalpha():
            self._jump(text)
            return True
        return False

    def _jump(self, letter: str) -> None:
        now = time.monotonic()
        self._typed = (self._typed if now - self._typed_at < JUMP_RESET_SECONDS else "") + letter
        self._typed_at = now
        current = self.selected()
        # One letter again steps to the next person with that initial; more letters narrow.
        start = self.model.row_of(current.staff_id) + 1 if current and len(self._typed) == 1 else 0
        row = self.model.find(self._typed, start)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _on_find_edit_text_edited(self, text: str) -> None:
        row = self.model.find(text)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _on_find_shortcut_activated(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    # ---- changing whereabouts --------------------------------------------------------
    def press_status(self, number: int) -> None:
        """The n-th status of the legend for the selected person (the second keystroke)."""
        person = self.selected()
        if person is None:
            self._say(self.tr("Choose a person first: type their initials or use the arrow keys."), error=True)
            return
        if not 1 <= number <= len(self.statuses):
            self._say(fill(self.tr("There is no status %1; the legend above lists the keys."), number), error=True)
            return
        status = self.statuses[number - 1]
        self._set(person, status)

    def mark_back(self) -> None:
        person = self.selected()
        present = next((s for s in self.statuses if s.present), None)
        if person is None or present is None:
            return
        self._set(person, present)

    def _set(self, person: WhereaboutsInfo, status: StatusInfo) -> None:
        actor, service = self.services.session.actor, self.services.desk.whereabouts
        if actor is None:
            return
        self.away_editor.hide()
        self._typed = ""  # the next letters start a new search

        def done(result: Done[WhereaboutsInfo]) -> None:
            self._say(fill(self.tr("%1: %2 — saved."), person.staff_name, status.label))
            self.services.bus.announce(result.changes)
            if status.away:
                self.away_editor.open_for(person.staff_id, person.staff_name, status.id, status.label,
                                          self._day_ends)

        self.services.tasks.write(lambda: service.set(actor, person.staff_id, status.id),
                                  guarded(self, done), guarded(self, self._on_write_failed))

    def _on_away_editor_detail_submitted(self, staff_id: int, status_id: int, destination: str,
                                         back_by: datetime | None) -> None:
        actor, service = self.services.session.actor, self.services.desk.whereabouts
        if actor is None:
            return

        def done(result: Done[WhereaboutsInfo]) -> None:
            info = result.value
            self.away_editor.hide()
            self.view.setFocus()
            self._say(fill(self.tr("%1: %2 %3 — saved."), info.staff_name, info.label,
                           " ".join(part for part in (info.destination, self.model.return_text(info)) if part)))
            self.services.bus.announce(result.changes)

        self.services.tasks.write(
            lambda: service.set(actor, staff_id, status_id, destination=destination, expected_return=back_by),
            guarded(self, done), guarded(self, self._on_write_failed))

    def _on_write_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                                 what="whereabouts change"), error=True)

    # ---- the status list and the board -------------------------------------------------
    def _is_admin(self) -> bool:
        actor = self.services.session.actor
        return bool(actor is not None and actor.is_admin)

    def _on_statuses_button_clicked(self) -> None:
        if not self._is_admin():
            return
        self.forms.open(StatusListDialog(self.services, self))

    def _on_board_button_clicked(self) -> None:
        board = find_board()
        if board is not None:
            board.close_board()
            return
        self._watch_board(open_board(self.services.desk, self.services.tasks, self.services.bus))

    def _watch_board(self, board: RosterBoard | None) -> None:
        if board is not None:
            board.board_closed.connect(guarded(self, self._update_board_button))
        self._update_board_button()

    def _update_board_button(self) -> None:
        open_now = find_board() is not None
        self.board_button.setText(self.tr("Close public board") if open_now else self.tr("Open public board"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
