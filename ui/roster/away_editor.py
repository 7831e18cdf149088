"""The optional second step after an "away" status: where to, and back by when.

The status itself is already saved when this opens (two keystrokes are the whole job);
this only adds detail. Enter saves the detail, Esc closes it and keeps the status as it is.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTimeEdit, QVBoxLayout, QWidget,
)

from desk.clock import CenterClock
from ui.i18n import fill

EDITOR_STYLE = "QFrame#awayEditor { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }"


class AwayEditor(QFrame):
    detail_submitted = Signal(int, int, str, object)
    """Save this detail: staff id, status id, destination, expected return (aware or None)."""
    dismissed = Signal()
    """The editor closed without saving detail (the status stays as saved)."""

    def __init__(self, clock: CenterClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.staff_id = 0
        self.status_id = 0
        self._end_of_day: str | None = None  # "HH:MM", the last session's end today
        self._quick: datetime | None = None  # the exact moment a quick button chose
        self.setObjectName("awayEditor")
        self.setStyleSheet(EDITOR_STYLE)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("Where to (optional), e.g. 街道办, 3号楼"))
        self.destination.setMaxLength(100)
        self.has_return = QCheckBox(self.tr("Back by"))
        self.return_time = QTimeEdit()
        self.return_time.setDisplayFormat("HH:mm")
        self.return_time.setEnabled(False)
        self.plus_30 = QPushButton(self.tr("+30 min"))
        self.plus_60 = QPushButton(self.tr("+1 h"))
        self.plus_120 = QPushButton(self.tr("+2 h"))
        self.end_of_day = QPushButton(self.tr("End of day"))
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.skip_button = QPushButton(self.tr("Without detail (Esc)"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Where:")))
        row.addWidget(self.destination, 2)
        row.addWidget(self.has_return)
        row.addWidget(self.return_time)
        for button in (self.plus_30, self.plus_60, self.plus_120, self.end_of_day):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)

        self.has_return.toggled.connect(self.return_time.setEnabled)
        self.return_time.timeChanged.connect(self._on_return_time_changed)
        self.plus_30.clicked.connect(lambda: self._choose(timedelta(minutes=30)))
        self.plus_60.clicked.connect(lambda: self._choose(timedelta(hours=1)))
        self.plus_120.clicked.connect(lambda: self._choose(timedelta(hours=2)))
        self.end_of_day.clicked.connect(self._on_end_of_day_clicked)
        self.save_button.clicked.connect(self.submit)
        self.skip_button.clicked.connect(self.dismiss)
        for widget in (self.destination, self.return_time, self.has_return):
            widget.installEventFilter(self)
        self.hide()

    def open_for(self, staff_id: int, name: str, status_id: int, label: str,
                 end_of_day: str | None) -> None:
        """Offer detail for a status just saved; focus goes to the destination."""
        self.staff_id, self.status_id, self._end_of_day = staff_id, status_id, end_of_day
        self.heading.setText(fill(self.tr(
            "%1 is now “%2” (saved). Add where and until when if you know — Enter saves, "
            "Esc leaves it as it is."), name, label))
        self.destination.clear()
        self.has_return.setChecked(False)
        self._quick = None
        self.return_time.setTime(QTime.fromString(self._now().strftime("%H:%M"), "HH:mm"))
        self.end_of_day.setEnabled(self._end_of_day_moment() is not None)
        self.show()
        self.destination.setFocus()

    def expected_return(self) -> datetime | None:
        if not self.has_return.isChecked():
            return None
        if self._quick is not None:
            return self._quick
        chosen = self.return_time.time()
        now = self._now()
        return now.replace(hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0)

    def submit(self) -> None:
        if self.isVisible():
            self.detail_submitted.emit(self.staff_id, self.status_id, self.destination.text(),
                                       self.expected_return())

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.dismiss()
                return True
        return False

    # ---- quick choices ---------------------------------------------------------------
    def _now(self) -> datetime:
        return self.clock.now()

    def _choose(self, after: timedelta) -> None:
        self._set_quick(self._now().replace(second=0, microsecond=0) + after)

    def _end_of_day_moment(self) -> datetime | None:
        if not self._end_of_day:
            return None
        moment = self.clock.at(self._now().date(), self._end_of_day)
        return moment if moment > self._now() else None

    def _on_end_of_day_clicked(self) -> None:
        moment = self._end_of_day_moment()
        if moment is not None:
            self._set_quick(moment)

    def _set_quick(self, moment: datetime) -> None:
        self.has_return.setChecked(True)
        self.return_time.setTime(QTime(moment.hour, moment.minute))
        self._quick = moment  # after setTime: a quick choice may fall on another day
        self.destination.setFocus()

    def _on_return_time_changed(self, _time: QTime) -> None:
        self._quick = None  # typed by hand: today at that time
